#include "calendar/WeekView.h"

#include <QApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace qundesk::ui {

namespace {

// Today is marked with a faint wash of the highlight colour, readable under the chips.
QColor todayColor(const QPalette &pal, float alpha)
{
    QColor c = pal.color(QPalette::Highlight);
    c.setAlphaF(alpha);
    return c;
}

constexpr int Days = 7;
constexpr int CellPadding = 2;
constexpr int ChipGap = 2;
constexpr int MinRowHeight = 52;
constexpr int MinDayWidth = 96;

// Chips are drawn in a pale tint of their colour with a full-colour bar on the left, so many of
// them stay readable side by side.
QColor tint(const QColor &c)
{
    QColor t = c;
    t.setAlphaF(0.18f);
    return t;
}

} // namespace

WeekView::WeekView(QWidget *parent)
    : QWidget(parent)
    , m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("weekView"));
    setMouseTracking(false);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    relayout();
}

WeekView::~WeekView() = default;

void WeekView::setWeek(const CalendarWeekData &week)
{
    // The same week again with its conflict marks keeps its chips in place: a drag goes on.
    if (week.from != m_week.from || week.chips.size() != m_week.chips.size())
        cancelDrag();
    m_week = week;
    m_rowTimes.clear();
    for (const TimeSlot &slot : std::as_const(m_week.timeSlots)) {
        if (slot.time.isValid())
            m_rowTimes.append(slot.time);
    }
    if (m_rowTimes.isEmpty()) {
        for (int h : { 9, 10, 13, 14, 16, 17, 20, 22 })
            m_rowTimes.append(QTime(h, 0));
    }
    std::sort(m_rowTimes.begin(), m_rowTimes.end());
    m_rowTimes.erase(std::unique(m_rowTimes.begin(), m_rowTimes.end()), m_rowTimes.end());
    relayout();
    update();
}

void WeekView::setToday(const QDate &today)
{
    m_today = today;
    update();
}

void WeekView::setGroupNamesProvider(std::function<QString(const CalendarChip &)> provider)
{
    m_groupNames = std::move(provider);
}

int WeekView::rowOf(const QTime &t) const
{
    if (m_rowTimes.isEmpty())
        return -1;
    const auto it = std::upper_bound(m_rowTimes.cbegin(), m_rowTimes.cend(), t);
    return it == m_rowTimes.cbegin() ? 0 : int(it - m_rowTimes.cbegin()) - 1;
}

int WeekView::headerHeight() const
{
    return fontMetrics().height() * 2 + 10;
}

int WeekView::slotColumnWidth() const
{
    return fontMetrics().horizontalAdvance(QStringLiteral("00:00 下午茶福利")) + 12;
}

int WeekView::chipHeight() const
{
    return fontMetrics().height() + 3;
}

QSize WeekView::minimumSizeHint() const
{
    const int rows = int(std::max<qsizetype>(m_rowTimes.size(), 1));
    return { slotColumnWidth() + Days * MinDayWidth, headerHeight() + rows * MinRowHeight };
}

QSize WeekView::sizeHint() const
{
    const int rows = int(std::max<qsizetype>(m_rowTimes.size(), 1));
    return { slotColumnWidth() + Days * 150, headerHeight() + rows * 90 };
}

QRect WeekView::cellRect(int day, int row) const
{
    const int rows = int(m_rowTimes.size());
    if (day < 0 || day >= Days || row < 0 || row >= rows)
        return {};
    const int left = slotColumnWidth();
    const int top = headerHeight();
    const int w = width() - left;
    const int h = height() - top;
    const int x0 = left + w * day / Days;
    const int x1 = left + w * (day + 1) / Days;
    const int y0 = top + h * row / rows;
    const int y1 = top + h * (row + 1) / rows;
    return QRect(QPoint(x0, y0), QPoint(x1 - 1, y1 - 1));
}

