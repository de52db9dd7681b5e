#include "EntriesTestData.h"
#include "TestSupport.h"

#include "storage/CalendarConflictRepository.h"
#include "storage/CalendarSettingsRepository.h"
#include "storage/SettingsRepository.h"

#include <QTest>

using namespace qundesk;
using K = DatabaseError::Kind;

namespace {

QList<CalendarConflict> ofKind(const QList<CalendarConflict> &all, ConflictKind kind)
{
    QList<CalendarConflict> out;
    for (const CalendarConflict &c : all) {
        if (c.kind == kind)
            out.append(c);
    }
    return out;
}

ConflictEntry proposed(qint64 id, qint64 group, const QDateTime &at, const QString &title,
                       std::optional<ContentKind> kind = std::nullopt)
{
    ConflictEntry e;
    e.id = id;
    e.groupId = group;
    e.scheduledAt = at;
    e.title = title;
    e.kind = kind;
    return e;
}

} // namespace

class TestCalendarConflictRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useTestActor(); }

    void rulesDefaultAndRoundTrip()
    {
        test::TempDatabase t;
        SettingsRepository settings(t.connection());
        CalendarRules rules;
        QVERIFY_OK(settings.calendarRules(&rules));
        QCOMPARE(rules.dailyMaxPosts, 8);
        QCOMPARE(rules.quiet.start, QTime(22, 30));
        QCOMPARE(rules.quiet.end, QTime(8, 0));

        rules.dailyMaxPosts = 5;
        rules.quiet = {QTime(23, 0), QTime(7, 30)};
        QVERIFY_OK(settings.setCalendarRules(rules));
        CalendarRules back;
        QVERIFY_OK(settings.calendarRules(&back));
        QVERIFY(back == rules);
        QString raw;
        QVERIFY_OK(settings.get(QString::fromLatin1(SettingsRepository::CalendarQuietStartKey), {}, &raw));
        QCOMPARE(raw, QStringLiteral("23:00"));

        // Bad input is refused with the field named, and garbage in the table falls back.
        rules.dailyMaxPosts = 0;
        const DatabaseError err = settings.setCalendarRules(rules);
        QCOMPARE(err.kind, K::Constraint);
        QVERIFY2(err.message.contains(QStringLiteral("daily maximum")), qPrintable(err.message));
        QVERIFY_OK(settings.set(QString::fromLatin1(SettingsRepository::CalendarDailyMaxKey), QStringLiteral("lots")));
        QVERIFY_OK(settings.set(QString::fromLatin1(SettingsRepository::CalendarQuietEndKey), QStringLiteral("25:99")));
        QVERIFY_OK(settings.calendarRules(&back));
        QCOMPARE(back.dailyMaxPosts, 8);
        QCOMPARE(back.quiet.start, QTime(23, 0));
        QCOMPARE(back.quiet.end, QTime(8, 0));
    }

    void checkStoredRange()
    {
        test::TempDatabase t;
        const QSqlDatabase db = t.connection();
        const qint64 g1 = test::insertGroupSpec(db, {QStringLiteral("宠粉福利1群")});
        const qint64 g2 = test::insertGroupSpec(db, {.name = QStringLiteral("老会员群"), .status = QStringLiteral("archived")});
        QVERIFY(g1 > 0 && g2 > 0);
        // Two posts in the 09:00 slot (max 1), one in the quiet hours, one to an archived group,
        // and a skipped one in the same slot that counts for nothing.
        const qint64 a = test::insertEntry(db, g1, QStringLiteral("2026-01-31 09:00:00"), QStringLiteral("早安"));
        const qint64 b = test::insertEntry(db, g1, QStringLiteral("2026-01-31 09:00:00"), QStringLiteral("早安2"));
        test::insertEntry(db, g1, QStringLiteral("2026-01-31 09:00:00"), QStringLiteral("跳过"), {},
                          QStringLiteral("skipped"));
        const qint64 late = test::insertEntry(db, g1, QStringLiteral("2026-01-31 23:15:00"), QStringLiteral("夜宵"));
        const qint64 archived = test::insertEntry(db, g2, QStringLiteral("2026-02-01 10:00:00"), QStringLiteral("通知"));
        // Outside the range: not read.
        test::insertEntry(db, g1, QStringLiteral("2026-02-02 23:59:00"), QStringLiteral("范围外"));

        CalendarConflictRepository repo(db);
        QList<CalendarConflict> found;
        QVERIFY_OK(repo.check(QDate(2026, 1, 31), QDate(2026, 2, 1), 0, &found));
        QCOMPARE(found.size(), 3);
        QCOMPARE(ofKind(found, ConflictKind::SlotOverfull).constFirst().entryIds, (QList<qint64>{a, b}));
        QCOMPARE(ofKind(found, ConflictKind::QuietHours).constFirst().entryIds, QList<qint64>{late});
        const CalendarConflict inactive = ofKind(found, ConflictKind::InactiveGroup).constFirst();
        QCOMPARE(inactive.entryIds, QList<qint64>{archived});
        QCOMPARE(inactive.groupName, QStringLiteral("老会员群"));

        QVERIFY_OK(repo.check(QDate(2026, 1, 31), QDate(2026, 2, 1), g2, &found));
        QCOMPARE(found.size(), 1);
        QVERIFY_OK(repo.check(QDate(2026, 2, 1), QDate(2026, 1, 31), 0, &found));
        QVERIFY(found.isEmpty());

        // The rules come from the settings: no quiet hours, no quiet-hours conflict.
        QVERIFY_OK(SettingsRepository(db).setCalendarRules({8, {QTime(0, 0), QTime(0, 0)}}));
        QVERIFY_OK(repo.check(QDate(2026, 1, 31), QDate(2026, 2, 1), 0, &found));
        QVERIFY(ofKind(found, ConflictKind::QuietHours).isEmpty());
        // A slot that allows two posts makes the 09:00 pair fine.
        QVERIFY_OK(Query(db, QStringLiteral("UPDATE time_slots SET max_posts = 2 WHERE slot_time = '09:00'"))
                       .exec(QStringLiteral("widen slot")));
        QVERIFY_OK(repo.check(QDate(2026, 1, 31), QDate(2026, 2, 1), 0, &found));
        QVERIFY(ofKind(found, ConflictKind::SlotOverfull).isEmpty());
    }

    void kindsComeFromEntryContentOrStep()
    {
        test::TempDatabase t;
        const QSqlDatabase db = t.connection();
        const qint64 g = test::insertGroupSpec(db, {QStringLiteral("导购1群")});
        const qint64 own = test::insertEntry(db, g, QStringLiteral("2026-03-02 20:00:00"), QStringLiteral("秒杀"),
                                             QStringLiteral("flash_sale"));
        Query item(db, QStringLiteral("INSERT INTO content_items (title, kind) VALUES ('新品预告', 'new_product')"));
        QVERIFY_OK(item.exec(QStringLiteral("insert item")));
        Query fromItem(db, QStringLiteral("INSERT INTO schedule_entries (group_id, scheduled_at, content_item_id) "
                                          "VALUES (:g, '2026-03-02 13:00:00', :item)"));
        fromItem.bind(QStringLiteral(":g"), g).bind(QStringLiteral(":item"), item.lastInsertId());
        QVERIFY_OK(fromItem.exec(QStringLiteral("insert entry")));
        QList<ConflictEntry> entries;
        QVERIFY_OK(CalendarConflictRepository(db).entries(QDate(2026, 3, 2), QDate(2026, 3, 2), 0, &entries));
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).kind, ContentKind::NewProduct);
        QCOMPARE(entries.at(0).title, QStringLiteral("新品预告"));
        QCOMPARE(entries.at(1).id, own);
        QCOMPARE(entries.at(1).kind, ContentKind::FlashSale);
    }

    void proposedEntriesCheckedBeforeWriting()
    {
        test::TempDatabase t;
        const QSqlDatabase db = t.connection();
        const qint64 g1 = test::insertGroupSpec(db, {QStringLiteral("宠粉福利1群")});
        const qint64 g2 = test::insertGroupSpec(db, {QStringLiteral("宠粉福利2群")});
        const qint64 stored = test::insertEntry(db, g1, QStringLiteral("2026-12-31 20:00:00"), QStringLiteral("跨年秒杀"),
                                                QStringLiteral("flash_sale"));
        // A stored conflict elsewhere that the proposal is not part of.
        test::insertEntry(db, g2, QStringLiteral("2026-12-30 09:00:00"), QStringLiteral("a"));
        test::insertEntry(db, g2, QStringLiteral("2026-12-30 09:00:00"), QStringLiteral("b"));

        CalendarConflictRepository repo(db);
        QList<CalendarConflict> found;
        // A new post in the same slot as the stored flash sale; another group at 20:00 is fine.
        QVERIFY_OK(repo.checkProposed({proposed(-1, g1, QDateTime(QDate(2026, 12, 31), QTime(20, 0)), QStringLiteral("新")),
                                       proposed(-2, g2, QDateTime(QDate(2026, 12, 31), QTime(20, 0)), QStringLiteral("新"))},
                                      &found));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().kind, ConflictKind::SlotOverfull);
        QCOMPARE(found.constFirst().entryIds, (QList<qint64>{-1, stored}));

        // Editing the stored entry itself: its old state no longer counts.
        QVERIFY_OK(repo.checkProposed({proposed(stored, g1, QDateTime(QDate(2026, 12, 31), QTime(20, 0)),
                                                QStringLiteral("跨年秒杀"), ContentKind::FlashSale)},
                                      &found));
        QVERIFY(found.isEmpty());

        // An SOP step proposed on the day of the stored flash sale.
        ConflictEntry step = proposed(-1, g1, QDateTime(QDate(2026, 12, 31), QTime(10, 0)), QStringLiteral("新人第3天"),
                                      ContentKind::Knowledge);
        step.sopApplicationId = 7;
        QVERIFY_OK(repo.checkProposed({step}, &found));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().kind, ConflictKind::SopCampaignClash);

        // Too many for the day: eight stored plus a proposed ninth.
        for (int h : {9, 10, 13, 14, 16, 17, 22})
            test::insertEntry(db, g2, QStringLiteral("2027-01-01 %1:00:00").arg(h, 2, 10, QLatin1Char('0')),
                              QStringLiteral("x"));
        test::insertEntry(db, g2, QStringLiteral("2027-01-01 20:00:00"), QStringLiteral("y"));
        QVERIFY_OK(repo.checkProposed({proposed(-1, g2, QDateTime(QDate(2027, 1, 1), QTime(21, 0)), QStringLiteral("z"))},
                                      &found));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().kind, ConflictKind::DailyMax);
        QCOMPARE(found.constFirst().count, 9);
        QVERIFY_OK(repo.checkProposed({}, &found));
        QVERIFY(found.isEmpty());
    }

    void calendarSettingsSaveInOneTransaction()
    {
        test::TempDatabase t;
        const QSqlDatabase db = t.connection();
        CalendarSettingsRepository repo(db);
        CalendarSettingsValues v;
        QVERIFY_OK(repo.load(&v));
        QCOMPARE(v.timeSlots.size(), 8);
        QCOMPARE(v.rules.dailyMaxPosts, 8);
        const qint64 nineId = v.timeSlots.constFirst().id;

        // Drop 22:00, add 08:00 with two posts, relabel 09:00, new rules.
        v.timeSlots.removeLast();
        v.timeSlots.first().label = QStringLiteral("早安");
        v.timeSlots.append({0, QTime(8, 0), QStringLiteral("早餐"), 2});
        v.rules.dailyMaxPosts = 6;
        v.rules.quiet = {QTime(23, 0), QTime(7, 0)};
        const int auditBefore = test::countRows(db, QStringLiteral("audit_log"));
        QVERIFY_OK(repo.save(v));
        QCOMPARE(test::countRows(db, QStringLiteral("audit_log")), auditBefore + 1);
        CalendarSettingsValues back;
        QVERIFY_OK(repo.load(&back));
        QCOMPARE(back.timeSlots.size(), 8);
        QCOMPARE(back.timeSlots.at(0).time, QTime(8, 0));
        QCOMPARE(back.timeSlots.at(0).maxPosts, 2);
        QCOMPARE(back.timeSlots.at(1).id, nineId);
        QCOMPARE(back.timeSlots.at(1).label, QStringLiteral("早安"));
        QCOMPARE(back.timeSlots.constLast().time, QTime(20, 0));
        QCOMPARE(back.rules.dailyMaxPosts, 6);
        QCOMPARE(back.rules.quiet.end, QTime(7, 0));

        // A duplicate time is refused and nothing changes.
        CalendarSettingsValues bad = back;
        bad.timeSlots.append({0, QTime(8, 0), QStringLiteral("重复"), 1});
        bad.rules.dailyMaxPosts = 3;
        const DatabaseError err = repo.save(bad);
        QCOMPARE(err.kind, K::Constraint);
        QVERIFY2(err.message.contains(QStringLiteral("08:00")), qPrintable(err.message));
        CalendarSettingsValues unchanged;
        QVERIFY_OK(repo.load(&unchanged));
        QCOMPARE(unchanged.rules.dailyMaxPosts, 6);
        QCOMPARE(unchanged.timeSlots.size(), 8);
        bad = back;
        bad.timeSlots.clear();
        QCOMPARE(repo.save(bad).kind, K::Constraint);
        bad = back;
        bad.timeSlots[2].maxPosts = 0;
        QCOMPARE(repo.save(bad).kind, K::Constraint);
    }
};

QTEST_GUILESS_MAIN(TestCalendarConflictRepository)
#include "tst_calendar_conflict_repository.moc"
