#include "MemberTestData.h"
#include "TestSupport.h"

#include "storage/AuditRepository.h"
#include "storage/MemberBulkRepository.h"
#include "storage/MemberRepository.h"
#include "storage/Query.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace qundesk;

namespace {

qint64 insertRow(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        qFatal("setup failed: %s", qPrintable(sql));
    return q.lastInsertId().toLongLong();
}

qint64 scalarInt(const QSqlDatabase &db, const QString &sql)
{
    return Query::scalar(db, sql).toLongLong();
}

} // namespace

class TestMemberBulkRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_t;
    QList<qint64> m_ids;
    QList<Member> m_sample;

    QSqlDatabase db() const { return m_t->connection(); }

private slots:
    void initTestCase() { qputenv("QUNDESK_ACTOR", "测试运营"); }

    void init()
    {
        m_t = std::make_unique<test::TempDatabase>();
        m_sample = test::sampleMembers(100, 11);
        QVERIFY_OK(MemberRepository(db()).createMany(m_sample, &m_ids));
    }

    void cleanup() { m_t.reset(); }

    void tagSelectionAndWholeFilter()
    {
        const qint64 tag = insertRow(db(), QStringLiteral("INSERT INTO tags (name) VALUES ('高意向客户')"));
        MemberBulkRepository bulk(db());
        qint64 changed = 0;
        QVERIFY_OK(bulk.tag(MemberSelection::ofIds({m_ids.at(0), m_ids.at(1), m_ids.at(2)}), tag, &changed));
        QCOMPARE(changed, 3);
        // Tagging again changes nobody; the search index knows the tag.
        QVERIFY_OK(bulk.tag(MemberSelection::ofIds({m_ids.at(0), m_ids.at(3)}), tag, &changed));
        QCOMPARE(changed, 1);
        QCOMPARE(scalarInt(db(), QStringLiteral("SELECT count(*) FROM member_search WHERE member_search MATCH '\"高意向\"'")), 4);
        MemberFilter byTag;
        byTag.search = QStringLiteral("高意向客户");
        qint64 n = 0;
        QVERIFY_OK(MemberRepository(db()).count(byTag, &n));
        QCOMPARE(n, 4);

        // The whole filter: every store, resolved in SQL.
        MemberFilter stores;
        stores.identity = IdentityType::Store;
        const qint64 storeCount = scalarInt(db(), QStringLiteral("SELECT count(*) FROM members WHERE identity = 'store'"));
        const qint64 taggedStores = scalarInt(db(), QStringLiteral(
            "SELECT count(*) FROM members WHERE identity = 'store' AND id IN (SELECT member_id FROM member_tags)"));
        QVERIFY_OK(bulk.count(MemberSelection::ofFilter(stores), &n));
        QCOMPARE(n, storeCount);
        QVERIFY_OK(bulk.tag(MemberSelection::ofFilter(stores), tag, &changed));
        QCOMPARE(changed, storeCount - taggedStores);

        // Untag the whole filter: the stores lose it, the others keep it.
        QVERIFY_OK(bulk.untag(MemberSelection::ofFilter(stores), tag, &changed));
        QCOMPARE(changed, storeCount);
        QCOMPARE(scalarInt(db(), QStringLiteral("SELECT count(*) FROM member_tags")), 4 - taggedStores);
        QCOMPARE(scalarInt(db(), QStringLiteral("SELECT count(*) FROM member_search WHERE member_search MATCH '\"高意向\"'")),
                 4 - taggedStores);

        // One audit entry per action, saying what and to how many.
        QList<AuditEntry> all, log;
        QVERIFY_OK(AuditRepository(db()).recent(20, &all));
        for (const AuditEntry &e : all) {
            if (e.entity == QStringLiteral("member_bulk"))
                log.append(e);
        }
        QCOMPARE(log.size(), 4);
        QCOMPARE(log.first().action, QStringLiteral("bulk_untag"));
        QCOMPARE(log.first().after.value(QStringLiteral("members")).toInteger(), storeCount);
        QCOMPARE(log.first().after.value(QStringLiteral("filter")).toObject().value(QStringLiteral("identity")).toString(),
                 QStringLiteral("store"));
        QCOMPARE(log.last().action, QStringLiteral("bulk_tag"));
        QCOMPARE(log.last().after.value(QStringLiteral("ids")).toArray().size(), 3);

        QCOMPARE(bulk.tag(MemberSelection::ofIds({m_ids.at(0)}), 9999).kind, DatabaseError::Kind::NotFound);
    }

    void addToGroupSkipsAndWarnsOnCapacity()
    {
        const qint64 group = insertRow(db(), QStringLiteral("INSERT INTO chat_groups (name, capacity) VALUES ('杭州一群', 5)"));
        insertRow(db(), QStringLiteral("INSERT INTO memberships (member_id, group_id, joined_at) VALUES (%1, %2, '2026-01-01 09:00:00')")
                            .arg(m_ids.at(0)).arg(group));
        QVERIFY_OK(MemberRepository(db()).blacklist(m_ids.at(1), QStringLiteral("群内发广告")));
        MemberBulkRepository bulk(db());
        const MemberSelection six = MemberSelection::ofIds(m_ids.mid(0, 6));
        GroupAddPreview preview;
        QVERIFY_OK(bulk.previewAddToGroup(six, group, &preview));
        QCOMPARE(preview.selected, 6);
        QCOMPARE(preview.alreadyIn, 1);
        QCOMPARE(preview.blacklisted, 1);
        QCOMPARE(preview.joining, 4);
        QCOMPARE(preview.openMembers, 1);
        QVERIFY(!preview.exceedsCapacity());
        qint64 added = 0;
        QVERIFY_OK(bulk.addToGroup(six, group, false, &added));
        QCOMPARE(added, 4);
        QCOMPARE(scalarInt(db(), QStringLiteral("SELECT member_count FROM chat_groups WHERE id = %1").arg(group)), 5);

        // Full now: the next one is refused unless asked for, and nothing changed.
        const MemberSelection next = MemberSelection::ofIds(m_ids.mid(6, 2));
        QVERIFY_OK(bulk.previewAddToGroup(next, group, &preview));
        QVERIFY(preview.exceedsCapacity());
        const DatabaseError full = bulk.addToGroup(next, group, false, &added);
        QCOMPARE(full.kind, DatabaseError::Kind::Constraint);
        QVERIFY2(full.message.contains(QStringLiteral("杭州一群")), qPrintable(full.message));
        QCOMPARE(scalarInt(db(), QStringLiteral("SELECT count(*) FROM memberships WHERE group_id = %1").arg(group)), 5);
        QVERIFY_OK(bulk.addToGroup(next, group, true, &added));
        QCOMPARE(added, 2);

        // A dissolved group takes nobody.
        QSqlQuery dissolve(db());
        QVERIFY(dissolve.exec(QStringLiteral("UPDATE chat_groups SET status = 'dissolved' WHERE id = %1").arg(group)));
        QCOMPARE(bulk.addToGroup(MemberSelection::ofIds({m_ids.at(50)}), group, true).kind, DatabaseError::Kind::Constraint);
    }

    void verifyAndKoc()
    {
        const qint64 op = insertRow(db(), QStringLiteral("INSERT INTO operators (name) VALUES ('小周')"));
        MemberBulkRepository bulk(db());
        MemberFilter stores;
        stores.identity = IdentityType::Store;
        qint64 changed = 0;
        QVERIFY_OK(bulk.setVerification(MemberSelection::ofFilter(stores), VerificationStatus::Verified, op,
                                        QStringLiteral("营业执照已核对"), &changed));
        const qint64 storeCount = scalarInt(db(), QStringLiteral("SELECT count(*) FROM members WHERE identity = 'store'"));
        QCOMPARE(changed, storeCount);
        QCOMPARE(scalarInt(db(), QStringLiteral("SELECT count(*) FROM members WHERE verification = 'verified' AND verified_by = %1 "
                                                "AND verified_at IS NOT NULL AND verification_evidence = '营业执照已核对'").arg(op)),
                 storeCount);
        // Back to pending clears who and when, keeps the evidence.
        QVERIFY_OK(bulk.setVerification(MemberSelection::ofIds({m_ids.at(0)}), VerificationStatus::Pending, op, QString(), &changed));
        QCOMPARE(changed, 1);
        QCOMPARE(scalarInt(db(), QStringLiteral("SELECT verified_at IS NULL AND verified_by IS NULL FROM members WHERE id = %1")
                                     .arg(m_ids.at(0))), 1);

        QVERIFY_OK(bulk.setKoc(MemberSelection::ofIds(m_ids.mid(0, 3)), true, QStringLiteral("经常分享使用心得"), &changed));
        QCOMPARE(changed, 3);
        const QString since = Query::scalar(db(), QStringLiteral("SELECT koc_since FROM members WHERE id = %1").arg(m_ids.at(0))).toString();
        QVERIFY(!since.isEmpty());
        // Flagging again without a reason touches nobody; unflagging only the flagged.
        QVERIFY_OK(bulk.setKoc(MemberSelection::ofIds(m_ids.mid(0, 5)), true, QString(), &changed));
        QCOMPARE(changed, 2);
        QVERIFY_OK(bulk.setKoc(MemberSelection::ofIds(m_ids.mid(3, 10)), false, QStringLiteral("不再活跃"), &changed));
        QCOMPARE(changed, 2);
        QCOMPARE(scalarInt(db(), QStringLiteral("SELECT count(*) FROM members WHERE is_koc = 1")), 3);
    }

    void failureRollsBackWithoutAudit()
    {
        const qint64 tag = insertRow(db(), QStringLiteral("INSERT INTO tags (name) VALUES ('活动达人')"));
        // A trigger that fails half-way through, as a full disk or a constraint would.
        QSqlQuery trap(db());
        QVERIFY(trap.exec(QStringLiteral("CREATE TRIGGER trap AFTER INSERT ON member_tags WHEN NEW.member_id = %1 "
                                         "BEGIN SELECT RAISE(ABORT, 'trap'); END").arg(m_ids.at(40))));
        MemberBulkRepository bulk(db());
        const DatabaseError err = bulk.tag(MemberSelection::ofIds(m_ids.mid(0, 50)), tag);
        QVERIFY(err);
        QCOMPARE(scalarInt(db(), QStringLiteral("SELECT count(*) FROM member_tags")), 0);
        QCOMPARE(scalarInt(db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'member_bulk'")), 0);
    }
};

QTEST_GUILESS_MAIN(TestMemberBulkRepository)
#include "tst_member_bulk_repository.moc"
