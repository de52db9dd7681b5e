// MemberRepository: filtering, counting and keyset paging of the members table.
// Pages never use OFFSET: each continues from the (sort value, id) of the previous page's last
// row, so page 5,000 of a million members costs what page 1 costs when the sort has an index.

#include "storage/MemberRepository.h"
#include "storage/MemberSql.h"

#include "storage/Query.h"
#include "storage/RawSqlite.h"

#include <sqlite3.h>

#include <algorithm>
#include <utility>

namespace qundesk {

namespace {

// Named parameters :p0, :p1 ... in the order the SQL text uses them.
struct Bindings
{
    QList<std::pair<QString, QVariant>> values;
    QString prefix = QStringLiteral(":p");

    QString add(const QVariant &value)
    {
        const QString name = prefix + QString::number(values.size());
        values.append({name, value});
        return name;
    }
    void applyTo(Query &q) const
    {
        for (const auto &[name, value] : values)
            q.bind(name, value);
    }
};

struct SortSpec
{
    QString expr;                       // the sort value, also selected as the cursor value
    bool nullable = false;
    // A sort over a few codes pages through one run per value, in the business's order, each
    // run in id order: an index or the rowid gives that order, where ORDER BY on the column
    // would sort a quarter of a million rows per page. runExpr is what the run compares
    // (a unary + keeps SQLite from choosing an index that would need that sort).
    QVariantList values;
    QString runExpr;
};

SortSpec sortSpec(MemberSort sort)
{
    switch (sort) {
    case MemberSort::Id: return {QStringLiteral("m.id"), false, {}, {}};
    case MemberSort::DisplayName: return {QStringLiteral("m.display_name"), false, {}, {}};
    case MemberSort::GroupNickname: return {QStringLiteral("m.group_nickname"), true, {}, {}};
    case MemberSort::PlatformId: return {QStringLiteral("m.platform_id"), false, {}, {}};
    case MemberSort::Phone: return {QStringLiteral("m.phone"), true, {}, {}};
    case MemberSort::Identity: {
        QVariantList codes;
        for (const IdentityType t : allIdentityTypes())
            codes.append(identityCode(t));
        return {QStringLiteral("m.identity"), false, codes, QStringLiteral("+m.identity")};
    }
    case MemberSort::Verification: {
        QVariantList codes;
        for (const VerificationStatus v : allVerificationStatuses())
            codes.append(verificationCode(v));
        return {QStringLiteral("m.verification"), false, codes, QStringLiteral("m.verification")};
    }
    // A LEFT JOIN whose right side must be non-NULL becomes an inner join, which SQLite can
    // drive from the small table's unique index: the names sort without a temp b-tree.
    case MemberSort::Channel: return {QStringLiteral("c.name"), true, {}, {}};
    case MemberSort::Region: return {QStringLiteral("r.name"), true, {}, {}};
    case MemberSort::Tier: return {QStringLiteral("t.rank"), true, {}, {}};
    case MemberSort::Points: return {QStringLiteral("m.points_balance"), false, {}, {}};
    case MemberSort::Koc: return {QStringLiteral("m.is_koc"), false, {qint64(0), qint64(1)}, QStringLiteral("m.is_koc")};
    case MemberSort::FirstJoined: return {QStringLiteral("m.first_joined_at"), true, {}, {}};
    }
    return {QStringLiteral("m.id"), false, {}, {}};
}

QString likePattern(const QString &term)
{
    QString escaped;
    escaped.reserve(term.size() + 2);
    for (const QChar c : term) {
        if (c == u'\\' || c == u'%' || c == u'_')
            escaped.append(u'\\');
        escaped.append(c);
    }
    return u'%' + escaped + u'%';
}

// An FTS5 string: everything inside the quotes is text, so operators, stars, column filters
// and SQL in the user's input are matched literally.
QString ftsPhrase(const QString &term)
{
    QString inner = term;
    inner.replace(u'"', QStringLiteral("\"\""));
    return u'"' + inner + u'"';
}

// noIndex puts a unary + before every column the conditions compare, so SQLite can use no index
// for them: the page then walks the sort's index and tests each row (see page()).
QStringList whereFor(const MemberFilter &f, const QDate &today, Bindings &b, bool noIndex = false)
{
    QStringList w;
    const QString plus = noIndex ? QStringLiteral("+") : QString();
    const QStringList terms = f.search.simplified().split(u' ', Qt::SkipEmptyParts);
    QStringList phrases;
    for (const QString &term : terms) {
        // The trigram index can only find terms of three or more characters (code points).
        if (term.toUcs4().size() >= 3) {
            phrases.append(ftsPhrase(term));
            continue;
        }
        const QString pattern = likePattern(term);
        QStringList alternatives;
        for (const QLatin1StringView column : {QLatin1StringView("m.display_name"), QLatin1StringView("m.group_nickname"),
                                               QLatin1StringView("m.platform_id"), QLatin1StringView("m.phone")})
            alternatives.append(column + QStringLiteral(" LIKE ") + b.add(pattern) + QStringLiteral(" ESCAPE '\\'"));
        w.append(u'(' + alternatives.join(QStringLiteral(" OR ")) + u')');
    }
    if (!phrases.isEmpty())
        w.append(plus + QStringLiteral("m.id IN (SELECT rowid FROM member_search WHERE member_search MATCH ")
                 + b.add(phrases.join(QStringLiteral(" AND "))) + u')');

    if (f.identity)
        w.append(plus + QStringLiteral("m.identity = ") + b.add(identityCode(*f.identity)));
    if (f.verification)
        w.append(plus + QStringLiteral("m.verification = ") + b.add(verificationCode(*f.verification)));
    if (f.channelId > 0)
        w.append(plus + QStringLiteral("m.channel_id = ") + b.add(f.channelId));
    if (f.regionId > 0)
        w.append(plus + QStringLiteral("m.region_id = ") + b.add(f.regionId));
    if (f.tierId > 0)
        w.append(plus + QStringLiteral("m.tier_id = ") + b.add(f.tierId));
    if (f.groupId > 0)
        w.append(plus + QStringLiteral("m.id IN (SELECT member_id FROM memberships WHERE group_id = ") + b.add(f.groupId)
                 + QStringLiteral(" AND left_at IS NULL)"));
    if (f.withoutGroup)
        w.append(QStringLiteral("NOT EXISTS (SELECT 1 FROM memberships o WHERE o.member_id = m.id AND o.left_at IS NULL)"));
    if (f.tagId > 0)
        w.append(plus + QStringLiteral("m.id IN (SELECT member_id FROM member_tags WHERE tag_id = ") + b.add(f.tagId) + u')');
    // Literals, not parameters: the partial indexes members_koc / members_blacklisted only
    // apply when the query names the same constant.
    if (f.koc)
        w.append(plus + (*f.koc ? QStringLiteral("m.is_koc = 1") : QStringLiteral("m.is_koc = 0")));
    if (f.blacklisted)
        w.append(plus + (*f.blacklisted ? QStringLiteral("m.blacklisted = 1") : QStringLiteral("m.blacklisted = 0")));
    if (f.joinedFrom.isValid())
        w.append(plus + QStringLiteral("m.first_joined_at >= ") + b.add(f.joinedFrom.toString(Qt::ISODate)));
    if (f.joinedTo.isValid())
        w.append(plus + QStringLiteral("m.first_joined_at < ") + b.add(f.joinedTo.addDays(1).toString(Qt::ISODate)));
    if (f.pointsMin)
        w.append(plus + QStringLiteral("m.points_balance >= ") + b.add(*f.pointsMin));
    if (f.pointsMax)
        w.append(plus + QStringLiteral("m.points_balance <= ") + b.add(*f.pointsMax));
    // Times are "yyyy-MM-dd HH:mm:ss": a date compares as the start of that day.
    if (f.activeWithinDays > 0)
        w.append(plus + QStringLiteral("m.last_active_at >= ") + b.add(today.addDays(-f.activeWithinDays).toString(Qt::ISODate)));
    return w;
}

QString whereClause(const QStringList &w)
{
    return w.isEmpty() ? QString() : QStringLiteral(" WHERE ") + w.join(QStringLiteral(" AND "));
}

// A page may span several runs, each its own index-friendly statement:
// - Nulls: the rows without a sort value (SQLite puts NULLs first ascending, last
//   descending), in id order; a row-value comparison with NULL would silently drop them;
// - Equal: the rows with one value of a discrete sort, in id order;
// - Range: the rows with a value, in (value, id) order.
struct Run
{
    enum Kind { Nulls, Equal, Range } kind = Range;
    QVariant value;
};

// Whether the filter already rules out every row of a discrete run (skipping it saves a scan).
bool excludedByFilter(MemberSort sort, const QVariant &value, const MemberFilter &f)
{
    if (sort == MemberSort::Identity && f.identity)
        return value.toString() != identityCode(*f.identity);
    if (sort == MemberSort::Verification && f.verification)
        return value.toString() != verificationCode(*f.verification);
    if (sort == MemberSort::Koc && f.koc)
        return value.toLongLong() != (*f.koc ? 1 : 0);
    return false;
}

QList<Run> runsFor(MemberSort sort, const SortSpec &spec, Qt::SortOrder order, const MemberFilter &filter)
{
    QList<Run> runs;
    if (!spec.values.isEmpty()) {
        for (const QVariant &v : spec.values) {
            if (!excludedByFilter(sort, v, filter))
                runs.append(Run{Run::Equal, v});
        }
    } else {
        if (spec.nullable)
            runs.append(Run{Run::Nulls, {}});
        runs.append(Run{Run::Range, {}});
    }
    if (order == Qt::DescendingOrder)
        std::reverse(runs.begin(), runs.end());
    return runs;
}

// Where a page continues: the run holding the cursor (the first run without one).
qsizetype firstRun(const QList<Run> &runs, const std::optional<MemberCursor> &after)
{
    if (!after)
        return 0;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const Run &r = runs.at(i);
        const bool nullValue = after->sortValue.isNull();
        if ((r.kind == Run::Nulls && nullValue) || (r.kind == Run::Range && !nullValue)
            || (r.kind == Run::Equal && !nullValue && r.value.toString() == after->sortValue.toString()))
            return i;
    }
    return runs.size(); // a value the sort does not know: nothing follows it
}

// How a Range run's statement lets SQLite plan it:
// - Plain: as SQLite likes (without statistics it prefers any index on a filter column, then
//   sorts everything that matched: seconds when a filter matches a third of a million rows);
// - WalkSort: only the sort's index is usable, up to `bound` (inclusive): at most a budget of
//   rows is tested, and rows come in page order, so the first `limit` matches are the page;
// - FilterFirst: the sort's index is not usable: the filter's index (or a scan in table order)
//   finds the few matching rows and SQLite sorts them.
enum class Plan { Plain, WalkSort, FilterFirst };

QString pageSql(const MemberFilter &filter, const QDate &today, MemberSort sort, Qt::SortOrder order, const Run &run,
                const std::optional<MemberCursor> &cursor, int limit, Bindings &b, Plan plan = Plan::Plain,
                const std::optional<MemberCursor> &bound = std::nullopt)
{
    const SortSpec spec = sortSpec(sort);
    QStringList w = whereFor(filter, today, b, plan == Plan::WalkSort);
    const bool ascending = order == Qt::AscendingOrder;
    const QString dir = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString cmp = ascending ? QStringLiteral(" > ") : QStringLiteral(" < ");
    const QString upTo = ascending ? QStringLiteral(" <= ") : QStringLiteral(" >= ");
    // A unary + hides the sort column's index from the planner (FilterFirst).
    const QString expr = plan == Plan::FilterFirst ? u'+' + spec.expr : spec.expr;
    const QString id = plan == Plan::FilterFirst && sort == MemberSort::Id ? QStringLiteral("+m.id") : QStringLiteral("m.id");
    QString orderBy = id + dir;
    if (run.kind == Run::Nulls)
        w.append(spec.expr + QStringLiteral(" IS NULL"));
    else if (run.kind == Run::Equal)
        w.append(spec.runExpr + QStringLiteral(" = ") + b.add(run.value));
    if (run.kind != Run::Range || sort == MemberSort::Id) {
        if (cursor)
            w.append(id + cmp + b.add(cursor->id));
        if (bound)
            w.append(id + upTo + b.add(bound->id));
    } else {
        if (spec.nullable)
            w.append(expr + QStringLiteral(" IS NOT NULL"));
        if (cursor) {
            const QString value = b.add(cursor->sortValue);
            w.append(u'(' + expr + QStringLiteral(", m.id)") + cmp + u'(' + value + QStringLiteral(", ")
                     + b.add(cursor->id) + u')');
        }
        if (bound) {
            const QString value = b.add(bound->sortValue);
            w.append(u'(' + expr + QStringLiteral(", m.id)") + upTo + u'(' + value + QStringLiteral(", ")
                     + b.add(bound->id) + u')');
        }
        orderBy = expr + dir + QStringLiteral(", m.id") + dir;
    }
    return QStringLiteral("SELECT ") + memberSql::RowColumns + spec.expr + memberSql::RowJoins + whereClause(w)
           + QStringLiteral(" ORDER BY ") + orderBy + QStringLiteral(" LIMIT ") + b.add(limit);
}

// The sorts whose order one index of members gives (Channel, Region and Tier order by a joined
// name; the discrete sorts page through runs already).
bool walkableSort(MemberSort sort)
{
    switch (sort) {
    case MemberSort::Id:
    case MemberSort::DisplayName:
    case MemberSort::GroupNickname:
    case MemberSort::PlatformId:
    case MemberSort::Phone:
    case MemberSort::Points:
    case MemberSort::FirstJoined:
        return true;
    default:
        return false;
    }
}

// Filters that by their nature match few members (one group's few hundred, the blacklisted):
// their own index is always the better start, so the page skips the walk.
bool selectiveFilter(const MemberFilter &f)
{
    return f.groupId > 0 || (f.blacklisted && *f.blacklisted);
}

// Whether some condition of the filter has an index to lead with. Short search terms (LIKE) and
// "in no group" have none: leading with them is a scan in table order, so the page keeps
// walking the sort's order instead, which stops as soon as the page is full.
bool hasLeadingIndex(const MemberFilter &f)
{
    const QStringList terms = f.search.simplified().split(u' ', Qt::SkipEmptyParts);
    const bool trigram = std::any_of(terms.cbegin(), terms.cend(), [](const QString &t) { return t.toUcs4().size() >= 3; });
    return trigram || f.identity || f.verification || f.channelId > 0 || f.regionId > 0 || f.tierId > 0 || f.groupId > 0
           || f.tagId > 0 || f.koc || f.blacklisted || f.joinedFrom.isValid() || f.joinedTo.isValid() || f.pointsMin
           || f.pointsMax || f.activeWithinDays > 0;
}

// How many rows of the sort's order a page tests before it lets the filter lead instead: 10,000
// rows are a few milliseconds; a filter matching fewer than 2% of them is better found by its
// own index (or one scan in table order) and sorted.
constexpr int WalkBudget = 10000;

// The (sort value, id) of the budget-th row of a Range run after `cursor`, read from the
// sort's index alone; nullopt when fewer rows remain.
DatabaseError walkBoundary(const QSqlDatabase &db, MemberSort sort, Qt::SortOrder order,
                           const std::optional<MemberCursor> &cursor, int budget, std::optional<MemberCursor> *out)
{
    const SortSpec spec = sortSpec(sort);
    Bindings b;
    QStringList w;
    const bool ascending = order == Qt::AscendingOrder;
    const QString dir = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString cmp = ascending ? QStringLiteral(" > ") : QStringLiteral(" < ");
    if (spec.nullable)
        w.append(spec.expr + QStringLiteral(" IS NOT NULL"));
    if (cursor) {
        if (sort == MemberSort::Id)
            w.append(QStringLiteral("m.id") + cmp + b.add(cursor->id));
        else
            w.append(u'(' + spec.expr + QStringLiteral(", m.id)") + cmp + u'(' + b.add(cursor->sortValue)
                     + QStringLiteral(", ") + b.add(cursor->id) + u')');
    }
    const QString orderBy = sort == MemberSort::Id ? QString(QStringLiteral("m.id") + dir)
                                                   : QString(spec.expr + dir + QStringLiteral(", m.id") + dir);
    Query q(db, QStringLiteral("SELECT ") + spec.expr + QStringLiteral(", m.id FROM members m") + whereClause(w)
                    + QStringLiteral(" ORDER BY ") + orderBy + QStringLiteral(" LIMIT 1 OFFSET ") + b.add(budget - 1));
    b.applyTo(q);
    if (auto err = q.exec(MemberRepository::tr("list members")))
        return err;
    *out = q.next() ? std::optional(MemberCursor{q.value(0), q.value(1).toLongLong()}) : std::nullopt;
    return {};
}


DatabaseError explain(const QSqlDatabase &db, const QString &sql, const Bindings &b, QStringList *plan)
{
    Query q(db, QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
    b.applyTo(q);
    if (auto err = q.exec(MemberRepository::tr("explain the members query")))
        return err;
    plan->clear();
    while (q.next())
        plan->append(q.value(3).toString());
    return {};
}

} // namespace

DatabaseError MemberRepository::count(const MemberFilter &filter, qint64 *out)
{
    Bindings b;
    const QString where = whereClause(whereFor(filter, today(), b));
    Query q(m_db, QStringLiteral("SELECT count(*) FROM members m") + where);
    b.applyTo(q);
    if (auto err = q.exec(MemberRepository::tr("count members")))
        return err;
    *out = q.next() ? q.value(0).toLongLong() : 0;
    return {};
}

DatabaseError MemberRepository::countUpTo(const MemberFilter &filter, qint64 cap, qint64 *out, bool *capped)
{
    Bindings b;
    const QString where = whereClause(whereFor(filter, today(), b));
    Query q(m_db, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM members m") + where + QStringLiteral(" LIMIT ")
                      + b.add(cap + 1) + u')');
    b.applyTo(q);
    if (auto err = q.exec(MemberRepository::tr("count members")))
        return err;
    const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
    *capped = n > cap;
    *out = std::min(n, cap);
    return {};
}

QString MemberRepository::whereSql(const MemberFilter &filter, const QDate &today, QVariantHash *args)
{
    // Named :mf0, :mf1 ... so callers can add parameters of their own next to these.
    Bindings b;
    b.prefix = QStringLiteral(":mf");
    const QStringList w = whereFor(filter, today, b);
    args->clear();
    for (const auto &[name, value] : b.values)
        args->insert(name, value);
    return w.join(QStringLiteral(" AND "));
}

void MemberRepository::setCancelFlag(const QSqlDatabase &db, const std::atomic_bool *cancel)
{
    sqlite3 *h = raw::handle(db);
    if (!h)
        return;
    if (!cancel) {
        sqlite3_progress_handler(h, 0, nullptr, nullptr);
        return;
    }
    // Every few thousand virtual-machine steps: well under a millisecond between checks.
    sqlite3_progress_handler(h, 4000, [](void *flag) -> int {
        return static_cast<const std::atomic_bool *>(flag)->load(std::memory_order_relaxed) ? 1 : 0;
    }, const_cast<std::atomic_bool *>(cancel));
}

DatabaseError MemberRepository::page(const MemberFilter &filter, MemberSort sort, Qt::SortOrder order,
                                     const std::optional<MemberCursor> &after, int limit, QList<MemberRow> *out)
{
    out->clear();
    if (limit <= 0)
        return {};
    const QList<Run> runs = runsFor(sort, sortSpec(sort), order, filter);
    const qsizetype first = firstRun(runs, after);
    QList<MemberRow> rows;
    const auto fetch = [&](const QString &sql, const Bindings &b) -> DatabaseError {
        Query q(m_db, sql);
        b.applyTo(q);
        if (auto err = q.exec(MemberRepository::tr("list members")))
            return err;
        while (q.next())
            rows.append(memberSql::readRow(q));
        return {};
    };
    // A filter on a sort with its own index: walk the sort's order for a bounded number of rows;
    // when that does not fill the page the filter is rare, and leads from there on.
    Bindings scratch;
    const bool filtered = walkableSort(sort) && !whereFor(filter, today(), scratch).isEmpty();
    const bool walk = filtered && !selectiveFilter(filter);
    const bool filterFirst = filtered && selectiveFilter(filter);
    for (qsizetype i = first; i < runs.size() && rows.size() < limit; ++i) {
        const Run &run = runs.at(i);
        const std::optional<MemberCursor> cursor = i == first ? after : std::nullopt;
        if (!walk || run.kind != Run::Range) {
            Bindings b;
            const Plan plan = filterFirst && run.kind == Run::Range ? Plan::FilterFirst : Plan::Plain;
            if (auto err = fetch(pageSql(filter, today(), sort, order, run, cursor, limit - int(rows.size()), b, plan), b))
                return err;
            continue;
        }
        // Without an index to lead, the alternative is a scan in table order: walk ten times
        // further first (a 2% match fills the page long before; a rare one pays half a second
        // more than the scan alone).
        std::optional<MemberCursor> bound;
        const int budget = hasLeadingIndex(filter) ? WalkBudget : 10 * WalkBudget;
        if (auto err = walkBoundary(m_db, sort, order, cursor, budget, &bound))
            return err;
        Bindings walkBindings;
        if (auto err = fetch(pageSql(filter, today(), sort, order, run, cursor, limit - int(rows.size()), walkBindings,
                                     Plan::WalkSort, bound),
                             walkBindings))
            return err;
        if (rows.size() >= limit || !bound)
            continue; // the page is full, or the walk covered the whole run
        Bindings filterBindings;
        if (auto err = fetch(pageSql(filter, today(), sort, order, run, bound, limit - int(rows.size()), filterBindings,
                                     Plan::FilterFirst),
                             filterBindings))
            return err;
    }
    *out = std::move(rows);
    return {};
}

DatabaseError MemberRepository::groupChoices(const QString &text, int limit, QList<std::pair<qint64, QString>> *out)
{
    out->clear();
    const QString needle = text.trimmed();
    Query q(m_db, QStringLiteral("SELECT id, name FROM chat_groups WHERE status <> 'dissolved'")
                      + (needle.isEmpty() ? QString() : QStringLiteral(" AND name LIKE :pattern ESCAPE '\\'"))
                      + QStringLiteral(" ORDER BY name, id LIMIT :limit"));
    if (!needle.isEmpty())
        q.bind(QStringLiteral(":pattern"), likePattern(needle));
    q.bind(QStringLiteral(":limit"), std::max(limit, 1));
    if (auto err = q.exec(MemberRepository::tr("find groups")))
        return err;
    while (q.next())
        out->append({q.value(0).toLongLong(), q.value(1).toString()});
    return {};
}

DatabaseError MemberRepository::groupName(qint64 groupId, QString *out)
{
    Query q(m_db, QStringLiteral("SELECT name FROM chat_groups WHERE id = :id"));
    q.bind(QStringLiteral(":id"), groupId);
    if (auto err = q.exec(MemberRepository::tr("read group %1").arg(groupId)))
        return err;
    if (!q.next())
        return DatabaseError::make(DatabaseError::Kind::NotFound, MemberRepository::tr("Group %1 does not exist.").arg(groupId));
    *out = q.value(0).toString();
    return {};
}

DatabaseError MemberRepository::explainPage(const MemberFilter &filter, MemberSort sort, Qt::SortOrder order,
                                            const std::optional<MemberCursor> &after, QStringList *plan)
{
    const QList<Run> runs = runsFor(sort, sortSpec(sort), order, filter);
    const qsizetype first = firstRun(runs, after);
    if (first >= runs.size()) {
        plan->clear();
        return {};
    }
    Bindings b;
    const QString sql = pageSql(filter, today(), sort, order, runs.at(first), after, 200, b);
    return explain(m_db, sql, b, plan);
}

DatabaseError MemberRepository::samples(MemberSamples *out)
{
    *out = {};
    const auto scalar = [this](const char *sql, DatabaseError *err) { return Query::scalar(m_db, QString::fromUtf8(sql), err); };
    DatabaseError err;
    out->name = scalar("SELECT display_name FROM members ORDER BY id LIMIT 1", &err).toString();
    if (!err)
        out->nickname = scalar("SELECT group_nickname FROM members WHERE length(group_nickname) >= 6 ORDER BY id LIMIT 1", &err).toString();
    if (!err)
        out->phone = scalar("SELECT phone FROM members WHERE phone IS NOT NULL ORDER BY id LIMIT 1", &err).toString();
    if (!err)
        out->channelId = scalar("SELECT id FROM channels ORDER BY id LIMIT 1", &err).toLongLong();
    if (!err)
        out->regionId = scalar("SELECT id FROM regions ORDER BY id LIMIT 1", &err).toLongLong();
    if (!err)
        out->tierId = scalar("SELECT id FROM tiers ORDER BY rank LIMIT 1", &err).toLongLong();
    // The tag list is short; counting its members reads member_tags_tag once.
    if (!err)
        out->tagId = scalar("SELECT tag_id FROM member_tags GROUP BY tag_id ORDER BY count(*) DESC LIMIT 1", &err).toLongLong();
    if (!err)
        out->groupId = scalar("SELECT id FROM chat_groups ORDER BY member_count DESC, id LIMIT 1", &err).toLongLong();
    return err;
}

QString MemberRepository::firstPageSql(const MemberFilter &filter, MemberSort sort, Qt::SortOrder order, int limit) const
{
    const QList<Run> runs = runsFor(sort, sortSpec(sort), order, filter);
    if (runs.isEmpty())
        return {};
    Bindings b;
    QString sql = pageSql(filter, today(), sort, order, runs.first(), std::nullopt, limit, b);
    // Highest numbers first, so :p1 does not replace the start of :p10.
    for (qsizetype i = b.values.size() - 1; i >= 0; --i) {
        const QVariant &v = b.values.at(i).second;
        QString literal;
        if (v.isNull())
            literal = QStringLiteral("NULL");
        else if (v.typeId() == QMetaType::QString)
            literal = u'\'' + v.toString().replace(u'\'', QStringLiteral("''")) + u'\'';
        else
            literal = QString::number(v.toLongLong());
        sql.replace(b.values.at(i).first, literal);
    }
    return sql;
}

DatabaseError MemberRepository::explainCount(const MemberFilter &filter, QStringList *plan)
{
    Bindings b;
    const QString sql = QStringLiteral("SELECT count(*) FROM members m") + whereClause(whereFor(filter, today(), b));
    return explain(m_db, sql, b, plan);
}

} // namespace qundesk