std::optional<WeekView::Cell> WeekView::cellAt(const QPoint &pos) const
{
    const int rows = int(m_rowTimes.size());
    const int left = slotColumnWidth();
    const int top = headerHeight();
    if (rows == 0 || pos.x() < left || pos.y() < top || pos.x() >= width() || pos.y() >= height())
        return std::nullopt;
    const int day = std::clamp((pos.x() - left) * Days / std::max(1, width() - left), 0, Days - 1);
    const int row = std::clamp((pos.y() - top) * rows / std::max(1, height() - top), 0, rows - 1);
    return Cell { day, row };
}

QString WeekView::chipTarget(const CalendarChip &chip) const
{
    if (chip.groupCount == 1)
        return chip.groupName;
    return tr("%n groups", nullptr, chip.groupCount);
}

void WeekView::ensureLayout() const
{
    if (m_layoutSize != size())
        relayout();
}

int WeekView::visibleChipCount() const
{
    ensureLayout();
    return int(m_places.size());
}

void WeekView::relayout() const
{
    m_layoutSize = size();
    const int rows = int(m_rowTimes.size());
    m_cellChips = QList<QList<int>>(Days * rows);
    m_placeOfChip = QList<int>(m_week.chips.size(), -1);
    m_places.clear();
    m_overflows = QList<Overflow>(Days * rows);
    if (rows == 0)
        return;
    for (qsizetype i = 0; i < m_week.chips.size(); ++i) {
        const CalendarChip &chip = m_week.chips.at(i);
        const int day = int(m_week.from.daysTo(chip.day));
        if (day < 0 || day >= Days)
            continue;
        m_cellChips[day * rows + rowOf(chip.time)].append(int(i));
    }
    const QFontMetrics fm = fontMetrics();
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    const QFontMetrics smallFm(small);
    const int chipH = chipHeight();
    for (int day = 0; day < Days; ++day) {
        for (int row = 0; row < rows; ++row) {
            const QList<int> &chips = m_cellChips.at(day * rows + row);
            if (chips.isEmpty())
                continue;
            const QRect cell = cellRect(day, row).adjusted(CellPadding, CellPadding, -CellPadding, -CellPadding);
            const int fit = std::max(0, (cell.height() + ChipGap) / (chipH + ChipGap));
            // Keep the last line for "+N" when not everything fits.
            const int shown = int(chips.size()) <= fit ? int(chips.size()) : std::max(0, fit - 1);
            for (int k = 0; k < shown; ++k) {
                const CalendarChip &chip = m_week.chips.at(chips.at(k));
                Place place;
                place.chip = chips.at(k);
                place.rect = QRect(cell.left(), cell.top() + k * (chipH + ChipGap), cell.width(), chipH);
                place.conflict = !chip.conflicts.isEmpty();
                const int textWidth = place.rect.width() - 10 - (place.conflict ? 12 : 0);
                place.target = smallFm.elidedText(chipTarget(chip), Qt::ElideRight, textWidth * 2 / 5);
                QString title = chip.title;
                if (chip.time != m_rowTimes.at(row))
                    title = chip.time.toString(QStringLiteral("HH:mm ")) + title;
                if (chip.doneCount > 0 && chip.doneCount == chip.entryCount)
                    title = QStringLiteral("✓ ") + title;
                const int targetWidth = smallFm.horizontalAdvance(place.target);
                place.title = fm.elidedText(title, Qt::ElideRight, std::max(0, textWidth - targetWidth - 6));
                m_placeOfChip[place.chip] = int(m_places.size());
                m_places.append(place);
            }
            const int hidden = int(chips.size()) - shown;
            if (hidden > 0) {
                const int y = cell.top() + shown * (chipH + ChipGap);
                m_overflows[day * rows + row] = { QRect(cell.left(), y, cell.width(), chipH), hidden };
            }
        }
    }
}

