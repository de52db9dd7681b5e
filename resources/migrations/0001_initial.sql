-- QunDesk schema, version 1: the whole domain, so later screens only add columns.
-- Conventions: ids are INTEGER PRIMARY KEY; dates are TEXT 'YYYY-MM-DD'; times are TEXT
-- 'YYYY-MM-DD HH:MM:SS' in the operation's local time (slots and calendars are local);
-- money is INTEGER fen (1/100 CNY); flags are INTEGER 0/1 with CHECKs.
-- Enumerations are lower-case codes checked here and parsed in app/domain.

PRAGMA application_id = 1364545092; -- 'QUND'

CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT
) WITHOUT ROWID;

-- ---------------------------------------------------------------- dimensions
CREATE TABLE tiers (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    rank       INTEGER NOT NULL UNIQUE,            -- 1 = top of the hierarchy
    buy_in_fen INTEGER CHECK (buy_in_fen IS NULL OR buy_in_fen >= 0)
);

CREATE TABLE teams (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0)
);

CREATE TABLE operators (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    role         TEXT NOT NULL DEFAULT 'specialist'
                 CHECK (role IN ('specialist', 'manager', 'director', 'trainer')),
    team_id      INTEGER REFERENCES teams (id) ON DELETE SET NULL,
    persona_name TEXT,                                -- shared staff nickname, e.g. 宠粉官
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at   TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
);
CREATE INDEX operators_team ON operators (team_id);

CREATE TABLE channels (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    kind TEXT NOT NULL DEFAULT 'qr_code'
         CHECK (kind IN ('qr_code', 'ad', 'referral', 'offline', 'app', 'other')),
    code TEXT UNIQUE                                  -- the 活码 id printed on the poster
);

CREATE TABLE regions (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    province TEXT
);

-- ---------------------------------------------------------------- members
CREATE TABLE members (
    id                    INTEGER PRIMARY KEY,
    display_name          TEXT NOT NULL CHECK (length(trim(display_name)) > 0),
    group_nickname        TEXT,
    platform_id           TEXT NOT NULL UNIQUE CHECK (length(trim(platform_id)) > 0),
    phone                 TEXT CHECK (phone IS NULL OR phone GLOB '[0-9+]*'),
    identity              TEXT NOT NULL DEFAULT 'unknown'
                          CHECK (identity IN ('store', 'online', 'consumer', 'unknown')),
    verification          TEXT NOT NULL DEFAULT 'unverified'
                          CHECK (verification IN ('unverified', 'pending', 'verified', 'rejected')),
    verified_by           INTEGER REFERENCES operators (id) ON DELETE SET NULL,
    verified_at           TEXT,
    verification_evidence TEXT,
    channel_id            INTEGER REFERENCES channels (id) ON DELETE SET NULL,
    region_id             INTEGER REFERENCES regions (id) ON DELETE SET NULL,
    tier_id               INTEGER REFERENCES tiers (id) ON DELETE SET NULL,
    first_joined_at       TEXT,
    is_koc                INTEGER NOT NULL DEFAULT 0 CHECK (is_koc IN (0, 1)),
    koc_since             TEXT,
    koc_reason            TEXT,
    blacklisted           INTEGER NOT NULL DEFAULT 0 CHECK (blacklisted IN (0, 1)),
    blacklist_reason      TEXT,
    blacklisted_at        TEXT,
    points_balance        INTEGER NOT NULL DEFAULT 0 CHECK (points_balance >= 0),
    notes                 TEXT,
    created_at            TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
    updated_at            TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
    CHECK (verification NOT IN ('verified', 'rejected') OR verified_at IS NOT NULL),
    CHECK (is_koc = 0 OR koc_since IS NOT NULL),
    CHECK (blacklisted = 0 OR length(trim(coalesce(blacklist_reason, ''))) > 0)
);
CREATE INDEX members_channel ON members (channel_id);
CREATE INDEX members_region ON members (region_id);
CREATE INDEX members_tier ON members (tier_id);
CREATE INDEX members_identity ON members (identity, verification);
CREATE INDEX members_verification ON members (verification);
CREATE INDEX members_first_joined ON members (first_joined_at);
CREATE INDEX members_points ON members (points_balance);
CREATE INDEX members_name ON members (display_name);
CREATE INDEX members_koc ON members (id) WHERE is_koc = 1;
CREATE INDEX members_blacklisted ON members (id) WHERE blacklisted = 1;

CREATE TABLE tags (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    color TEXT CHECK (color IS NULL OR color GLOB '#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]')
);

