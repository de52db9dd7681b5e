#include "io/CalendarCsv.h"

#include "io/CsvReader.h"

#include <QFile>

namespace qundesk {

namespace {

// Fixed Chinese words, the same as the zh_CN catalogue's, so the sheet does not depend on the
// language the exporting desk (or the English-only CLI) runs in.
QString chineseKind(ContentKind kind)
{
    switch (kind) {
    case ContentKind::Announcement: return QStringLiteral("公告");
    case ContentKind::Activity: return QStringLiteral("活动");
    case ContentKind::Knowledge: return QStringLiteral("干货");
    case ContentKind::Topic: return QStringLiteral("话题");
    case ContentKind::Game: return QStringLiteral("游戏");
    case ContentKind::Perk: return QStringLiteral("福利");
    case ContentKind::NewProduct: return QStringLiteral("新品");
    case ContentKind::FlashSale: return QStringLiteral("秒杀");
    case ContentKind::Welcome: return QStringLiteral("欢迎语");
    case ContentKind::Script: return QStringLiteral("话术");
    }
    return {};
}

QString chineseStatus(ScheduleStatus status)
{
    switch (status) {
    case ScheduleStatus::Planned: return QStringLiteral("待发");
    case ScheduleStatus::Done: return QStringLiteral("已发");
    case ScheduleStatus::Skipped: return QStringLiteral("已跳过");
    case ScheduleStatus::Cancelled: return QStringLiteral("已取消");
    }
    return {};
}

QString chineseWeekday(int day)
{
    static const char *const names[] = { "周一", "周二", "周三", "周四", "周五", "周六", "周日" };
    return day >= 1 && day <= 7 ? QString::fromUtf8(names[day - 1]) : QString();
}

} // namespace

QStringList CalendarCsvExporter::header(bool english)
{
    if (english)
        return { QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("weekday"), QStringLiteral("time"),
            QStringLiteral("slot"), QStringLiteral("group"), QStringLiteral("title"), QStringLiteral("kind"),
            QStringLiteral("column"), QStringLiteral("status"), QStringLiteral("operator"),
            QStringLiteral("done_at"), QStringLiteral("sop_application"), QStringLiteral("text") };
    return { QStringLiteral("编号"), QStringLiteral("日期"), QStringLiteral("星期"), QStringLiteral("时间"),
        QStringLiteral("时段"), QStringLiteral("社群"), QStringLiteral("标题"), QStringLiteral("类型"),
        QStringLiteral("栏目"), QStringLiteral("状态"), QStringLiteral("运营"), QStringLiteral("完成时间"),
        QStringLiteral("SOP"), QStringLiteral("正文") };
}

QStringList CalendarCsvExporter::fields(const CalendarExportRow &r, bool english)
{
    const ScheduleEntry &e = r.row.entry;
    const QDate day = e.scheduledAt.date();
    QString kind;
    if (r.row.kind)
        kind = english ? contentKindCode(*r.row.kind) : chineseKind(*r.row.kind);
    return { QString::number(e.id), day.toString(Qt::ISODate),
        english ? QString::number(day.dayOfWeek()) : chineseWeekday(day.dayOfWeek()),
        e.scheduledAt.time().toString(QStringLiteral("HH:mm")), r.row.slotLabel, r.row.groupName, r.row.displayTitle(),
        kind, r.row.columnName, english ? scheduleStatusCode(e.status) : chineseStatus(e.status), r.operatorName,
        e.doneAt.isValid() ? e.doneAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString(),
        e.sopApplicationId > 0 ? QString::number(e.sopApplicationId) : QString(), r.text };
}

CalendarExportOutcome CalendarCsvExporter::exportTo(const CalendarExportOptions &options, const QString &path)
{
    CalendarExportOutcome outcome;
    outcome.path = path;
    QList<CalendarExportRow> rows;
    if (!CalendarExportData::loadForFile(m_db, options, &rows, &outcome))
        return outcome;
    CsvWriter writer;
    if (!writer.open(path, true)) {
        outcome.error = writer.errorString();
        return outcome;
    }
    bool ok = writer.write(header(m_english));
    for (const CalendarExportRow &r : std::as_const(rows)) {
        if (!ok)
            break;
        ok = writer.write(fields(r, m_english));
    }
    if (!writer.close() || !ok) {
        outcome.error = writer.errorString();
        QFile::remove(path);
        return outcome;
    }
    outcome.entries = rows.size();
    outcome.groups = CalendarExportData::distinctGroups(rows);
    return outcome;
}

} // namespace qundesk
