#include "storage/KocRepository.h"

#include "domain/Member.h"
#include "storage/AuditRepository.h"
#include "storage/MemberRepository.h"
#include "storage/Query.h"
#include "storage/RawSqlite.h"
#include "storage/SettingsRepository.h"
#include "storage/SqlTransaction.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

#include <cmath>
#include <limits>
#include <unordered_map>
#include <vector>
#include <algorithm>

namespace qundesk {

namespace {

QString key(const char *k)
{
    return QString::fromLatin1(k);
}

QString nowText()
{
    return toDbTime(QDateTime::currentDateTime());
}

// The member_scores column suffix of each component.
constexpr const char *ScoreSuffixes[KocComponentCount] = {
    "messages", "replies", "content", "referrals", "participation", "purchases", "spend",
};

QString suffix(int i)
{
    return QString::fromLatin1(ScoreSuffixes[i]);
}

// "n_messages, ..., d_spend" for member_scores, in component order.
QString scoreColumns(const QString &alias = {})
{
    QStringList cols;
    for (const char *prefix : {"n_", "d_"}) {
        for (int i = 0; i < KocComponentCount; ++i)
            cols << alias + QString::fromLatin1(prefix) + suffix(i);
    }
    return cols.join(QStringLiteral(", "));
}

QJsonObject settingsJson(const KocSettings &s)
{
    QJsonObject weights;
    QJsonObject caps;
    for (KocComponent c : allKocComponents()) {
        weights.insert(kocComponentCode(c), s.weight(c));
        caps.insert(kocComponentCode(c), s.dailyCap(c));
    }
    return QJsonObject{{QStringLiteral("weights"), weights},
                       {QStringLiteral("daily_caps"), caps},
                       {QStringLiteral("half_life_days"), s.halfLifeDays},
                       {QStringLiteral("top_percent"), s.topPercent},
                       {QStringLiteral("min_score"), s.minScore},
                       {QStringLiteral("unflag_factor"), s.unflagFactor},
                       {QStringLiteral("unflag_days"), s.unflagDays}};
}

KocSettings settingsFromJson(const QJsonObject &o)
{
    KocSettings s;
    const QJsonObject weights = o.value(QStringLiteral("weights")).toObject();
    const QJsonObject caps = o.value(QStringLiteral("daily_caps")).toObject();
    for (KocComponent c : allKocComponents()) {
        s.weights[size_t(c)] = weights.value(kocComponentCode(c)).toDouble(s.weight(c));
        s.dailyCaps[size_t(c)] = caps.value(kocComponentCode(c)).toInt(s.dailyCap(c));
    }
    s.halfLifeDays = o.value(QStringLiteral("half_life_days")).toDouble(s.halfLifeDays);
    s.topPercent = o.value(QStringLiteral("top_percent")).toDouble(s.topPercent);
    s.minScore = o.value(QStringLiteral("min_score")).toDouble(s.minScore);
    s.unflagFactor = o.value(QStringLiteral("unflag_factor")).toDouble(s.unflagFactor);
    s.unflagDays = o.value(QStringLiteral("unflag_days")).toInt(s.unflagDays);
    return s;
}

// Reads a number; keeps the default when absent, not a number or outside [lo, hi].
template<typename T>
DatabaseError readNumber(SettingsRepository &repo, const QString &k, T lo, T hi, T *value)
{
    QString text;
    if (auto err = repo.get(k, QString(), &text))
        return err;
    bool ok = false;
    const double parsed = text.toDouble(&ok);
    if (ok && std::isfinite(parsed) && parsed >= double(lo) && parsed <= double(hi))
        *value = T(parsed);
    return {};
}

// sqlite3_progress_handler callback: lets a long statement be cancelled.
struct ProgressContext
{
    const KocRepository::Progress *progress = nullptr;
    int step = 0;
    int steps = 0;
    bool cancelled = false;
};

int onSqliteProgress(void *context)
{
    auto *ctx = static_cast<ProgressContext *>(context);
    if (!ctx->cancelled && !(*ctx->progress)(ctx->step, ctx->steps))
        ctx->cancelled = true;
    return ctx->cancelled ? 1 : 0;
}

// Installs the handler for its lifetime.
class ProgressGuard final
{
    Q_DISABLE_COPY_MOVE(ProgressGuard)

public:
    ProgressGuard(sqlite3 *handle, ProgressContext *ctx)
        : m_handle(handle)
    {
        if (m_handle && ctx->progress && *ctx->progress)
            sqlite3_progress_handler(m_handle, 200000, onSqliteProgress, ctx);
    }
    ~ProgressGuard()
    {
        if (m_handle)
            sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
    }

private:
    sqlite3 *m_handle;
};

// Streams member_days in primary-key order (one member after another, no sort) up to the
// as-of day, applies KocScore's own formula per member and writes one koc_agg row for each
// member with activity. C++ rather than SQL: the same arithmetic in SQL (julianday() and
// exp() per row, 14 running sums) cost 15 s of CPU on the 7 million rows of the
// 1,000,000-member demo; this loop reads them in a fraction of that.
DatabaseError aggregateActivity(sqlite3 *h, const QDate &asOf, const KocSettings &s, const ProgressContext &ctx)
{
    auto fail = [h](const char *what) {
        return raw::errorFromCode(sqlite3_errcode(h), QString::fromLatin1(what) + QStringLiteral(": ")
                                                          + QString::fromUtf8(sqlite3_errmsg(h)));
    };
    sqlite3_stmt *read = nullptr;
    sqlite3_stmt *write = nullptr;
    const char *readSql = "SELECT member_id, day, messages, replies, content, referrals, participation, purchases, "
                          "gmv_fen FROM member_days WHERE day <= ?1";
    const QByteArray writeSql = QStringLiteral("INSERT INTO temp.koc_agg (member_id, score, %1) VALUES "
                                               "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)")
                                    .arg(scoreColumns()).toUtf8();
    if (sqlite3_prepare_v2(h, readSql, -1, &read, nullptr) != SQLITE_OK)
        return fail("read the member activity rollup");
    if (sqlite3_prepare_v2(h, writeSql.constData(), -1, &write, nullptr) != SQLITE_OK) {
        sqlite3_finalize(read);
        return fail("prepare the member scores");
    }
    const QByteArray day = asOf.toString(Qt::ISODate).toLatin1();
    sqlite3_bind_text(read, 1, day.constData(), int(day.size()), SQLITE_TRANSIENT);

    const qint64 asOfJd = asOf.toJulianDay();
    // Decay per calendar day (yyyymmdd): a few hundred distinct days at most.
    std::unordered_map<int, double> factors;
    auto factorOf = [&](const unsigned char *text, int len) {
        if (len < 10)
            return 0.0;
        auto digits = [text](int from, int n) {
            int v = 0;
            for (int i = from; i < from + n; ++i)
                v = v * 10 + (text[i] - '0');
            return v;
        };
        const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
        const int key = y * 10000 + m * 100 + d;
        const auto it = factors.find(key);
        if (it != factors.end())
            return it->second;
        const QDate date(y, m, d);
        const double f = date.isValid() ? kocDecay(asOfJd - date.toJulianDay(), s.halfLifeDays) : 0.0;
        factors.emplace(key, f);
        return f;
    };

    qint64 member = 0;
    std::array<qint64, KocComponentCount> counts{};
    std::array<double, KocComponentCount> decayed{};
    auto flush = [&]() -> bool {
        if (member == 0)
            return true;
        const KocBreakdown b = kocBreakdownFromTotals(counts, decayed, s);
        sqlite3_bind_int64(write, 1, member);
        sqlite3_bind_double(write, 2, b.score);
        for (int i = 0; i < KocComponentCount; ++i) {
            sqlite3_bind_int64(write, 3 + i, counts[size_t(i)]);
            sqlite3_bind_double(write, 3 + KocComponentCount + i, decayed[size_t(i)]);
        }
        const int rc = sqlite3_step(write);
        sqlite3_reset(write);
        counts.fill(0);
        decayed.fill(0);
        return rc == SQLITE_DONE;
    };

    DatabaseError err;
    int rc = SQLITE_ROW;
    constexpr int Spend = int(KocComponent::Spend);
    while ((rc = sqlite3_step(read)) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(read, 0);
        if (id != member) {
            if (!flush()) {
                err = fail("store the member scores");
                break;
            }
            member = id;
        }
        const double f = factorOf(sqlite3_column_text(read, 1), sqlite3_column_bytes(read, 1));
        for (int i = 0; i < KocComponentCount; ++i) {
            qint64 v = sqlite3_column_int64(read, 2 + i);
            if (i == Spend)
                v /= 100;   // whole CNY of the day, as kocScore() counts them
            const int cap = s.dailyCaps[size_t(i)];
            counts[size_t(i)] += v;
            decayed[size_t(i)] += double(cap > 0 ? std::min<qint64>(v, cap) : v) * f;
        }
    }
    if (!err && rc != SQLITE_DONE)
        err = ctx.cancelled ? DatabaseError::make(DatabaseError::Kind::Query, QStringLiteral("cancelled"))
                            : fail("read the member activity rollup");
    if (!err && !flush())
        err = fail("store the member scores");
    sqlite3_finalize(read);
    sqlite3_finalize(write);
    return err;
}

// Ranks every member in C++ from koc_agg: fills koc_s (member_id, score, blacklisted, is_koc,
// pct_overall) and koc_mg (member_id, best group, percentile there, lowest group cutoff), both
// written in member order, and returns the operation-wide cutoff. The same figures as SQL's
// percent_rank() over the population and over each group's open members; computed here because
// the window functions and groupings over a million memberships cost 15 s of CPU on the
// 1,000,000-member demo, and sorting plain arrays costs well under one.
DatabaseError rankMembers(sqlite3 *h, const KocSettings &s, double *overallCutoff)
{
    auto fail = [h](const char *what) {
        return raw::errorFromCode(sqlite3_errcode(h), QString::fromLatin1(what) + QStringLiteral(": ")
                                                          + QString::fromUtf8(sqlite3_errmsg(h)));
    };
    struct Statement
    {
        sqlite3_stmt *stmt = nullptr;
        ~Statement() { sqlite3_finalize(stmt); }
    };
    // Every member with its score.
    std::vector<qint64> ids;
    std::vector<double> scores;
    std::vector<char> blacklisted;
    std::vector<char> koc;
    {
        Statement read;
        if (sqlite3_prepare_v2(h, "SELECT m.id, coalesce(a.score, 0), m.blacklisted, m.is_koc FROM members m "
                                  "LEFT JOIN temp.koc_agg a ON a.member_id = m.id ORDER BY m.id", -1, &read.stmt, nullptr) != SQLITE_OK)
            return fail("read the members to rank");
        int rc;
        while ((rc = sqlite3_step(read.stmt)) == SQLITE_ROW) {
            ids.push_back(sqlite3_column_int64(read.stmt, 0));
            scores.push_back(sqlite3_column_double(read.stmt, 1));
            blacklisted.push_back(char(sqlite3_column_int(read.stmt, 2) != 0));
            koc.push_back(char(sqlite3_column_int(read.stmt, 3) != 0));
        }
        if (rc != SQLITE_DONE)
            return fail("read the members to rank");
    }
    // Overall: the share of the other non-blacklisted members scoring lower.
    std::vector<double> sorted;
    sorted.reserve(scores.size());
    for (size_t i = 0; i < scores.size(); ++i) {
        if (!blacklisted[i])
            sorted.push_back(scores[i]);
    }
    std::sort(sorted.begin(), sorted.end());
    const auto population = qint64(sorted.size());
    *overallCutoff = population > 0 ? sorted[size_t(population - kocTopCount(int(population), s.topPercent))] : s.minScore;
    {
        Statement write;
        if (sqlite3_prepare_v2(h, "INSERT INTO temp.koc_s (member_id, score, blacklisted, is_koc, pct) VALUES (?1, ?2, ?3, ?4, ?5)",
                               -1, &write.stmt, nullptr) != SQLITE_OK)
            return fail("store the member ranks");
        for (size_t i = 0; i < ids.size(); ++i) {
            sqlite3_bind_int64(write.stmt, 1, ids[i]);
            sqlite3_bind_double(write.stmt, 2, scores[i]);
            sqlite3_bind_int(write.stmt, 3, blacklisted[i]);
            sqlite3_bind_int(write.stmt, 4, koc[i]);
            if (blacklisted[i]) {
                sqlite3_bind_null(write.stmt, 5);
            } else {
                const auto lower = std::lower_bound(sorted.begin(), sorted.end(), scores[i]) - sorted.begin();
                sqlite3_bind_double(write.stmt, 5, population > 1 ? double(lower) / double(population - 1) : 0.0);
            }
            if (sqlite3_step(write.stmt) != SQLITE_DONE)
                return fail("store the member ranks");
            sqlite3_reset(write.stmt);
        }
    }

    // Groups: every open membership of a member who is not blacklisted.
    struct Entry
    {
        qint64 group;
        size_t member;      // index into ids
        double score;
        double pct = 0;
    };
    std::vector<Entry> entries;
    {
        Statement read;
        if (sqlite3_prepare_v2(h, "SELECT member_id, group_id FROM memberships WHERE left_at IS NULL", -1, &read.stmt, nullptr) != SQLITE_OK)
            return fail("read the open memberships");
        int rc;
        while ((rc = sqlite3_step(read.stmt)) == SQLITE_ROW) {
            const qint64 member = sqlite3_column_int64(read.stmt, 0);
            const auto it = std::lower_bound(ids.begin(), ids.end(), member);
            if (it == ids.end() || *it != member)
                continue;
            const auto index = size_t(it - ids.begin());
            if (!blacklisted[index])
                entries.push_back({sqlite3_column_int64(read.stmt, 1), index, scores[index]});
        }
        if (rc != SQLITE_DONE)
            return fail("read the open memberships");
    }
    std::vector<size_t> order(entries.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&entries](size_t a, size_t b) {
        return entries[a].group != entries[b].group ? entries[a].group < entries[b].group : entries[a].score < entries[b].score;
    });
    std::unordered_map<qint64, double> cutoffs;
    for (size_t from = 0; from < order.size();) {
        size_t to = from;
        while (to < order.size() && entries[order[to]].group == entries[order[from]].group)
            ++to;
        const auto n = qint64(to - from);
        // Ascending within the group: the members scoring lower are those before the first tie.
        size_t firstTie = from;
        for (size_t i = from; i < to; ++i) {
            if (entries[order[i]].score != entries[order[firstTie]].score)
                firstTie = i;
            entries[order[i]].pct = n > 1 ? double(firstTie - from) / double(n - 1) : 0.0;
        }
        cutoffs.emplace(entries[order[from]].group, entries[order[to - size_t(kocTopCount(int(n), s.topPercent))]].score);
        from = to;
    }
    // Per member (entries sorted by member): the best group (highest percentile, then the
    // highest group id) and the lowest cutoff.
    std::sort(order.begin(), order.end(), [&entries](size_t a, size_t b) {
        return entries[a].member != entries[b].member ? entries[a].member < entries[b].member : entries[a].group < entries[b].group;
    });
    Statement write;
    if (sqlite3_prepare_v2(h, "INSERT INTO temp.koc_mg (member_id, group_id, pct, cutoff) VALUES (?1, ?2, ?3, ?4)",
                           -1, &write.stmt, nullptr) != SQLITE_OK)
        return fail("store the group ranks");
    for (size_t from = 0; from < order.size();) {
        const Entry *best = &entries[order[from]];
        double cutoff = cutoffs[best->group];
        size_t to = from + 1;
        for (; to < order.size() && entries[order[to]].member == best->member; ++to) {
            const Entry &e = entries[order[to]];
            if (e.pct >= best->pct)
                best = &e;
            cutoff = std::min(cutoff, cutoffs[e.group]);
        }
        sqlite3_bind_int64(write.stmt, 1, ids[best->member]);
        sqlite3_bind_int64(write.stmt, 2, best->group);
        sqlite3_bind_double(write.stmt, 3, best->pct);
        sqlite3_bind_double(write.stmt, 4, cutoff);
        if (sqlite3_step(write.stmt) != SQLITE_DONE)
            return fail("store the group ranks");
        sqlite3_reset(write.stmt);
        from = to;
    }
    return {};
}

// Keeps the recompute's temporary tables (a few hundred MB at 1,000,000 members) in memory for
// its duration; back to the default afterwards (outside the transaction, as SQLite requires).
class TempStoreGuard final
{
    Q_DISABLE_COPY_MOVE(TempStoreGuard)

public:
    explicit TempStoreGuard(sqlite3 *handle)
        : m_handle(handle)
    {
        if (m_handle)
            raw::exec(m_handle, "PRAGMA temp_store = MEMORY");
    }
    ~TempStoreGuard()
    {
        if (m_handle)
            raw::exec(m_handle, "PRAGMA temp_store = DEFAULT");
    }

private:
    sqlite3 *m_handle;
};

KocBreakdown breakdownFrom(const Query &q, int firstColumn, const KocSettings &s)
{
    std::array<qint64, KocComponentCount> counts{};
    std::array<double, KocComponentCount> decayed{};
    for (int i = 0; i < KocComponentCount; ++i) {
        counts[size_t(i)] = q.value(firstColumn + i).toLongLong();
        decayed[size_t(i)] = q.value(firstColumn + KocComponentCount + i).toDouble();
    }
    return kocBreakdownFromTotals(counts, decayed, s);
}

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace

QString KocRepository::weightKey(KocComponent c)
{
    return QStringLiteral("koc.weight.") + kocComponentCode(c);
}

QString KocRepository::capKey(KocComponent c)
{
    return QStringLiteral("koc.cap.") + kocComponentCode(c);
}

DatabaseError KocRepository::settings(KocSettings *out)
{
    SettingsRepository repo(m_db);
    KocSettings s;
    for (KocComponent c : allKocComponents()) {
        if (auto err = readNumber(repo, weightKey(c), 0.0, 1000.0, &s.weights[size_t(c)]))
            return err;
        if (auto err = readNumber(repo, capKey(c), 0, 1'000'000, &s.dailyCaps[size_t(c)]))
            return err;
    }
    if (auto err = readNumber(repo, key(HalfLifeKey), 1.0, 3650.0, &s.halfLifeDays))
        return err;
    if (auto err = readNumber(repo, key(TopPercentKey), 0.001, 100.0, &s.topPercent))
        return err;
    if (auto err = readNumber(repo, key(MinScoreKey), 0.0, 1'000'000.0, &s.minScore))
        return err;
    if (auto err = readNumber(repo, key(UnflagFactorKey), 0.001, 1.0, &s.unflagFactor))
        return err;
    if (auto err = readNumber(repo, key(UnflagDaysKey), 1, 3650, &s.unflagDays))
        return err;
    // A stored set whose weights are all 0 would score nobody: keep the defaults then.
    *out = s.validate().isEmpty() ? s : KocSettings{};
    return {};
}

DatabaseError KocRepository::setSettings(const KocSettings &s)
{
    if (const QString problem = s.validate(); !problem.isEmpty())
        return DatabaseError::make(DatabaseError::Kind::Constraint, problem);
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    SettingsRepository repo(m_db);
    QList<QPair<QString, QString>> values;
    for (KocComponent c : allKocComponents()) {
        values.append({weightKey(c), QString::number(s.weight(c), 'g', 17)});
        values.append({capKey(c), QString::number(s.dailyCap(c))});
    }
    values.append({key(HalfLifeKey), QString::number(s.halfLifeDays, 'g', 17)});
    values.append({key(TopPercentKey), QString::number(s.topPercent, 'g', 17)});
    values.append({key(MinScoreKey), QString::number(s.minScore, 'g', 17)});
    values.append({key(UnflagFactorKey), QString::number(s.unflagFactor, 'g', 17)});
    values.append({key(UnflagDaysKey), QString::number(s.unflagDays)});
    for (const auto &[k, v] : std::as_const(values)) {
        if (auto err = repo.set(k, v))
            return err;
    }
    return tx.commit();
}

DatabaseError KocRepository::recompute(const QDate &asOf, KocRunInfo *out, const Progress &progress)
{
    if (!asOf.isValid())
        return DatabaseError::make(DatabaseError::Kind::Query, tr("Recompute KOC scores: the as-of day is not a valid date."));
    QElapsedTimer timer;
    timer.start();
    KocSettings s;
    if (auto err = settings(&s))
        return err;

    const QString day = asOf.toString(Qt::ISODate);
    const QString now = nowText();

    // The steps in order, progress reported between them. Two are C++ over the raw handle:
    // an empty sql is aggregateActivity() (member_days → koc_agg), "rank" is rankMembers()
    // (koc_agg → koc_s, koc_mg and the overall cutoff).
    struct Step
    {
        QString sql;
        QString what;
    };

    const QList<Step> steps = {
        {QStringLiteral("DROP TABLE IF EXISTS temp.koc_agg"), {}},
        {QStringLiteral("DROP TABLE IF EXISTS temp.koc_s"), {}},
        {QStringLiteral("DROP TABLE IF EXISTS temp.koc_mg"), {}},
        {QStringLiteral("DROP TABLE IF EXISTS temp.koc_prev"), {}},
        {QStringLiteral("CREATE TEMP TABLE koc_agg (member_id INTEGER PRIMARY KEY, score REAL NOT NULL, %1)").arg(scoreColumns()), {}},
        {QString(), tr("add up each member's activity")},
        {QStringLiteral("CREATE TEMP TABLE koc_s (member_id INTEGER PRIMARY KEY, score REAL NOT NULL, "
                        "blacklisted INTEGER NOT NULL, is_koc INTEGER NOT NULL, pct REAL)"), {}},
        {QStringLiteral("CREATE TEMP TABLE koc_mg (member_id INTEGER PRIMARY KEY, group_id INTEGER NOT NULL, "
                        "pct REAL NOT NULL, cutoff REAL NOT NULL)"), {}},
        {QStringLiteral("rank"), tr("rank members overall and within their groups")},
        {QStringLiteral("CREATE TEMP TABLE koc_prev (member_id INTEGER PRIMARY KEY, below_since TEXT)"), {}},
        {QStringLiteral("INSERT INTO koc_prev SELECT member_id, below_since FROM member_scores "
                        "WHERE below_since IS NOT NULL ORDER BY member_id"), {}},
        {QStringLiteral("DELETE FROM member_scores"), tr("clear the previous scores")},
        // One sort of the finished table builds the score index faster than a million inserts
        // into it.
        {QStringLiteral("DROP INDEX member_scores_score"), {}},
    };
    ProgressContext ctx{&progress, 0, int(steps.size()) + 2, false};
    ProgressGuard guard(raw::handle(m_db), &ctx);
    auto cancelled = [&]() {
        return DatabaseError::make(DatabaseError::Kind::Query, tr("The KOC recompute was cancelled; the scores are as before."));
    };
    auto report = [&](int step) {
        ctx.step = step;
        if (progress && !ctx.cancelled && !progress(step, ctx.steps))
            ctx.cancelled = true;
        return !ctx.cancelled;
    };
    auto run = [&](const QString &sql, const QString &what, const QVariantList &args = {}) -> DatabaseError {
        Query q(m_db, sql);
        for (qsizetype i = 0; i < args.size(); ++i)
            q.bind(QStringLiteral(":a%1").arg(i), args.at(i));
        DatabaseError err = q.exec(what.isEmpty() ? tr("recompute KOC scores") : what);
        if (err && ctx.cancelled)
            return cancelled();
        return err;
    };

    const TempStoreGuard memory(raw::handle(m_db));
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    double overallCutoff = s.minScore;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (!report(int(i)))
            return cancelled();
        if (steps.at(i).sql.isEmpty()) {
            if (auto err = aggregateActivity(raw::handle(m_db), asOf, s, ctx))
                return ctx.cancelled ? cancelled() : err;
        } else if (steps.at(i).sql == QLatin1String("rank")) {
            if (auto err = rankMembers(raw::handle(m_db), s, &overallCutoff))
                return ctx.cancelled ? cancelled() : err;
        } else if (auto err = run(steps.at(i).sql, steps.at(i).what)) {
            return err;
        }
    }

