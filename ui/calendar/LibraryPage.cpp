#include "calendar/LibraryPage.h"

#include "calendar/LibraryDialogs.h"
#include "models/ContentItemModel.h"
#include "storage/ContentRepository.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace qundesk::ui {

namespace {

// Paints the kind column's colour swatch: the model (in qundesk_core) has no QtGui, so it gives
// the colour as text and this proxy turns it into a decoration.
class KindColourProxy final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == ContentItemModel::Kind) {
            const QString colour = QIdentityProxyModel::data(index, ContentItemModel::KindColorRole).toString();
            if (colour.isEmpty())
                return {};
            QPixmap swatch(12, 12);
            swatch.fill(QColor::fromString(colour));
            return swatch;
        }
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

LibraryPage::LibraryPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new ContentItemModel(this))
{
    setWindowTitle(tr("Content library"));

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search title, text or tags"));
    m_search->setClearButtonEnabled(true);
    m_kindCombo = new QComboBox(this);
    m_kindCombo->addItem(tr("All kinds"), QString());
    for (ContentKind k : allContentKinds())
        m_kindCombo->addItem(contentKindLabel(k), contentKindCode(k));
    m_columnCombo = new QComboBox(this);
    m_statusCombo = new QComboBox(this);
    m_statusCombo->addItem(tr("All statuses"), QString());
    for (ContentStatus s : allContentStatuses())
        m_statusCombo->addItem(contentStatusLabel(s), contentStatusCode(s));

    m_newButton = new QPushButton(tr("New item"), this);
    m_editButton = new QPushButton(tr("Edit…"), this);
    m_deleteButton = new QPushButton(tr("Delete"), this);
    m_columnsButton = new QPushButton(tr("Columns…"), this);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_kindCombo);
    filters->addWidget(m_columnCombo);
    filters->addWidget(m_statusCombo);
    filters->addSpacing(12);
    filters->addWidget(m_newButton);
    filters->addWidget(m_editButton);
    filters->addWidget(m_deleteButton);
    filters->addWidget(m_columnsButton);

    auto *proxy = new KindColourProxy(this);
    proxy->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setModel(proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ContentItemModel::Title, QHeaderView::Stretch);
    m_table->setWordWrap(false);

    auto *preview = new QWidget(this);
    m_previewTitle = new QLabel(preview);
    QFont titleFont = m_previewTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_previewTitle->setFont(titleFont);
    m_previewTitle->setWordWrap(true);
    m_previewMeta = new QLabel(preview);
    m_previewMeta->setWordWrap(true);
    m_previewBody = new QPlainTextEdit(preview);
    m_previewBody->setReadOnly(true);
    m_previewMaterials = new QListWidget(preview);
    m_previewMaterials->setMaximumHeight(110);
    auto *previewLayout = new QVBoxLayout(preview);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previewTitle);
    previewLayout->addWidget(m_previewMeta);
    previewLayout->addWidget(m_previewBody, 1);
    previewLayout->addWidget(new QLabel(tr("Attached materials"), preview));
    previewLayout->addWidget(m_previewMaterials);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_statusLabel = new QLabel(this);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_errorLabel);

    // Typing searches after a pause, so a long library is not queried per keystroke.
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, &LibraryPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    for (QComboBox *combo : { m_kindCombo, m_columnCombo, m_statusCombo })
        connect(combo, &QComboBox::currentIndexChanged, this, &LibraryPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showPreview();
        updateButtons();
    });
    connect(m_table, &QTableView::doubleClicked, this, &LibraryPage::editSelected);
    connect(m_newButton, &QPushButton::clicked, this, &LibraryPage::newItem);
    connect(m_editButton, &QPushButton::clicked, this, &LibraryPage::editSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { deleteSelected(true); });
    connect(m_columnsButton, &QPushButton::clicked, this, &LibraryPage::editColumns);
    updateButtons();
}

void LibraryPage::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    m_model->setDatabase(db);
    reload();
}

void LibraryPage::reload()
{
    reloadColumns();
    applyFilter();
}

