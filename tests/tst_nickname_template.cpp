#include "domain/NicknameTemplate.h"

#include <QTest>

using namespace qundesk;

class TestNicknameTemplate : public QObject
{
    Q_OBJECT

private slots:
    void defaultPatternParses()
    {
        const NicknameTemplate t;
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        QCOMPARE(t.pattern(), QStringLiteral("城市-店名-姓名"));
        QCOMPARE(t.partNames(), (QStringList{QStringLiteral("城市"), QStringLiteral("店名"), QStringLiteral("姓名")}));
        QCOMPARE(t.separators(), (QList<QChar>{u'-', u'-'}));
    }

    void patterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("inMessage");
        QTest::newRow("default") << QStringLiteral("城市-店名-姓名") << true << QString();
        QTest::newRow("spaced dashes") << QStringLiteral("城市 - 店名 - 姓名") << true << QString();
        QTest::newRow("full-width dash") << QStringLiteral("城市－店名－姓名") << true << QString();
        QTest::newRow("mixed") << QStringLiteral("城市/店名_姓名") << true << QString();
        QTest::newRow("space") << QStringLiteral("城市 姓名") << true << QString();
        QTest::newRow("english") << QStringLiteral("city-shop-name") << true << QString();
        QTest::newRow("empty") << QStringLiteral("  ") << false << QStringLiteral("empty");
        QTest::newRow("one part") << QStringLiteral("姓名") << false << QStringLiteral("one part");
        QTest::newRow("leading sep") << QStringLiteral("-城市-姓名") << false << QStringLiteral("starts");
        QTest::newRow("trailing sep") << QStringLiteral("城市-姓名-") << false << QStringLiteral("ends");
        QTest::newRow("double sep") << QStringLiteral("城市--姓名") << false << QStringLiteral("single characters");
        QTest::newRow("duplicate part") << QStringLiteral("姓名-店名-姓名") << false << QStringLiteral("twice");
        QTest::newRow("too many") << QStringLiteral("a-b-c-d-e-f-g-h-i") << false << QStringLiteral("at most 8");
    }

    void patterns()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, valid);
        QFETCH(QString, inMessage);
        const QString problem = NicknameTemplate::validatePattern(pattern);
        QCOMPARE(problem.isEmpty(), valid);
        QCOMPARE(NicknameTemplate(pattern).isValid(), valid);
        if (!valid)
            QVERIFY2(problem.contains(inMessage), qPrintable(problem));
    }

    void nicknames_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("nickname");
        QTest::addColumn<QString>("inProblem");     // empty: follows
        const QString d = NicknameTemplate::defaultPattern();
        QTest::newRow("plain") << d << QStringLiteral("广州-花漾美妆-张伟") << QString();
        QTest::newRow("full-width dashes") << d << QStringLiteral("广州－花漾美妆－张伟") << QString();
        QTest::newRow("em dash") << d << QStringLiteral("广州—花漾美妆—张伟") << QString();
        QTest::newRow("en dash and minus") << d << QStringLiteral("广州–花漾美妆−张伟") << QString();
        QTest::newRow("small hyphen") << d << QStringLiteral("广州﹣花漾美妆﹣张伟") << QString();
        QTest::newRow("spaces around") << d << QStringLiteral(" 广州 - 花漾美妆 - 张伟 ") << QString();
        QTest::newRow("ideographic spaces around") << d << QStringLiteral("广州\u3000-\u3000花漾美妆-张伟") << QString();
        QTest::newRow("space inside a part") << d << QStringLiteral("广州-花漾 美妆-张伟") << QString();
        QTest::newRow("latin") << d << QStringLiteral("Guangzhou-Huayang-Zhang Wei") << QString();
        QTest::newRow("empty") << d << QString() << QStringLiteral("No group nickname");
        QTest::newRow("blank") << d << QStringLiteral("\u3000 ") << QStringLiteral("No group nickname");
        QTest::newRow("no separators") << d << QStringLiteral("张伟") << QStringLiteral("has 1 part");
        QTest::newRow("two parts") << d << QStringLiteral("广州-张伟") << QStringLiteral("has 2 part");
        QTest::newRow("four parts") << d << QStringLiteral("广州-花漾-美妆-张伟") << QStringLiteral("has 4 part");
        QTest::newRow("underscores") << d << QStringLiteral("广州_花漾美妆_张伟") << QStringLiteral("“_”");
        QTest::newRow("full-width underscores") << d << QStringLiteral("广州＿花漾＿张伟") << QStringLiteral("“＿”");
        QTest::newRow("slash") << d << QStringLiteral("广州/花漾美妆/张伟") << QStringLiteral("“/”");
        QTest::newRow("empty middle") << d << QStringLiteral("广州--张伟") << QStringLiteral("店名 part");
        QTest::newRow("empty middle spaced") << d << QStringLiteral("广州 -  - 张伟") << QStringLiteral("店名 part");
        QTest::newRow("empty first") << d << QStringLiteral("-花漾-张伟") << QStringLiteral("城市 part");
        QTest::newRow("empty last") << d << QStringLiteral("广州-花漾-") << QStringLiteral("姓名 part");
        // Mixed separators: order matters.
        const QString mixed = QStringLiteral("城市/店名-姓名");
        QTest::newRow("mixed ok") << mixed << QStringLiteral("广州/花漾-张伟") << QString();
        QTest::newRow("mixed full-width slash") << mixed << QStringLiteral("广州／花漾－张伟") << QString();
        QTest::newRow("mixed swapped") << mixed << QStringLiteral("广州-花漾/张伟") << QStringLiteral("after the 城市 part");
        // A space separator: any run of spaces, full-width included.
        const QString spaced = QStringLiteral("城市 姓名");
        QTest::newRow("space sep") << spaced << QStringLiteral("广州 张伟") << QString();
        QTest::newRow("space sep run") << spaced << QStringLiteral("广州   张伟") << QString();
        QTest::newRow("ideographic space sep") << spaced << QStringLiteral("广州\u3000张伟") << QString();
        QTest::newRow("space sep missing") << spaced << QStringLiteral("广州张伟") << QStringLiteral("has 1 part");
        QTest::newRow("space sep dash") << spaced << QStringLiteral("广州-张伟") << QStringLiteral("“-”");
        // A dot template forgives the katakana middle dot.
        const QString dotted = QStringLiteral("城市·姓名");
        QTest::newRow("middle dot") << dotted << QStringLiteral("广州・张伟") << QString();
        // An unusable template says so rather than passing everything.
        QTest::newRow("bad template") << QStringLiteral("姓名") << QStringLiteral("张伟") << QStringLiteral("not usable");
    }

    void nicknames()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, nickname);
        QFETCH(QString, inProblem);
        const NicknameTemplate t(pattern);
        const QString problem = t.check(nickname);
        if (inProblem.isEmpty()) {
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QVERIFY(t.follows(nickname));
        } else {
            QVERIFY2(problem.contains(inProblem), qPrintable(problem));
            QVERIFY(!t.follows(nickname));
        }
    }

    void splitReadsTheParts()
    {
        const NicknameTemplate t;
        QCOMPARE(t.split(QStringLiteral(" 广州 － 花漾 美妆 —张伟")),
                 (QStringList{QStringLiteral("广州"), QStringLiteral("花漾 美妆"), QStringLiteral("张伟")}));
        QCOMPARE(t.split(QString()), QStringList());
    }

    void knownRegions()
    {
        NicknameTemplate t;
        QVERIFY(NicknameTemplate::isPlacePart(QStringLiteral("城市")));
        QVERIFY(NicknameTemplate::isPlacePart(QStringLiteral("City")));
        QVERIFY(!NicknameTemplate::isPlacePart(QStringLiteral("店名")));
        t.setKnownValues(QStringLiteral("城市"), {QStringLiteral("广州"), QStringLiteral("深圳市"), QStringLiteral("上海")});
        QVERIFY(t.follows(QStringLiteral("广州-花漾-张伟")));
        QVERIFY(t.follows(QStringLiteral("广州市-花漾-张伟")));     // the 市 suffix is forgiven
        QVERIFY(t.follows(QStringLiteral("深圳-花漾-张伟")));        // either way round
        const QString problem = t.check(QStringLiteral("火星-花漾-张伟"));
        QVERIFY2(problem.contains(QStringLiteral("城市 part “火星”")), qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("广州")), qPrintable(problem));
        t.setKnownValues(QStringLiteral("城市"), {});
        QVERIFY(t.follows(QStringLiteral("火星-花漾-张伟")));
    }

    void canonicalSeparators()
    {
        QCOMPARE(NicknameTemplate::canonicalSeparator(QChar(0xFF0D)), QChar(u'-'));
        QCOMPARE(NicknameTemplate::canonicalSeparator(QChar(0x2014)), QChar(u'-'));
        QCOMPARE(NicknameTemplate::canonicalSeparator(QChar(0x3000)), QChar(u' '));
        QCOMPARE(NicknameTemplate::canonicalSeparator(QChar(0xFF3F)), QChar(u'_'));
        QCOMPARE(NicknameTemplate::canonicalSeparator(QChar(0x5E7F)), QChar(0x5E7F));   // 广 stays
        QVERIFY(!NicknameTemplate::isSeparatorChar(QChar(0x5E7F)));
        QVERIFY(NicknameTemplate::isSeparatorChar(QChar(u'|')));
    }
};

QTEST_APPLESS_MAIN(TestNicknameTemplate)
#include "tst_nickname_template.moc"
