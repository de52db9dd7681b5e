#include "domain/Content.h"

#include <QTest>

using namespace qundesk;

namespace {

KeywordReply reply(
    qint64 id, const QString &keyword, const QString &text, MatchMode mode = MatchMode::Contains, int priority = 0)
{
    KeywordReply r;
    r.id = id;
    r.keyword = keyword;
    r.reply = text;
    r.matchMode = mode;
    r.priority = priority;
    return r;
}

QString picked(const QList<KeywordReply> &replies, const QString &message, qint64 groupId = 1,
    const QString &purpose = QStringLiteral("shopping_guide"))
{
    const auto r = pickKeywordReply(replies, message, groupId, purpose);
    return r ? r->reply : QString();
}

} // namespace

class TestKeywordReply : public QObject
{
    Q_OBJECT

private slots:
    void matchModes()
    {
        const KeywordReply contains = reply(1, QStringLiteral("发货"), QStringLiteral("a"));
        QVERIFY(keywordMatches(contains, QStringLiteral("请问什么时候发货呀")));
        QVERIFY(!keywordMatches(contains, QStringLiteral("怎么退货")));

        const KeywordReply exact = reply(2, QStringLiteral("群规"), QStringLiteral("b"), MatchMode::Exact);
        QVERIFY(keywordMatches(exact, QStringLiteral(" 群规 ")));
        QVERIFY(!keywordMatches(exact, QStringLiteral("群规是什么")));

        const KeywordReply prefix = reply(3, QStringLiteral("积分"), QStringLiteral("c"), MatchMode::Prefix);
        QVERIFY(keywordMatches(prefix, QStringLiteral("积分怎么兑换")));
        QVERIFY(!keywordMatches(prefix, QStringLiteral("我的积分")));

        // Latin letters ignore case: "VIP" answers "vip 怎么开通".
        QVERIFY(keywordMatches(
            reply(4, QStringLiteral("VIP"), QStringLiteral("d"), MatchMode::Prefix), QStringLiteral("vip 怎么开通")));
        // A blank keyword never matches anything.
        QVERIFY(!keywordMatches(reply(5, QStringLiteral("  "), QStringLiteral("e")), QStringLiteral("随便说点")));
    }

    void highestPriorityWins()
    {
        const QList<KeywordReply> replies {
            reply(1, QStringLiteral("优惠"), QStringLiteral("通用优惠说明"), MatchMode::Contains, 1),
            reply(2, QStringLiteral("优惠券"), QStringLiteral("优惠券领取方式"), MatchMode::Contains, 5),
            reply(3, QStringLiteral("券"), QStringLiteral("低优先级"), MatchMode::Contains, 0),
        };
        QCOMPARE(picked(replies, QStringLiteral("优惠券在哪里领")), QStringLiteral("优惠券领取方式"));
        QCOMPARE(picked(replies, QStringLiteral("有什么优惠")), QStringLiteral("通用优惠说明"));
        QCOMPARE(picked(replies, QStringLiteral("今天天气不错")), QString());
    }

    void disabledRepliesAreIgnored()
    {
        QList<KeywordReply> replies { reply(1, QStringLiteral("发货"), QStringLiteral("停用的回复"),
                                          MatchMode::Contains, 9),
            reply(2, QStringLiteral("发货"), QStringLiteral("48小时内发货")) };
        replies[0].enabled = false;
        QCOMPARE(picked(replies, QStringLiteral("什么时候发货")), QStringLiteral("48小时内发货"));
        replies[1].enabled = false;
        QVERIFY(!pickKeywordReply(replies, QStringLiteral("什么时候发货"), 1, QString()));
    }

    void scopeLimitsWhereAReplyApplies()
    {
        KeywordReply forGroup7
            = reply(1, QStringLiteral("秒杀"), QStringLiteral("7群专属秒杀"), MatchMode::Contains, 9);
        forGroup7.scopeGroupId = 7;
        KeywordReply forPerks = reply(2, QStringLiteral("秒杀"), QStringLiteral("福利群秒杀"), MatchMode::Contains, 9);
        forPerks.scopePurpose = QStringLiteral("perks");
        const KeywordReply everywhere = reply(3, QStringLiteral("秒杀"), QStringLiteral("秒杀规则"));
        const QList<KeywordReply> replies { everywhere, forPerks, forGroup7 };

        QCOMPARE(
            picked(replies, QStringLiteral("今晚秒杀几点"), 7, QStringLiteral("perks")), QStringLiteral("7群专属秒杀"));
        QCOMPARE(
            picked(replies, QStringLiteral("今晚秒杀几点"), 8, QStringLiteral("perks")), QStringLiteral("福利群秒杀"));
        QCOMPARE(picked(replies, QStringLiteral("今晚秒杀几点"), 8, QStringLiteral("after_sales")),
            QStringLiteral("秒杀规则"));
    }

