#include "calendar/WeekSheet.h"

#include "storage/ContentRepository.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>

#include <algorithm>

namespace qundesk::ui {

namespace {

const QColor Ink(0x22, 0x22, 0x22);
const QColor Muted(0x70, 0x70, 0x70);
const QColor Rule(0xb8, 0xb8, 0xb8);
const QColor HeaderFill(0xee, 0xf1, 0xf5);
const QColor OutsideFill(0xf4, 0xf4, 0xf4);

QString sameItemKey(const ScheduleRow &r)
{
    return r.displayTitle() + u'\x1f' + (r.kind ? contentKindCode(*r.kind) : QString());
}

} // namespace

WeekSheet::WeekSheet(const QDate &from, const QDate &to, const QList<TimeSlot> &timeSlots,
    const QList<CalendarExportRow> &rows, const QHash<qint64, QString> &columnColors)
    : m_from(from)
    , m_to(to)
    , m_printedAt(QDateTime::currentDateTime())
{
    for (const TimeSlot &s : timeSlots)
        m_slotLabels.insert(s.time, s.label);
    buildWeeks(timeSlots, rows, columnColors);
    paginate();
}

QSizeF WeekSheet::pageSize()
{
    return QPageSize(QPageSize::A4).size(QPageSize::Point).transposed();
}

QDate WeekSheet::pageWeek(int page) const
{
    return page >= 0 && page < m_pages.size() ? m_weeks.at(m_pages.at(page).week).monday : QDate();
}

void WeekSheet::buildWeeks(
    const QList<TimeSlot> &timeSlots, const QList<CalendarExportRow> &rows, const QHash<qint64, QString> &columnColors)
{
    if (!m_from.isValid() || !m_to.isValid() || m_to < m_from)
        return;
    QList<QTime> slotTimes;
    for (const TimeSlot &s : timeSlots)
        slotTimes.append(s.time);
    for (QDate monday = weekStart(m_from); monday <= m_to; monday = monday.addDays(7)) {
        Week week;
        week.monday = monday;
        week.times = slotTimes;
        m_weeks.append(week);
    }
    // Rows arrive in time order, so items keep the order of their first post.
    QList<QList<const CalendarExportRow *>> perWeek(m_weeks.size());
    for (const CalendarExportRow &r : rows) {
        const QDate day = r.row.entry.scheduledAt.date();
        const int w = int(weekStart(m_from).daysTo(weekStart(day)) / 7);
        if (w < 0 || w >= m_weeks.size() || day < m_from || day > m_to)
            continue;
        perWeek[w].append(&r);
        const QTime t = r.row.entry.scheduledAt.time();
        const QTime minute(t.hour(), t.minute());
        if (!m_weeks[w].times.contains(minute))
            m_weeks[w].times.append(minute);
    }
    for (int w = 0; w < m_weeks.size(); ++w) {
        Week &week = m_weeks[w];
        std::sort(week.times.begin(), week.times.end());
        week.cells = QList<QList<QList<Item>>>(week.times.size(), QList<QList<Item>>(7));
        QHash<QString, int> keyToItem; // "row/day/key" -> index in the cell
        QSet<qint64> groups;
        for (const CalendarExportRow *r : std::as_const(perWeek[w])) {
            const ScheduleEntry &e = r->row.entry;
            const QTime t = e.scheduledAt.time();
            const int row = int(week.times.indexOf(QTime(t.hour(), t.minute())));
            const int day = int(week.monday.daysTo(e.scheduledAt.date()));
            QList<Item> &cell = week.cells[row][day];
            const QString key = QStringLiteral("%1/%2/").arg(row).arg(day) + sameItemKey(r->row);
            const bool struck = e.status == ScheduleStatus::Skipped || e.status == ScheduleStatus::Cancelled;
            const bool done = e.status == ScheduleStatus::Done;
            auto found = keyToItem.constFind(key);
            if (found == keyToItem.cend()) {
                Item item;
                item.title = r->row.displayTitle();
                item.color = columnColors.value(r->row.columnId);
                if (item.color.isEmpty())
                    item.color = r->row.kind ? contentKindColor(*r->row.kind) : QStringLiteral("#808080");
                item.struck = struck;
                item.done = done;
                keyToItem.insert(key, int(cell.size()));
                cell.append(item);
                found = keyToItem.constFind(key);
            } else {
                Item &item = cell[*found];
                item.struck = item.struck && struck;
                item.done = item.done && done;
            }
            QStringList &names = cell[*found].groups;
            if (!names.contains(r->row.groupName))
                names.append(r->row.groupName);
            groups.insert(e.groupId);
            ++week.entries;
        }
        week.groups = int(groups.size());
        week.rowItems.clear();
        for (const auto &cellsOfRow : std::as_const(week.cells)) {
            int most = 0;
            for (const QList<Item> &cell : cellsOfRow)
                most = std::max(most, int(cell.size()));
            week.rowItems.append(most);
        }
    }
}

double WeekSheet::rowHeight(int items) const
{
    return std::max(1, items) * ItemHeight + 2 * CellPadding;
}

// Rows fill a page top-down; a row that does not fit goes to the next page, and a row taller than
// a whole page is cut into slices: the room left on this page, then as many items as a page holds.
void WeekSheet::paginate()
{
    const double bodyHeight = pageSize().height() - 2 * Margin - HeaderHeight - FooterHeight - DayHeaderHeight;
    const int itemsPerPage = std::max(1, int((bodyHeight - 2 * CellPadding) / ItemHeight));
    for (int w = 0; w < m_weeks.size(); ++w) {
        const Week &week = m_weeks.at(w);
        Page page { w, {} };
        double used = 0;
        for (int row = 0; row < week.times.size(); ++row) {
            const int items = week.rowItems.at(row);
            int first = 0;
            do {
                const int remaining = std::max(items - first, 1);
                int room = int((bodyHeight - used - 2 * CellPadding) / ItemHeight);
                if (remaining > room && !page.chunks.isEmpty()) {
                    // A row that fits a fresh page moves there whole; one taller than a page starts
                    // in the room left here (unless that is a sliver).
                    if (remaining <= itemsPerPage || room < 2) {
                        m_pages.append(page);
                        page = { w, {} };
                        used = 0;
                        room = itemsPerPage;
                    }
                }
                const int slice = std::min(remaining, std::max(room, 1));
                page.chunks.append({ row, first, std::min(items, first + slice) });
                used += rowHeight(slice);
                first += slice;
            } while (first < items);
        }
        m_pages.append(page);
    }
}

QFont WeekSheet::font(double pixelSize, bool bold) const
{
    QFont f;
    // Noto Sans CJK / Source Han Sans first: the PDF must show Chinese on any machine it is opened on,
    // and these embed; the others are what Windows and macOS ship.
    f.setFamilies({ QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
        QStringLiteral("Microsoft YaHei"), QStringLiteral("PingFang SC"), QStringLiteral("WenQuanYi Micro Hei"),
        QStringLiteral("sans-serif") });
    f.setPixelSize(std::max(1, qRound(pixelSize)));
    f.setBold(bold);
    return f;
}

void WeekSheet::paintPage(QPainter &p, int pageIndex) const
{
    if (pageIndex < 0 || pageIndex >= m_pages.size())
        return;
    const Page &page = m_pages.at(pageIndex);
    const Week &week = m_weeks.at(page.week);
    p.save();
    p.fillRect(QRectF(QPointF(0, 0), pageSize()), Qt::white);
    paintHeader(p, week, pageIndex);
    paintGrid(p, week, page);
    p.restore();
}

void WeekSheet::paintHeader(QPainter &p, const Week &week, int pageIndex) const
{
    const QSizeF size = pageSize();
    const double width = size.width() - 2 * Margin;
    const QDate sunday = week.monday.addDays(6);
    const QString range = tr("%1 – %2 · week %3")
                              .arg(QLocale().toString(std::max(week.monday, m_from), QStringLiteral("yyyy-MM-dd")),
                                  QLocale().toString(std::min(sunday, m_to), QStringLiteral("yyyy-MM-dd")))
                              .arg(week.monday.weekNumber());
    p.setPen(Ink);
    p.setFont(font(15, true));
    const QRectF titleRect(Margin, Margin, width, 20);
    p.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, tr("Content calendar") + QStringLiteral("  ") + range);
    p.setFont(font(9));
    p.drawText(titleRect, Qt::AlignRight | Qt::AlignVCenter,
        m_filterText.isEmpty() ? tr("All groups") : m_filterText);
    p.setPen(Muted);
    p.drawText(QRectF(Margin, Margin + 22, width, 14), Qt::AlignLeft | Qt::AlignVCenter,
        tr("%n post(s)", "", week.entries) + QStringLiteral(" · ") + tr("%n group(s)", "", week.groups)
            + QStringLiteral(" · ")
            + tr("printed %1").arg(QLocale().toString(m_printedAt, QStringLiteral("yyyy-MM-dd HH:mm"))));
    // Footer: page numbers over the whole document, and which page of this week.
    int weekPages = 0, weekPage = 0;
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i).week == m_pages.at(pageIndex).week) {
            ++weekPages;
            if (i <= pageIndex)
                weekPage = weekPages;
        }
    }
    const QRectF footer(Margin, size.height() - Margin - FooterHeight + 4, width, FooterHeight - 4);
    p.setFont(font(8));
    p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
        weekPages > 1 ? tr("QunDesk · this week continues: part %1 of %2").arg(weekPage).arg(weekPages)
                      : QStringLiteral("QunDesk"));
    p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
        tr("Page %1 of %2").arg(pageIndex + 1).arg(m_pages.size()));
}

