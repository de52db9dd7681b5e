#include "members/KocBreakdownView.h"

#include "members/KocListModel.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace qundesk::ui {

namespace {

constexpr int FirstRow = 1;     // row 0 holds the headers

} // namespace

KocBreakdownView::KocBreakdownView(QWidget *parent)
    : QWidget(parent)
{
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("kocHeadline"));
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_headline->setFont(big);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("kocDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QFrame(this);
    m_grid = new QGridLayout(m_table);
    m_grid->setContentsMargins(0, 4, 0, 4);
    m_grid->setHorizontalSpacing(18);
    const QStringList headers = {tr("Component"), tr("Count"), tr("Decayed"), tr("Points")};
    for (int c = 0; c < headers.size(); ++c) {
        auto *h = new QLabel(QStringLiteral("<b>%1</b>").arg(headers.at(c).toHtmlEscaped()), m_table);
        m_grid->addWidget(h, 0, c, c == 0 ? Qt::AlignLeft : Qt::AlignRight);
    }
    for (KocComponent comp : allKocComponents()) {
        const int row = FirstRow + int(comp);
        m_grid->addWidget(new QLabel(kocComponentLabel(comp), m_table), row, 0, Qt::AlignLeft);
        for (int c = 1; c < 4; ++c)
            m_grid->addWidget(new QLabel(m_table), row, c, Qt::AlignRight);
    }
    m_grid->setColumnStretch(4, 1);
    m_table->setToolTip(tr("Each component: the events counted, then capped per day and decayed by age (half-life), "
                           "then weight × ln(1 + decayed) points. The score is the sum of the points."));

    m_computed = new QLabel(this);
    m_computed->setObjectName(QStringLiteral("kocComputed"));
    m_computed->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_details);
    layout->addWidget(m_table);
    layout->addWidget(m_computed);
    layout->addStretch(1);
    clear();
}

void KocBreakdownView::clear()
{
    display(KocMemberScore{});
}

bool KocBreakdownView::setMember(const QSqlDatabase &db, qint64 memberId, QString *error)
{
    KocMemberScore score;
    if (const DatabaseError err = KocRepository(db).memberScore(memberId, QDate::currentDate(), &score)) {
        clear();
        m_headline->setText(tr("KOC score unavailable"));
        m_details->setText(err.message);
        if (error)
            *error = err.message;
        return false;
    }
    display(score);
    return true;
}

void KocBreakdownView::display(const KocMemberScore &s)
{
    m_score = s;
    const QLocale locale;
    const bool hasScore = s.memberId > 0 && s.scored;
    m_table->setVisible(hasScore);
    if (s.memberId <= 0) {
        m_headline->clear();
        m_details->clear();
        m_computed->clear();
        return;
    }
    if (!s.scored) {
        m_headline->setText(tr("No KOC score yet"));
        m_details->setText(tr("Scores are computed for all members at once: use “Recompute” in the KOC dialog."));
        m_computed->clear();
        return;
    }
    m_headline->setText(tr("KOC score %1").arg(locale.toString(s.score, 'f', 1)));
    QStringList lines;
    lines << tr("Percentile overall: %1 (the share of other members scoring lower)")
                 .arg(KocListModel::percentileText(s.pctOverall));
    for (const KocGroupRank &g : s.groups) {
        lines << tr("In %1: percentile %2 among %n member(s)", nullptr, g.members)
                     .arg(g.groupName, KocListModel::percentileText(g.percentile));
    }
    if (s.groups.isEmpty())
        lines << tr("Not in any group at the moment.");
    lines << tr("Bar for KOC: %1").arg(locale.toString(s.threshold, 'f', 1));
    if (s.koc) {
        QString state = tr("KOC since %1").arg(s.kocSince.left(10));
        if (!s.kocReason.isEmpty())
            state += tr(" (%1)").arg(s.kocReason);
        if (s.suggestUnflag)
            state += tr("; below the unflag band since %1: suggested for unflagging").arg(locale.toString(s.belowSince, QLocale::ShortFormat));
        else if (s.belowSince.isValid())
            state += tr("; below the unflag band since %1, not yet long enough to suggest unflagging").arg(locale.toString(s.belowSince, QLocale::ShortFormat));
        lines << state;
    } else if (s.blacklisted) {
        lines << tr("Blacklisted: never proposed as KOC.");
    } else if (s.candidate) {
        lines << tr("KOC candidate: at or above the bar and not flagged yet.");
    }
    m_details->setText(lines.join(u'\n'));
    for (const KocComponentScore &c : s.breakdown.components) {
        const int row = FirstRow + int(c.component);
        static_cast<QLabel *>(m_grid->itemAtPosition(row, 1)->widget())->setText(locale.toString(c.count));
        static_cast<QLabel *>(m_grid->itemAtPosition(row, 2)->widget())->setText(locale.toString(c.decayed, 'f', 1));
        static_cast<QLabel *>(m_grid->itemAtPosition(row, 3)->widget())->setText(locale.toString(c.points, 'f', 2));
    }
    m_computed->setText(tr("Computed at %1 from activity up to %2.")
                            .arg(s.computedAt, locale.toString(s.asOf, QLocale::ShortFormat)));
}

QString KocBreakdownView::summaryText() const
{
    return m_headline->text() + u'\n' + m_details->text();
}

QString KocBreakdownView::computedText() const
{
    return m_computed->text();
}

QString KocBreakdownView::cellText(KocComponent component, int column) const
{
    QLayoutItem *item = m_grid->itemAtPosition(FirstRow + int(component), column);
    return item && item->widget() ? static_cast<QLabel *>(item->widget())->text() : QString();
}

} // namespace qundesk::ui
