#include "domain/Sop.h"

#include "domain/EnumTable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace qundesk {

namespace {

constexpr char Context[] = "Sop";

constexpr enumtable::Entry<SopKind> sopKinds[] = {
    { SopKind::Campaign, "campaign", QT_TRANSLATE_NOOP("Sop", "Campaign") },
    { SopKind::Weekly, "weekly", QT_TRANSLATE_NOOP("Sop", "Weekly") },
};

QString translated(const char *source)
{
    return QCoreApplication::translate(Context, source);
}

bool offsetInside(const SopTemplate &sop, int dayOffset)
{
    if (dayOffset < 0)
        return false;
    return sop.kind == SopKind::Weekly ? dayOffset <= 6 : dayOffset < sop.durationDays;
}

struct BuiltinStep
{
    int dayOffset;
    int hour;
    ContentKind kind;
    const char *title;
};

SopStep makeStep(const BuiltinStep &b)
{
    SopStep step;
    step.dayOffset = b.dayOffset;
    step.slotTime = QTime(b.hour, 0);
    step.kind = b.kind;
    step.title = translated(b.title);
    return step;
}

} // namespace

QString sopKindCode(SopKind kind)
{
    return enumtable::code(sopKinds, kind);
}

std::optional<SopKind> sopKindFromCode(const QString &code)
{
    return enumtable::fromCode(sopKinds, code);
}

QString sopKindLabel(SopKind kind)
{
    return enumtable::label(Context, sopKinds, kind);
}

QJsonObject SopStep::toJson() const
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("position"), position },
        { QStringLiteral("day_offset"), dayOffset },
        { QStringLiteral("slot_time"), slotTime.toString(QStringLiteral("HH:mm")) },
        { QStringLiteral("kind"), contentKindCode(kind) }, { QStringLiteral("title"), title },
        { QStringLiteral("body"), body } };
}

QJsonObject SopTemplate::toJson() const
{
    QJsonArray stepArray;
    for (const SopStep &s : steps)
        stepArray.append(s.toJson());
    return { { QStringLiteral("id"), id }, { QStringLiteral("name"), name },
        { QStringLiteral("description"), description }, { QStringLiteral("kind"), sopKindCode(kind) },
        { QStringLiteral("duration_days"), durationDays }, { QStringLiteral("builtin"), builtin },
        { QStringLiteral("steps"), stepArray } };
}

QList<SopOccurrence> expandSop(const SopTemplate &sop, const QDate &start)
{
    QList<SopOccurrence> out;
    if (!start.isValid() || sop.durationDays <= 0)
        return out;
    if (sop.kind == SopKind::Campaign) {
        for (const SopStep &step : sop.steps) {
            if (offsetInside(sop, step.dayOffset) && step.slotTime.isValid())
                out.append({ QDateTime(start.addDays(step.dayOffset), step.slotTime), step });
        }
    } else {
        for (int day = 0; day < sop.durationDays; ++day) {
            const QDate date = start.addDays(day);
            const int weekday = date.dayOfWeek() - 1;
            for (const SopStep &step : sop.steps) {
                if (step.dayOffset == weekday && step.slotTime.isValid())
                    out.append({ QDateTime(date, step.slotTime), step });
            }
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const SopOccurrence &a, const SopOccurrence &b) {
        if (a.at != b.at)
            return a.at < b.at;
        return a.step.position < b.step.position;
    });
    return out;
}

QString validateSopTemplate(const SopTemplate &sop)
{
    if (sop.name.trimmed().isEmpty())
        return QCoreApplication::translate("Sop", "An SOP template needs a name.");
    if (sop.durationDays <= 0)
        return QCoreApplication::translate("Sop", "The template “%1” must last at least one day.").arg(sop.name);
    for (int i = 0; i < sop.steps.size(); ++i) {
        const SopStep &step = sop.steps.at(i);
        if (step.title.trimmed().isEmpty())
            return QCoreApplication::translate("Sop", "Step %1 of “%2” needs a title.").arg(i + 1).arg(sop.name);
        if (!step.slotTime.isValid())
            return QCoreApplication::translate("Sop", "Step %1 of “%2” needs a time.").arg(i + 1).arg(sop.name);
        if (!offsetInside(sop, step.dayOffset)) {
            if (sop.kind == SopKind::Weekly)
                return QCoreApplication::translate(
                    "Sop", "Step %1 of “%2” must fall on a weekday from Monday to Sunday.")
                    .arg(i + 1)
                    .arg(sop.name);
            return QCoreApplication::translate("Sop", "Step %1 of “%2” falls on day %3, after the template's %4 days.")
                .arg(i + 1)
                .arg(sop.name)
                .arg(step.dayOffset + 1)
                .arg(sop.durationDays);
        }
    }
    return {};
}

