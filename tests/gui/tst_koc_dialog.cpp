// The KOC dialog (recompute on the worker, flag a candidate with a reason) and the breakdown view.
#include "TestSupport.h"

#include "dialogs/KocSettings.h"
#include "dialogs/SettingsDialog.h"
#include "members/KocBreakdownView.h"
#include "members/KocDialog.h"
#include "members/KocListModel.h"
#include "storage/AuditRepository.h"
#include "storage/KocRepository.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSqlError>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace qundesk;
using namespace qundesk::ui;

namespace {

bool sql(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement)) {
        qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

// Two groups of members with activity of every kind, dated relative to today so the dialog's
// default "today" scores them; member 1 leads, member 8 is a KOC gone quiet.
struct Fixture
{
    test::TempDatabase t;
    QSqlDatabase db = t.connection();

    bool build()
    {
        static const char *names[] = {"王芳", "李娜", "张伟", "刘洋", "陈静", "杨敏", "黄磊", "赵丽"};
        bool ok = sql(db, QStringLiteral("INSERT INTO chat_groups (id, name, created_on) VALUES "
                                         "(1, '花漾宠粉群1', '2026-01-01'), (2, '花漾宠粉群2', '2026-01-01')"));
        for (int id = 1; id <= 8 && ok; ++id) {
            ok = sql(db, QStringLiteral("INSERT INTO members (id, display_name, platform_id) VALUES (%1, '%2', 'wx%1')")
                             .arg(id).arg(QString::fromUtf8(names[id - 1])))
                 && sql(db, QStringLiteral("INSERT INTO memberships (member_id, group_id, joined_at) VALUES (%1, %2, '2026-01-01 09:00:00')")
                                .arg(id).arg(id <= 5 ? 1 : 2));
        }
        const QDate today = QDate::currentDate();
        auto event = [&](int member, const char *kind, int daysAgo, int n, int amount = -1) {
            for (int i = 0; i < n && ok; ++i) {
                ok = sql(db, QStringLiteral("INSERT INTO events (occurred_at, kind, member_id, group_id, amount_fen) "
                                            "VALUES ('%1 10:00:00', '%2', %3, %4, %5)")
                                 .arg(today.addDays(-daysAgo).toString(Qt::ISODate), QLatin1String(kind))
                                 .arg(member).arg(member <= 5 ? 1 : 2)
                                 .arg(amount >= 0 ? QString::number(amount) : QStringLiteral("NULL")));
            }
        };
        event(1, "message", 0, 30);
        event(1, "reply", 2, 6);
        event(1, "post", 5, 2);
        event(1, "referral", 3, 2);
        event(1, "purchase", 4, 1, 29900);
        event(2, "message", 1, 8);
        event(2, "checkin", 1, 1);
        event(3, "reply", 40, 3);
        event(6, "share", 2, 4);
        event(6, "game", 2, 2);
        event(6, "message", 2, 12);
        event(7, "message", 60, 5);
        ok = ok && sql(db, QStringLiteral("UPDATE members SET is_koc = 1, koc_since = '2026-03-01 10:00:00', koc_reason = '老会员' WHERE id = 8"));
        qundesk::KocSettings s;
        s.topPercent = 20;
        s.minScore = 3;
        return ok && !KocRepository(db).setSettings(s);
    }
};

} // namespace

