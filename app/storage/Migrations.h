#pragma once

#include "storage/DatabaseError.h"

#include <QList>
#include <QString>

struct sqlite3;

namespace qundesk {

// Numbered schema migrations shipped as resources (:/migrations/NNNN_name.sql). Each one runs
// in its own transaction together with its PRAGMA user_version bump, so a crash leaves the
// database at the previous version, never half-way.
class Migrations final
{
public:
    struct Step {
        int version = 0;
        QString resource;
    };

    static QList<Step> available();
    static int latestVersion();

    // Applies every step above the database's version. The caller has already refused
    // databases newer than latestVersion().
    static DatabaseError apply(sqlite3 *handle);
};

} // namespace qundesk
