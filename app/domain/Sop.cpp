#include "domain/Sop.h"

#include "domain/EnumTable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cstddef>

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
    const char *body;
};

SopStep makeStep(const BuiltinStep &b)
{
    SopStep step;
    step.dayOffset = b.dayOffset;
    step.slotTime = QTime(b.hour, 0);
    step.kind = b.kind;
    step.title = translated(b.title);
    step.body = translated(b.body);
    return step;
}

template<std::size_t N>
void appendSteps(SopTemplate *sop, const BuiltinStep (&steps)[N])
{
    for (const BuiltinStep &b : steps)
        sop->steps.append(makeStep(b));
}

// The first week is the same in the 7, 21 and 30-day plans: the onboarding ritual (welcome,
// rules, Q&A), first knowledge, an ice-breaker, a first game and perk, a guest share.
constexpr BuiltinStep firstWeek[] = {
    { 0, 9, ContentKind::Welcome, QT_TRANSLATE_NOOP("Sop", "Welcome new members and post the group rules"),
        QT_TRANSLATE_NOOP("Sop",
            "Welcome everyone to the group! Please change your group nickname to city-shop name, read the group "
            "rules in the announcement, and pick up your joining gift from the group owner.") },
    { 0, 20, ContentKind::Announcement, QT_TRANSLATE_NOOP("Sop", "Welcome Q&A session"),
        QT_TRANSLATE_NOOP("Sop",
            "Tonight at 20:00 our welcome Q&A: what this group is for, what you get here, what is not allowed, "
            "and whom to ask. Leave your questions below and we will answer them one by one.") },
    { 1, 10, ContentKind::Knowledge, QT_TRANSLATE_NOOP("Sop", "Product basics everyone should know"),
        QT_TRANSLATE_NOOP("Sop",
            "Three things to know about our best sellers: who they suit, how to use them, and the questions "
            "customers ask most. Save this post, it answers most of your customers' questions.") },
    { 2, 13, ContentKind::Topic, QT_TRANSLATE_NOOP("Sop", "Self-introduction thread"),
        QT_TRANSLATE_NOOP("Sop",
            "Let's get to know each other: city, shop or channel, how long you have been selling, and one thing "
            "you want to learn here. The first ten introductions earn 20 points.") },
    { 3, 14, ContentKind::Game, QT_TRANSLATE_NOOP("Sop", "Check-in game with points"),
        QT_TRANSLATE_NOOP("Sop",
            "Check-in starts today: reply with today's sales or a photo of your shelf every day for five days to "
            "earn points; a full week of check-ins doubles them.") },
    { 4, 16, ContentKind::Perk, QT_TRANSLATE_NOOP("Sop", "New-member coupon"),
        QT_TRANSLATE_NOOP("Sop",
            "Your new-member coupon is here: valid for 7 days on your first restock. Reply \"coupon\" and the "
            "assistant will send it to you privately.") },
    { 5, 20, ContentKind::Knowledge, QT_TRANSLATE_NOOP("Sop", "Guest share: a store owner's hands-on experience"),
        QT_TRANSLATE_NOOP("Sop",
            "Tonight a store owner from our group shares how she sold 300 sets in her first month: display, "
            "scripts for walk-in customers and follow-up on WeChat. Questions welcome after the talk.") },
};

constexpr BuiltinStep firstWeekReview[] = {
    { 6, 22, ContentKind::Announcement, QT_TRANSLATE_NOOP("Sop", "Week review and what comes next"),
        QT_TRANSLATE_NOOP("Sop",
            "Thank you for a lively first week! Check-in winners and the most helpful members are listed "
            "below. From next week: Monday game, Wednesday to Friday perks, Thursday knowledge session.") },
};

