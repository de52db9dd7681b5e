#include "io/DemoWords.h"

#include <QCoreApplication>
#include <QFile>

namespace qundesk::demo {

namespace {

class Reader final
{
public:
    QString error;

    // Rows of at least minFields fields; a missing or short list records an error.
    QList<QStringList> rows(const QString &name, int minFields)
    {
        QList<QStringList> out;
        if (!error.isEmpty())
            return out;
        QFile file(QStringLiteral(":/demo/%1.txt").arg(name));
        if (!file.open(QIODevice::ReadOnly)) {
            error = QCoreApplication::translate("DemoGenerator", "The demo word list %1 is missing.").arg(name);
            return out;
        }
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QString line = lines.at(i);
            if (line.endsWith(u'\r'))
                line.chop(1);
            if (line.trimmed().isEmpty() || line.startsWith(u'#'))
                continue;
            QStringList fields = line.split(u'\t');
            if (fields.size() < minFields) {
                error = QCoreApplication::translate("DemoGenerator", "The demo word list %1 is malformed at line %2.")
                            .arg(name)
                            .arg(i + 1);
                return {};
            }
            for (QString &field : fields)
                field.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
            out.append(fields);
        }
        if (out.isEmpty())
            error = QCoreApplication::translate("DemoGenerator", "The demo word list %1 is empty.").arg(name);
        return out;
    }

    QStringList column(const QString &name)
    {
        QStringList out;
        const QList<QStringList> all = rows(name, 1);
        for (const QStringList &row : all)
            out.append(row.first());
        return out;
    }
};

} // namespace

QString DemoWords::load()
{
    Reader r;
    for (const QStringList &row : r.rows(QStringLiteral("surnames"), 2)) {
        surnames.append(row.at(0));
        surnamePicker.add(row.at(1).toDouble());
    }
    givenFemale = r.column(QStringLiteral("given_female"));
    givenMale = r.column(QStringLiteral("given_male"));
    nicknames = r.column(QStringLiteral("nicknames"));
    for (const QStringList &row : r.rows(QStringLiteral("cities"), 3))
        cities.append({ row.at(0), row.at(1), row.at(2).toDouble() });
    shopPrefixes = r.column(QStringLiteral("shop_prefixes"));
    storeSuffixes = r.column(QStringLiteral("shop_suffixes_store"));
    onlineSuffixes = r.column(QStringLiteral("shop_suffixes_online"));
    for (const QStringList &row : r.rows(QStringLiteral("tags"), 2))
        tags.append({ row.at(0), row.at(1) });
    teams = r.column(QStringLiteral("teams"));
    for (const QStringList &row : r.rows(QStringLiteral("channels"), 4))
        channels.append({ row.at(0), row.at(1), row.at(2), row.at(3).toDouble() });
    for (const QStringList &row : r.rows(QStringLiteral("products"), 3))
        products.append({ row.at(0), row.at(1).toLongLong(), row.at(2) });
    for (const QStringList &row : r.rows(QStringLiteral("columns"), 4))
        columns.append({ row.at(0), row.at(1), row.at(2), row.at(3) });
    for (const QStringList &row : r.rows(QStringLiteral("content"), 6))
        content.append({ row.at(0), row.at(1), row.at(2), row.at(3), row.at(4), row.at(5) });
    for (const QStringList &row : r.rows(QStringLiteral("content_product"), 4))
        productContent.append({ row.at(0), row.at(1), row.at(2), row.at(3) });
    for (const QStringList &row : r.rows(QStringLiteral("materials"), 2))
        materialCopy.append({ QString(), QString(), row.at(0), row.at(1) });
    for (const QStringList &row : r.rows(QStringLiteral("keywords"), 5))
        keywords.append({ row.at(0), row.at(1), row.at(2), row.at(3), row.at(4).toInt() });
    for (const QStringList &row : r.rows(QStringLiteral("sop_newbie"), 5))
        sopNewbie.append({ row.at(0).toInt(), row.at(1), row.at(2), row.at(3), row.at(4) });
    for (const QStringList &row : r.rows(QStringLiteral("sop_weekly"), 5))
        sopWeekly.append({ row.at(0).toInt(), row.at(1), row.at(2), row.at(3), row.at(4) });
    for (const QStringList &row : r.rows(QStringLiteral("onboarding"), 8))
        onboarding.append(
            { row.at(0), row.at(1).toInt(), row.at(2), row.at(3), row.at(4), row.at(5), row.at(6), row.at(7).toInt() });
    kocReasons = r.column(QStringLiteral("koc_reasons"));
    blacklistReasons = r.column(QStringLiteral("blacklist_reasons"));
    memberNotes = r.column(QStringLiteral("member_notes"));
    evidenceStore = r.column(QStringLiteral("evidence_store"));
    evidenceOnline = r.column(QStringLiteral("evidence_online"));
    evidenceRejected = r.column(QStringLiteral("evidence_rejected"));
    cultures = r.column(QStringLiteral("cultures"));
    for (const QStringList &row : r.rows(QStringLiteral("rules"), 2))
        rules.insert(row.at(0), row.at(1));
    for (const QStringList &row : r.rows(QStringLiteral("redeem_items"), 2))
        rewards.append({ row.at(0), row.at(1).toInt() });
    if (r.error.isEmpty() && (teams.size() != 9 || channels.size() != 8 || cities.size() < 20))
        r.error = QCoreApplication::translate(
            "DemoGenerator", "The demo word lists need 9 teams, 8 channels and at least 20 cities.");
    return r.error;
}

QString DemoWords::personName(Rng &rng, bool female) const
{
    const QStringList &given = female ? givenFemale : givenMale;
    QString name = surnames.at(surnamePicker.pick(rng));
    name += pick(rng, given);
    if (rng.chance(0.68))
        name += pick(rng, given);
    return name;
}

QString DemoWords::shopName(Rng &rng, bool online) const
{
    return pick(rng, shopPrefixes) + pick(rng, online ? onlineSuffixes : storeSuffixes);
}

} // namespace qundesk::demo
