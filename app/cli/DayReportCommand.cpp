// report day: one operator's day list (今日待发) as the desktop shows it: the day's posts by slot
// with the text ready to paste, what is done and what is late, then tomorrow's preview.
#include "cli/Cli.h"

#include "storage/DayListRepository.h"

#include <QJsonArray>
#include <QLocale>

namespace qundesk::cli {

namespace {

// Chinese characters take two terminal columns; pad by display width so the columns line up.
int displayWidth(const QString &text)
{
    int columns = 0;
    for (const QChar c : text)
        columns += c.unicode() >= 0x1100 ? 2 : 1;
    return columns;
}

QString pad(const QString &text, int width)
{
    return text + QString(std::max(0, width - displayWidth(text)), u' ');
}

QString late(qint64 minutes)
{
    if (minutes < 60)
        return QStringLiteral("%1m").arg(minutes);
    return minutes % 60 == 0 ? QStringLiteral("%1h").arg(minutes / 60)
                             : QStringLiteral("%1h %2m").arg(minutes / 60).arg(minutes % 60);
}

QString hhmm(const QTime &t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

QString state(const DayListItem &item, const QDateTime &now)
{
    switch (item.status) {
    case ScheduleStatus::Done:
        return QStringLiteral("done ")
            + (item.doneAt.date() == item.scheduledAt.date() ? hhmm(item.doneAt.time())
                                                              : item.doneAt.toString(QStringLiteral("MM-dd HH:mm")));
    case ScheduleStatus::Planned:
        return item.isOverdue(now) ? QStringLiteral("OVERDUE by ") + late(item.minutesLate(now)) : QString();
    case ScheduleStatus::Skipped:
        return QStringLiteral("skipped");
    case ScheduleStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString summaryLine(const DayListSummary &s)
{
    QString line = QStringLiteral("%1 post%2, %3 done").arg(s.total).arg(s.total == 1 ? QString() : QStringLiteral("s")).arg(s.done);
    if (s.overdue > 0)
        line += QStringLiteral(", %1 overdue").arg(s.overdue);
    if (s.skipped > 0)
        line += QStringLiteral(", %1 skipped").arg(s.skipped);
    return line;
}

// The day by slot: a heading per time, a line per post, its text indented below it.
QString dayText(const QList<DayListItem> &items, const QDateTime &now, bool withText)
{
    int groupWidth = 0;
    int titleWidth = 0;
    for (const DayListItem &item : items) {
        groupWidth = std::max(groupWidth, displayWidth(item.groupName));
        titleWidth = std::max(titleWidth, displayWidth(item.title));
    }
    QString text;
    QTime slot;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const DayListItem &item = items.at(i);
        const QTime minute(item.time().hour(), item.time().minute());
        if (i == 0 || minute != slot) {
            slot = minute;
            QList<DayListItem> inSlot;
            for (qsizetype j = i; j < items.size() && QTime(items.at(j).time().hour(), items.at(j).time().minute()) == slot; ++j)
                inSlot.append(items.at(j));
            const DayListSummary s = DayListSummary::of(inSlot, now);
            text += QStringLiteral("\n%1%2  (%3/%4 done)\n")
                        .arg(hhmm(slot), item.slotLabel.isEmpty() ? QString() : QStringLiteral(" ") + item.slotLabel)
                        .arg(s.done)
                        .arg(s.total);
        }
        const QString box = item.status == ScheduleStatus::Done ? QStringLiteral("[x]")
            : item.counts()                                     ? QStringLiteral("[ ]")
                                                                : QStringLiteral("[-]");
        QString line = QStringLiteral("  %1 %2  %3  %4  %5")
                           .arg(box, hhmm(item.time()), pad(item.groupName, groupWidth), pad(item.title, titleWidth),
                               state(item, now));
        while (line.endsWith(u' '))
            line.chop(1);
        text += line + QLatin1Char('\n');
        if (withText && !item.text.trimmed().isEmpty()) {
            const QStringList lines = item.text.trimmed().split(u'\n');
            for (const QString &textLine : lines)
                text += QStringLiteral("        ") + textLine + QLatin1Char('\n');
        }
    }
    return text;
}

QJsonArray itemsJson(const QList<DayListItem> &items, const QDateTime &now)
{
    QJsonArray array;
    for (const DayListItem &item : items)
        array.append(item.toJson(now));
    return array;
}

} // namespace

int reportDay(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption operatorOption(
        QStringLiteral("operator"), QStringLiteral("The operator, by id or by name (required)."), QStringLiteral("O"));
    const QCommandLineOption dateOption(
        QStringLiteral("date"), QStringLiteral("The day, YYYY-MM-DD (default: today)."), QStringLiteral("D"));
    const QCommandLineOption nowOption(QStringLiteral("now"),
        QStringLiteral("Judge what is overdue as of this time, 'YYYY-MM-DD HH:MM' (default: the current time)."),
        QStringLiteral("TIME"));
    const QCommandLineOption noText(QStringLiteral("no-text"), QStringLiteral("Leave the posts' texts out of the list."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON instead of a list."));
    parser.addOptions({ operatorOption, dateOption, nowOption, noText, json });
    if (int rc = cli.parse(parser, QStringLiteral("report day"),
            QStringLiteral("One operator's posts of a day (entries assigned to them and the posts of their groups), "
                           "by time slot, with the text to paste, what is done and what is overdue, then tomorrow's "
                           "preview."),
            args);
        rc >= 0)
        return rc;
    if (!parser.positionalArguments().isEmpty())
        return cli.fail(
            ExitUsage, QStringLiteral("report day takes no arguments: %1").arg(parser.positionalArguments().join(u' ')));
    if (!parser.isSet(operatorOption))
        return cli.fail(ExitUsage, QStringLiteral("report day needs --operator O (an operator id or name)"));
    QDate day = QDate::currentDate();
    if (parser.isSet(dateOption)) {
        day = QDate::fromString(parser.value(dateOption), Qt::ISODate);
        if (!day.isValid())
            return cli.fail(ExitUsage,
                QStringLiteral("--date must be a date like 2026-11-23, not '%1'").arg(parser.value(dateOption)));
    }
    QDateTime now = QDateTime::currentDateTime();
    if (parser.isSet(nowOption)) {
        const QString value = parser.value(nowOption).trimmed();
        now = QDateTime::fromString(value, QStringLiteral("yyyy-MM-dd HH:mm"));
        if (!now.isValid())
            now = QDateTime::fromString(value, Qt::ISODate);
        if (!now.isValid())
            return cli.fail(
                ExitUsage, QStringLiteral("--now must be a time like '2026-11-23 10:30', not '%1'").arg(value));
    }

    Database db;
    if (!cli.open(db))
        return ExitData;
    DayListRepository repo(db.connection());
    DayListOperator op;
    if (const DatabaseError error = repo.findOperator(parser.value(operatorOption), &op)) {
        const bool usage = error.kind == DatabaseError::Kind::NotFound || error.kind == DatabaseError::Kind::Constraint;
        return cli.fail(usage ? ExitUsage : ExitData, QStringLiteral("--operator: ") + error.message);
    }
    QList<DayListItem> items;
    QList<DayListItem> tomorrow;
    if (const DatabaseError error = repo.day(op.id, day, &items))
        return cli.fail(ExitData, error.message);
    if (const DatabaseError error = repo.day(op.id, day.addDays(1), &tomorrow))
        return cli.fail(ExitData, error.message);
    const DayListSummary summary = DayListSummary::of(items, now);
    const DayListSummary tomorrowSummary = DayListSummary::of(tomorrow, now);

    if (parser.isSet(json)) {
        QJsonObject root;
        root.insert(QStringLiteral("operator"),
            QJsonObject { { QStringLiteral("id"), op.id }, { QStringLiteral("name"), op.name },
                { QStringLiteral("groups"), op.groups } });
        root.insert(QStringLiteral("date"), day.toString(Qt::ISODate));
        root.insert(QStringLiteral("now"), now.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        root.insert(QStringLiteral("summary"), summary.toJson());
        root.insert(QStringLiteral("entries"), itemsJson(items, now));
        root.insert(QStringLiteral("tomorrow"),
            QJsonObject { { QStringLiteral("date"), day.addDays(1).toString(Qt::ISODate) },
                { QStringLiteral("summary"), tomorrowSummary.toJson() },
                { QStringLiteral("entries"), itemsJson(tomorrow, now) } });
        Cli::json(QJsonDocument(root));
        return ExitOk;
    }

    const QLocale english(QLocale::English);
    QString text = QStringLiteral("%1 (#%2), %3 groups: %4 %5, %6 (as of %7)\n")
                       .arg(op.name)
                       .arg(op.id)
                       .arg(op.groups)
                       .arg(english.dayName(day.dayOfWeek(), QLocale::ShortFormat), day.toString(Qt::ISODate),
                           summaryLine(summary), now.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    text += items.isEmpty() ? QStringLiteral("\nNothing to post.\n") : dayText(items, now, !parser.isSet(noText));
    text += QStringLiteral("\nTomorrow, %1 %2: %3\n")
                .arg(english.dayName(day.addDays(1).dayOfWeek(), QLocale::ShortFormat),
                    day.addDays(1).toString(Qt::ISODate), summaryLine(tomorrowSummary));
    if (!tomorrow.isEmpty())
        text += dayText(tomorrow, now, false);
    Cli::out(text);
    return ExitOk;
}

} // namespace qundesk::cli