    int step = int(steps.size());
    if (!report(step++))
        return cancelled();
    // The threshold and the hysteresis are those of kocThreshold() and kocNextBelowSince().
    const QString insert = QStringLiteral(
        "INSERT INTO member_scores (member_id, score, %1, pct_overall, best_group_id, pct_group, threshold, "
        "                           below_since, computed_at) "
        "SELECT member_id, score, %2, pct_overall, best_group_id, pct_group, threshold, "
        "       CASE WHEN is_koc = 1 AND score < :a0 * threshold "
        "            THEN CASE WHEN prev_below <= :a1 THEN prev_below ELSE :a1 END END, :a2 "
        "FROM (SELECT s.member_id, s.score, s.is_koc, %3, "
        "             s.pct AS pct_overall, "
        "             mg.group_id AS best_group_id, mg.pct AS pct_group, "
        "             max(:a3, min(:a4, coalesce(mg.cutoff, :a4))) AS threshold, p.below_since AS prev_below "
        "      FROM koc_s s LEFT JOIN koc_agg a ON a.member_id = s.member_id "
        "      LEFT JOIN koc_mg mg ON mg.member_id = s.member_id "
        "      LEFT JOIN koc_prev p ON p.member_id = s.member_id ORDER BY s.member_id)")
        .arg(scoreColumns(), scoreColumns(), [] {
            QStringList cols;
            for (const char *prefix : {"n_", "d_"}) {
                for (int i = 0; i < KocComponentCount; ++i)
                    cols << QStringLiteral("coalesce(a.%1%2, 0) AS %1%2").arg(QString::fromLatin1(prefix), suffix(i));
            }
            return cols.join(QStringLiteral(", "));
        }());
    if (auto err = run(insert, tr("store the scores"), {s.unflagFactor, day, now, s.minScore, overallCutoff}))
        return err;
    if (auto err = run(QStringLiteral("CREATE INDEX member_scores_score ON member_scores (score)"), tr("index the scores")))
        return err;

