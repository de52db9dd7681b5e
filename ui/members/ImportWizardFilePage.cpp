#include "members/ImportWizardFilePage.h"

#include "members/ImportWizardMappingPage.h"
#include "members/ImportWizardState.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace qundesk::ui {

namespace {

constexpr int TypingDelayMs = 400;

// The first local file among dropped URLs, or empty.
QString droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            return url.toLocalFile();
    }
    return {};
}

} // namespace

// What reading the head of a file gave: the preview with the user's overrides, and what
// detection alone finds (shown beside "auto" even while an override is chosen).
struct ImportWizardFilePage::Loaded
{
    QString path;
    MemberImportPreview preview;
    CsvFormat detected;
    bool hasDetected = false;
};

ImportWizardFilePage::ImportWizardFilePage(ImportWizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("A CSV file of members, as Excel or a chat platform's export writes it. Its first row names the "
                   "columns."));
    setAcceptDrops(true);

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importFilePath"));
    m_path->setPlaceholderText(tr("Path of a .csv or .txt file"));
    m_path->setClearButtonEnabled(true);
    // Drops on the field go to the page, which takes the dropped file's path.
    m_path->setAcceptDrops(false);
    m_browse = new QPushButton(tr("Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    auto *dropHint = new QLabel(tr("…or drop a file onto this window."), this);
    dropHint->setObjectName(QStringLiteral("dropHint"));
    dropHint->setAlignment(Qt::AlignCenter);
    dropHint->setMinimumHeight(56);
    dropHint->setStyleSheet(QStringLiteral("QLabel#dropHint { border: 2px dashed palette(mid); border-radius: 6px; "
                                           "color: palette(dark); }"));

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_encoding->addItem(tr("Automatic"), int(TextEncoding::Auto));
    m_encoding->addItem(QStringLiteral("UTF-8"), int(TextEncoding::Utf8));
    m_encoding->addItem(tr("GBK (GB18030, Chinese Excel)"), int(TextEncoding::Gb18030));
    m_encoding->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("importDelimiter"));
    m_delimiter->addItem(tr("Automatic"), QString());
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Vertical bar ( | )"), QStringLiteral("|"));
    m_delimiter->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_skip = new QRadioButton(tr("Skip: members whose platform ID is already in the database stay as they are"), this);
    m_skip->setObjectName(QStringLiteral("duplicateSkip"));
    m_update = new QRadioButton(
        tr("Update: the file's non-empty cells overwrite their fields and its tags are added"), this);
    m_update->setObjectName(QStringLiteral("duplicateUpdate"));
    auto *duplicates = new QButtonGroup(this);
    duplicates->addButton(m_skip);
    duplicates->addButton(m_update);
    (m_state->onDuplicate == DuplicatePolicy::Update ? m_update : m_skip)->setChecked(true);
    auto *duplicateBox = new QVBoxLayout;
    duplicateBox->setSpacing(2);
    duplicateBox->addWidget(m_skip);
    duplicateBox->addWidget(m_update);

    m_rejects = new QLineEdit(this);
    m_rejects->setObjectName(QStringLiteral("importRejectsPath"));
    m_rejects->setPlaceholderText(tr("Next to the file"));
    m_browseRejects = new QPushButton(tr("Change…"), this);
    auto *rejectsRow = new QHBoxLayout;
    rejectsRow->addWidget(m_rejects, 1);
    rejectsRow->addWidget(m_browseRejects);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("File:"), pathRow);
    form->addRow(QString(), dropHint);
    form->addRow(tr("Encoding:"), m_encoding);
    form->addRow(tr("Delimiter:"), m_delimiter);
    form->addRow(tr("Existing members:"), duplicateBox);
    form->addRow(tr("Rejected rows go to:"), rejectsRow);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importFileStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 3);
    m_status->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    // What the header may say, so people can fix a file before choosing it.
    QStringList headers;
    for (const MemberField f : allMemberFields()) {
        if (f != MemberField::Ignore)
            headers.append(memberFieldHeader(f, false)
                           + (ImportWizardMappingPage::isRequired(f) ? QStringLiteral("*") : QString()));
    }
    auto *help = new QLabel(tr("Headers recognised: %1 (* required), and common variants such as 昵称, 电话 or English "
                               "names. Other columns can be matched by hand on the next page.")
                                .arg(headers.join(tr(", "))),
                            this);
    help->setWordWrap(true);
    help->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(help);

    m_typingTimer = new QTimer(this);
    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(TypingDelayMs);
    connect(m_typingTimer, &QTimer::timeout, this, &ImportWizardFilePage::load);
    connect(m_path, &QLineEdit::textEdited, m_typingTimer, qOverload<>(&QTimer::start));
    connect(m_path, &QLineEdit::returnPressed, this, &ImportWizardFilePage::load);
    connect(m_browse, &QPushButton::clicked, this, &ImportWizardFilePage::browse);
    connect(m_browseRejects, &QPushButton::clicked, this, &ImportWizardFilePage::browseRejects);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportWizardFilePage::onOverridesChanged);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportWizardFilePage::onOverridesChanged);
    connect(m_update, &QRadioButton::toggled, this, [this](bool update) {
        m_state->onDuplicate = update ? DuplicatePolicy::Update : DuplicatePolicy::Skip;
    });
    connect(m_rejects, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_state->rejectsPath = text.trimmed();
        emit completeChanged();
    });

    showStatus(tr("No file chosen yet."), false);
}

