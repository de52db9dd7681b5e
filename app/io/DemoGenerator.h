#pragma once

#include "storage/DatabaseError.h"

#include <QDate>
#include <QString>

#include <functional>

namespace qundesk {

class Database;

struct DemoOptions
{
    int members = 10000;
    quint32 seed = 20261123;
    QDate today; // invalid = QDate::currentDate()
    double eventsPerMember = 0; // 0 = default (about 25 over the 90 days)
};

// Fills an empty database with a realistic, deterministic demo operation for the cosmetics brand
// 花漾: tiers, teams and staff, channels, regions, groups at every lifecycle stage, members with
// their memberships, tags and points, 90 days of activity, the content library and calendar, SOP
// templates, onboarding flows and funnels. The same seed, options and `today` give byte-identical
// table contents. Everything is written in one transaction: a failure or a cancel leaves the
// database as it was.
class DemoGenerator final
{
public:
    using Progress = std::function<bool(int percent, const QString &stage)>; // return false to cancel

    static constexpr double DefaultEventsPerMember = 25.0;

    static DatabaseError generate(Database &db, const DemoOptions &options, const Progress &progress = {});
};

} // namespace qundesk
