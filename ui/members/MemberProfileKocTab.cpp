#include "members/MemberProfileKocTab.h"

#include "members/KocBreakdownView.h"
#include "storage/KocRepository.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace qundesk::ui {

MemberProfileKocTab::MemberProfileKocTab(QWidget *parent)
    : QWidget(parent)
{
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("kocState"));
    m_state->setWordWrap(true);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("kocReason"));
    m_reason->setPlaceholderText(tr("Reason, e.g. 每周晒单、主动答疑"));
    m_flag = new QPushButton(tr("Flag as KOC"), this);
    m_flag->setObjectName(QStringLiteral("flagKoc"));
    m_unflag = new QPushButton(tr("Remove the KOC flag"), this);
    m_unflag->setObjectName(QStringLiteral("unflagKoc"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_reason, 1);
    row->addWidget(m_flag);
    row->addWidget(m_unflag);

    auto *scoreBox = new QGroupBox(tr("Engagement score"), this);
    m_breakdown = new KocBreakdownView(scoreBox);
    auto *scoreLayout = new QVBoxLayout(scoreBox);
    scoreLayout->addWidget(m_breakdown);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addLayout(row);
    layout->addWidget(scoreBox);
    layout->addStretch(1);

    connect(m_flag, &QPushButton::clicked, this, [this] { setKoc(true); });
    connect(m_unflag, &QPushButton::clicked, this, [this] { setKoc(false); });
}

DatabaseError MemberProfileKocTab::load(const QSqlDatabase &db, const Member &member)
{
    m_db = db;
    m_member = member;
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    if (member.koc) {
        QString text = tr("KOC since %1.").arg(member.kocSince.toString(format));
        if (!member.kocReason.isEmpty())
            text += QLatin1Char('\n') + tr("Reason: %1").arg(member.kocReason);
        m_state->setText(text);
    } else {
        m_state->setText(member.kocReason.isEmpty() ? tr("Not a KOC.")
                                                    : tr("Not a KOC (last note: %1).").arg(member.kocReason));
    }
    m_flag->setEnabled(!member.koc && !member.blacklisted);
    m_flag->setToolTip(member.blacklisted ? tr("A blacklisted member cannot be flagged as KOC.") : QString());
    m_unflag->setEnabled(member.koc);
    QString error;
    if (!m_breakdown->setMember(db, member.id, &error))
        return DatabaseError::make(DatabaseError::Kind::Query, error);
    return {};
}

bool MemberProfileKocTab::setKoc(bool koc)
{
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty()) {
        emit problem(koc ? tr("KOC reason: say why the member is a KOC (what they do for the group).")
                         : tr("KOC reason: say why the KOC flag is removed."));
        m_reason->setFocus();
        return false;
    }
    if (auto err = KocRepository(m_db).setKoc({m_member.id}, koc, reason)) {
        emit problem(err.message);
        return false;
    }
    m_reason->clear();
    emit info(koc ? tr("Flagged as KOC.") : tr("The KOC flag is removed."));
    emit changed();
    return true;
}

} // namespace qundesk::ui
