#pragma once

#include "domain/Content.h"
#include "domain/Schedule.h"
#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QTime>

#include <optional>

namespace qundesk {

// One post on a specialist's day list (今日待发): the entry with everything needed to send it
// without opening the calendar, above all the text itself.
struct DayListItem
{
    qint64 entryId = 0;
    qint64 groupId = 0;
    QString groupName;
    QDateTime scheduledAt; // local time
    QString title; // the entry's own title, else its content item's
    QString text; // the entry's body, else its content item's body: what gets pasted
    std::optional<ContentKind> kind;
    QString slotLabel; // the time slot's label when the time is a configured slot
    ScheduleStatus status = ScheduleStatus::Planned;
    QDateTime doneAt;
    qint64 contentItemId = 0;
    qint64 operatorId = 0;
    int materialCount = 0; // materials attached to the content item

    QTime time() const { return scheduledAt.time(); }
    // Still planned and its time has passed.
    bool isOverdue(const QDateTime &now) const;
    // Whole minutes past the planned time while overdue, else 0.
    qint64 minutesLate(const QDateTime &now) const;
    // Skipped and cancelled posts send nothing and do not count towards the day's total.
    bool counts() const { return status == ScheduleStatus::Planned || status == ScheduleStatus::Done; }

    QJsonObject toJson(const QDateTime &now) const;
};

// The day's progress line: done out of the posts that count, and how many are late.
struct DayListSummary
{
    int total = 0; // planned + done
    int done = 0;
    int overdue = 0;
    int skipped = 0; // skipped or cancelled

    static DayListSummary of(const QList<DayListItem> &items, const QDateTime &now);
    QJsonObject toJson() const;
};

// A material attached to a post's content item, as the day list offers it for copying.
struct DayListMaterial
{
    qint64 id = 0;
    QString title;
    MaterialKind kind = MaterialKind::Image;
    QString body; // the text of a copy material
    QString filePath; // set when the material lives on disk
    QString mimeType;
    bool hasData = false; // the bytes are stored in the database (read them with ContentRepository::material)
};

// An operator someone can pick on the day list, with the number of groups assigned to them.
struct DayListOperator
{
    qint64 id = 0;
    QString name;
    int groups = 0;
};

// The SQL behind the specialist's day list: one operator's posts on one day, across the
// entries assigned to them and the entries of the groups they run. Both paths go through an
// index on (operator, time) or (group, time), so a day of a 400-group operator in a database of
// 10,000 groups reads in milliseconds.
class DayListRepository final
{
    Q_DECLARE_TR_FUNCTIONS(DayListRepository)

public:
    explicit DayListRepository(const QSqlDatabase &db)
        : m_db(db)
    {
    }

    // Active operators by name, with their group counts (dissolved groups left out).
    DatabaseError listOperators(QList<DayListOperator> *out);
    // An operator named by id ("12") or by exact name; a name shared by several operators is
    // refused with their ids, an unknown one with NotFound naming it.
    DatabaseError findOperator(const QString &idOrName, DayListOperator *out);

    // The posts of day for the operator (entries with operator_id = operatorId, or of groups whose
    // operator it is), cancelled ones left out, ordered by time, group name and id.
    DatabaseError day(qint64 operatorId, const QDate &day, QList<DayListItem> *out);
    // One post as day() would list it, e.g. after marking it done.
    DatabaseError item(qint64 entryId, DayListItem *out);

    // The materials attached to a content item, by title.
    DatabaseError materials(qint64 contentItemId, QList<DayListMaterial> *out);

private:
    QSqlDatabase m_db;
};

} // namespace qundesk
