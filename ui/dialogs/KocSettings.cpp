#include "dialogs/KocSettings.h"

#include "storage/KocRepository.h"

#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace qundesk::ui {

namespace {

// Why each default weight is what it is (KocScore.h has the full argument).
const char *weightReason(KocComponent c)
{
    switch (c) {
    case KocComponent::Messages: return QT_TRANSLATE_NOOP("qundesk::ui::KocSettings", "the unit: frequent, cheap, easy to spam");
    case KocComponent::Replies: return QT_TRANSLATE_NOOP("qundesk::ui::KocSettings", "answering others moves a conversation (the member's own replies: events do not record whom a reply answers)");
    case KocComponent::Content: return QT_TRANSLATE_NOOP("qundesk::ui::KocSettings", "material others use; costs effort");
    case KocComponent::Referrals: return QT_TRANSLATE_NOOP("qundesk::ui::KocSettings", "bringing a friend in is the strongest proof of trust");
    case KocComponent::Participation: return QT_TRANSLATE_NOOP("qundesk::ui::KocSettings", "loyalty more than influence; already earns points");
    case KocComponent::Purchases: return QT_TRANSLATE_NOOP("qundesk::ui::KocSettings", "a key opinion consumer buys and shows the product");
    case KocComponent::Spend: return QT_TRANSLATE_NOOP("qundesk::ui::KocSettings", "per ln(1 + CNY): money counts, gently");
    }
    return "";
}

QDoubleSpinBox *number(QWidget *parent, double min, double max, int decimals, const QString &suffix = {})
{
    auto *s = new QDoubleSpinBox(parent);
    s->setRange(min, max);
    s->setDecimals(decimals);
    s->setSuffix(suffix);
    return s;
}

} // namespace

