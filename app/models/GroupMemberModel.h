#pragma once

#include "domain/NicknameTemplate.h"
#include "storage/DatabaseError.h"
#include "storage/GroupProfileRepository.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace qundesk {

// The current members of one group with their roles, lazily: keyset pages of PageSize rows, so
// a group of any size costs what the visible part costs. The filter (KOCs only, ...) runs in SQL.
// With "nickname off template" on, the model lists the group's members (filtered in SQL) whose
// group nickname does not follow the template, checked in C++ on the group's rows at once (a
// group holds at most a few hundred members), and the nickname's tooltip says why.
class GroupMemberModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupMemberModel)

public:
    enum Column { DisplayName, GroupNickname, Role, Koc, JoinedAt, ColumnCount };
    enum DataRole {
        MembershipIdRole = Qt::UserRole + 1,
        MemberIdRole,
        RoleRole,                       // int(MembershipRole)
        KocRole                         // bool
    };

    static constexpr int PageSize = 200;

    explicit GroupMemberModel(QObject *parent = nullptr);

    // Re-queries from the first page; groupId 0 or an invalid database empties the model.
    void setGroup(const QSqlDatabase &db, qint64 groupId);
    void setFilter(const GroupMemberFilter &filter);
    const GroupMemberFilter &filter() const { return m_filter; }
    // Lists only the members whose nickname does not follow `rule` (on), or everyone (off).
    void setNonConformingOnly(bool on, const NicknameTemplate &rule = NicknameTemplate());
    // Both at once, with one reload.
    void setFilter(const GroupMemberFilter &filter, bool nonConformingOnly, const NicknameTemplate &rule);
    bool nonConformingOnly() const { return m_nonConformingOnly; }
    void reload();

    // Members passing the filter, fetched or not.
    qint64 totalCount() const { return m_total; }
    const GroupMemberRow &row(int row) const { return m_rows.at(row); }
    // Shows a role change made elsewhere in the row of that membership, if it is fetched.
    void updateRole(qint64 membershipId, MembershipRole role);
    const DatabaseError &lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void reloaded();
    void errorOccurred(const QString &message);

private:
    QSqlDatabase m_db;
    qint64 m_groupId = 0;
    GroupMemberFilter m_filter;
    bool m_nonConformingOnly = false;
    NicknameTemplate m_rule;
    QList<GroupMemberRow> m_rows;
    qint64 m_total = 0;
    bool m_atEnd = true;
    bool m_busy = false;
    DatabaseError m_error;
};

} // namespace qundesk