class TestKocDialog : public QObject
{
    Q_OBJECT

private slots:
    void recomputeOnTheWorkerThenFlagACandidate()
    {
        Fixture f;
        QVERIFY(f.build());
        KocDialog dialog(f.db);
        QAbstractItemModelTester candidatesTester(dialog.candidatesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester unflagTester(dialog.unflagModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY(dialog.summaryText().contains(QLatin1String("No KOC scores yet")));
        QCOMPARE(dialog.candidatesModel()->rowCount(), 0);

        QSignalSpy recomputed(&dialog, &KocDialog::recomputed);
        dialog.recompute();
        QVERIFY(dialog.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(recomputed.size(), 1, 20000);
        QTRY_VERIFY(!dialog.isBusy() && dialog.candidatesModel()->rowCount() > 0);
        QVERIFY2(dialog.statusText().contains(QLatin1String("candidate")), qPrintable(dialog.statusText()));
        QVERIFY(dialog.summaryText().contains(QLatin1String("Scores of 8 members")));

        // Member 1 leads the candidates; its tooltip is the breakdown.
        const KocListEntry &top = dialog.candidatesModel()->entryAt(0);
        QCOMPARE(top.memberId, qint64(1));
        const QString tip = dialog.candidatesModel()->index(0, KocListModel::Score).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Messages: 30 → 20.0")), qPrintable(tip));
        // The KOC gone quiet is below the band since today: not suggested yet.
        QCOMPARE(dialog.unflagModel()->rowCount(), 0);

        // Select member 1's row in the (sorted) view and flag it with a reason.
        QTableView *view = dialog.candidatesView();
        int row = -1;
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (view->model()->index(r, 0).data(KocListModel::MemberIdRole).toLongLong() == 1)
                row = r;
        }
        QVERIFY(row >= 0);
        view->selectRow(row);
        int asked = 0;
        dialog.setReasonPrompt([&asked](bool flag, int count, QString *reason) {
            ++asked;
            if (!flag || count != 1)
                return false;
            *reason = QStringLiteral("群内分享最多");
            return true;
        });
        QSignalSpy changed(&dialog, &KocDialog::kocChanged);
        auto buttons = dialog.findChildren<QPushButton *>();
        QPushButton *flagButton = nullptr;
        for (QPushButton *b : buttons) {
            if (b->text().startsWith(QLatin1String("Flag selected")))
                flagButton = b;
        }
        QVERIFY(flagButton && flagButton->isEnabled());
        QTest::mouseClick(flagButton, Qt::LeftButton);
        QCOMPARE(asked, 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().constFirst().toInt(), 1);
        QSqlQuery q(f.db);
        QVERIFY(q.exec(QStringLiteral("SELECT is_koc, koc_reason, koc_since FROM members WHERE id = 1")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toString(), QStringLiteral("群内分享最多"));
        QVERIFY(!q.value(2).isNull());
        QList<AuditEntry> audit;
        QVERIFY_OK(AuditRepository(f.db).list(QStringLiteral("member"), 1, 5, &audit));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.constFirst().action, QStringLiteral("koc"));
        // The list reloads without the member.
        QTRY_VERIFY(!dialog.isBusy());
        for (const KocListEntry &e : dialog.candidatesModel()->entries())
            QVERIFY(e.memberId != 1);

        // A cancelled prompt changes nothing.
        if (dialog.candidatesModel()->rowCount() > 0) {
            view->selectRow(0);
            dialog.setReasonPrompt([](bool, int, QString *) { return false; });
            dialog.flagSelected();
            QCOMPARE(changed.size(), 1);
        }
    }

    void unflagSuggestionAfterTheBandHeld()
    {
        Fixture f;
        QVERIFY(f.build());
        KocRepository repo(f.db);
        const QDate start = QDate::currentDate().addDays(-14);
        QVERIFY_OK(repo.recompute(start));
        QVERIFY_OK(repo.recompute(QDate::currentDate()));
        KocDialog dialog(f.db);
        QTRY_VERIFY(!dialog.isBusy() && dialog.unflagModel()->rowCount() == 1);
        QCOMPARE(dialog.unflagModel()->entryAt(0).memberId, qint64(8));
        QCOMPARE(dialog.unflagModel()->entryAt(0).belowSince, start);
        dialog.unflagView()->selectRow(0);
        dialog.setReasonPrompt([](bool flag, int, QString *reason) {
            *reason = QStringLiteral("连续两周不活跃");
            return !flag;
        });
        dialog.unflagSelected();
        QSqlQuery q(f.db);
        QVERIFY(q.exec(QStringLiteral("SELECT is_koc, koc_reason FROM members WHERE id = 8")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(q.value(1).toString(), QStringLiteral("连续两周不活跃"));
        QTRY_VERIFY(!dialog.isBusy() && dialog.unflagModel()->rowCount() == 0);
    }

    void breakdownViewShowsComponents()
    {
        Fixture f;
        QVERIFY(f.build());
        KocBreakdownView view;
        QVERIFY(view.setMember(f.db, 1));
        QVERIFY(view.summaryText().contains(QLatin1String("No KOC score yet")));
        KocRunInfo run;
        QVERIFY_OK(KocRepository(f.db).recompute(QDate::currentDate(), &run));
        QVERIFY(view.setMember(f.db, 1));
        QCOMPARE(view.cellText(KocComponent::Messages, 1), QStringLiteral("30"));
        QCOMPARE(view.cellText(KocComponent::Messages, 2), QStringLiteral("20.0"));
        QCOMPARE(view.cellText(KocComponent::Messages, 3), QStringLiteral("3.04"));     // ln 21
        QCOMPARE(view.cellText(KocComponent::Referrals, 1), QStringLiteral("2"));
        QCOMPARE(view.cellText(KocComponent::Spend, 1), QStringLiteral("299"));
        QVERIFY(view.summaryText().contains(QLatin1String("KOC score")));
        QVERIFY(view.summaryText().contains(QStringLiteral("花漾宠粉群1")));
        QVERIFY(view.summaryText().contains(QLatin1String("KOC candidate")));
        QVERIFY(view.computedText().contains(run.computedAt));
        // Breakdown points add up to the score shown.
        double sum = 0;
        for (const KocComponentScore &c : view.score().breakdown.components)
            sum += c.points;
        QVERIFY(std::abs(sum - view.score().score) < 1e-9);
        QString error;
        QVERIFY(!view.setMember(f.db, 999, &error));
        QVERIFY(error.contains(QLatin1String("999")));
    }

    void settingsTabValidatesAndSaves()
    {
        test::TempDatabase t;
        SettingsDialog dialog(t.connection());
        auto *koc = dialog.findChild<ui::KocSettings *>();
        QVERIFY(koc);
        koc->halfLifeSpin()->setValue(21);
        koc->weightSpin(KocComponent::Referrals)->setValue(8);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        qundesk::KocSettings stored;
        QVERIFY_OK(KocRepository(t.connection()).settings(&stored));
        QCOMPARE(stored.halfLifeDays, 21.0);
        QCOMPARE(stored.weight(KocComponent::Referrals), 8.0);
        // Every weight 0: refused with the field named, nothing written.
        SettingsDialog again(t.connection());
        auto *k2 = again.findChild<ui::KocSettings *>();
        QCOMPARE(k2->halfLifeSpin()->value(), 21.0);
        for (KocComponent c : allKocComponents())
            k2->weightSpin(c)->setValue(0);
        again.accept();
        QVERIFY(again.lastError().startsWith(QLatin1String("KOC scoring: Weights")));
        QVERIFY_OK(KocRepository(t.connection()).settings(&stored));
        QCOMPARE(stored.weight(KocComponent::Referrals), 8.0);
    }

    // Opt-in: QUNDESK_SCREENSHOT_DIR=/tmp/shots [QUNDESK_SCREENSHOT_QM=:/i18n/qundesk_zh_CN.qm]
    // saves the dialog and the breakdown view for review.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("QUNDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set QUNDESK_SCREENSHOT_DIR to save screenshots");
        QTranslator translator;
        const QString qm = qEnvironmentVariable("QUNDESK_SCREENSHOT_QM");
        if (!qm.isEmpty() && translator.load(qm)) {
            QCoreApplication::installTranslator(&translator);
            QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        }
        Fixture f;
        QVERIFY(f.build());
        QVERIFY_OK(KocRepository(f.db).recompute(QDate::currentDate().addDays(-14)));
        QVERIFY_OK(KocRepository(f.db).recompute(QDate::currentDate()));
        QDir().mkpath(dir);
        QVERIFY(KocDialog::saveScreenshot(f.db, dir));
        KocBreakdownView view;
        QVERIFY(view.setMember(f.db, 1));
        view.resize(520, 420);
        view.show();
        QVERIFY(view.grab().save(QDir(dir).filePath(QStringLiteral("koc-breakdown.png"))));
        SettingsDialog settings(f.db);
        settings.findChild<QTabWidget *>()->setCurrentWidget(settings.findChild<ui::KocSettings *>());
        settings.resize(640, 720);
        settings.show();
        QVERIFY(settings.grab().save(QDir(dir).filePath(QStringLiteral("koc-settings.png"))));
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestKocDialog)
#include "tst_koc_dialog.moc"
