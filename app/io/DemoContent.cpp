// The content library (columns, items, copy materials, keyword replies), the onboarding flows
// and the funnels.

#include "io/DemoPlan.h"

#include <QCryptographicHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace qundesk::demo {

namespace {

QString fill(QString text, const DemoWords::Product &product, const QString &city = QString())
{
    text.replace(QStringLiteral("{p}"), product.name);
    text.replace(QStringLiteral("{s}"), product.point);
    text.replace(QStringLiteral("{c}"), city);
    return text;
}

QByteArray orNull(const QString &text)
{
    return text.isEmpty() ? QByteArray() : text.toUtf8();
}

// A small poster as SVG text, so the library has pictures to show thumbnails of. The demo writes
// through DemoWriter, which stores a material's text but not a blob; an SVG is both a picture
// and text, and its hash is the hash of that text, as ContentRepository::addMaterial computes it.
QString posterSvg(const QString &headline, const QString &line, const QString &from, const QString &to)
{
    return QStringLiteral(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"480\" height=\"360\" viewBox=\"0 0 480 360\">"
        "<defs><linearGradient id=\"g\" x1=\"0\" y1=\"0\" x2=\"1\" y2=\"1\">"
        "<stop offset=\"0\" stop-color=\"%3\"/><stop offset=\"1\" stop-color=\"%4\"/></linearGradient></defs>"
        "<rect width=\"480\" height=\"360\" fill=\"url(#g)\"/>"
        "<circle cx=\"400\" cy=\"70\" r=\"90\" fill=\"#ffffff\" fill-opacity=\"0.18\"/>"
        "<circle cx=\"60\" cy=\"320\" r=\"70\" fill=\"#ffffff\" fill-opacity=\"0.12\"/>"
        "<text x=\"36\" y=\"150\" font-size=\"52\" font-weight=\"bold\" fill=\"#ffffff\">%1</text>"
        "<text x=\"38\" y=\"210\" font-size=\"26\" fill=\"#ffffff\">%2</text>"
        "<rect x=\"36\" y=\"250\" width=\"150\" height=\"44\" rx=\"22\" fill=\"#ffffff\"/>"
        "<text x=\"62\" y=\"280\" font-size=\"22\" fill=\"%3\">扫码进群</text>"
        "</svg>")
        .arg(headline.toHtmlEscaped(), line.toHtmlEscaped(), from, to);
}

} // namespace

