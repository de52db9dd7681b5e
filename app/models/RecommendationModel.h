#pragma once

#include "analytics/Recommendations.h"
#include "storage/DatabaseError.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSet>
#include <QSqlDatabase>

#include <optional>

namespace qundesk {

// The lifecycle recommendations as a checkable table (the check box sits in the Action column).
// Listing reads every group's activity, so reload() runs it on a worker thread with its own
// connection to the same file and swaps the rows in when it is done; checks survive a reload by
// id. Advisory recommendations (RecruitKoc) cannot be checked: QunDesk cannot carry them out.
class RecommendationModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecommendationModel)

public:
    enum Column { Action, Group, Target, Members, Reason, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,    // raw value: QString, int
        IdRole,                         // the recommendation id, e.g. "dissolve-16"
        ActionRole                      // the action code
    };

    explicit RecommendationModel(QObject *parent = nullptr);

    void setDatabase(const QSqlDatabase &db);
    void setToday(const QDate &day) { m_today = day; }
    QDate today() const { return m_today; }

    // Lists on a worker thread; emits loaded() with an empty string or the error in words.
    void reload();
    bool isLoading() const { return m_loading; }
    // The same on the calling thread, for small databases and tests; on failure the rows stay.
    DatabaseError reloadNow();

    // Shows only one action (std::nullopt: all). Hidden rows keep their check but are not
    // returned by checkedRecommendations().
    void setActionFilter(std::optional<RecommendationAction> action);

    const Recommendation &recommendationAt(int row) const { return m_all.at(m_rows.at(row)); }
    int rowOfId(const QString &id) const;
    // The checked recommendations among the shown rows, in list order.
    QList<Recommendation> checkedRecommendations() const;
    void setAllChecked(bool checked);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loaded(const QString &error);
    void checkedChanged();

private:
    void setRecommendations(QList<Recommendation> list);
    void rebuildRows();

    QSqlDatabase m_db;
    QDate m_today = QDate::currentDate();
    QList<Recommendation> m_all;
    QList<qsizetype> m_rows;                    // indexes into m_all that pass the filter
    QSet<QString> m_checked;
    std::optional<RecommendationAction> m_filter;
    bool m_loading = false;
    int m_generation = 0;                       // a newer reload() drops older results
};

} // namespace qundesk