CREATE TABLE member_tags (
    member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    tag_id    INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    tagged_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
    PRIMARY KEY (member_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX member_tags_tag ON member_tags (tag_id, member_id);

-- Points: the ledger is the record; members.points_balance is kept by trigger, and its
-- CHECK (>= 0) makes a redemption that would overdraw fail as a whole.
CREATE TABLE points_ledger (
    id          INTEGER PRIMARY KEY,
    member_id   INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    delta       INTEGER NOT NULL CHECK (delta <> 0),
    reason      TEXT NOT NULL
                CHECK (reason IN ('checkin', 'game', 'activity', 'referral', 'content',
                                  'purchase', 'redeem', 'adjust')),
    note        TEXT,
    operator_id INTEGER REFERENCES operators (id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
    CHECK (reason <> 'redeem' OR delta < 0)
);
CREATE INDEX points_ledger_member ON points_ledger (member_id, created_at);

CREATE TRIGGER points_ledger_apply AFTER INSERT ON points_ledger BEGIN
    UPDATE members SET points_balance = points_balance + NEW.delta WHERE id = NEW.member_id;
END;
CREATE TRIGGER points_ledger_revert AFTER DELETE ON points_ledger BEGIN
    UPDATE members SET points_balance = points_balance - OLD.delta WHERE id = OLD.member_id;
END;

-- ---------------------------------------------------------------- groups
-- "groups" is an SQL keyword (window frames), hence chat_groups.
CREATE TABLE chat_groups (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
    number           INTEGER CHECK (number IS NULL OR number > 0),
    purpose          TEXT NOT NULL DEFAULT 'shopping_guide'
                     CHECK (purpose IN ('master', 'sub', 'shopping_guide', 'perks', 'after_sales',
                                        'material', 'training', 'other')),
    tier_id          INTEGER REFERENCES tiers (id) ON DELETE SET NULL,
    team_id          INTEGER REFERENCES teams (id) ON DELETE SET NULL,
    identity_segment TEXT NOT NULL DEFAULT 'mixed'
                     CHECK (identity_segment IN ('store', 'online', 'consumer', 'mixed')),
    channel_id       INTEGER REFERENCES channels (id) ON DELETE SET NULL,
    region_id        INTEGER REFERENCES regions (id) ON DELETE SET NULL,
    parent_id        INTEGER REFERENCES chat_groups (id) ON DELETE SET NULL,
    owner_member_id  INTEGER REFERENCES members (id) ON DELETE SET NULL,
    operator_id      INTEGER REFERENCES operators (id) ON DELETE SET NULL,
    capacity         INTEGER NOT NULL DEFAULT 500 CHECK (capacity > 0),
    created_on       TEXT NOT NULL DEFAULT (date('now', 'localtime')),
    filled_on        TEXT,
    status           TEXT NOT NULL DEFAULT 'active'
                     CHECK (status IN ('active', 'archived', 'dissolved')),
    status_changed_at TEXT,
    rules            TEXT,
    culture          TEXT,
    created_at       TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
    updated_at       TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
    CHECK (parent_id IS NULL OR parent_id <> id),
    CHECK (filled_on IS NULL OR filled_on >= created_on)
);
CREATE INDEX chat_groups_tier_team ON chat_groups (tier_id, team_id);
CREATE INDEX chat_groups_team ON chat_groups (team_id);
CREATE INDEX chat_groups_status ON chat_groups (status);
CREATE INDEX chat_groups_parent ON chat_groups (parent_id);
CREATE INDEX chat_groups_operator ON chat_groups (operator_id);
CREATE UNIQUE INDEX chat_groups_name_live ON chat_groups (name) WHERE status <> 'dissolved';

CREATE TABLE memberships (
    id           INTEGER PRIMARY KEY,
    member_id    INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    group_id     INTEGER NOT NULL REFERENCES chat_groups (id) ON DELETE CASCADE,
    role         TEXT NOT NULL DEFAULT 'member'
                 CHECK (role IN ('member', 'owner', 'vice_owner', 'admin')),
    joined_at    TEXT NOT NULL,
    left_at      TEXT,
    leave_reason TEXT CHECK (leave_reason IS NULL
                             OR leave_reason IN ('left', 'kicked', 'migrated', 'dissolved')),
    CHECK ((left_at IS NULL) = (leave_reason IS NULL)),
    CHECK (left_at IS NULL OR left_at >= joined_at)
);
-- At most one open membership per member and group.
CREATE UNIQUE INDEX memberships_open ON memberships (member_id, group_id) WHERE left_at IS NULL;
CREATE INDEX memberships_group ON memberships (group_id, left_at);
CREATE INDEX memberships_member ON memberships (member_id, joined_at);

-- ---------------------------------------------------------------- content
CREATE TABLE content_columns (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    category    TEXT NOT NULL DEFAULT 'knowledge'
                CHECK (category IN ('knowledge', 'activity', 'interaction', 'perks',
                                    'new_product', 'guest_share')),
    color       TEXT,
    description TEXT
);

CREATE TABLE content_items (
    id         INTEGER PRIMARY KEY,
    title      TEXT NOT NULL CHECK (length(trim(title)) > 0),
    body       TEXT,
    kind       TEXT NOT NULL DEFAULT 'announcement'
               CHECK (kind IN ('announcement', 'activity', 'knowledge', 'topic', 'game', 'perk',
                               'new_product', 'flash_sale', 'welcome', 'script')),
    column_id  INTEGER REFERENCES content_columns (id) ON DELETE SET NULL,
    status     TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'ready', 'archived')),
    tags       TEXT,                                   -- comma separated, free form
    created_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
    updated_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
);
CREATE INDEX content_items_column ON content_items (column_id);
CREATE INDEX content_items_kind ON content_items (kind, status);

CREATE TABLE materials (
    id               INTEGER PRIMARY KEY,
    title            TEXT NOT NULL CHECK (length(trim(title)) > 0),
    kind             TEXT NOT NULL DEFAULT 'image'
                     CHECK (kind IN ('image', 'poster', 'copy', 'video', 'file')),
    file_path        TEXT,
    data             BLOB,
    body             TEXT,                              -- the text itself for kind 'copy'
    mime_type        TEXT,
    size_bytes       INTEGER CHECK (size_bytes IS NULL OR size_bytes >= 0),
    sha256           TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    author_member_id INTEGER REFERENCES members (id) ON DELETE SET NULL,
    approved         INTEGER NOT NULL DEFAULT 0 CHECK (approved IN (0, 1)),
    approved_by      INTEGER REFERENCES operators (id) ON DELETE SET NULL,
    approved_at      TEXT,
    created_at       TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
    CHECK (file_path IS NOT NULL OR data IS NOT NULL OR body IS NOT NULL)
);
CREATE INDEX materials_author ON materials (author_member_id);

CREATE TABLE content_item_materials (
    content_item_id INTEGER NOT NULL REFERENCES content_items (id) ON DELETE CASCADE,
    material_id     INTEGER NOT NULL REFERENCES materials (id) ON DELETE CASCADE,
    PRIMARY KEY (content_item_id, material_id)
) WITHOUT ROWID;

CREATE TABLE keyword_replies (
    id             INTEGER PRIMARY KEY,
    keyword        TEXT NOT NULL CHECK (length(trim(keyword)) > 0),
    match_mode     TEXT NOT NULL DEFAULT 'contains' CHECK (match_mode IN ('contains', 'exact', 'prefix')),
    reply          TEXT NOT NULL CHECK (length(trim(reply)) > 0),
    scope_group_id INTEGER REFERENCES chat_groups (id) ON DELETE CASCADE,   -- NULL: every group
    scope_purpose  TEXT,
    priority       INTEGER NOT NULL DEFAULT 0,
    enabled        INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1))
);
CREATE INDEX keyword_replies_keyword ON keyword_replies (keyword);

