#include "CalendarTestData.h"
#include "TestSupport.h"

#include "storage/AuditRepository.h"
#include "storage/ContentRepository.h"
#include "storage/ScheduleRepository.h"
#include "storage/MemberRepository.h"
#include "storage/PointsRepository.h"
#include "storage/Query.h"

#include <QTest>

using namespace qundesk;
using K = DatabaseError::Kind;

// The material library additions of ContentRepository (migration 8) and item attachments.

namespace {

qint64 addMember(const QSqlDatabase &db, const QString &name)
{
    Member m;
    m.displayName = name;
    m.platformId = QStringLiteral("wxid_%1").arg(qHash(name));
    qint64 id = 0;
    if (MemberRepository(db).create(m, &id))
        return 0;
    return id;
}

qint64 addCopy(ContentRepository &repo, const QString &title, const QString &text, qint64 author = 0)
{
    Material m;
    m.title = title;
    m.kind = MaterialKind::Copy;
    m.body = text;
    m.authorMemberId = author;
    qint64 id = 0;
    if (repo.addMaterial(m, &id))
        return 0;
    return id;
}

QList<QString> auditActions(const QSqlDatabase &db, const QString &entity, qint64 id)
{
    QList<AuditEntry> entries;
    AuditRepository(db).list(entity, id, 100, &entries);
    QList<QString> actions;
    for (const AuditEntry &e : std::as_const(entries))
        actions.append(e.action);
    return actions;
}

} // namespace

