#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace qundesk {

// The group nickname template (群昵称规范) members are asked to rename to when they join, e.g.
// 城市-店名-姓名, stored in the settings table under SettingsKey so every desk checks the same rule.
//
// A pattern is a row of part names (runs of letters and digits: 城市, 店名, 姓名) with one literal
// separator character between each two (anything else: - _ | / · or a space). Spaces around a
// separator other than a space are ignored in the pattern.
//
// A nickname follows the pattern when, read left to right:
//   - it splits at the pattern's separators into exactly as many parts as the pattern names;
//   - the separators come in the pattern's order (城市/店名-姓名 does not follow 城市-店名-姓名);
//   - no part is empty (广州--张伟 lacks its 店名);
//   - a part that has a list of known values (setKnownValues; the profile gives the place parts
//     城市/地区/省份/city/region the region names) holds one of them, a trailing 市/省/区/县 ignored.
// Forgiven, because they are what a Chinese input method or a careful human produces and a reader
// sees the same form: full-width and typographic variants of a separator (－ – — ﹣ for -, ＿ for _,
// ｜ for |, ／ for /, ・ • for ·, the ideographic space for a space), and spaces around a separator
// (广州 - 花漾美妆 - 张伟). A space separator matches any run of spaces.
// An empty nickname does not follow: renaming to the template is part of the onboarding ritual.
class NicknameTemplate final
{
    Q_DECLARE_TR_FUNCTIONS(NicknameTemplate)

public:
    static constexpr char SettingsKey[] = "members.nickname_template";
    // "1" (the default) checks the place parts against the region names, "0" accepts any text.
    static constexpr char CheckPlacesKey[] = "members.nickname_check_places";
    static QString defaultPattern() { return QStringLiteral("城市-店名-姓名"); }

    // An invalid pattern leaves the template invalid (error() says why); check() then reports that.
    explicit NicknameTemplate(const QString &pattern = defaultPattern());

    // Empty when the pattern is usable, else what is wrong with it, in words.
    static QString validatePattern(const QString &pattern);
    // The character a separator variant stands for: － — – ﹣ -> '-', ＿ -> '_', the ideographic
    // space -> ' ', full-width ASCII -> ASCII, ・ • -> '·'. Other characters are returned as they are.
    static QChar canonicalSeparator(QChar c);
    static bool isSeparatorChar(QChar c);
    // Part names that hold a place (城市, 地区, 省份, 城市名, city, region) and so are checked
    // against the region names.
    static bool isPlacePart(const QString &partName);

    bool isValid() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    const QString &pattern() const { return m_pattern; }
    const QStringList &partNames() const { return m_parts; }
    const QList<QChar> &separators() const { return m_separators; }

    // The values the named part must take; an empty list removes the check.
    void setKnownValues(const QString &partName, const QStringList &values);

    // Empty when the nickname follows the template; otherwise one sentence saying why not,
    // naming the part or separator at fault.
    QString check(const QString &nickname) const;
    bool follows(const QString &nickname) const { return check(nickname).isEmpty(); }
    // The nickname's parts as check() reads them (trimmed), split at the template's separators.
    QStringList split(const QString &nickname) const;

private:
    struct Piece
    {
        QString text;
        QChar separatorAfter;           // null for the last piece
    };
    QList<Piece> pieces(const QString &nickname) const;
    QString separatorList() const;
    static QString stripPlaceSuffix(const QString &value);

    QString m_pattern;
    QString m_error;
    QStringList m_parts;
    QList<QChar> m_separators;          // canonical, one between each two parts
    QHash<QString, QStringList> m_known;
};

} // namespace qundesk
