#pragma once

#include "domain/GroupSelector.h"
#include "domain/Schedule.h"
#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace qundesk {

// What the entry editor edits: the entry's fields, its own kind (schedule_entries.kind, added by
// migration 7; nullopt = the content item's kind) and its target. entry.groupId is ignored:
// the target names the group(s).
struct EntryDraft
{
    ScheduleEntry entry;
    std::optional<ContentKind> kind;
    GroupSelector target;
    // Filled by load(): what the entry shows, its own kind else the content item's else the SOP
    // step's. Not written: an editor keeps kind unset while the user leaves this kind alone.
    std::optional<ContentKind> effectiveKind;

    QJsonObject toJson() const;
};

// The entry editor's writes: a new entry for one group or a selector (one entry per resolved
// group, all in one transaction with one audit entry), and the edit of a stored entry.
class EntryEditorRepository final
{
    Q_DECLARE_TR_FUNCTIONS(EntryEditorRepository)

public:
    explicit EntryEditorRepository(const QSqlDatabase &db)
        : m_db(db)
    {
    }

    // A stored entry as a draft (target = its group).
    DatabaseError load(qint64 id, EntryDraft *out);

    // One entry per group of the target (GroupSelectorRepository::resolve), in one transaction
    // with one audit entry ("create", or "create_many" naming the target and every new id).
    // Refuses a target without groups (NotFound) and what ScheduleRepository refuses.
    DatabaseError create(const EntryDraft &draft, QList<qint64> *ids = nullptr);

    // Rewrites every field of the stored entry id (the target must be a single group), with its
    // audit entry. A status other than done clears the done time; done keeps an existing one.
    DatabaseError update(qint64 id, const EntryDraft &draft);
    // The same post sent to several groups (a calendar chip): title, text, content item, kind, time
    // and status of every entry in ids become the draft's, while each keeps its own group and
    // operator; one transaction with one audit entry ("update_many" listing the ids). The draft's
    // target is ignored.
    DatabaseError updateAll(const QList<qint64> &ids, const EntryDraft &draft);

private:
    DatabaseError checkDraft(qint64 id, const EntryDraft &draft);
    // The UPDATE itself inside the caller's transaction; before is the stored entry.
    DatabaseError write(qint64 id, const EntryDraft &draft, const EntryDraft &before);
    DatabaseError setKind(qint64 id, const std::optional<ContentKind> &kind);

    QSqlDatabase m_db;
};

} // namespace qundesk
