#include "members/MemberProfilePointsTab.h"

#include "members/MemberProfileModels.h"
#include "storage/PointsRepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace qundesk::ui {

MemberProfilePointsTab::MemberProfilePointsTab(std::function<qint64()> operatorId, QWidget *parent)
    : QWidget(parent)
    , m_operatorId(std::move(operatorId))
    , m_model(new MemberLedgerModel(this))
{
    m_balanceLabel = new QLabel(this);
    m_balanceLabel->setObjectName(QStringLiteral("balance"));
    QFont big = m_balanceLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_balanceLabel->setFont(big);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("ledger"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(MemberLedgerModel::Note, QHeaderView::Stretch);
    const QFontMetrics fm = m_view->fontMetrics();
    m_view->horizontalHeader()->resizeSection(MemberLedgerModel::Time,
                                              fm.horizontalAdvance(QStringLiteral("0000-00-00 00:00")) + 24);
    m_view->horizontalHeader()->resizeSection(MemberLedgerModel::Delta, fm.horizontalAdvance(QStringLiteral("+000000")) + 24);

    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("pointsReason"));
    for (PointsReason reason : allPointsReasons()) {
        if (reason != PointsReason::Redeem && reason != PointsReason::Adjust)
            m_reason->addItem(pointsReasonLabel(reason), int(reason));
    }
    m_amount = new QSpinBox(this);
    m_amount->setObjectName(QStringLiteral("pointsAmount"));
    m_amount->setRange(1, 1000000);
    m_amount->setValue(10);
    m_amount->setSuffix(tr(" points"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("pointsNote"));
    m_note->setPlaceholderText(tr("Note, e.g. 周一游戏第一名 / 兑换满100减10券"));
    m_earn = new QPushButton(tr("Earn"), this);
    m_earn->setObjectName(QStringLiteral("earnButton"));
    m_earn->setToolTip(tr("Add the points for the chosen reason."));
    m_redeem = new QPushButton(tr("Redeem"), this);
    m_redeem->setObjectName(QStringLiteral("redeemButton"));
    m_redeem->setToolTip(tr("Spend the points on a coupon or gift; the reason is always Redemption."));

    auto *actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("Reason"), this));
    actions->addWidget(m_reason);
    actions->addWidget(m_amount);
    actions->addWidget(m_note, 1);
    actions->addWidget(m_earn);
    actions->addWidget(m_redeem);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_balanceLabel);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);

    connect(m_earn, &QPushButton::clicked, this, &MemberProfilePointsTab::earn);
    connect(m_redeem, &QPushButton::clicked, this, &MemberProfilePointsTab::redeem);
    connect(m_model, &MemberLedgerModel::errorOccurred, this, &MemberProfilePointsTab::problem);
}

DatabaseError MemberProfilePointsTab::load(const QSqlDatabase &db, qint64 memberId,
                                           const QHash<qint64, QString> &operatorNames)
{
    m_db = db;
    m_memberId = memberId;
    m_operatorNames = operatorNames;
    if (auto err = PointsRepository(db).balance(memberId, &m_balance))
        return err;
    m_balanceLabel->setText(tr("Balance: %Ln point(s)", nullptr, int(m_balance)));
    return m_model->load(db, memberId, operatorNames);
}

bool MemberProfilePointsTab::reload()
{
    if (auto err = load(m_db, m_memberId, m_operatorNames)) {
        emit problem(err.message);
        return false;
    }
    return true;
}

bool MemberProfilePointsTab::earn()
{
    const qint64 amount = m_amount->value();
    const auto reason = PointsReason(m_reason->currentData().toInt());
    if (auto err = PointsRepository(m_db).earn(m_memberId, amount, reason, m_note->text(), m_operatorId())) {
        emit problem(err.message);
        return false;
    }
    m_note->clear();
    reload();
    emit info(tr("Added %1 points (%2); the balance is now %3.").arg(amount).arg(pointsReasonLabel(reason)).arg(m_balance));
    emit changed();
    return true;
}

bool MemberProfilePointsTab::redeem()
{
    const qint64 amount = m_amount->value();
    // Said before anything is written (the schema's CHECK would refuse it too, in SQL words).
    qint64 current = 0;
    if (auto err = PointsRepository(m_db).balance(m_memberId, &current)) {
        emit problem(err.message);
        return false;
    }
    if (amount > current) {
        emit problem(tr("Cannot redeem %1 points: the balance is only %2 points. Redeem at most %2, or record the "
                        "points earned first.").arg(amount).arg(current));
        m_amount->setFocus();
        return false;
    }
    if (m_note->text().trimmed().isEmpty()) {
        emit problem(tr("Note: say what the points were redeemed for (a coupon, a gift …)."));
        m_note->setFocus();
        return false;
    }
    if (auto err = PointsRepository(m_db).redeem(m_memberId, amount, m_note->text(), m_operatorId())) {
        emit problem(err.message);
        return false;
    }
    m_note->clear();
    reload();
    emit info(tr("Redeemed %1 points; the balance is now %2.").arg(amount).arg(m_balance));
    emit changed();
    return true;
}

} // namespace qundesk::ui
