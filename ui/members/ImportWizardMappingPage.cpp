#include "members/ImportWizardMappingPage.h"

#include "domain/Masking.h"
#include "io/MemberImportRow.h"
#include "members/ImportWizardState.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qundesk::ui {

namespace {

const QColor ConflictBackground(0xfd, 0xe2, 0xe0);

QString columnTitle(const QStringList &header, int column)
{
    const QString text = column < header.size() ? header.at(column).trimmed() : QString();
    return text.isEmpty() ? ImportWizardMappingPage::tr("(column %1, no header)").arg(column + 1) : text;
}

} // namespace

ImportWizardMappingPage::ImportWizardMappingPage(ImportWizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose the member field each column fills. The choices were guessed from the header; columns "
                   "set to \"(ignore)\" are not imported."));

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("importMapping"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Column in the file"), tr("Sample values"), tr("Import as")});
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 16);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(SamplesColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::Interactive);
    const int em = m_table->fontMetrics().horizontalAdvance(QChar(0x6210));
    m_table->setColumnWidth(FileColumn, em * 11);
    m_table->setColumnWidth(FieldColumn, em * 11);

    QStringList required;
    for (const MemberField f : allMemberFields()) {
        if (isRequired(f))
            required.append(memberFieldLabel(f));
    }
    m_required = new QLabel(tr("Fields marked * are required: %1. Each field takes at most one column.")
                                .arg(required.join(tr(", "))),
                            this);
    m_required->setWordWrap(true);
    auto *reset = new QPushButton(tr("Guess again from the header"), this);
    reset->setObjectName(QStringLiteral("resetMapping"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_required, 1);
    top->addWidget(reset);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("mappingStatus"));
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(reset, &QPushButton::clicked, this, &ImportWizardMappingPage::resetToGuess);
}

ImportWizardMappingPage::~ImportWizardMappingPage() = default;

bool ImportWizardMappingPage::isRequired(MemberField field)
{
    return isRequiredMemberField(field);
}

QString ImportWizardMappingPage::mappingProblem(const QStringList &header, const QList<MemberField> &mapping)
{
    QStringList problems;
    for (const MemberField f : allMemberFields()) {
        if (f == MemberField::Ignore)
            continue;
        QStringList columns;
        for (qsizetype i = 0; i < mapping.size(); ++i) {
            if (mapping.at(i) == f)
                columns.append(columnTitle(header, int(i)));
        }
        if (columns.size() > 1)
            problems.append(tr("%1 is chosen for %n columns (%2); choose it for one.", nullptr, int(columns.size()))
                                .arg(memberFieldLabel(f), columns.join(tr(", "))));
        else if (columns.isEmpty() && isRequired(f))
            problems.append(tr("Choose the column that holds %1 (required).").arg(memberFieldLabel(f)));
    }
    if (!problems.isEmpty())
        return problems.join(QLatin1Char('\n'));
    // The importer has the last word (e.g. a mapping that no longer fits the header).
    return importrow::checkMapping(header, mapping);
}

void ImportWizardMappingPage::initializePage()
{
    rebuild();
}

bool ImportWizardMappingPage::isComplete() const
{
    return m_problem.isEmpty() && m_state->hasPreview();
}

QString ImportWizardMappingPage::blockingReason() const
{
    return m_problem;
}

void ImportWizardMappingPage::setField(int column, MemberField field)
{
    if (QComboBox *combo = fieldCombo(column)) {
        const int index = combo->findData(int(field));
        if (index >= 0)
            combo->setCurrentIndex(index);
    }
}

QComboBox *ImportWizardMappingPage::fieldCombo(int column) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(column, FieldColumn));
}

void ImportWizardMappingPage::rebuild()
{
    const QStringList &header = m_state->preview.header;
    if (m_state->mapping.size() != header.size())
        m_state->mapping = guessMapping(header);
    m_table->setRowCount(0);
    m_table->setRowCount(int(header.size()));
    for (int column = 0; column < header.size(); ++column) {
        auto *title = new QTableWidgetItem(columnTitle(header, column));
        title->setToolTip(tr("Column %1 of the file").arg(column + 1));
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        m_table->setItem(column, FileColumn, title);
        m_table->setItem(column, SamplesColumn, new QTableWidgetItem);

        auto *combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("fieldCombo%1").arg(column));
        for (const MemberField f : allMemberFields())
            combo->addItem(isRequired(f) ? memberFieldLabel(f) + QStringLiteral(" *") : memberFieldLabel(f), int(f));
        combo->setCurrentIndex(combo->findData(int(m_state->mapping.at(column))));
        m_table->setCellWidget(column, FieldColumn, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, column] { onFieldChosen(column); });
        updateSamples(column);
    }
    updateStatus();
}

void ImportWizardMappingPage::onFieldChosen(int column)
{
    const QComboBox *combo = fieldCombo(column);
    if (!combo || column >= m_state->mapping.size())
        return;
    m_state->mapping[column] = MemberField(combo->currentData().toInt());
    updateSamples(column);
    updateStatus();
}

void ImportWizardMappingPage::resetToGuess()
{
    m_state->mapping = guessMapping(m_state->preview.header);
    rebuild();
}

void ImportWizardMappingPage::updateSamples(int column)
{
    QTableWidgetItem *item = m_table->item(column, SamplesColumn);
    if (!item || column >= m_state->mapping.size())
        return;
    // Phones and platform IDs are personal data: masked here as in every view.
    const MemberField field = m_state->mapping.at(column);
    QStringList samples;
    for (const CsvRecord &record : std::as_const(m_state->preview.rows)) {
        if (samples.size() >= SampleCount)
            break;
        const QString value = column < record.fields.size() ? record.fields.at(column).trimmed() : QString();
        if (value.isEmpty())
            continue;
        samples.append(field == MemberField::Phone        ? maskPhone(value)
                           : field == MemberField::PlatformId ? maskPlatformId(value)
                                                               : value.simplified());
    }
    item->setText(samples.isEmpty() ? tr("(empty in the first rows)") : samples.join(QStringLiteral("   ·   ")));
    item->setForeground(samples.isEmpty() ? palette().color(QPalette::Disabled, QPalette::Text)
                                          : palette().color(QPalette::Text));
    item->setToolTip(samples.join(QLatin1Char('\n')));
}

void ImportWizardMappingPage::updateStatus()
{
    const QStringList &header = m_state->preview.header;
    m_problem = m_state->hasPreview() ? mappingProblem(header, m_state->mapping) : tr("Choose a file first.");

    // Mark the columns that take part in a conflict.
    QHash<MemberField, int> uses;
    for (const MemberField f : std::as_const(m_state->mapping))
        ++uses[f];
    for (int column = 0; column < m_table->rowCount(); ++column) {
        const MemberField f = m_state->mapping.value(column, MemberField::Ignore);
        const bool conflict = f != MemberField::Ignore && uses.value(f) > 1;
        for (const int c : {int(FileColumn), int(SamplesColumn)}) {
            if (QTableWidgetItem *item = m_table->item(column, c))
                item->setBackground(conflict ? QBrush(ConflictBackground) : QBrush());
        }
    }

    if (!m_problem.isEmpty()) {
        m_status->setText(m_problem);
        m_status->setStyleSheet(QStringLiteral("color: #c0392b;"));
    } else {
        const int imported = int(header.size()) - uses.value(MemberField::Ignore);
        m_status->setText(tr("%n column(s) will be imported, %1 ignored.", nullptr, imported)
                              .arg(uses.value(MemberField::Ignore)));
        m_status->setStyleSheet(QString());
    }
    emit completeChanged();
}

} // namespace qundesk::ui