void WeekSheet::paintGrid(QPainter &p, const Week &week, const Page &page) const
{
    const QSizeF size = pageSize();
    const double left = Margin;
    const double top = Margin + HeaderHeight;
    const double dayWidth = (size.width() - 2 * Margin - TimeColumnWidth) / 7.0;
    const double right = left + TimeColumnWidth + 7 * dayWidth;

    // Day header.
    p.fillRect(QRectF(left, top, right - left, DayHeaderHeight), HeaderFill);
    p.setFont(font(9, true));
    for (int d = 0; d < 7; ++d) {
        const QDate day = week.monday.addDays(d);
        const QRectF rect(left + TimeColumnWidth + d * dayWidth, top, dayWidth, DayHeaderHeight);
        p.setPen(day < m_from || day > m_to ? Muted : Ink);
        p.drawText(rect, Qt::AlignCenter,
            QLocale().dayName(day.dayOfWeek(), QLocale::ShortFormat) + u' '
                + QLocale().toString(day, QStringLiteral("MM-dd")));
    }

    double y = top + DayHeaderHeight;
    p.setPen(QPen(Rule, 0.5));
    p.drawLine(QPointF(left, top), QPointF(right, top));
    p.drawLine(QPointF(left, y), QPointF(right, y));
    for (const RowChunk &chunk : page.chunks) {
        const double height = rowHeight(chunk.lastItem - chunk.firstItem);
        const QTime time = week.times.at(chunk.row);
        // Days outside the exported range stay grey and empty.
        for (int d = 0; d < 7; ++d) {
            const QDate day = week.monday.addDays(d);
            if (day < m_from || day > m_to)
                p.fillRect(QRectF(left + TimeColumnWidth + d * dayWidth, y, dayWidth, height), OutsideFill);
        }
        p.setPen(Ink);
        p.setFont(font(9, true));
        p.drawText(QRectF(left + 2, y + CellPadding, TimeColumnWidth - 4, 12), Qt::AlignLeft | Qt::AlignVCenter,
            time.toString(QStringLiteral("HH:mm")));
        p.setPen(Muted);
        p.setFont(font(7));
        QString label = m_slotLabels.value(time);
        if (chunk.firstItem > 0)
            label = tr("(cont.)");
        if (!label.isEmpty())
            p.drawText(QRectF(left + 2, y + CellPadding + 12, TimeColumnWidth - 4, 10),
                Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(font(7)).elidedText(label, Qt::ElideRight, TimeColumnWidth - 4));
        for (int d = 0; d < 7; ++d) {
            const QList<Item> &cell = week.cells.at(chunk.row).at(d);
            for (int i = chunk.firstItem; i < chunk.lastItem && i < cell.size(); ++i) {
                const QRectF rect(left + TimeColumnWidth + d * dayWidth + CellPadding,
                    y + CellPadding + (i - chunk.firstItem) * ItemHeight, dayWidth - 2 * CellPadding, ItemHeight);
                paintItem(p, cell.at(i), rect);
            }
        }
        y += height;
        p.setPen(QPen(Rule, 0.5));
        p.drawLine(QPointF(left, y), QPointF(right, y));
    }
    p.setPen(QPen(Rule, 0.5));
    for (int d = 0; d <= 7; ++d) {
        const double x = left + TimeColumnWidth + d * dayWidth;
        p.drawLine(QPointF(x, top), QPointF(x, y));
    }
    p.drawLine(QPointF(left, top), QPointF(left, y));
}

