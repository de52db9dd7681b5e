#include "TestSupport.h"

#include "funnels/FunnelsPage.h"
#include "models/FunnelStepModel.h"
#include "storage/FunnelRepository.h"
#include "storage/Query.h"

#include <QColor>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QTableView>
#include <QTest>

using namespace qundesk;

namespace {

qint64 addChannel(const QSqlDatabase &db, const QString &name)
{
    Query q(db, QStringLiteral("INSERT INTO channels (name, kind) VALUES (:name, 'app')"));
    q.bind(QStringLiteral(":name"), name);
    return q.exec(QStringLiteral("add channel")) ? 0 : q.lastInsertId();
}

QComboBox *comboWith(QWidget &page, const QString &itemText)
{
    const QList<QComboBox *> combos = page.findChildren<QComboBox *>();
    for (QComboBox *c : combos) {
        if (c->findText(itemText) >= 0)
            return c;
    }
    return nullptr;
}

} // namespace

class TestFunnelsPage : public QObject
{
    Q_OBJECT

private:
    test::TempDatabase *m_t = nullptr;
    Funnel m_funnel;
    qint64 m_popup = 0;
    qint64 m_banner = 0;

private slots:
    void initTestCase()
    {
        qputenv("QUNDESK_ACTOR", "测试经理"); // AuditRepository needs an actor when USER is unset
    }

    void init()
    {
        m_t = new test::TempDatabase;
        FunnelRepository repo(m_t->connection());
        QVERIFY_OK(repo.ensureBuiltinFunnels());
        QList<Funnel> funnels;
        QVERIFY_OK(repo.listFunnels(&funnels));
        QVERIFY_OK(repo.funnel(funnels.first().id, &m_funnel));
        m_popup = addChannel(m_t->connection(), QStringLiteral("App弹窗"));
        m_banner = addChannel(m_t->connection(), QStringLiteral("首页横幅"));
        // Ten days of figures inside the page's default range (the last 30 days).
        const QList<qint64> popup{2000, 1600, 850, 320, 270, 235, 217};
        const QList<qint64> banner{1000, 800, 400, 150, 120, 105, 95};
        QList<FunnelCount> counts;
        for (int d = 1; d <= 10; ++d) {
            const QDate day = QDate::currentDate().addDays(-d);
            for (int i = 0; i < 7; ++i) {
                counts.append({m_funnel.steps[i].id, m_popup, day, popup[i]});
                counts.append({m_funnel.steps[i].id, m_banner, day, banner[i]});
            }
        }
        QVERIFY_OK(repo.upsertCounts(counts));
    }

    void cleanup()
    {
        delete m_t;
        m_t = nullptr;
    }

    void showsTheFunnel()
    {
        ui::FunnelsPage page;
        page.resize(1280, 800);
        page.setDatabase(m_t->connection());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        QCOMPARE(page.windowTitle(), QStringLiteral("Funnels"));
        QCOMPARE(page.table()->model()->rowCount(), 7);
        QCOMPARE(page.model()->funnelId(), m_funnel.id);
        QCOMPARE(page.model()->from(), QDate::currentDate().addDays(-29));
        QCOMPARE(page.model()->to(), QDate::currentDate());
        const QAbstractItemModel *m = page.table()->model();
        QCOMPARE(m->data(m->index(0, FunnelStepModel::Count), FunnelStepModel::SortRole).toLongLong(), 30000);
        QCOMPARE(m->data(m->index(3, FunnelStepModel::StepRate)).toString(), QStringLiteral("37.6%"));
        QCOMPARE(page.summaryText(), QStringLiteral("Largest drop-off: step 3 %1 → step 4 %2, 62.4% lost")
                                         .arg(m_funnel.steps[2].name, m_funnel.steps[3].name));
        // The largest drop-off row is painted with a real colour, not just a name.
        const QVariant background = m->data(m->index(3, FunnelStepModel::Name), Qt::BackgroundRole);
        QCOMPARE(background.metaType(), QMetaType::fromType<QColor>());
        QVERIFY(page.table()->visualRect(m->index(6, FunnelStepModel::Name)).isValid());
        // Opening the page twice does not add a second builtin funnel.
        page.setDatabase(m_t->connection());
        QCOMPARE(comboWith(page, m_funnel.name)->count(), 1);
    }

    void channelAndRangeFilter()
    {
        ui::FunnelsPage page;
        page.setDatabase(m_t->connection());
        QComboBox *channels = comboWith(page, QStringLiteral("首页横幅"));
        QVERIFY(channels);
        QCOMPARE(channels->count(), 3);
        QCOMPARE(channels->itemText(0), QStringLiteral("All channels"));
        channels->setCurrentIndex(channels->findText(QStringLiteral("首页横幅")));
        const QAbstractItemModel *m = page.table()->model();
        QCOMPARE(page.model()->channelId(), m_banner);
        QCOMPARE(m->data(m->index(0, FunnelStepModel::Count), FunnelStepModel::SortRole).toLongLong(), 10000);

        // The from date pushes the to date along rather than making an empty, backwards range.
        const QList<QDateEdit *> edits = page.findChildren<QDateEdit *>();
        QCOMPARE(edits.size(), 2);
        QDateEdit *from = edits[0]->date() < edits[1]->date() ? edits[0] : edits[1];
        QDateEdit *to = from == edits[0] ? edits[1] : edits[0];
        from->setDate(QDate::currentDate().addDays(1));
        QCOMPARE(to->date(), QDate::currentDate().addDays(1));
        QCOMPARE(page.model()->from(), page.model()->to());
        QCOMPARE(page.summaryText(), QStringLiteral("No figures recorded in this range."));

        page.setRange(QDate::currentDate().addDays(-3), QDate::currentDate());
        QCOMPARE(m->data(m->index(0, FunnelStepModel::Count), FunnelStepModel::SortRole).toLongLong(), 3000);
    }

    void risingCountShownInRed()
    {
        FunnelRepository repo(m_t->connection());
        // A week's worth of audits typed into one day: step 6 now counts more than step 5.
        QVERIFY_OK(repo.upsertCount(m_funnel.steps[5].id, m_popup, QDate::currentDate().addDays(-2), 9000));
        ui::FunnelsPage page;
        page.setDatabase(m_t->connection());
        const QAbstractItemModel *m = page.table()->model();
        const QVariant foreground = m->data(m->index(5, FunnelStepModel::Count), Qt::ForegroundRole);
        QCOMPARE(foreground.metaType(), QMetaType::fromType<QColor>());
        QCOMPARE(foreground.value<QColor>(), QColor(0xc6, 0x28, 0x28));
        QVERIFY(m->data(m->index(5, FunnelStepModel::Count), Qt::ToolTipRole).toString().startsWith(QStringLiteral("Data problem")));
        const QList<QLabel *> labels = page.findChildren<QLabel *>();
        const bool warned = std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel *l) {
            return !l->isHidden() && l->text().contains(m_funnel.steps[5].name) && l->text().startsWith(QStringLiteral("Check"));
        });
        QVERIFY(warned);
    }

    void noDatabase()
    {
        ui::FunnelsPage page;
        page.reload();
        QCOMPARE(page.table()->model()->rowCount(), 0);
        QVERIFY(page.summaryText().isEmpty());
    }
};

QTEST_MAIN(TestFunnelsPage)
#include "tst_funnels_page.moc"
