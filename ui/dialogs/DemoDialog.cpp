#include "DemoDialog.h"

#include "io/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/Maintenance.h"

#include <QAtomicInt>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent>

namespace qundesk::ui {

namespace {

struct DemoResult
{
    bool cancelled = false;
    QString error;
};

} // namespace

bool DemoDialog::ensureDemoDatabase(const QString &path, QWidget *parent)
{
    {
        Database probe;
        if (const DatabaseError err = probe.open(path)) {
            QMessageBox::warning(parent, tr("Demo database"), err.message);
            return false;
        }
        bool empty = false;
        if (const DatabaseError err = Maintenance(probe.connection()).isEmpty(&empty)) {
            QMessageBox::warning(parent, tr("Demo database"), err.message);
            return false;
        }
        if (!empty)
            return true;
    }

    QProgressDialog progress(tr("Generating the demo operation…"), tr("Cancel"), 0, 100, parent);
    progress.setWindowTitle(tr("Demo database"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);

    QAtomicInt cancel(0);
    QPointer<QProgressDialog> dialog(&progress);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&cancel] { cancel.storeRelaxed(1); });

    QFutureWatcher<DemoResult> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<DemoResult>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([path, &cancel, dialog]() {
        DemoResult result;
        Database db; // the worker's own connection
        if (const DatabaseError err = db.open(path)) {
            result.error = err.message;
            return result;
        }
        const DatabaseError err = DemoGenerator::generate(db, DemoOptions{}, [&cancel, dialog](int percent, const QString &stage) {
            QMetaObject::invokeMethod(dialog.data(), [dialog, percent, stage] {
                if (dialog) {
                    dialog->setValue(percent);
                    dialog->setLabelText(stage);
                }
            }, Qt::QueuedConnection);
            return cancel.loadRelaxed() == 0;
        });
        result.cancelled = cancel.loadRelaxed() != 0;
        if (err && !result.cancelled)
            result.error = err.message;
        return result;
    }));
    loop.exec();
    const DemoResult result = watcher.result();
    if (result.cancelled)
        return false;
    if (!result.error.isEmpty()) {
        QMessageBox::warning(parent, tr("Demo database"), result.error);
        return false;
    }
    return true;
}

} // namespace qundesk::ui
