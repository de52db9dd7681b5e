#include "funnels/FunnelsPage.h"

#include "models/FunnelStepModel.h"
#include "storage/FunnelRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace qundesk::ui {

namespace {

constexpr int DescriptionRole = Qt::UserRole + 1;

// ResizeToContents leaves no air around the text in most styles: fit the columns to their
// contents once per load, with some padding, and leave them resizable by hand.
void fitColumns(QTableView *view, int stretchColumn)
{
    QHeaderView *header = view->horizontalHeader();
    const QAbstractItemView *itemView = view; // sizeHintForColumn() is public here, protected in QTableView
    for (int c = 0; c < header->count(); ++c) {
        if (c != stretchColumn)
            header->resizeSection(c, std::max(itemView->sizeHintForColumn(c), header->sectionSizeHint(c)) + 16);
    }
}

QDateEdit *makeDateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

FunnelsPage::FunnelsPage(QWidget *parent)
    : Page(parent)
    , m_model(new FunnelStepModel(this))
{
    setWindowTitle(tr("Funnels"));

    m_funnelCombo = new QComboBox(this);
    m_funnelCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_funnelCombo->setMinimumContentsLength(16);
    m_fromEdit = makeDateEdit(this);
    m_toEdit = makeDateEdit(this);
    const QDate today = QDate::currentDate();
    m_fromEdit->setDate(today.addDays(-29));
    m_toEdit->setDate(today);
    m_channelCombo = new QComboBox(this);
    m_channelCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_channelCombo->setMinimumContentsLength(10);

    auto *filters = new QHBoxLayout;
    auto *funnelLabel = new QLabel(tr("&Funnel:"), this);
    funnelLabel->setBuddy(m_funnelCombo);
    auto *fromLabel = new QLabel(tr("F&rom:"), this);
    fromLabel->setBuddy(m_fromEdit);
    auto *toLabel = new QLabel(tr("t&o"), this);
    toLabel->setBuddy(m_toEdit);
    auto *channelLabel = new QLabel(tr("&Channel:"), this);
    channelLabel->setBuddy(m_channelCombo);
    filters->addWidget(funnelLabel);
    filters->addWidget(m_funnelCombo, 1);
    filters->addSpacing(16);
    filters->addWidget(fromLabel);
    filters->addWidget(m_fromEdit);
    filters->addWidget(toLabel);
    filters->addWidget(m_toEdit);
    filters->addSpacing(16);
    filters->addWidget(channelLabel);
    filters->addWidget(m_channelCombo);

    m_descriptionLabel = new QLabel(this);
    m_descriptionLabel->setWordWrap(true);
    m_descriptionLabel->setForegroundRole(QPalette::PlaceholderText);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // As tall as its steps, so the sentences below sit right under the figures.
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(FunnelStepModel::Metric, QHeaderView::Stretch);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont summaryFont = m_summaryLabel->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.2);
    summaryFont.setBold(true);
    m_summaryLabel->setFont(summaryFont);
    m_overallLabel = new QLabel(this);
    m_overallLabel->setWordWrap(true);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problemLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_descriptionLabel);
    layout->addWidget(m_table);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_overallLabel);
    layout->addWidget(m_problemLabel);
    layout->addStretch(1);

    connect(m_funnelCombo, &QComboBox::currentIndexChanged, this, &FunnelsPage::funnelChosen);
    connect(m_channelCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setChannel(m_channelCombo->currentData().toLongLong()); });
    connect(m_fromEdit, &QDateEdit::dateChanged, this, &FunnelsPage::rangeEdited);
    connect(m_toEdit, &QDateEdit::dateChanged, this, &FunnelsPage::rangeEdited);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FunnelsPage::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FunnelsPage::updateSummary);
    connect(m_model, &FunnelStepModel::loadFailed, this, &FunnelsPage::showError);

    m_model->setRange(m_fromEdit->date(), m_toEdit->date());
    updateSummary();
}

void FunnelsPage::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    if (m_db.isValid() && m_db.isOpen()) {
        if (auto err = FunnelRepository(m_db).ensureBuiltinFunnels())
            showError(err.message);
    }
    m_model->setDatabase(m_db);
    reload();
}

void FunnelsPage::reload()
{
    reloadChannels();
    reloadFunnels();
    funnelChosen();
}