    if (!report(step++))
        return cancelled();
    KocRunInfo info;
    info.computedAt = now;
    info.asOf = asOf;
    info.settings = s;
    info.overallCutoff = overallCutoff;
    {
        Query q(m_db, QStringLiteral("SELECT (SELECT count(*) FROM koc_s), (SELECT count(*) FROM koc_agg)"));
        if (auto err = q.exec(tr("count the scored members")))
            return err;
        if (q.next()) {
            info.members = q.value(0).toLongLong();
            info.scored = q.value(1).toLongLong();
        }
    }
    for (const char *table : {"koc_agg", "koc_s", "koc_mg", "koc_prev"}) {
        if (auto err = run(QStringLiteral("DROP TABLE temp.%1").arg(QString::fromLatin1(table)), {}))
            return err;
    }
    if (auto err = candidateCount(&info.candidates))
        return err;
    if (auto err = unflagSuggestionCount(asOf, &info.unflagSuggestions))
        return err;
    info.elapsedMs = timer.elapsed();
    QJsonObject runJson = {
        {QStringLiteral("computed_at"), now},
        {QStringLiteral("as_of"), day},
        {QStringLiteral("settings"), settingsJson(s)},
        {QStringLiteral("members"), info.members},
        {QStringLiteral("scored"), info.scored},
        {QStringLiteral("overall_cutoff"), overallCutoff},
        {QStringLiteral("candidates"), info.candidates},
        {QStringLiteral("unflag_suggestions"), info.unflagSuggestions},
        {QStringLiteral("elapsed_ms"), info.elapsedMs},
    };
    if (auto err = SettingsRepository(m_db).set(key(LastRunKey),
                                                QString::fromUtf8(QJsonDocument(runJson).toJson(QJsonDocument::Compact))))
        return err;
    if (ctx.cancelled)
        return cancelled();
    if (auto err = tx.commit())
        return err;
    if (progress)
        progress(ctx.steps, ctx.steps);
    if (out)
        *out = info;
    return {};
}

