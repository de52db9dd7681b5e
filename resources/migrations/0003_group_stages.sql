-- Version 3: the recorded lifecycle stage of every group, with its history. StageRepository
-- writes it from the lifecycle engine: one span per stretch of days a group spent in one stage.
-- `until` is NULL for the span the group is in now (the day the next span starts otherwise), so
-- a span covers since <= day < until and consecutive spans meet on the day of the change.
CREATE TABLE group_stages (
    id        INTEGER PRIMARY KEY,
    group_id  INTEGER NOT NULL REFERENCES chat_groups (id) ON DELETE CASCADE,
    stage     TEXT NOT NULL CHECK (stage IN ('strong', 'daily', 'weak', 'zombie')),
    reason    TEXT NOT NULL,
    since     TEXT NOT NULL CHECK (date(since) = since),          -- 'yyyy-MM-dd'
    until     TEXT CHECK (until IS NULL OR date(until) = until),
    CHECK (until IS NULL OR until >= since)
);
-- One current span per group; also what the matrix joins on to pivot by stage.
CREATE UNIQUE INDEX group_stages_open ON group_stages (group_id) WHERE until IS NULL;
-- A group's history, newest first.
CREATE INDEX group_stages_history ON group_stages (group_id, since);
