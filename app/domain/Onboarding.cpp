#include "domain/Onboarding.h"

#include "domain/EnumTable.h"
#include "domain/Group.h"

#include <QCoreApplication>

#include <algorithm>

namespace qundesk {

namespace {

using enumtable::Entry;

// Mirrors the CHECK on onboarding_steps.kind in the schema, in ritual order.
constexpr char KindContext[] = "OnboardingStepKind";
constexpr Entry<OnboardingStepKind> Kinds[] = {
    {OnboardingStepKind::IdentityCheck, "identity_check", QT_TRANSLATE_NOOP("OnboardingStepKind", "Identity check")},
    {OnboardingStepKind::Welcome, "welcome", QT_TRANSLATE_NOOP("OnboardingStepKind", "Welcome message")},
    {OnboardingStepKind::Rename, "rename", QT_TRANSLATE_NOOP("OnboardingStepKind", "Rename to nickname template")},
    {OnboardingStepKind::SelfIntro, "self_intro", QT_TRANSLATE_NOOP("OnboardingStepKind", "Self-introduction")},
    {OnboardingStepKind::Gift, "gift", QT_TRANSLATE_NOOP("OnboardingStepKind", "Joining gift")},
    {OnboardingStepKind::Rules, "rules", QT_TRANSLATE_NOOP("OnboardingStepKind", "Group rules")},
    {OnboardingStepKind::QaSession, "qa_session", QT_TRANSLATE_NOOP("OnboardingStepKind", "Welcome Q&A")},
    {OnboardingStepKind::FirstActivity, "first_activity", QT_TRANSLATE_NOOP("OnboardingStepKind", "First activity")},
    {OnboardingStepKind::Custom, "custom", QT_TRANSLATE_NOOP("OnboardingStepKind", "Custom step")},
};

// Mirrors the CHECK on chat_groups.purpose (and onboarding_flows.purpose). The labels read
// after "For:", so they are not the group screens' own (GroupPurpose in Group.cpp).
constexpr char PurposeContext[] = "OnboardingPurpose";
constexpr Entry<GroupPurpose> Purposes[] = {
    {GroupPurpose::Master, "master", QT_TRANSLATE_NOOP("OnboardingPurpose", "Master group")},
    {GroupPurpose::Sub, "sub", QT_TRANSLATE_NOOP("OnboardingPurpose", "Sub-group")},
    {GroupPurpose::ShoppingGuide, "shopping_guide", QT_TRANSLATE_NOOP("OnboardingPurpose", "Shopping-guide group")},
    {GroupPurpose::Perks, "perks", QT_TRANSLATE_NOOP("OnboardingPurpose", "Perks group")},
    {GroupPurpose::AfterSales, "after_sales", QT_TRANSLATE_NOOP("OnboardingPurpose", "After-sales group")},
    {GroupPurpose::Material, "material", QT_TRANSLATE_NOOP("OnboardingPurpose", "Material group")},
    {GroupPurpose::Training, "training", QT_TRANSLATE_NOOP("OnboardingPurpose", "Training group")},
    {GroupPurpose::Other, "other", QT_TRANSLATE_NOOP("OnboardingPurpose", "Other group")},
};

} // namespace

bool MemberOnboardingProgress::isDone(OnboardingStepKind kind) const
{
    return std::any_of(marks.cbegin(), marks.cend(), [kind](const OnboardingMark &m) { return m.kind == kind; });
}

QList<OnboardingStepKind> MemberOnboardingProgress::doneKinds() const
{
    QList<OnboardingStepKind> kinds;
    for (const OnboardingMark &m : marks)
        kinds.append(m.kind);
    return kinds;
}

namespace onboarding {

QList<OnboardingStepKind> allStepKinds()
{
    return enumtable::all(Kinds);
}

QString stepKindCode(OnboardingStepKind kind)
{
    return enumtable::code(Kinds, kind);
}

std::optional<OnboardingStepKind> stepKindFromCode(const QString &code)
{
    return enumtable::fromCode(Kinds, code);
}

QString stepKindLabel(OnboardingStepKind kind)
{
    return enumtable::label(KindContext, Kinds, kind);
}

QString progressSourceCode(ProgressSource source)
{
    return source == ProgressSource::Detected ? QStringLiteral("detected") : QStringLiteral("manual");
}

std::optional<ProgressSource> progressSourceFromCode(const QString &code)
{
    if (code == QLatin1String("manual"))
        return ProgressSource::Manual;
    if (code == QLatin1String("detected"))
        return ProgressSource::Detected;
    return std::nullopt;
}

QString checklistToText(const QStringList &items)
{
    QStringList kept;
    for (const QString &item : items) {
        // An item is one line by definition; a pasted line break would split it on reload.
        const QString line = item.simplified();
        if (!line.isEmpty())
            kept.append(line);
    }
    return kept.join(QLatin1Char('\n'));
}

QStringList checklistFromText(const QString &text)
{
    QStringList items;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString item = line.trimmed();
        if (!item.isEmpty())
            items.append(item);
    }
    return items;
}

QString timingText(std::optional<int> minutes)
{
    if (!minutes)
        return QString();
    const int m = *minutes;
    if (m == 0)
        return QCoreApplication::translate("OnboardingTiming", "Immediately");
    if (m < 60 || m % 60 != 0)
        return QCoreApplication::translate("OnboardingTiming", "%1 min after joining").arg(m);
    if (m < 24 * 60 || m % (24 * 60) != 0)
        return QCoreApplication::translate("OnboardingTiming", "%1 h after joining").arg(m / 60);
    // Day 1 is the joining day, so 24 hours later is day 2.
    return QCoreApplication::translate("OnboardingTiming", "Day %1").arg(m / (24 * 60) + 1);
}

QString purposeLabel(const QString &code)
{
    return enumtable::labelForCode(PurposeContext, Purposes, code);
}

} // namespace onboarding

} // namespace qundesk
