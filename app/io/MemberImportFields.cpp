// The member fields a CSV column maps to, how headers and cells are recognised, and the checks
// one row must pass before the writer sees it.
#include "io/MemberImportRow.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace qundesk {

namespace {

struct FieldInfo
{
    MemberField field;
    const char *code;           // English header and code
    const char *label;          // for the wizard (translated)
    const char *chineseHeader;  // what an export writes
    // Header spellings after importrow::normalizeKey(), besides the code.
    std::initializer_list<const char *> aliases;
};

const FieldInfo Fields[] = {
    {MemberField::Ignore, "ignore", QT_TRANSLATE_NOOP("MemberField", "(ignore)"), "", {}},
    {MemberField::DisplayName, "display_name", QT_TRANSLATE_NOOP("MemberField", "Display name"), "姓名",
     {"姓名", "名称", "名字", "用户名", "会员名", "会员姓名", "成员", "成员名称", "客户姓名", "name", "fullname",
      "membername", "displayname"}},
    {MemberField::GroupNickname, "group_nickname", QT_TRANSLATE_NOOP("MemberField", "Group nickname"), "群昵称",
     {"群昵称", "昵称", "群名片", "群内昵称", "nickname", "nick", "groupnickname"}},
    {MemberField::PlatformId, "platform_id", QT_TRANSLATE_NOOP("MemberField", "Platform ID"), "微信号",
     {"微信号", "平台id", "微信id", "微信账号", "账号", "wxid", "wechat", "wechatid", "platformid", "weixin"}},
    {MemberField::Phone, "phone", QT_TRANSLATE_NOOP("MemberField", "Phone"), "手机号",
     {"手机号", "手机", "手机号码", "电话", "电话号码", "联系电话", "联系方式", "phone", "mobile", "tel",
      "phonenumber", "mobilephone", "cellphone"}},
    {MemberField::Identity, "identity", QT_TRANSLATE_NOOP("MemberField", "Identity"), "身份",
     {"身份", "身份类型", "会员身份", "客户类型", "identity", "identitytype"}},
    {MemberField::Verification, "verification", QT_TRANSLATE_NOOP("MemberField", "Verification"), "认证状态",
     {"认证", "认证状态", "审核", "审核状态", "验证状态", "verification", "verified", "verificationstatus"}},
    {MemberField::Channel, "channel", QT_TRANSLATE_NOOP("MemberField", "Channel"), "渠道",
     {"渠道", "来源", "来源渠道", "渠道来源", "channel", "source"}},
    {MemberField::Region, "region", QT_TRANSLATE_NOOP("MemberField", "Region"), "地区",
     {"地区", "城市", "区域", "所在地", "所在城市", "region", "city", "area"}},
    {MemberField::Tier, "tier", QT_TRANSLATE_NOOP("MemberField", "Tier"), "层级",
     {"层级", "等级", "级别", "会员等级", "代理等级", "tier", "level"}},
    {MemberField::FirstJoined, "first_joined_at", QT_TRANSLATE_NOOP("MemberField", "First joined"), "入群时间",
     {"入群时间", "加入时间", "进群时间", "入群日期", "首次入群时间", "加入日期", "firstjoined", "firstjoinedat",
      "joined", "joinedat", "joindate", "jointime"}},
    {MemberField::Tags, "tags", QT_TRANSLATE_NOOP("MemberField", "Tags"), "标签",
     {"标签", "tags", "tag", "labels"}},
    {MemberField::Points, "points", QT_TRANSLATE_NOOP("MemberField", "Points"), "积分",
     {"积分", "积分余额", "当前积分", "points", "point", "pointsbalance", "balance"}},
    {MemberField::Notes, "notes", QT_TRANSLATE_NOOP("MemberField", "Notes"), "备注",
     {"备注", "说明", "notes", "note", "remark", "remarks", "comment", "comments"}},
};

const FieldInfo &info(MemberField field)
{
    for (const FieldInfo &f : Fields) {
        if (f.field == field)
            return f;
    }
    return Fields[0];
}

// Cell spellings of identities and verification states (normalizeKey() form), the export's
// Chinese label first. The app's English labels and codes are accepted as well.
struct ValueAliases
{
    int value;
    const char *exportLabel;
    std::initializer_list<const char *> aliases;
};

const ValueAliases IdentityAliases[] = {
    {int(IdentityType::Store), "实体店主",
     {"实体店主", "门店", "店主", "实体店", "线下门店", "店铺", "门店老板", "storeowner", "store"}},
    {int(IdentityType::Online), "微商/网商",
     {"微商/网商", "线上", "网店", "微商", "网商", "电商", "线上分销", "onlinereseller", "online"}},
    {int(IdentityType::Consumer), "C端", {"c端", "消费者", "顾客", "个人", "个人用户", "consumer"}},
    {int(IdentityType::Unknown), "未知", {"未知", "其他", "不详", "unknown"}},
};

const ValueAliases VerificationAliases[] = {
    {int(VerificationStatus::Unverified), "未审核",
     {"未审核", "未认证", "未验证", "否", "unverified", "no"}},
    {int(VerificationStatus::Pending), "待审核", {"待审核", "审核中", "认证中", "待认证", "pending"}},
    {int(VerificationStatus::Verified), "已通过",
     {"已通过", "已认证", "通过", "已审核", "已验证", "是", "verified", "yes"}},
    {int(VerificationStatus::Rejected), "已驳回", {"已驳回", "驳回", "未通过", "已拒绝", "拒绝", "rejected"}},
};

template<std::size_t N>
std::optional<int> lookup(const ValueAliases (&table)[N], const QString &text)
{
    const QString key = importrow::normalizeKey(text);
    for (const ValueAliases &v : table) {
        for (const char *alias : v.aliases) {
            if (key == QString::fromUtf8(alias))
                return v.value;
        }
    }
    return std::nullopt;
}

template<std::size_t N>
const char *exportLabelOf(const ValueAliases (&table)[N], int value)
{
    for (const ValueAliases &v : table) {
        if (v.value == value)
            return v.exportLabel;
    }
    return "";
}

} // namespace

