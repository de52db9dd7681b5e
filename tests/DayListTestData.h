#pragma once

// The day list's fixture: two operators, three groups and one day of posts (2026-11-23) that
// exercise every rule of the list: the operator's own groups, an entry assigned to them in
// someone else's group, an entry of their group assigned to someone else, a post done, one
// skipped, one cancelled (left out), one from a content item with two attached materials, and a
// post the next day.

#include "CalendarTestData.h"

#include "storage/ContentRepository.h"
#include "storage/ScheduleRepository.h"

namespace qundesk::test {

struct DayListFixture
{
    static QDate day() { return QDate(2026, 11, 23); }
    static QDateTime at(int h, int min = 0, int dayOffset = 0) { return QDateTime(day().addDays(dayOffset), QTime(h, min)); }

    TempDatabase t;
    qint64 linXiao = 0; // 林晓: runs 宠粉福利1群 and 实体店主导购群
    qint64 wangFang = 0; // 王芳: runs 王芳宠粉2群
    qint64 perks = 0;
    qint64 guide = 0;
    qint64 other = 0;
    qint64 item = 0; // 爆款面霜限时秒杀, with materials
    qint64 copyMaterial = 0;
    qint64 imageMaterial = 0;
    qint64 morning = 0; // 09:00 perks, planned: overdue by 10:30
    qint64 guideMorning = 0; // 09:00 guide, done 09:05
    qint64 noonForWang = 0; // 13:00 perks, assigned to 王芳
    qint64 sale = 0; // 14:00 perks, from the content item
    qint64 lent = 0; // 16:00 王芳's group, assigned to 林晓
    qint64 skipped = 0; // 17:00 guide, skipped
    qint64 wangEvening = 0; // 20:00 王芳's group
    qint64 cancelled = 0; // 22:00 guide, cancelled
    qint64 tomorrow = 0; // next day 10:00 perks

    // imageBytes: what the image material stores (a real PNG in GUI tests).
    explicit DayListFixture(const QByteArray &imageBytes = QByteArrayLiteral("not really a png"))
    {
        useTestActor();
        const QSqlDatabase db = t.connection();
        linXiao = insertOperator(db, QStringLiteral("林晓"));
        wangFang = insertOperator(db, QStringLiteral("王芳"));
        perks = insertGroup(db, QStringLiteral("宠粉福利1群"), QStringLiteral("perks"), linXiao);
        guide = insertGroup(db, QStringLiteral("实体店主导购群"), QStringLiteral("shopping_guide"), linXiao);
        other = insertGroup(db, QStringLiteral("王芳宠粉2群"), QStringLiteral("perks"), wangFang);

        ContentRepository content(db);
        ContentItem flash;
        flash.title = QStringLiteral("爆款面霜限时秒杀");
        flash.body = QStringLiteral("【限时秒杀】今晚 8 点爆款面霜 5 折，仅限群内 100 份！\n点击小程序链接下单，拼手速～");
        flash.kind = ContentKind::FlashSale;
        flash.status = ContentStatus::Ready;
        check(content.createItem(flash, &item));
        Material copy;
        copy.title = QStringLiteral("秒杀文案：面霜");
        copy.kind = MaterialKind::Copy;
        copy.body = QStringLiteral("面霜 5 折，只有今晚！");
        check(content.addMaterial(copy, &copyMaterial));
        Material image;
        image.title = QStringLiteral("秒杀海报：面霜");
        image.kind = MaterialKind::Poster;
        image.data = imageBytes;
        image.mimeType = QStringLiteral("image/png");
        check(content.addMaterial(image, &imageMaterial));
        for (const qint64 material : { copyMaterial, imageMaterial }) {
            Query q(db,
                QStringLiteral("INSERT INTO content_item_materials (content_item_id, material_id) VALUES (:i, :m)"));
            q.bind(QStringLiteral(":i"), item).bind(QStringLiteral(":m"), material);
            check(q.exec(QStringLiteral("attach material")));
        }

        morning = add(perks, at(9), QStringLiteral("早安问候：本周福利预告"),
            QStringLiteral("早上好呀～本周福利：周三下午茶、周五秒杀，记得准时来！"));
        guideMorning = add(guide, at(9), QStringLiteral("门店早报"), QStringLiteral("各位店主早上好，今日陈列重点：新品面霜。"));
        noonForWang = add(perks, at(13), QStringLiteral("午间话题：你的护肤步骤"), QString(), wangFang);
        ScheduleEntry fromItem;
        fromItem.groupId = perks;
        fromItem.contentItemId = item;
        fromItem.scheduledAt = at(14);
        sale = create(fromItem);
        lent = add(other, at(16), QStringLiteral("代发：下午茶福利"), QStringLiteral("下午茶时间到！"), linXiao);
        skipped = add(guide, at(17), QStringLiteral("傍晚互动：晒单"), QString());
        wangEvening = add(other, at(20), QStringLiteral("晚间主推"), QString());
        cancelled = add(guide, at(22), QStringLiteral("晚安总结"), QString());
        tomorrow = add(perks, at(10, 0, 1), QStringLiteral("上午干货：防晒误区"), QStringLiteral("防晒三大误区……"));

        ScheduleRepository schedule(db);
        check(schedule.markDone(guideMorning, at(9, 5)));
        check(schedule.setStatus(skipped, ScheduleStatus::Skipped));
        check(schedule.setStatus(cancelled, ScheduleStatus::Cancelled));
    }

    qint64 add(qint64 group, const QDateTime &when, const QString &title, const QString &body, qint64 operatorId = 0)
    {
        ScheduleEntry e;
        e.groupId = group;
        e.scheduledAt = when;
        e.title = title;
        e.body = body;
        e.operatorId = operatorId;
        return create(e);
    }

    qint64 create(const ScheduleEntry &e)
    {
        qint64 id = 0;
        check(ScheduleRepository(t.connection()).create(e, &id));
        return id;
    }

    static void check(const DatabaseError &err)
    {
        if (err)
            qFatal("day list fixture: %s", qPrintable(err.message));
    }
};

} // namespace qundesk::test
