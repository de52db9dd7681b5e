#pragma once

#include <QString>
#include <QStringList>

namespace qundesk::ui {

// The few things QunDesk remembers between runs, in QSettings (~/.config/QunDesk/QunDesk.conf).
class AppSettings final
{
public:
    static constexpr int MaxRecentFiles = 8;

    // "system" (follow the desktop), "zh_CN" or "en".
    static QString language();
    static void setLanguage(const QString &code);
    // The language actually used: zh_CN for Chinese desktops and as asked, en otherwise.
    static QString effectiveLanguage();

    static QStringList recentFiles();
    static void addRecentFile(const QString &path);
    static void removeRecentFile(const QString &path);

    static QString lastDatabase();

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
};

} // namespace qundesk::ui