DatabaseError KocRepository::lastRun(KocRunInfo *out, bool *exists)
{
    QString text;
    if (auto err = SettingsRepository(m_db).get(key(LastRunKey), QString(), &text))
        return err;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    *exists = !o.isEmpty();
    if (!*exists)
        return {};
    out->computedAt = o.value(QStringLiteral("computed_at")).toString();
    out->asOf = QDate::fromString(o.value(QStringLiteral("as_of")).toString(), Qt::ISODate);
    out->settings = settingsFromJson(o.value(QStringLiteral("settings")).toObject());
    out->members = o.value(QStringLiteral("members")).toInteger();
    out->scored = o.value(QStringLiteral("scored")).toInteger();
    out->overallCutoff = o.value(QStringLiteral("overall_cutoff")).toDouble();
    out->candidates = o.value(QStringLiteral("candidates")).toInteger();
    out->unflagSuggestions = o.value(QStringLiteral("unflag_suggestions")).toInteger();
    out->elapsedMs = o.value(QStringLiteral("elapsed_ms")).toInteger();
    return {};
}

namespace {

// The list query shared by candidates and unflag suggestions. With a group, the percentile is
// the member's within that group, computed over the group's open members.
QString listSql(bool inGroup, const QString &where)
{
    const QString select = QStringLiteral(
        "SELECT m.id, m.display_name, m.is_koc, s.score, s.threshold, s.pct_overall, %1, s.below_since, %2 ");
    if (!inGroup) {
        return select.arg(QStringLiteral("s.best_group_id, g.name, s.pct_group"), scoreColumns(QStringLiteral("s.")))
               + QStringLiteral("FROM member_scores s JOIN members m ON m.id = s.member_id "
                                "LEFT JOIN chat_groups g ON g.id = s.best_group_id WHERE ")
               + where + QStringLiteral(" ORDER BY s.score DESC, m.id LIMIT :limit");
    }
    return QStringLiteral("WITH r AS (SELECT ms.member_id, percent_rank() OVER (ORDER BY s.score) AS pr "
                          "           FROM memberships ms JOIN member_scores s ON s.member_id = ms.member_id "
                          "           JOIN members mm ON mm.id = ms.member_id "
                          "           WHERE ms.group_id = :group AND ms.left_at IS NULL AND mm.blacklisted = 0) ")
           + select.arg(QStringLiteral("g.id, g.name, r.pr"), scoreColumns(QStringLiteral("s.")))
           + QStringLiteral("FROM r JOIN member_scores s ON s.member_id = r.member_id JOIN members m ON m.id = r.member_id "
                            "JOIN chat_groups g ON g.id = :group2 WHERE ")
           + where + QStringLiteral(" ORDER BY s.score DESC, m.id LIMIT :limit");
}

} // namespace