int WeekView::chipAt(const QPoint &pos) const
{
    ensureLayout();
    for (const Place &place : m_places) {
        if (place.rect.contains(pos))
            return place.chip;
    }
    return -1;
}

QRect WeekView::chipRect(int chipIndex) const
{
    ensureLayout();
    if (chipIndex < 0 || chipIndex >= m_placeOfChip.size() || m_placeOfChip.at(chipIndex) < 0)
        return {};
    return m_places.at(m_placeOfChip.at(chipIndex)).rect;
}

int WeekView::hiddenCount(int day, int row) const
{
    ensureLayout();
    const int index = day * int(m_rowTimes.size()) + row;
    return index >= 0 && index < m_overflows.size() ? m_overflows.at(index).hidden : 0;
}

QDateTime WeekView::dropTarget(const CalendarChip &chip, const Cell &cell) const
{
    if (cell.day < 0 || cell.row < 0 || cell.row >= m_rowTimes.size())
        return {};
    const QTime time = rowOf(chip.time) == cell.row ? chip.time : m_rowTimes.at(cell.row);
    return QDateTime(m_week.from.addDays(cell.day), time);
}

void WeekView::paintHeader(QPainter &p) const
{
    const QPalette &pal = palette();
    const int top = headerHeight();
    p.fillRect(QRect(0, 0, width(), top), pal.color(QPalette::Window));
    const QLocale locale;
    QFont bold = font();
    bold.setBold(true);
    for (int day = 0; day < Days; ++day) {
        const QDate date = m_week.from.addDays(day);
        const QRect column = cellRect(day, 0);
        const QRect r(column.left(), 0, column.width(), top);
        if (date == m_today) {
            p.fillRect(r.adjusted(1, 2, -1, -2), todayColor(pal, 0.25f));
        }
        p.setPen(pal.color(QPalette::WindowText));
        p.setFont(bold);
        const QFontMetrics fm(bold);
        p.drawText(r.adjusted(0, 4, 0, 0), Qt::AlignHCenter | Qt::AlignTop,
            locale.dayName(date.dayOfWeek(), QLocale::ShortFormat));
        p.setFont(font());
        p.drawText(r.adjusted(0, 4 + fm.height(), 0, 0), Qt::AlignHCenter | Qt::AlignTop,
            locale.toString(date, tr("MM-dd", "week view column date")));
    }
    // The slot column: time and the slot's label.
    p.setFont(font());
    for (int row = 0; row < m_rowTimes.size(); ++row) {
        const QRect cell = cellRect(0, int(row));
        const QRect r(0, cell.top(), slotColumnWidth() - 6, cell.height());
        QString label;
        for (const TimeSlot &slot : std::as_const(m_week.timeSlots)) {
            if (slot.time == m_rowTimes.at(row))
                label = slot.label;
        }
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(
            r.adjusted(4, 4, 0, 0), Qt::AlignLeft | Qt::AlignTop, m_rowTimes.at(row).toString(QStringLiteral("HH:mm")));
        if (!label.isEmpty()) {
            p.setPen(pal.color(QPalette::PlaceholderText));
            p.drawText(r.adjusted(4, 4 + fontMetrics().height(), 0, 0), Qt::AlignLeft | Qt::AlignTop,
                fontMetrics().elidedText(label, Qt::ElideRight, r.width() - 4));
        }
    }
}

void WeekView::paintGrid(QPainter &p) const
{
    const QPalette &pal = palette();
    const int rows = int(m_rowTimes.size());
    const int left = slotColumnWidth();
    const int top = headerHeight();
    p.fillRect(QRect(left, top, width() - left, height() - top), pal.color(QPalette::Base));
    // Weekends and today get a faint background so the eye finds them.
    for (int day = 0; day < Days; ++day) {
        const QDate date = m_week.from.addDays(day);
        const QRect column = cellRect(day, 0).united(cellRect(day, rows - 1));
        if (date == m_today)
            p.fillRect(column, todayColor(pal, 0.10f));
        else if (date.dayOfWeek() >= 6)
            p.fillRect(column, pal.color(QPalette::AlternateBase));
    }
    p.setPen(pal.color(QPalette::Mid));
    for (int day = 0; day <= Days; ++day) {
        const int x = day == Days ? width() - 1 : cellRect(day, 0).left();
        p.drawLine(x, 0, x, height());
    }
    for (int row = 0; row <= rows; ++row) {
        const int y = row == rows ? height() - 1 : cellRect(0, row).top();
        p.drawLine(0, y, width(), y);
    }
}