// Weeks two and three of the 21 and 30-day plans: selling skills, points, the first new product
// and flash sale, recruiting vice owners and praising KOCs so the group starts to run itself.
constexpr BuiltinStep weeksTwoAndThree[] = {
    { 7, 9, ContentKind::Announcement, QT_TRANSLATE_NOOP("Sop", "Week two plan and check-in leaderboard"),
        QT_TRANSLATE_NOOP("Sop",
            "Good morning! This week: selling tips, a points mall and a new-product guessing game. Last week's "
            "check-in leaderboard is below; keep your streak going.") },
    { 8, 10, ContentKind::Knowledge,
        QT_TRANSLATE_NOOP("Sop", "Selling tips: answering the five questions customers ask most"),
        QT_TRANSLATE_NOOP("Sop",
            "Is it genuine, is it right for me, why is it more expensive, how long until it works, what if it "
            "does not suit me: a script for each, ready to copy.") },
    { 9, 14, ContentKind::Topic, QT_TRANSLATE_NOOP("Sop", "Topic: share your first sale this week"),
        QT_TRANSLATE_NOOP("Sop",
            "Who made a sale this week? Share how the customer found you and what convinced them. The best "
            "story earns 50 points and a mention in the weekly review.") },
    { 10, 20, ContentKind::Perk, QT_TRANSLATE_NOOP("Sop", "Points mall opens: redeem your check-in points"),
        QT_TRANSLATE_NOOP("Sop",
            "The points mall is open: trade your check-in points for samples, display stands or restock "
            "coupons. Reply \"points\" to see your balance.") },
    { 12, 16, ContentKind::NewProduct, QT_TRANSLATE_NOOP("Sop", "New-product warm-up: guess the launch"),
        QT_TRANSLATE_NOOP("Sop",
            "Something new is coming next week. Look at the teaser picture and guess what it is: everyone who "
            "guesses right joins the draw for a launch gift box.") },
    { 13, 20, ContentKind::Knowledge,
        QT_TRANSLATE_NOOP("Sop", "Guest share: how an online reseller doubled repeat orders"),
        QT_TRANSLATE_NOOP("Sop",
            "Tonight an online reseller shares her Moments schedule, how she tags customers and the follow-up "
            "messages that doubled her repeat orders.") },
    { 14, 9, ContentKind::Announcement, QT_TRANSLATE_NOOP("Sop", "Week three plan: we are looking for vice owners"),
        QT_TRANSLATE_NOOP("Sop",
            "Good morning! This week we recruit two vice owners to help answer questions and welcome newcomers; "
            "they get a monthly gift and join our weekly meeting. Reply if you are interested.") },
    { 15, 14, ContentKind::Game, QT_TRANSLATE_NOOP("Sop", "Quiz on what we have learned"),
        QT_TRANSLATE_NOOP("Sop",
            "Five questions on the products and scripts from the last two weeks. Answer in the group; everyone "
            "with five right answers earns 30 points.") },
    { 16, 10, ContentKind::Knowledge, QT_TRANSLATE_NOOP("Sop", "Material library: posters and copy you may forward"),
        QT_TRANSLATE_NOOP("Sop",
            "This week's posters and copy are in the material group, made by our best creators. Forward them to "
            "your Moments as they are, or add your shop name.") },
    { 17, 20, ContentKind::FlashSale, QT_TRANSLATE_NOOP("Sop", "Members-only flash sale"),
        QT_TRANSLATE_NOOP("Sop",
            "Members-only flash sale tonight from 20:00 to 22:00, limited stock. The link goes out at 20:00 "
            "sharp; set a reminder.") },
    { 18, 13, ContentKind::Topic, QT_TRANSLATE_NOOP("Sop", "Praise this week's KOCs"),
        QT_TRANSLATE_NOOP("Sop",
            "A big thank-you to the members who helped others this week: their answers, photos and stories are "
            "below. Each of them receives a thank-you gift.") },
};

constexpr BuiltinStep day21Review[] = {
    { 20, 22, ContentKind::Announcement, QT_TRANSLATE_NOOP("Sop", "21 days together: review and daily rhythm from here on"),
        QT_TRANSLATE_NOOP("Sop",
            "Three weeks together! Here is what we learned, who led the check-ins and who became vice owners. "
            "From now on the weekly rhythm continues: Monday game, midweek perks, Thursday knowledge session.") },
};

