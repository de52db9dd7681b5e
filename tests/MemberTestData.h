#pragma once

// Realistic member profiles for the member tests: Chinese names, city-shop nicknames, WeChat
// style IDs and mainland mobile numbers, generated from a seed so every run sees the same data.

#include "TestSupport.h"

#include "domain/Member.h"

#include <QRandomGenerator>
#include <QStringList>

namespace qundesk::test {

inline QList<Member> sampleMembers(int count, quint32 seed = 20240601, qint64 channelId = 0)
{
    static const QStringList surnames = {
        QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("刘"), QStringLiteral("陈"),
        QStringLiteral("杨"), QStringLiteral("黄"), QStringLiteral("赵"), QStringLiteral("吴"), QStringLiteral("周"),
        QStringLiteral("徐"), QStringLiteral("孙"), QStringLiteral("马"), QStringLiteral("朱"), QStringLiteral("胡")};
    static const QStringList given = {
        QStringLiteral("伟"), QStringLiteral("芳"), QStringLiteral("娜"), QStringLiteral("敏"), QStringLiteral("静"),
        QStringLiteral("丽"), QStringLiteral("强"), QStringLiteral("磊"), QStringLiteral("洋"), QStringLiteral("艳"),
        QStringLiteral("晓燕"), QStringLiteral("秀英"), QStringLiteral("建华"), QStringLiteral("海燕"),
        QStringLiteral("雪梅"), QStringLiteral("志强"), QStringLiteral("桂英"), QStringLiteral("婷婷")};
    static const QStringList cities = {
        QStringLiteral("杭州"), QStringLiteral("上海"), QStringLiteral("广州"), QStringLiteral("成都"),
        QStringLiteral("武汉"), QStringLiteral("南京"), QStringLiteral("长沙"), QStringLiteral("郑州")};
    static const QStringList shops = {
        QStringLiteral("美妆店"), QStringLiteral("母婴馆"), QStringLiteral("护肤工作室"), QStringLiteral("生活馆"),
        QStringLiteral("微店"), QStringLiteral("优选"), QStringLiteral("宝妈团")};
    static const QStringList latin = {
        QStringLiteral("xiaomei"), QStringLiteral("lily"), QStringLiteral("sunny"), QStringLiteral("mama"),
        QStringLiteral("beauty"), QStringLiteral("happy"), QStringLiteral("vivi"), QStringLiteral("coco")};

    QRandomGenerator rng(seed);
    const QList<IdentityType> identities = allIdentityTypes();
    QList<Member> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        Member m;
        m.displayName = surnames.at(rng.bounded(int(surnames.size()))) + given.at(rng.bounded(int(given.size())));
        m.identity = identities.at(rng.bounded(int(identities.size())));
        if (rng.bounded(5) != 0) {
            m.groupNickname = cities.at(rng.bounded(int(cities.size()))) + u'-'
                              + (m.identity == IdentityType::Consumer ? m.displayName
                                                                       : shops.at(rng.bounded(int(shops.size()))));
        }
        m.platformId = QStringLiteral("wxid_%1%2").arg(latin.at(rng.bounded(int(latin.size())))).arg(i + 1, 5, 10, QChar(u'0'));
        if (rng.bounded(10) != 0)
            m.phone = QStringLiteral("1%1%2").arg(3 + rng.bounded(7)).arg(rng.bounded(1000000000), 9, 10, QChar(u'0'));
        if (rng.bounded(10) != 0) {
            m.firstJoinedAt = QDateTime(QDate(2023, 1, 1).addDays(rng.bounded(540)),
                                        QTime(8 + rng.bounded(14), rng.bounded(60), 0));
        }
        m.channelId = channelId;
        out.append(m);
    }
    return out;
}

} // namespace qundesk::test
