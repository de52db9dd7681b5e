#include "CalendarTestData.h"
#include "TestSupport.h"

#include "calendar/KeywordReplyPage.h"
#include "calendar/LibraryDialogs.h"
#include "calendar/LibraryPage.h"
#include "calendar/MaterialPage.h"
#include "models/ContentItemModel.h"
#include "models/KeywordReplyModel.h"
#include "models/MaterialModel.h"
#include "storage/ContentRepository.h"
#include "storage/Database.h"
#include "storage/MemberRepository.h"
#include "storage/PointsRepository.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace qundesk;

// The 内容库, 关键词回复 and 素材库 tabs, each built standalone on a fresh database.

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

QString writeImage(const QString &dir, const QString &name, const QColor &colour, QSize size = QSize(800, 600))
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    const QString path = QDir(dir).filePath(name);
    return image.save(path) ? path : QString();
}

} // namespace

class TestLibraryPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useTestActor(); }

    void libraryFiltersEditsAndAttaches()
    {
        test::TempDatabase t;
        const QSqlDatabase db = t.connection();
        ContentRepository repo(db);
        ContentColumn column;
        column.name = QStringLiteral("新品发布");
        column.category = ColumnCategory::NewProduct;
        qint64 columnId = 0;
        QVERIFY_OK(repo.createColumn(column, &columnId));
        ContentItem a;
        a.title = QStringLiteral("周一猜价格");
        a.kind = ContentKind::Game;
        a.body = QStringLiteral("猜中价格送积分");
        QVERIFY_OK(repo.createItem(a));
        ContentItem b;
        b.title = QStringLiteral("新品预热");
        b.kind = ContentKind::NewProduct;
        b.columnId = columnId;
        b.body = QStringLiteral("下周一上新");
        qint64 bId = 0;
        QVERIFY_OK(repo.createItem(b, &bId));
        Material copy;
        copy.title = QStringLiteral("预热文案");
        copy.kind = MaterialKind::Copy;
        copy.body = QStringLiteral("敬请期待");
        qint64 copyId = 0;
        QVERIFY_OK(repo.addMaterial(copy, &copyId));

        ui::LibraryPage page;
        page.resize(1100, 700);
        page.setDatabase(db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.model()->rowCount(), 2);
        page.setSearchText(QStringLiteral("猜价"));
        QCOMPARE(page.model()->rowCount(), 1);
        QVERIFY(page.previewText().contains(QStringLiteral("猜中价格送积分")));
        page.setSearchText(QString());
        page.setKindFilter(ContentKind::NewProduct);
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.currentItemId(), bId);

        // The editor saves the fields and the attachments together.
        ui::LibraryItemDialog dialog(db);
        QVERIFY(dialog.load(bId));
        dialog.attachMaterials({ copyId });
        ContentItem edited = dialog.item();
        QCOMPARE(edited.columnId, columnId);
        QVERIFY(dialog.save());
        ContentItem stored;
        QVERIFY_OK(repo.item(bId, &stored));
        QCOMPARE(*stored.materialIds, QList<qint64> { copyId });

        // An empty title is refused in the dialog, with the repository's message.
        ui::LibraryItemDialog empty(db);
        empty.setItem(ContentItem {});
        QVERIFY(!empty.save());
        QVERIFY(!empty.errorText().isEmpty());

        page.reload();
        QVERIFY(page.previewText().contains(QStringLiteral("新品预热")));
        QVERIFY(page.deleteSelected(false));
        QCOMPARE(page.model()->rowCount(), 0);

        QTemporaryDir dir;
        QVERIFY(page.saveScreenshots(dir.path(), QStringLiteral("t")));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("t-library.png"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("t-library-item.png"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("t-library-columns.png"))));
    }

    void columnsDialogCreatesAndRefusesBadColours()
    {
        test::TempDatabase t;
        ui::LibraryColumnsDialog dialog(t.connection());
        QCOMPARE(dialog.columnCount(), 0);
        ContentColumn c;
        c.name = QStringLiteral("店主分享");
        c.category = ColumnCategory::GuestShare;
        c.color = QStringLiteral("not a colour");
        dialog.setForm(c);
        QVERIFY(!dialog.saveForm());
        QVERIFY(dialog.errorText().contains(QStringLiteral("not a colour")));
        c.color = QStringLiteral("#FF9D4D");
        dialog.setForm(c);
        QVERIFY(dialog.saveForm());
        QCOMPARE(dialog.columnCount(), 1);
        QList<ContentColumn> columns;
        QVERIFY_OK(ContentRepository(t.connection()).listColumns(&columns));
        QCOMPARE(columns.first().color, QStringLiteral("#ff9d4d"));
        QVERIFY(dialog.deleteCurrent(false));
        QCOMPARE(dialog.columnCount(), 0);
    }

    void keywordTesterSaysWhichReplyFiresAndWhy()
    {
        test::TempDatabase t;
        const QSqlDatabase db = t.connection();
        ContentRepository repo(db);
        const qint64 afterSales = test::insertGroup(db, QStringLiteral("花漾售后群"), QStringLiteral("after_sales"));
        const qint64 perks = test::insertGroup(db, QStringLiteral("花漾福利群"), QStringLiteral("perks"));
        KeywordReply general;
        general.keyword = QStringLiteral("发货");
        general.reply = QStringLiteral("下单后48小时内发货");
        QVERIFY_OK(repo.createKeywordReply(general));
        KeywordReply special = general;
        special.reply = QStringLiteral("售后群专属：加急发货");
        special.scopeGroupId = afterSales;
        special.priority = 5;
        QVERIFY_OK(repo.createKeywordReply(special));

        ui::KeywordReplyPage page;
        page.resize(1000, 720);
        page.setDatabase(db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.model()->rowCount(), 2);

        page.runTest(QStringLiteral("请问什么时候发货"), afterSales);
        QVERIFY2(page.testResultText().contains(QStringLiteral("加急发货")), qPrintable(page.testResultText()));
        page.runTest(QStringLiteral("请问什么时候发货"), perks);
        QVERIFY2(page.testResultText().contains(QStringLiteral("48小时")), qPrintable(page.testResultText()));
        page.runTest(QStringLiteral("你好"), perks);
        QVERIFY(page.testResultText().contains(QStringLiteral("No reply")));
        QVERIFY(page.testReasonFor(QStringLiteral("发货")).contains(QStringLiteral("does not match")));

        // The editor refuses a group scope without a group, then saves a purpose scope.
        ui::KeywordReplyDialog dialog(db);
        KeywordReply coupon;
        coupon.keyword = QStringLiteral("优惠券");
        coupon.reply = QStringLiteral("领券入口在群公告");
        coupon.scopePurpose = QStringLiteral("perks");
        dialog.setReply(coupon);
        QVERIFY(dialog.save());
        page.reload();
        QCOMPARE(page.model()->rowCount(), 3);
        page.runTest(QStringLiteral("优惠券怎么领"), perks);
        QVERIFY(page.testResultText().contains(QStringLiteral("领券入口")));
        page.runTest(QStringLiteral("优惠券怎么领"), afterSales);
        QVERIFY(page.testReasonFor(QStringLiteral("优惠券")).contains(QStringLiteral("scope")));

        page.selectReply(dialog.savedId());
        QVERIFY(page.deleteSelected(false));
        QCOMPARE(page.model()->rowCount(), 2);

        QTemporaryDir dir;
        QVERIFY(page.saveScreenshots(dir.path(), QStringLiteral("t")));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("t-keyword-replies.png"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("t-keyword-reply-editor.png"))));
    }

    void materialsAddDedupeThumbnailApproveAndReward()
    {
        test::TempDatabase t;
        const QSqlDatabase db = t.connection();
        QTemporaryDir files;
        const QString red = writeImage(files.path(), QStringLiteral("红色海报.png"), Qt::red);
        const QString copyOfRed = writeImage(files.path(), QStringLiteral("再传一次.png"), Qt::red);
        const QString blue = writeImage(files.path(), QStringLiteral("蓝色海报.jpg"), Qt::blue, QSize(1200, 300));
        QVERIFY(!red.isEmpty() && !copyOfRed.isEmpty() && !blue.isEmpty());

        ui::MaterialPage page;
        page.resize(1100, 720);
        page.setDatabase(db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.model()->rowCount(), 0);

        QString summary = page.addFiles({ red, blue });
        QVERIFY2(summary.contains(QStringLiteral("2")), qPrintable(summary));
        QCOMPARE(page.model()->rowCount(), 2);
        // The same bytes under another name are refused, naming the material already there.
        summary = page.addFiles({ copyOfRed });
        QVERIFY2(summary.contains(QStringLiteral("红色海报")), qPrintable(summary));
        QCOMPARE(page.model()->rowCount(), 2);

        // Thumbnails are made once and cached in the database, within the box.
        page.makeAllThumbnails();
        QVERIFY(page.model()->rowsNeedingThumbnails().isEmpty());
        QCOMPARE(test::countRows(db, QStringLiteral("material_thumbnails")), 2);
        for (int row = 0; row < page.model()->rowCount(); ++row) {
            QImage thumb;
            QVERIFY(thumb.loadFromData(page.model()->materialAt(row).thumbnailPng, "PNG"));
            QVERIFY(thumb.width() <= ui::MaterialPage::ThumbnailSize);
            QVERIFY(thumb.height() <= ui::MaterialPage::ThumbnailSize * 3 / 4);
        }
        QVERIFY(page.view()->model()->index(0, 0).data(Qt::DecorationRole).value<QPixmap>().width() > 0);

        // The details say where a material is used.
        const qint64 redId = page.model()->materialAt(page.model()->rowCount() - 1).id;
        ContentItem launch;
        launch.title = QStringLiteral("新品上市");
        launch.materialIds = QList<qint64> { redId };
        QVERIFY_OK(ContentRepository(db).createItem(launch));
        page.reload();
        page.selectMaterial(redId);
        QVERIFY2(page.detailText().contains(QStringLiteral("新品上市")), qPrintable(page.detailText()));

        QVERIFY(page.addCopy(QStringLiteral("晒单文案"), QStringLiteral("用了一周，皮肤水润")));
        QVERIFY(page.copySelectedText());
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("用了一周，皮肤水润"));

        // Reward needs an author; then pays once.
        const qint64 author = addMember(db, QStringLiteral("杭州-花花美妆"));
        QVERIFY(!page.rewardSelected(20));
        QVERIFY(page.messageText().contains(QStringLiteral("晒单文案")));
        QVERIFY(page.setAuthorOfSelected(author));
        QVERIFY(page.detailText().contains(QStringLiteral("杭州-花花美妆")));
        QVERIFY(page.rewardSelected(20));
        qint64 balance = 0;
        QVERIFY_OK(PointsRepository(db).balance(author, &balance));
        QCOMPARE(balance, 20);
        QVERIFY(!page.rewardSelected(20));
        QVERIFY2(page.messageText().contains(QStringLiteral("20")), qPrintable(page.messageText()));
        QVERIFY_OK(PointsRepository(db).balance(author, &balance));
        QCOMPARE(balance, 20);

        // Approval by the operator named like the current actor, and its revocation.
        const qint64 op = test::insertOperator(db, QStringLiteral("测试运营"));
        page.reload();
        QCOMPARE(page.currentOperatorId(), op);
        QVERIFY(page.approveSelected());
        QVERIFY2(page.detailText().contains(QStringLiteral("测试运营")), qPrintable(page.detailText()));
        QVERIFY(page.revokeSelected());
        QVERIFY(!page.revokeSelected());

        page.setSearchText(QStringLiteral("花花"));
        QCOMPARE(page.model()->rowCount(), 1);

        ui::MemberPickDialog picker(db);
        picker.search(QStringLiteral("花花"));
        QCOMPARE(picker.memberId(), author);

        QTemporaryDir dir;
        QVERIFY(page.saveScreenshots(dir.path(), QStringLiteral("t")));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("t-materials.png"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("t-material-author.png"))));
    }

    // QUNDESK_LIBRARY_SHOTS=DIR [QUNDESK_LIBRARY_LANG=zh_CN] [QUNDESK_LIBRARY_DB=demo.db]: grabs
    // the three tabs and their dialogs on a demo database.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("QUNDESK_LIBRARY_SHOTS");
        if (dir.isEmpty())
            QSKIP("set QUNDESK_LIBRARY_SHOTS to a folder to write screenshots");
        const QString language = qEnvironmentVariable("QUNDESK_LIBRARY_LANG", QStringLiteral("en"));
        QTranslator translator;
        if (language != QStringLiteral("en")) {
            QVERIFY(translator.load(QStringLiteral(":/i18n/qundesk_%1.qm").arg(language)));
            QCoreApplication::installTranslator(&translator);
            QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        }
        QTemporaryDir tmp;
        QString path = qEnvironmentVariable("QUNDESK_LIBRARY_DB");
        if (path.isEmpty()) {
            path = tmp.filePath(QStringLiteral("demo.db"));
            QCOMPARE(test::runCli({ QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--quiet") }).exitCode, 0);
        }
        Database db;
        QVERIFY_OK(db.open(path));
        {
            ui::LibraryPage page;
            page.resize(1200, 760);
            page.setDatabase(db.connection());
            page.show();
            QVERIFY(page.saveScreenshots(dir, language));
        }
        {
            ui::KeywordReplyPage page;
            page.resize(1200, 760);
            page.setDatabase(db.connection());
            page.show();
            QVERIFY(page.saveScreenshots(dir, language));
        }
        {
            ui::MaterialPage page;
            page.resize(1200, 760);
            page.setDatabase(db.connection());
            page.show();
            QVERIFY(page.saveScreenshots(dir, language));
        }
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestLibraryPages)
#include "tst_library_pages.moc"
