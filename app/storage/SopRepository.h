#pragma once

#include "domain/Sop.h"
#include "storage/DatabaseError.h"

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
    // Applications, newest first; groupId 0 lists all groups.
    DatabaseError listApplications(qint64 groupId, QList<SopApplication> *out);
    // Deletes the application and, by ON DELETE CASCADE, every entry it stamped.
    DatabaseError undoApplication(qint64 applicationId, int *removedEntries = nullptr);

private:
    DatabaseError readSteps(qint64 templateId, QList<SopStep> *out);
    DatabaseError writeSteps(qint64 templateId, const QList<SopStep> &steps);
    DatabaseError saveInTransaction(const SopTemplate &sop, qint64 *id);

    QSqlDatabase m_db;
};

} // namespace qundesk
