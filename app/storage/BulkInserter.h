#pragma once

#include "storage/DatabaseError.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace qundesk {

// One prepared INSERT (or UPDATE/DELETE) over the raw sqlite3 handle, for bulk loads where
// QSqlQuery is too slow: QSQLITE converts every value to UTF-16 and its execBatch loops row by
// row anyway. Bind every parameter of a row by its 1-based index, then call step(), which runs
// the statement, resets it and clears the bindings for the next row:
//
//     BulkInserter ins(h, "INSERT INTO tags (id, name, color) VALUES (?, ?, ?)", u"write tags"_s);
//     ins.bindInt(1, id).bindText(2, name).bindText(3, color);
//     if (auto err = ins.step()) return err;
//
// Text is bound as UTF-8. Errors name what was being done, the row number and the statement.
// The caller owns the transaction; the statement is finalized in the destructor.
class BulkInserter final
{
    Q_DISABLE_COPY_MOVE(BulkInserter)

public:
    BulkInserter(sqlite3 *db, const QByteArray &sql, const QString &what);
    ~BulkInserter();

    // The error of preparing the statement, if any; step() returns it too.
    const DatabaseError &prepareError() const { return m_prepareError; }

    BulkInserter &bindInt(int index, qint64 value);
    BulkInserter &bindDouble(int index, double value);
    BulkInserter &bindText(int index, QByteArrayView utf8); // copied by SQLite; a null view binds NULL
    BulkInserter &bindText(int index, const QByteArray &utf8) { return bindText(index, QByteArrayView(utf8)); }
    BulkInserter &bindText(int index, const char *utf8) { return bindText(index, QByteArrayView(utf8)); }
    BulkInserter &bindText(int index, const QString &text); // a null QString binds NULL
    BulkInserter &bindNull(int index);
    // Binds NULL for id <= 0: optional foreign keys.
    BulkInserter &bindId(int index, qint64 id);

    // Runs the statement once with the bound values, then resets it for the next row.
    DatabaseError step();

    qint64 rowsDone() const { return m_rows; }
    qint64 lastInsertId() const;

private:
    void noteBind(int rc, int index);
    DatabaseError failure(int code, const QString &message) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QByteArray m_sql;
    QString m_what;
    DatabaseError m_prepareError;
    int m_bindError = 0; // first failed bind of the current row (SQLite code)
    int m_bindIndex = 0;
    qint64 m_rows = 0;
};

} // namespace qundesk
