#pragma once

#include "analytics/KocScore.h"
#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace qundesk {

// One recompute: when, as of which day, with which settings, and what it found.
struct KocRunInfo
{
    QString computedAt;             // local time, 'YYYY-MM-DD HH:MM:SS'
    QDate asOf;
    KocSettings settings;           // the settings the stored scores were computed with
    qint64 members = 0;             // rows written (every member)
    qint64 scored = 0;              // members with any counted activity up to asOf
    double overallCutoff = 0;       // the lowest score in the top topPercent of the operation
    qint64 candidates = 0;
    qint64 unflagSuggestions = 0;
    qint64 elapsedMs = 0;
};

// A member in the candidate or unflag list.
struct KocListEntry
{
    qint64 memberId = 0;
    QString displayName;
    bool koc = false;
    double score = 0;
    double threshold = 0;
    double pctOverall = 0;          // 0..1, see member_scores.pct_overall
    qint64 groupId = 0;             // the group the percentile below is in; 0: in no group
    QString groupName;
    double pctGroup = 0;            // 0..1
    QDate belowSince;               // unflag suggestions: since when below the band
    KocBreakdown breakdown;
};

// A member's rank within one of their open groups.
struct KocGroupRank
{
    qint64 groupId = 0;
    QString groupName;
    int members = 0;                // non-blacklisted open members with a score
    double percentile = 0;          // 0..1
    double cutoff = 0;              // the lowest score in the group's top topPercent
};

// Everything the profile shows about one member's score.
struct KocMemberScore
{
    qint64 memberId = 0;
    QString displayName;
    bool koc = false;
    QString kocSince;
    QString kocReason;
    bool blacklisted = false;
    bool scored = false;            // false: no recompute has written a row for this member yet
    double score = 0;
    double threshold = 0;
    double pctOverall = 0;
    QDate belowSince;
    bool suggestUnflag = false;
    bool candidate = false;
    QString computedAt;
    QDate asOf;
    KocBreakdown breakdown;         // with the weights of the run that computed it
    QList<KocGroupRank> groups;     // by percentile, highest first
};

// KOC scores: the recompute over the member_days rollup (migration 6), the candidate and unflag
// lists, one member's breakdown, the settings under koc.*, and flagging many members at once
// with the same audit entries as MemberRepository::setKoc.
//
// recompute() runs in one transaction on the caller's connection (a worker thread's own, in the
// GUI): it streams member_days through KocScore's functions, ranks members overall and in each
// open group in plain arrays, and rewrites member_scores in member order. On the
// 1,000,000-member demo (7 million member-days, 1 million open memberships) it takes about 20 s
// of CPU; SQL window functions for the same ranks took over 45 s. Progress is reported between
// steps and, through sqlite3_progress_handler, during long statements, where returning false
// interrupts them.
class KocRepository final
{
    Q_DECLARE_TR_FUNCTIONS(KocRepository)

public:
    static constexpr char HalfLifeKey[] = "koc.half_life_days";
    static constexpr char TopPercentKey[] = "koc.top_percent";
    static constexpr char MinScoreKey[] = "koc.min_score";
    static constexpr char UnflagFactorKey[] = "koc.unflag_factor";
    static constexpr char UnflagDaysKey[] = "koc.unflag_days";
    static constexpr char LastRunKey[] = "koc.last_run";
    // Per component: koc.weight.<code> and koc.cap.<code> (codes of kocComponentCode()).
    static QString weightKey(KocComponent c);
    static QString capKey(KocComponent c);

    // Called between steps and during long statements with the step done so far (0..steps);
    // return false to cancel, which rolls the recompute back.
    using Progress = std::function<bool(int step, int steps)>;

    explicit KocRepository(const QSqlDatabase &db) : m_db(db) {}

    // The stored settings; a missing or unusable value keeps its default (see KocSettings).
    DatabaseError settings(KocSettings *out);
    // Validates (the message names the field) and writes every koc.* key in one transaction.
    DatabaseError setSettings(const KocSettings &settings);

    // Scores every member as of `asOf` with the stored settings, in one transaction. A
    // cancelled run returns an error of kind Query whose message says so; nothing changed.
    DatabaseError recompute(const QDate &asOf, KocRunInfo *out = nullptr, const Progress &progress = {});
    // The last run; *exists false when none was made (then out is left alone).
    DatabaseError lastRun(KocRunInfo *out, bool *exists);

    // Not-yet-flagged, not blacklisted members scoring at least their threshold, best first.
    // groupId > 0: only that group's open members, with their percentile within it (NotFound
    // when there is no such group).
    DatabaseError candidates(qint64 groupId, int limit, QList<KocListEntry> *out);
    // Flagged KOCs below unflag factor × threshold since at least unflag days before `today`.
    // groupId > 0: only that group's open members.
    DatabaseError unflagSuggestions(const QDate &today, qint64 groupId, int limit, QList<KocListEntry> *out);
    DatabaseError candidateCount(qint64 *out);
    DatabaseError unflagSuggestionCount(const QDate &today, qint64 *out);
    DatabaseError memberScore(qint64 memberId, const QDate &today, KocMemberScore *out);

    // Flags (koc true) or unflags members in one transaction, each with an audit entry 'koc'
    // like MemberRepository::setKoc: flagging keeps an earlier koc_since, unflagging clears it;
    // the reason is required. Blacklisted members cannot be flagged. *changed counts members
    // whose flag changed.
    DatabaseError setKoc(const QList<qint64> &memberIds, bool koc, const QString &reason, int *changed = nullptr);

private:
    DatabaseError groupMustExist(qint64 groupId);

    QSqlDatabase m_db;
};

} // namespace qundesk
