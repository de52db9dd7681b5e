#pragma once

#include <QString>

namespace qundesk {

// Personal data as views and exports show it unless the user reveals it. The masks hide a
// fixed four characters, so the mask does not leak the value's length either.

// "13812345678" -> "138****5678"; "+86 138 1234 5678" / "008613812345678" -> "+86 138****5678";
// other numbers of 8+ digits keep their first 3 and last 4; shorter ones keep at most their
// last 2 digits; empty stays empty.
QString maskPhone(const QString &phone);

// "wxid_zhangwei88" -> "wx****88": first 2 and last 2 characters. IDs of 3 to 5 characters keep
// only their first; shorter ones are fully hidden.
QString maskPlatformId(const QString &platformId);

} // namespace qundesk
