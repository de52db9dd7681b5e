#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace qundesk {

// One row of a code table: the enum value, the code the schema CHECKs and the English label
// (marked with QT_TRANSLATE_NOOP where the table is defined, translated by the caller).
// Used by the content, schedule and SOP types; kept under a content name so it cannot clash
// with a sibling helper while the areas are merged, and can be generalised afterwards.
template <typename E> struct EnumCode
{
    E value;
    const char *code;
    const char *label;
};

template <typename E, std::size_t N> QString enumCode(const EnumCode<E> (&table)[N], E value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.code);
    }
    return {};
}

template <typename E, std::size_t N> std::optional<E> enumFromCode(const EnumCode<E> (&table)[N], const QString &code)
{
    for (const auto &entry : table) {
        if (code == QLatin1String(entry.code))
            return entry.value;
    }
    return std::nullopt;
}

template <typename E, std::size_t N> const char *enumLabel(const EnumCode<E> (&table)[N], E value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return entry.label;
    }
    return "";
}

template <typename E, std::size_t N> QList<E> enumValues(const EnumCode<E> (&table)[N])
{
    QList<E> values;
    values.reserve(qsizetype(N));
    for (const auto &entry : table)
        values.append(entry.value);
    return values;
}

} // namespace qundesk
