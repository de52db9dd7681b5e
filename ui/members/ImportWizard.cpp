#include "members/ImportWizard.h"

#include "members/ImportWizardFilePage.h"
#include "members/ImportWizardMappingPage.h"
#include "members/ImportWizardPreviewPage.h"
#include "members/ImportWizardRunPage.h"
#include "members/ImportWizardRunner.h"

#include <QMessageBox>

namespace qundesk::ui {

ImportWizard::ImportWizard(const QSqlDatabase &db, QWidget *parent)
    : QWizard(parent)
    , m_db(db)
    , m_databasePath(db.databaseName())
{
    setWindowTitle(tr("Import members"));
    setObjectName(QStringLiteral("importWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    // The run page has its own "Cancel import"; once it is done only Finish is left.
    setOption(QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(900, 600);
    resize(980, 680);

    m_filePage = new ImportWizardFilePage(&m_state, this);
    m_mappingPage = new ImportWizardMappingPage(&m_state, this);
    m_previewPage = new ImportWizardPreviewPage(&m_state, this);
    m_runPage = new ImportWizardRunPage(&m_state, m_databasePath, this);
    setPage(FilePageId, m_filePage);
    setPage(MappingPageId, m_mappingPage);
    setPage(PreviewPageId, m_previewPage);
    setPage(RunPageId, m_runPage);
    setStartId(FilePageId);

    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Cancel the import"), question, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No)
            == QMessageBox::Yes;
    };
    connect(m_runPage, &ImportWizardRunPage::importFinished, this, &ImportWizard::onImportFinished);
}

ImportWizard::~ImportWizard()
{
    // A running import is cancelled and rolled back before the pages and the state go.
    m_runPage->runner()->cancel();
    m_runPage->runner()->wait();
}

void ImportWizard::setFile(const QString &path)
{
    m_filePage->setFile(path);
}

void ImportWizard::reject()
{
    if (m_runPage->isRunning()) {
        if (m_closeWhenStopped)
            return; // already cancelling; the window closes once the rollback is done
        if (!m_confirm(tr("The import is still running. Cancel it and close? Nothing will be imported: the database "
                          "stays as it was before.")))
            return;
        m_closeWhenStopped = true;
        m_runPage->cancelImport();
        return;
    }
    QWizard::reject();
}

void ImportWizard::onImportFinished()
{
    if (m_runPage->outcome() == ImportWizardRunPage::Committed)
        emit imported();
    if (m_closeWhenStopped) {
        m_closeWhenStopped = false;
        QWizard::reject();
    }
}

} // namespace qundesk::ui
