#include "models/KeywordReplyModel.h"

#include "domain/Group.h"
#include "storage/ContentRepository.h"
#include "storage/GroupRepository.h"

namespace qundesk {

KeywordReplyModel::KeywordReplyModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void KeywordReplyModel::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
}

DatabaseError KeywordReplyModel::reload()
{
    QList<KeywordReply> replies;
    QHash<qint64, QString> groupNames;
    if (m_db.isValid() && m_db.isOpen()) {
        if (auto err = ContentRepository(m_db).listKeywordReplies(&replies))
            return err;
        GroupRepository groups(m_db);
        for (const KeywordReply &r : std::as_const(replies)) {
            if (r.scopeGroupId <= 0 || groupNames.contains(r.scopeGroupId))
                continue;
            Group g;
            if (auto err = groups.get(r.scopeGroupId, &g))
                return err;
            groupNames.insert(r.scopeGroupId, g.name);
        }
    }
    beginResetModel();
    m_replies = std::move(replies);
    m_groupNames = std::move(groupNames);
    endResetModel();
    return {};
}

int KeywordReplyModel::rowOfReply(qint64 id) const
{
    for (qsizetype i = 0; i < m_replies.size(); ++i) {
        if (m_replies.at(i).id == id)
            return int(i);
    }
    return -1;
}

QString KeywordReplyModel::scopeText(const KeywordReply &r) const
{
    if (r.scopeGroupId > 0)
        return m_groupNames.value(r.scopeGroupId, tr("Group #%1").arg(r.scopeGroupId));
    if (!r.scopePurpose.isEmpty()) {
        const auto purpose = groupPurposeFromCode(r.scopePurpose);
        return tr("Purpose: %1").arg(purpose ? groupPurposeLabel(*purpose) : r.scopePurpose);
    }
    return tr("All groups");
}

int KeywordReplyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_replies.size());
}

int KeywordReplyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeywordReplyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KeywordReply &r = m_replies.at(index.row());
    if (role == ReplyIdRole)
        return r.id;
    if (role == Qt::ToolTipRole && index.column() == Reply)
        return r.reply;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool raw = role == SortRole;
    switch (index.column()) {
    case Keyword:
        return r.keyword;
    case Mode:
        return raw ? QVariant(int(r.matchMode)) : QVariant(matchModeLabel(r.matchMode));
    case Reply: {
        // One line in the table; the tooltip and the editor show it all.
        QString line = r.reply;
        line.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return raw ? r.reply : line.left(80);
    }
    case Scope:
        return scopeText(r);
    case Priority:
        return r.priority;
    case Enabled:
        return raw ? QVariant(r.enabled) : QVariant(r.enabled ? tr("On") : tr("Off"));
    }
    return {};
}

QVariant KeywordReplyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Keyword:
        return tr("Keyword");
    case Mode:
        return tr("Match");
    case Reply:
        return tr("Reply");
    case Scope:
        return tr("Scope");
    case Priority:
        return tr("Priority");
    case Enabled:
        return tr("Enabled");
    }
    return {};
}

} // namespace qundesk
