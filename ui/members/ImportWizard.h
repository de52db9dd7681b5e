#pragma once

#include "members/ImportWizardState.h"

#include <QSqlDatabase>
#include <QWizard>

#include <functional>

namespace qundesk::ui {

class ImportWizardFilePage;
class ImportWizardMappingPage;
class ImportWizardPreviewPage;
class ImportWizardRunPage;

// 导入成员: the CSV import in four steps. File (path or drop, encoding and delimiter overrides
// beside what was detected, what to do with members already in the database, where rejected
// rows go), mapping (one member field per column, guessed from the header), preview (the first
// rows as they would be stored, rejected ones marked with their reason) and run (progress with
// a real cancel, then the summary). The import runs on a worker thread with its own connection
// in one transaction: cancelling, closing the window or a crash leaves the database unchanged.
//
// The database is only written by the run page's worker; the wizard reads the file, not SQL.
class ImportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)

public:
    enum PageId { FilePageId, MappingPageId, PreviewPageId, RunPageId };

    // db: the open QunDesk database (the worker opens its own connection to the same file).
    explicit ImportWizard(const QSqlDatabase &db, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Starts on the file page with this file chosen (as if picked in the file dialog).
    void setFile(const QString &path);

    ImportWizardState &state() { return m_state; }
    const ImportWizardState &state() const { return m_state; }
    QString databasePath() const { return m_databasePath; }

    ImportWizardFilePage *filePage() const { return m_filePage; }
    ImportWizardMappingPage *mappingPage() const { return m_mappingPage; }
    ImportWizardPreviewPage *previewPage() const { return m_previewPage; }
    ImportWizardRunPage *runPage() const { return m_runPage; }

    // Replaces the question asked before a running import is cancelled by closing the window
    // (tests answer it without a message box).
    void setConfirmation(std::function<bool(const QString &question)> confirm) { m_confirm = std::move(confirm); }

    // Closing (the window's X, Esc) while the import runs asks first, then cancels the import
    // and closes once its rollback is done.
    void reject() override;

    // Writes PNGs of every step (prefix-file.png, -mapping, -preview, -progress, -summary) into dir,
    // importing a generated sample file into a temporary database: the user's data is never
    // touched. For `qundesk --screenshots` (through the members page) and the wizard's test.
    static bool saveScreenshots(const QString &dir, const QString &prefix, QWidget *parent = nullptr);

signals:
    // An import was committed (members inserted, updated or skipped); the members page reloads.
    void imported();

private:
    void onImportFinished();

    QSqlDatabase m_db;
    QString m_databasePath;
    ImportWizardState m_state;
    std::function<bool(const QString &)> m_confirm;
    bool m_closeWhenStopped = false;

    ImportWizardFilePage *m_filePage = nullptr;
    ImportWizardMappingPage *m_mappingPage = nullptr;
    ImportWizardPreviewPage *m_previewPage = nullptr;
    ImportWizardRunPage *m_runPage = nullptr;
};

} // namespace qundesk::ui
