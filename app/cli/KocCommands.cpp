// koc: KOC scores (koc recompute, koc show, koc flag, koc unflag) and `report koc`, the
// candidates and the unflag suggestions of the last recompute.
#include "cli/Cli.h"

#include "storage/KocRepository.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <ctime>

namespace qundesk::cli {

namespace {

bool readDay(Cli &cli, const QCommandLineParser &parser, const QCommandLineOption &option, QDate *day, int *rc)
{
    *day = QDate::currentDate();
    if (!parser.isSet(option))
        return true;
    *day = QDate::fromString(parser.value(option), Qt::ISODate);
    if (day->isValid())
        return true;
    *rc = cli.fail(ExitUsage, QStringLiteral("--%1 must be a date like 2026-11-23, not '%2'")
                                  .arg(option.names().constFirst(), parser.value(option)));
    return false;
}

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

QString pct(double fraction)
{
    return QString::number(fraction * 100.0, 'f', 1) + QLatin1Char('%');
}

QJsonObject breakdownJson(const KocBreakdown &b)
{
    QJsonObject o;
    for (const KocComponentScore &c : b.components) {
        o.insert(kocComponentCode(c.component), QJsonObject{{QStringLiteral("count"), c.count},
                                                            {QStringLiteral("decayed"), round2(c.decayed)},
                                                            {QStringLiteral("points"), round2(c.points)}});
    }
    return o;
}

QJsonObject entryJson(const KocListEntry &e)
{
    return QJsonObject{
        {QStringLiteral("member_id"), e.memberId},
        {QStringLiteral("name"), e.displayName},
        {QStringLiteral("koc"), e.koc},
        {QStringLiteral("score"), round2(e.score)},
        {QStringLiteral("threshold"), round2(e.threshold)},
        {QStringLiteral("percentile_overall"), round2(e.pctOverall * 100)},
        {QStringLiteral("group"), e.groupId > 0 ? QJsonValue(QJsonObject{{QStringLiteral("id"), e.groupId},
                                                                          {QStringLiteral("name"), e.groupName}})
                                                : QJsonValue()},
        {QStringLiteral("percentile_group"), e.groupId > 0 ? QJsonValue(round2(e.pctGroup * 100)) : QJsonValue()},
        {QStringLiteral("below_since"), e.belowSince.isValid() ? QJsonValue(e.belowSince.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("breakdown"), breakdownJson(e.breakdown)},
    };
}

QString entryLine(const KocListEntry &e)
{
    QString line = QStringLiteral("  %1  %2  score %3 (bar %4)  overall %5")
                       .arg(e.memberId, 8)
                       .arg(e.displayName)
                       .arg(e.score, 0, 'f', 1)
                       .arg(e.threshold, 0, 'f', 1)
                       .arg(pct(e.pctOverall));
    if (e.groupId > 0)
        line += QStringLiteral("  %1 %2").arg(e.groupName, pct(e.pctGroup));
    if (e.belowSince.isValid())
        line += QStringLiteral("  below since %1").arg(e.belowSince.toString(Qt::ISODate));
    return line;
}

QJsonObject runJson(const KocRunInfo &r)
{
    return QJsonObject{
        {QStringLiteral("computed_at"), r.computedAt},
        {QStringLiteral("as_of"), r.asOf.toString(Qt::ISODate)},
        {QStringLiteral("members"), r.members},
        {QStringLiteral("scored"), r.scored},
        {QStringLiteral("overall_cutoff"), round2(r.overallCutoff)},
        {QStringLiteral("candidates"), r.candidates},
        {QStringLiteral("unflag_suggestions"), r.unflagSuggestions},
        {QStringLiteral("elapsed_ms"), r.elapsedMs},
    };
}

int kocRecompute(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption asOf(QStringLiteral("as-of"), QStringLiteral("Score as of this day, YYYY-MM-DD (default: today)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption timings(QStringLiteral("timings"), QStringLiteral("Print the wall and CPU time of each step to stderr."));
    parser.addOptions({json, asOf, timings});
    if (int rc = cli.parse(parser, QStringLiteral("koc recompute"),
            QStringLiteral("Score every member from their activity (weights, daily caps and half-life from the "
                           "koc.* settings) and store the scores, percentiles and unflag state in one transaction."),
            args); rc >= 0)
        return rc;
    if (!parser.positionalArguments().isEmpty())
        return cli.fail(ExitUsage, QStringLiteral("koc recompute takes no arguments"));
    QDate day;
    if (int rc = 0; !readDay(cli, parser, asOf, &day, &rc))
        return rc;
    Database db;
    if (!cli.open(db))
        return ExitData;
    KocRunInfo run;
    // --timings: the progress callback marks where each step starts.
    QElapsedTimer wall;
    wall.start();
    int current = -1;
    qint64 stepWall = 0;
    std::clock_t stepCpu = std::clock();
    auto mark = [&](int step) {
        if (current >= 0) {
            Cli::err(QStringLiteral("step %1: %2 ms wall, %3 ms CPU")
                         .arg(current).arg(wall.elapsed() - stepWall)
                         .arg(qint64(std::clock() - stepCpu) * 1000 / CLOCKS_PER_SEC));
        }
        current = step;
        stepWall = wall.elapsed();
        stepCpu = std::clock();
    };
    KocRepository::Progress progress;
    if (parser.isSet(timings)) {
        progress = [&](int step, int) {
            if (step != current)
                mark(step);
            return true;
        };
    }
    if (const DatabaseError error = KocRepository(db.connection()).recompute(day, &run, progress))
        return cli.fail(ExitData, error.message);
    if (parser.isSet(json)) {
        Cli::json(QJsonDocument(runJson(run)));
    } else {
        Cli::out(QStringLiteral("Scored %1 members (%2 with activity) as of %3 in %4 ms.\n"
                                "Operation-wide top %5%: score %6 or more (minimum %7).\n"
                                "%8 KOC candidates, %9 KOCs suggested for unflagging (qundesk-cli report koc).")
                     .arg(run.members).arg(run.scored).arg(run.asOf.toString(Qt::ISODate)).arg(run.elapsedMs)
                     .arg(run.settings.topPercent).arg(run.overallCutoff, 0, 'f', 1).arg(run.settings.minScore)
                     .arg(run.candidates).arg(run.unflagSuggestions));
    }
    return ExitOk;
}

int kocShow(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("MEMBER_ID"), QStringLiteral("The member."));
    if (int rc = cli.parse(parser, QStringLiteral("koc show"),
            QStringLiteral("One member's score: each component's count, decayed total and points, percentiles."), args); rc >= 0)
        return rc;
    bool ok = false;
    const qint64 id = parser.positionalArguments().size() == 1 ? parser.positionalArguments().constFirst().toLongLong(&ok) : 0;
    if (!ok || id <= 0)
        return cli.fail(ExitUsage, QStringLiteral("koc show needs one member id"));
    Database db;
    if (!cli.open(db))
        return ExitData;
    KocMemberScore s;
    if (const DatabaseError error = KocRepository(db.connection()).memberScore(id, QDate::currentDate(), &s))
        return cli.fail(ExitData, error.message);
    if (!s.scored)
        return cli.fail(ExitData, QStringLiteral("member %1 has no score yet: run qundesk-cli koc recompute").arg(id));
    if (parser.isSet(json)) {
        QJsonArray groups;
        for (const KocGroupRank &g : std::as_const(s.groups)) {
            groups.append(QJsonObject{{QStringLiteral("id"), g.groupId}, {QStringLiteral("name"), g.groupName},
                                      {QStringLiteral("members"), g.members},
                                      {QStringLiteral("percentile"), round2(g.percentile * 100)},
                                      {QStringLiteral("cutoff"), round2(g.cutoff)}});
        }
        Cli::json(QJsonDocument(QJsonObject{
            {QStringLiteral("member_id"), id}, {QStringLiteral("name"), s.displayName}, {QStringLiteral("koc"), s.koc},
            {QStringLiteral("score"), round2(s.score)}, {QStringLiteral("threshold"), round2(s.threshold)},
            {QStringLiteral("percentile_overall"), round2(s.pctOverall * 100)},
            {QStringLiteral("candidate"), s.candidate}, {QStringLiteral("suggest_unflag"), s.suggestUnflag},
            {QStringLiteral("computed_at"), s.computedAt}, {QStringLiteral("breakdown"), breakdownJson(s.breakdown)},
            {QStringLiteral("groups"), groups}}));
        return ExitOk;
    }
    QString text = QStringLiteral("%1 (member %2)%3: score %4, bar %5, overall percentile %6\n")
                       .arg(s.displayName).arg(id).arg(s.koc ? QStringLiteral(" KOC") : QString())
                       .arg(s.score, 0, 'f', 2).arg(s.threshold, 0, 'f', 2).arg(pct(s.pctOverall));
    for (const KocComponentScore &c : s.breakdown.components) {
        text += QStringLiteral("  %1 %2 -> %3 -> %4 points\n")
                    .arg(kocComponentCode(c.component), -14).arg(c.count, 6).arg(c.decayed, 8, 'f', 2).arg(c.points, 6, 'f', 2);
    }
    for (const KocGroupRank &g : std::as_const(s.groups))
        text += QStringLiteral("  in %1: percentile %2 of %3 members\n").arg(g.groupName, pct(g.percentile)).arg(g.members);
    text += QStringLiteral("computed at %1").arg(s.computedAt);
    Cli::out(text);
    return ExitOk;
}

int kocFlag(Cli &cli, const QStringList &args, bool koc)
{
    const QString command = koc ? QStringLiteral("koc flag") : QStringLiteral("koc unflag");
    QCommandLineParser parser;
    const QCommandLineOption reason(QStringLiteral("reason"), QStringLiteral("Why (required; recorded on the member and in the audit log)."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions({reason, json});
    parser.addPositionalArgument(QStringLiteral("MEMBER_ID"), QStringLiteral("Members to change, all or none."),
                                 QStringLiteral("MEMBER_ID [MEMBER_ID...]"));
    if (int rc = cli.parse(parser, command,
            koc ? QStringLiteral("Mark members as KOC in one transaction, with a reason and an audit entry each.")
                : QStringLiteral("Remove the KOC mark from members in one transaction, with a reason and an audit entry each."),
            args); rc >= 0)
        return rc;
    QList<qint64> ids;
    for (const QString &arg : parser.positionalArguments()) {
        bool ok = false;
        const qint64 id = arg.toLongLong(&ok);
        if (!ok || id <= 0)
            return cli.fail(ExitUsage, QStringLiteral("'%1' is not a member id").arg(arg));
        ids.append(id);
    }
    if (ids.isEmpty())
        return cli.fail(ExitUsage, QStringLiteral("%1 needs at least one MEMBER_ID").arg(command));
    if (parser.value(reason).trimmed().isEmpty())
        return cli.fail(ExitUsage, QStringLiteral("%1 needs --reason TEXT").arg(command));
    Database db;
    if (!cli.open(db))
        return ExitData;
    int changed = 0;
    if (const DatabaseError error = KocRepository(db.connection()).setKoc(ids, koc, parser.value(reason), &changed))
        return cli.fail(ExitData, error.message);
    if (parser.isSet(json)) {
        QJsonArray list;
        for (qint64 id : std::as_const(ids))
            list.append(id);
        Cli::json(QJsonDocument(QJsonObject{{QStringLiteral("members"), list}, {QStringLiteral("koc"), koc},
                                            {QStringLiteral("changed"), changed}}));
    } else {
        Cli::out(QStringLiteral("%1 of %2 member(s) %3.").arg(changed).arg(ids.size())
                     .arg(koc ? QStringLiteral("newly marked as KOC") : QStringLiteral("no longer KOC")));
    }
    return ExitOk;
}

} // namespace

int runKoc(Cli &cli, const QStringList &args)
{
    static const QString usage = QStringLiteral(
        "Usage: qundesk-cli [--db FILE] koc SUBCOMMAND [options]\n\n"
        "Subcommands:\n"
        "  recompute               score every member (--json, --as-of YYYY-MM-DD)\n"
        "  show MEMBER_ID          one member's score breakdown (--json)\n"
        "  flag MEMBER_ID...       mark as KOC (--reason TEXT required, --json)\n"
        "  unflag MEMBER_ID...     remove the KOC mark (--reason TEXT required, --json)\n"
        "See also: qundesk-cli report koc (candidates and unflag suggestions).\n");
    if (args.isEmpty())
        return cli.fail(ExitUsage, QStringLiteral("koc needs a subcommand.\n") + usage);
    const QString sub = args.first();
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        Cli::out(usage);
        return ExitOk;
    }
    if (sub == QLatin1String("recompute"))
        return kocRecompute(cli, args.mid(1));
    if (sub == QLatin1String("show"))
        return kocShow(cli, args.mid(1));
    if (sub == QLatin1String("flag") || sub == QLatin1String("unflag"))
        return kocFlag(cli, args.mid(1), sub == QLatin1String("flag"));
    return cli.fail(ExitUsage, QStringLiteral("unknown koc subcommand '%1'.\n").arg(sub) + usage);
}

int reportKoc(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption group(QStringLiteral("group"), QStringLiteral("Only this group's members (id), ranked within it."),
                                   QStringLiteral("G"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N of each list (default 50; 0: all)."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption today(QStringLiteral("today"), QStringLiteral("Judge the unflag period as of this day (default: today)."),
                                   QStringLiteral("DATE"));
    parser.addOptions({json, group, limit, today});
    if (int rc = cli.parse(parser, QStringLiteral("report koc"),
            QStringLiteral("KOC candidates (top members not yet flagged) and KOCs suggested for unflagging, from the "
                           "last `qundesk-cli koc recompute`."),
            args); rc >= 0)
        return rc;
    if (!parser.positionalArguments().isEmpty())
        return cli.fail(ExitUsage, QStringLiteral("report koc takes no arguments"));
    bool ok = false;
    const int n = parser.value(limit).toInt(&ok);
    if (!ok || n < 0)
        return cli.fail(ExitUsage, QStringLiteral("--limit must be a number of 0 or more, not '%1'").arg(parser.value(limit)));
    qint64 groupId = 0;
    if (parser.isSet(group)) {
        groupId = parser.value(group).toLongLong(&ok);
        if (!ok || groupId <= 0)
            return cli.fail(ExitUsage, QStringLiteral("--group must be a group id, not '%1'").arg(parser.value(group)));
    }
    QDate day;
    if (int rc = 0; !readDay(cli, parser, today, &day, &rc))
        return rc;
    Database db;
    if (!cli.open(db))
        return ExitData;
    KocRepository repo(db.connection());
    KocRunInfo run;
    bool exists = false;
    if (const DatabaseError error = repo.lastRun(&run, &exists))
        return cli.fail(ExitData, error.message);
    if (!exists)
        return cli.fail(ExitData, QStringLiteral("no KOC scores yet: run qundesk-cli koc recompute first"));
    QList<KocListEntry> candidates;
    QList<KocListEntry> unflag;
    if (const DatabaseError error = repo.candidates(groupId, n, &candidates))
        return cli.fail(ExitData, error.message);
    if (const DatabaseError error = repo.unflagSuggestions(day, groupId, n, &unflag))
        return cli.fail(ExitData, error.message);
    if (parser.isSet(json)) {
        QJsonArray c;
        for (const KocListEntry &e : std::as_const(candidates))
            c.append(entryJson(e));
        QJsonArray u;
        for (const KocListEntry &e : std::as_const(unflag))
            u.append(entryJson(e));
        Cli::json(QJsonDocument(QJsonObject{{QStringLiteral("run"), runJson(run)},
                                            {QStringLiteral("group"), groupId > 0 ? QJsonValue(groupId) : QJsonValue()},
                                            {QStringLiteral("candidates"), c},
                                            {QStringLiteral("unflag_suggestions"), u}}));
        return ExitOk;
    }
    QString text = QStringLiteral("Scores as of %1 (computed %2).\nCandidates (%3 shown; flag with: qundesk-cli koc flag ID --reason R):\n")
                       .arg(run.asOf.toString(Qt::ISODate), run.computedAt).arg(candidates.size());
    for (const KocListEntry &e : std::as_const(candidates))
        text += entryLine(e) + QLatin1Char('\n');
    text += QStringLiteral("Suggested for unflagging (below %1 x their bar for %2+ days; %3 shown):\n")
                .arg(run.settings.unflagFactor).arg(run.settings.unflagDays).arg(unflag.size());
    for (const KocListEntry &e : std::as_const(unflag))
        text += entryLine(e) + QLatin1Char('\n');
    Cli::out(text);
    return ExitOk;
}

} // namespace qundesk::cli