CREATE TABLE time_slots (
    id        INTEGER PRIMARY KEY,
    slot_time TEXT NOT NULL UNIQUE CHECK (slot_time GLOB '[0-2][0-9]:[0-5][0-9]' AND slot_time < '24:00'),
    label     TEXT,
    max_posts INTEGER NOT NULL DEFAULT 1 CHECK (max_posts > 0)
);
INSERT INTO time_slots (slot_time, label) VALUES
    ('09:00', '早安问候'), ('10:00', '上午干货'), ('13:00', '午间话题'), ('14:00', '下午活动'),
    ('16:00', '下午茶福利'), ('17:00', '傍晚互动'), ('20:00', '晚间主推'), ('22:00', '晚安总结');

-- ---------------------------------------------------------------- SOP templates
CREATE TABLE sop_templates (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    description   TEXT,
    kind          TEXT NOT NULL DEFAULT 'campaign' CHECK (kind IN ('campaign', 'weekly')),
    duration_days INTEGER NOT NULL DEFAULT 7 CHECK (duration_days > 0),
    builtin       INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1))
);

CREATE TABLE sop_steps (
    id          INTEGER PRIMARY KEY,
    template_id INTEGER NOT NULL REFERENCES sop_templates (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    day_offset  INTEGER NOT NULL CHECK (day_offset >= 0),
    slot_time   TEXT NOT NULL CHECK (slot_time GLOB '[0-2][0-9]:[0-5][0-9]'),
    kind        TEXT NOT NULL DEFAULT 'announcement'
                CHECK (kind IN ('announcement', 'activity', 'knowledge', 'topic', 'game', 'perk',
                                'new_product', 'flash_sale', 'welcome', 'script')),
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    body        TEXT
);
CREATE INDEX sop_steps_template ON sop_steps (template_id, position);

CREATE TABLE sop_applications (
    id          INTEGER PRIMARY KEY,
    template_id INTEGER NOT NULL REFERENCES sop_templates (id) ON DELETE CASCADE,
    group_id    INTEGER NOT NULL REFERENCES chat_groups (id) ON DELETE CASCADE,
    start_date  TEXT NOT NULL,
    applied_at  TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
    UNIQUE (template_id, group_id, start_date)
);

CREATE TABLE schedule_entries (
    id                 INTEGER PRIMARY KEY,
    content_item_id    INTEGER REFERENCES content_items (id) ON DELETE SET NULL,
    group_id           INTEGER NOT NULL REFERENCES chat_groups (id) ON DELETE CASCADE,
    scheduled_at       TEXT NOT NULL,                  -- local date and slot time
    title              TEXT,                           -- overrides the content item's title
    body               TEXT,
    status             TEXT NOT NULL DEFAULT 'planned'
                       CHECK (status IN ('planned', 'done', 'skipped', 'cancelled')),
    done_at            TEXT,
    operator_id        INTEGER REFERENCES operators (id) ON DELETE SET NULL,
    sop_application_id INTEGER REFERENCES sop_applications (id) ON DELETE CASCADE,
    sop_step_id        INTEGER REFERENCES sop_steps (id) ON DELETE SET NULL,
    CHECK (status <> 'done' OR done_at IS NOT NULL),
    CHECK (content_item_id IS NOT NULL OR length(trim(coalesce(title, ''))) > 0)
);
CREATE INDEX schedule_entries_time ON schedule_entries (scheduled_at);
CREATE INDEX schedule_entries_group ON schedule_entries (group_id, scheduled_at);
CREATE INDEX schedule_entries_operator ON schedule_entries (operator_id, scheduled_at);
CREATE INDEX schedule_entries_application ON schedule_entries (sop_application_id);

-- ---------------------------------------------------------------- onboarding
CREATE TABLE onboarding_flows (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    purpose      TEXT CHECK (purpose IS NULL
                             OR purpose IN ('master', 'sub', 'shopping_guide', 'perks', 'after_sales',
                                            'material', 'training', 'other')),
    description  TEXT,
    persona_name TEXT,
    builtin      INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1))
);

