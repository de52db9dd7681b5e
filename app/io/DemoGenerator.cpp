#include "io/DemoGenerator.h"

#include "io/DemoPlan.h"
#include "storage/Database.h"
#include "storage/KocRepository.h"
#include "storage/StageRepository.h"

#include <QCoreApplication>

#include <cmath>

namespace qundesk {

namespace demo {

const char *code(Identity v)
{
    switch (v) {
    case Identity::Store:
        return "store";
    case Identity::Online:
        return "online";
    case Identity::Consumer:
        return "consumer";
    case Identity::Unknown:
        break;
    }
    return "unknown";
}

const char *code(Verification v)
{
    switch (v) {
    case Verification::Pending:
        return "pending";
    case Verification::Verified:
        return "verified";
    case Verification::Rejected:
        return "rejected";
    case Verification::Unverified:
        break;
    }
    return "unverified";
}

const char *code(Purpose v)
{
    switch (v) {
    case Purpose::Master:
        return "master";
    case Purpose::Sub:
        return "sub";
    case Purpose::Perks:
        return "perks";
    case Purpose::AfterSales:
        return "after_sales";
    case Purpose::Material:
        return "material";
    case Purpose::Training:
        return "training";
    case Purpose::Guide:
        break;
    }
    return "shopping_guide";
}

const char *code(Segment v)
{
    switch (v) {
    case Segment::Store:
        return "store";
    case Segment::Online:
        return "online";
    case Segment::Consumer:
        return "consumer";
    case Segment::Mixed:
        break;
    }
    return "mixed";
}

const char *code(Role v)
{
    switch (v) {
    case Role::Owner:
        return "owner";
    case Role::ViceOwner:
        return "vice_owner";
    case Role::Admin:
        return "admin";
    case Role::Member:
        break;
    }
    return "member";
}

const char *code(Leave v)
{
    switch (v) {
    case Leave::Left:
        return "left";
    case Leave::Kicked:
        return "kicked";
    case Leave::Migrated:
        return "migrated";
    case Leave::Dissolved:
        return "dissolved";
    case Leave::None:
        break;
    }
    return nullptr;
}

qint64 GroupPlan::endTime(qint64 now) const
{
    if (stage == Stage::Archived || stage == Stage::Dissolved)
        return std::min(now, qint64(statusDay) * Clock::Day + 10 * Clock::Hour);
    return now;
}

qint64 GroupPlan::joinEnd(qint64 now) const
{
    if (stage == Stage::Zombie)
        return std::min(now, qint64(silentFromDay) * Clock::Day);
    return endTime(now);
}

DemoState::DemoState(const DemoOptions &opts, const QDate &today, DemoWriter &w, const DemoGenerator::Progress &p)
    : options(opts)
    , clock(today)
    , writer(w)
    , progress(p)
{
}

void DemoState::enterBand(int from, int to, const QString &stageText)
{
    bandFrom = from;
    bandTo = to;
    stage = stageText;
    lastPercent = -1;
    report(0.0);
}

bool DemoState::report(double fraction)
{
    if (cancelled)
        return false;
    const int percent = bandFrom + int(std::floor(std::clamp(fraction, 0.0, 1.0) * (bandTo - bandFrom)));
    if (percent == lastPercent)
        return true;
    lastPercent = percent;
    if (progress && !progress(percent, stage))
        cancelled = true;
    return !cancelled;
}

DatabaseError DemoState::cancelledError() const
{
    return DatabaseError::make(DatabaseError::Kind::Query,
        QCoreApplication::translate(
            "DemoGenerator", "Generating the demo data was cancelled; the database was left unchanged."));
}

qint64 DemoState::specialistOf(int team, Rng &rng) const
{
    std::vector<qint64> ids;
    for (const OperatorPlan &op : operators) {
        if (op.active && op.team == team && op.role == "specialist")
            ids.push_back(op.id);
    }
    if (ids.empty())
        return operatorWithRole("specialist", rng);
    return ids.at(size_t(rng.below(int(ids.size()))));
}

qint64 DemoState::operatorWithRole(const char *role, Rng &rng) const
{
    std::vector<qint64> ids;
    for (const OperatorPlan &op : operators) {
        if (op.active && op.role == role)
            ids.push_back(op.id);
    }
    return ids.empty() ? 0 : ids.at(size_t(rng.below(int(ids.size()))));
}

// Tiers, teams and staff, channels, regions and tags: the fixed frame of the operation.
DatabaseError writeDimensions(DemoState &s)
{
    Rng rng(s.options.seed, 1);
    DemoWriter &w = s.writer;
    const DemoWords &words = s.words;

    struct TierDef
    {
        const char *name;
        qint64 buyInYuan;
    };
    const TierDef tiers[] = { { "百万级", 1000000 }, { "三十万级", 300000 }, { "五万级", 50000 }, { "9800级", 9800 } };
    for (int i = 0; i < 4; ++i) {
        if (auto err = w.write(DemoWriter::Tier { i + 1, tiers[i].name, i + 1, tiers[i].buyInYuan * 100 }))
            return err;
    }
    for (qsizetype i = 0; i < words.teams.size(); ++i) {
        if (auto err = w.write(DemoWriter::Team { i + 1, words.teams.at(i).toUtf8() }))
            return err;
    }

    // Staff: 1-3 specialists per team plus one manager for every three teams, a director and two
    // trainers; everyone but the director speaks as the shared persona 宠粉官. One specialist has left.
    QStringList usedNames;
    auto staffName = [&] {
        for (;;) {
            const QString name = words.personName(rng, rng.chance(0.7));
            if (!usedNames.contains(name)) {
                usedNames.append(name);
                return name.toUtf8();
            }
        }
    };
    const QByteArray persona = QByteArrayLiteral("宠粉官");
    qint64 id = 0;
    auto addOperator = [&](const QByteArray &role, int team, bool active, int daysAgo) -> DatabaseError {
        OperatorPlan op { ++id, role, team, active };
        s.operators.push_back(op);
        const qint64 at = -qint64(daysAgo) * Clock::Day + rng.range(9 * 3600, 18 * 3600);
        return w.write(DemoWriter::Operator { op.id, staffName(), role, team,
            role == "director" ? QByteArray() : persona, active, s.clock.dateTimeText(at) });
    };
    if (auto err = addOperator("director", 0, true, 720))
        return err;
    for (int team = 1; team <= int(words.teams.size()); ++team) {
        if ((team - 1) % 3 == 0) {
            if (auto err = addOperator("manager", team, true, rng.range(500, 700)))
                return err;
        }
        const int specialists = rng.range(1, 3);
        for (int k = 0; k < specialists; ++k) {
            if (auto err = addOperator("specialist", team, true, rng.range(60, 600)))
                return err;
        }
    }
    for (int k = 0; k < 2; ++k) {
        if (auto err = addOperator("trainer", 0, true, rng.range(300, 650)))
            return err;
    }
    if (auto err = addOperator("specialist", rng.range(1, int(words.teams.size())), false, 420))
        return err;

    for (qsizetype i = 0; i < words.channels.size(); ++i) {
        const DemoWords::Channel &c = words.channels.at(i);
        if (auto err = w.write(DemoWriter::Channel { i + 1, c.name.toUtf8(), c.kind.toUtf8(), c.code.toUtf8() }))
            return err;
        s.channelPicker.add(c.weight);
    }
    for (qsizetype i = 0; i < words.cities.size(); ++i) {
        const DemoWords::City &c = words.cities.at(i);
        if (auto err = w.write(DemoWriter::Region { i + 1, c.name.toUtf8(), c.province.toUtf8() }))
            return err;
        s.regionPicker.add(c.weight);
    }
    for (qsizetype i = 0; i < words.tags.size(); ++i) {
        const DemoWords::Tag &t = words.tags.at(i);
        if (auto err = w.write(DemoWriter::Tag { i + 1, t.name.toUtf8(), t.color.toUtf8() }))
            return err;
    }
    s.tagCount = int(words.tags.size());
    return {};
}

} // namespace demo

DatabaseError DemoGenerator::generate(Database &db, const DemoOptions &options, const Progress &progress)
{
    using namespace demo;

    if (!db.isOpen())
        return DatabaseError::make(
            DatabaseError::Kind::CannotOpen, QCoreApplication::translate("DemoGenerator", "The database is not open."));
    if (options.members < 100 || options.members > 1000000)
        return DatabaseError::make(DatabaseError::Kind::Query,
            QCoreApplication::translate("DemoGenerator", "The demo needs between 100 and 1,000,000 members, not %1.")
                .arg(options.members));
    if (options.eventsPerMember < 0 || options.eventsPerMember > 1000)
        return DatabaseError::make(DatabaseError::Kind::Query,
            QCoreApplication::translate(
                "DemoGenerator", "The demo needs between 0 and 1,000 events per member, not %1.")
                .arg(options.eventsPerMember));

    DemoOptions opts = options;
    if (opts.eventsPerMember <= 0)
        opts.eventsPerMember = DefaultEventsPerMember;
    const QDate today = opts.today.isValid() ? opts.today : QDate::currentDate();

    DemoWriter writer(db.connection());
    DemoState s(opts, today, writer, progress);
    s.enterBand(0, 1, QCoreApplication::translate("DemoGenerator", "Checking the database"));
    if (s.cancelled)
        return s.cancelledError();
    if (const QString missing = s.words.load(); !missing.isEmpty())
        return DatabaseError::make(DatabaseError::Kind::Query, missing);
    if (auto err = writer.begin())
        return err;
    if (auto err = writer.suspendIndexes())
        return err;

    struct Phase
    {
        DatabaseError (*run)(DemoState &);
        int from;
        int to;
        const char *stage;
    };
    const Phase phases[] = {
        { writeDimensions, 1, 2,
            QT_TRANSLATE_NOOP("DemoGenerator", "Writing tiers, teams, staff, channels and regions") },
        { planPeople, 2, 8, QT_TRANSLATE_NOOP("DemoGenerator", "Planning groups and members") },
        { writeMembers, 8, 20, QT_TRANSLATE_NOOP("DemoGenerator", "Writing members") },
        { writeTagsAndPoints, 20, 28, QT_TRANSLATE_NOOP("DemoGenerator", "Writing tags and points") },
        { writeGroupsAndMemberships, 28, 34, QT_TRANSLATE_NOOP("DemoGenerator", "Writing groups and memberships") },
        { writeContent, 34, 36, QT_TRANSLATE_NOOP("DemoGenerator", "Writing the content library") },
        { writeEvents, 36, 84, QT_TRANSLATE_NOOP("DemoGenerator", "Writing 90 days of activity") },
        { writeCalendar, 84, 88, QT_TRANSLATE_NOOP("DemoGenerator", "Writing the content calendar and SOPs") },
        { writeOnboarding, 88, 89, QT_TRANSLATE_NOOP("DemoGenerator", "Writing onboarding flows") },
        { writeFunnels, 89, 90, QT_TRANSLATE_NOOP("DemoGenerator", "Writing funnels") },
    };
    for (const Phase &phase : phases) {
        s.enterBand(phase.from, phase.to, QCoreApplication::translate("DemoGenerator", phase.stage));
        if (s.cancelled)
            return s.cancelledError();
        const DatabaseError err = phase.run(s);
        if (s.cancelled)
            return s.cancelledError();
        if (err)
            return err;
    }

    s.enterBand(90, 96, QCoreApplication::translate("DemoGenerator", "Building the search and indexes"));
    if (s.cancelled)
        return s.cancelledError();
    if (auto err = writer.restoreIndexes([&s](double done) { return s.report(done); }))
        return s.cancelled ? s.cancelledError() : err;

    // Stage history as if the operation had recorded its stages every week: the lifecycle engine
    // replayed over the written activity, oldest week first, then today. Eleven weeks back the
    // 14-day zombie window still lies inside the 90 days of activity. Needs the event indexes,
    // hence after restoreIndexes; it joins the demo's one transaction.
    s.enterBand(96, 99, QCoreApplication::translate("DemoGenerator", "Recording the lifecycle stage history"));
    if (s.cancelled)
        return s.cancelledError();
    constexpr int StageHistoryWeeks = 11;
    StageRepository stages(db.connection());
    for (int week = StageHistoryWeeks; week >= 0; --week) {
        if (auto err = stages.refreshInTransaction(today.addDays(-7 * week)))
            return err;
        if (!s.report(double(StageHistoryWeeks + 1 - week) / (StageHistoryWeeks + 1)))
            return s.cancelledError();
    }
    s.enterBand(99, 99, QCoreApplication::translate("DemoGenerator", "Saving"));
    if (s.cancelled)
        return s.cancelledError();
    if (auto err = writer.commit())
        return err;
    // KOC scores as a nightly recompute would have left them, so the KOC list and the profiles'
    // score breakdowns have figures from the start. Its own transaction, after the demo's: a
    // cancel here keeps the demo and leaves the scores for the KOC dialog's Recompute.
    s.enterBand(99, 100, QCoreApplication::translate("DemoGenerator", "Scoring KOC candidates"));
    if (auto err = KocRepository(db.connection()).recompute(today, nullptr, [&s](int step, int steps) {
            return s.report(double(step) / std::max(1, steps));
        }))
        return s.cancelled ? s.cancelledError() : err;
    s.enterBand(100, 100, QCoreApplication::translate("DemoGenerator", "Done"));
    return {};
}

} // namespace qundesk
