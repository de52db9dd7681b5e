#include "domain/GroupNaming.h"

#include <QTest>

using namespace qundesk;

class TestGroupNaming : public QObject
{
    Q_OBJECT

private slots:
    void demoNamesPass_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("number");
        QTest::addColumn<int>("purpose");
        // The demo operation's numbered groups (app/io/DemoMatrix.cpp).
        QTest::newRow("sub") << QStringLiteral("花漾百万级3群") << 3 << int(GroupPurpose::Sub);
        QTest::newRow("9800 tier") << QStringLiteral("花漾9800级12群") << 12 << int(GroupPurpose::Sub);
        QTest::newRow("guide") << QStringLiteral("花漾宠粉群16群") << 16 << int(GroupPurpose::ShoppingGuide);
        QTest::newRow("perks") << QStringLiteral("花漾福利群2群") << 2 << int(GroupPurpose::Perks);
        QTest::newRow("training cohort") << QStringLiteral("花漾新人训练营4期") << 4 << int(GroupPurpose::Training);
        // Exempt: master groups and groups without a number.
        QTest::newRow("master") << QStringLiteral("花漾百万级总群") << 0 << int(GroupPurpose::Master);
        QTest::newRow("numbered master") << QStringLiteral("花漾总群") << 2 << int(GroupPurpose::Master);
        QTest::newRow("no number") << QStringLiteral("花漾VIP客户群") << 0 << int(GroupPurpose::Other);
    }

    void demoNamesPass()
    {
        QFETCH(QString, name);
        QFETCH(int, number);
        QFETCH(int, purpose);
        QCOMPARE(GroupNaming::checkName(GroupNaming::defaultTemplate(), name, number, GroupPurpose(purpose)),
                 QString());
    }

    void wrongNamesAreExplained_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("number");
        QTest::newRow("other number") << QStringLiteral("花漾宠粉群4群") << 3;
        QTest::newRow("number inside a larger one") << QStringLiteral("花漾宠粉群13群") << 3;
        QTest::newRow("no number at all") << QStringLiteral("花漾宠粉群") << 3;
        QTest::newRow("wrong ending") << QStringLiteral("花漾宠粉群3号") << 3;
        QTest::newRow("leading zero") << QStringLiteral("花漾宠粉群03群") << 3;
    }

    void wrongNamesAreExplained()
    {
        QFETCH(QString, name);
        QFETCH(int, number);
        const QString message = GroupNaming::checkName(GroupNaming::defaultTemplate(), name, number,
                                                       GroupPurpose::ShoppingGuide);
        QCOMPARE(message, QStringLiteral("The name should look like “…3群” or “…3期” (number 3)."));
    }

    void customTemplate()
    {
        const QString tpl = QStringLiteral("花漾*宠粉{n}群");
        QVERIFY(GroupNaming::validateTemplate(tpl).isEmpty());
        QCOMPARE(GroupNaming::checkName(tpl, QStringLiteral("花漾上海宠粉7群"), 7, GroupPurpose::Sub), QString());
        QCOMPARE(GroupNaming::checkName(tpl, QStringLiteral("花漾宠粉7群"), 7, GroupPurpose::Sub), QString());
        QCOMPARE(GroupNaming::checkName(tpl, QStringLiteral("上海宠粉7群"), 7, GroupPurpose::Sub),
                 QStringLiteral("The name should look like “花漾…宠粉7群” (number 7)."));
        // Regular-expression characters in the template are literal.
        const QString dotted = QStringLiteral("*.{n}群");
        QCOMPARE(GroupNaming::checkName(dotted, QStringLiteral("A.5群"), 5, GroupPurpose::Sub), QString());
        QVERIFY(!GroupNaming::checkName(dotted, QStringLiteral("AB5群"), 5, GroupPurpose::Sub).isEmpty());
    }

    void invalidTemplates()
    {
        QVERIFY(!GroupNaming::validateTemplate(QString()).isEmpty());
        QVERIFY(!GroupNaming::validateTemplate(QStringLiteral("宠粉群")).isEmpty());
        QVERIFY(!GroupNaming::validateTemplate(QStringLiteral("*{n}群{n}")).isEmpty());
        QVERIFY(!GroupNaming::validateTemplate(QStringLiteral("*{n}群|福利群")).isEmpty());
        QVERIFY(!GroupNaming::validateTemplate(QStringLiteral("{n}")).isEmpty());
        QVERIFY(GroupNaming::validateTemplate(QStringLiteral("{n}群")).isEmpty());
        // An unusable stored template falls back to the default instead of refusing every name.
        QCOMPARE(GroupNaming::forms(QStringLiteral("宠粉群")), GroupNaming::forms(GroupNaming::defaultTemplate()));
        QCOMPARE(GroupNaming::checkName(QStringLiteral("宠粉群"), QStringLiteral("花漾宠粉群5群"), 5, GroupPurpose::Sub),
                 QString());
    }

    void suggestionAndStem()
    {
        const QString tpl = GroupNaming::defaultTemplate();
        QCOMPARE(GroupNaming::stemOf(tpl, QStringLiteral("花漾宠粉群12群"), 12), QStringLiteral("花漾宠粉群"));
        QCOMPARE(GroupNaming::stemOf(tpl, QStringLiteral("花漾新人训练营4期"), 4), QStringLiteral("花漾新人训练营"));
        QCOMPARE(GroupNaming::stemOf(tpl, QStringLiteral("花漾宠粉群12群"), 11), QString());
        QCOMPARE(GroupNaming::suggestName(tpl, 13, QStringLiteral("花漾宠粉群")), QStringLiteral("花漾宠粉群13群"));
        QCOMPARE(GroupNaming::suggestName(QStringLiteral("花漾*宠粉{n}群"), 2, QStringLiteral("上海")),
                 QStringLiteral("花漾上海宠粉2群"));
        // The suggestion passes its own check.
        const QString suggested = GroupNaming::suggestName(tpl, 7, QStringLiteral("花漾福利群"));
        QCOMPARE(GroupNaming::checkName(tpl, suggested, 7, GroupPurpose::Perks), QString());
    }
};

QTEST_GUILESS_MAIN(TestGroupNaming)
#include "tst_group_naming.moc"