QString sopStepDayLabel(SopKind kind, int dayOffset)
{
    if (kind == SopKind::Weekly && dayOffset >= 0 && dayOffset <= 6)
        return QLocale().dayName(dayOffset + 1, QLocale::LongFormat);
    return QCoreApplication::translate("Sop", "Day %1").arg(dayOffset + 1);
}

QList<SopTemplate> builtinSopTemplates()
{
    static constexpr BuiltinStep newMemberSteps[] = {
        { 0, 9, ContentKind::Welcome, QT_TRANSLATE_NOOP("Sop", "Welcome new members and post the group rules") },
        { 0, 20, ContentKind::Announcement, QT_TRANSLATE_NOOP("Sop", "Welcome Q&A session") },
        { 1, 10, ContentKind::Knowledge, QT_TRANSLATE_NOOP("Sop", "Product basics everyone should know") },
        { 2, 13, ContentKind::Topic, QT_TRANSLATE_NOOP("Sop", "Self-introduction thread") },
        { 3, 14, ContentKind::Game, QT_TRANSLATE_NOOP("Sop", "Check-in game with points") },
        { 4, 16, ContentKind::Perk, QT_TRANSLATE_NOOP("Sop", "New-member coupon") },
        { 5, 20, ContentKind::Knowledge, QT_TRANSLATE_NOOP("Sop", "Guest share: a store owner's hands-on experience") },
        { 6, 22, ContentKind::Announcement, QT_TRANSLATE_NOOP("Sop", "Week review and what comes next") },
    };
    static constexpr BuiltinStep weeklySteps[] = {
        { 0, 9, ContentKind::Announcement, QT_TRANSLATE_NOOP("Sop", "Morning greeting and this week's plan") },
        { 0, 20, ContentKind::Game, QT_TRANSLATE_NOOP("Sop", "Monday quiz with prizes") },
        { 2, 16, ContentKind::Perk, QT_TRANSLATE_NOOP("Sop", "Midweek perks") },
        { 3, 20, ContentKind::Knowledge, QT_TRANSLATE_NOOP("Sop", "Weekly knowledge session") },
        { 4, 20, ContentKind::FlashSale, QT_TRANSLATE_NOOP("Sop", "Friday flash sale") },
        { 6, 22, ContentKind::Announcement, QT_TRANSLATE_NOOP("Sop", "Weekend summary and good night") },
    };

    SopTemplate newMember;
    newMember.name = QCoreApplication::translate("Sop", "New member 7-day plan");
    newMember.description = QCoreApplication::translate(
        "Sop", "The first week after joining: onboarding ritual, first knowledge, first game, first perk.");
    newMember.kind = SopKind::Campaign;
    newMember.durationDays = 7;
    newMember.builtin = true;
    for (const BuiltinStep &b : newMemberSteps)
        newMember.steps.append(makeStep(b));

    SopTemplate weekly;
    weekly.name = QCoreApplication::translate("Sop", "Weekly activity calendar");
    weekly.description = QCoreApplication::translate(
        "Sop", "Monday game, midweek perks, a fixed knowledge session and a Friday flash sale.");
    weekly.kind = SopKind::Weekly;
    weekly.durationDays = 28;
    weekly.builtin = true;
    for (const BuiltinStep &b : weeklySteps)
        weekly.steps.append(makeStep(b));

    QList<SopTemplate> all { newMember, weekly };
    for (SopTemplate &t : all) {
        for (int i = 0; i < t.steps.size(); ++i)
            t.steps[i].position = i + 1;
    }
    return all;
}

} // namespace qundesk
