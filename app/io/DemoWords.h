#pragma once

#include "io/DemoSupport.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace qundesk::demo {

// The demo's Chinese vocabulary, read from the word lists in resources/demo/*.txt (UTF-8, one
// entry per line, fields separated by tabs, "\n" inside a field for a line break, '#' comments).
struct DemoWords
{
    struct City
    {
        QString name;
        QString province;
        double weight;
    };
    struct Channel
    {
        QString name;
        QString kind;
        QString code;
        double weight;
    };
    struct Tag
    {
        QString name;
        QString color;
    };
    struct Product
    {
        QString name;
        qint64 priceFen;
        QString point;
    };
    struct Column
    {
        QString name;
        QString category;
        QString color;
        QString description;
    };
    struct Content
    {
        QString column;
        QString kind;
        QString status;
        QString title;
        QString body;
        QString tags;
    };
    struct Template
    {
        QString column;
        QString kind;
        QString title;
        QString body;
    };
    struct Keyword
    {
        QString keyword;
        QString mode;
        QString reply;
        QString scopePurpose;
        int priority;
    };
    struct SopStep
    {
        int day;
        QString slot;
        QString kind;
        QString title;
        QString body;
    };
    struct FlowStep
    {
        QString flow;
        int position;
        QString kind;
        QString title;
        QString script;
        QString action;
        QString checklist;
        int minutes;
    };
    struct Reward
    {
        QString name;
        int points;
    };

    // Reads every list; returns an empty string or what is missing or malformed.
    QString load();

    QString personName(Rng &rng, bool female) const;
    QString shopName(Rng &rng, bool online) const;
    template <typename T> static const T &pick(Rng &rng, const QList<T> &list)
    {
        return list.at(rng.below(int(list.size())));
    }

    QStringList surnames;
    WeightedPicker surnamePicker;
    QStringList givenFemale, givenMale, nicknames;
    QList<City> cities;
    QStringList shopPrefixes, storeSuffixes, onlineSuffixes;
    QList<Tag> tags;
    QStringList teams;
    QList<Channel> channels;
    QList<Product> products;
    QList<Column> columns;
    QList<Content> content;
    QList<Template> productContent;
    QList<Template> materialCopy; // column unused; title and body with {p} {s} {c}
    QList<Keyword> keywords;
    QList<SopStep> sopNewbie, sopWeekly;
    QList<FlowStep> onboarding;
    QStringList kocReasons, blacklistReasons, memberNotes, evidenceStore, evidenceOnline, evidenceRejected, cultures;
    QMap<QString, QString> rules; // purpose code -> rules text
    QList<Reward> rewards;
};

} // namespace qundesk::demo
