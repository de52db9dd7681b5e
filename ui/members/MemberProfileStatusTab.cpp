#include "members/MemberProfileStatusTab.h"

#include "storage/MemberProfileRepository.h"
#include "storage/MemberRepository.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace qundesk::ui {

MemberProfileStatusTab::MemberProfileStatusTab(QWidget *parent)
    : QWidget(parent)
{
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Blacklist member"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    auto *black = new QGroupBox(tr("Blacklist"), this);
    m_blacklistState = new QLabel(black);
    m_blacklistState->setObjectName(QStringLiteral("blacklistState"));
    m_blacklistState->setWordWrap(true);
    m_blacklistReason = new QLineEdit(black);
    m_blacklistReason->setObjectName(QStringLiteral("blacklistReason"));
    m_blacklistReason->setPlaceholderText(tr("Reason (required), e.g. 群内发广告、私加成员推销"));
    m_blacklist = new QPushButton(tr("Blacklist…"), black);
    m_blacklist->setObjectName(QStringLiteral("blacklistButton"));
    m_blacklist->setToolTip(tr("Removes the member from every group (reason: kicked) and keeps them out."));
    m_unblacklist = new QPushButton(tr("Lift the blacklist"), black);
    m_unblacklist->setObjectName(QStringLiteral("unblacklistButton"));
    m_unblacklist->setToolTip(tr("The member may join groups again; they are not put back into the groups they left."));
    auto *bRow = new QHBoxLayout;
    bRow->addWidget(m_blacklistReason, 1);
    bRow->addWidget(m_blacklist);
    bRow->addWidget(m_unblacklist);
    auto *bl = new QVBoxLayout(black);
    bl->addWidget(m_blacklistState);
    bl->addLayout(bRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(black);
    layout->addStretch(1);

    connect(m_blacklist, &QPushButton::clicked, this, &MemberProfileStatusTab::blacklist);
    connect(m_unblacklist, &QPushButton::clicked, this, &MemberProfileStatusTab::unblacklist);
}

DatabaseError MemberProfileStatusTab::load(const QSqlDatabase &db, const Member &member)
{
    m_db = db;
    m_member = member;
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    if (member.blacklisted) {
        m_blacklistState->setText(tr("Blacklisted since %1.\nReason: %2")
                                      .arg(member.blacklistedAt.toString(format), member.blacklistReason));
        m_blacklistState->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    } else {
        m_blacklistState->setText(tr("Not blacklisted."));
        m_blacklistState->setStyleSheet(QString());
    }
    m_blacklistReason->setEnabled(!member.blacklisted);
    m_blacklist->setEnabled(!member.blacklisted);
    m_unblacklist->setEnabled(member.blacklisted);

    return {};
}

bool MemberProfileStatusTab::blacklist()
{
    const QString reason = m_blacklistReason->text().trimmed();
    if (reason.isEmpty()) {
        emit problem(tr("Blacklist reason: say why the member is blacklisted (e.g. posting ads)."));
        m_blacklistReason->setFocus();
        return false;
    }
    int open = 0;
    if (auto err = MemberProfileRepository(m_db).openMembershipCount(m_member.id, &open)) {
        emit problem(err.message);
        return false;
    }
    const QString question = open > 0
        ? tr("Blacklist %1 for “%2”? They will be removed from %Ln group(s) with the reason “kicked”. Lifting the "
             "blacklist later does not put them back.", nullptr, open).arg(m_member.displayName, reason)
        : tr("Blacklist %1 for “%2”? They are in no group now.").arg(m_member.displayName, reason);
    if (!m_confirm(question))
        return false;
    int closed = 0;
    if (auto err = MemberRepository(m_db).blacklist(m_member.id, reason, &closed)) {
        emit problem(err.message);
        return false;
    }
    m_blacklistReason->clear();
    emit info(tr("Blacklisted; removed from %Ln group(s).", nullptr, closed));
    emit changed();
    return true;
}

bool MemberProfileStatusTab::unblacklist()
{
    if (auto err = MemberRepository(m_db).unblacklist(m_member.id)) {
        emit problem(err.message);
        return false;
    }
    emit info(tr("The blacklist is lifted."));
    emit changed();
    return true;
}

} // namespace qundesk::ui
