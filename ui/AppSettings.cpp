#include "AppSettings.h"

#include <QFileInfo>
#include <QLocale>
#include <QSettings>

namespace qundesk::ui {

namespace {

QSettings store()
{
    return QSettings(QStringLiteral("QunDesk"), QStringLiteral("QunDesk"));
}

} // namespace

QString AppSettings::language()
{
    const QString code = store().value(QStringLiteral("ui/language"), QStringLiteral("system")).toString();
    return (code == QLatin1String("zh_CN") || code == QLatin1String("en")) ? code : QStringLiteral("system");
}

void AppSettings::setLanguage(const QString &code)
{
    store().setValue(QStringLiteral("ui/language"), code);
}

QString AppSettings::effectiveLanguage()
{
    const QString chosen = language();
    if (chosen != QLatin1String("system"))
        return chosen;
    const QStringList languages = QLocale::system().uiLanguages();
    for (const QString &l : languages) {
        if (l.startsWith(QLatin1String("zh")))
            return QStringLiteral("zh_CN");
        if (l.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("zh_CN");
}

QStringList AppSettings::recentFiles()
{
    return store().value(QStringLiteral("files/recent")).toStringList();
}

void AppSettings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    store().setValue(QStringLiteral("files/recent"), files);
}

void AppSettings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    store().setValue(QStringLiteral("files/recent"), files);
}

QString AppSettings::lastDatabase()
{
    const QStringList files = recentFiles();
    return files.isEmpty() ? QString() : files.first();
}

QByteArray AppSettings::windowGeometry()
{
    return store().value(QStringLiteral("ui/geometry")).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    store().setValue(QStringLiteral("ui/geometry"), geometry);
}

} // namespace qundesk::ui
