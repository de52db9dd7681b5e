#pragma once

#include "domain/Group.h"

#include <QList>
#include <QSortFilterProxyModel>

namespace qundesk {

// Sorting and quick filtering over GroupTableModel: by its SortRole, by text typed in the search
// box, and by the matrix cell the user clicked. Fine for the few thousand rows a brand has;
// never put it over a members- or events-sized model.
class GroupFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupFilterProxyModel)

public:
    struct Condition
    {
        GroupDimension dimension;
        QString key;                    // groupDimensionKey(); empty selects the unassigned groups
    };

    explicit GroupFilterProxyModel(QObject *parent = nullptr);

    // Matches the group's name, tier, team and operator, ignoring case.
    void setText(const QString &text);
    QString text() const { return m_text; }

    // Every condition must hold; an empty list shows every group.
    void setConditions(const QList<Condition> &conditions);
    const QList<Condition> &conditions() const { return m_conditions; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QList<Condition> m_conditions;
};

} // namespace qundesk
