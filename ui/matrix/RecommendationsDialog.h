#pragma once

#include <QDate>
#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace qundesk {
class RecommendationModel;
}

namespace qundesk::ui {

// The lifecycle recommendations (issue 3): a checkable list with a filter by action, a preview of
// exactly what the checked ones change, and "Apply selected", which applies them all in one
// transaction after a confirmation. Listing and applying run on a worker thread with their own
// connection; the list reloads after every apply.
class RecommendationsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit RecommendationsDialog(const QSqlDatabase &db, QWidget *parent = nullptr);

    // The day the activity windows end (default: today); reloads the list.
    void setToday(const QDate &day);
    RecommendationModel *model() const { return m_model; }
    // The message line under the table: progress, the result of the last apply, or an error.
    QString statusText() const;

signals:
    // After a successful apply, with the number of recommendations applied.
    void applied(int count);

private:
    void reload();
    void onLoaded(const QString &error);
    void updatePreview();
    void applySelected();
    void showStatus(const QString &text, bool error);

    QSqlDatabase m_db;
    RecommendationModel *m_model = nullptr;
    QComboBox *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_checkAll = nullptr;
    bool m_applying = false;
};

} // namespace qundesk::ui
