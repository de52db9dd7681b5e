#include "domain/Funnel.h"

#include <QCoreApplication>

namespace qundesk::funnel {

namespace {

struct EventKindName
{
    const char *code;
    const char *label;
};

// Mirrors the CHECK on funnel_steps.event_kind in the schema.
constexpr EventKindName EventKinds[] = {
    {"message", QT_TRANSLATE_NOOP("FunnelEventKind", "Message")},
    {"reply", QT_TRANSLATE_NOOP("FunnelEventKind", "Reply")},
    {"join", QT_TRANSLATE_NOOP("FunnelEventKind", "Join")},
    {"leave", QT_TRANSLATE_NOOP("FunnelEventKind", "Leave")},
    {"post", QT_TRANSLATE_NOOP("FunnelEventKind", "Post")},
    {"share", QT_TRANSLATE_NOOP("FunnelEventKind", "Share")},
    {"referral", QT_TRANSLATE_NOOP("FunnelEventKind", "Referral")},
    {"checkin", QT_TRANSLATE_NOOP("FunnelEventKind", "Check-in")},
    {"game", QT_TRANSLATE_NOOP("FunnelEventKind", "Game")},
    {"purchase", QT_TRANSLATE_NOOP("FunnelEventKind", "Purchase")},
};

struct BuiltinStep
{
    const char *name;
    const char *metric;
    const char *eventKind;
};

constexpr BuiltinStep AppUsersSteps[] = {
    {QT_TRANSLATE_NOOP("FunnelBuiltins", "Pick target users"),
     QT_TRANSLATE_NOOP("FunnelBuiltins", "Users selected for the campaign"), nullptr},
    {QT_TRANSLATE_NOOP("FunnelBuiltins", "Ad slots"),
     QT_TRANSLATE_NOOP("FunnelBuiltins", "Users who saw a pop-up, banner or other placement"), nullptr},
    {QT_TRANSLATE_NOOP("FunnelBuiltins", "Add-friend landing page"),
     QT_TRANSLATE_NOOP("FunnelBuiltins", "Visitors of the add-friend landing page"), nullptr},
    {QT_TRANSLATE_NOOP("FunnelBuiltins", "Jump to WeChat"),
     QT_TRANSLATE_NOOP("FunnelBuiltins", "Users who left the app for WeChat"), nullptr},
    {QT_TRANSLATE_NOOP("FunnelBuiltins", "Friend added"),
     QT_TRANSLATE_NOOP("FunnelBuiltins", "Friends added, auto-reply and gift sent"), nullptr},
    {QT_TRANSLATE_NOOP("FunnelBuiltins", "Identity audit"),
     QT_TRANSLATE_NOOP("FunnelBuiltins", "Audits recorded against the back-office user ID"), nullptr},
    {QT_TRANSLATE_NOOP("FunnelBuiltins", "Joined segmented group"),
     QT_TRANSLATE_NOOP("FunnelBuiltins", "Members pulled into the matching segmented group"), "join"},
};

QString translated(const char *text)
{
    return QCoreApplication::translate("FunnelBuiltins", text);
}

} // namespace

QStringList eventKindCodes()
{
    QStringList codes;
    for (const auto &k : EventKinds)
        codes.append(QString::fromLatin1(k.code));
    return codes;
}

bool isValidEventKind(const QString &code)
{
    return code.isEmpty() || eventKindCodes().contains(code);
}

QString eventKindLabel(const QString &code)
{
    for (const auto &k : EventKinds) {
        if (code == QLatin1String(k.code))
            return QCoreApplication::translate("FunnelEventKind", k.label);
    }
    return code;
}

QList<Funnel> builtinFunnels()
{
    Funnel f;
    f.name = QCoreApplication::translate("FunnelBuiltins", "App users into private groups");
    f.description = QCoreApplication::translate("FunnelBuiltins",
        "Moves existing app users into segmented private groups; every step has its own metric.");
    f.builtin = true;
    for (const BuiltinStep &b : AppUsersSteps) {
        FunnelStep s;
        s.name = translated(b.name);
        s.metric = translated(b.metric);
        s.eventKind = b.eventKind ? QString::fromLatin1(b.eventKind) : QString();
        f.steps.append(s);
    }
    return {f};
}

} // namespace qundesk::funnel
