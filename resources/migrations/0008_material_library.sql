-- Version 8: the material library (素材库) screen.
--
-- material_thumbnails caches a small PNG per image material, made by the UI from the stored
-- bytes or file the first time the material is shown, so listing the library never decodes
-- originals again. source_sha256 is the material's hash at the time, so a stale thumbnail
-- (the material's bytes changed) can be recognised and remade.
CREATE TABLE material_thumbnails (
    material_id   INTEGER PRIMARY KEY REFERENCES materials (id) ON DELETE CASCADE,
    png           BLOB NOT NULL,
    source_sha256 TEXT NOT NULL
);

-- One reward per material for its original creator (the author member): the primary key is
-- what refuses a second reward. ledger_entry_id is the points_ledger row that paid it.
CREATE TABLE material_rewards (
    material_id     INTEGER PRIMARY KEY REFERENCES materials (id) ON DELETE CASCADE,
    member_id       INTEGER REFERENCES members (id) ON DELETE SET NULL,
    points          INTEGER NOT NULL CHECK (points > 0),
    ledger_entry_id INTEGER REFERENCES points_ledger (id) ON DELETE SET NULL,
    operator_id     INTEGER REFERENCES operators (id) ON DELETE SET NULL,
    rewarded_at     TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
);

-- The library lists newest first; items find their materials by the primary key, and a
-- material's items (to say where it is used) need the other direction.
CREATE INDEX materials_created ON materials (created_at, id);
CREATE INDEX content_item_materials_material ON content_item_materials (material_id);
