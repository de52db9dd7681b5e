#include "MemberTestData.h"
#include "TestSupport.h"

#include "storage/AuditRepository.h"
#include "storage/MemberRepository.h"
#include "storage/PointsRepository.h"
#include "storage/Query.h"

#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace qundesk;

namespace {

qint64 insertRow(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        qFatal("setup failed: %s", qPrintable(sql));
    return q.lastInsertId().toLongLong();
}

Member basicMember(const QString &name, const QString &platformId)
{
    Member m;
    m.displayName = name;
    m.platformId = platformId;
    return m;
}

qint64 scalarInt(const QSqlDatabase &db, const QString &sql)
{
    return Query::scalar(db, sql).toLongLong();
}

// Pages through everything with the given page size and returns the ids in order.
QList<qint64> pageAll(MemberRepository &repo, const MemberFilter &filter, MemberSort sort, Qt::SortOrder order,
                      int pageSize)
{
    QList<qint64> ids;
    std::optional<MemberCursor> cursor;
    for (int guard = 0; guard < 10000; ++guard) {
        QList<MemberRow> rows;
        if (auto err = repo.page(filter, sort, order, cursor, pageSize, &rows)) {
            qWarning("page failed: %s", qPrintable(err.message));
            return {};
        }
        for (const MemberRow &r : rows)
            ids.append(r.id);
        if (rows.size() < pageSize)
            break;
        cursor = MemberCursor::after(rows.last());
    }
    return ids;
}

struct Keyed
{
    qint64 id;
    QVariant value; // null = no value
};

// The order the repository promises: NULLs first ascending / last descending (by id), then
// (value, id). Text compares as UTF-8 bytes, like SQLite's BINARY collation.
QList<qint64> expectedOrder(QList<Keyed> rows, Qt::SortOrder order)
{
    auto less = [](const Keyed &a, const Keyed &b) {
        if (a.value.isNull() != b.value.isNull())
            return a.value.isNull();
        if (!a.value.isNull()) {
            if (a.value.typeId() == QMetaType::QString) {
                const QByteArray x = a.value.toString().toUtf8(), y = b.value.toString().toUtf8();
                if (x != y)
                    return x < y;
            } else if (a.value.toLongLong() != b.value.toLongLong()) {
                return a.value.toLongLong() < b.value.toLongLong();
            }
        }
        return a.id < b.id;
    };
    std::sort(rows.begin(), rows.end(), less);
    if (order == Qt::DescendingOrder)
        std::reverse(rows.begin(), rows.end());
    QList<qint64> ids;
    for (const Keyed &k : rows)
        ids.append(k.id);
    return ids;
}

} // namespace

class TestMemberRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // AuditRepository writes a NULL actor (refused by the schema) when neither QUNDESK_ACTOR
        // nor USER is set, as in some CI containers; name the actor explicitly.
        qputenv("QUNDESK_ACTOR", "测试运营");
    }

    void createGetRoundTrip()
    {
        test::TempDatabase t;
        const qint64 channel = insertRow(t.connection(), QStringLiteral("INSERT INTO channels (name) VALUES ('抖音直播间活码')"));
        const qint64 region = insertRow(t.connection(), QStringLiteral("INSERT INTO regions (name, province) VALUES ('杭州', '浙江')"));
        const qint64 tier = insertRow(t.connection(), QStringLiteral("INSERT INTO tiers (name, rank) VALUES ('五万级代理', 3)"));
        MemberRepository repo(t.connection());
        Member m;
        m.displayName = QStringLiteral("王芳");
        m.groupNickname = QStringLiteral("杭州-芳芳美妆店");
        m.platformId = QStringLiteral("wxid_wangfang01");
        m.phone = QStringLiteral("138 1234 5678");
        m.identity = IdentityType::Store;
        m.channelId = channel;
        m.regionId = region;
        m.tierId = tier;
        m.firstJoinedAt = QDateTime(QDate(2024, 3, 8), QTime(20, 15, 0));
        m.notes = QStringLiteral("门店在西湖区，主营护肤");
        qint64 id = 0;
        QVERIFY_OK(repo.create(m, &id));
        QVERIFY(id > 0);

        Member got;
        QVERIFY_OK(repo.get(id, &got));
        QCOMPARE(got.id, id);
        QCOMPARE(got.displayName, m.displayName);
        QCOMPARE(got.groupNickname, m.groupNickname);
        QCOMPARE(got.platformId, m.platformId);
        QCOMPARE(got.phone, QStringLiteral("13812345678")); // separators stripped
        QCOMPARE(got.identity, IdentityType::Store);
        QCOMPARE(got.verification, VerificationStatus::Unverified);
        QCOMPARE(got.channelId, channel);
        QCOMPARE(got.regionId, region);
        QCOMPARE(got.tierId, tier);
        QCOMPARE(got.firstJoinedAt, m.firstJoinedAt);
        QCOMPARE(got.notes, m.notes);
        QCOMPARE(got.pointsBalance, 0);
        QVERIFY(!got.koc);
        QVERIFY(!got.blacklisted);
        QVERIFY(got.createdAt.isValid());

        QList<AuditEntry> audit;
        QVERIFY_OK(AuditRepository(t.connection()).list(QStringLiteral("member"), id, 10, &audit));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, QStringLiteral("create"));
        QCOMPARE(audit.first().after.value(QStringLiteral("platform_id")).toString(), m.platformId);
    }

    void createRefusesInvalidProfiles()
    {
        test::TempDatabase t;
        MemberRepository repo(t.connection());
        DatabaseError err = repo.create(basicMember(QStringLiteral(" "), QStringLiteral("wxid_x")));
        QCOMPARE(err.kind, DatabaseError::Kind::Constraint);
        Member m = basicMember(QStringLiteral("李娜"), QStringLiteral("wxid_lina"));
        m.phone = QStringLiteral("电话138");
        err = repo.create(m);
        QCOMPARE(err.kind, DatabaseError::Kind::Constraint);
        QVERIFY2(err.message.contains(QStringLiteral("电话138")), qPrintable(err.message));
        m.phone.clear();
        m.channelId = 999; // no such channel
        err = repo.create(m);
        QCOMPARE(err.kind, DatabaseError::Kind::Constraint);
        QVERIFY2(err.message.contains(QStringLiteral("李娜")), qPrintable(err.message));
        QCOMPARE(scalarInt(t.connection(), QStringLiteral("SELECT count(*) FROM members")), 0);
        QCOMPARE(scalarInt(t.connection(), QStringLiteral("SELECT count(*) FROM audit_log")), 0);
    }

    void duplicatePlatformIdIsConstraint()
    {
        test::TempDatabase t;
        MemberRepository repo(t.connection());
        qint64 first = 0;
        QVERIFY_OK(repo.create(basicMember(QStringLiteral("张伟"), QStringLiteral("wxid_zhangwei88")), &first));
        DatabaseError err = repo.create(basicMember(QStringLiteral("张伟（小号）"), QStringLiteral("wxid_zhangwei88")));
        QCOMPARE(err.kind, DatabaseError::Kind::Constraint);
        QVERIFY2(err.message.contains(QStringLiteral("wxid_zhangwei88")), qPrintable(err.message));
        QVERIFY2(!err.message.contains(QStringLiteral("UNIQUE constraint")), qPrintable(err.message));
        QCOMPARE(scalarInt(t.connection(), QStringLiteral("SELECT count(*) FROM members")), 1);

        // The same through an edit.
        qint64 second = 0;
        QVERIFY_OK(repo.create(basicMember(QStringLiteral("刘强"), QStringLiteral("wxid_liuqiang")), &second));
        Member edit;
        QVERIFY_OK(repo.get(second, &edit));
        edit.platformId = QStringLiteral("wxid_zhangwei88");
        err = repo.update(edit);
        QCOMPARE(err.kind, DatabaseError::Kind::Constraint);
        QVERIFY(err.message.contains(QStringLiteral("wxid_zhangwei88")));
        Member unchanged;
        QVERIFY_OK(repo.get(second, &unchanged));
        QCOMPARE(unchanged.platformId, QStringLiteral("wxid_liuqiang"));
    }

    void createManyIsAllOrNothing()
    {
        test::TempDatabase t;
        MemberRepository repo(t.connection());
        QList<Member> batch = test::sampleMembers(50);
        batch[30].platformId = batch[3].platformId;
        QCOMPARE(repo.createMany(batch).kind, DatabaseError::Kind::Constraint);
        QCOMPARE(scalarInt(t.connection(), QStringLiteral("SELECT count(*) FROM members")), 0);
        batch = test::sampleMembers(50);
        QList<qint64> ids;
        QVERIFY_OK(repo.createMany(batch, &ids));
        QCOMPARE(ids.size(), 50);
        QCOMPARE(scalarInt(t.connection(), QStringLiteral("SELECT count(*) FROM members")), 50);
        QCOMPARE(scalarInt(t.connection(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import'")), 1);
    }

    void updateWritesAuditBeforeAfter()
    {
        test::TempDatabase t;
        MemberRepository repo(t.connection());
        qint64 id = 0;
        QVERIFY_OK(repo.create(basicMember(QStringLiteral("陈静"), QStringLiteral("wxid_chenjing")), &id));
        Member m;
        QVERIFY_OK(repo.get(id, &m));
        m.groupNickname = QStringLiteral("成都-静静母婴馆");
        m.identity = IdentityType::Online;
        QVERIFY_OK(repo.update(m));
        Member got;
        QVERIFY_OK(repo.get(id, &got));
        QCOMPARE(got.groupNickname, m.groupNickname);
        QCOMPARE(got.identity, IdentityType::Online);

        QList<AuditEntry> audit;
        QVERIFY_OK(AuditRepository(t.connection()).list(QStringLiteral("member"), id, 10, &audit));
        QCOMPARE(audit.first().action, QStringLiteral("update"));
        QCOMPARE(audit.first().before.value(QStringLiteral("identity")).toString(), QStringLiteral("unknown"));
        QCOMPARE(audit.first().after.value(QStringLiteral("identity")).toString(), QStringLiteral("online"));
        QVERIFY(audit.first().before.value(QStringLiteral("group_nickname")).isNull());

        m.id = 424242;
        QCOMPARE(repo.update(m).kind, DatabaseError::Kind::NotFound);
    }

    void removeDeletesWithAudit()
    {
        test::TempDatabase t;
        MemberRepository repo(t.connection());
        qint64 id = 0;
        QVERIFY_OK(repo.create(basicMember(QStringLiteral("赵磊"), QStringLiteral("wxid_zhaolei")), &id));
        QVERIFY_OK(repo.remove(id));
        Member gone;
        QCOMPARE(repo.get(id, &gone).kind, DatabaseError::Kind::NotFound);
        QCOMPARE(repo.remove(id).kind, DatabaseError::Kind::NotFound);
        QList<AuditEntry> audit;
        QVERIFY_OK(AuditRepository(t.connection()).list(QStringLiteral("member"), id, 10, &audit));
        QCOMPARE(audit.first().action, QStringLiteral("delete"));
        QCOMPARE(audit.first().before.value(QStringLiteral("display_name")).toString(), QStringLiteral("赵磊"));
        // The search index follows.
        QCOMPARE(scalarInt(t.connection(), QStringLiteral("SELECT count(*) FROM member_search")), 0);
    }

    void verificationStampsDecision()
    {
        test::TempDatabase t;
        const qint64 op = insertRow(t.connection(), QStringLiteral("INSERT INTO operators (name) VALUES ('小周')"));
        MemberRepository repo(t.connection());
        qint64 id = 0;
        QVERIFY_OK(repo.create(basicMember(QStringLiteral("孙丽"), QStringLiteral("wxid_sunli")), &id));
        QVERIFY_OK(repo.setVerification(id, VerificationStatus::Pending, op, QStringLiteral("门头照已上传")));
        Member m;
        QVERIFY_OK(repo.get(id, &m));
        QCOMPARE(m.verification, VerificationStatus::Pending);
        QVERIFY(!m.verifiedAt.isValid());
        QCOMPARE(m.verifiedBy, 0);
        QCOMPARE(m.verificationEvidence, QStringLiteral("门头照已上传"));

        const QDateTime before = QDateTime::currentDateTime().addSecs(-1);
        QVERIFY_OK(repo.setVerification(id, VerificationStatus::Verified, op, QString()));
        QVERIFY_OK(repo.get(id, &m));
        QCOMPARE(m.verification, VerificationStatus::Verified);
        QCOMPARE(m.verifiedBy, op);
        QVERIFY(m.verifiedAt >= before);
        QCOMPARE(m.verificationEvidence, QStringLiteral("门头照已上传")); // kept

        QList<AuditEntry> audit;
        QVERIFY_OK(AuditRepository(t.connection()).list(QStringLiteral("member"), id, 10, &audit));
        QCOMPARE(audit.first().action, QStringLiteral("verify"));
        QCOMPARE(audit.first().after.value(QStringLiteral("verification")).toString(), QStringLiteral("verified"));
        QCOMPARE(repo.setVerification(777, VerificationStatus::Verified, op, QString()).kind,
                 DatabaseError::Kind::NotFound);
    }

    void kocMark()
    {
        test::TempDatabase t;
        MemberRepository repo(t.connection());
        qint64 id = 0;
        QVERIFY_OK(repo.create(basicMember(QStringLiteral("周婷婷"), QStringLiteral("wxid_zhoutt")), &id));
        QVERIFY_OK(repo.setKoc(id, true, QStringLiteral("每周分享护肤心得，带动群内复购")));
        Member m;
        QVERIFY_OK(repo.get(id, &m));
        QVERIFY(m.koc);
        QVERIFY(m.kocSince.isValid());
        QCOMPARE(m.kocReason, QStringLiteral("每周分享护肤心得，带动群内复购"));
        QVERIFY_OK(repo.setKoc(id, false, QString()));
        QVERIFY_OK(repo.get(id, &m));
        QVERIFY(!m.koc);
        QVERIFY(!m.kocSince.isValid());
    }

    void blacklistClosesMemberships()
    {
        test::TempDatabase t;
        const QSqlDatabase db = t.connection();
        MemberRepository repo(db);
        qint64 spammer = 0, bystander = 0;
        QVERIFY_OK(repo.create(basicMember(QStringLiteral("马志强"), QStringLiteral("wxid_ads_mzq")), &spammer));
        QVERIFY_OK(repo.create(basicMember(QStringLiteral("朱雪梅"), QStringLiteral("wxid_zhuxm")), &bystander));
        const qint64 g1 = insertRow(db, QStringLiteral("INSERT INTO chat_groups (name) VALUES ('美妆宠粉群1群')"));
        const qint64 g2 = insertRow(db, QStringLiteral("INSERT INTO chat_groups (name) VALUES ('美妆宠粉群2群')"));
        const qint64 g3 = insertRow(db, QStringLiteral("INSERT INTO chat_groups (name) VALUES ('福利群')"));
        insertRow(db, QStringLiteral("INSERT INTO memberships (member_id, group_id, joined_at) VALUES (%1, %2, '2024-01-05 10:00:00')").arg(spammer).arg(g1));
        insertRow(db, QStringLiteral("INSERT INTO memberships (member_id, group_id, joined_at) VALUES (%1, %2, '2024-02-01 09:00:00')").arg(spammer).arg(g2));
        insertRow(db, QStringLiteral("INSERT INTO memberships (member_id, group_id, joined_at, left_at, leave_reason) "
                                     "VALUES (%1, %2, '2023-06-01 09:00:00', '2023-07-01 09:00:00', 'left')").arg(spammer).arg(g3));
        insertRow(db, QStringLiteral("INSERT INTO memberships (member_id, group_id, joined_at) VALUES (%1, %2, '2024-01-05 11:00:00')").arg(bystander).arg(g1));

        QCOMPARE(repo.blacklist(spammer, QStringLiteral("  ")).kind, DatabaseError::Kind::Constraint);
        int closed = -1;
        QVERIFY_OK(repo.blacklist(spammer, QStringLiteral("群内发广告，多次提醒无效"), &closed));
        QCOMPARE(closed, 2);
        Member m;
        QVERIFY_OK(repo.get(spammer, &m));
        QVERIFY(m.blacklisted);
        QCOMPARE(m.blacklistReason, QStringLiteral("群内发广告，多次提醒无效"));
        QVERIFY(m.blacklistedAt.isValid());
        QCOMPARE(scalarInt(db, QStringLiteral("SELECT count(*) FROM memberships WHERE member_id = %1 AND left_at IS NULL").arg(spammer)), 0);
        QCOMPARE(scalarInt(db, QStringLiteral("SELECT count(*) FROM memberships WHERE member_id = %1 AND leave_reason = 'kicked'").arg(spammer)), 2);
        QCOMPARE(scalarInt(db, QStringLiteral("SELECT count(*) FROM memberships WHERE member_id = %1 AND leave_reason = 'left'").arg(spammer)), 1);
        QCOMPARE(scalarInt(db, QStringLiteral("SELECT count(*) FROM memberships WHERE member_id = %1 AND left_at IS NULL").arg(bystander)), 1);

        QList<AuditEntry> audit;
        QVERIFY_OK(AuditRepository(db).list(QStringLiteral("member"), spammer, 10, &audit));
        QCOMPARE(audit.first().action, QStringLiteral("blacklist"));
        QCOMPARE(audit.first().after.value(QStringLiteral("memberships_closed")).toInt(), 2);

        MemberFilter onlyBlacklisted;
        onlyBlacklisted.blacklisted = true;
        qint64 n = 0;
        QVERIFY_OK(repo.count(onlyBlacklisted, &n));
        QCOMPARE(n, 1);
        QVERIFY_OK(repo.unblacklist(spammer));
        QVERIFY_OK(repo.count(onlyBlacklisted, &n));
        QCOMPARE(n, 0);
    }

    void keysetPagingBothOrdersWithTies_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<int>("order");
        QTest::addColumn<int>("pageSize");
        const std::pair<MemberSort, const char *> sorts[] = {
            {MemberSort::Id, "id"}, {MemberSort::DisplayName, "name"}, {MemberSort::Points, "points"},
            {MemberSort::FirstJoined, "first joined (nulls)"}, {MemberSort::Channel, "channel (nulls)"},
            {MemberSort::GroupNickname, "nickname (nulls)"}, {MemberSort::Tier, "tier rank (nulls)"},
            {MemberSort::Region, "region (nulls)"}, {MemberSort::Identity, "identity (runs)"},
            {MemberSort::Verification, "verification (runs)"}, {MemberSort::Koc, "koc (runs)"}};
        for (const auto &[sort, name] : sorts) {
            for (const int pageSize : {1, 7, 10}) {
                QTest::addRow("%s asc /%d", name, pageSize) << int(sort) << int(Qt::AscendingOrder) << pageSize;
                QTest::addRow("%s desc /%d", name, pageSize) << int(sort) << int(Qt::DescendingOrder) << pageSize;
            }
        }
    }

    void keysetPagingBothOrdersWithTies()
    {
        QFETCH(int, sort);
        QFETCH(int, order);
        QFETCH(int, pageSize);
        test::TempDatabase t;
        const QSqlDatabase db = t.connection();
        const qint64 channels[] = {0, insertRow(db, QStringLiteral("INSERT INTO channels (name) VALUES ('朋友圈海报')")),
                                   insertRow(db, QStringLiteral("INSERT INTO channels (name) VALUES ('门店活码')"))};
        const qint64 tiers[] = {0, insertRow(db, QStringLiteral("INSERT INTO tiers (name, rank) VALUES ('百万级', 1)")),
                                insertRow(db, QStringLiteral("INSERT INTO tiers (name, rank) VALUES ('九千八级', 4)"))};
        const qint64 regions[] = {insertRow(db, QStringLiteral("INSERT INTO regions (name) VALUES ('杭州')")),
                                  insertRow(db, QStringLiteral("INSERT INTO regions (name) VALUES ('成都')")), 0};
        MemberRepository repo(db);
        PointsRepository points(db);
        // Few distinct values per column, so every page boundary falls inside a run of ties.
        const QStringList names = {QStringLiteral("王芳"), QStringLiteral("李娜"), QStringLiteral("张伟")};
        QList<Keyed> keyed;
        for (int i = 0; i < 47; ++i) {
            Member m;
            m.displayName = names.at(i % 3);
            m.platformId = QStringLiteral("wxid_tie_%1").arg(i);
            m.groupNickname = i % 4 == 0 ? QString() : QStringLiteral("杭州-%1").arg(i % 2);
            m.channelId = channels[i % 3];
            m.tierId = tiers[(i / 2) % 3];
            m.regionId = regions[(i / 5) % 3];
            m.identity = allIdentityTypes().at((i * 3) % 4);
            m.verification = allVerificationStatuses().at((i / 3) % 4);
            m.koc = i % 5 == 1;
            if (i % 5 != 0)
                m.firstJoinedAt = QDateTime(QDate(2024, 1, 1 + i % 4), QTime(9, 0));
            qint64 id = 0;
            QVERIFY_OK(repo.create(m, &id));
            const int pts = (i * 7) % 3 * 50;
            if (pts > 0)
                QVERIFY_OK(points.earn(id, pts, PointsReason::Checkin, QString(), 0));
            QVariant value;
            switch (MemberSort(sort)) {
            case MemberSort::Id: value = id; break;
            case MemberSort::DisplayName: value = m.displayName; break;
            case MemberSort::Points: value = qint64(pts); break;
            case MemberSort::FirstJoined: if (m.firstJoinedAt.isValid()) value = toDbTime(m.firstJoinedAt); break;
            case MemberSort::Channel:
                if (m.channelId) value = m.channelId == channels[1] ? QStringLiteral("朋友圈海报") : QStringLiteral("门店活码");
                break;
            case MemberSort::GroupNickname: if (!m.groupNickname.isEmpty()) value = m.groupNickname; break;
            case MemberSort::Tier: if (m.tierId) value = qint64(m.tierId == tiers[1] ? 1 : 4); break;
            case MemberSort::Region:
                if (m.regionId) value = m.regionId == regions[0] ? QStringLiteral("杭州") : QStringLiteral("成都");
                break;
            // Discrete sorts follow the business order, which the enums' order mirrors.
            case MemberSort::Identity: value = qint64(m.identity); break;
            case MemberSort::Verification: value = qint64(m.verification); break;
            case MemberSort::Koc: value = qint64(m.koc ? 1 : 0); break;
            default: QFAIL("sort not covered");
            }
            keyed.append({id, value});
        }
        const QList<qint64> expected = expectedOrder(keyed, Qt::SortOrder(order));
        const QList<qint64> got = pageAll(repo, MemberFilter(), MemberSort(sort), Qt::SortOrder(order), pageSize);
        QCOMPARE(got, expected);
    }

    void searchByTrigramAndShortTerms()
    {
        test::TempDatabase t;
        MemberRepository repo(t.connection());
        const QList<Member> sample = test::sampleMembers(300);
        QVERIFY_OK(repo.createMany(sample));
        auto countOf = [&](const QString &search) {
            MemberFilter f;
            f.search = search;
            qint64 n = -1;
            if (auto err = repo.count(f, &n))
                qWarning("%s", qPrintable(err.message));
            QList<qint64> ids = pageAll(repo, f, MemberSort::DisplayName, Qt::AscendingOrder, 50);
            return ids.size() == n ? n : -2; // count and pages agree
        };
        auto expectedBy = [&](const QString &where) {
            return scalarInt(t.connection(), QStringLiteral("SELECT count(*) FROM members WHERE ") + where);
        };
        auto anyField = [](const QString &term) -> QString {
            QStringList parts;
            for (const char *column : {"display_name", "group_nickname", "platform_id", "phone"})
                parts.append(QStringLiteral("instr(lower(coalesce(%1, '')), '%2') > 0").arg(QLatin1StringView(column), term));
            return u'(' + parts.join(QStringLiteral(" OR ")) + u')';
        };
        // 3+ characters: the trigram index, any field.
        const qint64 hz = countOf(QStringLiteral("杭州-"));
        QVERIFY(hz > 0);
        QCOMPARE(hz, expectedBy(anyField(QStringLiteral("杭州-"))));
        QCOMPARE(countOf(QStringLiteral("wxid_coco")), expectedBy(anyField(QStringLiteral("wxid_coco"))));
        QCOMPARE(countOf(QStringLiteral("WXID_COCO")), countOf(QStringLiteral("wxid_coco"))); // case-insensitive
        QCOMPARE(countOf(QStringLiteral("00042")), expectedBy(anyField(QStringLiteral("00042"))));
        QVERIFY(countOf(QStringLiteral("00042")) >= 1);
        // One and two characters: LIKE, e.g. a surname or a two-character name.
        const qint64 wang = countOf(QStringLiteral("王"));
        QVERIFY(wang > 0);
        QCOMPARE(wang, expectedBy(anyField(QStringLiteral("王"))));
        const auto twoCharName = std::find_if(sample.cbegin(), sample.cend(),
                                              [](const Member &m) { return m.displayName.size() == 2; });
        QVERIFY(twoCharName != sample.cend());
        QVERIFY(countOf(twoCharName->displayName) > 0);
        QCOMPARE(countOf(twoCharName->displayName), expectedBy(anyField(twoCharName->displayName)));
        // Several terms narrow down.
        const qint64 both = countOf(QStringLiteral("王 杭州-"));
        QVERIFY(both > 0 && both < wang);
        QCOMPARE(both, expectedBy(anyField(QStringLiteral("王")) + QStringLiteral(" AND ") + anyField(QStringLiteral("杭州-"))));
        QCOMPARE(countOf(QStringLiteral("   ")), 300);
    }

    void searchMatchesHostileInputLiterally()
    {
        test::TempDatabase t;
        MemberRepository repo(t.connection());
        QVERIFY_OK(repo.createMany(test::sampleMembers(40)));
        Member sqlish = basicMember(QStringLiteral("'; DROP TABLE members; --"), QStringLiteral("wxid_bobby"));
        Member ftsish = basicMember(QStringLiteral("胡海燕"), QStringLiteral("wxid_fts"));
        ftsish.groupNickname = QStringLiteral("\"AND* 优选");
        Member percent = basicMember(QStringLiteral("吴敏"), QStringLiteral("wxid.wumin"));
        percent.groupNickname = QStringLiteral("100%好评店");
        qint64 sqlId = 0, ftsId = 0, percentId = 0;
        QVERIFY_OK(repo.create(sqlish, &sqlId));
        QVERIFY_OK(repo.create(ftsish, &ftsId));
        QVERIFY_OK(repo.create(percent, &percentId));

        auto idsFor = [&](const QString &search) {
            MemberFilter f;
            f.search = search;
            QList<MemberRow> rows;
            const DatabaseError err = repo.page(f, MemberSort::Id, Qt::AscendingOrder, std::nullopt, 500, &rows);
            QList<qint64> ids;
            if (err) {
                ids.append(-1);
                qWarning("%s", qPrintable(err.message));
            }
            for (const MemberRow &r : rows)
                ids.append(r.id);
            return ids;
        };
        QCOMPARE(idsFor(QStringLiteral("'; DROP TABLE members; --")), QList<qint64>{sqlId});
        QCOMPARE(idsFor(QStringLiteral("DROP")), QList<qint64>{sqlId});
        QCOMPARE(idsFor(QStringLiteral("\"AND*")), QList<qint64>{ftsId});
        QCOMPARE(idsFor(QStringLiteral("AND")), QList<qint64>{ftsId});
        QCOMPARE(idsFor(QStringLiteral("NEAR(a b)")), QList<qint64>{});
        QCOMPARE(idsFor(QStringLiteral("display_name:胡海燕")), QList<qint64>{});
        QCOMPARE(idsFor(QStringLiteral("%")), QList<qint64>{percentId});
        QCOMPARE(idsFor(QStringLiteral("\"")), QList<qint64>{ftsId});
        QCOMPARE(idsFor(QStringLiteral("'")), QList<qint64>{sqlId});
        // '_' and '.' are text here, not LIKE wildcards.
        QCOMPARE(idsFor(QStringLiteral("d.")), QList<qint64>{percentId});
        QVERIFY(!idsFor(QStringLiteral("_")).contains(percentId));
        QCOMPARE(scalarInt(t.connection(), QStringLiteral("SELECT count(*) FROM members")), 43);
    }

    void filters()
    {
        test::TempDatabase t;
        const QSqlDatabase db = t.connection();
        const qint64 channel = insertRow(db, QStringLiteral("INSERT INTO channels (name) VALUES ('小程序弹窗')"));
        MemberRepository repo(db);
        QList<qint64> ids;
        QList<Member> batch = test::sampleMembers(120);
        for (int i = 0; i < batch.size(); i += 3)
            batch[i].channelId = channel;
        QVERIFY_OK(repo.createMany(batch, &ids));
        QVERIFY_OK(repo.setKoc(ids.at(5), true, QStringLiteral("素材群原创海报作者")));
        QVERIFY_OK(repo.setKoc(ids.at(9), true, QStringLiteral("新人答疑热心")));
        QVERIFY_OK(repo.setVerification(ids.at(5), VerificationStatus::Verified, 0, QString()));
        const qint64 tag = insertRow(db, QStringLiteral("INSERT INTO tags (name) VALUES ('高意向')"));
        insertRow(db, QStringLiteral("INSERT INTO member_tags (member_id, tag_id) VALUES (%1, %2)").arg(ids.at(7)).arg(tag));
        const qint64 group = insertRow(db, QStringLiteral("INSERT INTO chat_groups (name) VALUES ('新品体验群')"));
        insertRow(db, QStringLiteral("INSERT INTO memberships (member_id, group_id, joined_at) VALUES (%1, %2, '2024-05-01 10:00:00')").arg(ids.at(3)).arg(group));
        insertRow(db, QStringLiteral("INSERT INTO memberships (member_id, group_id, joined_at, left_at, leave_reason) "
                                     "VALUES (%1, %2, '2024-05-01 10:00:00', '2024-05-02 10:00:00', 'left')").arg(ids.at(4)).arg(group));

        auto count = [&](const MemberFilter &f) {
            qint64 n = -1;
            repo.count(f, &n);
            return n;
        };
        MemberFilter f;
        QCOMPARE(count(f), 120);
        f.koc = true;
        QCOMPARE(count(f), 2);
        f.verification = VerificationStatus::Verified;
        QCOMPARE(count(f), 1);
        f = {};
        f.koc = false;
        QCOMPARE(count(f), 118);
        f = {};
        f.channelId = channel;
        QCOMPARE(count(f), 40);
        f = {};
        f.tagId = tag;
        QCOMPARE(count(f), 1);
        f = {};
        f.groupId = group; // current members only
        QCOMPARE(count(f), 1);
        f = {};
        f.identity = IdentityType::Store;
        QCOMPARE(count(f), scalarInt(db, QStringLiteral("SELECT count(*) FROM members WHERE identity = 'store'")));
        f = {};
        f.joinedFrom = QDate(2024, 1, 1);
        f.joinedTo = QDate(2024, 1, 31);
        QCOMPARE(count(f), scalarInt(db, QStringLiteral("SELECT count(*) FROM members WHERE first_joined_at >= '2024-01-01' "
                                                        "AND first_joined_at < '2024-02-01'")));
        // Rows carry the joined names.
        f = {};
        f.channelId = channel;
        QList<MemberRow> rows;
        QVERIFY_OK(repo.page(f, MemberSort::Id, Qt::AscendingOrder, std::nullopt, 5, &rows));
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.first().channelName, QStringLiteral("小程序弹窗"));
    }

    void discreteSortWithMatchingFilter()
    {
        test::TempDatabase t;
        MemberRepository repo(t.connection());
        QList<Member> batch = test::sampleMembers(90);
        for (int i = 0; i < batch.size(); ++i)
            batch[i].koc = i % 4 == 0;
        QList<qint64> ids;
        QVERIFY_OK(repo.createMany(batch, &ids));
        MemberFilter online;
        online.identity = IdentityType::Online;
        QList<qint64> expected;
        for (int i = int(batch.size()) - 1; i >= 0; --i) {
            if (batch.at(i).identity == IdentityType::Online)
                expected.append(ids.at(i));
        }
        QVERIFY(!expected.isEmpty());
        QCOMPARE(pageAll(repo, online, MemberSort::Identity, Qt::DescendingOrder, 4), expected);
        MemberFilter koc;
        koc.koc = true;
        QCOMPARE(pageAll(repo, koc, MemberSort::Koc, Qt::AscendingOrder, 5).size(), 23);
    }

    void commonPathsUseIndexes_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<int>("order");
        QTest::addColumn<bool>("withCursor");
        QTest::addColumn<QString>("expectedIndex");
        QTest::newRow("id") << int(MemberSort::Id) << int(Qt::AscendingOrder) << true << QStringLiteral("INTEGER PRIMARY KEY");
        QTest::newRow("name asc") << int(MemberSort::DisplayName) << int(Qt::AscendingOrder) << true << QStringLiteral("members_name");
        QTest::newRow("name desc") << int(MemberSort::DisplayName) << int(Qt::DescendingOrder) << true << QStringLiteral("members_name");
        QTest::newRow("points desc") << int(MemberSort::Points) << int(Qt::DescendingOrder) << true << QStringLiteral("members_points");
        QTest::newRow("joined desc") << int(MemberSort::FirstJoined) << int(Qt::DescendingOrder) << true << QStringLiteral("members_first_joined");
        QTest::newRow("joined asc first page") << int(MemberSort::FirstJoined) << int(Qt::AscendingOrder) << false << QStringLiteral("members_first_joined");
        QTest::newRow("verification") << int(MemberSort::Verification) << int(Qt::AscendingOrder) << true << QStringLiteral("members_verification");
        QTest::newRow("identity runs") << int(MemberSort::Identity) << int(Qt::AscendingOrder) << true << QStringLiteral("INTEGER PRIMARY KEY");
        QTest::newRow("koc runs") << int(MemberSort::Koc) << int(Qt::DescendingOrder) << true << QStringLiteral("INTEGER PRIMARY KEY");
        QTest::newRow("channel") << int(MemberSort::Channel) << int(Qt::AscendingOrder) << true << QStringLiteral("members_channel");
        QTest::newRow("tier desc") << int(MemberSort::Tier) << int(Qt::DescendingOrder) << true << QStringLiteral("members_tier");
        QTest::newRow("platform id") << int(MemberSort::PlatformId) << int(Qt::AscendingOrder) << true << QStringLiteral("sqlite_autoindex_members");
    }

    void commonPathsUseIndexes()
    {
        QFETCH(int, sort);
        QFETCH(int, order);
        QFETCH(bool, withCursor);
        QFETCH(QString, expectedIndex);
        test::TempDatabase t;
        MemberRepository repo(t.connection());
        QVERIFY_OK(repo.createMany(test::sampleMembers(200)));
        QList<MemberRow> first;
        QVERIFY_OK(repo.page({}, MemberSort(sort), Qt::SortOrder(order), std::nullopt, 20, &first));
        std::optional<MemberCursor> cursor = withCursor ? std::optional(MemberCursor::after(first.last())) : std::nullopt;
        // The sample has no channels or tiers: continue from a made-up row that has one.
        if (MemberSort(sort) == MemberSort::Channel)
            cursor = MemberCursor{QStringLiteral("门店活码"), 5};
        else if (MemberSort(sort) == MemberSort::Tier)
            cursor = MemberCursor{qint64(3), 5};
        QStringList plan;
        QVERIFY_OK(repo.explainPage({}, MemberSort(sort), Qt::SortOrder(order), cursor, &plan));
        const QString text = plan.join(u'\n');
        QVERIFY2(text.contains(expectedIndex), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("SEARCH m")), qPrintable(text));  // a range, not a scan
        QVERIFY2(!text.contains(QStringLiteral("TEMP B-TREE")), qPrintable(text)); // the index gives the order
    }

    void filteredPathsUseIndexes()
    {
        test::TempDatabase t;
        MemberRepository repo(t.connection());
        QVERIFY_OK(repo.createMany(test::sampleMembers(50)));
        QStringList plan;
        MemberFilter search;
        search.search = QStringLiteral("杭州-美妆");
        QVERIFY_OK(repo.explainPage(search, MemberSort::DisplayName, Qt::AscendingOrder, std::nullopt, &plan));
        QVERIFY2(plan.join(u'\n').contains(QStringLiteral("member_search VIRTUAL TABLE")), qPrintable(plan.join(u'\n')));
        QVERIFY2(plan.join(u'\n').contains(QStringLiteral("INTEGER PRIMARY KEY")), qPrintable(plan.join(u'\n')));
        MemberFilter koc;
        koc.koc = true;
        QVERIFY_OK(repo.explainPage(koc, MemberSort::Id, Qt::AscendingOrder, std::nullopt, &plan));
        QVERIFY2(plan.join(u'\n').contains(QStringLiteral("members_koc")), qPrintable(plan.join(u'\n')));
        MemberFilter identity;
        identity.identity = IdentityType::Store;
        QVERIFY_OK(repo.explainCount(identity, &plan));
        QVERIFY2(plan.join(u'\n').contains(QStringLiteral("members_identity")), qPrintable(plan.join(u'\n')));
        MemberFilter tag;
        tag.tagId = 1;
        QVERIFY_OK(repo.explainCount(tag, &plan));
        QVERIFY2(plan.join(u'\n').contains(QStringLiteral("member_tags_tag")), qPrintable(plan.join(u'\n')));
    }

    void moreFilters()
    {
        test::TempDatabase t;
        const QSqlDatabase db = t.connection();
        const qint64 region = insertRow(db, QStringLiteral("INSERT INTO regions (name, province) VALUES ('杭州', '浙江')"));
        const qint64 tier = insertRow(db, QStringLiteral("INSERT INTO tiers (name, rank) VALUES ('五万级代理', 3)"));
        MemberRepository repo(db);
        repo.setToday(QDate(2026, 11, 23));
        QList<Member> batch = test::sampleMembers(60);
        for (int i = 0; i < batch.size(); ++i) {
            if (i % 4 == 0)
                batch[i].regionId = region;
            if (i % 5 == 0)
                batch[i].tierId = tier;
        }
        QList<qint64> ids;
        QVERIFY_OK(repo.createMany(batch, &ids));
        PointsRepository points(db);
        // Balances 0, 10, 20 ... 590.
        for (int i = 1; i < ids.size(); ++i)
            QVERIFY_OK(points.earn(ids.at(i), 10 * i, PointsReason::Checkin, QString(), 0));
        const qint64 group = insertRow(db, QStringLiteral("INSERT INTO chat_groups (name) VALUES ('杭州一群')"));
        for (int i = 0; i < 10; ++i)
            insertRow(db, QStringLiteral("INSERT INTO memberships (member_id, group_id, joined_at) VALUES (%1, %2, '2026-01-01 09:00:00')")
                              .arg(ids.at(i)).arg(group));
        // Member 12 left: in no group again.
        insertRow(db, QStringLiteral("INSERT INTO memberships (member_id, group_id, joined_at, left_at, leave_reason) "
                                     "VALUES (%1, %2, '2026-01-01 09:00:00', '2026-02-01 09:00:00', 'left')").arg(ids.at(12)).arg(group));
        // Activity: member 0 today, 1 six days ago, 2 eight days ago (a message), 3 only joined yesterday.
        const auto event = [&](int member, const QString &at, const QString &kind) {
            insertRow(db, QStringLiteral("INSERT INTO events (occurred_at, kind, member_id, group_id) VALUES ('%1', '%2', %3, %4)")
                              .arg(at, kind).arg(ids.at(member)).arg(group));
        };
        event(0, QStringLiteral("2026-11-23 08:00:00"), QStringLiteral("message"));
        event(1, QStringLiteral("2026-11-17 23:59:00"), QStringLiteral("checkin"));
        event(2, QStringLiteral("2026-11-15 10:00:00"), QStringLiteral("message"));
        event(3, QStringLiteral("2026-11-22 10:00:00"), QStringLiteral("join"));
        QCOMPARE(scalarInt(db, QStringLiteral("SELECT count(*) FROM members WHERE last_active_at IS NOT NULL")), 3);

        auto count = [&](const MemberFilter &f) {
            qint64 n = -1;
            if (auto err = repo.count(f, &n))
                qWarning("%s", qPrintable(err.message));
            return n;
        };
        MemberFilter f;
        f.pointsMin = 100;
        QCOMPARE(count(f), 50);             // 10 .. 59
        f.pointsMax = 200;
        QCOMPARE(count(f), 11);             // 10 .. 20
        f = {};
        f.pointsMax = 0;
        QCOMPARE(count(f), 1);
        f = {};
        f.activeWithinDays = 7;             // since 2026-11-16: members 0 and 1; a join is not activity
        QCOMPARE(count(f), 2);
        f.activeWithinDays = 8;             // since 2026-11-15 00:00
        QCOMPARE(count(f), 3);
        f = {};
        f.regionId = region;
        QCOMPARE(count(f), 15);
        f.tierId = tier;
        QCOMPARE(count(f), 3);              // 0, 20, 40
        f = {};
        f.withoutGroup = true;
        QCOMPARE(count(f), 50);
        f = {};
        f.groupId = group;
        f.pointsMin = 50;
        f.regionId = region;
        QCOMPARE(count(f), 1);              // 5..9 have ≥ 50 points; only 8 is in the region
        QVERIFY_OK(repo.blacklist(ids.at(8), QStringLiteral("群内发广告")));
        QCOMPARE(count(f), 0);              // blacklisting closed the membership
        f = {};
        f.blacklisted = true;
        QCOMPARE(count(f), 1);
        f.withoutGroup = true;
        QCOMPARE(count(f), 1);

        // Paging honours the new filters too, and the points sort walks ties by id.
        f = {};
        f.pointsMin = 300;
        const QList<qint64> byPoints = pageAll(repo, f, MemberSort::Points, Qt::DescendingOrder, 7);
        QCOMPARE(byPoints.size(), 30);
        QCOMPARE(byPoints.first(), ids.last());

        // Deleting the latest event takes the member's last activity back.
        QSqlQuery del(db);
        QVERIFY(del.exec(QStringLiteral("DELETE FROM events WHERE member_id = %1").arg(ids.at(0))));
        f = {};
        f.activeWithinDays = 7;
        QCOMPARE(count(f), 1);
    }

    void cappedCount()
    {
        test::TempDatabase t;
        MemberRepository repo(t.connection());
        QVERIFY_OK(repo.createMany(test::sampleMembers(40)));
        qint64 n = 0;
        bool capped = false;
        QVERIFY_OK(repo.countUpTo({}, 25, &n, &capped));
        QCOMPARE(n, 25);
        QVERIFY(capped);
        QVERIFY_OK(repo.countUpTo({}, 40, &n, &capped));
        QCOMPARE(n, 40);
        QVERIFY(!capped);
    }

    void whereSqlSelectsTheSameRows()
    {
        test::TempDatabase t;
        const QSqlDatabase db = t.connection();
        MemberRepository repo(db);
        QVERIFY_OK(repo.createMany(test::sampleMembers(80)));
        MemberFilter f;
        f.identity = IdentityType::Store;
        f.search = QStringLiteral("王");
        QVariantHash args;
        const QString where = MemberRepository::whereSql(f, QDate::currentDate(), &args);
        QVERIFY(!where.isEmpty());
        Query q(db, QStringLiteral("SELECT count(*) FROM members m WHERE ") + where);
        for (auto it = args.cbegin(); it != args.cend(); ++it)
            q.bind(it.key(), it.value());
        QVERIFY_OK(q.exec(QStringLiteral("count")));
        QVERIFY(q.next());
        qint64 expected = 0;
        QVERIFY_OK(repo.count(f, &expected));
        QCOMPARE(q.value(0).toLongLong(), expected);
        QVERIFY(MemberRepository::whereSql({}, QDate::currentDate(), &args).isEmpty());
    }

    void activeAndPointsUseIndexes()
    {
        test::TempDatabase t;
        MemberRepository repo(t.connection());
        QVERIFY_OK(repo.createMany(test::sampleMembers(50)));
        QStringList plan;
        MemberFilter active;
        active.activeWithinDays = 7;
        QVERIFY_OK(repo.explainCount(active, &plan));
        QVERIFY2(plan.join(u'\n').contains(QStringLiteral("members_last_active")), qPrintable(plan.join(u'\n')));
        MemberFilter points;
        points.pointsMin = 100;
        points.pointsMax = 500;
        QVERIFY_OK(repo.explainCount(points, &plan));
        QVERIFY2(plan.join(u'\n').contains(QStringLiteral("members_points")), qPrintable(plan.join(u'\n')));
    }

    void rareAndDenseFiltersPageInOrder()
    {
        // More members than a page walks before letting a rare filter lead (10,000).
        test::TempDatabase t;
        const QSqlDatabase db = t.connection();
        const qint64 rare = insertRow(db, QStringLiteral("INSERT INTO channels (name) VALUES ('线下沙龙')"));
        QList<Member> batch = test::sampleMembers(12500, 77);
        for (int i = 0; i < batch.size(); i += 397)
            batch[i].channelId = rare;
        MemberRepository repo(db);
        QList<qint64> ids;
        QVERIFY_OK(repo.createMany(batch, &ids));
        const auto expected = [&](const std::function<bool(const Member &)> &keep, MemberSort sort, Qt::SortOrder order) {
            QList<Keyed> rows;
            for (int i = 0; i < batch.size(); ++i) {
                if (!keep(batch.at(i)))
                    continue;
                const Member &m = batch.at(i);
                QVariant v;
                if (sort == MemberSort::FirstJoined)
                    v = m.firstJoinedAt.isValid() ? QVariant(toDbTime(m.firstJoinedAt)) : QVariant();
                else
                    v = m.displayName;
                rows.append({ids.at(i), v});
            }
            return expectedOrder(rows, order);
        };
        MemberFilter rareChannel;
        rareChannel.channelId = rare;
        MemberFilter stores;
        stores.identity = IdentityType::Store;
        for (const auto &[sort, order] : {std::pair{MemberSort::FirstJoined, Qt::DescendingOrder},
                                          std::pair{MemberSort::FirstJoined, Qt::AscendingOrder},
                                          std::pair{MemberSort::DisplayName, Qt::AscendingOrder}}) {
            // 40 a page: the walk finds about 25 of them, the filter-led rest after its bound the others.
            const QList<qint64> rareIds = pageAll(repo, rareChannel, sort, order, 40);
            QCOMPARE(rareIds.size(), 32);
            QCOMPARE(rareIds, expected([&](const Member &m) { return m.channelId == rare; }, sort, order));
            const QList<qint64> storeIds = pageAll(repo, stores, sort, order, 500);
            QCOMPARE(storeIds, expected([](const Member &m) { return m.identity == IdentityType::Store; }, sort, order));
        }
    }
};

QTEST_GUILESS_MAIN(TestMemberRepository)
#include "tst_member_repository.moc"
