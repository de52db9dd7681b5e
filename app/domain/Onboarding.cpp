#include "domain/Onboarding.h"

#include <QCoreApplication>

#include <algorithm>

namespace qundesk {

namespace {

struct KindName
{
    OnboardingStepKind kind;
    const char *code;
    const char *label;
};

// Mirrors the CHECK on onboarding_steps.kind in the schema, in ritual order.
constexpr KindName Kinds[] = {
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

struct PurposeName
{
    const char *code;
    const char *label;
};

// Mirrors the CHECK on chat_groups.purpose (and onboarding_flows.purpose).
constexpr PurposeName Purposes[] = {
    {"master", QT_TRANSLATE_NOOP("OnboardingPurpose", "Master group")},
    {"sub", QT_TRANSLATE_NOOP("OnboardingPurpose", "Sub-group")},
    {"shopping_guide", QT_TRANSLATE_NOOP("OnboardingPurpose", "Shopping-guide group")},
    {"perks", QT_TRANSLATE_NOOP("OnboardingPurpose", "Perks group")},
    {"after_sales", QT_TRANSLATE_NOOP("OnboardingPurpose", "After-sales group")},
    {"material", QT_TRANSLATE_NOOP("OnboardingPurpose", "Material group")},
    {"training", QT_TRANSLATE_NOOP("OnboardingPurpose", "Training group")},
    {"other", QT_TRANSLATE_NOOP("OnboardingPurpose", "Other group")},
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
    QList<OnboardingStepKind> kinds;
    for (const auto &k : Kinds)
        kinds.append(k.kind);
    return kinds;
}

QString stepKindCode(OnboardingStepKind kind)
{
    for (const auto &k : Kinds) {
        if (k.kind == kind)
            return QString::fromLatin1(k.code);
    }
    return QStringLiteral("custom");
}

std::optional<OnboardingStepKind> stepKindFromCode(const QString &code)
{
    for (const auto &k : Kinds) {
        if (code == QLatin1String(k.code))
            return k.kind;
    }
    return std::nullopt;
}

QString stepKindLabel(OnboardingStepKind kind)
{
    for (const auto &k : Kinds) {
        if (k.kind == kind)
            return QCoreApplication::translate("OnboardingStepKind", k.label);
    }
    return QString();
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
    for (const auto &p : Purposes) {
        if (code == QLatin1String(p.code))
            return QCoreApplication::translate("OnboardingPurpose", p.label);
    }
    return code;
}

} // namespace onboarding

} // namespace qundesk