    void priorityBeatsScope()
    {
        KeywordReply scoped = reply(1, QStringLiteral("退款"), QStringLiteral("本群退款流程"), MatchMode::Contains, 1);
        scoped.scopeGroupId = 3;
        const KeywordReply urgent
            = reply(2, QStringLiteral("退款"), QStringLiteral("统一退款通知"), MatchMode::Contains, 10);
        QCOMPARE(picked({ scoped, urgent }, QStringLiteral("我要退款"), 3), QStringLiteral("统一退款通知"));
    }

    void tiesAreDeterministic()
    {
        // Same priority and scope: the longer keyword, then the lower id, whatever the list order.
        const KeywordReply shortKey = reply(5, QStringLiteral("会员"), QStringLiteral("short"));
        const KeywordReply longKey = reply(6, QStringLiteral("会员等级"), QStringLiteral("long"));
        QCOMPARE(picked({ shortKey, longKey }, QStringLiteral("会员等级怎么升")), QStringLiteral("long"));
        QCOMPARE(picked({ longKey, shortKey }, QStringLiteral("会员等级怎么升")), QStringLiteral("long"));

        const KeywordReply first = reply(2, QStringLiteral("地址"), QStringLiteral("first"));
        const KeywordReply second = reply(9, QStringLiteral("门店"), QStringLiteral("second"));
        QCOMPARE(picked({ second, first }, QStringLiteral("门店地址在哪")), QStringLiteral("first"));
        QCOMPARE(picked({ first, second }, QStringLiteral("门店地址在哪")), QStringLiteral("first"));
    }

    void codesRoundTrip()
    {
        for (const MatchMode mode : { MatchMode::Contains, MatchMode::Exact, MatchMode::Prefix })
            QCOMPARE(matchModeFromCode(matchModeCode(mode)), mode);
        QCOMPARE(matchModeFromCode(QStringLiteral("regex")), std::nullopt);
        for (const ContentKind kind : allContentKinds()) {
            QCOMPARE(contentKindFromCode(contentKindCode(kind)), kind);
            QVERIFY(contentKindColor(kind).startsWith(QLatin1Char('#')));
            QVERIFY(!contentKindLabel(kind).isEmpty());
        }
        QCOMPARE(allContentKinds().size(), 10);
        for (const ColumnCategory c : allColumnCategories())
            QCOMPARE(columnCategoryFromCode(columnCategoryCode(c)), c);
        QCOMPARE(columnCategoryCode(ColumnCategory::GuestShare), QStringLiteral("guest_share"));
    }

    // The tester's explanation: each reply with whether its keyword matched and its scope
    // admitted the group; exactly the reply pickKeywordReply chose is marked.
    void traceExplainsTheChoice()
    {
        KeywordReply general = reply(1, QStringLiteral("发货"), QStringLiteral("general"));
        KeywordReply perks = reply(2, QStringLiteral("发货"), QStringLiteral("perks"), MatchMode::Contains, 5);
        perks.scopePurpose = QStringLiteral("perks");
        KeywordReply off = reply(3, QStringLiteral("什么时候"), QStringLiteral("off"), MatchMode::Contains, 9);
        off.enabled = false;
        const KeywordReply other = reply(4, QStringLiteral("退货"), QStringLiteral("other"));
        const QList<KeywordReply> all { general, perks, off, other };

        KeywordReplyTrace trace = traceKeywordReply(all, QStringLiteral("什么时候发货"), 7, QStringLiteral("shopping_guide"));
        QVERIFY(trace.chosen);
        QCOMPARE(trace.chosen->reply, QStringLiteral("general"));
        QCOMPARE(trace.lines.size(), 4);
        QVERIFY(trace.lines[0].chosen && trace.lines[0].keywordMatched && trace.lines[0].scopeAdmits);
        QVERIFY(!trace.lines[1].chosen && trace.lines[1].keywordMatched && !trace.lines[1].scopeAdmits);
        QVERIFY(!trace.lines[2].chosen && trace.lines[2].keywordMatched && !trace.lines[2].reply.enabled);
        QVERIFY(!trace.lines[3].chosen && !trace.lines[3].keywordMatched);

        trace = traceKeywordReply(all, QStringLiteral("什么时候发货"), 7, QStringLiteral("perks"));
        QCOMPARE(trace.chosen->reply, QStringLiteral("perks"));
        QVERIFY(!trace.lines[0].chosen && trace.lines[1].chosen);

        trace = traceKeywordReply(all, QStringLiteral("你好"), 7, QStringLiteral("perks"));
        QVERIFY(!trace.chosen);
        for (const auto &line : std::as_const(trace.lines))
            QVERIFY(!line.chosen);
    }
};

QTEST_GUILESS_MAIN(TestKeywordReply)
#include "tst_keyword_reply.moc"
