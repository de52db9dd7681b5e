#include "members/MemberProfileVerificationTab.h"

#include "storage/MemberProfileRepository.h"
#include "storage/MemberRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qundesk::ui {

MemberProfileVerificationTab::MemberProfileVerificationTab(std::function<qint64()> operatorId, QWidget *parent)
    : QWidget(parent)
    , m_operatorId(std::move(operatorId))
{
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("verificationState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_evidence = new QLineEdit(this);
    m_evidence->setObjectName(QStringLiteral("evidence"));
    m_evidence->setPlaceholderText(tr("Evidence, e.g. 手机号一致，门头照与营业执照已核对"));
    m_pending = new QPushButton(tr("Submit for checking"), this);
    m_pending->setObjectName(QStringLiteral("toPending"));
    m_verified = new QPushButton(tr("Verify"), this);
    m_verified->setObjectName(QStringLiteral("toVerified"));
    m_rejected = new QPushButton(tr("Reject"), this);
    m_rejected->setObjectName(QStringLiteral("toRejected"));
    m_unverified = new QPushButton(tr("Back to unverified"), this);
    m_unverified->setObjectName(QStringLiteral("toUnverified"));
    m_history = new QTableWidget(0, 5, this);
    m_history->setObjectName(QStringLiteral("verificationHistory"));
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Decision"), tr("Operator"), tr("Evidence"), tr("Recorded by")});
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->verticalHeader()->hide();
    m_history->setWordWrap(false);
    const QFontMetrics fm = m_history->fontMetrics();
    const int em = fm.horizontalAdvance(QChar(0x6210));
    QHeaderView *header = m_history->horizontalHeader();
    header->resizeSection(0, fm.horizontalAdvance(QStringLiteral("0000-00-00 00:00")) + 24);
    header->resizeSection(1, em * 8 + 24);
    header->resizeSection(2, em * 6 + 24);
    header->setSectionResizeMode(3, QHeaderView::Stretch);
    header->resizeSection(4, em * 6 + 24);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pending);
    buttons->addWidget(m_verified);
    buttons->addWidget(m_rejected);
    buttons->addWidget(m_unverified);
    buttons->addStretch(1);
    auto *note = new QLabel(tr("Verifying or rejecting records the operator chosen at the bottom of the window and "
                               "needs an evidence note: what was checked (phone, shop photo, licence)."), this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_evidence);
    layout->addLayout(buttons);
    layout->addWidget(note);
    layout->addSpacing(8);
    layout->addWidget(new QLabel(tr("History, newest first"), this));
    layout->addWidget(m_history, 1);

    connect(m_pending, &QPushButton::clicked, this, [this] { decide(VerificationStatus::Pending); });
    connect(m_verified, &QPushButton::clicked, this, [this] { decide(VerificationStatus::Verified); });
    connect(m_rejected, &QPushButton::clicked, this, [this] { decide(VerificationStatus::Rejected); });
    connect(m_unverified, &QPushButton::clicked, this, [this] { decide(VerificationStatus::Unverified); });
}

QPushButton *MemberProfileVerificationTab::button(VerificationStatus to) const
{
    switch (to) {
    case VerificationStatus::Unverified:
        return m_unverified;
    case VerificationStatus::Pending:
        return m_pending;
    case VerificationStatus::Verified:
        return m_verified;
    case VerificationStatus::Rejected:
        return m_rejected;
    }
    return nullptr;
}

bool MemberProfileVerificationTab::allowed(VerificationStatus from, VerificationStatus to)
{
    switch (from) {
    case VerificationStatus::Unverified:
        return to == VerificationStatus::Pending;
    case VerificationStatus::Pending:
        return to != VerificationStatus::Pending;
    case VerificationStatus::Verified:
    case VerificationStatus::Rejected:
        return to == VerificationStatus::Pending;
    }
    return false;
}

DatabaseError MemberProfileVerificationTab::load(const QSqlDatabase &db, const Member &member,
                                                 const QHash<qint64, QString> &operatorNames)
{
    m_db = db;
    m_member = member;
    m_operatorNames = operatorNames;
    QString text = tr("Verification: %1").arg(verificationLabel(member.verification));
    if (isVerificationDecision(member.verification)) {
        const QString who = member.verifiedBy > 0 ? operatorNames.value(member.verifiedBy) : tr("operator not recorded");
        text += QLatin1Char('\n') + tr("Decided by %1 on %2.")
                                        .arg(who, member.verifiedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    }
    if (!member.verificationEvidence.isEmpty()) {
        text += QLatin1Char('\n') + (isVerificationDecision(member.verification)
                                         ? tr("Evidence: %1").arg(member.verificationEvidence)
                                         : tr("Evidence of the earlier decision: %1").arg(member.verificationEvidence));
    }
    m_state->setText(text);
    for (VerificationStatus to : allVerificationStatuses())
        button(to)->setEnabled(allowed(member.verification, to));
    m_evidence->setEnabled(member.verification == VerificationStatus::Pending);

    QList<VerificationRecord> records;
    if (auto err = MemberProfileRepository(db).verificationHistory(member.id, 200, &records))
        return err;
    m_history->setRowCount(int(records.size()));
    for (int i = 0; i < records.size(); ++i) {
        const VerificationRecord &r = records.at(i);
        const QStringList cells = {fromDbTime(r.at.left(19)).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                   tr("%1 → %2").arg(verificationLabel(r.from), verificationLabel(r.to)),
                                   r.operatorName, isVerificationDecision(r.to) ? r.evidence : QString(), r.actor};
        for (int c = 0; c < cells.size(); ++c)
            m_history->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    return {};
}

bool MemberProfileVerificationTab::decide(VerificationStatus to)
{
    if (!allowed(m_member.verification, to)) {
        emit problem(tr("A member who is %1 cannot be set to %2 directly.")
                         .arg(verificationLabel(m_member.verification), verificationLabel(to)));
        return false;
    }
    const QString evidence = m_evidence->text().trimmed();
    const qint64 op = m_operatorId();
    if (isVerificationDecision(to)) {
        if (op <= 0) {
            emit problem(tr("Operator: choose who checked the member (at the bottom of the window) before "
                            "deciding. Operators are managed in Settings."));
            return false;
        }
        if (evidence.isEmpty()) {
            emit problem(tr("Evidence: say what was checked before deciding, e.g. the phone number and the shop photo."));
            m_evidence->setFocus();
            return false;
        }
    }
    if (auto err = MemberRepository(m_db).setVerification(m_member.id, to, op, isVerificationDecision(to) ? evidence
                                                                                                        : QString())) {
        emit problem(err.message);
        return false;
    }
    m_evidence->clear();
    emit info(tr("Verification is now %1.").arg(verificationLabel(to)));
    emit changed();
    return true;
}

} // namespace qundesk::ui
