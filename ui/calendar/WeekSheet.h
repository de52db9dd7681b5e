#pragma once

#include "domain/Content.h"
#include "io/CalendarExportData.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <optional>

class QPainter;

namespace qundesk::ui {

// The printable week: for every week of a range, a grid of days × time slots on A4 landscape with
// each cell's posts (title and target; identical posts to several groups print once as "N 个群"),
// a page header with the range and filter and a footer with page numbers. A week whose cells hold
// more than one page spreads over several pages, repeating the day header.
//
// Coordinates are points (1/72 inch) on a page of pageSize(); paintPage draws one page with the
// painter already scaled to points, so the same code paints the PDF (QPdfWriter) and a preview
// image (QImage). Text uses pixel-sized fonts in those units, so the layout does not depend on
// the device's resolution.
class WeekSheet final
{
    Q_DECLARE_TR_FUNCTIONS(WeekSheet)

public:
    // rows as CalendarExportData::load returns them (time order); timeSlots give the grid's rows
    // (times of entries off the slots get rows of their own). An item takes its column's colour
    // (columnColors: column id -> "#rrggbb"), else its kind's.
    WeekSheet(const QDate &from, const QDate &to, const QList<TimeSlot> &timeSlots, const QList<CalendarExportRow> &rows,
        const QHash<qint64, QString> &columnColors = {});

    // The filter line of the header, e.g. "社群：宠粉福利1群"; empty: every group.
    void setFilterText(const QString &text) { m_filterText = text; }
    void setPrintedAt(const QDateTime &when) { m_printedAt = when; }

    static QSizeF pageSize(); // A4 landscape, in points

    int pageCount() const { return int(m_pages.size()); }
    // The week a page shows (its Monday).
    QDate pageWeek(int page) const;
    void paintPage(QPainter &painter, int page) const;

    // A4 landscape PDF, one or more pages per week; false with the reason in error.
    bool writePdf(const QString &path, QString *error) const;
    // One page as an image at dpi (for previews and screenshots).
    QImage pageImage(int page, int dpi = 110) const;

    // The sheet for options: the entries, time slots and column colours from the database, the
    // filter line from the options; nullopt with error when a read fails.
    static std::optional<WeekSheet> fromDatabase(const QSqlDatabase &db, const CalendarExportOptions &options,
        QList<CalendarExportRow> *rows, QString *error);
    // Loads the entries and time slots for options and writes the PDF.
    static CalendarExportOutcome exportPdf(const QSqlDatabase &db, const CalendarExportOptions &options,
        const QString &path, int *pages = nullptr);

    // Geometry, in points; public for tests.
    static constexpr double Margin = 28;
    static constexpr double HeaderHeight = 42;
    static constexpr double FooterHeight = 16;
    static constexpr double DayHeaderHeight = 20;
    static constexpr double TimeColumnWidth = 46;
    static constexpr double ItemHeight = 21;
    static constexpr double CellPadding = 3;

private:
    // The posts of one cell that print as one item: same title and kind at the same time.
    struct Item
    {
        QString title;
        QString color;
        QStringList groups;
        bool struck = false; // every entry skipped or cancelled
        bool done = false; // every entry done
    };
    struct Week
    {
        QDate monday;
        QList<QTime> times; // the grid's rows
        QList<QList<QList<Item>>> cells; // [row][day 0..6]
        QList<int> rowItems; // the most items of any cell in each row
        int entries = 0;
        int groups = 0;
    };
    // A slice of a row on a page: items [firstItem, lastItem) of every cell in the row.
    struct RowChunk
    {
        int row = 0;
        int firstItem = 0;
        int lastItem = 0;
    };
    struct Page
    {
        int week = 0;
        QList<RowChunk> chunks;
    };

    void buildWeeks(const QList<TimeSlot> &timeSlots, const QList<CalendarExportRow> &rows,
        const QHash<qint64, QString> &columnColors);
    void paginate();
    QFont font(double pixelSize, bool bold = false) const;
    void paintHeader(QPainter &p, const Week &week, int page) const;
    void paintGrid(QPainter &p, const Week &week, const Page &page) const;
    void paintItem(QPainter &p, const Item &item, const QRectF &rect) const;
    double rowHeight(int items) const;

    QDate m_from;
    QDate m_to;
    QString m_filterText;
    QDateTime m_printedAt;
    QHash<QTime, QString> m_slotLabels;
    QList<Week> m_weeks;
    QList<Page> m_pages;
};

} // namespace qundesk::ui
