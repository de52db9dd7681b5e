-- Version 6: KOC scoring (app/analytics/KocScore.h has the formula and the reasons for its
-- defaults; app/storage/KocRepository.cpp runs it).
--
-- member_days is a rollup of events per member and calendar day, one column per score
-- component, kept current by triggers like the group rollups of migration 4. The score needs
-- per-day counts (each component is capped per day, then decayed by the day's age); grouping
-- the ~10 million raw events by member and day at every recompute sorts all of them (over a
-- minute on the 1,000,000-member demo), while reading this table in primary-key order streams
-- one member after another with no sort.
--
-- Invariant (ActivityRollups::check compares it with the raw rows and rebuild() recomputes it):
--   member_days = per member and day (substr(occurred_at, 1, 10)) of events with a member and a
--                 kind other than join/leave: messages = 'message', replies = 'reply',
--                 content = 'post' + 'share', referrals = 'referral', participation = 'checkin'
--                 + 'game', purchases = 'purchase', gmv_fen = their amounts; a member-day with
--                 none of these has no row.
CREATE TABLE member_days (
    member_id     INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    day           TEXT NOT NULL,
    messages      INTEGER NOT NULL DEFAULT 0 CHECK (messages >= 0),
    replies       INTEGER NOT NULL DEFAULT 0 CHECK (replies >= 0),
    content       INTEGER NOT NULL DEFAULT 0 CHECK (content >= 0),
    referrals     INTEGER NOT NULL DEFAULT 0 CHECK (referrals >= 0),
    participation INTEGER NOT NULL DEFAULT 0 CHECK (participation >= 0),
    purchases     INTEGER NOT NULL DEFAULT 0 CHECK (purchases >= 0),
    gmv_fen       INTEGER NOT NULL DEFAULT 0 CHECK (gmv_fen >= 0),
    PRIMARY KEY (member_id, day)
) WITHOUT ROWID;

-- The last computed score of every member (KocRepository::recompute rewrites all rows in one
-- transaction). n_* are raw counts (n_spend whole CNY), d_* the capped and decayed totals the
-- points come from; the weights they were scored with are stored with the run (settings key
-- koc.last_run), so a breakdown always adds up to the stored score.
--   pct_overall   share of the other non-blacklisted members scoring lower (percent_rank)
--   best_group_id the open group where the member ranks highest, pct_group that rank
--   threshold     the member's bar: max(min score, min(overall cutoff, each group's cutoff))
--   below_since   hysteresis: first day of the current run, at recomputes, of a flagged KOC
--                 scoring below unflag factor × threshold; NULL when no such run
CREATE TABLE member_scores (
    member_id       INTEGER PRIMARY KEY REFERENCES members (id) ON DELETE CASCADE,
    score           REAL NOT NULL DEFAULT 0 CHECK (score >= 0),
    n_messages      INTEGER NOT NULL DEFAULT 0,
    n_replies       INTEGER NOT NULL DEFAULT 0,
    n_content       INTEGER NOT NULL DEFAULT 0,
    n_referrals     INTEGER NOT NULL DEFAULT 0,
    n_participation INTEGER NOT NULL DEFAULT 0,
    n_purchases     INTEGER NOT NULL DEFAULT 0,
    n_spend         INTEGER NOT NULL DEFAULT 0,
    d_messages      REAL NOT NULL DEFAULT 0,
    d_replies       REAL NOT NULL DEFAULT 0,
    d_content       REAL NOT NULL DEFAULT 0,
    d_referrals     REAL NOT NULL DEFAULT 0,
    d_participation REAL NOT NULL DEFAULT 0,
    d_purchases     REAL NOT NULL DEFAULT 0,
    d_spend         REAL NOT NULL DEFAULT 0,
    pct_overall     REAL,
    best_group_id   INTEGER REFERENCES chat_groups (id) ON DELETE SET NULL,
    pct_group       REAL,
    threshold       REAL NOT NULL DEFAULT 0,
    below_since     TEXT,
    computed_at     TEXT NOT NULL
);
CREATE INDEX member_scores_score ON member_scores (score);
CREATE INDEX member_scores_below ON member_scores (below_since) WHERE below_since IS NOT NULL;

-- ------------------------------------------------------------------ backfill what exists
INSERT INTO member_days (member_id, day, messages, replies, content, referrals, participation, purchases, gmv_fen)
SELECT member_id, substr(occurred_at, 1, 10), sum(kind = 'message'), sum(kind = 'reply'),
       sum(kind IN ('post', 'share')), sum(kind = 'referral'), sum(kind IN ('checkin', 'game')),
       sum(kind = 'purchase'), coalesce(sum(amount_fen), 0)
FROM events WHERE member_id IS NOT NULL AND kind NOT IN ('join', 'leave')
GROUP BY 1, 2;

-- ------------------------------------------------------------------ triggers
CREATE TRIGGER events_member_days_insert AFTER INSERT ON events
WHEN NEW.member_id IS NOT NULL AND NEW.kind NOT IN ('join', 'leave') BEGIN
    INSERT INTO member_days (member_id, day, messages, replies, content, referrals, participation, purchases, gmv_fen)
    VALUES (NEW.member_id, substr(NEW.occurred_at, 1, 10), NEW.kind = 'message', NEW.kind = 'reply',
            NEW.kind IN ('post', 'share'), NEW.kind = 'referral', NEW.kind IN ('checkin', 'game'),
            NEW.kind = 'purchase', coalesce(NEW.amount_fen, 0))
    ON CONFLICT (member_id, day) DO UPDATE SET
        messages = messages + excluded.messages,
        replies = replies + excluded.replies,
        content = content + excluded.content,
        referrals = referrals + excluded.referrals,
        participation = participation + excluded.participation,
        purchases = purchases + excluded.purchases,
        gmv_fen = gmv_fen + excluded.gmv_fen;
END;

CREATE TRIGGER events_member_days_delete AFTER DELETE ON events
WHEN OLD.member_id IS NOT NULL AND OLD.kind NOT IN ('join', 'leave') BEGIN
    UPDATE member_days SET
        messages = messages - (OLD.kind = 'message'),
        replies = replies - (OLD.kind = 'reply'),
        content = content - (OLD.kind IN ('post', 'share')),
        referrals = referrals - (OLD.kind = 'referral'),
        participation = participation - (OLD.kind IN ('checkin', 'game')),
        purchases = purchases - (OLD.kind = 'purchase'),
        gmv_fen = gmv_fen - coalesce(OLD.amount_fen, 0)
    WHERE member_id = OLD.member_id AND day = substr(OLD.occurred_at, 1, 10);
    DELETE FROM member_days WHERE member_id = OLD.member_id AND day = substr(OLD.occurred_at, 1, 10)
        AND messages = 0 AND replies = 0 AND content = 0 AND referrals = 0 AND participation = 0
        AND purchases = 0 AND gmv_fen = 0;
END;
