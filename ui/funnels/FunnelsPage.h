#pragma once

#include "Page.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace qundesk {
class FunnelStepModel;
}

namespace qundesk::ui {

// 漏斗: one funnel's steps over a date range and channel, with the rates between them and,
// below the table, the largest drop-off in words. Charts come later on top of the same model.
class FunnelsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FunnelsPage)

public:
    explicit FunnelsPage(QWidget *parent = nullptr);

    // Adds the builtin funnel if the database has none, then loads.
    void setDatabase(const QSqlDatabase &db) override;
    void reload() override;

    void selectFunnel(qint64 funnelId);
    void setRange(const QDate &from, const QDate &to);
    void selectChannel(qint64 channelId);   // 0 for all channels

    FunnelStepModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString summaryText() const;

private:
    void reloadFunnels();
    void reloadChannels();
    void funnelChosen();
    void rangeEdited();
    void updateSummary();
    void showError(const QString &message);

    QSqlDatabase m_db;
    FunnelStepModel *m_model = nullptr;
    QComboBox *m_funnelCombo = nullptr;
    QComboBox *m_channelCombo = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_overallLabel = nullptr;
    QLabel *m_problemLabel = nullptr;
};

} // namespace qundesk::ui
