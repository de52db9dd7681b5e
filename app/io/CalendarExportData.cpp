#include "io/CalendarExportData.h"

#include "storage/ContentRepository.h"
#include "storage/DimensionRepository.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace qundesk {

namespace {

using K = DatabaseError::Kind;

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

DatabaseError operatorName(const QSqlDatabase &db, qint64 id, QString *out)
{
    Operator op;
    if (auto err = DimensionRepository(db).getOperator(id, &op))
        return err;
    *out = op.name;
    return {};
}

} // namespace

DatabaseError CalendarExportData::check(const QSqlDatabase &db, const CalendarExportOptions &o)
{
    if (!o.from.isValid() || !o.to.isValid())
        return DatabaseError::make(K::Constraint, tr("The export needs a start and an end date."));
    if (o.to < o.from)
        return DatabaseError::make(
            K::Constraint, tr("The end date %1 is before the start date %2.").arg(isoDate(o.to), isoDate(o.from)));
    if (o.from.daysTo(o.to) + 1 > MaxDays)
        return DatabaseError::make(K::Constraint,
            tr("An export covers at most %1 days; %2 to %3 is %4 days.")
                .arg(MaxDays)
                .arg(isoDate(o.from), isoDate(o.to))
                .arg(o.from.daysTo(o.to) + 1));
    if (o.groupId > 0) {
        GroupChoice group;
        if (auto err = ScheduleRepository(db).groupChoice(o.groupId, &group))
            return err;
    }
    if (o.operatorId > 0) {
        QString name;
        if (auto err = operatorName(db, o.operatorId, &name))
            return err;
    }
    return {};
}

DatabaseError CalendarExportData::load(
    const QSqlDatabase &db, const CalendarExportOptions &o, QList<CalendarExportRow> *out)
{
    out->clear();
    if (auto err = check(db, o))
        return err;
    ScheduleFilter filter;
    filter.groupId = o.groupId;
    filter.operatorId = o.operatorId;
    QList<ScheduleRow> rows;
    if (auto err = ScheduleRepository(db).list(o.from, o.to, filter, &rows))
        return err;

    QList<Operator> operators;
    if (auto err = DimensionRepository(db).listOperators(&operators))
        return err;
    QHash<qint64, QString> operatorNames;
    for (const Operator &op : std::as_const(operators))
        operatorNames.insert(op.id, op.name);

    // Bodies of the content items used in the range: a library holds hundreds, a range uses fewer.
    QHash<qint64, QString> bodies;
    ContentRepository content(db);
    for (const ScheduleRow &r : std::as_const(rows)) {
        const qint64 id = r.entry.contentItemId;
        if (id <= 0 || !r.entry.body.isEmpty() || bodies.contains(id))
            continue;
        ContentItem item;
        if (auto err = content.item(id, &item))
            return err;
        bodies.insert(id, item.body);
    }

    out->reserve(rows.size());
    for (const ScheduleRow &r : std::as_const(rows)) {
        CalendarExportRow row;
        row.row = r;
        row.text = r.entry.body.isEmpty() ? bodies.value(r.entry.contentItemId) : r.entry.body;
        row.operatorName = operatorNames.value(r.entry.operatorId);
        out->append(row);
    }
    return {};
}

QString CalendarExportData::filterText(const QSqlDatabase &db, const CalendarExportOptions &o)
{
    QStringList parts;
    if (o.groupId > 0) {
        GroupChoice group;
        if (!ScheduleRepository(db).groupChoice(o.groupId, &group))
            parts.append(tr("Group: %1").arg(group.name));
    }
    if (o.operatorId > 0) {
        QString name;
        if (!operatorName(db, o.operatorId, &name))
            parts.append(tr("Operator: %1").arg(name));
    }
    return parts.join(QStringLiteral(" · "));
}

QString CalendarExportData::describe(const QSqlDatabase &db, const CalendarExportOptions &o)
{
    QString text = tr("%1 – %2").arg(isoDate(o.from), isoDate(o.to));
    const QString filter = filterText(db, o);
    if (!filter.isEmpty())
        text += QStringLiteral(" · ") + filter;
    return text;
}

QString CalendarExportData::suggestedFileName(
    const QSqlDatabase &db, const CalendarExportOptions &o, const QString &suffix)
{
    QStringList parts { tr("content-calendar"), isoDate(o.from), isoDate(o.to) };
    if (o.groupId > 0) {
        GroupChoice group;
        if (!ScheduleRepository(db).groupChoice(o.groupId, &group))
            parts.append(group.name);
    }
    if (o.operatorId > 0) {
        QString name;
        if (!operatorName(db, o.operatorId, &name))
            parts.append(name);
    }
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\s]+"));
    return parts.join(u'_').replace(unsafe, QStringLiteral("-")) + u'.' + suffix;
}

int CalendarExportData::distinctGroups(const QList<CalendarExportRow> &rows)
{
    QSet<qint64> groups;
    for (const CalendarExportRow &r : rows)
        groups.insert(r.row.entry.groupId);
    return int(groups.size());
}

QString CalendarExportData::nothingToExport(const CalendarExportOptions &o)
{
    return tr("No calendar entries from %1 to %2 match; nothing was written.").arg(isoDate(o.from), isoDate(o.to));
}

bool CalendarExportData::loadForFile(const QSqlDatabase &db, const CalendarExportOptions &options,
    QList<CalendarExportRow> *rows, CalendarExportOutcome *outcome)
{
    if (auto err = load(db, options, rows)) {
        outcome->error = err.message;
        return false;
    }
    if (rows->isEmpty()) {
        outcome->error = nothingToExport(options);
        return false;
    }
    return true;
}

} // namespace qundesk
