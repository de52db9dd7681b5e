#pragma once

#include "domain/GroupSelector.h"
#include "storage/SopRepository.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace qundesk::ui {

class SopApplyPreviewModel;

// 应用 SOP: pick groups (search and check several, or check every group a selector over tier,
// team, identity and purpose resolves to) and a start date, see every entry that will be created
// with the calendar conflicts it would cause (groups already carrying the template from that
// date, archived or dissolved groups shown as skipped), then create them all in one transaction.
class SopApplyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SopApplyDialog)

public:
    SopApplyDialog(const QSqlDatabase &db, qint64 templateId, QWidget *parent = nullptr);

    void setStartDate(const QDate &date);
    QDate startDate() const;
    void setCheckedGroups(const QList<qint64> &groupIds);
    QList<qint64> checkedGroups() const;
    // The first limit groups of the list as shown (after the search).
    QList<qint64> listedGroups(int limit) const;
    // Checks (in addition) every group the selector resolves to; returns how many it named.
    int checkSelector(const GroupSelector &selector);
    // Narrows the group list to names containing text.
    void setGroupSearch(const QString &text);

    // Recomputes the preview now (it also follows the choices after a short pause).
    void refreshPreview();
    SopApplyPreviewModel *previewModel() const { return m_preview; }
    QString summaryText() const;
    QString errorText() const;

    // Creates the entries (what the OK button does); false with errorText() on failure.
    bool applyNow();
    const SopApplyResult &result() const { return m_result; }
    // What applyNow did, translated, for the caller's status line.
    QString resultText() const;

private:
    void loadGroups();
    void loadSelectorChoices();
    void checkChosenSelector();
    void schedulePreview();
    void setAllShown(bool checked);
    void showError(const QString &message);

    QSqlDatabase m_db;
    qint64 m_templateId = 0;
    QString m_templateName;
    QStandardItemModel *m_groups = nullptr;
    QSortFilterProxyModel *m_groupFilter = nullptr;
    SopApplyPreviewModel *m_preview = nullptr;
    QLineEdit *m_search = nullptr;
    QListView *m_groupList = nullptr;
    QLabel *m_checkedLabel = nullptr;
    QComboBox *m_tier = nullptr;
    QComboBox *m_team = nullptr;
    QComboBox *m_identity = nullptr;
    QComboBox *m_purpose = nullptr;
    QDateEdit *m_start = nullptr;
    QLabel *m_templateLabel = nullptr;
    QTableView *m_previewView = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_previewTimer = nullptr;
    SopApplyResult m_result;
    bool m_settingChecks = false;
};

} // namespace qundesk::ui
