#include "Pages.h"

#include "Page.h"
#include "calendar/CalendarPage.h"
#include "funnels/FunnelsPage.h"
#include "matrix/MatrixPage.h"
#include "members/MembersPage.h"
#include "onboarding/OnboardingPage.h"

#include <QCoreApplication>

namespace qundesk::ui {

namespace {

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

QString title(const char *text)
{
    return QCoreApplication::translate("Pages", text);
}

} // namespace

QList<PageEntry> createPages(QWidget *parent)
{
    // Navigation order follows the thinking levels: the director's plane first, then the
    // specialist's members and calendar, the manager's funnels, the trainer's ritual.
    return {
        {new MatrixPage(parent), title(QT_TRANSLATE_NOOP("Pages", "Group Matrix")), QStringLiteral("matrix"), icon("matrix")},
        {new MembersPage(parent), title(QT_TRANSLATE_NOOP("Pages", "Members")), QStringLiteral("members"), icon("members")},
        {new CalendarPage(parent), title(QT_TRANSLATE_NOOP("Pages", "Content Calendar")), QStringLiteral("calendar"), icon("calendar")},
        {new FunnelsPage(parent), title(QT_TRANSLATE_NOOP("Pages", "Funnels")), QStringLiteral("funnels"), icon("funnel")},
        {new OnboardingPage(parent), title(QT_TRANSLATE_NOOP("Pages", "Onboarding")), QStringLiteral("onboarding"), icon("onboarding")},
    };
}

} // namespace qundesk::ui
