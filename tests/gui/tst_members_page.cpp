#include "MemberTestData.h"
#include "TestSupport.h"

#include "members/MemberFilterPanel.h"
#include "members/MembersPage.h"
#include "models/MemberTableModel.h"
#include "storage/MemberRepository.h"
#include "storage/PointsRepository.h"
#include "storage/SegmentRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QPushButton>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSpinBox>
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
    QList<qint64> m_ids;

    qint64 expectedCount(const MemberFilter &f) const
    {
        qint64 n = -1;
        if (auto err = MemberRepository(m_db->connection()).count(f, &n))
            qWarning("%s", qPrintable(err.message));
        return n;
    }

private slots:
    void initTestCase()
    {
        qputenv("QUNDESK_ACTOR", "测试运营"); // see tst_member_repository
        // Column choices and the panel state go to QSettings: a test profile of its own.
        QCoreApplication::setOrganizationName(QStringLiteral("QunDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_members_page"));
        QSettings().clear();
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
        m_ids = ids;
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
        auto *koc = page.findChild<QComboBox *>(QStringLiteral("kocFilter"));
        QVERIFY(search && count && identity && koc);
        // The first page and the count arrive from the worker thread.
        QTRY_COMPARE(count->text(), countText(MemberCount, MemberCount));
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
        QTRY_COMPARE(count->text(), countText(wangStores, MemberCount));

        search->clear();
        identity->setCurrentIndex(0);
        koc->setCurrentIndex(koc->findData(1));
        QTRY_COMPARE(count->text(), countText(26, MemberCount)); // ids 5, 28, 51 ... below 600
        koc->setCurrentIndex(0);
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
        QTRY_VERIFY(!page.model()->isLoading());

        view->sortByColumn(MemberTableModel::Points, Qt::DescendingOrder);
        QCOMPARE(page.model()->sortColumn(), int(MemberTableModel::Points));
        QTRY_VERIFY(!page.model()->isLoading());
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
            QTRY_VERIFY(!page.model()->isLoading());
            view->scrollToTop();
            QDir().mkpath(shots);
            QVERIFY(page.grab().save(QDir(shots).filePath(QStringLiteral("members-page.png"))));
        }
    }

    void filterPanelDrivesTheModel()
    {
        ui::MembersPage page;
        page.resize(1280, 800);
        page.setDatabase(m_db->connection());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *count = page.findChild<QLabel *>(QStringLiteral("memberCount"));
        auto *summary = page.findChild<QLabel *>(QStringLiteral("filterSummary"));
        auto *channel = page.findChild<QComboBox *>(QStringLiteral("channelFilter"));
        auto *region = page.findChild<QComboBox *>(QStringLiteral("regionFilter"));
        auto *pointsMin = page.findChild<QSpinBox *>(QStringLiteral("pointsMinFilter"));
        auto *clear = page.findChild<QPushButton *>(QStringLiteral("clearFilters"));
        QVERIFY(count && summary && channel && region && pointsMin && clear);
        QTRY_COMPARE(count->text(), countText(MemberCount, MemberCount));
        QVERIFY(summary->text().isEmpty());

        channel->setCurrentIndex(channel->findText(QStringLiteral("门店活码")));
        region->setCurrentIndex(region->findText(QStringLiteral("杭州")));
        pointsMin->setValue(300);
        MemberFilter expected = page.filterPanel()->filter();
        QVERIFY(expected.channelId > 0 && expected.regionId > 0);
        QCOMPARE(expected.pointsMin, std::optional<qint64>(300));
        QTRY_COMPARE(page.model()->filter(), expected);
        QTRY_COMPARE(count->text(), countText(expectedCount(expected), MemberCount));
        QVERIFY(summary->text().contains(QStringLiteral("门店活码")));
        QVERIFY(summary->text().contains(QStringLiteral("300")));

        QTest::mouseClick(clear, Qt::LeftButton);
        QTRY_COMPARE(count->text(), countText(MemberCount, MemberCount));
        QCOMPARE(page.model()->filter(), MemberFilter{});
        QVERIFY(summary->text().isEmpty());
    }

    void segmentsSaveApplyAndCount()
    {
        ui::MembersPage page;
        page.resize(1280, 800);
        page.setDatabase(m_db->connection());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *verification = page.findChild<QComboBox *>(QStringLiteral("verificationFilter"));
        auto *segments = page.findChild<QListWidget *>(QStringLiteral("segmentList"));
        QVERIFY(verification && segments);
        verification->setCurrentIndex(verification->findData(int(VerificationStatus::Verified)));
        const MemberFilter verified = page.currentFilter();
        QVERIFY(page.saveSegment(QStringLiteral("已认证成员")));
        QCOMPARE(segments->count(), 1);
        // The count comes from the worker.
        const qint64 n = expectedCount(verified);
        QTRY_COMPARE(segments->item(0)->text(), QStringLiteral("已认证成员 (%L1)").arg(n));

        // A fresh page lists it; picking it applies the saved filter.
        ui::MembersPage other;
        other.setDatabase(m_db->connection());
        auto *otherSegments = other.findChild<QListWidget *>(QStringLiteral("segmentList"));
        QCOMPARE(otherSegments->count(), 1);
        QList<MemberSegment> saved;
        QVERIFY_OK(SegmentRepository(m_db->connection()).list(&saved));
        QCOMPARE(saved.size(), 1);
        other.applySegment(saved.first().id);
        QCOMPARE(other.currentFilter(), verified);
        QTRY_COMPARE(other.model()->filter(), verified);
        QTRY_COMPARE(other.model()->totalCount(), n);
        QVERIFY_OK(SegmentRepository(m_db->connection()).remove(saved.first().id));
    }

    void columnChooserPersists()
    {
        {
            ui::MembersPage page;
            QVERIFY(!page.view()->isColumnHidden(MemberTableModel::Phone));
            page.setColumnVisible(MemberTableModel::Phone, false);
            page.setColumnVisible(MemberTableModel::DisplayName, false); // refused: the name stays
            QVERIFY(page.view()->isColumnHidden(MemberTableModel::Phone));
            QVERIFY(!page.view()->isColumnHidden(MemberTableModel::DisplayName));
        }
        {
            ui::MembersPage page;
            QVERIFY(page.view()->isColumnHidden(MemberTableModel::Phone));
            QVERIFY(!page.view()->isColumnHidden(MemberTableModel::Tier));
            page.setColumnVisible(MemberTableModel::Phone, true);
        }
        ui::MembersPage page;
        QVERIFY(!page.view()->isColumnHidden(MemberTableModel::Phone));
    }

    void bulkTagOnSelectionAndActivation()
    {
        const qint64 tag = insertRow(m_db->connection(), QStringLiteral("INSERT INTO tags (name) VALUES ('批量测试标签')"));
        ui::MembersPage page;
        page.resize(1280, 800);
        page.setDatabase(m_db->connection());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(!page.model()->isLoading() && page.model()->rowCount() > 3);
        QTableView *view = page.view();
        view->selectionModel()->select(QItemSelection(page.model()->index(0, 0), page.model()->index(2, 0)),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QList<qint64> ids = page.selectedMemberIds();
        QCOMPARE(ids.size(), 3);
        QSignalSpy finished(&page, &ui::MembersPage::bulkFinished);
        page.runBulkAction(ui::MembersPage::BulkAction::Tag, false, tag);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT member_id FROM member_tags WHERE tag_id = %1 ORDER BY member_id").arg(tag)));
        QList<qint64> tagged;
        while (q.next())
            tagged.append(q.value(0).toLongLong());
        QList<qint64> sorted = ids;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(tagged, sorted);
        // The search finds them by the new tag.
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("memberSearch"));
        search->setText(QStringLiteral("批量测试"));
        QTRY_COMPARE(page.model()->totalCount(), 3);

        // Enter on a row asks for that member's profile.
        QSignalSpy activated(&page, &ui::MembersPage::memberActivated);
        view->setFocus();
        view->setCurrentIndex(page.model()->index(1, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().at(0).toLongLong(), page.model()->memberId(1));
        QSqlQuery cleanup(m_db->connection());
        QVERIFY(cleanup.exec(QStringLiteral("DELETE FROM tags WHERE id = %1").arg(tag)));
    }

    void exportSelectionAndFilter()
    {
        ui::MembersPage page;
        page.resize(1280, 800);
        page.setDatabase(m_db->connection());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(!page.model()->isLoading() && page.model()->rowCount() > 3);
        page.view()->selectionModel()->select(QItemSelection(page.model()->index(0, 0), page.model()->index(3, 0)),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QTemporaryDir dir;
        const QString selected = dir.filePath(QStringLiteral("selected.csv"));
        QSignalSpy finished(&page, &ui::MembersPage::bulkFinished);
        page.exportMembers(false, selected, false);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QFile file(selected);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel reads the BOM as UTF-8
        QCOMPARE(bytes.count('\n'), 5);           // header + 4 members
        QVERIFY(bytes.contains("****"));          // masked by default

        // The whole filter: the KOCs.
        auto *koc = page.findChild<QComboBox *>(QStringLiteral("kocFilter"));
        koc->setCurrentIndex(koc->findData(1));
        QTRY_VERIFY(!page.model()->isLoading() && page.model()->isCountExact());
        const QString kocs = dir.filePath(QStringLiteral("koc.csv"));
        page.exportMembers(true, kocs, false);
        QTRY_COMPARE(finished.size(), 2);
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QFile kocFile(kocs);
        QVERIFY(kocFile.open(QIODevice::ReadOnly));
        QCOMPARE(kocFile.readAll().count('\n'), 27); // header + 26 KOCs
    }
};

QTEST_MAIN(TestMembersPage)
#include "tst_members_page.moc"
