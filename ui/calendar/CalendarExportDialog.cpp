#include "calendar/CalendarExportDialog.h"

#include "calendar/WeekSheet.h"

#include "io/CalendarCsv.h"
#include "io/ICalendarExport.h"
#include "storage/Database.h"
#include "storage/DimensionRepository.h"
#include "storage/ContentRepository.h"
#include "storage/ScheduleRepository.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace qundesk::ui {

namespace {

struct WorkerResult
{
    CalendarExportOutcome outcome;
    int pages = 0;
};

// Runs on a worker thread with its own connection, so a month of a big operation does not
// freeze the dialog.
WorkerResult exportOnWorker(const QString &dbPath, CalendarExportDialog::Format format,
    const CalendarExportOptions &options, const QString &path)
{
    WorkerResult result;
    Database db;
    if (const DatabaseError err = db.open(dbPath, Database::Mode::NoMigrate)) {
        result.outcome.error = err.message;
        return result;
    }
    switch (format) {
    case CalendarExportDialog::Format::ICalendar:
        result.outcome = ICalendarExporter(db.connection()).exportTo(options, path);
        break;
    case CalendarExportDialog::Format::Csv:
        result.outcome = CalendarCsvExporter(db.connection()).exportTo(options, path);
        break;
    case CalendarExportDialog::Format::Pdf:
        result.outcome = WeekSheet::exportPdf(db.connection(), options, path, &result.pages);
        break;
    }
    return result;
}

void selectData(QComboBox *combo, qint64 id)
{
    const int index = combo->findData(id);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

CalendarExportDialog::CalendarExportDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export Calendar"));

    m_ics = new QRadioButton(tr("iCalendar (.ics): import into phone and desktop calendars"), this);
    m_csv = new QRadioButton(tr("CSV: a table for Excel"), this);
    m_pdf = new QRadioButton(tr("PDF: a printable week sheet (A4 landscape)"), this);
    m_formats = new QButtonGroup(this);
    m_formats->addButton(m_ics, int(Format::ICalendar));
    m_formats->addButton(m_csv, int(Format::Csv));
    m_formats->addButton(m_pdf, int(Format::Pdf));
    m_ics->setChecked(true);
    auto *formatBox = new QVBoxLayout;
    formatBox->addWidget(m_ics);
    formatBox->addWidget(m_csv);
    formatBox->addWidget(m_pdf);

    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto *thisWeek = new QPushButton(tr("This week"), this);
    auto *nextFourWeeks = new QPushButton(tr("Next 4 weeks"), this);
    auto *rangeRow = new QHBoxLayout;
    rangeRow->addWidget(m_from);
    rangeRow->addWidget(new QLabel(QStringLiteral("–"), this));
    rangeRow->addWidget(m_to);
    rangeRow->addWidget(thisWeek);
    rangeRow->addWidget(nextFourWeeks);
    rangeRow->addStretch(1);

    // Editable with a completer: a big operation has thousands of groups to type into, not scroll.
    m_group = new QComboBox(this);
    m_operator = new QComboBox(this);
    for (QComboBox *combo : { m_group, m_operator }) {
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->completer()->setFilterMode(Qt::MatchContains);
        combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
        combo->setMinimumContentsLength(18);
    }

    m_path = new QLineEdit(this);
    m_path->setMinimumWidth(360);
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), formatBox);
    form->addRow(tr("Days:"), rangeRow);
    form->addRow(tr("Group:"), m_group);
    form->addRow(tr("Operator:"), m_operator);
    form->addRow(tr("File:"), pathRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("Export"), QDialogButtonBox::ActionRole);
    m_export->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &CalendarExportDialog::startExport);
    connect(browse, &QPushButton::clicked, this, &CalendarExportDialog::browse);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_formats, &QButtonGroup::idClicked, this, &CalendarExportDialog::formatChanged);
    connect(thisWeek, &QPushButton::clicked, this, [this] {
        const QDate monday = weekStart(QDate::currentDate());
        setRange(monday, monday.addDays(6));
    });
    connect(nextFourWeeks, &QPushButton::clicked, this, [this] {
        const QDate monday = weekStart(QDate::currentDate());
        setRange(monday, monday.addDays(27));
    });
    for (QDateEdit *edit : { m_from, m_to })
        connect(edit, &QDateEdit::dateChanged, this, &CalendarExportDialog::suggestFileName);
    for (QComboBox *combo : { m_group, m_operator })
        connect(combo, &QComboBox::currentIndexChanged, this, &CalendarExportDialog::suggestFileName);

    const QDate monday = weekStart(QDate::currentDate());
    setRange(monday, monday.addDays(6));
}

CalendarExportDialog::~CalendarExportDialog() = default;

void CalendarExportDialog::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    reload();
}

void CalendarExportDialog::reload()
{
    const qint64 group = m_group->currentData().toLongLong();
    const qint64 op = m_operator->currentData().toLongLong();
    m_group->clear();
    m_operator->clear();
    m_group->addItem(tr("All groups"), qint64(0));
    m_operator->addItem(tr("All operators"), qint64(0));
    QList<GroupChoice> groups;
    if (auto err = ScheduleRepository(m_db).listGroupChoices(&groups))
        m_result->setText(err.message);
    for (const GroupChoice &g : std::as_const(groups))
        m_group->addItem(g.name, g.id);
    QList<Operator> operators;
    if (auto err = DimensionRepository(m_db).listOperators(&operators))
        m_result->setText(err.message);
    for (const Operator &o : std::as_const(operators))
        m_operator->addItem(o.name, o.id);
    selectData(m_group, group);
    selectData(m_operator, op);
    suggestFileName();
}