namespace {

DatabaseError readList(Query &q, const KocSettings &s, QList<KocListEntry> *out)
{
    out->clear();
    while (q.next()) {
        KocListEntry e;
        e.memberId = q.value(0).toLongLong();
        e.displayName = q.value(1).toString();
        e.koc = q.value(2).toInt() != 0;
        e.score = q.value(3).toDouble();
        e.threshold = q.value(4).toDouble();
        e.pctOverall = q.value(5).toDouble();
        e.groupId = q.value(6).toLongLong();
        e.groupName = q.value(7).toString();
        e.pctGroup = q.value(8).toDouble();
        e.belowSince = dateOf(q.value(9));
        e.breakdown = breakdownFrom(q, 10, s);
        out->append(e);
    }
    return {};
}

} // namespace

DatabaseError KocRepository::groupMustExist(qint64 groupId)
{
    if (groupId <= 0)
        return {};
    Query q(m_db, QStringLiteral("SELECT 1 FROM chat_groups WHERE id = :id"));
    q.bind(QStringLiteral(":id"), groupId);
    if (auto err = q.exec(tr("find group %1").arg(groupId)))
        return err;
    if (!q.next())
        return DatabaseError::make(DatabaseError::Kind::NotFound, tr("There is no group %1.").arg(groupId));
    return {};
}