QList<MemberField> allMemberFields()
{
    QList<MemberField> out;
    for (const FieldInfo &f : Fields)
        out.append(f.field);
    return out;
}

bool isRequiredMemberField(MemberField field)
{
    return field == MemberField::DisplayName || field == MemberField::PlatformId;
}

QString memberFieldCode(MemberField field)
{
    return QString::fromLatin1(info(field).code);
}

QString memberFieldLabel(MemberField field)
{
    return QCoreApplication::translate("MemberField", info(field).label);
}

QString memberFieldHeader(MemberField field, bool english)
{
    const FieldInfo &f = info(field);
    return english ? QString::fromLatin1(f.code) : QString::fromUtf8(f.chineseHeader);
}

MemberField guessMemberField(const QString &header)
{
    const QString key = importrow::normalizeKey(header);
    if (key.isEmpty())
        return MemberField::Ignore;
    for (const FieldInfo &f : Fields) {
        if (f.field == MemberField::Ignore)
            continue;
        if (key == importrow::normalizeKey(QString::fromLatin1(f.code)))
            return f.field;
        for (const char *alias : f.aliases) {
            if (key == QString::fromUtf8(alias))
                return f.field;
        }
    }
    return MemberField::Ignore;
}

QList<MemberField> guessMapping(const QStringList &header)
{
    QList<MemberField> out;
    QSet<MemberField> taken;
    for (const QString &h : header) {
        MemberField f = guessMemberField(h);
        if (f != MemberField::Ignore && taken.contains(f))
            f = MemberField::Ignore;
        taken.insert(f);
        out.append(f);
    }
    return out;
}

QString defaultRejectsPath(const QString &csvPath)
{
    return csvPath + QStringLiteral(".rejects.csv");
}

QString RowProblem::describe() const
{
    QString where = QCoreApplication::translate("MemberImporter", "line %1").arg(line);
    if (!column.isEmpty())
        where += QCoreApplication::translate("MemberImporter", ", column %1").arg(column);
    if (!value.isEmpty())
        where += QStringLiteral(" (\"%1\")").arg(value.left(60));
    return where + QStringLiteral(": ") + reason;
}

namespace importrow {

QString normalizeKey(const QString &text)
{
    QString s = text.normalized(QString::NormalizationForm_KC).toLower();
    static const QRegularExpression remark(QStringLiteral("\\([^()]*\\)\\s*$"));
    s.remove(remark);
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (c.isSpace() || c == u'_' || c == u'-' || c == u'*' || c == QChar(0xFEFF))
            continue;
        out.append(c);
    }
    return out;
}

