#pragma once

#include "storage/KocRepository.h"

#include <QDate>
#include <QDialog>
#include <QSqlDatabase>

#include <atomic>
#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTabWidget;

namespace qundesk::ui {

class KocListModel;

// KOC candidates and unflag suggestions from the last recompute. "Recompute" scores every
// member on a worker thread with its own connection (progress bar, cancel); the lists are read
// on a worker too. Flagging or unflagging the selected members asks for a reason first and
// writes them all in one transaction with an audit entry each. Hovering a row shows its
// breakdown. Open it for the whole operation or, with setGroup(), for one group.
class KocDialog final : public QDialog
{
    Q_OBJECT

public:
    // How many rows each list shows at most (best first).
    static constexpr int ListLimit = 500;

    explicit KocDialog(const QSqlDatabase &db, QWidget *parent = nullptr);
    ~KocDialog() override;

    // Only this group's members, ranked within it (0: the whole operation); reloads.
    void setGroup(qint64 groupId, const QString &groupName);
    // The day the unflag period is judged on and recomputes score as of (default: today).
    void setToday(const QDate &day);

    // Asks for the reason before flagging (flag true) or unflagging `count` members; returns
    // false when the user cancels. The default shows a text prompt; tests replace it.
    using ReasonPrompt = std::function<bool(bool flag, int count, QString *reason)>;
    void setReasonPrompt(ReasonPrompt prompt) { m_prompt = std::move(prompt); }

    KocListModel *candidatesModel() const { return m_candidates; }
    KocListModel *unflagModel() const { return m_unflag; }
    QTableView *candidatesView() const { return m_candidatesView; }
    QTableView *unflagView() const { return m_unflagView; }
    bool isBusy() const { return m_busy; }
    QString statusText() const;
    QString summaryText() const;

    // Grabs the dialog into DIR/koc-dialog.png and DIR/koc-dialog-unflag.png (its second tab)
    // after the lists have loaded (for --screenshots).
    static bool saveScreenshot(const QSqlDatabase &db, const QString &dir,
                               const QString &prefix = QStringLiteral("koc-dialog"));

public slots:
    void reload();
    void recompute();
    void cancelRecompute();
    // Asks for a reason, then flags the selected candidates / unflags the selected KOCs.
    void flagSelected();
    void unflagSelected();

signals:
    void loaded();
    void recomputed();
    // After flags changed, with the number of members changed.
    void kocChanged(int count);

private:
    void setBusy(bool busy, const QString &status = {});
    void showStatus(const QString &text, bool error);
    void changeSelected(bool flag);
    void updateButtons();

    QSqlDatabase m_db;
    qint64 m_groupId = 0;
    QString m_groupName;
    QDate m_today;
    ReasonPrompt m_prompt;
    KocListModel *m_candidates = nullptr;
    KocListModel *m_unflag = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_candidatesView = nullptr;
    QTableView *m_unflagView = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_recompute = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_flag = nullptr;
    QPushButton *m_unflagButton = nullptr;
    bool m_busy = false;
    int m_generation = 0;
    // Shared with the recompute worker, which may outlive the dialog by one statement: the
    // dialog sets cancel and polls the step on a timer (no calls into a dialog that is gone).
    struct RunState
    {
        std::atomic<bool> cancel = false;
        std::atomic<int> step = 0;
        std::atomic<int> steps = 0;
    };
    std::shared_ptr<RunState> m_run;
    class QTimer *m_poll = nullptr;
};

} // namespace qundesk::ui
