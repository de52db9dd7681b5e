#pragma once

#include "Page.h"
#include "storage/MemberBulkRepository.h"
#include "storage/SegmentRepository.h"

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace qundesk {
class MemberQuery;
class MemberTableModel;
}

namespace qundesk::ui {

class MemberFilterPanel;

// 成员: the member profiles as one lazily fetched table, with a search box, a collapsible filter
// panel, saved filters (segments, with counts), a column chooser and bulk actions. Filtering and
// counting run on a worker thread (MemberTableModel's background mode, MemberQuery); the page
// never holds more than the pages the user scrolled through, so it stays quick with a million
// members.
class MembersPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MembersPage)

public:
    static constexpr int SearchDelayMs = 250;

    enum class BulkAction { Tag, Untag, AddToGroup, Verify, FlagKoc, UnflagKoc, Export };

    explicit MembersPage(QWidget *parent = nullptr);
    ~MembersPage() override;

    void setDatabase(const QSqlDatabase &db) override;
    void reload() override;
    bool saveExtraScreenshots(const QString &dir, const QString &prefix) override;

    MemberTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    MemberFilterPanel *filterPanel() const { return m_panel; }
    // The search box and the panel together.
    MemberFilter currentFilter() const;

    // Columns the user hid with the header's menu (kept in QSettings between runs).
    void setColumnVisible(int column, bool visible);
    // Applies the segment with this id (its filter replaces search and panel).
    void applySegment(qint64 segmentId);
    // Saves the current filter as a segment named `name`; the list shows it selected.
    bool saveSegment(const QString &name);

    // The selected rows' ids, or none.
    QList<qint64> selectedMemberIds() const;
    // Runs a bulk action without asking (the menu asks first and calls this): on the selected
    // rows, or the whole current filter when wholeFilter. `argument` is the tag / group id, the
    // verification status (int) or the KOC reason. Runs on a worker thread; bulkFinished tells.
    void runBulkAction(BulkAction action, bool wholeFilter, const QVariant &argument, const QString &note = {});
    bool isBulkRunning() const { return m_bulkRunning; }
    // Writes the selected rows, or the whole current filter, to a CSV file (UTF-8 with BOM;
    // phones and platform IDs masked unless `unmasked`) on a worker thread; bulkFinished tells.
    void exportMembers(bool wholeFilter, const QString &path, bool unmasked);

signals:
    // Double-click or Enter on a row: open this member's profile (the lead connects it).
    void memberActivated(qint64 memberId);
    void bulkFinished(bool ok, const QString &message);

public slots:
    // The member's profile (MemberProfileDialog), non-modal; the table reloads when it saves.
    void openProfile(qint64 memberId);
    void openImportWizard();
    void openKocDialog();

private:
    bool saveDialogScreenshots(const QString &dir, const QString &prefix);
    void buildUi();
    void buildSegmentList(QWidget *parent);
    void applyFilter();
    void updateCount();
    void updateSummary();
    void reloadSegments();
    void updateSegmentCounts(const QList<qint64> &counts);
    void segmentContextMenu(const QPoint &pos);
    void askSaveSegment();
    void renameSegment(qint64 id);
    void deleteSegment(qint64 id);
    void headerContextMenu(const QPoint &pos);
    void restoreColumns();
    void openBulkAction(BulkAction action);

    QSqlDatabase m_db;
    MemberTableModel *m_model = nullptr;
    MemberQuery *m_segmentQuery = nullptr;
    MemberFilterPanel *m_panel = nullptr;
    QWidget *m_side = nullptr;
    QLineEdit *m_search = nullptr;
    QToolButton *m_filterToggle = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_count = nullptr;
    QToolButton *m_bulkButton = nullptr;
    QToolButton *m_importButton = nullptr;
    QToolButton *m_kocButton = nullptr;
    QListWidget *m_segments = nullptr;
    QLabel *m_segmentHint = nullptr;
    QTableView *m_view = nullptr;
    QTimer *m_searchTimer = nullptr;
    QList<MemberSegment> m_segmentList;
    qint64 m_allMembers = 0;
    bool m_bulkRunning = false;
    bool m_applyingSegment = false;
};

} // namespace qundesk::ui