CREATE TABLE onboarding_steps (
    id             INTEGER PRIMARY KEY,
    flow_id        INTEGER NOT NULL REFERENCES onboarding_flows (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    kind           TEXT NOT NULL DEFAULT 'custom'
                   CHECK (kind IN ('identity_check', 'welcome', 'rename', 'self_intro', 'gift',
                                   'rules', 'qa_session', 'first_activity', 'custom')),
    title          TEXT NOT NULL CHECK (length(trim(title)) > 0),
    staff_script   TEXT,
    member_action  TEXT,
    checklist      TEXT,                               -- one item per line
    timing_minutes INTEGER CHECK (timing_minutes IS NULL OR timing_minutes >= 0)
);
CREATE INDEX onboarding_steps_flow ON onboarding_steps (flow_id, position);

CREATE TABLE onboarding_progress (
    member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    group_id  INTEGER NOT NULL REFERENCES chat_groups (id) ON DELETE CASCADE,
    step_kind TEXT NOT NULL,
    done_at   TEXT NOT NULL,
    source    TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'detected')),
    PRIMARY KEY (member_id, group_id, step_kind)
) WITHOUT ROWID;

-- ---------------------------------------------------------------- activity
CREATE TABLE events (
    id              INTEGER PRIMARY KEY,
    occurred_at     TEXT NOT NULL,
    kind            TEXT NOT NULL
                    CHECK (kind IN ('message', 'reply', 'join', 'leave', 'post', 'share', 'referral',
                                    'checkin', 'game', 'purchase')),
    member_id       INTEGER REFERENCES members (id) ON DELETE CASCADE,
    group_id        INTEGER REFERENCES chat_groups (id) ON DELETE CASCADE,
    content_item_id INTEGER REFERENCES content_items (id) ON DELETE SET NULL,
    amount_fen      INTEGER,
    CHECK ((kind = 'purchase') = (amount_fen IS NOT NULL)),
    CHECK (amount_fen IS NULL OR amount_fen >= 0)
);
CREATE INDEX events_group_time ON events (group_id, occurred_at);
CREATE INDEX events_member_time ON events (member_id, occurred_at);
CREATE INDEX events_time_kind ON events (occurred_at, kind);

