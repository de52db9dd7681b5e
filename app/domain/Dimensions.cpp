#include "domain/Dimensions.h"

#include "domain/EnumTable.h"

namespace qundesk {

namespace {

using enumtable::Entry;

constexpr char RoleContext[] = "OperatorRole";
constexpr Entry<OperatorRole> RoleTable[] = {
    {OperatorRole::Specialist, "specialist", QT_TRANSLATE_NOOP("OperatorRole", "Specialist")},
    {OperatorRole::Manager, "manager", QT_TRANSLATE_NOOP("OperatorRole", "Manager")},
    {OperatorRole::Director, "director", QT_TRANSLATE_NOOP("OperatorRole", "Director")},
    {OperatorRole::Trainer, "trainer", QT_TRANSLATE_NOOP("OperatorRole", "Trainer")},
};

constexpr char ChannelContext[] = "ChannelKind";
constexpr Entry<ChannelKind> ChannelTable[] = {
    {ChannelKind::QrCode, "qr_code", QT_TRANSLATE_NOOP("ChannelKind", "QR live code")},
    {ChannelKind::Ad, "ad", QT_TRANSLATE_NOOP("ChannelKind", "Ad placement")},
    {ChannelKind::Referral, "referral", QT_TRANSLATE_NOOP("ChannelKind", "Referral")},
    {ChannelKind::Offline, "offline", QT_TRANSLATE_NOOP("ChannelKind", "Offline event")},
    {ChannelKind::App, "app", QT_TRANSLATE_NOOP("ChannelKind", "App")},
    {ChannelKind::Other, "other", QT_TRANSLATE_NOOP("ChannelKind", "Other")},
};

} // namespace

QString operatorRoleCode(OperatorRole role) { return enumtable::code(RoleTable, role); }
std::optional<OperatorRole> operatorRoleFromCode(const QString &code) { return enumtable::fromCode(RoleTable, code); }
QString operatorRoleLabel(OperatorRole role) { return enumtable::label(RoleContext, RoleTable, role); }
QList<OperatorRole> allOperatorRoles() { return enumtable::all(RoleTable); }

QString channelKindCode(ChannelKind kind) { return enumtable::code(ChannelTable, kind); }
std::optional<ChannelKind> channelKindFromCode(const QString &code) { return enumtable::fromCode(ChannelTable, code); }
QString channelKindLabel(ChannelKind kind) { return enumtable::label(ChannelContext, ChannelTable, kind); }
QList<ChannelKind> allChannelKinds() { return enumtable::all(ChannelTable); }

} // namespace qundesk