std::optional<QDateTime> parseDate(const QString &text)
{
    const QString s = text.trimmed().normalized(QString::NormalizationForm_KC);
    if (s.isEmpty())
        return std::nullopt;
    static const QRegularExpression dated(QStringLiteral(
        "^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
        "(?:(?:\\s+|T)(\\d{1,2})[:时](\\d{1,2})(?:[:分](\\d{1,2})(?:\\.\\d+)?秒?)?)?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression serial(QStringLiteral("^\\d{1,6}(\\.\\d+)?$"));
    QRegularExpressionMatch m = dated.match(s);
    if (!m.hasMatch())
        m = compact.match(s);
    if (m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (!date.isValid() || date.year() < 1900)
            return std::nullopt;
        QTime time(0, 0);
        if (m.lastCapturedIndex() >= 5 && !m.captured(4).isEmpty()) {
            time = QTime(m.captured(4).toInt(), m.captured(5).toInt(),
                         m.captured(6).isEmpty() ? 0 : m.captured(6).toInt());
            if (!time.isValid())
                return std::nullopt;
        }
        return QDateTime(date, time);
    }
    if (serial.match(s).hasMatch()) {
        // Excel counts days from 1899-12-30 (its 1900 leap-year bug folded in); the fraction is
        // the time of day. Only serials of 1900 to 2199 are dates people type.
        const double value = s.toDouble();
        if (value < 1 || value >= 109574)
            return std::nullopt;
        const qint64 days = qint64(value);
        const qint64 seconds = qRound64((value - double(days)) * 86400.0);
        const QDate date = QDate(1899, 12, 30).addDays(days);
        return QDateTime(date, QTime(0, 0)).addSecs(qMin<qint64>(seconds, 86399));
    }
    return std::nullopt;
}

std::optional<qint64> parsePoints(const QString &text)
{
    QString s = text.trimmed().normalized(QString::NormalizationForm_KC);
    static const QRegularExpression grouped(QStringLiteral("^\\d{1,3}(,\\d{3})+(\\.0+)?$"));
    static const QRegularExpression plain(QStringLiteral("^\\d+(\\.0+)?$"));
    if (grouped.match(s).hasMatch())
        s.remove(u',');
    else if (!plain.match(s).hasMatch())
        return std::nullopt;
    const qsizetype dot = s.indexOf(u'.');
    if (dot >= 0)
        s.truncate(dot);
    if (s.size() > 12)
        return std::nullopt; // beyond any balance a member has
    return s.toLongLong();
}

std::optional<QString> parsePhone(const QString &text)
{
    QString s = normalizePhone(text.normalized(QString::NormalizationForm_KC));
    if (s.startsWith(u'+')) {
        if (!s.startsWith(QStringLiteral("+86")))
            return std::nullopt;
        s.remove(0, 3);
    } else if (s.startsWith(QStringLiteral("0086"))) {
        s.remove(0, 4);
    } else if (s.size() == 13 && s.startsWith(QStringLiteral("86"))) {
        s.remove(0, 2);
    }
    if (s.size() != 11 || s.at(0) != u'1')
        return std::nullopt;
    for (const QChar c : s) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    return s;
}

std::optional<IdentityType> parseIdentity(const QString &text)
{
    if (const auto v = lookup(IdentityAliases, text))
        return IdentityType(*v);
    const QString key = normalizeKey(text);
    for (IdentityType t : allIdentityTypes()) {
        if (key == normalizeKey(identityLabel(t)))
            return t;
    }
    return std::nullopt;
}

std::optional<VerificationStatus> parseVerification(const QString &text)
{
    if (const auto v = lookup(VerificationAliases, text))
        return VerificationStatus(*v);
    const QString key = normalizeKey(text);
    for (VerificationStatus s : allVerificationStatuses()) {
        if (key == normalizeKey(verificationLabel(s)))
            return s;
    }
    return std::nullopt;
}

QStringList splitTags(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,，;；、|｜\\s]+"));
    QStringList out;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        if (!out.contains(part))
            out.append(part);
    }
    return out;
}

QString identityExportLabel(IdentityType identity, bool english)
{
    return english ? identityCode(identity) : QString::fromUtf8(exportLabelOf(IdentityAliases, int(identity)));
}

QString verificationExportLabel(VerificationStatus status, bool english)
{
    return english ? verificationCode(status)
                   : QString::fromUtf8(exportLabelOf(VerificationAliases, int(status)));
}

QString checkMapping(const QStringList &header, const QList<MemberField> &mapping)
{
    if (mapping.size() != header.size())
        return QCoreApplication::translate("MemberImporter",
                                           "The mapping names %1 columns but the file's header has %2.")
            .arg(mapping.size())
            .arg(header.size());
    QSet<MemberField> seen;
    for (qsizetype i = 0; i < mapping.size(); ++i) {
        const MemberField f = mapping.at(i);
        if (f == MemberField::Ignore)
            continue;
        if (seen.contains(f))
            return QCoreApplication::translate("MemberImporter", "Two columns are mapped to %1 (the second is %2).")
                .arg(memberFieldLabel(f), header.at(i));
        seen.insert(f);
    }
    const QList<MemberField> fields = allMemberFields();
    if (std::any_of(fields.cbegin(), fields.cend(),
                    [&seen](MemberField f) { return isRequiredMemberField(f) && !seen.contains(f); }))
        return QCoreApplication::translate("MemberImporter",
                                           "No column is mapped to the display name or the platform ID; both are "
                                           "required (headers such as 姓名 and 微信号).");
    return {};
}

