#include "CalendarTestData.h"
#include "TestSupport.h"

#include "storage/AuditRepository.h"
#include "storage/ContentRepository.h"
#include "storage/Query.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace qundesk;
using K = DatabaseError::Kind;

namespace {

int auditCount(const QSqlDatabase &db, const QString &entity, qint64 id)
{
    QList<AuditEntry> entries;
    AuditRepository(db).list(entity, id, 100, &entries);
    return int(entries.size());
}

ContentItem makeItem(
    const QString &title, ContentKind kind, qint64 columnId = 0, ContentStatus status = ContentStatus::Ready)
{
    ContentItem it;
    it.title = title;
    it.kind = kind;
    it.columnId = columnId;
    it.status = status;
    return it;
}

} // namespace

class TestContentRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useTestActor(); }

    void columnsRoundTrip()
    {
        test::TempDatabase t;
        ContentRepository repo(t.connection());
        ContentColumn c;
        c.name = QStringLiteral("店主实战分享");
        c.category = ColumnCategory::GuestShare;
        c.color = QStringLiteral("#ff9d4d");
        c.description = QStringLiteral("每周四晚请优秀店主分享经营经验");
        qint64 id = 0;
        QVERIFY_OK(repo.createColumn(c, &id));
        QVERIFY(id > 0);

        ContentColumn read;
        QVERIFY_OK(repo.column(id, &read));
        QCOMPARE(read.name, c.name);
        QCOMPARE(read.category, ColumnCategory::GuestShare);
        QCOMPARE(read.color, c.color);
        QCOMPARE(read.description, c.description);

        read.name = QStringLiteral("嘉宾分享");
        read.category = ColumnCategory::Knowledge;
        QVERIFY_OK(repo.updateColumn(read));
        QList<ContentColumn> all;
        QVERIFY_OK(repo.listColumns(&all));
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.at(0).name, QStringLiteral("嘉宾分享"));
        QCOMPARE(all.at(0).category, ColumnCategory::Knowledge);
        QCOMPARE(auditCount(t.connection(), QStringLiteral("content_column"), id), 2);

        QVERIFY_OK(repo.removeColumn(id));
        QCOMPARE(repo.column(id, &read).kind, K::NotFound);
        QCOMPARE(repo.removeColumn(id).kind, K::NotFound);
    }

    void columnNamesAreUniqueAndRequired()
    {
        test::TempDatabase t;
        ContentRepository repo(t.connection());
        ContentColumn c;
        c.name = QStringLiteral("每日干货");
        QVERIFY_OK(repo.createColumn(c));
        const DatabaseError dup = repo.createColumn(c);
        QCOMPARE(dup.kind, K::Constraint);
        QVERIFY2(dup.message.contains(QStringLiteral("每日干货")), qPrintable(dup.message));
        c.name = QStringLiteral("   ");
        QCOMPARE(repo.createColumn(c).kind, K::Constraint);
        QList<ContentColumn> all;
        QVERIFY_OK(repo.listColumns(&all));
        QCOMPARE(all.size(), 1);
    }

    void itemsRoundTripWithAudit()
    {
        test::TempDatabase t;
        ContentRepository repo(t.connection());
        ContentColumn column;
        column.name = QStringLiteral("福利与秒杀");
        column.category = ColumnCategory::Perks;
        qint64 columnId = 0;
        QVERIFY_OK(repo.createColumn(column, &columnId));

        ContentItem item
            = makeItem(QStringLiteral("周五晚8点限时秒杀"), ContentKind::FlashSale, columnId, ContentStatus::Draft);
        item.body = QStringLiteral("今晚8点，爆款面霜限量100份，群内专享价99元！");
        item.tags = { QStringLiteral("秒杀"), QStringLiteral("面霜"), QStringLiteral("秒杀") };
        qint64 id = 0;
        QVERIFY_OK(repo.createItem(item, &id));

        ContentItem read;
        QVERIFY_OK(repo.item(id, &read));
        QCOMPARE(read.title, item.title);
        QCOMPARE(read.body, item.body);
        QCOMPARE(read.kind, ContentKind::FlashSale);
        QCOMPARE(read.columnId, columnId);
        QCOMPARE(read.status, ContentStatus::Draft);
        QCOMPARE(read.tags, (QStringList { QStringLiteral("秒杀"), QStringLiteral("面霜") }));
        QVERIFY(read.createdAt.isValid());

        read.status = ContentStatus::Ready;
        read.tags = { QStringLiteral("福利，晚间") }; // a Chinese comma inside a tag cannot survive as one tag
        QVERIFY_OK(repo.updateItem(read));
        ContentItem again;
        QVERIFY_OK(repo.item(id, &again));
        QCOMPARE(again.status, ContentStatus::Ready);
        QCOMPARE(again.tags, QStringList { QStringLiteral("福利 晚间") });

        QList<AuditEntry> audit;
        QVERIFY(!AuditRepository(t.connection()).list(QStringLiteral("content_item"), id, 10, &audit));
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit.at(0).action, QStringLiteral("update"));
        QCOMPARE(audit.at(0).actor, QStringLiteral("测试运营"));
        QCOMPARE(audit.at(0).before.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(audit.at(0).after.value(QStringLiteral("status")).toString(), QStringLiteral("ready"));

        // Removing the column leaves the item without one.
        QVERIFY_OK(repo.removeColumn(columnId));
        QVERIFY_OK(repo.item(id, &again));
        QCOMPARE(again.columnId, 0);

        QVERIFY_OK(repo.removeItem(id));
        QCOMPARE(repo.item(id, &again).kind, K::NotFound);
        QCOMPARE(auditCount(t.connection(), QStringLiteral("content_item"), id), 3);
    }

    void itemValidation()
    {
        test::TempDatabase t;
        ContentRepository repo(t.connection());
        QCOMPARE(repo.createItem(makeItem(QStringLiteral(" "), ContentKind::Topic)).kind, K::Constraint);
        QCOMPARE(repo.createItem(makeItem(QStringLiteral("话题"), ContentKind::Topic, 999)).kind, K::Constraint);
        ContentItem ghost = makeItem(QStringLiteral("不存在"), ContentKind::Topic);
        ghost.id = 4242;
        QCOMPARE(repo.updateItem(ghost).kind, K::NotFound);
        QCOMPARE(Query::scalar(t.connection(), QStringLiteral("SELECT count(*) FROM content_items")).toInt(), 0);
    }

    void listItemsFilters()
    {
        test::TempDatabase t;
        ContentRepository repo(t.connection());
        qint64 knowledge = 0;
        ContentColumn c;
        c.name = QStringLiteral("护肤干货");
        QVERIFY_OK(repo.createColumn(c, &knowledge));
        ContentItem a = makeItem(QStringLiteral("秋冬换季护肤三步法"), ContentKind::Knowledge, knowledge);
        a.tags = { QStringLiteral("护肤") };
        QVERIFY_OK(repo.createItem(a));
        QVERIFY_OK(repo.createItem(makeItem(QStringLiteral("猜价格赢积分"), ContentKind::Game)));
        ContentItem b = makeItem(QStringLiteral("新品面膜预热"), ContentKind::NewProduct, 0, ContentStatus::Draft);
        b.body = QStringLiteral("下周一正式上线，SPF50 防晒同步到货");
        QVERIFY_OK(repo.createItem(b));
        QVERIFY_OK(repo.createItem(
            makeItem(QStringLiteral("旧版群规"), ContentKind::Announcement, 0, ContentStatus::Archived)));

        QList<ContentItem> out;
        QVERIFY_OK(repo.listItems({}, &out));
        QCOMPARE(out.size(), 4);

        ContentItemFilter f;
        f.kind = ContentKind::Game;
        QVERIFY_OK(repo.listItems(f, &out));
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.at(0).title, QStringLiteral("猜价格赢积分"));

        f = {};
        f.columnId = knowledge;
        QVERIFY_OK(repo.listItems(f, &out));
        QCOMPARE(out.size(), 1);

        f = {};
        f.status = ContentStatus::Draft;
        QVERIFY_OK(repo.listItems(f, &out));
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.at(0).kind, ContentKind::NewProduct);

        f = {};
        f.text = QStringLiteral("spf50"); // in the body, different case
        QVERIFY_OK(repo.listItems(f, &out));
        QCOMPARE(out.size(), 1);
        f.text = QStringLiteral("护肤"); // title of one, tag of the same one
        QVERIFY_OK(repo.listItems(f, &out));
        QCOMPARE(out.size(), 1);
        f.text = QStringLiteral("%"); // no wildcard meaning
        QVERIFY_OK(repo.listItems(f, &out));
        QCOMPARE(out.size(), 0);

        f = {};
        f.limit = 2;
        QVERIFY_OK(repo.listItems(f, &out));
        QCOMPARE(out.size(), 2);
    }

    void materialsFromBytesRefuseDuplicates()
    {
        test::TempDatabase t;
        ContentRepository repo(t.connection());
        const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452") + QByteArray(200, 'x');
        Material m;
        m.title = QStringLiteral("双十一主视觉海报");
        m.kind = MaterialKind::Poster;
        m.data = png;
        qint64 id = 0;
        QVERIFY_OK(repo.addMaterial(m, &id));

        Material read;
        QVERIFY_OK(repo.material(id, &read));
        QCOMPARE(read.data, png);
        QCOMPARE(read.sizeBytes, png.size());
        QCOMPARE(read.sha256, QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(read.mimeType, QStringLiteral("image/png"));
        QCOMPARE(read.kind, MaterialKind::Poster);
        QVERIFY(!read.approved);

        Material copy = m;
        copy.title = QStringLiteral("同一张图换个名字");
        const DatabaseError dup = repo.addMaterial(copy);
        QCOMPARE(dup.kind, K::Constraint);
        QVERIFY2(dup.message.contains(QStringLiteral("双十一主视觉海报")), qPrintable(dup.message));
        QVERIFY2(dup.message.contains(QString::number(id)), qPrintable(dup.message));

        Material text;
        text.title = QStringLiteral("早安问候文案");
        text.kind = MaterialKind::Copy;
        text.body = QStringLiteral("早上好！今天也要元气满满哦～");
        qint64 textId = 0;
        QVERIFY_OK(repo.addMaterial(text, &textId));
        QVERIFY_OK(repo.material(textId, &read));
        QCOMPARE(read.body, text.body);
        QCOMPARE(read.mimeType, QStringLiteral("text/plain"));
        QCOMPARE(read.sha256, ContentRepository::sha256Hex(text.body.toUtf8()));

        Material empty;
        empty.title = QStringLiteral("空素材");
        QCOMPARE(repo.addMaterial(empty).kind, K::Constraint);

        QList<Material> all;
        QVERIFY_OK(repo.listMaterials(&all));
        QCOMPARE(all.size(), 2);
        for (const Material &x : std::as_const(all))
            QVERIFY(x.data.isEmpty()); // listing leaves the bytes out
    }

    void materialFromFileAndApproval()
    {
        test::TempDatabase t;
        ContentRepository repo(t.connection());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("新品试用视频.mp4"));
        const QByteArray bytes = QByteArray(300000, '\x42');
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        const qint64 operatorId = test::insertOperator(t.connection(), QStringLiteral("李运营"));
        QVERIFY(operatorId > 0);

        Material details;
        details.kind = MaterialKind::Video;
        qint64 id = 0;
        QVERIFY_OK(repo.addMaterialFromFile(path, details, &id));
        Material read;
        QVERIFY_OK(repo.material(id, &read));
        QCOMPARE(read.title, QStringLiteral("新品试用视频"));
        QCOMPARE(read.filePath, path);
        QVERIFY(read.data.isEmpty());
        QCOMPARE(read.sizeBytes, bytes.size());
        QCOMPARE(read.sha256, ContentRepository::sha256Hex(bytes));

        // The same bytes handed over directly are the same material.
        Material same;
        same.title = QStringLiteral("重复上传");
        same.data = bytes;
        const DatabaseError dup = repo.addMaterial(same);
        QCOMPARE(dup.kind, K::Constraint);
        QVERIFY(dup.message.contains(QStringLiteral("新品试用视频")));

        QCOMPARE(repo.addMaterialFromFile(dir.filePath(QStringLiteral("missing.jpg")), details).kind, K::NotFound);

        const QDateTime when(QDate(2026, 11, 23), QTime(10, 30));
        QVERIFY_OK(repo.approveMaterial(id, operatorId, when));
        QVERIFY_OK(repo.material(id, &read));
        QVERIFY(read.approved);
        QCOMPARE(read.approvedBy, operatorId);
        QCOMPARE(read.approvedAt, when);
        QCOMPARE(repo.approveMaterial(9999, operatorId, when).kind, K::NotFound);
        QCOMPARE(auditCount(t.connection(), QStringLiteral("material"), id), 2);

        QVERIFY_OK(repo.removeMaterial(id));
        QCOMPARE(repo.material(id, &read).kind, K::NotFound);
    }

    void keywordRepliesCrud()
    {
        test::TempDatabase t;
        ContentRepository repo(t.connection());
        const qint64 group = test::insertGroup(t.connection(), QStringLiteral("宠粉福利1群"));
        QVERIFY(group > 0);

        KeywordReply a;
        a.keyword = QStringLiteral("发货");
        a.reply = QStringLiteral("下单后48小时内发货，偏远地区72小时。");
        a.priority = 1;
        KeywordReply b;
        b.keyword = QStringLiteral("秒杀");
        b.reply = QStringLiteral("本群秒杀每周五晚8点开始。");
        b.matchMode = MatchMode::Prefix;
        b.scopeGroupId = group;
        b.scopePurpose = QStringLiteral("perks");
        b.priority = 5;
        qint64 idA = 0;
        qint64 idB = 0;
        QVERIFY_OK(repo.createKeywordReply(a, &idA));
        QVERIFY_OK(repo.createKeywordReply(b, &idB));

        QList<KeywordReply> all;
        QVERIFY_OK(repo.listKeywordReplies(&all));
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).id, idB); // higher priority first
        QCOMPARE(all.at(0).matchMode, MatchMode::Prefix);
        QCOMPARE(all.at(0).scopeGroupId, group);
        QCOMPARE(all.at(0).scopePurpose, QStringLiteral("perks"));
        QCOMPARE(all.at(1).scopeGroupId, 0);
        QVERIFY(all.at(1).scopePurpose.isEmpty());

        const auto picked = pickKeywordReply(all, QStringLiteral("秒杀几点开始"), group, QStringLiteral("perks"));
        QVERIFY(picked);
        QCOMPARE(picked->id, idB);

        KeywordReply edit = all.at(1);
        edit.enabled = false;
        edit.reply = QStringLiteral("已停用");
        QVERIFY_OK(repo.updateKeywordReply(edit));
        QVERIFY_OK(repo.listKeywordReplies(&all));
        QVERIFY(!all.at(1).enabled);

        KeywordReply bad;
        bad.keyword = QStringLiteral("退货");
        QCOMPARE(repo.createKeywordReply(bad).kind, K::Constraint); // no reply text
        bad.reply = QStringLiteral("7天无理由");
        bad.scopeGroupId = 777;
        QCOMPARE(repo.createKeywordReply(bad).kind, K::Constraint); // unknown group

        QVERIFY_OK(repo.removeKeywordReply(idA));
        QCOMPARE(repo.removeKeywordReply(idA).kind, K::NotFound);
        QVERIFY_OK(repo.listKeywordReplies(&all));
        QCOMPARE(all.size(), 1);
    }

    void timeSlotsOrderedByTime()
    {
        test::TempDatabase t;
        ContentRepository repo(t.connection());
        QList<TimeSlot> daySlots;
        QVERIFY_OK(repo.listTimeSlots(&daySlots));
        QCOMPARE(daySlots.size(), 8); // the schema's standard day
        QCOMPARE(daySlots.first().time, QTime(9, 0));
        QCOMPARE(daySlots.first().label, QStringLiteral("早安问候"));

        TimeSlot lunch { 0, QTime(11, 30), QStringLiteral("午前秒杀"), 2 };
        qint64 id = 0;
        QVERIFY_OK(repo.createTimeSlot(lunch, &id));
        QVERIFY_OK(repo.listTimeSlots(&daySlots));
        QCOMPARE(daySlots.size(), 9);
        QCOMPARE(daySlots.at(2).time, QTime(11, 30));
        QCOMPARE(daySlots.at(2).maxPosts, 2);
        for (int i = 1; i < daySlots.size(); ++i)
            QVERIFY(daySlots.at(i - 1).time < daySlots.at(i).time);

        const DatabaseError dup = repo.createTimeSlot({ 0, QTime(9, 0), QStringLiteral("重复"), 1 });
        QCOMPARE(dup.kind, K::Constraint);
        QVERIFY(dup.message.contains(QStringLiteral("早安问候")));
        QCOMPARE(repo.createTimeSlot({ 0, QTime(8, 0), QString(), 0 }).kind, K::Constraint);
        QCOMPARE(repo.createTimeSlot({ 0, QTime(), QString(), 1 }).kind, K::Constraint);

        lunch.id = id;
        lunch.time = QTime(23, 0);
        QVERIFY_OK(repo.updateTimeSlot(lunch));
        QVERIFY_OK(repo.listTimeSlots(&daySlots));
        QCOMPARE(daySlots.last().time, QTime(23, 0));
        // Moving a slot onto another one's time is refused too.
        lunch.time = QTime(22, 0);
        QCOMPARE(repo.updateTimeSlot(lunch).kind, K::Constraint);

        QVERIFY_OK(repo.removeTimeSlot(id));
        QVERIFY_OK(repo.listTimeSlots(&daySlots));
        QCOMPARE(daySlots.size(), 8);
    }
};

QTEST_GUILESS_MAIN(TestContentRepository)
#include "tst_content_repository.moc"
