#pragma once

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTimer;
class QToolButton;
class QTreeView;

namespace qundesk {
class DayListModel;
struct DayListItem;
struct DayListMaterial;
} // namespace qundesk

namespace qundesk::ui {

class DayListDelegate;

// 今日待发: a specialist's posts of the day across their groups, by time slot, with the text
// ready to copy (and the content item's attached materials), "done" check boxes that record the
// time (and undo), overdue posts in red with how late they are, a progress line, and the next
// day's posts below as a preview. The operator defaults to the one named like the current actor
// (AuditRepository::currentActor()), else the one picked last time (QSettings); the day to today.
//
// A tab of the content calendar page: the page hands it the database and reloads it.
class DayListWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DayListWidget)

public:
    explicit DayListWidget(QWidget *parent = nullptr);
    ~DayListWidget() override;

    void setDatabase(const QSqlDatabase &db);
    // Re-reads the operators and both days (on worker threads).
    void reload();

    void setOperator(qint64 operatorId);
    qint64 operatorId() const;
    void setDate(const QDate &day);
    QDate date() const { return m_date; }
    // What decides "overdue", the time a post is marked done at and which day is today; the
    // system clock unless set. While the list shows today it follows the clock past midnight.
    void setClock(std::function<QDateTime()> clock);
    // Re-reads the clock: overdue marks, the progress line, the day after midnight. Runs every
    // 30 seconds on its own.
    void refreshClock();

    DayListModel *todayModel() const { return m_today; }
    DayListModel *tomorrowModel() const { return m_tomorrow; }
    // Whether either day is still being read.
    bool isLoading() const;

    // Puts the post's text on the clipboard (its title when it has no text); false if unknown.
    bool copyEntry(qint64 entryId);
    // Puts a material on the clipboard: copy text as text, images as images, files as their URL.
    bool copyMaterial(qint64 materialId);

    // Grabs the list into <dir>/<prefix>-daylist.png, waiting for a load in progress first.
    bool saveScreenshots(const QString &dir, const QString &prefix);

    // The QSettings key remembering the operator picked last.
    static QString operatorSettingsKey();

signals:
    void statusMessage(const QString &text);
    // A post was marked done or undone here; the calendar's other views refresh.
    void dataChanged();

private:
    void buildUi();
    QWidget *buildDetailPane();
    void reloadOperators();
    qint64 defaultOperatorId() const;
    void loadDays();
    void onLoaded(const QString &error);
    void spanSlotRows(QTreeView *view);
    void updateProgress();
    void updateDateLabels();
    void showSelected();
    void toggleSelectedDone();
    void copySelectedMaterial();
    qint64 selectedEntryId() const;
    const DayListItem *selectedItem() const;
    void feedback(const QString &text);

    QSqlDatabase m_db;
    QDate m_date;
    DayListModel *m_today = nullptr;
    DayListModel *m_tomorrow = nullptr;
    DayListDelegate *m_delegate = nullptr;
    DayListDelegate *m_tomorrowDelegate = nullptr;
    QTimer *m_clockTimer = nullptr;
    qint64 m_detailEntryId = 0;
    bool m_operatorChosen = false; // picked in this session (by the user or setOperator)
    bool m_followsToday = true; // showing today: moves on at midnight

    QComboBox *m_operator = nullptr;
    QToolButton *m_previousDay = nullptr;
    QDateEdit *m_dateEdit = nullptr;
    QToolButton *m_nextDay = nullptr;
    QPushButton *m_todayButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    QLabel *m_dayLabel = nullptr;
    QTreeView *m_todayView = nullptr;
    QLabel *m_emptyHint = nullptr;
    QLabel *m_tomorrowLabel = nullptr;
    QTreeView *m_tomorrowView = nullptr;

    QLabel *m_detailTitle = nullptr;
    QLabel *m_detailMeta = nullptr;
    QPlainTextEdit *m_detailText = nullptr;
    QPushButton *m_copyText = nullptr;
    QPushButton *m_markDone = nullptr;
    QLabel *m_materialsLabel = nullptr;
    QListWidget *m_materials = nullptr;
    QPushButton *m_copyMaterial = nullptr;
    QLabel *m_feedback = nullptr;
};

} // namespace qundesk::ui
