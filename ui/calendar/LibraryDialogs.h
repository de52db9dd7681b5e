#pragma once

#include "domain/Content.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace qundesk::ui {

// Editor of one content item: title, kind, column, status, tags, body/script and the attached
// materials. OK saves (one transaction with the attachments); errors stay in the dialog.
class LibraryItemDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryItemDialog)

public:
    LibraryItemDialog(const QSqlDatabase &db, QWidget *parent = nullptr);

    // id 0: a new item.
    bool load(qint64 id);
    void setItem(const ContentItem &item);
    ContentItem item() const;
    // Adds materials to the attachment list (the picker's result; also for tests).
    void attachMaterials(const QList<qint64> &ids);
    QList<qint64> attachedMaterialIds() const;
    // Writes the item; false with the message shown when refused.
    bool save();
    qint64 savedId() const { return m_item.id; }
    QString errorText() const;

    void accept() override;

private:
    void pickMaterials();
    void removeMaterial();

    QSqlDatabase m_db;
    ContentItem m_item;
    QLineEdit *m_title = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_column = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_tags = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QListWidget *m_materials = nullptr;
    QLabel *m_error = nullptr;
};

// Picks materials from the library by searching (never lists the whole library at once).
class MaterialPickDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MaterialPickDialog)

public:
    MaterialPickDialog(const QSqlDatabase &db, QWidget *parent = nullptr);

    void search(const QString &text);
    QList<qint64> selectedIds() const;
    QListWidget *list() const { return m_list; }

private:
    QSqlDatabase m_db;
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
};

// The columns (栏目): name, category, colour and description; add, save, delete.
class LibraryColumnsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryColumnsDialog)

public:
    LibraryColumnsDialog(const QSqlDatabase &db, QWidget *parent = nullptr);

    void reload();
    void selectColumn(qint64 id);
    qint64 currentColumnId() const;
    // Fills the form as a new column (not saved yet).
    void startNew();
    void setForm(const ContentColumn &column);
    // Saves the form (create or update); false with the message shown.
    bool saveForm();
    bool deleteCurrent(bool ask = true);
    QString errorText() const;
    int columnCount() const;

private:
    void showColumn();
    void pickColour();
    ContentColumn form() const;

    QSqlDatabase m_db;
    QList<ContentColumn> m_columns;
    qint64 m_editingId = 0;
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_colour = nullptr;
    QPushButton *m_colourButton = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace qundesk::ui