void WeekSheet::paintItem(QPainter &p, const Item &item, const QRectF &rect) const
{
    const QColor color(item.color);
    // A bar in the column/kind colour, the title, then the target on the second line.
    p.fillRect(QRectF(rect.left(), rect.top() + 1.5, 2.5, rect.height() - 4), color.isValid() ? color : Muted);
    const double textLeft = rect.left() + 5;
    const double textWidth = rect.width() - 5;
    QFont titleFont = font(8, true);
    titleFont.setStrikeOut(item.struck);
    p.setFont(titleFont);
    p.setPen(item.struck ? Muted : Ink);
    const QString title = (item.done ? QStringLiteral("✓ ") : QString()) + item.title;
    p.drawText(QRectF(textLeft, rect.top(), textWidth, 10), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(titleFont).elidedText(title, Qt::ElideRight, textWidth));
    const QFont targetFont = font(7);
    p.setFont(targetFont);
    p.setPen(Muted);
    const QString target = item.groups.size() == 1
        ? item.groups.first()
        : tr("%n group(s): %1", "", int(item.groups.size())).arg(item.groups.join(QStringLiteral("、")));
    p.drawText(QRectF(textLeft, rect.top() + 9.5, textWidth, 9), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(targetFont).elidedText(target, Qt::ElideRight, textWidth));
}