void CalendarExportDialog::setRange(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void CalendarExportDialog::setGroup(qint64 groupId)
{
    selectData(m_group, groupId);
}

void CalendarExportDialog::setOperator(qint64 operatorId)
{
    selectData(m_operator, operatorId);
}

void CalendarExportDialog::setFormat(Format format)
{
    m_formats->button(int(format))->setChecked(true);
    formatChanged();
}

void CalendarExportDialog::formatChanged()
{
    // Keep a name the user chose, with the new format's suffix.
    const QString path = m_path->text();
    if (!path.isEmpty() && m_pathEdited) {
        const QFileInfo info(path);
        m_path->setText(QDir(info.path()).filePath(info.completeBaseName() + u'.' + suffix()));
    } else {
        suggestFileName();
    }
}

void CalendarExportDialog::setFilePath(const QString &path)
{
    m_path->setText(path);
    m_pathEdited = true;
}

CalendarExportDialog::Format CalendarExportDialog::format() const
{
    return Format(m_formats->checkedId());
}

CalendarExportOptions CalendarExportDialog::options() const
{
    CalendarExportOptions o;
    o.from = m_from->date();
    o.to = m_to->date();
    // The combos are editable: text that names no entry must not silently mean "all".
    o.groupId = m_group->currentText() == m_group->itemText(m_group->currentIndex())
        ? m_group->currentData().toLongLong()
        : -1;
    o.operatorId = m_operator->currentText() == m_operator->itemText(m_operator->currentIndex())
        ? m_operator->currentData().toLongLong()
        : -1;
    return o;
}

QString CalendarExportDialog::filePath() const
{
    return m_path->text().trimmed();
}

QString CalendarExportDialog::resultText() const
{
    return m_result->text();
}

QString CalendarExportDialog::suffix() const
{
    switch (format()) {
    case Format::ICalendar: return QStringLiteral("ics");
    case Format::Csv: return QStringLiteral("csv");
    case Format::Pdf: return QStringLiteral("pdf");
    }
    return QStringLiteral("ics");
}

void CalendarExportDialog::suggestFileName()
{
    if (m_pathEdited || !m_db.isValid())
        return;
    CalendarExportOptions o = options();
    o.groupId = qMax<qint64>(0, o.groupId);
    o.operatorId = qMax<qint64>(0, o.operatorId);
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    m_path->setText(QDir(folder).filePath(CalendarExportData::suggestedFileName(m_db, o, suffix())));
}

void CalendarExportDialog::browse()
{
    const QString filter = format() == Format::ICalendar ? tr("iCalendar files (*.ics)")
        : format() == Format::Csv                       ? tr("CSV files (*.csv)")
                                                        : tr("PDF files (*.pdf)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Calendar"), filePath(), filter);
    if (path.isEmpty())
        return;
    setFilePath(QFileInfo(path).suffix().isEmpty() ? path + u'.' + suffix() : path);
}

void CalendarExportDialog::startExport()
{
    if (m_running)
        return;
    const CalendarExportOptions o = options();
    if (o.groupId < 0) {
        m_result->setText(tr("No group is called “%1”; pick one from the list.").arg(m_group->currentText()));
        return;
    }
    if (o.operatorId < 0) {
        m_result->setText(tr("No operator is called “%1”; pick one from the list.").arg(m_operator->currentText()));
        return;
    }
    const QString path = filePath();
    if (path.isEmpty()) {
        m_result->setText(tr("Choose the file to write."));
        return;
    }
    if (auto err = CalendarExportData::check(m_db, o)) {
        m_result->setText(err.message);
        return;
    }
    m_running = true;
    m_export->setEnabled(false);
    m_result->setText(tr("Exporting…"));
    auto *watcher = new QFutureWatcher<WorkerResult>(this);
    connect(watcher, &QFutureWatcher<WorkerResult>::finished, this, [this, watcher] {
        const WorkerResult result = watcher->result();
        watcher->deleteLater();
        m_running = false;
        m_export->setEnabled(true);
        showOutcome(result.outcome, result.pages);
        emit exported(result.outcome);
    });
    watcher->setFuture(QtConcurrent::run(exportOnWorker, m_db.databaseName(), format(), o, path));
}

void CalendarExportDialog::showOutcome(const CalendarExportOutcome &outcome, int pages)
{
    if (!outcome.ok()) {
        m_result->setText(outcome.error);
        return;
    }
    const QString groups = tr("%n group(s)", "", outcome.groups);
    const QString path = QDir::toNativeSeparators(outcome.path);
    const QString text = pages > 0
        ? tr("Exported %n post(s) (%1, %2) to %3.", "", int(outcome.entries))
              .arg(groups, tr("%n page(s)", "", pages), path)
        : tr("Exported %n post(s) (%1) to %2.", "", int(outcome.entries)).arg(groups, path);
    m_result->setText(text);
}

bool CalendarExportDialog::saveScreenshots(const QString &dir, const QString &prefix)
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return false;
    const QDate monday = weekStart(QDate::currentDate());
    setRange(monday, monday.addDays(6));
    setFormat(Format::Pdf);
    setFilePath(scratch.filePath(CalendarExportData::suggestedFileName(m_db, options(), suffix())));
    show();
    QEventLoop loop;
    connect(this, &CalendarExportDialog::exported, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    startExport();
    if (m_running)
        loop.exec();
    QCoreApplication::processEvents();
    if (!grab().save(QDir(dir).filePath(prefix + QStringLiteral("-export-dialog.png"))))
        return false;

    // The first page of the sheet, painted the way the PDF was.
    QString error;
    const std::optional<WeekSheet> sheet = WeekSheet::fromDatabase(m_db, options(), nullptr, &error);
    return sheet && sheet->pageImage(0, 110).save(QDir(dir).filePath(prefix + QStringLiteral("-week-sheet.png")));
}

} // namespace qundesk::ui
