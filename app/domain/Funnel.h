#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace qundesk {

// One step of a funnel: what is counted at this point of filling a group, e.g. 跳转微信.
struct FunnelStep
{
    qint64 id = 0;
    qint64 funnelId = 0;
    int position = 0;     // 1..n within the funnel
    QString name;
    QString metric;       // what is counted, in words
    QString eventKind;    // optional events.kind code when the step can be counted from events; empty otherwise
};

// A named sequence of steps (漏斗). Builtin funnels ship with QunDesk and cannot be removed.
struct Funnel
{
    qint64 id = 0;
    QString name;
    QString description;
    bool builtin = false;
    QList<FunnelStep> steps;
};

// How many people reached one step through one channel on one day.
struct FunnelCount
{
    qint64 stepId = 0;
    qint64 channelId = 0;
    QDate day;
    qint64 count = 0;
};

// A step with the sum of its counts over a date range (and optionally one channel).
struct FunnelStepTotal
{
    FunnelStep step;
    qint64 total = 0;
};

struct FunnelDayTotal
{
    QDate day;
    qint64 count = 0;
};

namespace funnel {

// The events.kind codes a step may be counted from; "" means "counted by hand or imported".
QStringList eventKindCodes();
bool isValidEventKind(const QString &code);
// Translated name of an event kind code, e.g. "join" -> 入群; empty for an empty code.
QString eventKindLabel(const QString &code);

// The funnels QunDesk ships with, translated into the current UI language (ids 0): the seven
// steps that move existing app users into segmented private groups.
QList<Funnel> builtinFunnels();

} // namespace funnel

} // namespace qundesk
