#include "matrix/RecommendationsDialog.h"

#include "models/RecommendationModel.h"
#include "storage/Database.h"
#include "storage/RecommendationRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace qundesk::ui {

namespace {

struct Applied
{
    DatabaseError error;
    ApplyResult result;
};

// Applying re-lists every group under the write lock, so it runs off the UI thread too.
Applied applyOnWorker(const QString &path, const QList<Recommendation> &recommendations, const QDate &today)
{
    Applied out;
    Database db;
    if ((out.error = db.open(path, Database::Mode::NoMigrate)))
        return out;
    out.error = RecommendationRepository(db.connection()).apply(recommendations, today, &out.result);
    return out;
}

} // namespace

RecommendationsDialog::RecommendationsDialog(const QSqlDatabase &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_model(new RecommendationModel(this))
{
    setWindowTitle(tr("Lifecycle recommendations"));
    m_model->setDatabase(db);

    m_filter = new QComboBox(this);
    m_filter->addItem(tr("All actions"), QString());
    for (const RecommendationAction a : allRecommendationActions())
        m_filter->addItem(recommendationActionLabel(a), recommendationActionCode(a));
    m_checkAll = new QPushButton(tr("Check all shown"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_filter);
    top->addStretch(1);
    top->addWidget(m_checkAll);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(RecommendationModel::Action, 170);
    m_view->setColumnWidth(RecommendationModel::Group, 150);
    m_view->setColumnWidth(RecommendationModel::Target, 190);
    m_view->setColumnWidth(RecommendationModel::Members, 60);

    m_preview = new QPlainTextEdit(this);
    m_preview->setReadOnly(true);
    m_preview->setPlaceholderText(tr("Check recommendations to see exactly what applying them changes."));

    auto *previewBox = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(new QLabel(tr("What applying the checked recommendations changes:"), previewBox));
    previewLayout->addWidget(m_preview);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_apply = buttons->addButton(tr("Apply selected…"), QDialogButtonBox::ActionRole);
    m_apply->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1000, 640);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &RecommendationsDialog::applySelected);
    connect(m_checkAll, &QPushButton::clicked, this, [this] {
        m_model->setAllChecked(m_model->checkedRecommendations().isEmpty());
    });
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        const QString code = m_filter->currentData().toString();
        m_model->setActionFilter(code.isEmpty() ? std::nullopt : recommendationActionFromCode(code));
    });
    connect(m_model, &RecommendationModel::checkedChanged, this, &RecommendationsDialog::updatePreview);
    connect(m_model, &RecommendationModel::loaded, this, &RecommendationsDialog::onLoaded);

    reload();
}

void RecommendationsDialog::setToday(const QDate &day)
{
    m_model->setToday(day);
    reload();
}

QString RecommendationsDialog::statusText() const
{
    return m_status->text();
}

void RecommendationsDialog::reload()
{
    showStatus(tr("Reading the activity of every group…"), false);
    m_apply->setEnabled(false);
    m_model->reload();
}

void RecommendationsDialog::onLoaded(const QString &error)
{
    if (!error.isEmpty()) {
        showStatus(tr("The recommendations could not be listed: %1").arg(error), true);
        return;
    }
    if (m_status->property("keep").toBool()) {
        m_status->setProperty("keep", false);   // the result of the last apply stays visible
    } else {
        showStatus(m_model->rowCount() == 0 ? tr("Nothing to recommend as of %1.").arg(QLocale().toString(m_model->today()))
                                            : tr("%n recommendation(s) as of %1.", nullptr, m_model->rowCount())
                                                  .arg(QLocale().toString(m_model->today())),
                   false);
    }
    updatePreview();
}

void RecommendationsDialog::updatePreview()
{
    const QList<Recommendation> checked = m_model->checkedRecommendations();
    m_apply->setEnabled(!checked.isEmpty() && !m_applying && !m_model->isLoading());
    m_checkAll->setText(checked.isEmpty() ? tr("Check all shown") : tr("Uncheck all"));
    QStringList text;
    RecommendationRepository repo(m_db);
    for (const Recommendation &r : checked) {
        RecommendationPreview p;
        text.append(r.groupName + QStringLiteral(" — ") + recommendationActionLabel(r.action));
        if (const DatabaseError err = repo.preview(r, &p)) {
            text.append(QStringLiteral("  ✗ ") + err.message);
        } else {
            for (const QString &line : std::as_const(p.lines))
                text.append(QStringLiteral("  • ") + line);
        }
        text.append(QString());
    }
    m_preview->setPlainText(text.join(QLatin1Char('\n')));
}

void RecommendationsDialog::applySelected()
{
    const QList<Recommendation> checked = m_model->checkedRecommendations();
    if (checked.isEmpty() || m_applying)
        return;
    int dissolving = 0;
    for (const Recommendation &r : checked)
        dissolving += r.action == RecommendationAction::MigrateAndDissolve ? 1 : 0;
    QString question = tr("Apply %n recommendation(s) together? Either all of them are applied or none.", nullptr,
                          int(checked.size()));
    if (dissolving > 0)
        question += QLatin1Char('\n') + tr("%n group(s) will be dissolved; this cannot be undone here.", nullptr, dissolving);
    if (QMessageBox::question(this, tr("Apply recommendations"), question, QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;

    m_applying = true;
    m_apply->setEnabled(false);
    showStatus(tr("Applying…"), false);
    auto *watcher = new QFutureWatcher<Applied>(this);
    connect(watcher, &QFutureWatcher<Applied>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_applying = false;
        const Applied out = watcher->result();
        if (out.error) {
            showStatus(tr("Nothing was changed. %1").arg(out.error.message), true);
            updatePreview();
            return;
        }
        showStatus(tr("Applied %n recommendation(s).", nullptr, out.result.applied) + QLatin1Char(' ')
                       + out.result.summaries.join(QLatin1Char(' ')),
                   false);
        m_status->setProperty("keep", true);
        m_model->reload();
        emit applied(out.result.applied);
    });
    watcher->setFuture(QtConcurrent::run(applyOnWorker, m_db.databaseName(), checked, m_model->today()));
}

void RecommendationsDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());
}

} // namespace qundesk::ui
