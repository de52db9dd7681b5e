#include "storage/BulkTriggers.h"

#include "storage/RawSqlite.h"

#include <sqlite3.h>

namespace qundesk::bulk {

namespace {

constexpr const char *SearchInsertTriggers[] = {"members_search_insert", "member_tags_search_insert"};

} // namespace

const char MemberSearchInsertSelect[]
    = "INSERT INTO member_search (rowid, display_name, group_nickname, platform_id, phone, tags)"
      " SELECT m.id, m.display_name, m.group_nickname, m.platform_id, m.phone,"
      " coalesce((SELECT group_concat(t.name, ' ') FROM member_tags mt JOIN tags t ON t.id = mt.tag_id"
      " WHERE mt.member_id = m.id), '')"
      " FROM members m";

std::span<const char *const> memberSearchInsertTriggers()
{
    return SearchInsertTriggers;
}

DatabaseError selectColumn(sqlite3 *h, const QByteArray &sql, QList<QByteArray> *out)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(h, sql.constData(), int(sql.size()), &stmt, nullptr);
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
            out->append(QByteArray(text ? text : "", sqlite3_column_bytes(stmt, 0)));
        }
    }
    const QString message = QString::fromUtf8(sqlite3_errmsg(h));
    sqlite3_finalize(stmt);
    if (rc == SQLITE_DONE)
        return {};
    DatabaseError err = raw::errorFromCode(rc, message);
    err.message = QString::fromUtf8(sql) + QStringLiteral(": ") + err.message;
    return err;
}

DatabaseError dropAllOrNone(sqlite3 *handle, std::span<const char *const> names, QList<QByteArray> *created,
                            bool *dropped)
{
    *dropped = false;
    QList<QByteArray> statements;
    for (const char *name : names) {
        QList<QByteArray> sql;
        if (auto err = selectColumn(handle,
                QByteArrayLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = '") + name + '\'',
                &sql))
            return err;
        if (sql.size() != 1)
            return {};
        statements.append(sql.first());
    }
    for (const char *name : names) {
        if (auto err = raw::exec(handle, QByteArray(QByteArrayLiteral("DROP TRIGGER \"") + name + '"').constData()))
            return err;
    }
    *created += statements;
    *dropped = true;
    return {};
}

} // namespace qundesk::bulk
