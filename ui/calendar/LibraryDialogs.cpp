#include "calendar/LibraryDialogs.h"

#include "storage/ContentRepository.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QVBoxLayout>

namespace qundesk::ui {

namespace {

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

void showErrorOn(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QString materialLine(const Material &m)
{
    QString line = QStringLiteral("%1 · %2").arg(m.title, materialKindLabel(m.kind));
    if (!m.authorName.isEmpty())
        line += QStringLiteral(" · ") + m.authorName;
    return line;
}

} // namespace

// ------------------------------------------------------------------------------ item editor

LibraryItemDialog::LibraryItemDialog(const QSqlDatabase &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Content item"));
    m_title = new QLineEdit(this);
    m_kind = new QComboBox(this);
    for (ContentKind k : allContentKinds())
        m_kind->addItem(contentKindLabel(k), contentKindCode(k));
    m_column = new QComboBox(this);
    m_column->addItem(tr("(no column)"), qint64(0));
    QList<ContentColumn> columns;
    if (!ContentRepository(m_db).listColumns(&columns)) {
        for (const ContentColumn &c : std::as_const(columns))
            m_column->addItem(QStringLiteral("%1 · %2").arg(c.name, columnCategoryLabel(c.category)), c.id);
    }
    m_status = new QComboBox(this);
    for (ContentStatus s : allContentStatuses())
        m_status->addItem(contentStatusLabel(s), contentStatusCode(s));
    m_tags = new QLineEdit(this);
    m_tags->setPlaceholderText(tr("Comma separated, e.g. 新品, 夏季"));
    m_body = new QPlainTextEdit(this);
    m_body->setPlaceholderText(tr("The text to post, or the script (话术) to follow"));
    m_materials = new QListWidget(this);
    m_materials->setMaximumHeight(120);
    auto *addMaterial = new QPushButton(tr("Attach materials…"), this);
    auto *removeMaterial = new QPushButton(tr("Detach"), this);
    auto *materialButtons = new QVBoxLayout;
    materialButtons->addWidget(addMaterial);
    materialButtons->addWidget(removeMaterial);
    materialButtons->addStretch();
    auto *materialBox = new QGroupBox(tr("Materials"), this);
    auto *materialRow = new QHBoxLayout(materialBox);
    materialRow->addWidget(m_materials, 1);
    materialRow->addLayout(materialButtons);

    auto *form = new QFormLayout;
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Column"), m_column);
    form->addRow(tr("Status"), m_status);
    form->addRow(tr("Tags"), m_tags);
    form->addRow(tr("Text / script"), m_body);

    m_error = errorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(materialBox);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LibraryItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LibraryItemDialog::reject);
    connect(addMaterial, &QPushButton::clicked, this, &LibraryItemDialog::pickMaterials);
    connect(removeMaterial, &QPushButton::clicked, this, &LibraryItemDialog::removeMaterial);
    resize(680, 600);
}

bool LibraryItemDialog::load(qint64 id)
{
    ContentItem item;
    if (id > 0) {
        if (auto err = ContentRepository(m_db).item(id, &item)) {
            showErrorOn(m_error, err.message);
            return false;
        }
    }
    setItem(item);
    return true;
}

void LibraryItemDialog::setItem(const ContentItem &item)
{
    m_item = item;
    setWindowTitle(item.id > 0 ? tr("Content item: %1").arg(item.title) : tr("New content item"));
    m_title->setText(item.title);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(contentKindCode(item.kind))));
    m_column->setCurrentIndex(std::max(0, m_column->findData(item.columnId)));
    m_status->setCurrentIndex(std::max(0, m_status->findData(contentStatusCode(item.status))));
    m_tags->setText(item.tags.join(QStringLiteral(", ")));
    m_body->setPlainText(item.body);
    m_materials->clear();
    attachMaterials(item.materialIds.value_or(QList<qint64>()));
}

void LibraryItemDialog::attachMaterials(const QList<qint64> &ids)
{
    ContentRepository repo(m_db);
    const QList<qint64> present = attachedMaterialIds();
    for (qint64 id : ids) {
        if (present.contains(id))
            continue;
        Material m;
        if (auto err = repo.material(id, &m)) {
            showErrorOn(m_error, err.message);
            continue;
        }
        auto *row = new QListWidgetItem(materialLine(m), m_materials);
        row->setData(Qt::UserRole, id);
    }
}

QList<qint64> LibraryItemDialog::attachedMaterialIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_materials->count(); ++i)
        ids.append(m_materials->item(i)->data(Qt::UserRole).toLongLong());
    return ids;
}

