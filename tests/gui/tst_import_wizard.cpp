#include "TestSupport.h"

#include "domain/Member.h"
#include "members/ImportWizard.h"
#include "members/ImportWizardFilePage.h"
#include "members/ImportWizardMappingPage.h"
#include "members/ImportWizardPreviewModel.h"
#include "members/ImportWizardPreviewPage.h"
#include "members/ImportWizardRunPage.h"
#include "members/ImportWizardRunner.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QLibraryInfo>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTranslator>

#include <algorithm>

using namespace qundesk;
using namespace qundesk::ui;

namespace {

// Four members as an operator's spreadsheet has them: an unknown header for the WeChat ID
// (会员账号), quotes with a comma and a line break inside, a short phone on line 3 and a date
// that is not one on line 6 (line 4 holds a record that spans lines 4 and 5).
const char Utf8File[] = "名字,群昵称,会员账号,电话,身份,入群日期,积分,标签,备注\r\n"
                        "王丽,杭州-花店-王丽,wx_wangli,138 1234 5678,门店,2026/3/5,120,\"宠粉,复购\",老客户\r\n"
                        "李伟,上海-李伟,wx_liwei,1381234,微商,2026-03-06,80,,短号\r\n"
                        "张芳,\"成都-\"\"芳芳\"\"小店\",wx_zhangfang,13900001111,C端,2026年3月7日,0,新人,\"两行\r\n"
                        "备注\"\r\n"
                        "赵敏,武汉-赵敏,wx_zhaomin,13700002222,未知,下周二,10,,\r\n";

// 姓名,微信号,手机号,地区,层级 and two members (陈静 南京 一级代理, 黄磊 广州 二级代理) as Chinese
// Excel saves "CSV": GBK, CRLF.
const char GbkFileHex[] = "d0d5c3fb2ccea2d0c5bac52ccad6bbfabac52cb5d8c7f82cb2e3bcb60d0ab3c2beb22c77785f6368656e6a696e"
                          "672c31333530303030313233342cc4cfbea92cd2bbbcb6b4fac0ed0d0abbc6c0da2c77785f6875616e676c6569"
                          "2c31333530303030353637382cb9e3d6dd2cb6febcb6b4fac0ed0d0a";
// The same two members moved: 陈静 苏州, 黄磊 深圳, other cells empty.
const char GbkUpdateHex[] = "d0d5c3fb2ccea2d0c5bac52ccad6bbfabac52cb5d8c7f82cb2e3bcb60d0ab3c2beb22c77785f6368656e6a69"
                            "6e672c2ccbd5d6dd2c0d0abbc6c0da2c77785f6875616e676c65692c2cc9eedbda2c0d0a";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray largeFile(int rows)
{
    QByteArray out = "姓名,微信号,手机号,地区,标签\n";
    out.reserve(rows * 48);
    for (int i = 0; i < rows; ++i)
        out += "成员" + QByteArray::number(i) + ",wx_bulk_" + QByteArray::number(i) + ",1" + QByteArray::number(3000000000LL + i)
            + ",杭州,批量\n";
    return out;
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0).toLongLong();
}

QString text(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0).toString();
}

