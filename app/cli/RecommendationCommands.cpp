// apply-recommendation: carries out lifecycle recommendations by id (all in one transaction),
// and the recommendations part of `report lifecycle`.
#include "cli/Cli.h"

#include "storage/RecommendationRepository.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace qundesk::cli {

namespace {

QJsonValue groupRef(qint64 id, const QString &name)
{
    if (id <= 0)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}};
}

QJsonObject recommendationJson(const Recommendation &r)
{
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("action"), recommendationActionCode(r.action)},
        {QStringLiteral("group"), groupRef(r.groupId, r.groupName)},
        {QStringLiteral("target"), groupRef(r.targetGroupId, r.targetName)},
        {QStringLiteral("new_group"), r.createsGroup() ? QJsonValue(r.targetName) : QJsonValue()},
        {QStringLiteral("members"), r.members},
        {QStringLiteral("applicable"), !r.isAdvisory()},
        {QStringLiteral("reason"), r.reason},
    };
}

QString targetText(const Recommendation &r)
{
    if (r.createsGroup())
        return QStringLiteral("new sub-group %1").arg(r.targetName);
    return r.targetGroupId > 0 ? r.targetName : QStringLiteral("-");
}

} // namespace

DatabaseError addRecommendations(const QSqlDatabase &db, const QDate &today, const QList<GroupActivity> &activity,
                                 QJsonObject *json, QString *text)
{
    QList<Recommendation> recs;
    if (auto err = RecommendationRepository(db).list(today, activity, &recs))
        return err;
    if (json) {
        QJsonArray list;
        for (const Recommendation &r : std::as_const(recs))
            list.append(recommendationJson(r));
        json->insert(QStringLiteral("recommendations"), list);
    }
    if (text) {
        *text += QStringLiteral("\nRecommendations (%1; apply with: qundesk-cli apply-recommendation ID):\n").arg(recs.size());
        for (const Recommendation &r : std::as_const(recs)) {
            *text += QStringLiteral("  %1  %2 -> %3, %4 members: %5\n")
                         .arg(r.id, -13)
                         .arg(r.groupName, targetText(r))
                         .arg(r.members)
                         .arg(r.reason);
        }
    }
    return {};
}

int runApplyRecommendation(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("Print what would change; change nothing."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption today(QStringLiteral("today"),
                                   QStringLiteral("Evaluate as of this day, YYYY-MM-DD (default: the real today). "
                                                  "Use the day the recommendations were listed for."),
                                   QStringLiteral("DATE"));
    parser.addOptions({dryRun, today, json});
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Recommendation ids as `report lifecycle` lists them "
                                                                       "(dissolve-16, sop-8, promote-12); several are "
                                                                       "applied together or not at all."),
                                 QStringLiteral("ID [ID...]"));
    if (int rc = cli.parse(parser, QStringLiteral("apply-recommendation"),
            QStringLiteral("Apply lifecycle recommendations: migrate and dissolve, put the onboarding SOP on the "
                           "calendar, promote to the master group. All ids in one transaction."),
            args); rc >= 0)
        return rc;
    const QStringList ids = parser.positionalArguments();
    if (ids.isEmpty())
        return cli.fail(ExitUsage, QStringLiteral("apply-recommendation needs at least one ID (see: qundesk-cli report lifecycle)"));
    static const QRegularExpression idPattern(QStringLiteral("^(dissolve|sop|koc|promote)-[1-9][0-9]*$"));
    for (const QString &id : ids) {
        if (!idPattern.match(id).hasMatch())
            return cli.fail(ExitUsage, QStringLiteral("'%1' is not a recommendation id; ids look like dissolve-16, sop-8, "
                                                      "koc-8 or promote-12").arg(id));
    }
    QDate day = QDate::currentDate();
    if (parser.isSet(today)) {
        day = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!day.isValid())
            return cli.fail(ExitUsage, QStringLiteral("--today must be a date like 2026-11-23, not '%1'").arg(parser.value(today)));
    }

    Database db;
    if (!cli.open(db))
        return ExitData;
    RecommendationRepository repo(db.connection());
    QList<Recommendation> all;
    if (const DatabaseError error = repo.list(day, &all))
        return cli.fail(ExitData, error.message);
    QHash<QString, Recommendation> byId;
    for (const Recommendation &r : std::as_const(all))
        byId.insert(r.id, r);
    QList<Recommendation> chosen;
    for (const QString &id : ids) {
        if (!byId.contains(id))
            return cli.fail(ExitData, QStringLiteral("no recommendation '%1' as of %2 (qundesk-cli report lifecycle lists them)")
                                          .arg(id, day.toString(Qt::ISODate)));
        const Recommendation &r = byId[id];
        if (r.isAdvisory())
            return cli.fail(ExitData, QStringLiteral("'%1' is advice only and cannot be applied: %2").arg(id, r.reason));
        chosen.append(r);
    }

    if (parser.isSet(dryRun)) {
        QJsonArray list;
        QString text;
        for (const Recommendation &r : std::as_const(chosen)) {
            RecommendationPreview p;
            if (const DatabaseError error = repo.preview(r, &p))
                return cli.fail(ExitData, error.message);
            QJsonObject o = recommendationJson(r);
            o.insert(QStringLiteral("changes"), QJsonArray::fromStringList(p.lines));
            o.insert(QStringLiteral("member_names"), QJsonArray::fromStringList(p.memberNames));
            list.append(o);
            text += QStringLiteral("%1: %2\n").arg(r.id, r.reason);
            for (const QString &line : std::as_const(p.lines))
                text += QStringLiteral("  - ") + line + QLatin1Char('\n');
        }
        if (parser.isSet(json)) {
            Cli::json(QJsonDocument(QJsonObject{{QStringLiteral("dry_run"), true},
                                                {QStringLiteral("today"), day.toString(Qt::ISODate)},
                                                {QStringLiteral("recommendations"), list}}));
        } else {
            Cli::out(text + QStringLiteral("(dry run: nothing was changed)"));
        }
        return ExitOk;
    }

    ApplyResult result;
    if (const DatabaseError error = repo.apply(chosen, day, &result))
        return cli.fail(ExitData, error.message);
    if (parser.isSet(json)) {
        QJsonArray created;
        for (const qint64 id : std::as_const(result.createdGroups))
            created.append(id);
        Cli::json(QJsonDocument(QJsonObject{{QStringLiteral("applied"), result.applied},
                                            {QStringLiteral("migrated"), result.migrated},
                                            {QStringLiteral("closed_dissolved"), result.closedDissolved},
                                            {QStringLiteral("promoted"), result.promoted},
                                            {QStringLiteral("sop_entries"), result.sopEntries},
                                            {QStringLiteral("created_groups"), created},
                                            {QStringLiteral("summaries"), QJsonArray::fromStringList(result.summaries)}}));
    } else {
        Cli::out(result.summaries.join(QLatin1Char('\n')) + QStringLiteral("\n%1 recommendation(s) applied.").arg(result.applied));
    }
    return ExitOk;
}

} // namespace qundesk::cli
