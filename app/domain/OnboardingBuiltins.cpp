#include "domain/OnboardingBuiltins.h"

#include <QCoreApplication>

namespace qundesk::onboarding {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("OnboardingBuiltins", text);
}

struct StepText
{
    OnboardingStepKind kind;
    const char *title;
    const char *script;
    const char *action;
    const char *checklist;  // items separated by '\n'
    int timing;             // minutes after joining; -1 for "before joining / not timed"
};

// The ritual as the seeds describe it: verify, welcome, rename, introduce, gift, rules, Q&A.
constexpr StepText Ritual[] = {
    {OnboardingStepKind::IdentityCheck,
     QT_TRANSLATE_NOOP("OnboardingBuiltins", "Verify identity before admitting"),
     QT_TRANSLATE_NOOP("OnboardingBuiltins", "Hello! This group is for verified partners only. Please send your phone "
                                             "number and a photo of your shop front; we will invite you as soon as we "
                                             "have checked them."),
     QT_TRANSLATE_NOOP("OnboardingBuiltins", "Send phone number and shop photo"),
     QT_TRANSLATE_NOOP("OnboardingBuiltins", "Phone number matches the back-office record\n"
                                             "Shop photo shows the sign board\n"
                                             "Reviewer and time recorded"),
     -1},
    {OnboardingStepKind::Welcome,
     QT_TRANSLATE_NOOP("OnboardingBuiltins", "Send the welcome message"),
     QT_TRANSLATE_NOOP("OnboardingBuiltins", "Welcome to the group! I am the fan-care officer here; whatever you need, "
                                             "just @ me. Please take a minute to read the group notice first."),
     QT_TRANSLATE_NOOP("OnboardingBuiltins", "Read the group notice"),
     QT_TRANSLATE_NOOP("OnboardingBuiltins", "@ the new member by name\nGroup notice pinned"),
     0},
    {OnboardingStepKind::Rename,
     QT_TRANSLATE_NOOP("OnboardingBuiltins", "Rename to the nickname template"),
     QT_TRANSLATE_NOOP("OnboardingBuiltins", "So that everyone can find each other, please change your group nickname "
                                             "to City-Shop name, for example Hangzhou-Xiaomei Beauty."),
     QT_TRANSLATE_NOOP("OnboardingBuiltins", "Change the group nickname to City-Shop name"),
     QT_TRANSLATE_NOOP("OnboardingBuiltins", "Nickname follows the template\nRemind once more after 30 minutes if not changed"),
     5},
    {OnboardingStepKind::SelfIntro,
     QT_TRANSLATE_NOOP("OnboardingBuiltins", "Invite a self-introduction"),
     QT_TRANSLATE_NOOP("OnboardingBuiltins", "Please introduce yourself in a line or two: your city, what you sell and "
                                             "what you hope to get from this group."),
     QT_TRANSLATE_NOOP("OnboardingBuiltins", "Post a short self-introduction"),
     QT_TRANSLATE_NOOP("OnboardingBuiltins", "Reply to the introduction within 10 minutes\n"
                                             "Note identity and interests in the member profile"),
     10},
    {OnboardingStepKind::Gift,
     QT_TRANSLATE_NOOP("OnboardingBuiltins", "Send the joining gift"),
     QT_TRANSLATE_NOOP("OnboardingBuiltins", "Your joining gift is ready: a 20 CNY coupon with no minimum spend. Tap "
                                             "the link to claim it within 7 days."),
     QT_TRANSLATE_NOOP("OnboardingBuiltins", "Claim the joining gift"),
     QT_TRANSLATE_NOOP("OnboardingBuiltins", "Claim link sent\nClaim confirmed"),
     15},
    {OnboardingStepKind::Rules,
     QT_TRANSLATE_NOOP("OnboardingBuiltins", "Explain the group rules"),
     QT_TRANSLATE_NOOP("OnboardingBuiltins", "Three rules keep this group worth reading: no ads or outside links, no "
                                             "poaching members in private, and be kind. A first breach gets a "
                                             "reminder, a second one removal; sharing useful experience earns points."),
     QT_TRANSLATE_NOOP("OnboardingBuiltins", "Reply \"OK\" to confirm the rules"),
     QT_TRANSLATE_NOOP("OnboardingBuiltins", "Rules posted\nConfirmation received"),
     30},
    {OnboardingStepKind::QaSession,
     QT_TRANSLATE_NOOP("OnboardingBuiltins", "Hold the welcome Q&A"),
     QT_TRANSLATE_NOOP("OnboardingBuiltins", "Tonight at 20:00 we hold the welcome Q&A: what this group is for, what "
                                             "you get, what is not allowed and whom to ask. Bring your questions!"),
     QT_TRANSLATE_NOOP("OnboardingBuiltins", "Join the Q&A or read the summary"),
     QT_TRANSLATE_NOOP("OnboardingBuiltins", "Announce it in the morning and one hour before\n"
                                             "Answer: what the group is for\n"
                                             "Answer: what members get\n"
                                             "Answer: what is not allowed\n"
                                             "Answer: whom to ask\n"
                                             "Post a summary afterwards"),
     24 * 60},
    {OnboardingStepKind::FirstActivity,
     QT_TRANSLATE_NOOP("OnboardingBuiltins", "Invite to the first activity"),
     QT_TRANSLATE_NOOP("OnboardingBuiltins", "Our check-in challenge starts on Monday: check in seven days in a row to "
                                             "win a gift pack. See you there!"),
     QT_TRANSLATE_NOOP("OnboardingBuiltins", "Take part in the first activity"),
     QT_TRANSLATE_NOOP("OnboardingBuiltins", "Invitation sent\nParticipation recorded"),
     3 * 24 * 60},
};

OnboardingStep makeStep(const StepText &t)
{
    OnboardingStep s;
    s.kind = t.kind;
    s.title = translated(t.title);
    s.staffScript = translated(t.script);
    s.memberAction = translated(t.action);
    s.checklist = checklistFromText(translated(t.checklist));
    if (t.timing >= 0)
        s.timingMinutes = t.timing;
    return s;
}

} // namespace

QList<OnboardingFlow> builtinFlows()
{
    OnboardingFlow ritual;
    ritual.name = QCoreApplication::translate("OnboardingBuiltins", "Standard onboarding ritual");
    ritual.description = QCoreApplication::translate("OnboardingBuiltins", "The full ritual for B2B groups: verify identity first, then welcome, rename, "
                            "introduce, gift, rules and the welcome Q&A.");
    ritual.personaName = QCoreApplication::translate("OnboardingBuiltins", "Fan-care officer");
    ritual.builtin = true;
    for (const StepText &t : Ritual)
        ritual.steps.append(makeStep(t));

    // Consumer groups admit anyone, so there is no identity check and the gift comes early.
    OnboardingFlow shopping;
    shopping.name = QCoreApplication::translate("OnboardingBuiltins", "Shopping-guide group onboarding");
    shopping.purpose = QStringLiteral("shopping_guide");
    shopping.description = QCoreApplication::translate("OnboardingBuiltins", "For consumer shopping-guide groups: no identity check, the perk comes first.");
    shopping.personaName = ritual.personaName;
    shopping.builtin = true;
    for (const StepText &t : Ritual) {
        if (t.kind == OnboardingStepKind::Welcome || t.kind == OnboardingStepKind::Gift
            || t.kind == OnboardingStepKind::Rules || t.kind == OnboardingStepKind::FirstActivity)
            shopping.steps.append(makeStep(t));
    }
    return {ritual, shopping};
}

} // namespace qundesk::onboarding
