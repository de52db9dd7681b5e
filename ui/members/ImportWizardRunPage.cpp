#include "members/ImportWizardRunPage.h"

#include "domain/Masking.h"
#include "members/ImportWizardRunner.h"
#include "members/ImportWizardState.h"

#include <QDesktopServices>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace qundesk::ui {

namespace {

constexpr int ProgressSteps = 1000;
// How far CsvReader can read ahead of the record it hands out: its encoding-detection head.
constexpr qint64 ReadAheadBytes = 4 * 1024 * 1024;

const QString ErrorStyle = QStringLiteral("color: #c0392b;");

} // namespace

ImportWizardRunPage::ImportWizardRunPage(ImportWizardState *state, const QString &databasePath, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_databasePath(databasePath)
    , m_runner(new ImportWizardRunner(this))
{
    setTitle(tr("Import"));
    setSubTitle(tr("All rows go in together: until the import finishes the database is unchanged, and a cancel "
                   "keeps it that way."));

    m_phase = new QLabel(this);
    m_phase->setObjectName(QStringLiteral("importPhase"));
    m_phase->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, ProgressSteps);
    m_progress->setFormat(QStringLiteral("%p%"));
    m_rows = new QLabel(this);
    m_rows->setObjectName(QStringLiteral("importRows"));
    m_cancel = new QPushButton(tr("Cancel import"), this);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    m_retry = new QPushButton(tr("Try again"), this);
    m_retry->setObjectName(QStringLiteral("retryImport"));
    m_retry->hide();
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    progressRow->addWidget(m_retry);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The summary: five figures side by side, the details, the rejects file and its first rows.
    m_summary = new QWidget(this);
    auto *figures = new QGridLayout;
    figures->setHorizontalSpacing(24);
    const QString captions[FigureCount] = {tr("Rows in the file"), tr("Inserted"), tr("Updated"), tr("Skipped"),
                                           tr("Rejected")};
    for (int f = 0; f < FigureCount; ++f) {
        m_figures[f] = new QLabel(m_summary);
        m_figures[f]->setObjectName(QStringLiteral("summaryFigure%1").arg(f));
        QFont big = m_figures[f]->font();
        big.setPointSizeF(big.pointSizeF() * 1.8);
        big.setBold(true);
        m_figures[f]->setFont(big);
        auto *caption = new QLabel(captions[f], m_summary);
        figures->addWidget(m_figures[f], 0, f, Qt::AlignLeft | Qt::AlignBottom);
        figures->addWidget(caption, 1, f, Qt::AlignLeft | Qt::AlignTop);
    }
    figures->setColumnStretch(FigureCount, 1);

    m_details = new QLabel(m_summary);
    m_details->setObjectName(QStringLiteral("summaryDetails"));
    m_details->setWordWrap(true);
    m_rejectsFile = new QLabel(m_summary);
    m_rejectsFile->setObjectName(QStringLiteral("rejectsFile"));
    m_rejectsFile->setWordWrap(true);
    m_rejectsFile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openFolder = new QPushButton(tr("Open the rejects file's folder"), m_summary);
    m_openFolder->setObjectName(QStringLiteral("openRejectsFolder"));
    auto *rejectsRow = new QHBoxLayout;
    rejectsRow->addWidget(m_rejectsFile, 1);
    rejectsRow->addWidget(m_openFolder);

    m_rejectsTitle = new QLabel(m_summary);
    m_rejects = new QTableWidget(m_summary);
    m_rejects->setObjectName(QStringLiteral("firstRejects"));
    m_rejects->setColumnCount(RejectColumnCount);
    m_rejects->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Value"), tr("Reason")});
    m_rejects->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejects->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rejects->setWordWrap(false);
    m_rejects->verticalHeader()->hide();
    m_rejects->verticalHeader()->setDefaultSectionSize(m_rejects->fontMetrics().height() + 8);
    m_rejects->horizontalHeader()->setStretchLastSection(true);
    m_rejects->horizontalHeader()->setHighlightSections(false);
    const int em = m_rejects->fontMetrics().horizontalAdvance(QChar(0x6210));
    m_rejects->setColumnWidth(RejectLine, em * 4);
    m_rejects->setColumnWidth(RejectColumnName, em * 6);
    m_rejects->setColumnWidth(RejectValue, em * 9);

    auto *summaryLayout = new QVBoxLayout(m_summary);
    summaryLayout->setContentsMargins(0, 0, 0, 0);
    summaryLayout->addLayout(figures);
    summaryLayout->addWidget(m_details);
    summaryLayout->addLayout(rejectsRow);
    summaryLayout->addWidget(m_rejectsTitle);
    summaryLayout->addWidget(m_rejects, 1);
    m_summary->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_phase);
    layout->addLayout(progressRow);
    layout->addWidget(m_rows);
    layout->addWidget(m_result);
    layout->addWidget(m_summary, 1);
    layout->addStretch(0);

    connect(m_cancel, &QPushButton::clicked, this, &ImportWizardRunPage::cancelImport);
    connect(m_retry, &QPushButton::clicked, this, &ImportWizardRunPage::startImport);
    connect(m_openFolder, &QPushButton::clicked, this, &ImportWizardRunPage::openRejectsFolder);
    connect(m_runner, &ImportWizardRunner::progress, this, &ImportWizardRunPage::onProgress);
    connect(m_runner, &ImportWizardRunner::finished, this, &ImportWizardRunPage::onFinished);
}