DatabaseError KocRepository::candidates(qint64 groupId, int limit, QList<KocListEntry> *out)
{
    if (auto err = groupMustExist(groupId))
        return err;
    KocRunInfo run;
    bool exists = false;
    if (auto err = lastRun(&run, &exists))
        return err;
    Query q(m_db, listSql(groupId > 0, QStringLiteral("m.is_koc = 0 AND m.blacklisted = 0 AND s.score > 0 "
                                                      "AND s.score >= s.threshold")));
    if (groupId > 0)
        q.bind(QStringLiteral(":group"), groupId).bind(QStringLiteral(":group2"), groupId);
    q.bind(QStringLiteral(":limit"), limit > 0 ? limit : -1);
    if (auto err = q.exec(tr("list KOC candidates")))
        return err;
    return readList(q, run.settings, out);
}

DatabaseError KocRepository::unflagSuggestions(const QDate &today, qint64 groupId, int limit, QList<KocListEntry> *out)
{
    if (auto err = groupMustExist(groupId))
        return err;
    KocRunInfo run;
    bool exists = false;
    if (auto err = lastRun(&run, &exists))
        return err;
    KocSettings current;
    if (auto err = settings(&current))
        return err;
    Query q(m_db, listSql(groupId > 0, QStringLiteral("m.is_koc = 1 AND s.below_since IS NOT NULL "
                                                      "AND s.below_since <= :since")));
    if (groupId > 0)
        q.bind(QStringLiteral(":group"), groupId).bind(QStringLiteral(":group2"), groupId);
    q.bind(QStringLiteral(":since"), today.addDays(-current.unflagDays).toString(Qt::ISODate));
    q.bind(QStringLiteral(":limit"), limit > 0 ? limit : -1);
    if (auto err = q.exec(tr("list KOCs suggested for unflagging")))
        return err;
    return readList(q, run.settings, out);
}