bool toRow(const CsvRecord &record, const QStringList &header, const QList<MemberField> &mapping,
           MemberImportWriter::Row *row, RowProblem *problem)
{
    *row = MemberImportWriter::Row();
    row->line = record.line;
    *problem = RowProblem();
    problem->line = record.line;
    auto fail = [&](qsizetype column, const QString &value, const QString &reason) {
        problem->column = column >= 0 && column < header.size() ? header.at(column) : QString();
        problem->value = value;
        problem->reason = reason;
        return false;
    };
    if (record.unterminatedQuote)
        return fail(-1, QString(), QCoreApplication::translate("MemberImporter",
                        "A quoted field opened on this line is never closed (the file ends inside it)."));
    if (record.fields.size() < header.size())
        return fail(-1, QString(), QCoreApplication::translate("MemberImporter",
                        "The row has %1 fields but the header has %2 columns.")
                        .arg(record.fields.size())
                        .arg(header.size()));
    if (record.fields.size() > header.size()) {
        // Trailing empty cells (Excel pads rows with delimiters) are harmless.
        for (qsizetype i = header.size(); i < record.fields.size(); ++i) {
            if (!record.fields.at(i).trimmed().isEmpty())
                return fail(-1, record.fields.at(i), QCoreApplication::translate("MemberImporter",
                                "The row has %1 fields but the header has %2 columns.")
                                .arg(record.fields.size())
                                .arg(header.size()));
        }
    }
    qsizetype displayColumn = -1, platformColumn = -1;
    for (qsizetype i = 0; i < mapping.size(); ++i) {
        const MemberField field = mapping.at(i);
        if (field == MemberField::Ignore)
            continue;
        const QString value = i < record.fields.size() ? record.fields.at(i).trimmed() : QString();
        if (field == MemberField::DisplayName)
            displayColumn = i;
        if (field == MemberField::PlatformId)
            platformColumn = i;
        if (value.isEmpty())
            continue;
        switch (field) {
        case MemberField::Ignore: break;
        case MemberField::DisplayName: row->displayName = value; break;
        case MemberField::GroupNickname: row->groupNickname = value; break;
        case MemberField::PlatformId: row->platformId = value; break;
        case MemberField::Phone: {
            const auto phone = parsePhone(value);
            if (!phone)
                return fail(i, value, QCoreApplication::translate("MemberImporter",
                                "Not a mainland mobile number (11 digits starting with 1, optionally after +86)."));
            row->phone = *phone;
            break;
        }
        case MemberField::Identity: {
            const auto identity = parseIdentity(value);
            if (!identity)
                return fail(i, value, QCoreApplication::translate("MemberImporter",
                                "Unknown identity; use 实体店主/门店, 微商/网商/线上, C端/消费者 or 未知 "
                                "(store, online, consumer, unknown)."));
            row->identity = identityCode(*identity);
            break;
        }
        case MemberField::Verification: {
            const auto status = parseVerification(value);
            if (!status)
                return fail(i, value, QCoreApplication::translate("MemberImporter",
                                "Unknown verification status; use 未审核, 待审核, 已通过/已认证 or 已驳回 "
                                "(unverified, pending, verified, rejected)."));
            row->verification = verificationCode(*status);
            break;
        }
        case MemberField::Channel: row->channel = value; break;
        case MemberField::Region: row->region = value; break;
        case MemberField::Tier: row->tier = value; break;
        case MemberField::FirstJoined: {
            const auto when = parseDate(value);
            if (!when)
                return fail(i, value, QCoreApplication::translate("MemberImporter",
                                "Not a date; use 2026-03-05, 2026/3/5 or 2026年3月5日, optionally with a time."));
            row->firstJoinedAt = toDbTime(*when);
            break;
        }
        case MemberField::Tags: row->tags = splitTags(value); break;
        case MemberField::Points: {
            const auto points = parsePoints(value);
            if (!points)
                return fail(i, value, QCoreApplication::translate("MemberImporter",
                                "Points must be a whole number of 0 or more."));
            row->points = *points;
            break;
        }
        case MemberField::Notes: row->notes = value; break;
        }
    }
    if (row->displayName.isEmpty())
        return fail(displayColumn, QString(), QCoreApplication::translate("MemberImporter",
                        "The display name is missing; it is required."));
    if (row->platformId.isEmpty())
        return fail(platformColumn, QString(), QCoreApplication::translate("MemberImporter",
                        "The platform ID (WeChat ID) is missing; it is required."));
    return true;
}

} // namespace importrow

} // namespace qundesk
