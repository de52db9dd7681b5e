#pragma once

#include "domain/Member.h"
#include "storage/DatabaseError.h"

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace qundesk::ui {

class KocBreakdownView;

// KOC: whether the member is flagged (since when, why), flag and unflag with a required reason
// (KocRepository::setKoc, audited; a blacklisted member cannot be flagged), and the engagement
// score's breakdown from the last recompute (KocBreakdownView).
class MemberProfileKocTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberProfileKocTab)

public:
    explicit MemberProfileKocTab(QWidget *parent = nullptr);

    DatabaseError load(const QSqlDatabase &db, const Member &member);
    // Flags (true) or unflags with the reason in the field; false with the reason sent through problem().
    bool setKoc(bool koc);

    QLabel *stateLabel() const { return m_state; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *flagButton() const { return m_flag; }
    QPushButton *unflagButton() const { return m_unflag; }
    KocBreakdownView *breakdown() const { return m_breakdown; }

signals:
    void problem(const QString &message);
    void info(const QString &message);
    void changed();

private:
    QSqlDatabase m_db;
    Member m_member;
    QLabel *m_state = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_flag = nullptr;
    QPushButton *m_unflag = nullptr;
    KocBreakdownView *m_breakdown = nullptr;
};

} // namespace qundesk::ui
