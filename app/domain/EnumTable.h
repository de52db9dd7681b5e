#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

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

// Every enumerator has a row; a value that has none (only reachable through a cast) gets the
// last row rather than undefined behaviour.
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

// For tables read by code rather than by value: the translated label of a code, or the code
// itself when the table does not know it, so an unexpected value still shows something.
template<typename E, std::size_t N>
QString labelForCode(const char *context, const Entry<E> (&table)[N], const QString &code)
{
    const std::optional<E> value = fromCode(table, code);
    return value ? label(context, table, *value) : code;
}

template<typename E, std::size_t N>
QStringList codes(const Entry<E> (&table)[N])
{
    QStringList out;
    out.reserve(qsizetype(N));
    for (const auto &e : table)
        out.append(QString::fromLatin1(e.code));
    return out;
}

} // namespace qundesk::enumtable
