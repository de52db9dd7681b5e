#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace qundesk {

// The dimensions a brand lays its group matrix out along (层级, 团队, 运营, 渠道, 地区).
// Ids of 0 mean "none" (NULL in the database).

enum class OperatorRole { Specialist, Manager, Director, Trainer };
enum class ChannelKind { QrCode, Ad, Referral, Offline, App, Other };

QString operatorRoleCode(OperatorRole role);
std::optional<OperatorRole> operatorRoleFromCode(const QString &code);
QString operatorRoleLabel(OperatorRole role);
QList<OperatorRole> allOperatorRoles();

QString channelKindCode(ChannelKind kind);
std::optional<ChannelKind> channelKindFromCode(const QString &code);
QString channelKindLabel(ChannelKind kind);
QList<ChannelKind> allChannelKinds();

// A franchise level; rank 1 is the top of the hierarchy and information flows downwards.
struct Tier
{
    qint64 id = 0;
    QString name;
    int rank = 0;
    std::optional<qint64> buyInFen;     // the level's buy-in in fen (1/100 CNY), when known
};

struct Team
{
    qint64 id = 0;
    QString name;
};

// A staff account that runs groups. Every staff account of a brand usually shows the same
// persona (nickname and avatar, e.g. 宠粉官) to members.
struct Operator
{
    qint64 id = 0;
    QString name;
    OperatorRole role = OperatorRole::Specialist;
    qint64 teamId = 0;
    QString personaName;
    bool active = true;
    QDateTime createdAt;
};

// Where members come from; `code` is the id of the channel's QR live code (活码) when it has one.
struct Channel
{
    qint64 id = 0;
    QString name;
    ChannelKind kind = ChannelKind::QrCode;
    QString code;
};

struct Region
{
    qint64 id = 0;
    QString name;
    QString province;
};

} // namespace qundesk
