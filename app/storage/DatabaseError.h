#pragma once

#include <QString>

namespace qundesk {

// What went wrong with the store, in a form both programs can act on: the CLI maps every
// kind to exit code 3, the GUI shows the message. The message is already translated.
struct DatabaseError
{
    enum class Kind {
        None,
        CannotOpen,     // missing directory, permissions, driver missing
        ReadOnly,       // the file or its folder is not writable
        NotADatabase,   // not an SQLite file at all, or truncated below its header
        NotQunDesk,     // an SQLite file made by some other program
        Corrupt,        // SQLite reports a malformed image
        TooNew,         // made by a newer QunDesk: refused, left untouched
        Locked,         // another process holds a lock beyond the busy timeout
        Constraint,     // a CHECK, UNIQUE, NOT NULL or foreign key refused a write
        NotFound,       // a row the caller named does not exist
        Query           // any other statement failure
    };

    Kind kind = Kind::None;
    QString message;

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    static DatabaseError none() { return {}; }
    static DatabaseError make(Kind k, const QString &msg) { return DatabaseError{k, msg}; }
};

} // namespace qundesk