ImportWizardFilePage::~ImportWizardFilePage() = default;

void ImportWizardFilePage::setFile(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    load();
}

void ImportWizardFilePage::setEncoding(TextEncoding encoding)
{
    const int index = m_encoding->findData(int(encoding));
    if (index >= 0)
        m_encoding->setCurrentIndex(index);
}

void ImportWizardFilePage::setDelimiter(QChar delimiter)
{
    const int index = m_delimiter->findData(delimiter.isNull() ? QString() : QString(delimiter));
    if (index >= 0)
        m_delimiter->setCurrentIndex(index);
}

void ImportWizardFilePage::setUpdateExisting(bool update)
{
    (update ? m_update : m_skip)->setChecked(true);
}

void ImportWizardFilePage::setRejectsPath(const QString &path)
{
    m_rejects->setText(QDir::toNativeSeparators(path));
}

QString ImportWizardFilePage::statusText() const
{
    return m_status->text();
}

QString ImportWizardFilePage::blockingReason() const
{
    if (m_loading)
        return tr("Reading the file…");
    if (m_loadedPath.isEmpty())
        return tr("Choose a file to import.");
    if (!m_problem.isEmpty())
        return m_problem;
    if (m_state->rejectsPath.isEmpty())
        return tr("Choose where rejected rows are written.");
    if (QFileInfo(m_state->rejectsPath) == QFileInfo(m_state->csvPath))
        return tr("The rejects file cannot be the file being imported.");
    return {};
}

bool ImportWizardFilePage::isComplete() const
{
    return blockingReason().isEmpty();
}

void ImportWizardFilePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportWizardFilePage::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    setFile(path);
}

void ImportWizardFilePage::browse()
{
    QString start = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (start.isEmpty())
        start = QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import members"), start,
                                                      tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportWizardFilePage::browseRejects()
{
    QString start = m_state->rejectsPath;
    if (start.isEmpty())
        start = m_defaultRejects.isEmpty() ? QDir::homePath() : m_defaultRejects;
    const QString path = QFileDialog::getSaveFileName(this, tr("Rejected rows"), start, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        setRejectsPath(path);
}

void ImportWizardFilePage::onOverridesChanged()
{
    m_state->csv.encoding = TextEncoding(m_encoding->currentData().toInt());
    const QString delimiter = m_delimiter->currentData().toString();
    m_state->csv.delimiter = delimiter.isEmpty() ? QChar() : delimiter.at(0);
    if (!m_path->text().trimmed().isEmpty())
        load();
}

void ImportWizardFilePage::load()
{
    m_typingTimer->stop();
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    ++m_generation;
    if (path.isEmpty()) {
        m_loading = false;
        m_loadedPath.clear();
        m_problem.clear();
        m_hasDetected = false;
        m_state->csvPath.clear();
        m_state->preview = MemberImportPreview();
        m_state->mapping.clear();
        updateDetectedLabels();
        showStatus(tr("No file chosen yet."), false);
        emit completeChanged();
        return;
    }
    m_loading = true;
    showStatus(tr("Reading %1…").arg(QFileInfo(path).fileName()), false);
    emit completeChanged();

    const CsvReader::Options options = m_state->csv;
    const int generation = m_generation;
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        onLoaded(watcher->result(), generation);
    });
    // The head of the file (a few MB at most) is read off the UI thread: the file may sit on a
    // slow share. With an override, detection runs as well so "automatic" can say what it would pick.
    watcher->setFuture(QtConcurrent::run([path, options] {
        Loaded out;
        out.path = path;
        MemberImporter::preview(path, options, ImportWizardState::PreviewRows, &out.preview);
        if (options.encoding == TextEncoding::Auto && options.delimiter.isNull()) {
            out.detected = out.preview.format;
            out.hasDetected = out.preview.fileProblem.isEmpty();
        } else {
            CsvReader reader;
            out.hasDetected = reader.open(path);
            out.detected = reader.format();
        }
        return out;
    }));
}

