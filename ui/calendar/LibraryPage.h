#pragma once

#include "domain/Content.h"

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace qundesk {
class ContentItemModel;
}

namespace qundesk::ui {

// 内容库: the content items (posts, scripts, announcements …) with search and kind / column /
// status filters, a preview of the selected item and its attached materials, the item editor
// and the columns (栏目) editor. One tab of the calendar page.
class LibraryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryPage)

public:
    explicit LibraryPage(QWidget *parent = nullptr);

    void setDatabase(const QSqlDatabase &db);
    void reload();

    void setSearchText(const QString &text);
    void setKindFilter(std::optional<ContentKind> kind);
    void selectItem(qint64 id);
    qint64 currentItemId() const;
    // The preview's text for tests: title, then the body.
    QString previewText() const;

    // Opens the editor on the selected item (or a new one) / the columns editor, modally.
    void editSelected();
    void newItem();
    void editColumns();
    // Deletes the selected item after asking; false when nothing was deleted.
    bool deleteSelected(bool ask = true);

    ContentItemModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString statusText() const;

    // Grabs the tab, the item editor on the first item and the columns editor into
    // <prefix>-library.png, <prefix>-library-item.png and <prefix>-library-columns.png.
    bool saveScreenshots(const QString &dir, const QString &prefix);

private:
    void reloadColumns();
    void applyFilter();
    void showPreview();
    void updateButtons();
    void showError(const QString &message);

    QSqlDatabase m_db;
    ContentItemModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QComboBox *m_columnCombo = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_previewTitle = nullptr;
    QLabel *m_previewMeta = nullptr;
    QPlainTextEdit *m_previewBody = nullptr;
    QListWidget *m_previewMaterials = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_columnsButton = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QTimer *m_searchTimer = nullptr;
};

} // namespace qundesk::ui
