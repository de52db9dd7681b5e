#pragma once

#include "Page.h"

#include "storage/DatabaseError.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QTableView;
class QToolButton;

namespace qundesk {
class GroupFilterProxyModel;
class GroupGridModel;
class GroupTableModel;
} // namespace qundesk

namespace qundesk::ui {
class HeatLegend;

// 社群矩阵: the whole matrix at a glance (groups and members per tier × team, or any two
// dimensions) above the list of groups. Clicking a grid cell narrows the list to that cell.
class MatrixPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatrixPage)

public:
    explicit MatrixPage(QWidget *parent = nullptr);
    ~MatrixPage() override;

    void setDatabase(const QSqlDatabase &db) override;
    void reload() override;
    // The matrix by stage × team with the 7-day active rate, a group profile (fields, activity,
    // stage history) and the recommendations.
    bool saveExtraScreenshots(const QString &dir, const QString &prefix) override;

    // For tests and the main window: the views this page shows.
    QTableView *gridView() const { return m_gridView; }
    QTableView *groupView() const { return m_groupView; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *statusCombo() const { return m_status; }
    QComboBox *measureCombo() const { return m_measure; }
    GroupGridModel *gridModel() const { return m_gridModel; }
    int visibleGroupCount() const;
    QPushButton *newGroupButton() const { return m_newGroup; }
    QPushButton *recommendationsButton() const { return m_recommendations; }
    // Opens the lifecycle recommendations (dissolve and migrate, SOP, KOC, promotion).
    void openRecommendations();
    // Opens the profile of a group (0: a new group); the page reloads when it changes anything.
    void openGroupProfile(qint64 groupId);
    // True while stages are being recorded on the worker thread (tests wait for it).
    bool isRefreshingStages() const { return m_stageRefreshRunning; }

signals:
    // The lifecycle stages were recorded for today (and the page reloaded if any changed).
    void stagesRefreshed();

private:
    void buildUi();
    void applyStatusFilter();
    void applyDimensions();
    void applyMeasure();
    void reloadGrid();
    void selectCell(const QModelIndex &index);
    void clearCellFilter();
    void restoreGridSelection();
    void updateFilterLabel();
    void fitGridHeight();
    void showError(const DatabaseError &error);
    void announceCount();
    void startStageRefresh();
    void reloadViews();

    QSqlDatabase m_db;
    GroupGridModel *m_gridModel = nullptr;
    GroupTableModel *m_tableModel = nullptr;
    GroupFilterProxyModel *m_proxy = nullptr;

    QComboBox *m_rowDimension = nullptr;
    QComboBox *m_columnDimension = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_measure = nullptr;
    HeatLegend *m_legend = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_gridView = nullptr;
    QTableView *m_groupView = nullptr;
    QLabel *m_filterLabel = nullptr;
    QToolButton *m_clearFilter = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_newGroup = nullptr;
    QPushButton *m_recommendations = nullptr;
    bool m_columnsSized = false;
    bool m_stageRefreshRunning = false;
    bool m_stageRefreshPending = false;
    int m_stageGeneration = 0;
};

} // namespace qundesk::ui
