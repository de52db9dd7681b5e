-- Version 5: what the members table needs at a million members.
--
-- members.last_active_at = the member's latest event that is not a join or leave, in any group or
-- none (what "active within N days" on the members table reads). Kept by triggers on events like
-- memberships.last_active_at in migration 4; ActivityRollups (app/storage) holds the same rebuild
-- statement for the demo's bulk load and `qundesk-cli check --rebuild-rollups`, and checks it.
--
-- member_segments = saved filters of the members table (the filter as JSON, written and read by
-- SegmentRepository only).

ALTER TABLE members ADD COLUMN last_active_at TEXT;

-- One pass over events in table order and one sort, not ten million index lookups: on the
-- 1,000,000-member demo a correlated max() per member read the events table in member order.
UPDATE members SET last_active_at = a.at
FROM (SELECT member_id, max(occurred_at) AS at FROM events NOT INDEXED
      WHERE member_id IS NOT NULL AND kind NOT IN ('join', 'leave') GROUP BY member_id) AS a
WHERE a.member_id = members.id;

-- "Active within N days" sorted or paged by id reads this range; the partial index leaves out
-- the members who never did anything.
CREATE INDEX members_last_active ON members (last_active_at) WHERE last_active_at IS NOT NULL;

CREATE TRIGGER members_active_insert AFTER INSERT ON events
WHEN NEW.member_id IS NOT NULL AND NEW.kind NOT IN ('join', 'leave') BEGIN
    UPDATE members SET last_active_at = NEW.occurred_at
    WHERE id = NEW.member_id AND (last_active_at IS NULL OR last_active_at < NEW.occurred_at);
END;
CREATE TRIGGER members_active_delete AFTER DELETE ON events
WHEN OLD.member_id IS NOT NULL AND OLD.kind NOT IN ('join', 'leave') BEGIN
    UPDATE members SET last_active_at =
        (SELECT max(o.occurred_at) FROM events o WHERE o.member_id = OLD.member_id AND o.kind NOT IN ('join', 'leave'))
    WHERE id = OLD.member_id AND last_active_at = OLD.occurred_at;
END;

-- Segments: a name staff recognise and the filter it stands for.
CREATE TABLE member_segments (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    filter     TEXT NOT NULL CHECK (json_valid(filter)),
    created_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
    updated_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
);