// Week four of the 30-day plan: advanced skills, rewards for the most active, a loyalty perk.
constexpr BuiltinStep weekFour[] = {
    { 21, 9, ContentKind::Announcement, QT_TRANSLATE_NOOP("Sop", "Week four plan and points ranking"),
        QT_TRANSLATE_NOOP("Sop",
            "Good morning! The last week of our first month: an advanced course, a lucky draw and a loyalty "
            "perk. The points ranking so far is below.") },
    { 22, 10, ContentKind::Knowledge, QT_TRANSLATE_NOOP("Sop", "Advanced course: running your own customer group"),
        QT_TRANSLATE_NOOP("Sop",
            "How to start a customer group for your own shop: naming, rules, a welcome message and a weekly "
            "rhythm you can copy from this group.") },
    { 24, 14, ContentKind::Game, QT_TRANSLATE_NOOP("Sop", "Lucky draw for the most active members"),
        QT_TRANSLATE_NOOP("Sop",
            "Everyone who checked in at least ten times this month is in today's lucky draw. Results at 15:00 "
            "in the group.") },
    { 25, 20, ContentKind::Knowledge, QT_TRANSLATE_NOOP("Sop", "Guest share: a top distributor's month in numbers"),
        QT_TRANSLATE_NOOP("Sop",
            "Tonight one of our top distributors opens her books: customers, repeat rate, restock rhythm and "
            "what she would do differently in her first month.") },
    { 27, 16, ContentKind::Perk, QT_TRANSLATE_NOOP("Sop", "Loyalty perk for members who stayed the month"),
        QT_TRANSLATE_NOOP("Sop",
            "Thank you for staying with us all month: every member gets a loyalty coupon today, valid for 14 "
            "days.") },
    { 29, 22, ContentKind::Announcement,
        QT_TRANSLATE_NOOP("Sop", "One month together: review and the rhythm of daily operation"),
        QT_TRANSLATE_NOOP("Sop",
            "Our first month is complete. Thank you to every active member, vice owner and guest speaker. From "
            "now on: Monday game, Wednesday to Friday perks, Thursday knowledge session, and the group is yours "
            "to keep lively.") },
};

// The weekly rhythm: morning and evening greetings, a Monday game, perks from Wednesday to Friday,
// a fixed knowledge session on Thursday and a weekend topic. dayOffset is the weekday (0 = Monday).
constexpr BuiltinStep weeklyRhythm[] = {
    { 0, 9, ContentKind::Announcement, QT_TRANSLATE_NOOP("Sop", "Morning greeting and this week's plan"),
        QT_TRANSLATE_NOOP("Sop",
            "Good morning, everyone! This week: Monday quiz tonight, perks from Wednesday to Friday, the "
            "knowledge session on Thursday at 20:00.") },
    { 0, 20, ContentKind::Game, QT_TRANSLATE_NOOP("Sop", "Monday quiz with prizes"),
        QT_TRANSLATE_NOOP("Sop",
            "Monday quiz: three questions about our products. The first five correct answers win 20 points "
            "each.") },
    { 1, 9, ContentKind::Announcement, QT_TRANSLATE_NOOP("Sop", "Morning greeting with today's tip"),
        QT_TRANSLATE_NOOP("Sop", "Good morning! Today's tip: reply to every customer within an hour; quick answers "
                                 "close more sales.") },
    { 2, 16, ContentKind::Perk, QT_TRANSLATE_NOOP("Sop", "Midweek perks"),
        QT_TRANSLATE_NOOP("Sop",
            "Midweek perk: restock coupons for today only. Reply \"perk\" and the assistant sends yours.") },
    { 3, 16, ContentKind::Perk, QT_TRANSLATE_NOOP("Sop", "Thursday perk: samples for your customers"),
        QT_TRANSLATE_NOOP("Sop", "Free samples for your best customers: the first 30 replies get a sample pack "
                                 "with your next order.") },
    { 3, 20, ContentKind::Knowledge, QT_TRANSLATE_NOOP("Sop", "Weekly knowledge session"),
        QT_TRANSLATE_NOOP("Sop",
            "Our weekly knowledge session starts at 20:00: this week's topic is in the announcement. Questions "
            "welcome in the group afterwards.") },
    { 4, 20, ContentKind::FlashSale, QT_TRANSLATE_NOOP("Sop", "Friday flash sale"),
        QT_TRANSLATE_NOOP("Sop", "Friday flash sale from 20:00 to 21:00, limited stock; the link goes out on the "
                                 "hour.") },
    { 5, 14, ContentKind::Topic, QT_TRANSLATE_NOOP("Sop", "Weekend topic: show us your shop"),
        QT_TRANSLATE_NOOP("Sop", "Weekend topic: post a photo of your shelf or your best display; the most liked "
                                 "photo wins 30 points.") },
    { 6, 22, ContentKind::Announcement, QT_TRANSLATE_NOOP("Sop", "Weekend summary and good night"),
        QT_TRANSLATE_NOOP("Sop",
            "Thank you for this week! The quiz winners, perk numbers and the best shop photos are below. Good "
            "night, see you on Monday morning.") },
};

