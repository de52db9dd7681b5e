#include "domain/Funnel.h"

#include "domain/EnumTable.h"
#include "domain/Member.h"

#include <QCoreApplication>

namespace qundesk::funnel {

namespace {

// Mirrors the CHECK on funnel_steps.event_kind in the schema. The labels name a step ("Join"),
// so they differ from the event labels in Member.cpp ("Joined") and have their own context.
constexpr char EventKindContext[] = "FunnelEventKind";
constexpr enumtable::Entry<EventKind> EventKinds[] = {
    {EventKind::Message, "message", QT_TRANSLATE_NOOP("FunnelEventKind", "Message")},
    {EventKind::Reply, "reply", QT_TRANSLATE_NOOP("FunnelEventKind", "Reply")},
    {EventKind::Join, "join", QT_TRANSLATE_NOOP("FunnelEventKind", "Join")},
    {EventKind::Leave, "leave", QT_TRANSLATE_NOOP("FunnelEventKind", "Leave")},
    {EventKind::Post, "post", QT_TRANSLATE_NOOP("FunnelEventKind", "Post")},
    {EventKind::Share, "share", QT_TRANSLATE_NOOP("FunnelEventKind", "Share")},
    {EventKind::Referral, "referral", QT_TRANSLATE_NOOP("FunnelEventKind", "Referral")},
    {EventKind::Checkin, "checkin", QT_TRANSLATE_NOOP("FunnelEventKind", "Check-in")},
    {EventKind::Game, "game", QT_TRANSLATE_NOOP("FunnelEventKind", "Game")},
    {EventKind::Purchase, "purchase", QT_TRANSLATE_NOOP("FunnelEventKind", "Purchase")},
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
    return enumtable::codes(EventKinds);
}

bool isValidEventKind(const QString &code)
{
    return code.isEmpty() || eventKindCodes().contains(code);
}

QString eventKindLabel(const QString &code)
{
    return enumtable::labelForCode(EventKindContext, EventKinds, code);
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