void WeekView::paintPlace(QPainter &p, const Place &place, bool ghost) const
{
    const CalendarChip &chip = m_week.chips.at(place.chip);
    const QColor color(chip.color());
    const QRect r = place.rect;
    QPainterPath path;
    path.addRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    p.fillPath(path, ghost ? color.lighter(150) : palette().color(QPalette::Base));
    p.fillPath(path, tint(color));
    p.fillRect(QRect(r.left(), r.top(), 4, r.height()), color);
    if (place.conflict) {
        p.setPen(QPen(QColor(0xd9, 0x36, 0x36), 1.5));
        p.drawPath(path);
    }
    const QPalette &pal = palette();
    const bool allDone = chip.doneCount > 0 && chip.doneCount == chip.entryCount;
    p.setPen(allDone ? pal.color(QPalette::PlaceholderText) : pal.color(QPalette::Text));
    p.setFont(font());
    const QRect text = r.adjusted(8, 0, -4 - (place.conflict ? 12 : 0), 0);
    p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, place.title);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    p.setFont(small);
    p.setPen(pal.color(QPalette::PlaceholderText));
    p.drawText(text, Qt::AlignRight | Qt::AlignVCenter, place.target);
    if (place.conflict) {
        p.setPen(QColor(0xd9, 0x36, 0x36));
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.drawText(QRect(r.right() - 14, r.top(), 12, r.height()), Qt::AlignCenter, QStringLiteral("!"));
    }
}

void WeekView::paintEvent(QPaintEvent *event)
{
    ensureLayout();
    QPainter p(this);
    p.setClipRegion(event->region());
    paintGrid(p);
    paintHeader(p);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect dirty = event->rect();
    for (const Place &place : std::as_const(m_places)) {
        if (place.rect.intersects(dirty))
            paintPlace(p, place, false);
    }
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(palette().color(QPalette::Link));
    p.setFont(font());
    for (const Overflow &o : std::as_const(m_overflows)) {
        if (o.hidden > 0 && o.rect.intersects(dirty))
            p.drawText(o.rect.adjusted(6, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, tr("+%1 more").arg(o.hidden));
    }
    if (m_dragging && m_pressedChip >= 0) {
        if (const auto cell = cellAt(m_dragPos)) {
            p.setPen(QPen(palette().color(QPalette::Highlight), 2));
            p.setBrush(Qt::NoBrush);
            p.drawRect(cellRect(cell->day, cell->row).adjusted(1, 1, -1, -1));
        }
        if (m_pressedChip < m_placeOfChip.size() && m_placeOfChip.at(m_pressedChip) >= 0) {
            Place ghost = m_places.at(m_placeOfChip.at(m_pressedChip));
            ghost.rect.moveCenter(m_dragPos);
            p.setOpacity(0.85);
            p.setRenderHint(QPainter::Antialiasing);
            paintPlace(p, ghost, true);
        }
    }
}

void WeekView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void WeekView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange) {
        relayout();
        update();
    }
}