class TestMaterialLibrary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useTestActor(); }

    void itemAttachmentsRoundTripInTheItemsTransaction()
    {
        test::TempDatabase t;
        ContentRepository repo(t.connection());
        const qint64 a = addCopy(repo, QStringLiteral("新品文案"), QStringLiteral("水光精华上新啦"));
        const qint64 b = addCopy(repo, QStringLiteral("秒杀文案"), QStringLiteral("今晚八点秒杀"));
        QVERIFY(a > 0 && b > 0);

        ContentItem item;
        item.title = QStringLiteral("新品预热");
        item.kind = ContentKind::NewProduct;
        item.materialIds = QList<qint64> { b, a, a };
        qint64 id = 0;
        QVERIFY_OK(repo.createItem(item, &id));
        ContentItem read;
        QVERIFY_OK(repo.item(id, &read));
        QVERIFY(read.materialIds.has_value());
        QCOMPARE(*read.materialIds, (QList<qint64> { a, b }));

        // Without materialIds an update keeps the attachments.
        read.materialIds.reset();
        read.title = QStringLiteral("新品预热（改）");
        QVERIFY_OK(repo.updateItem(read));
        ContentItem again;
        QVERIFY_OK(repo.item(id, &again));
        QCOMPARE(*again.materialIds, (QList<qint64> { a, b }));

        // With them it replaces the set; an unknown material refuses the whole update.
        again.materialIds = QList<qint64> { b };
        QVERIFY_OK(repo.updateItem(again));
        QVERIFY_OK(repo.item(id, &read));
        QCOMPARE(*read.materialIds, QList<qint64> { b });
        again.title = QStringLiteral("不应保存");
        again.materialIds = QList<qint64> { a, 999 };
        const DatabaseError err = repo.updateItem(again);
        QCOMPARE(err.kind, K::Constraint);
        QVERIFY2(err.message.contains(QStringLiteral("999")), qPrintable(err.message));
        QVERIFY_OK(repo.item(id, &read));
        QCOMPARE(read.title, QStringLiteral("新品预热（改）"));
        QCOMPARE(*read.materialIds, QList<qint64> { b });

        QStringList usage;
        QVERIFY_OK(repo.materialUsage(b, &usage));
        QCOMPARE(usage, QStringList { QStringLiteral("新品预热（改）") });
        QVERIFY_OK(repo.materialUsage(a, &usage));
        QVERIFY(usage.isEmpty());
    }

    void listMaterialsFiltersAndNamesTheAuthor()
    {
        test::TempDatabase t;
        const QSqlDatabase db = t.connection();
        ContentRepository repo(db);
        const qint64 author = addMember(db, QStringLiteral("杭州-花花美妆"));
        const qint64 a = addCopy(repo, QStringLiteral("面霜种草"), QStringLiteral("玫瑰面霜真的好用"), author);
        const qint64 b = addCopy(repo, QStringLiteral("防晒种草"), QStringLiteral("夏天必备防晒"));
        Material image;
        image.title = QStringLiteral("海报");
        image.kind = MaterialKind::Poster;
        image.data = QByteArray("\x89PNG not really", 15);
        qint64 c = 0;
        QVERIFY_OK(repo.addMaterial(image, &c));
        QVERIFY_OK(repo.approveMaterial(b, 0, {}));

        const auto ids = [&](const MaterialFilter &f) {
            QList<Material> list;
            if (repo.listMaterials(f, &list))
                return QList<qint64> { -1 };
            QList<qint64> out;
            for (const Material &m : std::as_const(list))
                out.append(m.id);
            std::sort(out.begin(), out.end());
            return out;
        };
        QCOMPARE(ids({}), (QList<qint64> { a, b, c }));
        MaterialFilter byAuthor;
        byAuthor.text = QStringLiteral("花花");
        QCOMPARE(ids(byAuthor), QList<qint64> { a });
        MaterialFilter byText;
        byText.text = QStringLiteral("防晒");
        QCOMPARE(ids(byText), QList<qint64> { b });
        MaterialFilter posters;
        posters.kind = MaterialKind::Poster;
        QCOMPARE(ids(posters), QList<qint64> { c });
        MaterialFilter approved;
        approved.approved = true;
        QCOMPARE(ids(approved), QList<qint64> { b });
        approved.approved = false;
        QCOMPARE(ids(approved), (QList<qint64> { a, c }));

        QList<Material> list;
        QVERIFY_OK(repo.listMaterials(byAuthor, &list));
        QCOMPARE(list.first().authorName, QStringLiteral("杭州-花花美妆"));
        QVERIFY(list.first().data.isEmpty()); // metadata only
    }

    void updateMaterialChecksTheAuthor()
    {
        test::TempDatabase t;
        const QSqlDatabase db = t.connection();
        ContentRepository repo(db);
        const qint64 author = addMember(db, QStringLiteral("王小美"));
        const qint64 id = addCopy(repo, QStringLiteral("文案"), QStringLiteral("正文"));
        QVERIFY_OK(repo.updateMaterial(id, QStringLiteral(" 新标题 "), author));
        Material m;
        QVERIFY_OK(repo.material(id, &m));
        QCOMPARE(m.title, QStringLiteral("新标题"));
        QCOMPARE(m.authorMemberId, author);
        QCOMPARE(m.authorName, QStringLiteral("王小美"));
        QCOMPARE(repo.updateMaterial(id, QStringLiteral("x"), 4242).kind, K::Constraint);
        QCOMPARE(repo.updateMaterial(id, QStringLiteral("  "), author).kind, K::Constraint);
        QCOMPARE(repo.updateMaterial(777, QStringLiteral("x"), 0).kind, K::NotFound);
        QVERIFY(auditActions(db, QStringLiteral("material"), id).contains(QStringLiteral("update")));
    }

    void thumbnailsAreCachedAndGoWithTheMaterial()
    {
        test::TempDatabase t;
        const QSqlDatabase db = t.connection();
        ContentRepository repo(db);
        const qint64 id = addCopy(repo, QStringLiteral("图"), QStringLiteral("假装是图片"));
        QList<Material> list;
        QVERIFY_OK(repo.listMaterials(MaterialFilter {}, &list));
        QVERIFY(list.first().thumbnailPng.isEmpty());
        QVERIFY_OK(repo.storeMaterialThumbnail(id, QByteArray("png-bytes")));
        QVERIFY_OK(repo.storeMaterialThumbnail(id, QByteArray("png-bytes-2"))); // replaced, not duplicated
        QVERIFY_OK(repo.listMaterials(MaterialFilter {}, &list));
        QCOMPARE(list.first().thumbnailPng, QByteArray("png-bytes-2"));
        QCOMPARE(test::countRows(db, QStringLiteral("material_thumbnails")), 1);
        QCOMPARE(repo.storeMaterialThumbnail(999, QByteArray("x")).kind, K::NotFound);
        QCOMPARE(repo.storeMaterialThumbnail(id, QByteArray()).kind, K::Constraint);

        // A thumbnail made from other bytes than the material's current ones is not shown.
        Query stale(db, QStringLiteral("UPDATE material_thumbnails SET source_sha256 = :sha"));
        stale.bind(QStringLiteral(":sha"), QString(64, QLatin1Char('0')));
        QVERIFY_OK(stale.exec(QStringLiteral("make stale")));
        QVERIFY_OK(repo.listMaterials(MaterialFilter {}, &list));
        QVERIFY(list.first().thumbnailPng.isEmpty());

        QVERIFY_OK(repo.removeMaterial(id));
        QCOMPARE(test::countRows(db, QStringLiteral("material_thumbnails")), 0);
    }

    void approvalCanBeRevoked()
    {
        test::TempDatabase t;
        const QSqlDatabase db = t.connection();
        ContentRepository repo(db);
        const qint64 op = test::insertOperator(db, QStringLiteral("小林"));
        const qint64 id = addCopy(repo, QStringLiteral("文案"), QStringLiteral("正文"));
        const DatabaseError notYet = repo.revokeMaterialApproval(id);
        QCOMPARE(notYet.kind, K::Constraint);
        QVERIFY2(notYet.message.contains(QStringLiteral("文案")), qPrintable(notYet.message));

        const QDateTime when(QDate(2026, 11, 20), QTime(10, 30));
        QVERIFY_OK(repo.approveMaterial(id, op, when));
        Material m;
        QVERIFY_OK(repo.material(id, &m));
        QVERIFY(m.approved);
        QCOMPARE(m.approvedBy, op);
        QCOMPARE(m.approvedAt, when);
        QVERIFY_OK(repo.revokeMaterialApproval(id));
        QVERIFY_OK(repo.material(id, &m));
        QVERIFY(!m.approved);
        QCOMPARE(m.approvedBy, 0);
        QVERIFY(!m.approvedAt.isValid());
        const QList<QString> actions = auditActions(db, QStringLiteral("material"), id);
        QVERIFY(actions.contains(QStringLiteral("approve")));
        QVERIFY(actions.contains(QStringLiteral("revoke")));
    }

    void rewardPaysTheAuthorOnce()
    {
        test::TempDatabase t;
        const QSqlDatabase db = t.connection();
        ContentRepository repo(db);
        const qint64 op = test::insertOperator(db, QStringLiteral("小林"));
        const qint64 author = addMember(db, QStringLiteral("李店主"));
        const qint64 id = addCopy(repo, QStringLiteral("原创晒单"), QStringLiteral("用了一周皮肤变好了"), author);
        const qint64 orphan = addCopy(repo, QStringLiteral("无名文案"), QStringLiteral("没有作者"));

        QCOMPARE(repo.rewardMaterialAuthor(id, 0, op).kind, K::Constraint);
        const DatabaseError noAuthor = repo.rewardMaterialAuthor(orphan, 10, op);
        QCOMPARE(noAuthor.kind, K::Constraint);
        QVERIFY2(noAuthor.message.contains(QStringLiteral("无名文案")), qPrintable(noAuthor.message));
        QCOMPARE(repo.rewardMaterialAuthor(999, 10, op).kind, K::NotFound);

        qint64 entry = 0;
        QVERIFY_OK(repo.rewardMaterialAuthor(id, 50, op, &entry));
        QVERIFY(entry > 0);
        qint64 balance = 0;
        QVERIFY_OK(PointsRepository(db).balance(author, &balance));
        QCOMPARE(balance, 50);
        QList<PointsEntry> ledger;
        QVERIFY_OK(PointsRepository(db).ledger(author, 0, 10, &ledger));
        QCOMPARE(ledger.size(), 1);
        QCOMPARE(ledger.first().reason, PointsReason::Content);
        QVERIFY2(ledger.first().note.contains(QStringLiteral("原创晒单")), qPrintable(ledger.first().note));
        Material m;
        QVERIFY_OK(repo.material(id, &m));
        QCOMPARE(m.rewardPoints, 50);
        QVERIFY(m.rewardedAt.isValid());
        QCOMPARE(Query::scalar(db, QStringLiteral("SELECT ledger_entry_id FROM material_rewards")).toLongLong(), entry);

        const DatabaseError twice = repo.rewardMaterialAuthor(id, 30, op);
        QCOMPARE(twice.kind, K::Constraint);
        QVERIFY2(twice.message.contains(QStringLiteral("50")), qPrintable(twice.message));
        QVERIFY_OK(PointsRepository(db).balance(author, &balance));
        QCOMPARE(balance, 50);
        QVERIFY(auditActions(db, QStringLiteral("material"), id).contains(QStringLiteral("reward")));
    }

    void failedPaymentReleasesTheClaim()
    {
        test::TempDatabase t;
        const QSqlDatabase db = t.connection();
        ContentRepository repo(db);
        const qint64 author = addMember(db, QStringLiteral("赵店主"));
        const qint64 id = addCopy(repo, QStringLiteral("晒单"), QStringLiteral("好用"), author);
        // A trigger makes the points ledger refuse the payment after the claim was written.
        Query trigger(db,
            QStringLiteral("CREATE TEMP TRIGGER refuse_points BEFORE INSERT ON points_ledger "
                           "BEGIN SELECT RAISE(ABORT, 'ledger closed'); END"));
        QVERIFY_OK(trigger.exec(QStringLiteral("create trigger")));
        QVERIFY(repo.rewardMaterialAuthor(id, 20, 0));
        QCOMPARE(test::countRows(db, QStringLiteral("material_rewards")), 0);
        Query drop(db, QStringLiteral("DROP TRIGGER refuse_points"));
        QVERIFY_OK(drop.exec(QStringLiteral("drop trigger")));
        QVERIFY_OK(repo.rewardMaterialAuthor(id, 20, 0));
        QCOMPARE(test::countRows(db, QStringLiteral("material_rewards")), 1);
    }

    void scopeGroupsSearchByName()
    {
        test::TempDatabase t;
        const QSqlDatabase db = t.connection();
        const qint64 a = test::insertGroup(db, QStringLiteral("花漾宠粉群1"), QStringLiteral("perks"));
        test::insertGroup(db, QStringLiteral("花漾售后群"), QStringLiteral("after_sales"));
        test::insertGroup(db, QStringLiteral("培训群"), QStringLiteral("training"));
        // The keyword reply pickers search groups through ScheduleRepository.
        ScheduleRepository groupsRepo(db);
        QList<GroupChoice> groups;
        QVERIFY_OK(groupsRepo.listGroupChoices(&groups, QStringLiteral("花漾"), 10));
        QCOMPARE(groups.size(), 2);
        QVERIFY_OK(groupsRepo.listGroupChoices(&groups, QStringLiteral("宠粉"), 10));
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().id, a);
        QCOMPARE(groups.first().purpose, QStringLiteral("perks"));
        QVERIFY_OK(groupsRepo.listGroupChoices(&groups, QString(), 2));
        QCOMPARE(groups.size(), 2);
        GroupChoice g;
        QVERIFY_OK(groupsRepo.groupChoice(a, &g));
        QCOMPARE(g.name, QStringLiteral("花漾宠粉群1"));
        QCOMPARE(groupsRepo.groupChoice(999, &g).kind, K::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestMaterialLibrary)
#include "tst_material_library.moc"