DatabaseError writeContent(DemoState &s)
{
    Rng rng(s.options.seed, 6);
    const DemoWords &w = s.words;
    const qint64 now = s.clock.now();

    for (qsizetype i = 0; i < w.columns.size(); ++i) {
        const DemoWords::Column &c = w.columns.at(i);
        if (auto err = s.writer.write(DemoWriter::ContentColumn {
                i + 1, c.name.toUtf8(), c.category.toUtf8(), c.color.toUtf8(), c.description.toUtf8() }))
            return err;
        s.columnNames.append(c.name);
    }
    s.itemsByColumn.assign(size_t(w.columns.size()), {});

    qint64 itemId = 0;
    auto addItem = [&](const QString &column, const QString &kind, const QString &status, const QString &title,
                       const QString &body, const QString &tags) -> DatabaseError {
        const qint64 id = ++itemId;
        const int columnId = s.columnId(column);
        const qint64 created = -qint64(rng.range(20, 300)) * Clock::Day + rng.range(9 * 3600, 22 * 3600);
        const qint64 updated
            = std::min(now - 3600, created + qint64(rng.range(0, 20)) * Clock::Day + rng.range(0, 3600));
        if (auto err
            = s.writer.write(DemoWriter::ContentItem { id, title.toUtf8(), orNull(body), kind.toUtf8(), columnId,
                status.toUtf8(), orNull(tags), s.clock.dateTimeText(created), s.clock.dateTimeText(updated) }))
            return err;
        if (status == u"ready") {
            if (columnId > 0)
                s.itemsByColumn[size_t(columnId - 1)].push_back(id);
            if (kind != u"welcome" && kind != u"script")
                s.shareableItems.push_back(id);
        }
        if (title == u"早安问候")
            s.morningItem = id;
        else if (title == u"晚安总结")
            s.eveningItem = id;
        else if (title == u"周末问候")
            s.weekendItem = id;
        return {};
    };
    for (const DemoWords::Content &c : w.content) {
        if (auto err = addItem(c.column, c.kind, c.status, c.title, c.body, c.tags))
            return err;
    }
    // Per product: a launch teaser, a flash sale and a how-to; each product's items are remembered
    // so its copy materials can be attached to them.
    std::vector<std::vector<qint64>> itemsOfProduct(size_t(w.products.size()));
    for (qsizetype p = 0; p < w.products.size(); ++p) {
        const DemoWords::Product &product = w.products.at(p);
        for (const DemoWords::Template &t : w.productContent) {
            const QString status = rng.chance(0.1) ? QStringLiteral("draft") : QStringLiteral("ready");
            if (auto err
                = addItem(t.column, t.kind, status, fill(t.title, product), fill(t.body, product), product.name))
                return err;
            itemsOfProduct[size_t(p)].push_back(itemId);
        }
    }

    // Copy written by members of the material groups (or KOCs), with the sha256 of its text.
    std::vector<int> authors;
    for (const MembershipPlan &ms : s.memberships) {
        if (s.groups[size_t(ms.group)].purpose == Purpose::Material)
            authors.push_back(ms.member);
    }
    if (authors.empty()) {
        for (size_t i = 0; i < s.members.size(); ++i) {
            if (s.members[i].koc)
                authors.push_back(int(i));
        }
    }
    std::sort(authors.begin(), authors.end());
    authors.erase(std::unique(authors.begin(), authors.end()), authors.end());
    const int materialCount = std::clamp(30 + s.options.members / 400, 30, 600);
    QSet<QByteArray> hashes;
    std::vector<std::vector<qint64>> materialsOfProduct(size_t(w.products.size()));
    for (int k = 0; k < materialCount; ++k) {
        const int productIndex = rng.below(int(w.products.size()));
        const DemoWords::Product &product = w.products.at(productIndex);
        const DemoWords::Template &t = DemoWords::pick(rng, w.materialCopy);
        const int author = authors.empty() ? -1 : authors[size_t(rng.below(int(authors.size())))];
        const MemberPlan *m = author >= 0 ? &s.members[size_t(author)] : nullptr;
        const QString city = w.cities.at(m ? m->region - 1 : rng.below(int(w.cities.size()))).name;
        QString body = fill(t.body, product, city);
        QByteArray sha = QCryptographicHash::hash(body.toUtf8(), QCryptographicHash::Sha256).toHex();
        for (int version = 2; hashes.contains(sha); ++version) {
            body = fill(t.body, product, city) + QStringLiteral("（第%1版）").arg(version);
            sha = QCryptographicHash::hash(body.toUtf8(), QCryptographicHash::Sha256).toHex();
        }
        hashes.insert(sha);
        const qint64 earliest
            = std::max(now - 150 * Clock::Day, m && m->firstJoin != NoTime ? m->firstJoin : now - 150 * Clock::Day);
        const qint64 created
            = std::min(now - 3600, earliest + rng.range64(3600, std::max<qint64>(3600, now - earliest - 7200)));
        DemoWriter::Material row;
        row.id = k + 1;
        row.title = fill(t.title, product, city).toUtf8();
        row.kind = "copy";
        row.body = body.toUtf8();
        row.mimeType = "text/plain; charset=utf-8";
        row.sizeBytes = row.body.size();
        row.sha256 = sha;
        row.authorMemberId = author + 1;
        row.approved = rng.chance(0.6);
        const qint64 approvedAt = created + rng.range(3600, 3 * 86400);
        if (row.approved && approvedAt < now) {
            row.approvedBy = s.operatorWithRole(rng.chance(0.7) ? "specialist" : "manager", rng);
            row.approvedAt = s.clock.dateTimeText(approvedAt);
        } else {
            row.approved = false;
        }
        row.createdAt = s.clock.dateTimeText(created);
        if (auto err = s.writer.write(row))
            return err;
        materialsOfProduct[size_t(productIndex)].push_back(row.id);
    }
    // A few posters (SVG pictures) per the first products, credited to material-group members.
    static const char *const gradients[][2] = { { "#e8505b", "#f9a26c" }, { "#3d5af1", "#22d1ee" },
        { "#0f9b8e", "#a8e6cf" }, { "#8e44ad", "#f368e0" }, { "#ff9f43", "#feca57" }, { "#222f3e", "#576574" } };
    const int posterCount = int(std::min<qsizetype>(6, w.products.size()));
    for (int k = 0; k < posterCount; ++k) {
        const DemoWords::Product &product = w.products.at(k);
        const QString svg = posterSvg(product.name, product.point, QString::fromLatin1(gradients[k][0]),
            QString::fromLatin1(gradients[k][1]));
        const int author = authors.empty() ? -1 : authors[size_t(rng.below(int(authors.size())))];
        const qint64 created = now - rng.range64(2 * Clock::Day, 40 * Clock::Day);
        DemoWriter::Material row;
        row.id = materialCount + k + 1;
        row.title = QStringLiteral("%1 海报").arg(product.name).toUtf8();
        row.kind = "poster";
        row.body = svg.toUtf8();
        row.mimeType = "image/svg+xml";
        row.sizeBytes = row.body.size();
        row.sha256 = QCryptographicHash::hash(row.body, QCryptographicHash::Sha256).toHex();
        row.authorMemberId = author + 1;
        row.approved = k % 3 != 2;
        if (row.approved) {
            row.approvedBy = s.operatorWithRole("manager", rng);
            row.approvedAt = s.clock.dateTimeText(created + 3 * 3600);
        }
        row.createdAt = s.clock.dateTimeText(created);
        if (auto err = s.writer.write(row))
            return err;
        materialsOfProduct[size_t(k)].insert(materialsOfProduct[size_t(k)].begin(), row.id);
    }
    for (size_t p = 0; p < itemsOfProduct.size(); ++p) {
        const std::vector<qint64> &materials = materialsOfProduct[p];
        for (size_t k = 0; k < itemsOfProduct[p].size() && k < materials.size(); ++k) {
            if (auto err = s.writer.write(DemoWriter::ItemMaterial { itemsOfProduct[p][k], materials[k] }))
                return err;
        }
    }

    // Keyword replies for the questions everyone asks; one after-sales group has its own wording.
    qint64 keywordId = 0;
    for (const DemoWords::Keyword &k : w.keywords) {
        if (auto err = s.writer.write(DemoWriter::KeywordReply { ++keywordId, k.keyword.toUtf8(), k.mode.toUtf8(),
                k.reply.toUtf8(), 0, orNull(k.scopePurpose), k.priority, true }))
            return err;
    }
    for (const GroupPlan &g : s.groups) {
        if (g.purpose == Purpose::AfterSales && g.live()) {
            if (auto err = s.writer.write(DemoWriter::KeywordReply { ++keywordId, "退货", "contains",
                    QByteArrayLiteral("本群售后专线：请发「订单号+问题照片」，宠粉官会在30分钟内私聊您处理退货。"),
                    g.id, QByteArray(), 40, true }))
                return err;
            break;
        }
    }
    return s.writer.write(DemoWriter::KeywordReply { ++keywordId, "双11", "contains",
        QByteArrayLiteral("双11预售已结束，感谢支持！尾款请在11月11日当天付清。"), 0, QByteArray(), 5, false });
}

