#include "MemberTestData.h"
#include "TestSupport.h"

#include "storage/AuditRepository.h"
#include "storage/MemberRepository.h"
#include "storage/Query.h"
#include "storage/TagRepository.h"

#include <QTest>

using namespace qundesk;

namespace {

QList<qint64> seedMembers(const QSqlDatabase &db, int n)
{
    QList<qint64> ids;
    MemberRepository(db).createMany(test::sampleMembers(n), &ids);
    return ids;
}

qint64 searchCount(const QSqlDatabase &db, const QString &term)
{
    MemberFilter f;
    f.search = term;
    qint64 n = -1;
    MemberRepository(db).count(f, &n);
    return n;
}

} // namespace

class TestTagRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("QUNDESK_ACTOR", "测试运营"); // see tst_member_repository
    }

    void createListRenameRemove()
    {
        test::TempDatabase t;
        TagRepository tags(t.connection());
        qint64 koc = 0, mama = 0;
        QVERIFY_OK(tags.create(Tag{0, QStringLiteral("潜力KOC"), QStringLiteral("#E8590C")}, &koc));
        QVERIFY_OK(tags.create(Tag{0, QStringLiteral(" 宝妈 "), QString()}, &mama));
        Tag got;
        QVERIFY_OK(tags.get(mama, &got));
        QCOMPARE(got.name, QStringLiteral("宝妈")); // trimmed
        QVERIFY(got.color.isEmpty());

        QList<TagCount> list;
        QVERIFY_OK(tags.list(&list));
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).tag.name, QStringLiteral("宝妈")); // by name (UTF-8 order)
        QCOMPARE(list.at(1).tag.color, QStringLiteral("#E8590C"));

        QVERIFY_OK(tags.rename(koc, QStringLiteral("重点KOC")));
        QVERIFY_OK(tags.setColor(koc, QStringLiteral("#1971c2")));
        QVERIFY_OK(tags.get(koc, &got));
        QCOMPARE(got.name, QStringLiteral("重点KOC"));
        QCOMPARE(got.color, QStringLiteral("#1971c2"));

        QVERIFY_OK(tags.remove(mama));
        QCOMPARE(tags.get(mama, &got).kind, DatabaseError::Kind::NotFound);
        QCOMPARE(tags.remove(mama).kind, DatabaseError::Kind::NotFound);
        QCOMPARE(tags.rename(mama, QStringLiteral("x")).kind, DatabaseError::Kind::NotFound);

        QList<AuditEntry> audit;
        QVERIFY_OK(AuditRepository(t.connection()).list(QStringLiteral("tag"), koc, 10, &audit));
        QCOMPARE(audit.size(), 3); // create, rename, colour
        QCOMPARE(audit.at(1).before.value(QStringLiteral("name")).toString(), QStringLiteral("潜力KOC"));
        QCOMPARE(audit.at(1).after.value(QStringLiteral("name")).toString(), QStringLiteral("重点KOC"));
    }

    void invalidTagsAreConstraints()
    {
        test::TempDatabase t;
        TagRepository tags(t.connection());
        qint64 id = 0;
        QVERIFY_OK(tags.create(Tag{0, QStringLiteral("高意向"), QString()}, &id));
        DatabaseError err = tags.create(Tag{0, QStringLiteral("高意向"), QString()});
        QCOMPARE(err.kind, DatabaseError::Kind::Constraint);
        QVERIFY2(err.message.contains(QStringLiteral("高意向")), qPrintable(err.message));
        QCOMPARE(tags.create(Tag{0, QStringLiteral("  "), QString()}).kind, DatabaseError::Kind::Constraint);
        err = tags.create(Tag{0, QStringLiteral("售后跟进"), QStringLiteral("red")});
        QCOMPARE(err.kind, DatabaseError::Kind::Constraint);
        QVERIFY(err.message.contains(QStringLiteral("red")));
        qint64 other = 0;
        QVERIFY_OK(tags.create(Tag{0, QStringLiteral("售后跟进"), QString()}, &other));
        QCOMPARE(tags.rename(other, QStringLiteral("高意向")).kind, DatabaseError::Kind::Constraint);
        QCOMPARE(tags.setColor(other, QStringLiteral("#12345")).kind, DatabaseError::Kind::Constraint);
    }

    void tagAndUntagMembers()
    {
        test::TempDatabase t;
        const QSqlDatabase db = t.connection();
        const QList<qint64> members = seedMembers(db, 6);
        TagRepository tags(db);
        qint64 vip = 0, newbie = 0;
        QVERIFY_OK(tags.create(Tag{0, QStringLiteral("年度VIP客户"), QStringLiteral("#F59F00")}, &vip));
        QVERIFY_OK(tags.create(Tag{0, QStringLiteral("新人"), QString()}, &newbie));
        QVERIFY_OK(tags.tagMember(members.at(0), vip));
        QVERIFY_OK(tags.tagMember(members.at(0), newbie));
        QVERIFY_OK(tags.tagMember(members.at(1), vip));
        QVERIFY_OK(tags.tagMember(members.at(1), vip)); // again: no change, no error

        QList<Tag> of;
        QVERIFY_OK(tags.tagsOf(members.at(0), &of));
        QCOMPARE(of.size(), 2);
        QVERIFY_OK(tags.tagsOf(members.at(1), &of));
        QCOMPARE(of.size(), 1);
        QCOMPARE(of.first().name, QStringLiteral("年度VIP客户"));

        QList<TagCount> list;
        QVERIFY_OK(tags.list(&list));
        for (const TagCount &c : list)
            QCOMPARE(c.memberCount, c.tag.id == vip ? 2 : 1);
        QCOMPARE(Query::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'tag'")).toInt(), 3);

        // Tags are searchable through the member search index, and follow renames.
        QCOMPARE(searchCount(db, QStringLiteral("VIP客户")), 2);
        QVERIFY_OK(tags.rename(vip, QStringLiteral("黑金会员")));
        QCOMPARE(searchCount(db, QStringLiteral("VIP客户")), 0);
        QCOMPARE(searchCount(db, QStringLiteral("黑金会员")), 2);

        MemberFilter byTag;
        byTag.tagId = vip;
        qint64 n = 0;
        QVERIFY_OK(MemberRepository(db).count(byTag, &n));
        QCOMPARE(n, 2);

        QVERIFY_OK(tags.untagMember(members.at(1), vip));
        QVERIFY_OK(tags.untagMember(members.at(1), vip)); // already gone
        QVERIFY_OK(tags.tagsOf(members.at(1), &of));
        QVERIFY(of.isEmpty());
        QCOMPARE(searchCount(db, QStringLiteral("黑金会员")), 1);

        // Removing a tag untags everyone and clears it from search.
        QVERIFY_OK(tags.remove(vip));
        QVERIFY_OK(tags.tagsOf(members.at(0), &of));
        QCOMPARE(of.size(), 1);
        QCOMPARE(of.first().id, newbie);
        QCOMPARE(searchCount(db, QStringLiteral("黑金会员")), 0);

        QCOMPARE(tags.tagMember(99999, newbie).kind, DatabaseError::Kind::Constraint);
        QCOMPARE(tags.tagMember(members.at(2), 99999).kind, DatabaseError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestTagRepository)
#include "tst_tag_repository.moc"
