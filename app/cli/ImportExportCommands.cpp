// import members / export members: CSV in and out of the members table.
#include "cli/Cli.h"

#include "io/MemberExport.h"
#include "io/MemberImport.h"
#include "storage/DimensionRepository.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonObject>

namespace qundesk::cli {

namespace {

constexpr int ProblemsShown = 5;

int importMembers(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      QStringLiteral("Text encoding: auto (default), utf-8 or gbk."),
                                      QStringLiteral("ENC"), QStringLiteral("auto"));
    const QCommandLineOption onDuplicate(QStringLiteral("on-duplicate"),
                                         QStringLiteral("A platform ID already in the database: skip (default) "
                                                        "leaves the member alone, update overwrites it with the "
                                                        "file's non-empty cells."),
                                         QStringLiteral("update|skip"), QStringLiteral("skip"));
    const QCommandLineOption rejects(QStringLiteral("rejects"),
                                     QStringLiteral("Where rejected rows go (default: FILE.rejects.csv next to FILE)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the summary as JSON."));
    parser.addOptions({encoding, onDuplicate, rejects, json});
    parser.addPositionalArgument(QStringLiteral("members"), QStringLiteral("What to import (members)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The CSV file."));
    if (int rc = cli.parse(parser, QStringLiteral("import"),
            QStringLiteral("Import members from a CSV file (UTF-8, UTF-16 or GBK; comma, semicolon, tab or | "
                           "delimited; headers such as 姓名, 微信号, 手机号 or name, platform_id, phone). Rows that "
                           "fail go to a rejects file with their line and reason; the rest land in one "
                           "transaction. Exit 0: every row landed, 1: some were rejected, 3: nothing was "
                           "imported (unreadable file, database error)."),
            args);
        rc >= 0)
        return rc;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.first() != u"members")
        return cli.fail(ExitUsage, QStringLiteral("usage: qundesk-cli import members FILE [options]"));
    const QString path = positional.at(1);
    MemberImportOptions options;
    const auto enc = encodingFromCode(parser.value(encoding));
    if (!enc)
        return cli.fail(ExitUsage, QStringLiteral("--encoding must be auto, utf-8 or gbk, not '%1'").arg(parser.value(encoding)));
    options.csv.encoding = *enc;
    const QString dup = parser.value(onDuplicate).toLower();
    if (dup != u"update" && dup != u"skip")
        return cli.fail(ExitUsage, QStringLiteral("--on-duplicate must be update or skip, not '%1'").arg(parser.value(onDuplicate)));
    options.onDuplicate = dup == u"update" ? DuplicatePolicy::Update : DuplicatePolicy::Skip;
    options.rejectsPath = parser.isSet(rejects) ? parser.value(rejects) : defaultRejectsPath(path);
    if (!QFileInfo(path).isFile())
        return cli.fail(ExitData, QStringLiteral("%1: no such file").arg(path));

    Database db;
    if (!cli.open(db))
        return ExitData;
    MemberImporter importer(db.connection());
    MemberImportSummary summary;
    if (const ImportError error = importer.run(path, options, &summary))
        return cli.fail(ExitData, QStringLiteral("%1: %2").arg(path, error.message));
    if (parser.isSet(json)) {
        QJsonObject root{{QStringLiteral("rows"), summary.rows},
                         {QStringLiteral("inserted"), summary.inserted},
                         {QStringLiteral("updated"), summary.updated},
                         {QStringLiteral("skipped"), summary.skipped},
                         {QStringLiteral("rejected"), summary.rejected},
                         {QStringLiteral("rejects_file"),
                          summary.rejectsFile.isEmpty() ? QJsonValue() : QJsonValue(summary.rejectsFile)},
                         {QStringLiteral("encoding"), encodingCode(summary.format.encoding)},
                         {QStringLiteral("created"), QJsonObject{{QStringLiteral("channels"), summary.createdChannels},
                                                                 {QStringLiteral("regions"), summary.createdRegions},
                                                                 {QStringLiteral("tiers"), summary.createdTiers},
                                                                 {QStringLiteral("tags"), summary.createdTags}}},
                         {QStringLiteral("ms"), summary.elapsedMs}};
        cli.json(QJsonDocument(root));
    } else {
        cli.out(QStringLiteral("%1: %2 rows (%3, delimiter %4): %5 inserted, %6 updated, %7 skipped, %8 rejected in %9 s")
                    .arg(path)
                    .arg(summary.rows)
                    .arg(encodingCode(summary.format.encoding))
                    .arg(summary.format.delimiter == u'\t' ? QStringLiteral("tab") : QString(summary.format.delimiter))
                    .arg(summary.inserted)
                    .arg(summary.updated)
                    .arg(summary.skipped)
                    .arg(summary.rejected)
                    .arg(double(summary.elapsedMs) / 1000.0, 0, 'f', 1));
        const int created = summary.createdChannels + summary.createdRegions + summary.createdTiers + summary.createdTags;
        if (created > 0)
            cli.out(QStringLiteral("created %1 channels, %2 regions, %3 tiers, %4 tags the database did not know")
                        .arg(summary.createdChannels)
                        .arg(summary.createdRegions)
                        .arg(summary.createdTiers)
                        .arg(summary.createdTags));
        for (qsizetype i = 0; i < summary.firstProblems.size() && i < ProblemsShown; ++i)
            cli.err(QStringLiteral("rejected: %1").arg(summary.firstProblems.at(i).describe()));
        if (summary.rejected > ProblemsShown)
            cli.err(QStringLiteral("... and %1 more").arg(summary.rejected - ProblemsShown));
        if (!summary.rejectsFile.isEmpty())
            cli.err(QStringLiteral("rejected rows with their line and reason: %1").arg(summary.rejectsFile));
    }
    return summary.rejected > 0 ? ExitFailure : ExitOk;
}