DatabaseError writeOnboarding(DemoState &s)
{
    Rng rng(s.options.seed, 8);
    const DemoWords &w = s.words;
    const qint64 now = s.clock.now();
    const QByteArray persona = QByteArrayLiteral("宠粉官");
    if (auto err = s.writer.write(DemoWriter::OnboardingFlow { 1, "标准入群仪式", QByteArray(),
            QByteArrayLiteral("新成员从身份审核到第一次参与活动的8个步骤，培训讲师给新员工演示的就是这一套。"), persona,
            true }))
        return err;
    if (auto err = s.writer.write(DemoWriter::OnboardingFlow { 2, "素材群入群仪式", "material",
            QByteArrayLiteral("素材共创群只邀请优秀创作者，入群先确认原创作品。"), persona, false }))
        return err;
    struct Step
    {
        QByteArray kind;
        int minutes;
    };
    std::vector<Step> standard;
    std::vector<Step> material;
    qint64 stepId = 0;
    for (const DemoWords::FlowStep &f : w.onboarding) {
        const bool isMaterial = f.flow == u"material";
        if (auto err
            = s.writer.write(DemoWriter::OnboardingStep { ++stepId, isMaterial ? 2 : 1, f.position, f.kind.toUtf8(),
                f.title.toUtf8(), f.script.toUtf8(), f.action.toUtf8(), f.checklist.toUtf8(), f.minutes }))
            return err;
        (isMaterial ? material : standard).push_back({ f.kind.toUtf8(), f.minutes });
    }

    // Members who joined in the last week are somewhere along the ritual.
    for (const MembershipPlan &ms : s.memberships) {
        const GroupPlan &g = s.groups[size_t(ms.group)];
        if (ms.left != Open || ms.joined < now - 7 * Clock::Day || !g.live())
            continue;
        const std::vector<Step> &steps = g.purpose == Purpose::Material ? material : standard;
        for (const Step &step : steps) {
            const qint64 at = step.kind == "identity_check"
                ? ms.joined - rng.range(600, 86400)
                : ms.joined + qint64(step.minutes) * 60 + rng.range(0, 1800);
            if (at >= now || !rng.chance(0.92))
                break;
            const bool detected = step.kind == "welcome" || step.kind == "rename" || step.kind == "self_intro";
            if (auto err = s.writer.write(DemoWriter::OnboardingProgress {
                    ms.member + 1, g.id, step.kind, s.clock.dateTimeText(at), detected ? "detected" : "manual" }))
                return err;
        }
    }
    return {};
}