QAbstractButton *nextButton(ImportWizard &w)
{
    return w.button(w.currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
}

// Opens the wizard on a file and waits until its head has been read.
bool chooseFile(ImportWizard &w, const QString &path)
{
    w.setFile(path);
    return QTest::qWaitFor([&] { return !w.filePage()->isLoading(); }, 10000);
}

bool waitForImport(ImportWizard &w, int timeoutMs = 60000)
{
    return QTest::qWaitFor([&] { return !w.runPage()->isRunning(); }, timeoutMs);
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("QUNDESK_ACTOR", "测试运营");
        QVERIFY(m_files.isValid());
    }

    void importsAUtf8FileWithACorrectedMapping()
    {
        test::TempDatabase db;
        const QString file = m_files.filePath(QStringLiteral("members-utf8.csv"));
        QVERIFY(writeFile(file, QByteArray(Utf8File)));

        ImportWizard w(db.connection());
        QSignalSpy imported(&w, &ImportWizard::imported);
        w.show();
        QVERIFY(w.width() >= 900 && w.height() >= 600);
        QVERIFY(!nextButton(w)->isEnabled()); // no file yet
        QVERIFY(!w.filePage()->blockingReason().isEmpty());

        QVERIFY(chooseFile(w, file));
        QVERIFY2(w.filePage()->isComplete(), qPrintable(w.filePage()->blockingReason()));
        QVERIFY(nextButton(w)->isEnabled());
        QVERIFY2(w.filePage()->statusText().contains(QStringLiteral("9 column")), qPrintable(w.filePage()->statusText()));
        const auto *encoding = w.findChild<QComboBox *>(QStringLiteral("importEncoding"));
        QVERIFY2(encoding->itemText(0).contains(QStringLiteral("UTF-8")), qPrintable(encoding->itemText(0)));
        const auto *delimiter = w.findChild<QComboBox *>(QStringLiteral("importDelimiter"));
        QVERIFY2(delimiter->itemText(0).contains(QStringLiteral("comma")), qPrintable(delimiter->itemText(0)));
        // The rejects file defaults to a file next to the imported one.
        QCOMPARE(QFileInfo(w.state().rejectsPath).absolutePath(), QFileInfo(file).absolutePath());

        // Mapping: 会员账号 is not a known header, so the required platform ID has no column.
        w.next();
        ImportWizardMappingPage *mapping = w.mappingPage();
        QCOMPARE(w.currentId(), int(ImportWizard::MappingPageId));
        QCOMPARE(mapping->table()->rowCount(), 9);
        QCOMPARE(mapping->fieldCombo(0)->currentData().toInt(), int(MemberField::DisplayName));
        QCOMPARE(mapping->fieldCombo(2)->currentData().toInt(), int(MemberField::Ignore));
        QCOMPARE(mapping->fieldCombo(3)->currentData().toInt(), int(MemberField::Phone));
        QVERIFY(!mapping->isComplete());
        QVERIFY(!nextButton(w)->isEnabled());
        QVERIFY2(mapping->blockingReason().contains(memberFieldLabel(MemberField::PlatformId)),
                 qPrintable(mapping->blockingReason()));
        // Phones are masked in the samples.
        const QString phoneSamples = mapping->table()->item(3, ImportWizardMappingPage::SamplesColumn)->text();
        QVERIFY2(phoneSamples.contains(QStringLiteral("****")) && !phoneSamples.contains(QStringLiteral("1234")),
                 qPrintable(phoneSamples));

        mapping->setField(2, MemberField::PlatformId);
        QVERIFY2(mapping->isComplete(), qPrintable(mapping->blockingReason()));
        QVERIFY(nextButton(w)->isEnabled());
        // One field on two columns is refused, naming both.
        mapping->setField(1, MemberField::DisplayName);
        QVERIFY(!mapping->isComplete());
        QVERIFY2(mapping->blockingReason().contains(QStringLiteral("名字"))
                     && mapping->blockingReason().contains(QStringLiteral("群昵称")),
                 qPrintable(mapping->blockingReason()));
        mapping->setField(1, MemberField::GroupNickname);
        QVERIFY(mapping->isComplete());

        // Preview: the stored form, with the two bad rows flagged and named by column.
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::PreviewPageId));
        ImportWizardPreviewModel *model = w.previewPage()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->problemRows(), 2);
        const int phoneColumn = ImportWizardPreviewModel::FixedColumnCount + int(model->fields().indexOf(MemberField::Phone));
        const int identityColumn =
            ImportWizardPreviewModel::FixedColumnCount + int(model->fields().indexOf(MemberField::Identity));
        QVERIFY(phoneColumn >= ImportWizardPreviewModel::FixedColumnCount);
        QCOMPARE(model->index(0, ImportWizardPreviewModel::LineColumn).data().toLongLong(), 2);
        QCOMPARE(model->index(0, ImportWizardPreviewModel::ProblemColumn).data(ImportWizardPreviewModel::ProblemRole).toString(),
                 QString());
        QCOMPARE(model->index(0, phoneColumn).data().toString(), QStringLiteral("138****5678"));
        QCOMPARE(model->index(0, identityColumn).data().toString(), identityLabel(IdentityType::Store));
        w.previewPage()->revealBox()->setChecked(true);
        QCOMPARE(model->index(0, phoneColumn).data().toString(), QStringLiteral("13812345678"));

        const QModelIndex badPhone = model->index(1, ImportWizardPreviewModel::ProblemColumn);
        QCOMPARE(badPhone.sibling(1, ImportWizardPreviewModel::LineColumn).data().toLongLong(), 3);
        QVERIFY2(badPhone.data(ImportWizardPreviewModel::ProblemRole).toString().contains(QStringLiteral("电话")),
                 qPrintable(badPhone.data().toString()));
        QVERIFY(badPhone.data(Qt::BackgroundRole).isValid());
        QVERIFY(badPhone.sibling(1, phoneColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("电话")));
        const QModelIndex badDate = model->index(3, ImportWizardPreviewModel::ProblemColumn);
        QCOMPARE(badDate.sibling(3, ImportWizardPreviewModel::LineColumn).data().toLongLong(), 6);
        QVERIFY2(badDate.data().toString().contains(QStringLiteral("入群日期")), qPrintable(badDate.data().toString()));
        QVERIFY2(w.previewPage()->countsText().contains(QStringLiteral("2 can be imported, 2 will be rejected")),
                 qPrintable(w.previewPage()->countsText()));
        w.previewPage()->problemsOnlyBox()->setChecked(true);
        QCOMPARE(model->rowCount(), 2);
        w.previewPage()->problemsOnlyBox()->setChecked(false);
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM members")), 0);

        // Run: two inserted, two rejected into the rejects file, the summary says so.
        QVERIFY(nextButton(w)->isEnabled());
        nextButton(w)->click();
        QCOMPARE(w.currentId(), int(ImportWizard::RunPageId));
        QVERIFY(waitForImport(w));
        ImportWizardRunPage *run = w.runPage();
        QCOMPARE(run->outcome(), ImportWizardRunPage::Committed);
        QCOMPARE(imported.size(), 1);
        QCOMPARE(run->figureText(ImportWizardRunPage::RowsFigure), QStringLiteral("4"));
        QCOMPARE(run->figureText(ImportWizardRunPage::InsertedFigure), QStringLiteral("2"));
        QCOMPARE(run->figureText(ImportWizardRunPage::UpdatedFigure), QStringLiteral("0"));
        QCOMPARE(run->figureText(ImportWizardRunPage::SkippedFigure), QStringLiteral("0"));
        QCOMPARE(run->figureText(ImportWizardRunPage::RejectedFigure), QStringLiteral("2"));
        QCOMPARE(run->rejectsTable()->rowCount(), 2);
        QCOMPARE(run->rejectsTable()->item(0, ImportWizardRunPage::RejectLine)->text(), QStringLiteral("3"));
        QCOMPARE(run->rejectsTable()->item(0, ImportWizardRunPage::RejectColumnName)->text(), QStringLiteral("电话"));
        QCOMPARE(run->rejectsTable()->item(1, ImportWizardRunPage::RejectLine)->text(), QStringLiteral("6"));
        QVERIFY(!run->openFolderButton()->isHidden());
        QVERIFY(QFileInfo::exists(w.state().rejectsPath));
        QVERIFY2(run->resultText().contains(QDir::toNativeSeparators(w.state().rejectsPath)), qPrintable(run->resultText()));
        QVERIFY(w.button(QWizard::FinishButton)->isEnabled());

        const QSqlDatabase c = db.connection();
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM members")), 2);
        QCOMPARE(text(c, QStringLiteral("SELECT phone FROM members WHERE platform_id = 'wx_wangli'")), QStringLiteral("13812345678"));
        QCOMPARE(text(c, QStringLiteral("SELECT identity FROM members WHERE platform_id = 'wx_wangli'")), QStringLiteral("store"));
        QCOMPARE(text(c, QStringLiteral("SELECT group_nickname FROM members WHERE platform_id = 'wx_zhangfang'")),
                 QStringLiteral("成都-\"芳芳\"小店"));
        QCOMPARE(text(c, QStringLiteral("SELECT notes FROM members WHERE platform_id = 'wx_zhangfang'")), QStringLiteral("两行\r\n备注")); // kept as written inside the quotes
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM members WHERE platform_id IN ('wx_liwei', 'wx_zhaomin')")), 0);
        w.button(QWizard::FinishButton)->click();
        QVERIFY(!w.isVisible());
        QCOMPARE(w.result(), int(QDialog::Accepted));
    }

    void importsAGbkFileThenUpdatesIt()
    {
        test::TempDatabase db;
        const QString file = m_files.filePath(QStringLiteral("members-gbk.csv"));
        QVERIFY(writeFile(file, QByteArray::fromHex(GbkFileHex)));
        {
            ImportWizard w(db.connection());
            w.show();
            // Dropped onto the page, as from a file manager.
            QMimeData mime;
            mime.setUrls({QUrl::fromLocalFile(file)});
            QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(w.filePage(), &enter);
            QVERIFY(enter.isAccepted());
            QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(w.filePage(), &drop);
            QVERIFY(drop.isAccepted());
            QVERIFY(QTest::qWaitFor([&] { return !w.filePage()->isLoading(); }, 10000));
            QCOMPARE(w.state().csvPath, file);
            QVERIFY2(w.filePage()->isComplete(), qPrintable(w.filePage()->blockingReason()));
            QCOMPARE(w.state().preview.format.encoding, TextEncoding::Gb18030);
            const auto *encoding = w.findChild<QComboBox *>(QStringLiteral("importEncoding"));
            QVERIFY2(encoding->itemText(0).contains(QStringLiteral("GBK")), qPrintable(encoding->itemText(0)));
            QCOMPARE(w.state().preview.header.value(0), QStringLiteral("姓名"));

            // Forcing UTF-8 reads mojibake: the page says so, and "automatic" still shows what it detected.
            w.filePage()->setEncoding(TextEncoding::Utf8);
            QVERIFY(QTest::qWaitFor([&] { return !w.filePage()->isLoading(); }, 10000));
            QVERIFY2(w.filePage()->statusText().contains(QStringLiteral("encoding")), qPrintable(w.filePage()->statusText()));
            QVERIFY2(encoding->itemText(0).contains(QStringLiteral("GBK")), qPrintable(encoding->itemText(0)));
            w.filePage()->setEncoding(TextEncoding::Auto);
            QVERIFY(QTest::qWaitFor([&] { return !w.filePage()->isLoading(); }, 10000));
            QCOMPARE(w.state().preview.header.value(0), QStringLiteral("姓名"));

            w.next();
            QVERIFY2(w.mappingPage()->isComplete(), qPrintable(w.mappingPage()->blockingReason()));
            w.next();
            QCOMPARE(w.previewPage()->model()->problemRows(), 0);
            nextButton(w)->click();
            QVERIFY(waitForImport(w));
            QCOMPARE(w.runPage()->outcome(), ImportWizardRunPage::Committed);
            QCOMPARE(w.runPage()->figureText(ImportWizardRunPage::InsertedFigure), QStringLiteral("2"));
            QVERIFY(w.runPage()->openFolderButton()->isHidden()); // nothing rejected
        }
        const QSqlDatabase c = db.connection();
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM members")), 2);
        QCOMPARE(text(c, QStringLiteral("SELECT display_name FROM members WHERE platform_id = 'wx_chenjing'")), QStringLiteral("陈静"));
        QCOMPARE(text(c, QStringLiteral("SELECT r.name FROM members m JOIN regions r ON r.id = m.region_id "
                                        "WHERE m.platform_id = 'wx_huanglei'")),
                 QStringLiteral("广州"));

        // The same members again with new regions: "update" overwrites the non-empty cells only.
        const QString moved = m_files.filePath(QStringLiteral("members-gbk-moved.csv"));
        QVERIFY(writeFile(moved, QByteArray::fromHex(GbkUpdateHex)));
        ImportWizard w(db.connection());
        w.show();
        QVERIFY(chooseFile(w, moved));
        w.filePage()->setUpdateExisting(true);
        w.next();
        w.next();
        nextButton(w)->click();
        QVERIFY(waitForImport(w));
        QCOMPARE(w.runPage()->outcome(), ImportWizardRunPage::Committed);
        QCOMPARE(w.runPage()->figureText(ImportWizardRunPage::UpdatedFigure), QStringLiteral("2"));
        QCOMPARE(w.runPage()->figureText(ImportWizardRunPage::InsertedFigure), QStringLiteral("0"));
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM members")), 2);
        QCOMPARE(text(c, QStringLiteral("SELECT r.name FROM members m JOIN regions r ON r.id = m.region_id "
                                        "WHERE m.platform_id = 'wx_huanglei'")),
                 QStringLiteral("深圳"));
        QCOMPARE(text(c, QStringLiteral("SELECT phone FROM members WHERE platform_id = 'wx_huanglei'")),
                 QStringLiteral("13500005678"));
    }

    void cancelLeavesTheDatabaseUnchanged()
    {
        test::TempDatabase db;
        const QString small = m_files.filePath(QStringLiteral("members-small.csv"));
        QVERIFY(writeFile(small, QByteArray::fromHex(GbkFileHex)));
        const QString large = m_files.filePath(QStringLiteral("members-large.csv"));
        QVERIFY(writeFile(large, largeFile(LargeRows)));
        {
            ImportWizard w(db.connection());
            w.show();
            QVERIFY(chooseFile(w, small));
            w.next();
            w.next();
            nextButton(w)->click();
            QVERIFY(waitForImport(w));
        }
        const QSqlDatabase c = db.connection();
        const qint64 before = scalar(c, QStringLiteral("SELECT count(*) FROM members"));
        QCOMPARE(before, 2);

        // The Cancel button on the run page, pressed once the worker has reported progress.
        {
            ImportWizard w(db.connection());
            QSignalSpy imported(&w, &ImportWizard::imported);
            w.show();
            QVERIFY(chooseFile(w, large));
            QVERIFY2(w.filePage()->isComplete(), qPrintable(w.filePage()->blockingReason()));
            w.next();
            w.next();
            QSignalSpy progress(w.runPage()->runner(), &ImportWizardRunner::progress);
            nextButton(w)->click();
            QVERIFY(w.runPage()->isRunning());
            QVERIFY(!w.button(QWizard::FinishButton)->isEnabled());
            QVERIFY(progress.wait(20000));
            QVERIFY2(w.runPage()->isRunning(), "the import finished before it could be cancelled: use a larger file");
            w.runPage()->cancelButton()->click();
            QVERIFY(waitForImport(w));
            QCOMPARE(w.runPage()->outcome(), ImportWizardRunPage::Cancelled);
            QVERIFY(!w.runPage()->retryButton()->isHidden());
            QVERIFY(w.button(QWizard::FinishButton)->isEnabled());
            QCOMPARE(imported.size(), 0);
            QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM members")), before);
            QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM members WHERE platform_id LIKE 'wx_bulk_%'")), 0);
        }

        // Closing the window while it runs asks first; "no" keeps importing, "yes" cancels and closes.
        {
            ImportWizard w(db.connection());
            QSignalSpy imported(&w, &ImportWizard::imported);
            int asked = 0;
            bool answer = false;
            w.setConfirmation([&](const QString &) {
                ++asked;
                return answer;
            });
            w.show();
            QVERIFY(chooseFile(w, large));
            w.next();
            w.next();
            QSignalSpy progress(w.runPage()->runner(), &ImportWizardRunner::progress);
            nextButton(w)->click();
            QVERIFY(progress.wait(20000));
            w.close();
            QCOMPARE(asked, 1);
            QVERIFY(w.isVisible());
            QVERIFY2(w.runPage()->isRunning(), "the import finished before it could be cancelled: use a larger file");
            answer = true;
            w.close();
            QCOMPARE(asked, 2);
            QVERIFY(QTest::qWaitFor([&] { return !w.isVisible(); }, 60000));
            QCOMPARE(w.runPage()->outcome(), ImportWizardRunPage::Cancelled);
            QCOMPARE(imported.size(), 0);
            QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM members")), before);
        }

        // Destroying the wizard mid-import cancels and waits for the rollback.
        {
            auto w = std::make_unique<ImportWizard>(db.connection());
            w->show();
            QVERIFY(chooseFile(*w, large));
            w->next();
            w->next();
            nextButton(*w)->click();
            QVERIFY(w->runPage()->isRunning());
            w.reset();
            QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM members")), before);
        }
    }

    void refusesFilesThatAreNotMemberLists_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20);
        png.append(QByteArray(2048, '\0'));
        QTest::newRow("binary") << png << QString();
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("blank lines") << QByteArray("\r\n\r\n,,,\r\n") << QStringLiteral("empty");
        QTest::newRow("header only") << QByteArray("姓名,微信号\r\n") << QStringLiteral("no members");
    }

    void refusesFilesThatAreNotMemberLists()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        test::TempDatabase db;
        const QString file = m_files.filePath(QStringLiteral("refused.csv"));
        QVERIFY(writeFile(file, bytes));
        ImportWizard w(db.connection());
        w.show();
        QVERIFY(chooseFile(w, file));
        QVERIFY(!w.filePage()->isComplete());
        QVERIFY(!nextButton(w)->isEnabled());
        const QString why = w.filePage()->blockingReason();
        QVERIFY(!why.isEmpty());
        QVERIFY2(why.contains(QStringLiteral("refused.csv")), qPrintable(why));
        QVERIFY2(reason.isEmpty() || why.contains(reason), qPrintable(why));
        QCOMPARE(w.filePage()->statusText(), why);
        // A missing file is refused too, and a good one afterwards clears the message.
        w.setFile(m_files.filePath(QStringLiteral("missing.csv")));
        QVERIFY(QTest::qWaitFor([&] { return !w.filePage()->isLoading(); }, 10000));
        QVERIFY(!w.filePage()->isComplete());
        QVERIFY(!w.filePage()->blockingReason().isEmpty());
        const QString good = m_files.filePath(QStringLiteral("good.csv"));
        QVERIFY(writeFile(good, QByteArray::fromHex(GbkFileHex)));
        QVERIFY(chooseFile(w, good));
        QVERIFY2(w.filePage()->isComplete(), qPrintable(w.filePage()->blockingReason()));
    }

    // Opt-in (QUNDESK_WIZARD_BIG_ROWS=1000000): a big file's progress moves forward and stays
    // under 100% until the commit; a cancel late in the import still leaves nothing behind.
    void bigImportProgressesAndCancelsLate()
    {
        const int rows = qEnvironmentVariableIntValue("QUNDESK_WIZARD_BIG_ROWS");
        if (rows <= 0)
            QSKIP("set QUNDESK_WIZARD_BIG_ROWS to import a big generated file");
        test::TempDatabase db;
        const QString file = m_files.filePath(QStringLiteral("members-big.csv"));
        QVERIFY(writeFile(file, largeFile(rows)));
        for (const bool cancel : {true, false}) {
            ImportWizard w(db.connection());
            w.show();
            QVERIFY(chooseFile(w, file));
            w.next();
            w.next();
            QList<int> values;
            QElapsedTimer clock;
            connect(w.runPage()->runner(), &ImportWizardRunner::progress, &w, [&] {
                values.append(w.runPage()->progressBar()->value());
                if (cancel && values.last() >= 900)
                    w.runPage()->cancelImport();
            });
            clock.start();
            nextButton(w)->click();
            QVERIFY(waitForImport(w, 3600000));
            qInfo("%s after %lld ms, %lld progress reports, last %d", cancel ? "cancelled" : "committed",
                  static_cast<long long>(clock.elapsed()), static_cast<long long>(values.size()),
                  values.isEmpty() ? -1 : values.last());
            QVERIFY(values.size() > 10);
            QVERIFY(std::is_sorted(values.cbegin(), values.cend()));
            QVERIFY(values.last() < w.runPage()->progressBar()->maximum());
            QCOMPARE(w.runPage()->outcome(), cancel ? ImportWizardRunPage::Cancelled : ImportWizardRunPage::Committed);
            QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM members")), cancel ? 0 : rows);
        }
    }

    // QUNDESK_SCREENSHOT_DIR=dir [QUNDESK_SCREENSHOT_LANG=zh_CN]: keep the PNGs of every step.
    void savesScreenshotsOfEveryStep()
    {
        const QString shots = qEnvironmentVariable("QUNDESK_SCREENSHOT_DIR");
        const QString language = qEnvironmentVariable("QUNDESK_SCREENSHOT_LANG");
        QTranslator translator;
        if (!language.isEmpty() && translator.load(QStringLiteral(":/i18n/qundesk_%1.qm").arg(language)))
            QCoreApplication::installTranslator(&translator);
        // Qt's own buttons (Next, Cancel) as the application shows them.
        QTranslator qt;
        if (!language.isEmpty() && qt.load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qt);
        const QString dir = shots.isEmpty() ? m_files.filePath(QStringLiteral("shots")) : shots;
        const QString prefix = QStringLiteral("import-%1").arg(language.isEmpty() ? QStringLiteral("en") : language);
        QVERIFY(ImportWizard::saveScreenshots(dir, prefix));
        for (const char *what : {"file-refused", "file", "mapping", "preview", "summary"})
            QVERIFY2(QFileInfo(QDir(dir).filePath(prefix + u'-' + QLatin1String(what) + u".png")).size() > 0, what);
        QCoreApplication::removeTranslator(&qt);
        QCoreApplication::removeTranslator(&translator);
    }

private:
    static constexpr int LargeRows = 50000;
    QTemporaryDir m_files;
};

QTEST_MAIN(TestImportWizard)
#include "tst_import_wizard.moc"