ContentItem LibraryItemDialog::item() const
{
    ContentItem it = m_item;
    it.title = m_title->text().trimmed();
    it.kind = contentKindFromCode(m_kind->currentData().toString()).value_or(ContentKind::Announcement);
    it.columnId = m_column->currentData().toLongLong();
    it.status = contentStatusFromCode(m_status->currentData().toString()).value_or(ContentStatus::Draft);
    static const QRegularExpression separators(QStringLiteral("[,，、]"));
    QStringList tags;
    for (const QString &t : m_tags->text().split(separators, Qt::SkipEmptyParts)) {
        if (!t.trimmed().isEmpty())
            tags.append(t.trimmed());
    }
    it.tags = tags;
    it.body = m_body->toPlainText();
    it.materialIds = attachedMaterialIds();
    return it;
}

bool LibraryItemDialog::save()
{
    const ContentItem it = item();
    ContentRepository repo(m_db);
    DatabaseError err;
    qint64 id = it.id;
    if (it.id > 0)
        err = repo.updateItem(it);
    else
        err = repo.createItem(it, &id);
    if (err) {
        showErrorOn(m_error, err.message);
        return false;
    }
    m_item = it;
    m_item.id = id;
    showErrorOn(m_error, {});
    return true;
}

QString LibraryItemDialog::errorText() const
{
    return m_error->text();
}

void LibraryItemDialog::accept()
{
    if (save())
        QDialog::accept();
}

void LibraryItemDialog::pickMaterials()
{
    MaterialPickDialog picker(m_db, this);
    if (picker.exec() == QDialog::Accepted)
        attachMaterials(picker.selectedIds());
}

void LibraryItemDialog::removeMaterial()
{
    delete m_materials->currentItem();
}

// ---------------------------------------------------------------------------- material pick

MaterialPickDialog::MaterialPickDialog(const QSqlDatabase &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Attach materials"));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search materials by title, text or author"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, timer, qOverload<>(&QTimer::start));
    connect(timer, &QTimer::timeout, this, [this] { search(m_search->text()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    resize(520, 480);
    search({});
}

void MaterialPickDialog::search(const QString &text)
{
    MaterialFilter filter;
    filter.text = text;
    filter.limit = 200;
    QList<Material> materials;
    m_list->clear();
    if (auto err = ContentRepository(m_db).listMaterials(filter, &materials)) {
        m_list->addItem(err.message);
        return;
    }
    for (const Material &m : std::as_const(materials)) {
        auto *row = new QListWidgetItem(materialLine(m), m_list);
        row->setData(Qt::UserRole, m.id);
    }
}

QList<qint64> MaterialPickDialog::selectedIds() const
{
    QList<qint64> ids;
    const QList<QListWidgetItem *> rows = m_list->selectedItems();
    for (const QListWidgetItem *row : rows) {
        if (const qint64 id = row->data(Qt::UserRole).toLongLong(); id > 0)
            ids.append(id);
    }
    return ids;
}

// ------------------------------------------------------------------------------ columns editor

LibraryColumnsDialog::LibraryColumnsDialog(const QSqlDatabase &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Content columns"));
    m_list = new QListWidget(this);
    m_name = new QLineEdit(this);
    m_category = new QComboBox(this);
    for (ColumnCategory c : allColumnCategories())
        m_category->addItem(columnCategoryLabel(c), columnCategoryCode(c));
    m_colour = new QLineEdit(this);
    m_colour->setPlaceholderText(QStringLiteral("#rrggbb"));
    m_colourButton = new QPushButton(tr("Choose…"), this);
    m_description = new QPlainTextEdit(this);
    auto *colourRow = new QHBoxLayout;
    colourRow->addWidget(m_colour, 1);
    colourRow->addWidget(m_colourButton);

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("Colour"), colourRow);
    form->addRow(tr("Description"), m_description);

    auto *newButton = new QPushButton(tr("New column"), this);
    auto *saveButton = new QPushButton(tr("Save"), this);
    auto *deleteButton = new QPushButton(tr("Delete"), this);
    auto *closeButton = new QPushButton(tr("Close"), this);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(newButton);
    buttonRow->addWidget(saveButton);
    buttonRow->addWidget(deleteButton);
    buttonRow->addStretch();
    buttonRow->addWidget(closeButton);

    m_error = errorLabel(this);
    auto *right = new QVBoxLayout;
    right->addLayout(form, 1);
    right->addWidget(m_error);
    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(right, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addLayout(buttonRow);

    connect(m_list, &QListWidget::currentRowChanged, this, &LibraryColumnsDialog::showColumn);
    connect(newButton, &QPushButton::clicked, this, &LibraryColumnsDialog::startNew);
    connect(saveButton, &QPushButton::clicked, this, &LibraryColumnsDialog::saveForm);
    connect(deleteButton, &QPushButton::clicked, this, [this] { deleteCurrent(true); });
    connect(closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_colourButton, &QPushButton::clicked, this, &LibraryColumnsDialog::pickColour);
    connect(m_colour, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QColor c = QColor::fromString(text.trimmed());
        m_colourButton->setStyleSheet(
            c.isValid() ? QStringLiteral("background-color: %1;").arg(c.name()) : QString());
    });
    resize(720, 460);
    reload();
}

void LibraryColumnsDialog::reload()
{
    const qint64 current = m_editingId;
    if (auto err = ContentRepository(m_db).listColumns(&m_columns))
        showErrorOn(m_error, err.message);
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const ContentColumn &c : std::as_const(m_columns)) {
        auto *row = new QListWidgetItem(QStringLiteral("%1 · %2").arg(c.name, columnCategoryLabel(c.category)), m_list);
        QPixmap swatch(12, 12);
        const QColor colour = QColor::fromString(c.color);
        swatch.fill(colour.isValid() ? colour : QColor(Qt::transparent));
        row->setIcon(QIcon(swatch));
        row->setData(Qt::UserRole, c.id);
    }
    if (current > 0)
        selectColumn(current);
    else if (!m_columns.isEmpty())
        selectColumn(m_columns.first().id);
    else
        startNew();
}

