// qundesk: the desktop application.
#include "AppSettings.h"
#include "MainWindow.h"

#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

using namespace qundesk;
using namespace qundesk::ui;

namespace {

void installTranslators(QApplication &app)
{
    const QString language = AppSettings::effectiveLanguage();
    // English is the source language; its catalogue only carries the plural forms.
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/qundesk_%1.qm").arg(language)))
        QCoreApplication::installTranslator(own);
    // Qt's own dialogs (file dialogs, message box buttons) from qt6-translations-l10n.
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    if (language != QLatin1String("en"))
        QLocale::setDefault(QLocale(language));
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    // No organisation name: the default database lands in ~/.local/share/QunDesk/qundesk.db.
    QApplication::setApplicationName(QStringLiteral("QunDesk"));
    QApplication::setApplicationVersion(QStringLiteral(QUNDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.qundesk.QunDesk"));
    installTranslators(app);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "QunDesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "QunDesk community operations workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "Database file to open."), QStringLiteral("FILE"));
    const QCommandLineOption demoOption(QStringLiteral("demo"), QApplication::translate("main", "Open the demo database, generating it first if needed."));
    const QCommandLineOption shotsOption(QStringLiteral("screenshots"), QApplication::translate("main", "Save a PNG of every page into DIR and quit."), QStringLiteral("DIR"));
    const QCommandLineOption pageOption(QStringLiteral("page"), QApplication::translate("main", "Page to show first (1-5)."), QStringLiteral("N"));
    const QCommandLineOption paintOption(QStringLiteral("quit-after-first-paint"), QApplication::translate("main", "Print the time to the first paint and quit (for benchmarks)."));
    parser.addOptions({dbOption, demoOption, shotsOption, pageOption, paintOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), QApplication::translate("main", "Database file to open."), QStringLiteral("[FILE]"));
    parser.process(app);

    MainWindow window;
    QString path = parser.value(dbOption);
    if (path.isEmpty() && !parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().constFirst();
    if (parser.isSet(demoOption)) {
        window.openDemoDatabase();
    } else if (!path.isEmpty()) {
        if (!window.openDatabase(path)) {
            std::fprintf(stderr, "qundesk: cannot open %s\n", qPrintable(path));
            if (parser.isSet(shotsOption) || parser.isSet(paintOption))
                return 3;
        }
    } else {
        const QString last = AppSettings::lastDatabase();
        const bool opened = !last.isEmpty() && QFileInfo::exists(last) && window.openDatabase(last, true);
        if (!opened)
            window.openDatabase(Database::defaultPath());
    }
    if (parser.isSet(pageOption))
        window.showPage(parser.value(pageOption).toInt() - 1);
    window.show();

    if (parser.isSet(paintOption)) {
        QTimer::singleShot(0, &window, [&window, &sinceStart] {
            window.repaint();
            std::printf("first paint after %lld ms\n", static_cast<long long>(sinceStart.elapsed()));
            std::fflush(stdout);
            QApplication::quit();
        });
    }
    if (parser.isSet(shotsOption)) {
        const QString dir = parser.value(shotsOption);
        // Let the models' first pages arrive before grabbing.
        QTimer::singleShot(1500, &window, [&window, dir] {
            QApplication::exit(window.saveScreenshots(dir) ? 0 : 1);
        });
    }
    return app.exec();
}
