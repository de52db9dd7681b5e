#include "domain/Masking.h"

#include "domain/Member.h"

namespace qundesk {

namespace {

const QString Stars = QStringLiteral("****");

bool isMainlandMobile(QStringView digits)
{
    if (digits.size() != 11 || digits.at(0) != u'1')
        return false;
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

QString maskDigits(const QString &digits)
{
    const qsizetype n = digits.size();
    if (n >= 8)
        return digits.left(3) + Stars + digits.right(4);
    if (n >= 4)
        return Stars + digits.right(2);
    return Stars;
}

} // namespace

QString maskPhone(const QString &phone)
{
    const QString p = normalizePhone(phone.trimmed());
    if (p.isEmpty())
        return {};
    // The mainland country code is written several ways; show it once, in one form.
    for (const QLatin1StringView prefix : {QLatin1StringView("+86"), QLatin1StringView("0086"), QLatin1StringView("86")}) {
        if (p.startsWith(prefix) && isMainlandMobile(QStringView(p).mid(prefix.size())))
            return QStringLiteral("+86 ") + maskDigits(p.mid(prefix.size()));
    }
    return maskDigits(p);
}

QString maskPlatformId(const QString &platformId)
{
    // Work on code points so an emoji in an ID is never cut in half.
    const QList<uint> cps = platformId.trimmed().toUcs4();
    const qsizetype n = cps.size();
    if (n == 0)
        return {};
    if (n <= 2)
        return Stars;
    if (n <= 5)
        return QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData()), 1) + Stars;
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData()), 2) + Stars
           + QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData() + n - 2), 2);
}

} // namespace qundesk