KocSettings::KocSettings(QWidget *parent)
    : QWidget(parent)
{
    const qundesk::KocSettings d;
    const QLocale locale;
    auto *components = new QGroupBox(tr("Points per component"), this);
    auto *grid = new QGridLayout(components);
    grid->addWidget(new QLabel(tr("Component"), components), 0, 0);
    grid->addWidget(new QLabel(tr("Weight"), components), 0, 1);
    grid->addWidget(new QLabel(tr("Most per day"), components), 0, 2);
    for (KocComponent c : allKocComponents()) {
        const int row = 1 + int(c);
        auto *weight = number(components, 0, 1000, 2);
        weight->setObjectName(QStringLiteral("kocWeight_") + kocComponentCode(c));
        weight->setToolTip(tr("Default %1: %2.").arg(locale.toString(d.weight(c)), tr(weightReason(c))));
        auto *cap = new QSpinBox(components);
        cap->setRange(0, 1'000'000);
        cap->setSpecialValueText(tr("no cap"));
        cap->setObjectName(QStringLiteral("kocCap_") + kocComponentCode(c));
        cap->setToolTip(d.dailyCap(c) > 0
                            ? tr("Default %1: events beyond this on one day do not count, so one day of flooding cannot buy a high score.").arg(d.dailyCap(c))
                            : tr("Default: no cap; the logarithm and the low weight already flatten large amounts."));
        m_weights[size_t(c)] = weight;
        m_caps[size_t(c)] = cap;
        grid->addWidget(new QLabel(kocComponentLabel(c), components), row, 0);
        grid->addWidget(weight, row, 1);
        grid->addWidget(cap, row, 2);
    }
    grid->setColumnStretch(3, 1);
    auto *formula = new QLabel(tr("Points = weight × ln(1 + the events of the component, capped per day and halved every half-life)."), components);
    formula->setWordWrap(true);
    grid->addWidget(formula, 1 + KocComponentCount, 0, 1, 4);

    m_halfLife = number(this, 1, 3650, 1, tr(" days"));
    m_halfLife->setObjectName(QStringLiteral("kocHalfLife"));
    m_halfLife->setToolTip(tr("Default %1: activity a month old counts half. A KOC moves the group now; a shorter half-life "
                              "halves a KOC over one holiday, a longer one keeps last season's stars on top.").arg(d.halfLifeDays));
    m_topPercent = number(this, 0.1, 100, 1, QStringLiteral(" %"));
    m_topPercent->setObjectName(QStringLiteral("kocTopPercent"));
    m_topPercent->setToolTip(tr("Default %1%: 25 in a full 500-member group, about as many as staff can praise and reward.").arg(d.topPercent));
    m_minScore = number(this, 0, 1'000'000, 1);
    m_minScore->setObjectName(QStringLiteral("kocMinScore"));
    m_minScore->setToolTip(tr("Default %1: about a month of steady activity in three or four ways; in a quiet group the top "
                              "members may have done next to nothing.").arg(d.minScore));
    m_unflagFactor = number(this, 1, 100, 0, QStringLiteral(" %"));
    m_unflagFactor->setObjectName(QStringLiteral("kocUnflagFactor"));
    m_unflagFactor->setToolTip(tr("Default %1%: a band under the bar, so a KOC hovering at it does not flap.").arg(d.unflagFactor * 100));
    m_unflagDays = new QSpinBox(this);
    m_unflagDays->setRange(1, 3650);
    m_unflagDays->setSuffix(tr(" days"));
    m_unflagDays->setObjectName(QStringLiteral("kocUnflagDays"));
    m_unflagDays->setToolTip(tr("Default %1: one quiet fortnight does not cost the title.").arg(d.unflagDays));

    auto *rules = new QGroupBox(tr("Candidates and unflagging"), this);
    auto *form = new QFormLayout(rules);
    form->addRow(tr("Half-life of activity"), m_halfLife);
    form->addRow(tr("Candidates: top share of a group or of all"), m_topPercent);
    form->addRow(tr("… with a score of at least"), m_minScore);
    form->addRow(tr("Suggest unflagging a KOC below this share of the bar"), m_unflagFactor);
    form->addRow(tr("… for at least"), m_unflagDays);

    auto *defaults = new QPushButton(tr("Restore defaults"), this);
    auto *note = new QLabel(tr("Stored in the database for every desk. New settings apply at the next recompute."), this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(components);
    layout->addWidget(rules);
    layout->addWidget(note);
    layout->addWidget(defaults, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(defaults, &QPushButton::clicked, this, &KocSettings::restoreDefaults);
    restoreDefaults();
}

void KocSettings::restoreDefaults()
{
    setValues(qundesk::KocSettings{});
}

void KocSettings::setValues(const qundesk::KocSettings &s)
{
    for (KocComponent c : allKocComponents()) {
        m_weights[size_t(c)]->setValue(s.weight(c));
        m_caps[size_t(c)]->setValue(s.dailyCap(c));
    }
    m_halfLife->setValue(s.halfLifeDays);
    m_topPercent->setValue(s.topPercent);
    m_minScore->setValue(s.minScore);
    m_unflagFactor->setValue(s.unflagFactor * 100);
    m_unflagDays->setValue(s.unflagDays);
}

qundesk::KocSettings KocSettings::values() const
{
    qundesk::KocSettings s;
    for (KocComponent c : allKocComponents()) {
        s.weights[size_t(c)] = m_weights[size_t(c)]->value();
        s.dailyCaps[size_t(c)] = m_caps[size_t(c)]->value();
    }
    s.halfLifeDays = m_halfLife->value();
    s.topPercent = m_topPercent->value();
    s.minScore = m_minScore->value();
    s.unflagFactor = m_unflagFactor->value() / 100;
    s.unflagDays = m_unflagDays->value();
    return s;
}

bool KocSettings::load(const QSqlDatabase &db, QString *error)
{
    qundesk::KocSettings s;
    if (const DatabaseError err = KocRepository(db).settings(&s)) {
        *error = err.message;
        return false;
    }
    setValues(s);
    return true;
}

bool KocSettings::save(const QSqlDatabase &db, QString *error)
{
    const qundesk::KocSettings s = values();
    if (const QString problem = s.validate(); !problem.isEmpty()) {
        *error = tr("KOC scoring: %1").arg(problem);
        return false;
    }
    if (const DatabaseError err = KocRepository(db).setSettings(s)) {
        *error = err.message;
        return false;
    }
    return true;
}

} // namespace qundesk::ui
