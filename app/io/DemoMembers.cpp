// Writing the planned people: members with their profile details, tags, the points ledger, the
// groups and every membership.

#include "io/DemoPlan.h"

#include <algorithm>

namespace qundesk::demo {

namespace {

constexpr const char *MobilePrefixes[] = { "138", "139", "137", "136", "135", "134", "150", "151", "152", "157", "158",
    "159", "182", "183", "187", "188", "130", "131", "132", "155", "156", "185", "186", "133", "153", "180", "181",
    "189", "177", "199", "166", "198", "191", "176", "173", "195" };

// wxid_ + 7 random characters + 7 characters of a bijection of the member number: unique by
// construction, random-looking like the platform's own ids.
QByteArray platformId(Rng &rng, quint32 index, quint32 salt)
{
    static constexpr char Alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray id("wxid_");
    for (int k = 0; k < 7; ++k)
        id += Alphabet[rng.below(36)];
    quint32 x = (index * 2654435761u) ^ salt; // odd multiplier: a bijection on 32 bits
    char tail[7];
    for (char &c : tail) {
        c = Alphabet[x % 36];
        x /= 36;
    }
    id.append(tail, 7);
    return id;
}

// An 11-digit mainland mobile number; the last eight digits are a bijection of the member
// number (48271 is coprime with 10^8), so no two members share one.
QByteArray mobile(Rng &rng, quint32 index, quint32 salt)
{
    const quint64 digits = (quint64(index) * 48271u + salt) % 100000000u;
    QByteArray phone(MobilePrefixes[rng.below(int(std::size(MobilePrefixes)))]);
    phone += QByteArray::number(digits).rightJustified(8, '0');
    return phone;
}

qint64 clampPast(qint64 t, qint64 now)
{
    return std::min(t, now - 300);
}

} // namespace

DatabaseError writeMembers(DemoState &s)
{
    Rng rng(s.options.seed, 3);
    const DemoWords &w = s.words;
    const qint64 now = s.clock.now();
    const quint32 idSalt = s.options.seed * 2246822519u + 374761393u;
    const quint32 phoneSalt = s.options.seed % 100000000u;
    const int n = int(s.members.size());
    const QByteArray dash = QByteArrayLiteral("-");
    DemoWriter::Member row;
    for (int i = 0; i < n; ++i) {
        const MemberPlan &m = s.members[size_t(i)];
        const QByteArray realName = w.personName(rng, m.female).toUtf8();
        const QByteArray city = w.cities.at(m.region - 1).name.toUtf8();
        row.id = i + 1;
        row.displayName = rng.chance(0.08) ? DemoWords::pick(rng, w.nicknames).toUtf8() : realName;
        const double r = rng.real();
        switch (m.identity) {
        case Identity::Store:
            row.groupNickname = r < 0.85 ? city + dash + w.shopName(rng, false).toUtf8() + dash + realName
                : r < 0.95               ? row.displayName
                                         : QByteArray();
            break;
        case Identity::Online:
            row.groupNickname = r < 0.80 ? city + dash + w.shopName(rng, true).toUtf8() + dash + realName
                : r < 0.93               ? row.displayName
                                         : QByteArray();
            break;
        case Identity::Consumer:
        case Identity::Unknown:
            row.groupNickname = r < 0.45 ? city + dash + realName
                : r < 0.75               ? DemoWords::pick(rng, w.nicknames).toUtf8()
                                         : QByteArray();
            break;
        }
        row.platformId = platformId(rng, quint32(i + 1), idSalt);
        row.phone = rng.chance(0.04) ? QByteArray() : mobile(rng, quint32(i + 1), phoneSalt);
        row.identity = code(m.identity);
        row.verification = code(m.verification);

        const qint64 created = m.firstJoin != NoTime
            ? rng.wakingTime(m.firstJoin - 3 * Clock::Day, m.firstJoin - 600)
            : clampPast(-qint64(rng.range(1, 365)) * Clock::Day + rng.range(9 * 3600, 22 * 3600), now);
        qint64 updated = std::max(created, m.firstJoin);
        row.verifiedBy = 0;
        row.verifiedAt.clear();
        row.evidence.clear();
        if (m.verification == Verification::Verified || m.verification == Verification::Rejected) {
            qint64 at = 0;
            if (m.verification == Verification::Verified && m.firstJoin != NoTime)
                at = rng.wakingTime(created + 300, m.firstJoin - 300);
            else
                at = rng.wakingTime(created + Clock::Hour,
                    std::max(created + Clock::Hour, std::min(created + 3 * Clock::Day, now - 600)));
            row.verifiedBy = s.operatorWithRole("specialist", rng);
            row.verifiedAt = s.clock.dateTimeText(at);
            const QStringList &evidence = m.verification == Verification::Rejected ? w.evidenceRejected
                : m.identity == Identity::Online                                   ? w.evidenceOnline
                                                                                   : w.evidenceStore;
            row.evidence = DemoWords::pick(rng, evidence).toUtf8();
            updated = std::max(updated, at);
        }
        row.channelId = m.channel;
        row.regionId = m.region;
        row.tierId = m.tier;
        row.firstJoinedAt = m.firstJoin != NoTime ? s.clock.dateTimeText(m.firstJoin) : QByteArray();
        row.koc = m.koc;
        row.kocSince = m.koc ? s.clock.dateText(Clock::dayOf(m.kocSince)) : QByteArray();
        row.kocReason = m.koc ? DemoWords::pick(rng, w.kocReasons).toUtf8() : QByteArray();
        if (m.koc)
            updated = std::max(updated, m.kocSince);
        row.blacklisted = m.blacklisted;
        row.blacklistReason = m.blacklisted ? DemoWords::pick(rng, w.blacklistReasons).toUtf8() : QByteArray();
        row.blacklistedAt = m.blacklisted ? s.clock.dateTimeText(m.blacklistedAt) : QByteArray();
        if (m.blacklisted)
            updated = std::max(updated, m.blacklistedAt);
        row.notes = rng.chance(0.03) ? DemoWords::pick(rng, w.memberNotes).toUtf8() : QByteArray();
        row.createdAt = s.clock.dateTimeText(created);
        row.updatedAt = s.clock.dateTimeText(std::min(updated, now));
        if (auto err = s.writer.write(row))
            return err;
        if (i % 2048 == 0 && !s.report(double(i) / n))
            return s.cancelledError();
    }
    return {};
}

DatabaseError writeTagsAndPoints(DemoState &s)
{
    Rng rng(s.options.seed, 4);
    const DemoWords &w = s.words;
    const qint64 now = s.clock.now();
    const int n = int(s.members.size());

    // Tags follow what the operators would notice about each member.
    for (int i = 0; i < n; ++i) {
        const MemberPlan &m = s.members[size_t(i)];
        const bool joined = m.firstJoin != NoTime;
        const bool consumer = m.identity == Identity::Consumer || m.identity == Identity::Unknown;
        for (qsizetype t = 0; t < w.tags.size(); ++t) {
            const QString &name = w.tags.at(t).name;
            bool want = false;
            if (name == u"新人")
                want = joined && m.firstJoin > now - 30 * Clock::Day;
            else if (name == u"门店老板")
                want = m.identity == Identity::Store && m.verification == Verification::Verified && rng.chance(0.7);
            else if (name == u"微商达人")
                want = m.identity == Identity::Online && rng.chance(0.45);
            else if (name == u"大客户")
                want = m.tier == 1 || m.tier == 2;
            else if (name == u"宝妈")
                want = m.female && rng.chance(0.14);
            else if (name == u"美妆达人")
                want = rng.chance(m.koc ? 0.4 : 0.05);
            else if (name == u"高复购")
                want = joined && rng.chance(0.08);
            else if (name == u"价格敏感")
                want = consumer && rng.chance(0.12);
            else if (name == u"敏感肌")
                want = rng.chance(0.06);
            else if (name == u"学生党")
                want = consumer && rng.chance(0.06);
            else if (name == u"职场白领")
                want = rng.chance(0.07);
            else if (name == u"活跃分子")
                want = joined && m.activity > 2.5f;
            else if (name == u"沉默用户")
                want = joined && m.activity < 0.15f && rng.chance(0.5);
            else if (name == u"待跟进")
                want = m.verification == Verification::Pending;
            else if (name == u"KOC候选")
                want = !m.koc && joined && m.activity > 2.0f && rng.chance(0.2);
            if (!want)
                continue;
            const qint64 base = joined ? m.firstJoin : now - 30 * Clock::Day;
            const qint64 at
                = name == u"新人" ? base + rng.range(600, 7200) : clampPast(base + rng.range(3600, 60 * 86400), now);
            if (auto err
                = s.writer.write(DemoWriter::MemberTag { i + 1, t + 1, s.clock.dateTimeText(std::min(at, now - 60)) }))
                return err;
        }
        if (i % 4096 == 0 && !s.report(0.5 * i / n))
            return s.cancelledError();
    }

    // Points: earned by check-ins, games, referrals, content and purchases, redeemed for gifts.
    // The ledger is written in time order per member and a redemption never exceeds the balance.
    struct Entry
    {
        qint64 at;
        qint64 delta;
        const char *reason;
        QByteArray note;
        qint64 operatorId;
    };
    std::vector<Entry> entries;
    qint64 id = 0;
    const QDate today = s.clock.today();
    for (int i = 0; i < n; ++i) {
        const MemberPlan &m = s.members[size_t(i)];
        if (m.firstJoin == NoTime)
            continue;
        entries.clear();
        const qint64 gift = m.firstJoin + rng.range(600, 3 * 3600);
        if (gift < now)
            entries.push_back({ gift, 50, "activity", QByteArrayLiteral("入群礼"), 0 });
        const QDate first = s.clock.date(Clock::dayOf(m.firstJoin));
        for (QDate month(first.year(), first.month(), 1); month <= today; month = month.addMonths(1)) {
            const QDate last = month.addMonths(1).addDays(-1);
            const bool current = last >= today;
            const qint64 at = current ? now - rng.range(3600, 3 * 3600)
                                      : qint64(s.clock.today().daysTo(last)) * Clock::Day + 21 * 3600 + 1800;
            if (at <= m.firstJoin + Clock::Day)
                continue;
            const QByteArray monthText = QByteArray::number(month.month()) + "月";
            if (rng.chance(std::min(0.95, 0.15 + 0.2 * m.activity)))
                entries.push_back({ at, 10 * qint64(rng.range(3, 28)), "checkin", monthText + "签到积分", 0 });
            if (rng.chance(std::min(0.7, 0.08 + 0.1 * m.activity)))
                entries.push_back({ at - rng.range(1, 20) * Clock::Day, 20 * qint64(rng.range(1, 5)), "game",
                    QByteArrayLiteral("每周游戏奖励"), 0 });
        }
        if (rng.chance(m.koc ? 0.5 : 0.06))
            entries.push_back({ clampPast(m.firstJoin + rng.range(3, 60) * Clock::Day, now),
                100 * qint64(rng.range(1, 3)), "referral", QByteArrayLiteral("推荐好友入群"), 0 });
        if (m.koc && rng.chance(0.6))
            entries.push_back({ std::min(now - 600, m.kocSince + rng.range(1, 20) * Clock::Day),
                50 * qint64(rng.range(2, 6)), "content", QByteArrayLiteral("原创素材被采用"), 0 });
        if (rng.chance(0.18))
            entries.push_back({ clampPast(m.firstJoin + rng.range(1, 90) * Clock::Day, now), qint64(rng.range(30, 500)),
                "purchase", QByteArrayLiteral("消费返积分"), 0 });
        if (rng.chance(0.01))
            entries.push_back(
                { clampPast(m.firstJoin + rng.range(1, 30) * Clock::Day, now), 20 * qint64(rng.range(1, 5)), "adjust",
                    QByteArrayLiteral("活动积分补发"), s.operatorWithRole("specialist", rng) });
        for (Entry &e : entries)
            e.at = std::max(e.at, m.firstJoin + 60);
        std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.at < b.at; });

