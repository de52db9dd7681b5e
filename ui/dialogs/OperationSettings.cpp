#include "dialogs/OperationSettings.h"

#include "analytics/Lifecycle.h"
#include "analytics/Recommendations.h"
#include "domain/GroupNaming.h"
#include "domain/NicknameTemplate.h"
#include "storage/RecommendationRepository.h"
#include "storage/SettingsRepository.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace qundesk::ui {

namespace {

QSpinBox *spin(QWidget *parent, int min, int max, const QString &suffix)
{
    auto *s = new QSpinBox(parent);
    s->setRange(min, max);
    s->setSuffix(suffix);
    return s;
}

QDoubleSpinBox *percent(QWidget *parent, double max)
{
    auto *s = new QDoubleSpinBox(parent);
    s->setRange(0, max);
    s->setDecimals(1);
    s->setSuffix(QStringLiteral(" %"));
    return s;
}

} // namespace

OperationSettings::OperationSettings(QWidget *parent)
    : QWidget(parent)
{
    const LifecycleThresholds d;
    m_strongDays = spin(this, 1, 365, tr(" days"));
    m_strongDays->setToolTip(tr("Default %1: the strong stage is about the first month after a group fills.").arg(d.strongDays));
    m_weakActiveRate = percent(this, 100);
    m_weakActiveRate->setToolTip(tr("Default %1: below one member in five active in a week, a group lives on staff posts alone.")
                                     .arg(formatPercent(d.weakActiveRate)));
    m_weakDropRatio = percent(this, 100);
    m_weakDropRatio->setToolTip(tr("Default %1: messages per day halved week over week.").arg(formatPercent(d.weakDropRatio)));
    m_weakDropMinMessages = spin(this, 0, 1000000, tr(" messages"));
    m_weakDropMinMessages->setToolTip(tr("Default %1 a week (10 a day): below that a drop is noise.").arg(d.weakDropMinMessages));
    m_floorActiveRate = percent(this, 100);
    m_floorActiveRate->setToolTip(tr("Default %1: a zombie group is silent, not merely quiet.").arg(formatPercent(d.floorActiveRate)));
    m_floorMessages = new QDoubleSpinBox(this);
    m_floorMessages->setRange(0, 10000);
    m_floorMessages->setDecimals(1);
    m_floorMessages->setToolTip(tr("Default %1 a day.").arg(d.floorMessagesPerDay));
    m_zombieDays = spin(this, 1, 365, tr(" days"));
    m_zombieDays->setToolTip(tr("Default %1: two full weeks, so one quiet holiday week does not bury a group.").arg(d.zombieDays));

    auto *lifecycle = new QGroupBox(tr("Lifecycle stages"), this);
    auto *lf = new QFormLayout(lifecycle);
    lf->addRow(tr("Strong operation for the first"), m_strongDays);
    lf->addRow(tr("Weak below a 7-day active rate of"), m_weakActiveRate);
    lf->addRow(tr("… or when messages fall week over week by"), m_weakDropRatio);
    lf->addRow(tr("… from at least, in the previous week"), m_weakDropMinMessages);
    lf->addRow(tr("A day is below the floor under an active rate of"), m_floorActiveRate);
    lf->addRow(tr("… or under this many messages a day"), m_floorMessages);
    lf->addRow(tr("Zombie group after, below the floor"), m_zombieDays);

    m_nameTemplate = new QLineEdit(this);
    m_nameTemplate->setObjectName(QStringLiteral("nameTemplate"));
    m_nameTemplate->setToolTip(tr("{n} is the group's number, * any text, | separates alternatives. Default: %1")
                                   .arg(GroupNaming::defaultTemplate()));
    m_templateProblem = new QLabel(this);
    m_templateProblem->setWordWrap(true);
    m_templateProblem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_templateProblem->hide();
    m_promotionPoints = spin(this, 0, 100000000, tr(" points"));
    m_promotionPoints->setToolTip(tr("Default %1: sub-group members with this many points, or KOCs, are proposed for the master group.")
                                      .arg(RecommendationRules{}.promotionMinPoints));
    auto *groups = new QGroupBox(tr("Groups"), this);
    auto *gf = new QFormLayout(groups);
    gf->addRow(tr("Naming template"), m_nameTemplate);
    gf->addRow(QString(), m_templateProblem);
    gf->addRow(tr("Promotion to the master group from"), m_promotionPoints);

    m_nicknameTemplate = new QLineEdit(this);
    m_nicknameTemplate->setObjectName(QStringLiteral("nicknameTemplate"));
    m_nicknameTemplate->setToolTip(tr("Part names with one separator character between each two (- _ | / · or a space). "
                                      "Full-width dashes and spaces around separators are forgiven. Default: %1")
                                       .arg(NicknameTemplate::defaultPattern()));
    m_nicknameProblem = new QLabel(this);
    m_nicknameProblem->setWordWrap(true);
    m_nicknameProblem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_nicknameProblem->hide();
    m_nicknamePlaces = new QCheckBox(tr("The city part must be a known region name"), this);
    m_nicknamePlaces->setObjectName(QStringLiteral("nicknamePlaces"));
    m_nicknamePlaces->setToolTip(tr("Checks parts named 城市, 地区, 省份, city or region against the regions list "
                                    "(a trailing 市/省/区/县 is ignored)."));
    auto *membersBox = new QGroupBox(tr("Members"), this);
    auto *mf = new QFormLayout(membersBox);
    mf->addRow(tr("Group nickname template"), m_nicknameTemplate);
    mf->addRow(QString(), m_nicknameProblem);
    mf->addRow(QString(), m_nicknamePlaces);

    auto *defaults = new QPushButton(tr("Restore defaults"), this);
    auto *note = new QLabel(tr("These rules are stored in the database and apply to every desk that opens it."), this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(lifecycle);
    layout->addWidget(groups);
    layout->addWidget(membersBox);
    layout->addWidget(note);
    layout->addWidget(defaults, 0, Qt::AlignLeft);
    layout->addStretch(1);

    connect(m_nameTemplate, &QLineEdit::textChanged, this, &OperationSettings::checkTemplate);
    connect(m_nicknameTemplate, &QLineEdit::textChanged, this, &OperationSettings::checkNicknameTemplate);
    connect(defaults, &QPushButton::clicked, this, &OperationSettings::restoreDefaults);
    restoreDefaults();
}

void OperationSettings::show(const LifecycleThresholds &t)
{
    m_strongDays->setValue(t.strongDays);
    m_weakActiveRate->setValue(t.weakActiveRate * 100);
    m_weakDropRatio->setValue(t.weakDropRatio * 100);
    m_weakDropMinMessages->setValue(int(t.weakDropMinMessages));
    m_floorActiveRate->setValue(t.floorActiveRate * 100);
    m_floorMessages->setValue(t.floorMessagesPerDay);
    m_zombieDays->setValue(t.zombieDays);
}

void OperationSettings::restoreDefaults()
{
    show(LifecycleThresholds{});
    m_nameTemplate->setText(GroupNaming::defaultTemplate());
    m_promotionPoints->setValue(RecommendationRules{}.promotionMinPoints);
    m_nicknameTemplate->setText(NicknameTemplate::defaultPattern());
    m_nicknamePlaces->setChecked(true);
}

void OperationSettings::checkTemplate()
{
    const QString problem = GroupNaming::validateTemplate(m_nameTemplate->text().trimmed());
    m_templateProblem->setText(problem);
    m_templateProblem->setVisible(!problem.isEmpty());
}

void OperationSettings::checkNicknameTemplate()
{
    const QString problem = NicknameTemplate::validatePattern(m_nicknameTemplate->text());
    m_nicknameProblem->setText(problem);
    m_nicknameProblem->setVisible(!problem.isEmpty());
}

bool OperationSettings::load(const QSqlDatabase &db, QString *error)
{
    SettingsRepository settings(db);
    LifecycleThresholds t;
    QString nameTemplate;
    QString points;
    DatabaseError err = settings.lifecycleThresholds(&t);
    if (!err)
        err = settings.get(QString::fromLatin1(GroupNaming::NameTemplateKey), GroupNaming::defaultTemplate(), &nameTemplate);
    if (!err)
        err = settings.get(QString::fromLatin1(RecommendationRepository::PromotionMinPointsKey),
                           QString::number(RecommendationRules{}.promotionMinPoints), &points);
    QString nicknameTemplate;
    QString nicknamePlaces;
    if (!err)
        err = settings.get(QString::fromLatin1(NicknameTemplate::SettingsKey), NicknameTemplate::defaultPattern(),
                           &nicknameTemplate);
    if (!err)
        err = settings.get(QString::fromLatin1(NicknameTemplate::CheckPlacesKey), QStringLiteral("1"), &nicknamePlaces);
    if (err) {
        *error = err.message;
        return false;
    }
    m_nicknameTemplate->setText(nicknameTemplate);
    m_nicknamePlaces->setChecked(nicknamePlaces == QLatin1StringView("1"));
    show(t);
    m_nameTemplate->setText(nameTemplate);
    bool ok = false;
    const int p = points.toInt(&ok);
    m_promotionPoints->setValue(ok ? p : RecommendationRules{}.promotionMinPoints);
    return true;
}

bool OperationSettings::save(const QSqlDatabase &db, QString *error)
{
    const QString nameTemplate = m_nameTemplate->text().trimmed();
    if (const QString problem = GroupNaming::validateTemplate(nameTemplate); !problem.isEmpty()) {
        *error = tr("Naming template: %1").arg(problem);
        return false;
    }
    const QString nicknameTemplate = m_nicknameTemplate->text().trimmed();
    if (const QString problem = NicknameTemplate::validatePattern(nicknameTemplate); !problem.isEmpty()) {
        *error = tr("Group nickname template: %1").arg(problem);
        return false;
    }
    if (m_floorActiveRate->value() >= m_weakActiveRate->value()) {
        *error = tr("Activity floor: %1 must be below the weak threshold of %2, or no group would be weak before it is a zombie.")
                     .arg(m_floorActiveRate->text(), m_weakActiveRate->text());
        return false;
    }
    LifecycleThresholds t;
    t.strongDays = m_strongDays->value();
    t.weakActiveRate = m_weakActiveRate->value() / 100;
    t.weakDropRatio = m_weakDropRatio->value() / 100;
    t.weakDropMinMessages = m_weakDropMinMessages->value();
    t.floorActiveRate = m_floorActiveRate->value() / 100;
    t.floorMessagesPerDay = m_floorMessages->value();
    t.zombieDays = m_zombieDays->value();
    const QList<QPair<QString, QString>> others = {
        {QString::fromLatin1(GroupNaming::NameTemplateKey), nameTemplate},
        {QString::fromLatin1(RecommendationRepository::PromotionMinPointsKey), QString::number(m_promotionPoints->value())},
        {QString::fromLatin1(NicknameTemplate::SettingsKey), nicknameTemplate},
        {QString::fromLatin1(NicknameTemplate::CheckPlacesKey), m_nicknamePlaces->isChecked() ? QStringLiteral("1") : QStringLiteral("0")},
    };
    if (const DatabaseError err = SettingsRepository(db).setLifecycleThresholds(t, others)) {
        *error = err.message;
        return false;
    }
    return true;
}

} // namespace qundesk::ui
