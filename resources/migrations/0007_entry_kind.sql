-- Version 7: a calendar entry's own kind (EntryEditorDialog). An entry that points at a content
-- item or an SOP step takes its kind from there; an entry typed in the editor with only a title
-- had no kind at all, so its chip had no colour and the SOP/campaign conflict rule could not see a
-- flash sale typed by hand. NULL keeps the old meaning: the kind is the content item's, else the
-- SOP step's (readers use coalesce(e.kind, ci.kind, st.kind)).
ALTER TABLE schedule_entries ADD COLUMN kind TEXT
    CHECK (kind IS NULL OR kind IN ('announcement', 'activity', 'knowledge', 'topic', 'game', 'perk',
                                    'new_product', 'flash_sale', 'welcome', 'script'));
