#include "calendar/MonthView.h"

#include <QCoreApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
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
constexpr int Weeks = 6;

QString kindName(const std::optional<ContentKind> &kind)
{
    return kind ? contentKindLabel(*kind) : QCoreApplication::translate("qundesk::ui::MonthView", "Other");
}

QColor kindColor(const std::optional<ContentKind> &kind)
{
    return QColor(kind ? contentKindColor(*kind) : QStringLiteral("#8c8c8c"));
}

} // namespace

MonthView::MonthView(QWidget *parent)
    : QWidget(parent)
    , m_today(QDate::currentDate())
    , m_days(Days * Weeks)
{
    setObjectName(QStringLiteral("monthView"));
    setAttribute(Qt::WA_OpaquePaintEvent);
}

MonthView::~MonthView() = default;

void MonthView::setMonth(const CalendarMonthData &month)
{
    m_month = month;
    m_days = QList<Day>(Days * Weeks);
    for (qsizetype i = 0; i < m_month.counts.size(); ++i) {
        const CalendarDayCount &c = m_month.counts.at(i);
        const qint64 index = m_month.from.daysTo(c.day);
        if (index < 0 || index >= m_days.size())
            continue;
        Day &d = m_days[index];
        if (d.kinds == 0)
            d.first = int(i);
        ++d.kinds;
        d.total += c.count;
        d.done += c.done;
    }
    relayout();
    update();
}

void MonthView::setToday(const QDate &today)
{
    m_today = today;
    update();
}

int MonthView::headerHeight() const
{
    return fontMetrics().height() + 8;
}

int MonthView::lineHeight() const
{
    return fontMetrics().height() + 2;
}

QSize MonthView::minimumSizeHint() const
{
    return { Days * 90, headerHeight() + Weeks * (lineHeight() * 3 + 8) };
}

QSize MonthView::sizeHint() const
{
    return { Days * 150, headerHeight() + Weeks * 110 };
}

QRect MonthView::dayRect(const QDate &day) const
{
    const qint64 index = m_month.from.isValid() ? m_month.from.daysTo(day) : -1;
    if (index < 0 || index >= Days * Weeks)
        return {};
    const int col = int(index % Days);
    const int row = int(index / Days);
    const int top = headerHeight();
    const int h = height() - top;
    const int x0 = width() * col / Days;
    const int x1 = width() * (col + 1) / Days;
    const int y0 = top + h * row / Weeks;
    const int y1 = top + h * (row + 1) / Weeks;
    return QRect(QPoint(x0, y0), QPoint(x1 - 1, y1 - 1));
}

std::optional<QDate> MonthView::dayAt(const QPoint &pos) const
{
    const int top = headerHeight();
    if (!m_month.from.isValid() || pos.y() < top || pos.x() < 0 || pos.x() >= width() || pos.y() >= height())
        return std::nullopt;
    const int col = std::clamp(pos.x() * Days / std::max(1, width()), 0, Days - 1);
    const int row = std::clamp((pos.y() - top) * Weeks / std::max(1, height() - top), 0, Weeks - 1);
    return m_month.from.addDays(row * Days + col);
}

int MonthView::countOn(const QDate &day) const
{
    const qint64 index = m_month.from.isValid() ? m_month.from.daysTo(day) : -1;
    return index >= 0 && index < m_days.size() ? m_days.at(index).total : 0;
}

int MonthView::hiddenKinds(const QDate &day) const
{
    ensureLayout();
    const qint64 index = m_month.from.isValid() ? m_month.from.daysTo(day) : -1;
    if (index < 0 || index >= m_days.size())
        return 0;
    return m_days.at(index).kinds - m_days.at(index).shownKinds;
}

void MonthView::ensureLayout() const
{
    if (m_layoutSize != size())
        relayout();
}

void MonthView::relayout() const
{
    m_layoutSize = size();
    if (!m_month.from.isValid())
        return;
    const int line = lineHeight();
    for (int i = 0; i < m_days.size(); ++i) {
        Day &d = m_days[i];
        const QRect r = dayRect(m_month.from.addDays(i));
        // The first line holds the day number and total.
        const int fit = std::max(0, (r.height() - line - 6) / line);
        d.shownKinds = d.kinds <= fit ? d.kinds : std::max(0, fit - 1);
    }
}