// The 7-step funnel that moves app users into the segmented groups, counted per channel and day,
// and a small offline-salon funnel.
DatabaseError writeFunnels(DemoState &s)
{
    Rng rng(s.options.seed, 9);
    const struct
    {
        const char *name;
        const char *metric;
        const char *eventKind;
        double rate;
    } steps[] = {
        { "选定目标用户", "按标签圈选的App存量用户数", nullptr, 1.0 },
        { "广告位曝光", "弹窗、横幅等7个广告位的曝光人数", nullptr, 0.72 },
        { "加好友落地页", "进入加好友落地页的人数", nullptr, 0.45 },
        { "跳转微信", "从App跳转到微信的人数（流失最大的一步）", nullptr, 0.26 },
        { "添加好友成功", "添加宠粉官为好友的人数（自动回复+赠品）", nullptr, 0.80 },
        { "身份审核", "完成身份审核并记录后台用户ID的人数", nullptr, 0.85 },
        { "进入分层社群", "被拉入对应分层社群的人数", "join", 0.785 },
    };
    if (auto err = s.writer.write(DemoWriter::Funnel { 1, "App存量用户入群七步漏斗",
            QByteArrayLiteral("把App里的存量用户一步步转到对应的分层社群：每一步都有指标。"), true }))
        return err;
    qint64 stepId = 0;
    for (int k = 0; k < 7; ++k) {
        if (auto err = s.writer.write(DemoWriter::FunnelStep { ++stepId, 1, k + 1, steps[k].name, steps[k].metric,
                steps[k].eventKind ? QByteArray(steps[k].eventKind) : QByteArray() }))
            return err;
    }
    // About 7,000 targeted users a day at 10,000 members lead to ~450 friend adds and ~300 joins;
    // shopping festivals bring campaign days with several times that.
    const double scale = std::max(0.25, s.options.members / 10000.0);
    const int channels = s.channelPicker.size();
    std::vector<double> share(static_cast<size_t>(channels), 0.0);
    for (int c = 0; c < channels; ++c)
        share[size_t(c)] = s.words.channels.at(c).weight / s.channelPicker.total();
    for (int day = -90; day < 0; ++day) {
        const QDate date = s.clock.date(day);
        const int md = date.month() * 100 + date.day();
        double factor = date.dayOfWeek() >= 6 ? 0.85 : 1.0;
        if (md == 1111 || md == 618 || md == 1212)
            factor = 7.0;
        else if (md == 1110 || md == 909 || md == 308 || md == 520)
            factor = 3.0;
        const QByteArray dayText = s.clock.dateText(day);
        for (int c = 0; c < channels; ++c) {
            qint64 count = std::llround(7000.0 * scale * factor * share[size_t(c)] * (0.85 + 0.3 * rng.real()));
            for (int k = 0; k < 7; ++k) {
                if (k > 0)
                    count = std::min(
                        count, qint64(std::floor(double(count) * steps[k].rate * (0.93 + 0.14 * rng.real()))));
                if (auto err = s.writer.write(DemoWriter::FunnelCount { k + 1, c + 1, dayText, count }))
                    return err;
            }
        }
        if (!s.report(double(day + 90) / 90.0))
            return s.cancelledError();
    }

    // 512 invited to the offline salon, 95.7% (490) closed.
    if (auto err = s.writer.write(DemoWriter::Funnel {
            2, "线下沙龙邀约", QByteArrayLiteral("门店沙龙的邀约到成交：512人受邀，成交率95.7%。"), false }))
        return err;
    const struct
    {
        const char *name;
        const char *metric;
        const char *kind;
        qint64 count;
    } salon[] = {
        { "邀约发出", "发出邀约的人数", nullptr, 512 },
        { "确认报名", "确认参加的人数", nullptr, 503 },
        { "到场签到", "现场签到的人数", "checkin", 497 },
        { "现场成交", "当场下单的人数", "purchase", 490 },
    };
    const int salonChannel = int(s.words.channels.size()) >= 7 ? 7 : 1; // 线下沙龙
    const QByteArray salonDay = s.clock.dateText(-rng.range(15, 40));
    for (int k = 0; k < 4; ++k) {
        if (auto err = s.writer.write(DemoWriter::FunnelStep { ++stepId, 2, k + 1, salon[k].name, salon[k].metric,
                salon[k].kind ? QByteArray(salon[k].kind) : QByteArray() }))
            return err;
        if (auto err = s.writer.write(DemoWriter::FunnelCount { stepId, salonChannel, salonDay, salon[k].count }))
            return err;
    }
    return {};
}

} // namespace qundesk::demo
