#include "TestSupport.h"

#include "io/DemoGenerator.h"
#include "matrix/RecommendationsDialog.h"
#include "models/RecommendationModel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTimer>
#include <QTranslator>

using namespace qundesk;
using qundesk::ui::RecommendationsDialog;

namespace {

// Answers the next modal question box with `button`.
void answerNextQuestion(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, qApp, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box && box->button(button))
            box->button(button)->click();
        else
            answerNextQuestion(button);   // not shown yet
    });
}

QString status(const QSqlDatabase &db, qint64 group)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT status FROM chat_groups WHERE id = %1").arg(group));
    return q.next() ? q.value(0).toString() : QString();
}

QPushButton *applyButton(RecommendationsDialog &dialog)
{
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text() == QCoreApplication::translate("qundesk::ui::RecommendationsDialog", "Apply selected…"))
            return b;
    }
    return nullptr;
}

} // namespace

class TestRecommendationsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("QUNDESK_ACTOR", "测试运营");
        DemoOptions options;
        options.members = 3000;
        options.today = QDate(2026, 11, 23);
        QVERIFY_OK(DemoGenerator::generate(*m_demo.db, options));
    }

    void appliesACheckedDissolution()
    {
        // QUNDESK_SCREENSHOT_DIR=dir [QUNDESK_SCREENSHOT_LANG=zh_CN]: also save what the dialog looks like.
        const QString shots = qEnvironmentVariable("QUNDESK_SCREENSHOT_DIR");
        const QString language = qEnvironmentVariable("QUNDESK_SCREENSHOT_LANG");
        QTranslator translator;
        if (!shots.isEmpty() && !language.isEmpty() && translator.load(QStringLiteral(":/i18n/qundesk_%1.qm").arg(language)))
            QCoreApplication::installTranslator(&translator);
        const bool english = !QCoreApplication::translate("qundesk::ui::RecommendationsDialog", "Apply selected…")
                                  .compare(QStringLiteral("Apply selected…"));

        const QDate today(2026, 11, 23);
        RecommendationsDialog dialog(m_demo.connection(), nullptr);
        dialog.setToday(today);
        dialog.show();
        RecommendationModel *model = dialog.model();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() > 0, 20000);

        int row = -1;
        for (int r = 0; r < model->rowCount() && row < 0; ++r) {
            if (model->recommendationAt(r).action == RecommendationAction::MigrateAndDissolve)
                row = r;
        }
        QVERIFY2(row >= 0, "the demo has a zombie group");
        const Recommendation rec = model->recommendationAt(row);
        QCOMPARE(status(m_demo.connection(), rec.groupId), QStringLiteral("active"));

        QPushButton *apply = applyButton(dialog);
        QVERIFY(apply);
        QVERIFY(!apply->isEnabled());
        QVERIFY(model->setData(model->index(row, RecommendationModel::Action), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(apply->isEnabled());
        const QString preview = dialog.findChild<QPlainTextEdit *>()->toPlainText();
        QVERIFY2(preview.contains(rec.groupName) && (!english || preview.contains(QStringLiteral("migrated"))),
                 qPrintable(preview));

        // Cancel at the confirmation changes nothing.
        answerNextQuestion(QMessageBox::Cancel);
        apply->click();
        QCOMPARE(status(m_demo.connection(), rec.groupId), QStringLiteral("active"));

        QSignalSpy applied(&dialog, &RecommendationsDialog::applied);
        answerNextQuestion(QMessageBox::Yes);
        apply->click();
        QVERIFY(applied.wait(20000));
        QCOMPARE(applied.first().first().toInt(), 1);
        QCOMPARE(status(m_demo.connection(), rec.groupId), QStringLiteral("dissolved"));
        // The list reloads without the applied recommendation.
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() > 0, 20000);
        QCOMPARE(model->rowOfId(rec.id), -1);
        QVERIFY2(dialog.statusText().contains(rec.groupName), qPrintable(dialog.statusText()));

        if (!shots.isEmpty()) {
            model->setData(model->index(0, RecommendationModel::Action), Qt::Checked, Qt::CheckStateRole);
            const QString name = QStringLiteral("recommendations-%1.png").arg(language.isEmpty() ? QStringLiteral("en") : language);
            QVERIFY(dialog.grab().save(QDir(shots).filePath(name)));
        }
        QCoreApplication::removeTranslator(&translator);
    }

private:
    test::TempDatabase m_demo;
};

QTEST_MAIN(TestRecommendationsDialog)
#include "tst_recommendations_dialog.moc"