void FunnelsPage::reloadFunnels()
{
    const qint64 current = m_funnelCombo->currentData().toLongLong();
    QList<Funnel> funnels;
    if (m_db.isValid() && m_db.isOpen()) {
        if (auto err = FunnelRepository(m_db).listFunnels(&funnels))
            showError(err.message);
    }
    const QSignalBlocker blocker(m_funnelCombo);
    m_funnelCombo->clear();
    for (const Funnel &f : std::as_const(funnels)) {
        m_funnelCombo->addItem(f.name, f.id);
        m_funnelCombo->setItemData(m_funnelCombo->count() - 1, f.description, DescriptionRole);
    }
    const int index = m_funnelCombo->findData(current);
    m_funnelCombo->setCurrentIndex(index >= 0 ? index : 0);
}

void FunnelsPage::reloadChannels()
{
    const qint64 current = m_channelCombo->currentData().toLongLong();
    QList<FunnelChannel> channels;
    if (m_db.isValid() && m_db.isOpen()) {
        if (auto err = FunnelRepository(m_db).listChannels(&channels))
            showError(err.message);
    }
    const QSignalBlocker blocker(m_channelCombo);
    m_channelCombo->clear();
    m_channelCombo->addItem(tr("All channels"), qint64(0));
    for (const FunnelChannel &c : std::as_const(channels))
        m_channelCombo->addItem(c.name, c.id);
    const int index = m_channelCombo->findData(current);
    m_channelCombo->setCurrentIndex(index >= 0 ? index : 0);
    m_model->setChannel(m_channelCombo->currentData().toLongLong());
}

void FunnelsPage::funnelChosen()
{
    m_descriptionLabel->setText(m_funnelCombo->currentData(DescriptionRole).toString());
    m_descriptionLabel->setVisible(!m_descriptionLabel->text().isEmpty());
    m_model->setFunnel(m_funnelCombo->currentData().toLongLong());
}

void FunnelsPage::rangeEdited()
{
    QDate from = m_fromEdit->date();
    QDate to = m_toEdit->date();
    // Keep the range the right way round: the edited end pushes the other one along.
    if (from > to) {
        const QSignalBlocker fromBlocker(m_fromEdit);
        const QSignalBlocker toBlocker(m_toEdit);
        if (sender() == m_fromEdit)
            m_toEdit->setDate(to = from);
        else
            m_fromEdit->setDate(from = to);
    }
    m_model->setRange(from, to);
}

void FunnelsPage::selectFunnel(qint64 funnelId)
{
    const int index = m_funnelCombo->findData(funnelId);
    if (index >= 0)
        m_funnelCombo->setCurrentIndex(index);
}

void FunnelsPage::setRange(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker fromBlocker(m_fromEdit);
        const QSignalBlocker toBlocker(m_toEdit);
        m_fromEdit->setDate(from);
        m_toEdit->setDate(to);
    }
    m_model->setRange(m_fromEdit->date(), m_toEdit->date());
}

void FunnelsPage::selectChannel(qint64 channelId)
{
    const int index = m_channelCombo->findData(channelId);
    if (index >= 0)
        m_channelCombo->setCurrentIndex(index);
}

QString FunnelsPage::summaryText() const
{
    return m_summaryLabel->text();
}

void FunnelsPage::updateSummary()
{
    fitColumns(m_table, FunnelStepModel::Metric);
    m_overallLabel->clear();
    if (m_model->funnelId() == 0) {
        m_summaryLabel->setText(m_db.isValid() ? tr("No funnel yet.") : QString());
        m_problemLabel->hide();
        return;
    }
    m_summaryLabel->setText(m_model->largestDropOffText());
    const funnel::FunnelFigures &figures = m_model->figures();
    if (const auto overall = figures.overallConversion(); overall && figures.steps.size() > 1) {
        const QLocale locale;
        m_overallLabel->setText(tr("Overall conversion: %1 (%2 at step 1, %3 at step %4)")
                                    .arg(funnel::percentText(overall), locale.toString(figures.steps.constFirst().count),
                                         locale.toString(figures.steps.constLast().count),
                                         QString::number(figures.steps.size())));
    }
    const QString problem = m_model->dataProblemText();
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
}

void FunnelsPage::showError(const QString &message)
{
    m_problemLabel->setText(message);
    m_problemLabel->show();
    emit statusMessage(message);
}

} // namespace qundesk::ui
