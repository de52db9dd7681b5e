#include "domain/GroupNaming.h"

#include <QRegularExpression>

namespace qundesk {

namespace {

const QString NumberToken = QStringLiteral("{n}");

QStringList splitForms(const QString &nameTemplate)
{
    QStringList forms;
    for (const QString &form : nameTemplate.split(QLatin1Char('|')))
        forms.append(form.trimmed());
    return forms;
}

// A form as an anchored expression: * captures any text, {n} the number standing alone.
QRegularExpression formExpression(const QString &form, int number)
{
    QString pattern = QStringLiteral("^");
    const QStringList parts = form.split(NumberToken);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            pattern += QStringLiteral("(?<!\\d)") + QString::number(number) + QStringLiteral("(?!\\d)");
        const QStringList literals = parts.at(i).split(QLatin1Char('*'));
        for (qsizetype j = 0; j < literals.size(); ++j) {
            if (j > 0)
                pattern += QStringLiteral("(.*)");
            pattern += QRegularExpression::escape(literals.at(j));
        }
    }
    pattern += QLatin1Char('$');
    return QRegularExpression(pattern);
}

} // namespace

QString GroupNaming::validateTemplate(const QString &nameTemplate)
{
    if (nameTemplate.trimmed().isEmpty())
        return tr("The naming template is empty; it needs at least one form such as *{n}群.");
    for (const QString &form : splitForms(nameTemplate)) {
        if (form.count(NumberToken) != 1)
            return tr("Each form of the naming template needs exactly one {n} for the number: “%1”.").arg(form);
        QString rest = form;
        rest.remove(NumberToken).remove(QLatin1Char('*'));
        if (rest.trimmed().isEmpty() && !form.contains(QLatin1Char('*')))
            return tr("The form “%1” of the naming template has no text besides the number.").arg(form);
    }
    return {};
}

QStringList GroupNaming::forms(const QString &nameTemplate)
{
    return splitForms(validateTemplate(nameTemplate).isEmpty() ? nameTemplate : defaultTemplate());
}

bool GroupNaming::isExempt(int number, GroupPurpose purpose)
{
    return number <= 0 || purpose == GroupPurpose::Master;
}

QString GroupNaming::checkName(const QString &nameTemplate, const QString &name, int number, GroupPurpose purpose)
{
    if (isExempt(number, purpose))
        return {};
    const QString trimmed = name.trimmed();
    const QStringList all = forms(nameTemplate);
    QStringList expected;
    for (const QString &form : all) {
        if (formExpression(form, number).match(trimmed).hasMatch())
            return {};
        QString shown = form;
        shown.replace(NumberToken, QString::number(number)).replace(QLatin1Char('*'), QChar(0x2026));
        expected.append(QStringLiteral("“") + shown + QStringLiteral("”"));
    }
    return tr("The name should look like %1 (number %2).").arg(expected.join(tr(" or ")), QString::number(number));
}

QString GroupNaming::suggestName(const QString &nameTemplate, int number, const QString &stem)
{
    QString name = forms(nameTemplate).constFirst();
    name.replace(NumberToken, QString::number(std::max(number, 1)));
    name.replace(QLatin1Char('*'), stem);
    return name.trimmed();
}

QString GroupNaming::stemOf(const QString &nameTemplate, const QString &name, int number)
{
    for (const QString &form : forms(nameTemplate)) {
        const QRegularExpressionMatch m = formExpression(form, number).match(name.trimmed());
        if (m.hasMatch())
            return m.lastCapturedIndex() >= 1 ? m.captured(1) : QString();
    }
    return {};
}

} // namespace qundesk
