#pragma once

#include "analytics/CalendarConflicts.h"
#include "domain/Sop.h"
#include "storage/DatabaseError.h"
#include "storage/ScheduleRepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace qundesk {

// One stamping of a template onto a group's calendar.
struct SopApplication
{
    qint64 id = 0;
    qint64 templateId = 0;
    qint64 groupId = 0;
    QDate startDate;
    QDateTime appliedAt;
    QString templateName;
    QString groupName;
    int entryCount = 0;
};

// A group an application is asked for, and why it would be skipped.
struct SopApplyTarget
{
    enum class Skip {
        None,
        AlreadyApplied, // the template is on the group's calendar from the same start date
        Archived,
        Dissolved
    };

    qint64 groupId = 0;
    QString groupName;
    Skip skip = Skip::None;
    qint64 existingApplicationId = 0; // with AlreadyApplied
    QDateTime existingAppliedAt;

    bool skipped() const { return skip != Skip::None; }
};

// What applying a template to groups from a start date would create: every non-skipped target
// gets every occurrence.
struct SopApplyPlan
{
    SopTemplate sop;
    QDate startDate;
    QList<SopApplyTarget> targets; // in the order asked, without repeats
    QList<SopOccurrence> occurrences;

    int groupsToApply() const;
    int entriesToCreate() const { return groupsToApply() * int(occurrences.size()); }
    // The entries to create as the calendar conflict rules see them (for
    // CalendarConflictRepository::checkProposed): the k-th entry, counting targets that are not
    // skipped in order and their occurrences in order, has id -(k + 1).
    QList<ConflictEntry> proposedEntries() const;
};

struct SopApplyResult
{
    QList<SopApplication> created; // id, template, group, start date and entry count
    QList<SopApplyTarget> skipped;
    int entries = 0;
};

// SOP templates with their steps, and their application to groups' calendars. A template and
// its steps are saved together; applying writes the application and all its schedule entries
// in one transaction, and undoing removes them together.
class SopRepository final
{
    Q_DECLARE_TR_FUNCTIONS(SopRepository)

public:
    explicit SopRepository(const QSqlDatabase &db)
        : m_db(db)
    {
    }

    // Every template with its steps (by position): built-in ones first, then by name.
    DatabaseError listTemplates(QList<SopTemplate> *out);
    DatabaseError templateWithSteps(qint64 id, SopTemplate *out);

    // Inserts (id 0) or updates the template and makes its steps exactly sop.steps: steps with an
    // id of this template are updated in place (entries already stamped keep pointing at them),
    // steps with id 0 are added, the template's other steps are deleted. Positions are renumbered
    // 1..n in list order. Invalid templates (validateSopTemplate) and duplicate names are refused
    // as Constraint errors.
    DatabaseError saveTemplate(const SopTemplate &sop, qint64 *id = nullptr);
    // Refused while the template has applications: deleting it would cascade to their entries.
    DatabaseError removeTemplate(qint64 id);
    // Adds the built-in templates whose names are not taken yet.
    DatabaseError installBuiltinTemplates(int *installed = nullptr);

    // Stamps the template onto the group's calendar from startDate: one sop_applications row and
    // one schedule entry per expanded step (title, body, step and application recorded; operator =
    // the group's operator). Applying the same template to the same group and start date again
    // is refused with a Constraint error and changes nothing.
    DatabaseError apply(qint64 templateId, qint64 groupId, const QDate &startDate, qint64 *applicationId = nullptr,
        int *entryCount = nullptr);
    // The same inside the caller's open transaction (e.g. applying a recommendation); auditExtra
    // adds keys to the audit entry's after-JSON.
    DatabaseError applyInTransaction(qint64 templateId, qint64 groupId, const QDate &startDate,
        const QJsonObject &auditExtra, qint64 *applicationId = nullptr, int *entryCount = nullptr);
    // The template by id (all digits) or exact name, with its steps.
    DatabaseError findTemplate(const QString &idOrName, SopTemplate *out);

    // What applyToGroups would do, without writing: the template expanded from startDate and
    // each group with its skip reason. Unknown groups are NotFound errors.
    DatabaseError planApplication(
        qint64 templateId, const QList<qint64> &groupIds, const QDate &startDate, SopApplyPlan *out);
    // Stamps the template onto every group of the plan that is not skipped, all in ONE transaction
    // (one application and audit entry per group). Applying again skips the groups that already
    // carry it from that start date, so repeating a call never duplicates entries.
    DatabaseError applyToGroups(
        qint64 templateId, const QList<qint64> &groupIds, const QDate &startDate, SopApplyResult *out);

    // Applications, newest first; groupId 0 lists all groups.
    DatabaseError listApplications(qint64 groupId, QList<SopApplication> *out);
    // Deletes the application and, by ON DELETE CASCADE, every entry it stamped.
    DatabaseError undoApplication(qint64 applicationId, int *removedEntries = nullptr);

    DatabaseError application(qint64 applicationId, SopApplication *out);

private:
    DatabaseError planInTransaction(
        qint64 templateId, const QList<qint64> &groupIds, const QDate &startDate, SopApplyPlan *out);
    DatabaseError readSteps(qint64 templateId, QList<SopStep> *out);
    DatabaseError writeSteps(qint64 templateId, const QList<SopStep> &steps);
    DatabaseError saveInTransaction(const SopTemplate &sop, qint64 *id);

    QSqlDatabase m_db;
};

} // namespace qundesk