-- ---------------------------------------------------------------- funnels
CREATE TABLE funnels (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    description TEXT,
    builtin     INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1))
);

CREATE TABLE funnel_steps (
    id         INTEGER PRIMARY KEY,
    funnel_id  INTEGER NOT NULL REFERENCES funnels (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    metric     TEXT,                                   -- what is counted, in words
    event_kind TEXT CHECK (event_kind IS NULL
                           OR event_kind IN ('message', 'reply', 'join', 'leave', 'post', 'share',
                                             'referral', 'checkin', 'game', 'purchase'))
);
CREATE INDEX funnel_steps_funnel ON funnel_steps (funnel_id, position);

CREATE TABLE funnel_counts (
    step_id    INTEGER NOT NULL REFERENCES funnel_steps (id) ON DELETE CASCADE,
    channel_id INTEGER NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
    day        TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    count      INTEGER NOT NULL CHECK (count >= 0),
    PRIMARY KEY (step_id, channel_id, day)
) WITHOUT ROWID;
CREATE INDEX funnel_counts_day ON funnel_counts (day);

-- ---------------------------------------------------------------- segments, audit
CREATE TABLE segments (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    filter_json TEXT NOT NULL CHECK (json_valid(filter_json)),
    created_at  TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')),
    actor       TEXT NOT NULL DEFAULT '',
    action      TEXT NOT NULL CHECK (length(action) > 0),
    entity      TEXT NOT NULL,
    entity_id   INTEGER,
    before_json TEXT CHECK (before_json IS NULL OR json_valid(before_json)),
    after_json  TEXT CHECK (after_json IS NULL OR json_valid(after_json))
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_at ON audit_log (at);

-- ---------------------------------------------------------------- member search
-- Trigram FTS5 over the fields a specialist types into the search box; rowid = members.id.
-- It keeps its own copy of the text (SQLite 3.40 cannot delete from contentless tables).
CREATE VIRTUAL TABLE member_search USING fts5 (
    display_name, group_nickname, platform_id, phone, tags, tokenize = 'trigram'
);

CREATE TRIGGER members_search_insert AFTER INSERT ON members BEGIN
    INSERT INTO member_search (rowid, display_name, group_nickname, platform_id, phone, tags)
    VALUES (NEW.id, NEW.display_name, NEW.group_nickname, NEW.platform_id, NEW.phone, '');
END;
CREATE TRIGGER members_search_update
AFTER UPDATE OF display_name, group_nickname, platform_id, phone ON members BEGIN
    UPDATE member_search SET display_name = NEW.display_name, group_nickname = NEW.group_nickname,
                             platform_id = NEW.platform_id, phone = NEW.phone
    WHERE rowid = NEW.id;
END;
CREATE TRIGGER members_search_delete AFTER DELETE ON members BEGIN
    DELETE FROM member_search WHERE rowid = OLD.id;
END;
CREATE TRIGGER member_tags_search_insert AFTER INSERT ON member_tags BEGIN
    UPDATE member_search SET tags = (SELECT group_concat(t.name, ' ') FROM member_tags mt
                                     JOIN tags t ON t.id = mt.tag_id WHERE mt.member_id = NEW.member_id)
    WHERE rowid = NEW.member_id;
END;
CREATE TRIGGER member_tags_search_delete AFTER DELETE ON member_tags BEGIN
    UPDATE member_search SET tags = coalesce((SELECT group_concat(t.name, ' ') FROM member_tags mt
                                     JOIN tags t ON t.id = mt.tag_id WHERE mt.member_id = OLD.member_id), '')
    WHERE rowid = OLD.member_id;
END;
CREATE TRIGGER tags_search_rename AFTER UPDATE OF name ON tags BEGIN
    UPDATE member_search SET tags = coalesce((SELECT group_concat(t.name, ' ') FROM member_tags mt
                                     JOIN tags t ON t.id = mt.tag_id WHERE mt.member_id = member_search.rowid), '')
    WHERE rowid IN (SELECT member_id FROM member_tags WHERE tag_id = NEW.id);
END;
