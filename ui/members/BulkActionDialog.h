#pragma once

#include "members/MembersPage.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QRadioButton;
class QStandardItemModel;

namespace qundesk::ui {

// Asks what a bulk action on members applies to (the selected rows or everything the current
// filter matches) and its argument: the tag, the group (typed, completed from SQL), the
// verification status and evidence, or the KOC reason.
class BulkActionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkActionDialog)

public:
    // matching < 0: not counted yet; matchingExact = false: at least that many.
    BulkActionDialog(MembersPage::BulkAction action, const QSqlDatabase &db, qint64 selected, qint64 matching,
                     bool matchingExact, QWidget *parent = nullptr);
    ~BulkActionDialog() override;

    static QString title(MembersPage::BulkAction action);

    bool wholeFilter() const;
    // The tag or group id, the verification status as int, the KOC reason, or (export) whether
    // unmasked.
    QVariant argument() const;
    QString note() const;

    void accept() override;

private:
    void updateGroupChoices(const QString &text);

    MembersPage::BulkAction m_action;
    QSqlDatabase m_db;
    QRadioButton *m_selected = nullptr;
    QRadioButton *m_whole = nullptr;
    QComboBox *m_choice = nullptr;      // tag or verification status
    QLineEdit *m_group = nullptr;
    QStandardItemModel *m_groupChoices = nullptr;
    QLineEdit *m_text = nullptr;        // evidence or reason
    QCheckBox *m_unmasked = nullptr;    // export
    qint64 m_groupId = 0;
};

} // namespace qundesk::ui
