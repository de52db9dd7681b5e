#include "storage/SqlTransaction.h"

#include "storage/Database.h"
#include "storage/RawSqlite.h"

#include <QCoreApplication>

namespace qundesk {

SqlTransaction::SqlTransaction(const QSqlDatabase &db)
    : m_db(db)
{
    sqlite3 *h = raw::handle(m_db);
    if (!h) {
        m_error = DatabaseError::make(DatabaseError::Kind::CannotOpen,
            QCoreApplication::translate("Database", "The database is not open."));
        return;
    }
    m_error = raw::exec(h, "BEGIN IMMEDIATE");
    m_active = !m_error;
}

SqlTransaction::~SqlTransaction()
{
    if (m_active)
        rollback();
}

DatabaseError SqlTransaction::commit()
{
    if (!m_active)
        return m_error ? m_error
                       : DatabaseError::make(DatabaseError::Kind::Query,
                             QCoreApplication::translate("Database", "No transaction is open."));
    DatabaseError err = raw::exec(raw::handle(m_db), "COMMIT");
    if (err) {
        rollback();
        return err;
    }
    m_active = false;
    return {};
}

void SqlTransaction::rollback()
{
    if (!m_active)
        return;
    raw::exec(raw::handle(m_db), "ROLLBACK");
    m_active = false;
}

} // namespace qundesk
