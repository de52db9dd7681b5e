#include "storage/BulkInserter.h"

#include "storage/RawSqlite.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace qundesk {

BulkInserter::BulkInserter(sqlite3 *db, const QByteArray &sql, const QString &what)
    : m_db(db)
    , m_sql(sql)
    , m_what(what)
{
    if (!m_db) {
        m_prepareError = DatabaseError::make(
            DatabaseError::Kind::CannotOpen, QCoreApplication::translate("Database", "The database is not open."));
        return;
    }
    const int rc
        = sqlite3_prepare_v3(m_db, m_sql.constData(), int(m_sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        m_prepareError = failure(rc, QString::fromUtf8(sqlite3_errmsg(m_db)));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

BulkInserter::~BulkInserter()
{
    sqlite3_finalize(m_stmt);
}

void BulkInserter::noteBind(int rc, int index)
{
    if (rc != SQLITE_OK && m_bindError == 0) {
        m_bindError = rc;
        m_bindIndex = index;
    }
}

BulkInserter &BulkInserter::bindInt(int index, qint64 value)
{
    if (m_stmt)
        noteBind(sqlite3_bind_int64(m_stmt, index, value), index);
    return *this;
}

BulkInserter &BulkInserter::bindDouble(int index, double value)
{
    if (m_stmt)
        noteBind(sqlite3_bind_double(m_stmt, index, value), index);
    return *this;
}

BulkInserter &BulkInserter::bindText(int index, QByteArrayView utf8)
{
    if (!m_stmt)
        return *this;
    // A default-constructed view binds NULL; an empty one binds ''.
    if (utf8.isNull())
        noteBind(sqlite3_bind_null(m_stmt, index), index);
    else
        noteBind(sqlite3_bind_text64(m_stmt, index, utf8.isEmpty() ? "" : utf8.data(), sqlite3_uint64(utf8.size()),
                     SQLITE_TRANSIENT, SQLITE_UTF8),
            index);
    return *this;
}

BulkInserter &BulkInserter::bindText(int index, const QString &text)
{
    if (text.isNull())
        return bindNull(index);
    const QByteArray utf8 = text.toUtf8();
    return bindText(index, QByteArrayView(utf8.isEmpty() ? "" : utf8.constData(), utf8.size()));
}

BulkInserter &BulkInserter::bindNull(int index)
{
    if (m_stmt)
        noteBind(sqlite3_bind_null(m_stmt, index), index);
    return *this;
}

BulkInserter &BulkInserter::bindId(int index, qint64 id)
{
    return id > 0 ? bindInt(index, id) : bindNull(index);
}

DatabaseError BulkInserter::step()
{
    if (!m_stmt)
        return m_prepareError;
    if (m_bindError != 0) {
        const int code = m_bindError;
        const QString message = QCoreApplication::translate("BulkInserter", "cannot bind parameter %1: %2")
                                    .arg(m_bindIndex)
                                    .arg(QString::fromUtf8(sqlite3_errstr(code)));
        m_bindError = 0;
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        return failure(code, message);
    }
    const int rc = sqlite3_step(m_stmt);
    DatabaseError err;
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        // sqlite3_errmsg still describes this step until the next API call on the handle.
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
        err = failure(rc, message);
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    if (!err)
        ++m_rows;
    return err;
}

qint64 BulkInserter::lastInsertId() const
{
    return m_db ? qint64(sqlite3_last_insert_rowid(m_db)) : 0;
}

DatabaseError BulkInserter::failure(int code, const QString &message) const
{
    DatabaseError err = raw::errorFromCode(code, message);
    if (!err)
        err = DatabaseError::make(DatabaseError::Kind::Query, message);
    err.message = QCoreApplication::translate("BulkInserter", "%1 (row %2): %3 [%4]")
                      .arg(m_what)
                      .arg(m_rows + 1)
                      .arg(err.message, QString::fromUtf8(m_sql));
    return err;
}

} // namespace qundesk
