#pragma once

#include "domain/Member.h"
#include "storage/DatabaseError.h"

#include <QHash>
#include <QSqlDatabase>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace qundesk::ui {

// 审核: the member's verification state (who decided, when, on what evidence), the decisions the
// state allows and the history of decisions from the audit log.
//   unverified -> pending (submitted for checking)
//   pending    -> verified / rejected (a decision: needs the operator and an evidence note, e.g.
//                 "phone matches, shop photo checked"), or back to unverified
//   verified / rejected -> pending (to check again)
class MemberProfileVerificationTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberProfileVerificationTab)

public:
    explicit MemberProfileVerificationTab(std::function<qint64()> operatorId, QWidget *parent = nullptr);

    DatabaseError load(const QSqlDatabase &db, const Member &member, const QHash<qint64, QString> &operatorNames);
    // Moves to `to` if the current state allows it; false with the reason sent through problem().
    bool decide(VerificationStatus to);
    static bool allowed(VerificationStatus from, VerificationStatus to);

    QLabel *stateLabel() const { return m_state; }
    QLineEdit *evidenceEdit() const { return m_evidence; }
    QPushButton *button(VerificationStatus to) const;
    QTableWidget *history() const { return m_history; }

signals:
    void problem(const QString &message);
    void info(const QString &message);
    void changed();

private:
    std::function<qint64()> m_operatorId;
    QSqlDatabase m_db;
    Member m_member;
    QHash<qint64, QString> m_operatorNames;
    QLabel *m_state = nullptr;
    QLineEdit *m_evidence = nullptr;
    QPushButton *m_pending = nullptr;
    QPushButton *m_verified = nullptr;
    QPushButton *m_rejected = nullptr;
    QPushButton *m_unverified = nullptr;
    QTableWidget *m_history = nullptr;
};

} // namespace qundesk::ui
