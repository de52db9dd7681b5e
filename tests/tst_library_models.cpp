#include "CalendarTestData.h"
#include "TestSupport.h"

#include "models/ContentItemModel.h"
#include "models/KeywordReplyModel.h"
#include "models/MaterialModel.h"
#include "storage/ContentRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace qundesk;

class TestLibraryModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useTestActor(); }

    void contentItemsFollowTheFilter()
    {
        test::TempDatabase t;
        ContentRepository repo(t.connection());
        ContentColumn column;
        column.name = QStringLiteral("干货课堂");
        column.color = QStringLiteral("#123456");
        qint64 columnId = 0;
        QVERIFY_OK(repo.createColumn(column, &columnId));
        for (int i = 0; i < 5; ++i) {
            ContentItem it;
            it.title = QStringLiteral("护肤小课 %1").arg(i);
            it.kind = i % 2 ? ContentKind::Knowledge : ContentKind::Game;
            it.columnId = i % 2 ? columnId : 0;
            QVERIFY_OK(repo.createItem(it));
        }
        ContentItemModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(t.connection());
        QVERIFY_OK(model.reload());
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(!model.truncated());

        ContentItemFilter f;
        f.kind = ContentKind::Knowledge;
        model.setFilter(f);
        QVERIFY_OK(model.reload());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ContentItemModel::ColumnName).data().toString(), QStringLiteral("干货课堂"));
        QCOMPARE(model.index(0, ContentItemModel::Kind).data().toString(), contentKindLabel(ContentKind::Knowledge));
        QCOMPARE(model.index(0, 0).data(ContentItemModel::KindColorRole).toString(), QStringLiteral("#123456"));

        f = {};
        f.kind = ContentKind::Game;
        f.limit = 2;
        model.setFilter(f);
        QVERIFY_OK(model.reload());
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.truncated());
        QCOMPARE(model.index(0, 0).data(ContentItemModel::KindColorRole).toString(), contentKindColor(ContentKind::Game));
        QCOMPARE(model.headerData(ContentItemModel::Title, Qt::Horizontal).toString(), QStringLiteral("Title"));
    }

    void keywordRepliesShowTheirScope()
    {
        test::TempDatabase t;
        const QSqlDatabase db = t.connection();
        ContentRepository repo(db);
        const qint64 group = test::insertGroup(db, QStringLiteral("花漾售后群"), QStringLiteral("after_sales"));
        KeywordReply a;
        a.keyword = QStringLiteral("发货");
        a.reply = QStringLiteral("48小时内发货");
        a.priority = 1;
        KeywordReply b = a;
        b.keyword = QStringLiteral("退货");
        b.reply = QStringLiteral("请联系售后\n七天无理由");
        b.scopeGroupId = group;
        b.priority = 5;
        KeywordReply c = a;
        c.keyword = QStringLiteral("优惠券");
        c.scopePurpose = QStringLiteral("perks");
        c.enabled = false;
        QVERIFY_OK(repo.createKeywordReply(a));
        QVERIFY_OK(repo.createKeywordReply(b));
        QVERIFY_OK(repo.createKeywordReply(c));

        KeywordReplyModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(db);
        QVERIFY_OK(model.reload());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, KeywordReplyModel::Keyword).data().toString(), QStringLiteral("退货")); // priority 5
        QCOMPARE(model.index(0, KeywordReplyModel::Scope).data().toString(), QStringLiteral("花漾售后群"));
        QVERIFY(!model.index(0, KeywordReplyModel::Reply).data().toString().contains(QLatin1Char('\n')));
        int coupon = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.replyAt(row).keyword == QStringLiteral("优惠券"))
                coupon = row;
        }
        QVERIFY(coupon >= 0);
        QCOMPARE(model.index(coupon, KeywordReplyModel::Enabled).data().toString(), QStringLiteral("Off"));
        QVERIFY(model.index(coupon, KeywordReplyModel::Scope).data().toString().contains(QStringLiteral("Purpose")));
        QCOMPARE(model.scopeText(a), QStringLiteral("All groups"));
    }

    void materialsCarryThumbnailsAndNeeds()
    {
        test::TempDatabase t;
        ContentRepository repo(t.connection());
        Material copy;
        copy.title = QStringLiteral("文案");
        copy.kind = MaterialKind::Copy;
        copy.body = QStringLiteral("今晚八点直播");
        qint64 copyId = 0;
        QVERIFY_OK(repo.addMaterial(copy, &copyId));
        Material picture;
        picture.title = QStringLiteral("海报");
        picture.kind = MaterialKind::Image;
        picture.data = QByteArray("GIF89a....", 10);
        picture.mimeType = QStringLiteral("image/gif");
        qint64 pictureId = 0;
        QVERIFY_OK(repo.addMaterial(picture, &pictureId));

        MaterialModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(t.connection());
        QVERIFY_OK(model.reload());
        QCOMPARE(model.rowCount(), 2);
        const int row = model.rowOfMaterial(pictureId);
        QCOMPARE(model.rowsNeedingThumbnails(), QList<int> { row });
        QVERIFY(model.index(row).data(MaterialModel::NeedsThumbnailRole).toBool());
        QVERIFY(!model.index(model.rowOfMaterial(copyId)).data(MaterialModel::NeedsThumbnailRole).toBool());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setThumbnail(row, QByteArray("png"));
        QCOMPARE(changed.size(), 1);
        QVERIFY(model.rowsNeedingThumbnails().isEmpty());

        MaterialFilter f;
        f.kind = MaterialKind::Copy;
        model.setFilter(f);
        QVERIFY_OK(model.reload());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("文案"));
        QVERIFY(model.index(0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("今晚八点直播")));
    }
};

QTEST_GUILESS_MAIN(TestLibraryModels)
#include "tst_library_models.moc"