SopTemplate builtinTemplate(const char *name, const char *description, SopKind kind, int days)
{
    SopTemplate sop;
    sop.name = translated(name);
    sop.description = translated(description);
    sop.kind = kind;
    sop.durationDays = days;
    sop.builtin = true;
    return sop;
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
    // The 7-day plan stays first: RecommendationRepository puts the first built-in campaign on
    // newly filled groups.
    SopTemplate newMember = builtinTemplate(QT_TRANSLATE_NOOP("Sop", "New member 7-day plan"),
        QT_TRANSLATE_NOOP("Sop",
            "The first week after the group fills: onboarding ritual, first knowledge, first game, first perk."),
        SopKind::Campaign, 7);
    appendSteps(&newMember, firstWeek);
    appendSteps(&newMember, firstWeekReview);

    SopTemplate plan21 = builtinTemplate(QT_TRANSLATE_NOOP("Sop", "New member 21-day plan"),
        QT_TRANSLATE_NOOP("Sop",
            "Three weeks of strong operation: the first week's ritual, then selling skills, points, a first "
            "launch and flash sale, vice owners and KOCs."),
        SopKind::Campaign, 21);
    appendSteps(&plan21, firstWeek);
    appendSteps(&plan21, firstWeekReview);
    appendSteps(&plan21, weeksTwoAndThree);
    appendSteps(&plan21, day21Review);

    SopTemplate plan30 = builtinTemplate(QT_TRANSLATE_NOOP("Sop", "New member 30-day plan"),
        QT_TRANSLATE_NOOP("Sop",
            "The whole first month of strong operation, ending with rewards for the most active members and the "
            "hand-over to daily operation."),
        SopKind::Campaign, 30);
    appendSteps(&plan30, firstWeek);
    appendSteps(&plan30, firstWeekReview);
    appendSteps(&plan30, weeksTwoAndThree);
    appendSteps(&plan30, weekFour);

    SopTemplate weekly = builtinTemplate(QT_TRANSLATE_NOOP("Sop", "Weekly activity calendar"),
        QT_TRANSLATE_NOOP("Sop",
            "Morning and evening greetings, a Monday game, Wednesday to Friday perks, a fixed Thursday knowledge "
            "session and a weekend topic."),
        SopKind::Weekly, 28);
    appendSteps(&weekly, weeklyRhythm);

    QList<SopTemplate> all { newMember, weekly, plan21, plan30 };
    for (SopTemplate &t : all) {
        for (int i = 0; i < t.steps.size(); ++i)
            t.steps[i].position = i + 1;
    }
    return all;
}

SopTemplate editableSopCopy(const SopTemplate &sop, const QString &name)
{
    SopTemplate copy = sop;
    copy.id = 0;
    copy.name = name;
    copy.builtin = false;
    for (SopStep &step : copy.steps) {
        step.id = 0;
        step.templateId = 0;
    }
    return copy;
}

} // namespace qundesk
