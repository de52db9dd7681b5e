#include "members/ImportWizardPreviewPage.h"

#include "members/ImportWizardPreviewModel.h"
#include "members/ImportWizardState.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace qundesk::ui {

ImportWizardPreviewPage::ImportWizardPreviewPage(ImportWizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_model(new ImportWizardPreviewModel(this))
{
    setTitle(tr("Check the preview"));
    setSubTitle(tr("The first rows of the file as they would be stored. Rows marked red would be rejected and written "
                   "to the rejects file with their reason; the others are imported."));
    // Past this page the import runs: there is no going back to change the file or the mapping.
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Import"));

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("previewCounts"));
    m_counts->setWordWrap(true);
    m_duplicates = new QLabel(this);
    m_duplicates->setWordWrap(true);

    m_problemsOnly = new QCheckBox(tr("Only rows with problems"), this);
    m_problemsOnly->setObjectName(QStringLiteral("problemsOnly"));
    m_reveal = new QCheckBox(tr("Show full phone numbers and platform IDs"), this);
    m_reveal->setObjectName(QStringLiteral("revealPreview"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("importPreview"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    auto *options = new QHBoxLayout;
    options->addWidget(m_problemsOnly);
    options->addWidget(m_reveal);
    options->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addLayout(options);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_duplicates);

    connect(m_problemsOnly, &QCheckBox::toggled, m_model, &ImportWizardPreviewModel::setProblemsOnly);
    connect(m_reveal, &QCheckBox::toggled, m_model, &ImportWizardPreviewModel::setRevealed);
}

ImportWizardPreviewPage::~ImportWizardPreviewPage() = default;

void ImportWizardPreviewPage::initializePage()
{
    // The checks run again for the mapping as corrected on the previous page.
    MemberImporter::revalidate(&m_state->preview, m_state->mapping);
    m_model->setPreview(m_state->preview);
    sizeColumns();

    const int rows = m_model->previewRows();
    const int bad = m_model->problemRows();
    const bool wholeFile = rows < ImportWizardState::PreviewRows;
    const QLocale locale;
    const QString verdict = tr("%1 can be imported, %2 will be rejected.")
                                .arg(locale.toString(rows - bad), locale.toString(bad));
    m_counts->setText(wholeFile ? tr("The file has %n member row(s): %1", nullptr, rows).arg(verdict)
                                : tr("Of the first %n rows: %1", nullptr, rows).arg(verdict));
    m_counts->setStyleSheet(bad > 0 ? QStringLiteral("color: #c0392b;") : QString());
    m_problemsOnly->setEnabled(bad > 0);
    if (bad == 0)
        m_problemsOnly->setChecked(false);

    m_duplicates->setText(
        (m_state->onDuplicate == DuplicatePolicy::Update
             ? tr("Members whose platform ID is already in the database will be updated.")
             : tr("Members whose platform ID is already in the database will be skipped."))
        + QLatin1Char('\n')
        + tr("Rejected rows go to %1.").arg(QFileInfo(m_state->rejectsPath).fileName()));
}

QString ImportWizardPreviewPage::countsText() const
{
    return m_counts->text();
}

void ImportWizardPreviewPage::sizeColumns()
{
    // Widths from the header and the rows on show (at most ~200), capped so one long note
    // does not push every other column out of view.
    const int cap = m_view->fontMetrics().horizontalAdvance(QChar(0x6210)) * 16;
    m_view->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (c == ImportWizardPreviewModel::ProblemColumn)
            m_view->setColumnWidth(c, std::min(std::max(m_view->columnWidth(c), cap / 2), cap * 2));
        else
            m_view->setColumnWidth(c, std::min(m_view->columnWidth(c) + 12, cap));
    }
}

} // namespace qundesk::ui