DatabaseError KocRepository::candidateCount(qint64 *out)
{
    Query q(m_db, QStringLiteral("SELECT count(*) FROM member_scores s JOIN members m ON m.id = s.member_id "
                                 "WHERE m.is_koc = 0 AND m.blacklisted = 0 AND s.score > 0 AND s.score >= s.threshold"));
    if (auto err = q.exec(tr("count KOC candidates")))
        return err;
    *out = q.next() ? q.value(0).toLongLong() : 0;
    return {};
}

DatabaseError KocRepository::unflagSuggestionCount(const QDate &today, qint64 *out)
{
    KocSettings current;
    if (auto err = settings(&current))
        return err;
    Query q(m_db, QStringLiteral("SELECT count(*) FROM member_scores s JOIN members m ON m.id = s.member_id "
                                 "WHERE m.is_koc = 1 AND s.below_since IS NOT NULL AND s.below_since <= :since"));
    q.bind(QStringLiteral(":since"), today.addDays(-current.unflagDays).toString(Qt::ISODate));
    if (auto err = q.exec(tr("count KOCs suggested for unflagging")))
        return err;
    *out = q.next() ? q.value(0).toLongLong() : 0;
    return {};
}

DatabaseError KocRepository::memberScore(qint64 memberId, const QDate &today, KocMemberScore *out)
{
    KocRunInfo run;
    bool exists = false;
    if (auto err = lastRun(&run, &exists))
        return err;
    KocSettings current;
    if (auto err = settings(&current))
        return err;
    Query q(m_db, QStringLiteral("SELECT m.display_name, m.is_koc, m.koc_since, m.koc_reason, m.blacklisted, "
                                 "       s.member_id, s.score, s.threshold, s.pct_overall, s.below_since, s.computed_at, %1 "
                                 "FROM members m LEFT JOIN member_scores s ON s.member_id = m.id WHERE m.id = :id")
                      .arg(scoreColumns(QStringLiteral("s."))));
    q.bind(QStringLiteral(":id"), memberId);
    if (auto err = q.exec(tr("read the KOC score of member %1").arg(memberId)))
        return err;
    if (!q.next())
        return DatabaseError::make(DatabaseError::Kind::NotFound, tr("There is no member %1.").arg(memberId));
    KocMemberScore r;
    r.memberId = memberId;
    r.displayName = q.value(0).toString();
    r.koc = q.value(1).toInt() != 0;
    r.kocSince = q.value(2).toString();
    r.kocReason = q.value(3).toString();
    r.blacklisted = q.value(4).toInt() != 0;
    r.scored = !q.value(5).isNull();
    r.asOf = run.asOf;
    if (r.scored) {
        r.score = q.value(6).toDouble();
        r.threshold = q.value(7).toDouble();
        r.pctOverall = q.value(8).toDouble();
        r.belowSince = dateOf(q.value(9));
        r.computedAt = q.value(10).toString();
        r.breakdown = breakdownFrom(q, 11, run.settings);
        r.suggestUnflag = r.koc && kocSuggestUnflag(r.belowSince, today, current);
        r.candidate = !r.koc && !r.blacklisted && r.score > 0 && r.score >= r.threshold;

        // Rank in each open group: the group's scored, non-blacklisted open members.
        Query g(m_db, QStringLiteral(
            "SELECT g.id, g.name, count(*), sum(o.score < :score) "
            "FROM memberships mine JOIN chat_groups g ON g.id = mine.group_id "
            "JOIN memberships om ON om.group_id = mine.group_id AND om.left_at IS NULL "
            "JOIN member_scores o ON o.member_id = om.member_id "
            "JOIN members mo ON mo.id = om.member_id AND mo.blacklisted = 0 "
            "WHERE mine.member_id = :id AND mine.left_at IS NULL GROUP BY g.id"));
        g.bind(QStringLiteral(":score"), r.score).bind(QStringLiteral(":id"), memberId);
        if (auto err = g.exec(tr("rank member %1 within their groups").arg(memberId)))
            return err;
        while (g.next()) {
            KocGroupRank rank;
            rank.groupId = g.value(0).toLongLong();
            rank.groupName = g.value(1).toString();
            rank.members = g.value(2).toInt();
            const qint64 lower = g.value(3).toLongLong();
            rank.percentile = rank.members > 1 ? double(lower) / double(rank.members - 1) : 0.0;
            r.groups.append(rank);
        }
        for (KocGroupRank &rank : r.groups) {
            Query c(m_db, QStringLiteral(
                "SELECT o.score FROM memberships om JOIN member_scores o ON o.member_id = om.member_id "
                "JOIN members mo ON mo.id = om.member_id AND mo.blacklisted = 0 "
                "WHERE om.group_id = :g AND om.left_at IS NULL ORDER BY o.score DESC LIMIT 1 OFFSET :k"));
            c.bind(QStringLiteral(":g"), rank.groupId).bind(QStringLiteral(":k"), kocTopCount(rank.members, run.settings.topPercent) - 1);
            if (auto err = c.exec(tr("find the top members of group %1").arg(rank.groupName)))
                return err;
            rank.cutoff = c.next() ? c.value(0).toDouble() : 0.0;
        }
        std::stable_sort(r.groups.begin(), r.groups.end(),
                         [](const KocGroupRank &a, const KocGroupRank &b) { return a.percentile > b.percentile; });
    }
    *out = r;
    return {};
}

