#include "MemberTestData.h"
#include "TestSupport.h"

#include "members/MembersPage.h"
#include "models/MemberTableModel.h"
#include "storage/MemberRepository.h"
#include "storage/PointsRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace qundesk;

namespace {

constexpr int MemberCount = 600;

qint64 insertRow(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        qFatal("setup failed: %s", qPrintable(sql));
    return q.lastInsertId().toLongLong();
}

QList<qint64> insertAll(const QSqlDatabase &db, const QString &table, const QStringList &values)
{
    QList<qint64> ids;
    for (const QString &v : values)
        ids.append(insertRow(db, QStringLiteral("INSERT INTO %1 VALUES %2").arg(table, v)));
    return ids;
}

bool matches(const Member &m, const QString &term)
{
    for (const QString &field : {m.displayName, m.groupNickname, m.platformId, m.phone}) {
        if (field.contains(term, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString countText(qint64 shown, qint64 total)
{
    return QStringLiteral("Showing %L1 of %L2 members").arg(shown).arg(total);
}

// What an input method sends when the user picks a character (the normal way to type Chinese).
void commitText(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

} // namespace

class TestMembersPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_db;
    QList<Member> m_sample;
    qint64 m_maxPoints = 0;

private slots:
    void initTestCase()
    {
        qputenv("QUNDESK_ACTOR", "测试运营"); // see tst_member_repository
        m_db = std::make_unique<test::TempDatabase>();
        const QSqlDatabase db = m_db->connection();
        const QList<qint64> channels = insertAll(db, QStringLiteral("channels (name, kind)"),
            {QStringLiteral("('朋友圈海报', 'qr_code')"), QStringLiteral("('门店活码', 'offline')"),
             QStringLiteral("('抖音直播间', 'ad')"), QStringLiteral("('小程序弹窗', 'app')")});
        const QList<qint64> regions = insertAll(db, QStringLiteral("regions (name, province)"),
            {QStringLiteral("('杭州', '浙江')"), QStringLiteral("('上海', '上海')"), QStringLiteral("('广州', '广东')"),
             QStringLiteral("('成都', '四川')")});
        const QList<qint64> tiers = insertAll(db, QStringLiteral("tiers (name, rank, buy_in_fen)"),
            {QStringLiteral("('百万级联创', 1, 100000000)"), QStringLiteral("('三十万级总代', 2, 30000000)"),
             QStringLiteral("('五万级代理', 3, 5000000)"), QStringLiteral("('九千八会员', 4, 980000)")});
        m_sample = test::sampleMembers(MemberCount, 99);
        for (int i = 0; i < m_sample.size(); ++i) {
            Member &m = m_sample[i];
            if (i % 7 != 0)
                m.channelId = channels.at(i % channels.size());
            m.regionId = regions.at((i / 3) % regions.size());
            if (m.identity != IdentityType::Consumer)
                m.tierId = tiers.at((i * 5) % tiers.size());
        }
        MemberRepository repo(db);
        QList<qint64> ids;
        QVERIFY_OK(repo.createMany(m_sample, &ids));
        PointsRepository points(db);
        for (int i = 0; i < ids.size(); i += 3) {
            const qint64 amount = 10 * (1 + (i * 37) % 90);
            QVERIFY_OK(points.earn(ids.at(i), amount, PointsReason::Checkin, QString(), 0));
            m_maxPoints = std::max(m_maxPoints, amount);
        }
        for (int i = 0; i < ids.size(); i += 4)
            QVERIFY_OK(repo.setVerification(ids.at(i), i % 8 ? VerificationStatus::Verified : VerificationStatus::Pending,
                                             0, QStringLiteral("门头照")));
        for (int i = 5; i < ids.size(); i += 23)
            QVERIFY_OK(repo.setKoc(ids.at(i), true, QStringLiteral("群内活跃，经常分享使用心得")));
        QVERIFY_OK(repo.blacklist(ids.at(11), QStringLiteral("群内发广告")));
    }

    void cleanupTestCase()
    {
        m_db.reset();
    }

    void searchFilterAndCount()
    {
        ui::MembersPage page;
        page.resize(1280, 800);
        page.setDatabase(m_db->connection());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.windowTitle(), QStringLiteral("Members"));

        auto *search = page.findChild<QLineEdit *>(QStringLiteral("memberSearch"));
        auto *count = page.findChild<QLabel *>(QStringLiteral("memberCount"));
        auto *identity = page.findChild<QComboBox *>(QStringLiteral("identityFilter"));
        auto *kocOnly = page.findChild<QCheckBox *>(QStringLiteral("kocOnly"));
        QVERIFY(search && count && identity && kocOnly);
        QCOMPARE(count->text(), countText(MemberCount, MemberCount));
        // Lazy: the view holds the first page, not the table.
        QCOMPARE(page.model()->rowCount(), MemberTableModel::PageSize);

        QSignalSpy status(&page, &ui::MembersPage::statusMessage);
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("coco"));
        const qint64 coco = std::count_if(m_sample.cbegin(), m_sample.cend(),
                                          [](const Member &m) { return matches(m, QStringLiteral("coco")); });
        QVERIFY(coco > 0 && coco < MemberCount);
        QTRY_COMPARE(count->text(), countText(coco, MemberCount));
        QCOMPARE(page.model()->rowCount(), int(std::min<qint64>(coco, MemberTableModel::PageSize)));
        QVERIFY(!status.isEmpty());

        // Down to two characters: the short-term (LIKE) path.
        QTest::keyClick(search, Qt::Key_Backspace);
        QTest::keyClick(search, Qt::Key_Backspace);
        const qint64 co = std::count_if(m_sample.cbegin(), m_sample.cend(),
                                        [](const Member &m) { return matches(m, QStringLiteral("co")); });
        QTRY_COMPARE(count->text(), countText(co, MemberCount));

        // A Chinese surname, typed through the input method.
        search->clear();
        commitText(search, QStringLiteral("王"));
        QCOMPARE(search->text(), QStringLiteral("王"));
        const qint64 wang = std::count_if(m_sample.cbegin(), m_sample.cend(),
                                          [](const Member &m) { return matches(m, QStringLiteral("王")); });
        QVERIFY(wang > 0);
        QTRY_COMPARE(count->text(), countText(wang, MemberCount));

        // Combos apply at once and combine with the search.
        identity->setCurrentIndex(identity->findData(int(IdentityType::Store)));
        const qint64 wangStores = std::count_if(m_sample.cbegin(), m_sample.cend(), [](const Member &m) {
            return matches(m, QStringLiteral("王")) && m.identity == IdentityType::Store;
        });
        QCOMPARE(count->text(), countText(wangStores, MemberCount));

        search->clear();
        identity->setCurrentIndex(0);
        kocOnly->setChecked(true);
        QTRY_COMPARE(count->text(), countText(26, MemberCount)); // ids 5, 28, 51 ... below 600
        kocOnly->setChecked(false);
        QTRY_COMPARE(count->text(), countText(MemberCount, MemberCount));
    }

    void headerSortsInSqlAndScrollingFetches()
    {
        ui::MembersPage page;
        page.resize(1280, 800);
        page.setDatabase(m_db->connection());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView *view = page.view();
        QCOMPARE(page.model()->sortColumn(), int(MemberTableModel::FirstJoined));

        view->sortByColumn(MemberTableModel::Points, Qt::DescendingOrder);
        QCOMPARE(page.model()->sortColumn(), int(MemberTableModel::Points));
        const qint64 top = page.model()->index(0, MemberTableModel::Points).data(MemberTableModel::SortRole).toLongLong();
        QCOMPARE(top, m_maxPoints);

        // Scrolling to the bottom asks the model for the next page.
        QCOMPARE(page.model()->rowCount(), MemberTableModel::PageSize);
        view->scrollToBottom();
        QTRY_VERIFY(page.model()->rowCount() > MemberTableModel::PageSize);

        // Phones are masked on screen.
        const QString shown = page.model()->index(0, MemberTableModel::Phone).data().toString();
        QVERIFY(shown.isEmpty() || shown.contains(QStringLiteral("****")));

        const QString shots = qEnvironmentVariable("QUNDESK_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            view->sortByColumn(MemberTableModel::FirstJoined, Qt::DescendingOrder);
            view->scrollToTop();
            QDir().mkpath(shots);
            QVERIFY(page.grab().save(QDir(shots).filePath(QStringLiteral("members-page.png"))));
        }
    }
};

QTEST_MAIN(TestMembersPage)
#include "tst_members_page.moc"