ImportWizardRunPage::~ImportWizardRunPage() = default;

void ImportWizardRunPage::initializePage()
{
    startImport();
}

bool ImportWizardRunPage::isComplete() const
{
    return m_outcome == Committed || m_outcome == Cancelled || m_outcome == Failed;
}

void ImportWizardRunPage::startImport()
{
    if (m_runner->isRunning())
        return;
    m_outcome = Running;
    m_bytesPerRow = m_state->bytesPerRow();
    m_clock.start();
    m_phase->setText(tr("Importing %1…").arg(QFileInfo(m_state->csvPath).fileName()));
    m_phase->setStyleSheet(QString());
    m_progress->setValue(0);
    m_rows->setText(tr("Starting…"));
    m_result->clear();
    m_summary->hide();
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_retry->hide();
    emit completeChanged();
    m_runner->start(m_databasePath, m_state->csvPath, m_state->importOptions());
}

void ImportWizardRunPage::cancelImport()
{
    if (!m_runner->isRunning())
        return;
    m_cancel->setEnabled(false);
    m_phase->setText(tr("Cancelling: the rows read so far are being rolled back…"));
    m_runner->cancel();
}

void ImportWizardRunPage::onProgress(qint64 rows, qint64 bytesDone, qint64 bytesTotal)
{
    if (m_outcome != Running || bytesTotal <= 0)
        return;
    // The reader runs ahead of the rows imported by up to ReadAheadBytes, so the bytes read alone
    // would show a small file as done at once. The rows times their size in the preview is the
    // better guess, kept within what the reader can be ahead by. 100% waits for the commit.
    qint64 consumed = bytesDone;
    const qint64 guess = qint64(double(rows) * m_bytesPerRow);
    if (m_bytesPerRow > 0)
        consumed = std::clamp(guess, std::max<qint64>(0, bytesDone - ReadAheadBytes), bytesDone);
    const qint64 permille = std::clamp<qint64>(consumed * ProgressSteps / bytesTotal, 0, ProgressSteps - 10);
    m_progress->setValue(int(permille));
    const QLocale locale;
    QString text = tr("%1 rows read (%2% of the file)").arg(locale.toString(rows)).arg(permille / 10);
    // Time left from the pace so far, once there is a pace to speak of.
    const qint64 elapsed = m_clock.elapsed();
    if (elapsed >= 2000 && permille >= 20) {
        const qint64 left = (elapsed * (ProgressSteps - permille) / permille + 999) / 1000;
        text += QStringLiteral(" · ")
            + (left < 60 ? tr("about %n second(s) left", nullptr, int(left))
                         : tr("about %n minute(s) left", nullptr, int((left + 59) / 60)));
    }
    m_rows->setText(text);
    // After the last row the transaction commits and the search index is brought up to date.
    const bool nearTheEnd = bytesTotal > ReadAheadBytes || guess * 50 >= bytesTotal * 49;
    if (bytesDone >= bytesTotal && nearTheEnd && !m_runner->wasCancelRequested())
        m_phase->setText(tr("Saving: writing the members and updating the search index…"));
}

void ImportWizardRunPage::onFinished()
{
    const ImportError &error = m_runner->error();
    m_cancel->hide();
    if (!error) {
        m_outcome = Committed;
        m_progress->setValue(ProgressSteps);
        showSummary();
    } else {
        m_outcome = error.kind == ImportError::Kind::Cancelled ? Cancelled : Failed;
        m_progress->setValue(0);
        m_rows->clear();
        m_phase->setText(m_outcome == Cancelled ? tr("The import was cancelled.") : tr("The import failed."));
        m_result->setText(m_outcome == Cancelled
                              ? tr("Nothing was imported: the database is as it was before.")
                              : tr("Nothing was imported: the database is as it was before. %1").arg(error.message));
        m_result->setStyleSheet(m_outcome == Failed ? ErrorStyle : QString());
        m_retry->show();
    }
    emit completeChanged();
    emit importFinished();
}