DatabaseError KocRepository::setKoc(const QList<qint64> &memberIds, bool koc, const QString &reason, int *changed)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return DatabaseError::make(DatabaseError::Kind::Constraint,
                                   koc ? tr("Say why these members are KOCs: a reason is required.")
                                       : tr("Say why these members are no longer KOCs: a reason is required."));
    if (memberIds.isEmpty())
        return DatabaseError::make(DatabaseError::Kind::NotFound, tr("No members were chosen."));
    SqlTransaction tx(m_db);
    if (tx.beginError())
        return tx.beginError();
    MemberRepository members(m_db);
    AuditRepository audit(m_db);
    const QString now = nowText();
    int count = 0;
    QList<qint64> seen;
    for (qint64 id : memberIds) {
        if (seen.contains(id))
            continue;
        seen.append(id);
        Member before;
        if (auto err = members.get(id, &before)) {
            if (err.kind == DatabaseError::Kind::NotFound)
                err.message = tr("There is no member %1; nothing was changed.").arg(id);
            return err;
        }
        if (koc && before.blacklisted)
            return DatabaseError::make(DatabaseError::Kind::Constraint,
                                       tr("%1 (member %2) is blacklisted and cannot be a KOC; nothing was changed.")
                                           .arg(before.displayName).arg(id));
        // The same statements as MemberRepository::setKoc: flagging keeps the original date
        // when someone already a KOC gets a new reason.
        Query q(m_db, koc ? QStringLiteral("UPDATE members SET is_koc = 1, koc_since = coalesce(koc_since, :now), "
                                           "koc_reason = :reason, updated_at = :now2 WHERE id = :id")
                          : QStringLiteral("UPDATE members SET is_koc = 0, koc_since = NULL, koc_reason = :reason, "
                                           "updated_at = :now2 WHERE id = :id"));
        if (koc)
            q.bind(QStringLiteral(":now"), now);
        q.bind(QStringLiteral(":reason"), why).bind(QStringLiteral(":now2"), now).bind(QStringLiteral(":id"), id);
        if (auto err = q.exec(koc ? tr("mark member %1 as KOC").arg(id) : tr("remove the KOC mark of member %1").arg(id)))
            return err;
        // A new decision starts the hysteresis afresh.
        Query h(m_db, QStringLiteral("UPDATE member_scores SET below_since = NULL WHERE member_id = :id"));
        h.bind(QStringLiteral(":id"), id);
        if (auto err = h.exec(tr("reset the KOC score state of member %1").arg(id)))
            return err;
        Member after;
        if (auto err = members.get(id, &after))
            return err;
        if (auto err = audit.record(QStringLiteral("koc"), QStringLiteral("member"), id, before.toJson(), after.toJson()))
            return err;
        if (before.koc != after.koc)
            ++count;
    }
    if (auto err = tx.commit())
        return err;
    if (changed)
        *changed = count;
    return {};
}

} // namespace qundesk