void MonthView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void MonthView::paintEvent(QPaintEvent *event)
{
    ensureLayout();
    QPainter p(this);
    const QPalette &pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const QLocale locale;
    const int top = headerHeight();
    p.fillRect(QRect(0, 0, width(), top), pal.color(QPalette::Window));
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(pal.color(QPalette::WindowText));
    for (int col = 0; col < Days; ++col) {
        const QRect r(width() * col / Days, 0, width() / Days, top);
        p.drawText(r, Qt::AlignCenter, locale.dayName(col + 1, QLocale::ShortFormat));
    }
    if (!m_month.from.isValid())
        return;
    const int line = lineHeight();
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    for (int i = 0; i < m_days.size(); ++i) {
        const QDate date = m_month.from.addDays(i);
        const QRect r = dayRect(date);
        if (!r.intersects(event->rect()))
            continue;
        const bool inMonth = date.month() == m_month.month.month();
        if (date == m_today)
            p.fillRect(r, todayColor(pal, 0.10f));
        else if (!inMonth)
            p.fillRect(r, pal.color(QPalette::AlternateBase));
        p.setPen(pal.color(QPalette::Mid));
        p.drawRect(r);
        const Day &d = m_days.at(i);
        const QRect head = r.adjusted(5, 3, -5, 0);
        p.setFont(date == m_today ? bold : font());
        p.setPen(inMonth ? pal.color(QPalette::Text) : pal.color(QPalette::PlaceholderText));
        p.drawText(QRect(head.topLeft(), QSize(head.width(), line)), Qt::AlignLeft | Qt::AlignVCenter,
            QString::number(date.day()));
        if (d.total > 0) {
            p.setFont(small);
            p.setPen(pal.color(QPalette::PlaceholderText));
            p.drawText(QRect(head.topLeft(), QSize(head.width(), line)), Qt::AlignRight | Qt::AlignVCenter,
                d.done > 0 ? tr("%1/%2 done").arg(d.done).arg(d.total) : tr("%n posts", nullptr, d.total));
        }
        p.setFont(font());
        for (int k = 0; k < d.shownKinds; ++k) {
            const CalendarDayCount &c = m_month.counts.at(d.first + k);
            const QRect lineRect(head.left(), head.top() + line * (k + 1), head.width(), line);
            const QColor color = kindColor(c.kind);
            QColor fill = color;
            fill.setAlphaF(0.18f);
            p.fillRect(lineRect.adjusted(0, 1, 0, -1), fill);
            p.fillRect(QRect(lineRect.left(), lineRect.top() + 1, 4, lineRect.height() - 2), color);
            p.setPen(inMonth ? pal.color(QPalette::Text) : pal.color(QPalette::PlaceholderText));
            const QString count = QString::number(c.count);
            const int countWidth = fontMetrics().horizontalAdvance(count);
            p.drawText(lineRect.adjusted(8, 0, -countWidth - 8, 0), Qt::AlignLeft | Qt::AlignVCenter,
                fontMetrics().elidedText(kindName(c.kind), Qt::ElideRight, lineRect.width() - countWidth - 16));
            p.drawText(lineRect.adjusted(0, 0, -4, 0), Qt::AlignRight | Qt::AlignVCenter, count);
        }
        if (d.kinds > d.shownKinds) {
            const QRect more(head.left(), head.top() + line * (d.shownKinds + 1), head.width(), line);
            p.setPen(pal.color(QPalette::Link));
            p.drawText(more.adjusted(8, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                tr("+%n more kinds", nullptr, d.kinds - d.shownKinds));
        }
    }
}

QString MonthView::dayToolTip(const QDate &day) const
{
    const qint64 index = m_month.from.daysTo(day);
    const Day &d = m_days.at(index);
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(QLocale().toString(day, QLocale::LongFormat).toHtmlEscaped());
    if (d.total == 0)
        lines << tr("Nothing planned");
    else
        lines << tr("%1 of %n posts done", nullptr, d.total).arg(d.done);
    for (int k = 0; k < d.kinds; ++k) {
        const CalendarDayCount &c = m_month.counts.at(d.first + k);
        lines << QStringLiteral("%1: %2").arg(kindName(c.kind).toHtmlEscaped()).arg(c.count);
    }
    return lines.join(QStringLiteral("<br>"));
}

bool MonthView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const auto day = dayAt(help->pos())) {
            QToolTip::showText(help->globalPos(), dayToolTip(*day), this, dayRect(*day));
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void MonthView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (const auto day = dayAt(event->position().toPoint()))
        emit dayActivated(*day);
}

} // namespace qundesk::ui
