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

    auto *koc = new QGroupBox(tr("KOC"), this);
    m_kocState = new QLabel(koc);
    m_kocState->setObjectName(QStringLiteral("kocState"));
    m_kocState->setWordWrap(true);
    m_kocReason = new QLineEdit(koc);
    m_kocReason->setObjectName(QStringLiteral("kocReason"));
    m_kocReason->setPlaceholderText(tr("Reason, e.g. 每周晒单、主动答疑"));
    m_flagKoc = new QPushButton(tr("Flag as KOC"), koc);
    m_flagKoc->setObjectName(QStringLiteral("flagKoc"));
    m_unflagKoc = new QPushButton(tr("Remove the KOC flag"), koc);
    m_unflagKoc->setObjectName(QStringLiteral("unflagKoc"));
    auto *kRow = new QHBoxLayout;
    kRow->addWidget(m_kocReason, 1);
    kRow->addWidget(m_flagKoc);
    kRow->addWidget(m_unflagKoc);
    m_kocLayout = new QVBoxLayout(koc);
    m_kocLayout->addWidget(m_kocState);
    m_kocLayout->addLayout(kRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(black);
    layout->addWidget(koc);
    layout->addStretch(1);

    connect(m_blacklist, &QPushButton::clicked, this, &MemberProfileStatusTab::blacklist);
    connect(m_unblacklist, &QPushButton::clicked, this, &MemberProfileStatusTab::unblacklist);
    connect(m_flagKoc, &QPushButton::clicked, this, [this] { setKoc(true); });
    connect(m_unflagKoc, &QPushButton::clicked, this, [this] { setKoc(false); });
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

    if (member.koc) {
        QString text = tr("KOC since %1.").arg(member.kocSince.toString(format));
        if (!member.kocReason.isEmpty())
            text += QLatin1Char('\n') + tr("Reason: %1").arg(member.kocReason);
        m_kocState->setText(text);
    } else {
        m_kocState->setText(member.kocReason.isEmpty() ? tr("Not a KOC.")
                                                       : tr("Not a KOC (last note: %1).").arg(member.kocReason));
    }
    m_flagKoc->setEnabled(!member.koc);
    m_unflagKoc->setEnabled(member.koc);
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

bool MemberProfileStatusTab::setKoc(bool koc)
{
    const QString reason = m_kocReason->text().trimmed();
    if (reason.isEmpty()) {
        emit problem(koc ? tr("KOC reason: say why the member is a KOC (what they do for the group).")
                         : tr("KOC reason: say why the KOC flag is removed."));
        m_kocReason->setFocus();
        return false;
    }
    if (auto err = MemberRepository(m_db).setKoc(m_member.id, koc, reason)) {
        emit problem(err.message);
        return false;
    }
    m_kocReason->clear();
    emit info(koc ? tr("Flagged as KOC.") : tr("The KOC flag is removed."));
    emit changed();
    return true;
}

} // namespace qundesk::ui
