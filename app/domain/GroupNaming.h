#pragma once

#include "domain/Group.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace qundesk {

// The naming scheme of numbered groups (e.g. brand + "宠粉群" + number), stored in the settings
// table under NameTemplateKey so every desk of an operation checks the same rule.
//
// Template syntax:
//   {n}   the group's number, written without leading zeros; it must stand alone, so a group
//         numbered 3 does not pass as "…13群";
//   *     any text, possibly none (the brand and the stem: 花漾宠粉群);
//   |     separates alternative forms, e.g. "*{n}群|*{n}期" for groups and training cohorts;
//   everything else is literal. Every form needs exactly one {n}.
// The default "*{n}群|*{n}期" accepts every numbered group of the demo operation (花漾百万级3群,
// 花漾宠粉群12群, 花漾新人训练营2期).
//
// Master groups (总群) and groups without a number are not checked: a master group stands
// above the numbered sub-groups and usually has a name of its own (花漾百万级总群).
class GroupNaming final
{
    Q_DECLARE_TR_FUNCTIONS(GroupNaming)

public:
    static constexpr char NameTemplateKey[] = "groups.name_template";
    static QString defaultTemplate() { return QStringLiteral("*{n}群|*{n}期"); }

    // An empty string when the template is usable, else what is wrong with it.
    static QString validateTemplate(const QString &nameTemplate);

    // Empty when the name fits the template (or the group is exempt, see above); otherwise a
    // translated message showing the expected form with the number filled in. An invalid
    // template is replaced by the default.
    static QString checkName(const QString &nameTemplate, const QString &name, int number, GroupPurpose purpose);
    static bool isExempt(int number, GroupPurpose purpose);

    // The name for a number: the first form with {n} replaced and each * by `stem`.
    static QString suggestName(const QString &nameTemplate, int number, const QString &stem);
    // What the * of the first matching form stands for in `name` (the first * when a form has
    // several), so a new group can be named after its siblings: 花漾宠粉群12群 -> 花漾宠粉群.
    // Empty when the name fits no form.
    static QString stemOf(const QString &nameTemplate, const QString &name, int number);

    // The forms of a usable template (the default's when it is not).
    static QStringList forms(const QString &nameTemplate);
};

} // namespace qundesk
