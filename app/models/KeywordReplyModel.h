#pragma once

#include "domain/Content.h"
#include "storage/DatabaseError.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>

namespace qundesk {

// The keyword replies (关键词回复), highest priority first, with the scope in words (the
// group's name, or the purpose). Tens to hundreds of rows, loaded whole.
class KeywordReplyModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeywordReplyModel)

public:
    enum Column { Keyword, Mode, Reply, Scope, Priority, Enabled, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value
        ReplyIdRole,
    };

    explicit KeywordReplyModel(QObject *parent = nullptr);

    void setDatabase(const QSqlDatabase &db);
    // On failure the rows stay as they were.
    DatabaseError reload();

    const QList<KeywordReply> &replies() const { return m_replies; }
    const KeywordReply &replyAt(int row) const { return m_replies.at(row); }
    int rowOfReply(qint64 id) const;
    // "全部群", the purpose's label, or the group's name.
    QString scopeText(const KeywordReply &reply) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    QList<KeywordReply> m_replies;
    QHash<qint64, QString> m_groupNames; // only the groups some reply is scoped to
};

} // namespace qundesk