void LibraryColumnsDialog::selectColumn(qint64 id)
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).id == id) {
            m_list->setCurrentRow(i);
            showColumn();
            return;
        }
    }
}

qint64 LibraryColumnsDialog::currentColumnId() const
{
    return m_editingId;
}

int LibraryColumnsDialog::columnCount() const
{
    return int(m_columns.size());
}

void LibraryColumnsDialog::showColumn()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_columns.size())
        return;
    setForm(m_columns.at(row));
}

void LibraryColumnsDialog::setForm(const ContentColumn &c)
{
    m_editingId = c.id;
    m_name->setText(c.name);
    m_category->setCurrentIndex(std::max(0, m_category->findData(columnCategoryCode(c.category))));
    m_colour->setText(c.color);
    m_description->setPlainText(c.description);
    showErrorOn(m_error, {});
}

void LibraryColumnsDialog::startNew()
{
    const QSignalBlocker block(m_list);
    m_list->setCurrentRow(-1);
    m_list->clearSelection();
    setForm(ContentColumn {});
    m_name->setFocus();
}

ContentColumn LibraryColumnsDialog::form() const
{
    ContentColumn c;
    c.id = m_editingId;
    c.name = m_name->text().trimmed();
    c.category = columnCategoryFromCode(m_category->currentData().toString()).value_or(ColumnCategory::Knowledge);
    c.color = m_colour->text().trimmed();
    c.description = m_description->toPlainText().trimmed();
    return c;
}

bool LibraryColumnsDialog::saveForm()
{
    ContentColumn c = form();
    if (!c.color.isEmpty()) {
        const QColor colour = QColor::fromString(c.color);
        if (!colour.isValid()) {
            showErrorOn(m_error, tr("“%1” is not a colour; use #rrggbb or pick one.").arg(c.color));
            return false;
        }
        c.color = colour.name();
    }
    ContentRepository repo(m_db);
    DatabaseError err;
    if (c.id > 0) {
        err = repo.updateColumn(c);
    } else {
        qint64 id = 0;
        err = repo.createColumn(c, &id);
        if (!err)
            m_editingId = id;
    }
    if (err) {
        showErrorOn(m_error, err.message);
        return false;
    }
    reload();
    return true;
}

bool LibraryColumnsDialog::deleteCurrent(bool ask)
{
    if (m_editingId <= 0)
        return false;
    const ContentColumn c = form();
    if (ask
        && QMessageBox::question(this, tr("Delete column"),
               tr("Delete the column “%1”? Its items stay in the library without a column.").arg(c.name))
            != QMessageBox::Yes)
        return false;
    if (auto err = ContentRepository(m_db).removeColumn(m_editingId)) {
        showErrorOn(m_error, err.message);
        return false;
    }
    m_editingId = 0;
    reload();
    return true;
}

QString LibraryColumnsDialog::errorText() const
{
    return m_error->text();
}

void LibraryColumnsDialog::pickColour()
{
    const QColor initial = QColor::fromString(m_colour->text().trimmed());
    const QColor chosen = QColorDialog::getColor(initial.isValid() ? initial : QColor(Qt::white), this, tr("Column colour"));
    if (chosen.isValid())
        m_colour->setText(chosen.name());
}

} // namespace qundesk::ui