// Finds a dimension id by name for a filter option; 0 with a message when unknown.
template<typename List>
qint64 idByName(const List &items, const QString &name)
{
    for (const auto &item : items) {
        if (item.name == name)
            return item.id;
    }
    return 0;
}

int exportMembers(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption unmasked(QStringLiteral("unmasked"),
                                      QStringLiteral("Write phones and platform IDs as stored (default: masked, 138****5678)."));
    const QCommandLineOption english(QStringLiteral("english-header"),
                                     QStringLiteral("English header and codes (display_name, store ...) instead of Chinese."));
    const QCommandLineOption search(QStringLiteral("search"), QStringLiteral("Only members matching these words."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption identity(QStringLiteral("identity"),
                                      QStringLiteral("Only this identity: store, online, consumer or unknown."),
                                      QStringLiteral("CODE"));
    const QCommandLineOption verification(QStringLiteral("verification"),
                                          QStringLiteral("Only this status: unverified, pending, verified or rejected."),
                                          QStringLiteral("CODE"));
    const QCommandLineOption koc(QStringLiteral("koc"), QStringLiteral("Only KOC members."));
    const QCommandLineOption channel(QStringLiteral("channel"), QStringLiteral("Only members of this channel (name)."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption region(QStringLiteral("region"), QStringLiteral("Only members of this region (name)."),
                                    QStringLiteral("NAME"));
    parser.addOptions({unmasked, english, search, identity, verification, koc, channel, region});
    parser.addPositionalArgument(QStringLiteral("members"), QStringLiteral("What to export (members)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The CSV file to write."));
    if (int rc = cli.parse(parser, QStringLiteral("export"),
            QStringLiteral("Export members to CSV (UTF-8 with BOM, opens in Excel), in the columns import reads back."),
            args);
        rc >= 0)
        return rc;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.first() != u"members")
        return cli.fail(ExitUsage, QStringLiteral("usage: qundesk-cli export members FILE [options]"));
    MemberFilter filter;
    filter.search = parser.value(search);
    if (parser.isSet(identity)) {
        filter.identity = identityFromCode(parser.value(identity));
        if (!filter.identity)
            return cli.fail(ExitUsage, QStringLiteral("--identity must be store, online, consumer or unknown"));
    }
    if (parser.isSet(verification)) {
        filter.verification = verificationFromCode(parser.value(verification));
        if (!filter.verification)
            return cli.fail(ExitUsage, QStringLiteral("--verification must be unverified, pending, verified or rejected"));
    }
    if (parser.isSet(koc))
        filter.koc = true;

    Database db;
    if (!cli.open(db))
        return ExitData;
    DimensionRepository dims(db.connection());
    if (parser.isSet(channel)) {
        QList<Channel> channels;
        if (auto err = dims.listChannels(&channels))
            return cli.fail(ExitData, err.message);
        filter.channelId = idByName(channels, parser.value(channel));
        if (filter.channelId == 0)
            return cli.fail(ExitUsage, QStringLiteral("no channel is called '%1'").arg(parser.value(channel)));
    }
    if (parser.isSet(region)) {
        QList<Region> regions;
        if (auto err = dims.listRegions(&regions))
            return cli.fail(ExitData, err.message);
        filter.regionId = idByName(regions, parser.value(region));
        if (filter.regionId == 0)
            return cli.fail(ExitUsage, QStringLiteral("no region is called '%1'").arg(parser.value(region)));
    }
    MemberExportOptions options;
    options.unmasked = parser.isSet(unmasked);
    options.englishHeader = parser.isSet(english);
    MemberExporter exporter(db.connection());
    qint64 rows = 0;
    if (const ImportError error = exporter.exportFilter(filter, positional.at(1), options, &rows))
        return cli.fail(ExitData, error.message);
    cli.out(QStringLiteral("%1 members written to %2%3")
                .arg(rows)
                .arg(positional.at(1), options.unmasked ? QString() : QStringLiteral(" (phones and platform IDs masked)")));
    return ExitOk;
}

} // namespace

int runImport(Cli &cli, const QStringList &args)
{
    return importMembers(cli, args);
}

int runExport(Cli &cli, const QStringList &args)
{
    return exportMembers(cli, args);
}

} // namespace qundesk::cli
