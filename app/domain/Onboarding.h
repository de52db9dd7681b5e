#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace qundesk {

// The parts of the onboarding ritual (入群仪式), stored as lower-case codes.
enum class OnboardingStepKind {
    IdentityCheck,  // identity_check 身份审核
    Welcome,        // welcome 欢迎语
    Rename,         // rename 修改群昵称
    SelfIntro,      // self_intro 自我介绍
    Gift,           // gift 入群礼
    Rules,          // rules 群规
    QaSession,      // qa_session 新人答疑会
    FirstActivity,  // first_activity 首次活动
    Custom          // custom
};

// Whether a step was ticked by staff or recognised from imported activity.
enum class ProgressSource { Manual, Detected };

struct OnboardingStep
{
    qint64 id = 0;
    qint64 flowId = 0;
    int position = 0;                  // 1..n within the flow
    OnboardingStepKind kind = OnboardingStepKind::Custom;
    QString title;
    QString staffScript;               // what staff say or post (话术)
    QString memberAction;              // what the new member is asked to do
    QStringList checklist;             // stored one item per line
    std::optional<int> timingMinutes;  // minutes after joining; empty when not tied to a time
};

struct OnboardingFlow
{
    qint64 id = 0;
    QString name;
    QString purpose;                   // optional chat_groups.purpose code the flow is meant for
    QString description;
    QString personaName;               // the shared staff persona, e.g. 宠粉官
    bool builtin = false;
    QList<OnboardingStep> steps;
};

struct OnboardingMark
{
    OnboardingStepKind kind = OnboardingStepKind::Custom;
    QDateTime doneAt;
    ProgressSource source = ProgressSource::Manual;
};

// One member's progress through the ritual in one group.
struct MemberOnboardingProgress
{
    qint64 memberId = 0;
    QList<OnboardingMark> marks;

    bool isDone(OnboardingStepKind kind) const;
    QList<OnboardingStepKind> doneKinds() const;
};

namespace onboarding {

QList<OnboardingStepKind> allStepKinds();
QString stepKindCode(OnboardingStepKind kind);
std::optional<OnboardingStepKind> stepKindFromCode(const QString &code);
QString stepKindLabel(OnboardingStepKind kind);   // translated, e.g. 新人答疑会

QString progressSourceCode(ProgressSource source);
std::optional<ProgressSource> progressSourceFromCode(const QString &code);

// Checklists live in one TEXT column, one item per line; blank lines are dropped.
QString checklistToText(const QStringList &items);
QStringList checklistFromText(const QString &text);

// "Immediately", "5 min after joining", "2 h after joining", "Day 2"; empty for no timing.
QString timingText(std::optional<int> minutes);

// Translated name of a group purpose code, for saying which groups a flow serves. (The groups
// screens keep their own labels; this one only has to read well after "For:".)
QString purposeLabel(const QString &code);

} // namespace onboarding

} // namespace qundesk