void ImportWizardFilePage::onLoaded(const Loaded &loaded, int generation)
{
    if (generation != m_generation)
        return; // the path or an override changed meanwhile; a newer read is under way
    m_loading = false;
    const bool sameColumns = m_state->csvPath == loaded.path && m_state->preview.header == loaded.preview.header
        && m_state->mapping.size() == loaded.preview.header.size();
    m_loadedPath = loaded.path;
    m_detected = loaded.detected;
    m_hasDetected = loaded.hasDetected;
    m_state->csvPath = loaded.path;
    m_state->preview = loaded.preview;
    // A corrected mapping survives re-reading the same columns (e.g. another delimiter that splits alike).
    if (!sameColumns)
        m_state->mapping = loaded.preview.mapping;

    const QString defaultRejects = defaultRejectsPath(loaded.path);
    if (m_state->rejectsPath.isEmpty() || QDir::fromNativeSeparators(m_rejects->text().trimmed()) == m_defaultRejects)
        setRejectsPath(defaultRejects);
    m_defaultRejects = defaultRejects;
    updateDetectedLabels();

    const MemberImportPreview &p = loaded.preview;
    const QString name = QFileInfo(loaded.path).fileName();
    if (!p.fileProblem.isEmpty()) {
        m_problem = tr("%1 cannot be imported: %2").arg(name, p.fileProblem);
    } else if (p.rows.isEmpty()) {
        m_problem = tr("%1 has a header row but no members under it.").arg(name);
    } else {
        m_problem.clear();
    }
    if (!m_problem.isEmpty()) {
        showStatus(m_problem, true);
        emit completeChanged();
        return;
    }

    const QLocale locale;
    QString text = tr("%1: %2, %n column(s) (line %3 is the header).", nullptr, int(p.header.size()))
                       .arg(name, locale.formattedDataSize(p.fileBytes))
                       .arg(p.headerLine);
    text += QLatin1Char('\n')
        + (p.rows.size() < ImportWizardState::PreviewRows
               ? tr("%n member row(s) in the file.", nullptr, int(p.rows.size()))
               : tr("The first %n rows are shown in the preview; the import reads them all.", nullptr,
                    int(p.rows.size())));
    // Text decoded with the wrong encoding shows U+FFFD: say so rather than import mojibake.
    bool replaced = false;
    for (const QString &h : p.header)
        replaced = replaced || h.contains(QChar::ReplacementCharacter);
    for (qsizetype r = 0; r < p.rows.size() && !replaced; ++r) {
        for (const QString &f : p.rows.at(r).fields)
            replaced = replaced || f.contains(QChar::ReplacementCharacter);
    }
    if (replaced)
        text += QLatin1Char('\n')
            + tr("Some bytes could not be read as %1 (they show as �): the file is probably in another encoding.")
                  .arg(m_encoding->currentText());
    showStatus(text, replaced);
    emit completeChanged();
}

void ImportWizardFilePage::updateDetectedLabels()
{
    const auto encodingName = [](const CsvFormat &f) {
        switch (f.encoding) {
        case TextEncoding::Utf8: return f.bom ? tr("UTF-8 with BOM") : QStringLiteral("UTF-8");
        case TextEncoding::Gb18030: return tr("GBK / GB18030");
        case TextEncoding::Utf16Le: return QStringLiteral("UTF-16 LE");
        case TextEncoding::Utf16Be: return QStringLiteral("UTF-16 BE");
        case TextEncoding::Auto: break;
        }
        return tr("Automatic");
    };
    const auto delimiterName = [](QChar c) {
        if (c == u',')
            return tr("comma");
        if (c == u';')
            return tr("semicolon");
        if (c == u'\t')
            return tr("tab");
        if (c == u'|')
            return tr("vertical bar");
        return QString(c);
    };
    m_encoding->setItemText(0, m_hasDetected ? tr("Automatic (detected: %1)").arg(encodingName(m_detected))
                                             : tr("Automatic"));
    m_delimiter->setItemText(0, m_hasDetected ? tr("Automatic (detected: %1)").arg(delimiterName(m_detected.delimiter))
                                              : tr("Automatic"));
}

void ImportWizardFilePage::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #c0392b;") : QString());
}

} // namespace qundesk::ui