        // Redemptions come after an earning, for an item the balance at that moment covers.
        qint64 balance = 0;
        const size_t earned = entries.size();
        for (size_t k = 0; k < earned; ++k) {
            balance += entries[k].delta;
            const DemoWords::Reward &reward = DemoWords::pick(rng, w.rewards);
            if (balance >= reward.points && rng.chance(0.3)) {
                const qint64 at = entries[k].at + rng.range(3600, 5 * 86400);
                if (at >= now)
                    continue;
                balance -= reward.points;
                entries.push_back({ at, -qint64(reward.points), "redeem", "兑换：" + reward.name.toUtf8(),
                    s.operatorWithRole("specialist", rng) });
            }
        }
        std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.at < b.at; });
        for (const Entry &e : entries) {
            if (auto err = s.writer.write(DemoWriter::Points {
                    ++id, i + 1, e.delta, e.reason, e.note, e.operatorId, s.clock.dateTimeText(e.at) }))
                return err;
        }
        if (i % 4096 == 0 && !s.report(0.5 + 0.5 * i / n))
            return s.cancelledError();
    }
    return {};
}

DatabaseError writeGroupsAndMemberships(DemoState &s)
{
    Rng rng(s.options.seed, 5);
    const DemoWords &w = s.words;
    const qint64 now = s.clock.now();
    DemoWriter::Group row;
    for (const GroupPlan &g : s.groups) {
        row.id = g.id;
        row.name = g.name;
        row.number = g.number;
        row.purpose = code(g.purpose);
        row.tierId = g.tier;
        row.teamId = g.team;
        row.identitySegment = g.purpose == Purpose::Master ? QByteArray("mixed") : QByteArray(code(g.segment));
        row.channelId = g.channel;
        row.regionId = g.region;
        row.parentId = g.parentId;
        row.ownerMemberId = g.ownerMemberId;
        row.operatorId = g.operatorId;
        row.capacity = 500;
        row.createdOn = s.clock.dateText(g.createdDay);
        row.filledOn = s.clock.dateText(g.filledDay);
        const bool changed = g.stage == Stage::Archived || g.stage == Stage::Dissolved;
        row.status = g.stage == Stage::Archived ? "archived" : g.stage == Stage::Dissolved ? "dissolved" : "active";
        const qint64 changedAt = qint64(g.statusDay) * Clock::Day + 20 * 3600 + rng.range(0, 3600);
        row.statusChangedAt = changed ? s.clock.dateTimeText(changedAt) : QByteArray();
        row.rules = w.rules.value(QString::fromLatin1(code(g.purpose))).toUtf8();
        row.culture = rng.chance(0.6) ? DemoWords::pick(rng, w.cultures).toUtf8() : QByteArray();
        const qint64 createdAt = qint64(g.createdDay) * Clock::Day + rng.range(9 * 3600, 11 * 3600);
        row.createdAt = s.clock.dateTimeText(createdAt);
        const qint64 touched = changed
            ? changedAt
            : std::max(qint64(g.filledDay) * Clock::Day + 21 * 3600, now - rng.range(1, 30) * Clock::Day);
        row.updatedAt = s.clock.dateTimeText(std::min(touched, now - 60));
        if (auto err = s.writer.write(row))
            return err;
    }
    if (!s.report(0.1))
        return s.cancelledError();

    // Membership ids follow time, as they would in a live system.
    std::sort(s.memberships.begin(), s.memberships.end(), [](const MembershipPlan &a, const MembershipPlan &b) {
        if (a.joined != b.joined)
            return a.joined < b.joined;
        return a.member != b.member ? a.member < b.member : a.group < b.group;
    });
    const size_t total = s.memberships.size();
    for (size_t i = 0; i < total; ++i) {
        const MembershipPlan &ms = s.memberships[i];
        const bool left = ms.left != Open;
        if (auto err
            = s.writer.write(DemoWriter::Membership { qint64(i) + 1, ms.member + 1, s.groups[size_t(ms.group)].id,
                code(ms.role), s.clock.dateTimeText(ms.joined), left ? s.clock.dateTimeText(ms.left) : QByteArray(),
                left ? QByteArray(code(ms.leave)) : QByteArray() }))
            return err;
        if (i % 4096 == 0 && !s.report(0.1 + 0.9 * double(i) / double(total)))
            return s.cancelledError();
    }
    return {};
}

} // namespace qundesk::demo
