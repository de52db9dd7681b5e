#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstddef>
#include <optional>

namespace qundesk::enumtable {

// One row per enumerator: the lower-case code the schema checks and the English label that
// lupdate sees (wrapped in QT_TRANSLATE_NOOP by the table's author). The context is the
// translation context passed at lookup time.
template<typename E>
struct Entry
{
    E value;
    const char *code;
    const char *label;
};

template<typename E, std::size_t N>
const Entry<E> &entryFor(const Entry<E> (&table)[N], E value)
{
    for (const auto &e : table) {
        if (e.value == value)
            return e;
    }
    return table[N - 1];
}

template<typename E, std::size_t N>
QString code(const Entry<E> (&table)[N], E value)
{
    return QString::fromLatin1(entryFor(table, value).code);
}

template<typename E, std::size_t N>
QString label(const char *context, const Entry<E> (&table)[N], E value)
{
    return QCoreApplication::translate(context, entryFor(table, value).label);
}

template<typename E, std::size_t N>
std::optional<E> fromCode(const Entry<E> (&table)[N], const QString &code)
{
    for (const auto &e : table) {
        if (code == QLatin1StringView(e.code))
            return e.value;
    }
    return std::nullopt;
}

template<typename E, std::size_t N>
QList<E> all(const Entry<E> (&table)[N])
{
    QList<E> out;
    out.reserve(qsizetype(N));
    for (const auto &e : table)
        out.append(e.value);
    return out;
}

} // namespace qundesk::enumtable