void LibraryPage::reloadColumns()
{
    const qint64 current = m_columnCombo->currentData().toLongLong();
    QList<ContentColumn> columns;
    if (m_db.isOpen()) {
        if (auto err = ContentRepository(m_db).listColumns(&columns))
            showError(err.message);
    }
    const QSignalBlocker block(m_columnCombo);
    m_columnCombo->clear();
    m_columnCombo->addItem(tr("All columns"), qint64(0));
    for (const ContentColumn &c : std::as_const(columns))
        m_columnCombo->addItem(QStringLiteral("%1 · %2").arg(c.name, columnCategoryLabel(c.category)), c.id);
    const int index = m_columnCombo->findData(current);
    m_columnCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void LibraryPage::applyFilter()
{
    const qint64 selected = currentItemId();
    ContentItemFilter f;
    f.text = m_search->text();
    f.kind = contentKindFromCode(m_kindCombo->currentData().toString());
    f.columnId = m_columnCombo->currentData().toLongLong();
    f.status = contentStatusFromCode(m_statusCombo->currentData().toString());
    f.limit = 500;
    m_model->setFilter(f);
    if (auto err = m_model->reload()) {
        showError(err.message);
        return;
    }
    m_errorLabel->hide();
    m_statusLabel->setText(m_model->truncated()
            ? tr("Showing the first %1 items; narrow the search to see the rest.").arg(m_model->rowCount())
            : tr("%n item(s)", nullptr, m_model->rowCount()));
    if (selected > 0)
        selectItem(selected);
    if (currentItemId() == 0 && m_model->rowCount() > 0)
        m_table->selectRow(0);
    showPreview();
    updateButtons();
}

void LibraryPage::setSearchText(const QString &text)
{
    m_search->setText(text);
    m_searchTimer->stop();
    applyFilter();
}

void LibraryPage::setKindFilter(std::optional<ContentKind> kind)
{
    const int index = m_kindCombo->findData(kind ? contentKindCode(*kind) : QString());
    m_kindCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void LibraryPage::selectItem(qint64 id)
{
    const int row = m_model->rowOfItem(id);
    if (row >= 0)
        m_table->selectRow(row);
}

qint64 LibraryPage::currentItemId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return 0;
    return m_model->itemAt(current.row()).id;
}

QString LibraryPage::previewText() const
{
    return m_previewTitle->text() + QLatin1Char('\n') + m_previewBody->toPlainText();
}

QString LibraryPage::statusText() const
{
    return m_statusLabel->text();
}

void LibraryPage::showPreview()
{
    m_previewMaterials->clear();
    const qint64 id = currentItemId();
    ContentItem item;
    if (id <= 0 || ContentRepository(m_db).item(id, &item)) {
        m_previewTitle->setText(m_model->rowCount() == 0 ? tr("No content items match.") : QString());
        m_previewMeta->clear();
        m_previewBody->clear();
        return;
    }
    m_previewTitle->setText(item.title);
    QStringList meta { contentKindLabel(item.kind), contentStatusLabel(item.status) };
    const QString column = m_model->columnName(item.columnId);
    if (!column.isEmpty())
        meta.insert(1, tr("Column: %1").arg(column));
    if (!item.tags.isEmpty())
        meta.append(tr("Tags: %1").arg(item.tags.join(QStringLiteral(", "))));
    meta.append(tr("Updated %1").arg(item.updatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    m_previewMeta->setText(meta.join(QStringLiteral(" · ")));
    m_previewBody->setPlainText(item.body);
    ContentRepository repo(m_db);
    for (qint64 materialId : item.materialIds.value_or(QList<qint64>())) {
        Material m;
        if (repo.material(materialId, &m))
            continue;
        m_previewMaterials->addItem(QStringLiteral("%1 · %2").arg(m.title, materialKindLabel(m.kind)));
    }
    if (m_previewMaterials->count() == 0)
        m_previewMaterials->addItem(tr("(none)"));
}

void LibraryPage::updateButtons()
{
    const bool open = m_db.isOpen();
    const bool selected = currentItemId() > 0;
    m_newButton->setEnabled(open);
    m_columnsButton->setEnabled(open);
    m_editButton->setEnabled(selected);
    m_deleteButton->setEnabled(selected);
}

void LibraryPage::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void LibraryPage::editSelected()
{
    const qint64 id = currentItemId();
    if (id <= 0)
        return;
    LibraryItemDialog dialog(m_db, this);
    if (!dialog.load(id)) {
        showError(dialog.errorText());
        return;
    }
    if (dialog.exec() == QDialog::Accepted) {
        applyFilter();
        selectItem(id);
    }
}

void LibraryPage::newItem()
{
    LibraryItemDialog dialog(m_db, this);
    ContentItem fresh;
    fresh.columnId = m_columnCombo->currentData().toLongLong();
    if (const auto kind = contentKindFromCode(m_kindCombo->currentData().toString()))
        fresh.kind = *kind;
    dialog.setItem(fresh);
    if (dialog.exec() == QDialog::Accepted) {
        applyFilter();
        selectItem(dialog.savedId());
    }
}

void LibraryPage::editColumns()
{
    LibraryColumnsDialog dialog(m_db, this);
    dialog.exec();
    reload();
}

bool LibraryPage::deleteSelected(bool ask)
{
    const qint64 id = currentItemId();
    if (id <= 0)
        return false;
    const ContentItem &item = m_model->itemAt(m_model->rowOfItem(id));
    if (ask
        && QMessageBox::question(this, tr("Delete content item"),
               tr("Delete “%1” from the content library? Calendar entries that use it keep their own title.")
                   .arg(item.title))
            != QMessageBox::Yes)
        return false;
    if (auto err = ContentRepository(m_db).removeItem(id)) {
        showError(err.message);
        return false;
    }
    applyFilter();
    return true;
}

bool LibraryPage::saveScreenshots(const QString &dir, const QString &prefix)
{
    QDir().mkpath(dir);
    const auto path = [&](const QString &name) { return QDir(dir).filePath(prefix + QLatin1Char('-') + name); };
    // Show an item with attached materials if one of the first rows has some.
    ContentRepository repo(m_db);
    for (int row = 0; row < std::min(m_model->rowCount(), 60); ++row) {
        ContentItem item;
        if (!repo.item(m_model->itemAt(row).id, &item) && item.materialIds && !item.materialIds->isEmpty()) {
            m_table->selectRow(row);
            break;
        }
    }
    if (m_model->rowCount() > 0 && currentItemId() == 0)
        m_table->selectRow(0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    bool ok = grab().save(path(QStringLiteral("library.png")));

    LibraryItemDialog item(m_db, this);
    item.resize(720, 640);
    const qint64 id = currentItemId();
    if (id > 0)
        item.load(id);
    item.show();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    ok = item.grab().save(path(QStringLiteral("library-item.png"))) && ok;
    item.hide();

    LibraryColumnsDialog columns(m_db, this);
    columns.resize(760, 480);
    columns.show();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    ok = columns.grab().save(path(QStringLiteral("library-columns.png"))) && ok;
    columns.hide();
    return ok;
}

} // namespace qundesk::ui
