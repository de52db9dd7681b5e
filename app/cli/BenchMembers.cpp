// bench, members table: first page after a filter change on the real schema, next to the sqlite3
// shell running the very statement QunDesk runs (MemberRepository::firstPageSql), so the ratio
// shows what the Qt layer and the paging add, and the absolute figure what the user waits for.
#include "cli/BenchMembers.h"

#include "cli/BenchShell.h"
#include "cli/Cli.h"

#include "storage/Database.h"
#include "storage/MemberRepository.h"

#include <QElapsedTimer>
#include <QJsonArray>

namespace qundesk::cli {

namespace {

struct Case
{
    QString name;
    MemberFilter filter;
    MemberSort sort = MemberSort::FirstJoined;
    Qt::SortOrder order = Qt::DescendingOrder;    // the page's first sort: newest members first
};

struct Result
{
    QString name;
    double pageMs = -1;
    double shellMs = -1;
    double cappedCountMs = -1;
    double countMs = -1;
    qint64 count = 0;
    bool capped = false;
};

QString fmt(double ms)
{
    return ms < 0 ? QStringLiteral("-") : QString::number(ms, 'f', ms < 10 ? 2 : 1);
}

template<typename F>
double timed(int runs, F &&f, bool *ok)
{
    QList<double> times;
    // runs = 0: one cold run, timed.
    for (int i = runs > 0 ? 0 : 1; i <= std::max(runs, 1); ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!f()) {
            *ok = false;
            return -1;
        }
        if (i > 0)
            times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

QList<Case> casesFor(const MemberSamples &sample)
{
    const QString name = sample.name;
    const QString nickname = sample.nickname;
    const QString phone = sample.phone;

    QList<Case> cases;
    cases.append({QStringLiteral("no filter"), {}});
    MemberFilter f;
    f.search = name.left(1).isEmpty() ? QStringLiteral("王") : name.left(1);
    cases.append({QStringLiteral("search 1 char (%1)").arg(f.search), f});
    f.search = name.left(2);
    cases.append({QStringLiteral("search 2 chars (%1)").arg(f.search), f});
    // The shop name of a nickname such as 温州-如意美妆店-沈晨秀: a trigram search.
    f.search = nickname.section(u'-', 1, 1).left(4);
    if (f.search.size() < 3)
        f.search = nickname.left(3);
    cases.append({QStringLiteral("search 3+ chars (%1)").arg(f.search), f});
    f.search = phone.right(4);
    cases.append({QStringLiteral("phone digits (%1)").arg(f.search), f});
    f = {};
    f.identity = IdentityType::Store;
    f.verification = VerificationStatus::Verified;
    cases.append({QStringLiteral("identity+verification"), f});
    f = {};
    f.channelId = sample.channelId;
    cases.append({QStringLiteral("channel"), f});
    f = {};
    f.regionId = sample.regionId;
    cases.append({QStringLiteral("region"), f});
    f = {};
    f.tierId = sample.tierId;
    cases.append({QStringLiteral("tier"), f});
    f = {};
    f.tagId = sample.tagId;
    cases.append({QStringLiteral("tag"), f});
    f = {};
    f.groupId = sample.groupId;
    cases.append({QStringLiteral("group"), f});
    f = {};
    f.withoutGroup = true;
    cases.append({QStringLiteral("in no group"), f});
    f = {};
    f.koc = true;
    cases.append({QStringLiteral("KOC"), f});
    f = {};
    f.blacklisted = true;
    cases.append({QStringLiteral("blacklisted"), f});
    f = {};
    f.pointsMin = 100;
    f.pointsMax = 500;
    cases.append({QStringLiteral("points 100-500"), f});
    f = {};
    f.activeWithinDays = 7;
    cases.append({QStringLiteral("active within 7 days"), f});
    f.identity = IdentityType::Store;
    f.pointsMin = 100;
    cases.append({QStringLiteral("store+active 7d+points>=100"), f});
    cases.append({QStringLiteral("sort name asc"), {}, MemberSort::DisplayName, Qt::AscendingOrder});
    cases.append({QStringLiteral("sort points desc"), {}, MemberSort::Points, Qt::DescendingOrder});
    cases.append({QStringLiteral("sort first joined asc"), {}, MemberSort::FirstJoined, Qt::AscendingOrder});
    return cases;
}

} // namespace

void benchMembers(Cli &cli, Database &db, int runs, const QDate &today, QJsonObject *json)
{
    constexpr int PageRows = 200;
    constexpr qint64 Cap = 10000;
    const QSqlDatabase conn = db.connection();
    MemberRepository repo(conn);
    repo.setToday(today);
    QList<Result> results;
    QString problem;
    QStringList statements;
    MemberSamples sample;
    if (const DatabaseError err = repo.samples(&sample))
        problem = err.message;
    for (const Case &c : casesFor(sample)) {
        Result r;
        r.name = c.name;
        bool ok = true;
        r.pageMs = timed(runs, [&] {
            QList<MemberRow> rows;
            return !repo.page(c.filter, c.sort, c.order, std::nullopt, PageRows, &rows);
        }, &ok);
        // Counts are slower and run behind the page on the worker: time them once (after the
        // page warmed the cache), a scan of a million rows per run would make the bench crawl.
        r.cappedCountMs = timed(0, [&] { return !repo.countUpTo(c.filter, Cap, &r.count, &r.capped); }, &ok);
        r.countMs = timed(0, [&] { return !repo.count(c.filter, &r.count); }, &ok);
        if (!ok)
            problem = QStringLiteral("a members query failed on case '%1'").arg(c.name);
        results.append(r);
        statements.append(repo.firstPageSql(c.filter, c.sort, c.order, PageRows) + u';');
    }
    QString shellProblem;
    const QList<double> baselines = shellMedians(db.path(), statements, runs, &shellProblem);
    for (qsizetype i = 0; i < baselines.size() && i < results.size(); ++i)
        results[i].shellMs = baselines.at(i);
    if (problem.isEmpty())
        problem = shellProblem;

    if (json) {
        QJsonArray rows;
        for (const Result &r : results) {
            rows.append(QJsonObject{{QStringLiteral("figure"), QString(QStringLiteral("members first page: ") + r.name)},
                                    {QStringLiteral("ms"), r.pageMs},
                                    {QStringLiteral("baseline"), QStringLiteral("sqlite3 shell, same SELECT ... LIMIT 200")},
                                    {QStringLiteral("baseline_ms"), r.shellMs < 0 ? QJsonValue() : QJsonValue(r.shellMs)},
                                    {QStringLiteral("count_capped_ms"), r.cappedCountMs},
                                    {QStringLiteral("count_ms"), r.countMs},
                                    {QStringLiteral("count"), QJsonValue(r.count)}});
        }
        json->insert(QStringLiteral("member_filters"), rows);
        if (!problem.isEmpty())
            json->insert(QStringLiteral("member_filters_problem"), problem);
        return;
    }
    cli.out(QString());
    cli.out(QStringLiteral("members table, first page of %1 rows after a filter change (median of %2 warm runs, ms; "
                           "counts: one run)").arg(PageRows).arg(runs));
    cli.out(QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                .arg(QStringLiteral("filter"), -32).arg(QStringLiteral("qundesk"), 9).arg(QStringLiteral("sqlite3"), 9)
                .arg(QStringLiteral("ratio"), 7).arg(QStringLiteral("count≤10k"), 10).arg(QStringLiteral("count"), 9)
                .arg(QStringLiteral("members"), 9));
    for (const Result &r : results) {
        const QString ratio = r.shellMs > 0 ? QString::number(r.pageMs / r.shellMs, 'f', 2) + u'x' : QStringLiteral("-");
        cli.out(QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                    .arg(r.name, -32).arg(fmt(r.pageMs), 9).arg(fmt(r.shellMs), 9).arg(ratio, 7)
                    .arg(fmt(r.cappedCountMs), 10).arg(fmt(r.countMs), 9).arg(r.count, 9));
    }
    if (!problem.isEmpty())
        cli.err(QStringLiteral("qundesk-cli: members bench: ") + problem);
}

} // namespace qundesk::cli
