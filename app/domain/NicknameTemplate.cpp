#include "domain/NicknameTemplate.h"

#include <QSet>

namespace qundesk {

namespace {

constexpr int MaxParts = 8;

// How a separator is named in a message: a space is invisible between quotes.
QString separatorName(QChar c)
{
    if (c == u' ')
        return NicknameTemplate::tr("a space");
    return QStringLiteral("“%1”").arg(c);
}

QString partList(const QStringList &parts)
{
    return parts.join(NicknameTemplate::tr(", "));
}

} // namespace

QChar NicknameTemplate::canonicalSeparator(QChar c)
{
    const char16_t u = c.unicode();
    if (c.isSpace())
        return u' ';
    switch (u) {
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: // hyphens, en/em dash
    case 0x2212:                                                                   // minus sign
    case 0xFE58: case 0xFE63:                                                      // small em dash, small hyphen
        return u'-';
    case 0x30FB: case 0x2022: case 0x2027: case 0xFF65:                            // katakana middle dot, bullet
        return QChar(0x00B7);
    default:
        break;
    }
    if (u >= 0xFF01 && u <= 0xFF5E)                                                // full-width ASCII
        return QChar(char16_t(u - 0xFEE0));
    return c;
}

bool NicknameTemplate::isSeparatorChar(QChar c)
{
    return c.isSpace() || c.isPunct() || c.isSymbol();
}

bool NicknameTemplate::isPlacePart(const QString &partName)
{
    static const QSet<QString> places = {
        QStringLiteral("城市"), QStringLiteral("城市名"), QStringLiteral("地区"), QStringLiteral("省份"),
        QStringLiteral("city"), QStringLiteral("region"),
    };
    return places.contains(partName.trimmed().toLower());
}

QString NicknameTemplate::validatePattern(const QString &pattern)
{
    const QString p = pattern.trimmed();
    if (p.isEmpty())
        return tr("The nickname template is empty: write its parts with a separator between each two, e.g. %1.")
            .arg(defaultPattern());
    QStringList parts;
    QString part;
    QString separator;
    auto endSeparator = [&]() -> QString {
        const QString inner = separator.trimmed();
        separator.clear();
        if (inner.size() > 1)
            return tr("Separators are single characters such as - _ | / or a space; “%1” is several.").arg(inner);
        return {};
    };
    for (qsizetype i = 0; i < p.size(); ++i) {
        const QChar c = p.at(i);
        if (isSeparatorChar(c)) {
            if (parts.isEmpty() && part.isEmpty())
                return tr("The nickname template starts with the separator “%1”: it should start with a part name.").arg(c);
            if (!part.isEmpty()) {
                parts.append(part);
                part.clear();
            }
            separator.append(c);
            continue;
        }
        if (!separator.isEmpty()) {
            if (const QString problem = endSeparator(); !problem.isEmpty())
                return problem;
        }
        part.append(c);
    }
    if (!separator.isEmpty())
        return tr("The nickname template ends with a separator: it should end with a part name.");
    parts.append(part);
    if (parts.size() < 2)
        return tr("The nickname template “%1” has one part only; a template needs at least two with a separator "
                  "between them, e.g. %2.").arg(p, defaultPattern());
    if (parts.size() > MaxParts)
        return tr("The nickname template has %1 parts; at most %2 are allowed.").arg(parts.size()).arg(MaxParts);
    QSet<QString> seen;
    for (const QString &name : std::as_const(parts)) {
        if (seen.contains(name))
            return tr("The nickname template names the part “%1” twice.").arg(name);
        seen.insert(name);
    }
    return {};
}

NicknameTemplate::NicknameTemplate(const QString &pattern)
    : m_pattern(pattern.trimmed())
    , m_error(validatePattern(pattern))
{
    if (!m_error.isEmpty())
        return;
    QString part;
    QString separator;
    for (const QChar c : std::as_const(m_pattern)) {
        if (isSeparatorChar(c)) {
            if (!part.isEmpty()) {
                m_parts.append(part);
                part.clear();
            }
            separator.append(c);
            continue;
        }
        if (!separator.isEmpty()) {
            const QString inner = separator.trimmed();
            m_separators.append(inner.isEmpty() ? QChar(u' ') : canonicalSeparator(inner.at(0)));
            separator.clear();
        }
        part.append(c);
    }
    m_parts.append(part);
}

void NicknameTemplate::setKnownValues(const QString &partName, const QStringList &values)
{
    if (values.isEmpty()) {
        m_known.remove(partName);
        return;
    }
    QStringList stripped;
    stripped.reserve(values.size());
    for (const QString &v : values) {
        if (!v.trimmed().isEmpty())
            stripped.append(stripPlaceSuffix(v.trimmed()).toLower());
    }
    m_known.insert(partName, stripped);
}

// 广州市 and 广州 name the same city; the suffix is only dropped when a name of two or more
// characters remains, so 沙市 stays itself.
QString NicknameTemplate::stripPlaceSuffix(const QString &value)
{
    static const QString suffixes = QStringLiteral("市省区县");
    if (value.size() >= 3 && suffixes.contains(value.back()))
        return value.chopped(1);
    return value;
}

QList<NicknameTemplate::Piece> NicknameTemplate::pieces(const QString &nickname) const
{
    QString s;
    s.reserve(nickname.size());
    for (const QChar c : nickname)
        s.append(canonicalSeparator(c));
    s = s.simplified();
    // Spaces around a separator that is not itself a space are forgiven: 广州 - 花漾 - 张伟.
    for (const QChar sep : m_separators) {
        if (sep == u' ')
            continue;
        s.replace(QString(QChar(u' ')) + sep, QString(sep));
        s.replace(QString(sep) + QChar(u' '), QString(sep));
    }
    QList<Piece> out;
    Piece current;
    for (const QChar c : std::as_const(s)) {
        if (m_separators.contains(c)) {
            current.separatorAfter = c;
            out.append(current);
            current = {};
            continue;
        }
        current.text.append(c);
    }
    out.append(current);
    for (Piece &piece : out)
        piece.text = piece.text.trimmed();
    return out;
}

QStringList NicknameTemplate::split(const QString &nickname) const
{
    QStringList out;
    if (!isValid() || nickname.trimmed().isEmpty())
        return out;
    for (const Piece &piece : pieces(nickname))
        out.append(piece.text);
    return out;
}

QString NicknameTemplate::separatorList() const
{
    QList<QChar> distinct;
    for (const QChar c : m_separators) {
        if (!distinct.contains(c))
            distinct.append(c);
    }
    QStringList names;
    for (const QChar c : std::as_const(distinct))
        names.append(separatorName(c));
    return names.join(tr(" and "));
}

QString NicknameTemplate::check(const QString &nickname) const
{
    if (!isValid())
        return tr("The nickname template “%1” is not usable: %2").arg(m_pattern, m_error);
    const QString shown = nickname.trimmed();
    if (shown.isEmpty())
        return tr("No group nickname: it should read %1.").arg(m_pattern);
    const QList<Piece> found = pieces(nickname);
    if (found.size() != m_parts.size()) {
        // The usual slip: another separator than the template's (广州_花漾_张伟 for 城市-店名-姓名).
        if (found.size() < m_parts.size()) {
            for (const QChar raw : shown) {
                const QChar c = canonicalSeparator(raw);
                if (c != u' ' && isSeparatorChar(c) && !m_separators.contains(c))
                    return tr("“%1” separates its parts with “%2” where the template %3 uses %4.")
                        .arg(shown, QString(raw), m_pattern, separatorList());
            }
        }
        return tr("“%1” has %n part(s) where the template %2 has %3 (%4), separated by %5.", nullptr, int(found.size()))
            .arg(shown, m_pattern)
            .arg(m_parts.size())
            .arg(partList(m_parts), separatorList());
    }
    for (qsizetype i = 0; i + 1 < found.size(); ++i) {
        if (found.at(i).separatorAfter != m_separators.at(i))
            return tr("“%1” has %2 after the %3 part where the template %4 has %5.")
                .arg(shown, separatorName(found.at(i).separatorAfter), m_parts.at(i), m_pattern,
                     separatorName(m_separators.at(i)));
    }
    for (qsizetype i = 0; i < found.size(); ++i) {
        if (found.at(i).text.isEmpty())
            return tr("The %1 part of “%2” is empty (template %3).").arg(m_parts.at(i), shown, m_pattern);
    }
    for (qsizetype i = 0; i < found.size(); ++i) {
        const auto known = m_known.constFind(m_parts.at(i));
        if (known == m_known.cend())
            continue;
        if (!known->contains(stripPlaceSuffix(found.at(i).text).toLower())) {
            const QStringList examples = known->mid(0, 3);
            return tr("The %1 part “%2” of “%3” is not a known name (such as %4).")
                .arg(m_parts.at(i), found.at(i).text, shown, partList(examples));
        }
    }
    return {};
}

} // namespace qundesk