QString WeekView::chipToolTip(const CalendarChip &chip) const
{
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(chip.title.toHtmlEscaped());
    QString when = QLocale().toString(chip.day, QLocale::ShortFormat) + QLatin1Char(' ')
        + chip.time.toString(QStringLiteral("HH:mm"));
    if (!chip.slotLabel.isEmpty())
        when += QStringLiteral(" · ") + chip.slotLabel;
    lines << when.toHtmlEscaped();
    QStringList what;
    if (chip.kind)
        what << contentKindLabel(*chip.kind);
    if (!chip.columnName.isEmpty())
        what << chip.columnName;
    if (!what.isEmpty())
        lines << what.join(QStringLiteral(" · ")).toHtmlEscaped();
    const QString groups = m_groupNames ? m_groupNames(chip) : chipTarget(chip);
    lines << groups.toHtmlEscaped();
    lines << tr("%1 of %n posts done", nullptr, chip.entryCount).arg(chip.doneCount);
    if (chip.sopCount > 0)
        lines << tr("%n from an SOP template", nullptr, chip.sopCount);
    for (const QString &conflict : chip.conflicts)
        lines << QStringLiteral("<span style='color:#d93636'>⚠ %1</span>").arg(conflict.toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

QString WeekView::overflowToolTip(int cell) const
{
    QStringList lines;
    const QList<int> &chips = m_cellChips.at(cell);
    const int hidden = m_overflows.at(cell).hidden;
    for (qsizetype k = chips.size() - hidden; k < chips.size() && lines.size() < 20; ++k) {
        const CalendarChip &chip = m_week.chips.at(chips.at(k));
        lines << QString(chip.title + QStringLiteral(" — ") + chipTarget(chip)).toHtmlEscaped();
    }
    if (hidden > lines.size())
        lines << tr("… and %n more", nullptr, hidden - int(lines.size()));
    return lines.join(QStringLiteral("<br>"));
}

bool WeekView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        ensureLayout();
        auto *help = static_cast<QHelpEvent *>(event);
        const int chip = chipAt(help->pos());
        if (chip >= 0) {
            QToolTip::showText(help->globalPos(), chipToolTip(m_week.chips.at(chip)), this, chipRect(chip));
            return true;
        }
        for (qsizetype i = 0; i < m_overflows.size(); ++i) {
            if (m_overflows.at(i).hidden > 0 && m_overflows.at(i).rect.contains(help->pos())) {
                QToolTip::showText(help->globalPos(), overflowToolTip(int(i)), this, m_overflows.at(i).rect);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void WeekView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressedChip = chipAt(event->position().toPoint());
        m_pressPos = event->position().toPoint();
        m_dragging = false;
    }
    QWidget::mousePressEvent(event);
}

void WeekView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressedChip < 0 || !(event->buttons() & Qt::LeftButton))
        return;
    const QPoint pos = event->position().toPoint();
    if (!m_dragging && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dragging = true;
    m_dragPos = pos;
    setCursor(Qt::ClosedHandCursor);
    update();
}

void WeekView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const int chipIndex = m_pressedChip;
    const bool dragged = m_dragging;
    const QPoint pos = event->position().toPoint();
    cancelDrag();
    if (!dragged || chipIndex < 0 || chipIndex >= m_week.chips.size())
        return;
    const auto cell = cellAt(pos);
    if (!cell)
        return;
    const CalendarChip chip = m_week.chips.at(chipIndex);
    const QDateTime to = dropTarget(chip, *cell);
    if (to.isValid() && to != chip.dateTime())
        emit chipDropped(chip, to);
}

void WeekView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QPoint pos = event->position().toPoint();
    const int chip = chipAt(pos);
    if (chip >= 0) {
        emit chipActivated(m_week.chips.at(chip));
        return;
    }
    if (const auto cell = cellAt(pos))
        emit cellActivated(QDateTime(m_week.from.addDays(cell->day), m_rowTimes.at(cell->row)));
}

void WeekView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_dragging) {
        cancelDrag();
        return;
    }
    QWidget::keyPressEvent(event);
}

void WeekView::cancelDrag()
{
    if (m_dragging)
        unsetCursor();
    m_dragging = false;
    m_pressedChip = -1;
    update();
}

} // namespace qundesk::ui