void ImportWizardRunPage::showSummary()
{
    const MemberImportSummary &s = m_runner->summary();
    const QLocale locale;
    m_phase->setText(tr("Imported %1.").arg(QFileInfo(m_state->csvPath).fileName()));
    m_rows->setText(tr("%1 rows read (%2% of the file)").arg(locale.toString(s.rows)).arg(100));
    m_result->setText(s.rejected == 0 ? tr("Every row was imported.")
                                      : tr("%n row(s) were rejected; the others were imported.", nullptr,
                                           int(std::min<qint64>(s.rejected, INT_MAX))));
    m_result->setStyleSheet(s.rejected > 0 ? ErrorStyle : QString());

    const qint64 values[FigureCount] = {s.rows, s.inserted, s.updated, s.skipped, s.rejected};
    for (int f = 0; f < FigureCount; ++f)
        m_figures[f]->setText(locale.toString(values[f]));
    m_figures[RejectedFigure]->setStyleSheet(s.rejected > 0 ? ErrorStyle : QString());

    QStringList details;
    if (s.createdChannels > 0)
        details.append(tr("%n new channel(s)", nullptr, s.createdChannels));
    if (s.createdRegions > 0)
        details.append(tr("%n new region(s)", nullptr, s.createdRegions));
    if (s.createdTiers > 0)
        details.append(tr("%n new tier(s)", nullptr, s.createdTiers));
    if (s.createdTags > 0)
        details.append(tr("%n new tag(s)", nullptr, s.createdTags));
    const QString seconds = locale.toString(double(s.elapsedMs) / 1000.0, 'f', 1);
    m_details->setText(details.isEmpty() ? tr("Took %1 s.").arg(seconds)
                                         : tr("Created %1. Took %2 s.").arg(details.join(tr(", ")), seconds));

    const bool hasRejects = !s.rejectsFile.isEmpty();
    m_rejectsFile->setText(hasRejects ? tr("Rejected rows with their line and reason: %1")
                                            .arg(QDir::toNativeSeparators(s.rejectsFile))
                                      : tr("No rejects file: no row was rejected."));
    m_openFolder->setVisible(hasRejects);

    // The value at fault may be a (malformed) phone or platform ID: masked like everywhere else.
    const auto maskFor = [this](const QString &column, const QString &value) {
        const qsizetype at = m_state->preview.header.indexOf(column);
        const MemberField field = at >= 0 ? m_state->mapping.value(at, MemberField::Ignore) : MemberField::Ignore;
        if (field == MemberField::Phone)
            return maskPhone(value);
        if (field == MemberField::PlatformId)
            return maskPlatformId(value);
        return value;
    };
    m_rejects->setRowCount(int(s.firstProblems.size()));
    for (int r = 0; r < s.firstProblems.size(); ++r) {
        const RowProblem &p = s.firstProblems.at(r);
        auto *line = new QTableWidgetItem(locale.toString(p.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_rejects->setItem(r, RejectLine, line);
        m_rejects->setItem(r, RejectColumnName, new QTableWidgetItem(p.column));
        m_rejects->setItem(r, RejectValue, new QTableWidgetItem(maskFor(p.column, p.value)));
        auto *reason = new QTableWidgetItem(p.reason);
        reason->setToolTip(p.reason);
        m_rejects->setItem(r, RejectReason, reason);
    }
    m_rejectsTitle->setText(s.firstProblems.size() < s.rejected
                                ? tr("The first %n rejected rows:", nullptr, int(s.firstProblems.size()))
                                : tr("Rejected rows:"));
    m_rejectsTitle->setVisible(!s.firstProblems.isEmpty());
    m_rejects->setVisible(!s.firstProblems.isEmpty());
    m_summary->show();
}

QString ImportWizardRunPage::resultText() const
{
    QStringList lines{m_phase->text(), m_result->text()};
    if (!m_summary->isHidden()) {
        lines.append(m_details->text());
        lines.append(m_rejectsFile->text());
    }
    lines.removeAll(QString());
    return lines.join(QLatin1Char('\n'));
}

QString ImportWizardRunPage::figureText(Figure figure) const
{
    return figure >= 0 && figure < FigureCount ? m_figures[figure]->text() : QString();
}

void ImportWizardRunPage::openRejectsFolder()
{
    const QString file = m_runner->summary().rejectsFile;
    if (!file.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(file).absolutePath()));
}

} // namespace qundesk::ui
