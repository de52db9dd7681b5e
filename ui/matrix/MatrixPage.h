#pragma once

#include "Page.h"

#include "storage/DatabaseError.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
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

    // For tests and the main window: the views this page shows.
    QTableView *gridView() const { return m_gridView; }
    QTableView *groupView() const { return m_groupView; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *statusCombo() const { return m_status; }
    QComboBox *measureCombo() const { return m_measure; }
    GroupGridModel *gridModel() const { return m_gridModel; }
    int visibleGroupCount() const;

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
    bool m_columnsSized = false;
};

} // namespace qundesk::ui
