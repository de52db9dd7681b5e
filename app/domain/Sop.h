#pragma once

#include "domain/Content.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace qundesk {

// SOP templates (标准作业流程): a campaign or a weekly rhythm as steps at day offsets and time
// slots, stamped onto a group's calendar from a start date.
enum class SopKind {
    Campaign, // dayOffset counts days from the start date (0 = the start date)
    Weekly // dayOffset 0..6 = Monday..Sunday, repeated for durationDays
};

QString sopKindCode(SopKind kind);
std::optional<SopKind> sopKindFromCode(const QString &code);
QString sopKindLabel(SopKind kind);

struct SopStep
{
    qint64 id = 0;
    qint64 templateId = 0;
    int position = 0;
    int dayOffset = 0;
    QTime slotTime;
    ContentKind kind = ContentKind::Announcement;
    QString title;
    QString body;

    QJsonObject toJson() const;
};

struct SopTemplate
{
    qint64 id = 0;
    QString name;
    QString description;
    SopKind kind = SopKind::Campaign;
    int durationDays = 7;
    bool builtin = false;
    QList<SopStep> steps;

    QJsonObject toJson() const;
};

// One step placed on the calendar.
struct SopOccurrence
{
    QDateTime at; // local date and slot time
    SopStep step;
};

// Expands a template from a start date into dated steps, ordered by time then step position.
// Campaign: each step once, on start + dayOffset. Weekly: for each day of
// [start, start + durationDays), every step whose dayOffset is that day's weekday (0 = Monday).
// Steps whose offset lies outside the template (validateSopTemplate refuses them) are skipped.
QList<SopOccurrence> expandSop(const SopTemplate &sop, const QDate &start);

// Why the template cannot be saved, translated, or an empty string when it is valid.
QString validateSopTemplate(const SopTemplate &sop);

// How a step's day reads: "Day 3" for campaigns, the weekday name for weekly templates.
QString sopStepDayLabel(SopKind kind, int dayOffset);

// The templates QunDesk ships, translated: the new-member 7-day plan (first: recommendations use
// the first built-in campaign), the weekly activity calendar, and the 21 and 30-day plans.
QList<SopTemplate> builtinSopTemplates();

// An editable copy named name: no ids (saving inserts it and its steps), not built-in.
SopTemplate editableSopCopy(const SopTemplate &sop, const QString &name);

} // namespace qundesk
