#pragma once

#include "domain/Member.h"
#include "storage/DatabaseError.h"

#include <QHash>
#include <QSqlDatabase>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace qundesk::ui {

class MemberLedgerModel;

// 积分: the balance, the ledger newest first (paged as it scrolls) and the Earn and Redeem
// actions (reason, amount, note, and the operator chosen in the dialog). A redemption larger than
// the balance is refused in words before anything is written.
class MemberProfilePointsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberProfilePointsTab)

public:
    explicit MemberProfilePointsTab(std::function<qint64()> operatorId, QWidget *parent = nullptr);

    DatabaseError load(const QSqlDatabase &db, qint64 memberId, const QHash<qint64, QString> &operatorNames);
    // What the Earn and Redeem buttons do with the fields; false with the reason sent through problem().
    bool earn();
    bool redeem();
    qint64 balance() const { return m_balance; }

    MemberLedgerModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *balanceLabel() const { return m_balanceLabel; }
    QComboBox *reasonCombo() const { return m_reason; }
    QSpinBox *amountSpin() const { return m_amount; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *earnButton() const { return m_earn; }
    QPushButton *redeemButton() const { return m_redeem; }

signals:
    void problem(const QString &message);
    void info(const QString &message);
    void changed();

private:
    bool reload();

    std::function<qint64()> m_operatorId;
    QSqlDatabase m_db;
    qint64 m_memberId = 0;
    qint64 m_balance = 0;
    QString m_name;
    QHash<qint64, QString> m_operatorNames;
    MemberLedgerModel *m_model = nullptr;
    QLabel *m_balanceLabel = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_reason = nullptr;
    QSpinBox *m_amount = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_earn = nullptr;
    QPushButton *m_redeem = nullptr;
};

} // namespace qundesk::ui
