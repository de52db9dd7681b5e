#pragma once

#include "domain/Member.h"
#include "storage/DatabaseError.h"

#include <QSqlDatabase>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace qundesk::ui {

// 拉黑. Blacklisting needs a reason and asks first, saying from how many groups the member will
// be removed (their memberships close with the reason 'kicked', in the same transaction:
// MemberRepository::blacklist); lifting the blacklist does not put them back.
class MemberProfileStatusTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberProfileStatusTab)

public:
    explicit MemberProfileStatusTab(QWidget *parent = nullptr);

    DatabaseError load(const QSqlDatabase &db, const Member &member);
    bool blacklist();
    bool unblacklist();

    // Replaces the question blacklist() asks (tests answer it without a message box).
    void setConfirmation(std::function<bool(const QString &question)> confirm) { m_confirm = std::move(confirm); }
    QLabel *blacklistState() const { return m_blacklistState; }
    QLineEdit *blacklistReasonEdit() const { return m_blacklistReason; }
    QPushButton *blacklistButton() const { return m_blacklist; }
    QPushButton *unblacklistButton() const { return m_unblacklist; }

signals:
    void problem(const QString &message);
    void info(const QString &message);
    void changed();

private:
    QSqlDatabase m_db;
    Member m_member;
    std::function<bool(const QString &)> m_confirm;
    QLabel *m_blacklistState = nullptr;
    QLineEdit *m_blacklistReason = nullptr;
    QPushButton *m_blacklist = nullptr;
    QPushButton *m_unblacklist = nullptr;
};

} // namespace qundesk::ui
