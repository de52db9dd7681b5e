#pragma once

#include "storage/DatabaseError.h"

#include <QSqlDatabase>

namespace qundesk {

// RAII write transaction: BEGIN IMMEDIATE on construction, ROLLBACK in the destructor unless
// commit() succeeded. IMMEDIATE takes the write lock up front, so a busy database waits for the
// busy timeout at the start instead of failing half-way through the writes.
class SqlTransaction final
{
    Q_DISABLE_COPY_MOVE(SqlTransaction)

public:
    explicit SqlTransaction(const QSqlDatabase &db);
    ~SqlTransaction();

    const DatabaseError &beginError() const { return m_error; }
    bool isActive() const { return m_active; }
    DatabaseError commit();
    void rollback();

private:
    QSqlDatabase m_db;
    DatabaseError m_error;
    bool m_active = false;
};

} // namespace qundesk