bool WeekSheet::writePdf(const QString &path, QString *error) const
{
    if (m_pages.isEmpty()) {
        *error = tr("There is no week to print.");
        return false;
    }
    QPdfWriter writer(path);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
    writer.setResolution(600);
    writer.setTitle(tr("Content calendar %1 – %2").arg(m_from.toString(Qt::ISODate), m_to.toString(Qt::ISODate)));
    writer.setCreator(QStringLiteral("QunDesk"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    const double scale = writer.resolution() / 72.0;
    painter.scale(scale, scale);
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < m_pages.size(); ++i) {
        if (i > 0 && !writer.newPage()) {
            *error = tr("Cannot write %1.").arg(path);
            return false;
        }
        paintPage(painter, i);
    }
    if (!painter.end() || QFileInfo(path).size() == 0) {
        *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

QImage WeekSheet::pageImage(int page, int dpi) const
{
    const QSizeF size = pageSize() * (dpi / 72.0);
    QImage image(size.toSize(), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(dpi / 72.0, dpi / 72.0);
    paintPage(painter, page);
    return image;
}

std::optional<WeekSheet> WeekSheet::fromDatabase(
    const QSqlDatabase &db, const CalendarExportOptions &options, QList<CalendarExportRow> *rowsOut, QString *error)
{
    QList<CalendarExportRow> rows;
    ContentRepository content(db);
    QList<TimeSlot> timeSlots;
    QList<ContentColumn> columns;
    DatabaseError err = CalendarExportData::load(db, options, &rows);
    if (!err)
        err = content.listTimeSlots(&timeSlots);
    if (!err)
        err = content.listColumns(&columns);
    if (err) {
        *error = err.message;
        return std::nullopt;
    }
    QHash<qint64, QString> colors;
    for (const ContentColumn &c : std::as_const(columns))
        colors.insert(c.id, c.color);
    WeekSheet sheet(options.from, options.to, timeSlots, rows, colors);
    sheet.setFilterText(CalendarExportData::filterText(db, options));
    if (rowsOut)
        *rowsOut = std::move(rows);
    return sheet;
}

CalendarExportOutcome WeekSheet::exportPdf(
    const QSqlDatabase &db, const CalendarExportOptions &options, const QString &path, int *pages)
{
    CalendarExportOutcome outcome;
    outcome.path = path;
    // An empty week still prints: a blank plan to fill in by hand is a fair thing to ask for.
    QList<CalendarExportRow> rows;
    const std::optional<WeekSheet> sheet = fromDatabase(db, options, &rows, &outcome.error);
    if (!sheet)
        return outcome;
    if (!sheet->writePdf(path, &outcome.error))
        return outcome;
    outcome.entries = rows.size();
    outcome.groups = CalendarExportData::distinctGroups(rows);
    if (pages)
        *pages = sheet->pageCount();
    return outcome;
}

} // namespace qundesk::ui
