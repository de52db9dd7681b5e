#include "groups/GroupActivityCharts.h"

#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace qundesk::ui {

namespace {

constexpr int Ranges[] = {14, 30, 90};

QChartView *makeView(QWidget *parent)
{
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(190);
    return view;
}

QLineSeries *series(const QString &name, const QColor &colour)
{
    auto *s = new QLineSeries;
    s->setName(name);
    QPen pen(colour);
    pen.setWidthF(2.0);
    s->setPen(pen);
    return s;
}

qreal msecs(const QDate &day)
{
    return qreal(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch());
}

// Puts the series on one chart with a date axis and a count axis from 0 to a round maximum.
void plot(QChart *chart, const QList<QLineSeries *> &all, const QList<GroupDay> &days, qreal maxValue)
{
    chart->removeAllSeries();
    // removeAxis hands the axis back to the caller.
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MM-dd"));
    x->setTickCount(days.size() > 20 ? 7 : std::max<int>(2, int(days.size() / 2)));
    x->setRange(QDateTime(days.constFirst().day, QTime(12, 0)), QDateTime(days.constLast().day, QTime(12, 0)));
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    y->setRange(0, std::max<qreal>(4, maxValue * 1.1));
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : all) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

} // namespace

GroupActivityCharts::GroupActivityCharts(QWidget *parent)
    : QWidget(parent)
    , m_range(new QButtonGroup(this))
{
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Last"), this));
    for (int days : Ranges) {
        auto *button = new QToolButton(this);
        button->setText(tr("%n day(s)", nullptr, days));
        button->setCheckable(true);
        button->setObjectName(QStringLiteral("range%1").arg(days));
        m_range->addButton(button, days);
        bar->addWidget(button);
    }
    m_range->button(m_days)->setChecked(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("activitySummary"));
    bar->addSpacing(12);
    bar->addWidget(m_summary, 1);

    m_joinsView = makeView(this);
    m_joinsView->chart()->setTitle(tr("Joins and leaves per day"));
    m_messagesView = makeView(this);
    m_messagesView->chart()->setTitle(tr("Messages per day"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_joinsView, 1);
    layout->addWidget(m_messagesView, 1);
    connect(m_range, &QButtonGroup::idClicked, this, &GroupActivityCharts::setDays);
}

DatabaseError GroupActivityCharts::load(const QSqlDatabase &db, qint64 groupId, const QDate &today)
{
    QList<GroupDay> days;
    if (auto err = GroupTrendRepository(db).daily(groupId, today.addDays(1 - MaxDays), today, &days))
        return err;
    m_all = std::move(days);
    redraw();
    return {};
}

void GroupActivityCharts::setDays(int days)
{
    m_days = std::clamp(days, 1, MaxDays);
    if (QAbstractButton *b = m_range->button(m_days))
        b->setChecked(true);
    redraw();
}

QList<int> GroupActivityCharts::seriesPointCounts() const
{
    QList<int> counts;
    for (QChartView *view : {m_joinsView, m_messagesView}) {
        for (QAbstractSeries *s : view->chart()->series())
            counts.append(int(static_cast<QLineSeries *>(s)->count()));
    }
    return counts;
}

void GroupActivityCharts::redraw()
{
    if (m_all.isEmpty())
        return;
    m_shown = m_all.mid(std::max<qsizetype>(0, m_all.size() - m_days));
    auto *joins = series(tr("Joins"), QColor(0x2e, 0x7d, 0x32));
    auto *leaves = series(tr("Leaves"), QColor(0xc6, 0x28, 0x28));
    auto *messages = series(tr("Messages"), QColor(0x15, 0x65, 0xc0));
    int maxPeople = 0;
    qint64 maxMessages = 0;
    int totalJoins = 0;
    int totalLeaves = 0;
    qint64 totalMessages = 0;
    for (const GroupDay &d : std::as_const(m_shown)) {
        joins->append(msecs(d.day), d.joins);
        leaves->append(msecs(d.day), d.leaves);
        messages->append(msecs(d.day), qreal(d.messages));
        maxPeople = std::max({maxPeople, d.joins, d.leaves});
        maxMessages = std::max(maxMessages, d.messages);
        totalJoins += d.joins;
        totalLeaves += d.leaves;
        totalMessages += d.messages;
    }
    plot(m_joinsView->chart(), {joins, leaves}, m_shown, maxPeople);
    plot(m_messagesView->chart(), {messages}, m_shown, qreal(maxMessages));
    m_summary->setText(tr("%L1 joins, %L2 leaves (net %L3), %L4 messages, %L5 a day")
                           .arg(totalJoins)
                           .arg(totalLeaves)
                           .arg(totalJoins - totalLeaves)
                           .arg(totalMessages)
                           .arg(double(totalMessages) / double(m_shown.size()), 0, 'f', 1));
}

} // namespace qundesk::ui
