#pragma once

#include "analytics/CalendarConflicts.h"
#include "storage/EntryEditorRepository.h"

#include <QDate>
#include <QDialog>
#include <QSqlDatabase>
#include <QTime>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTimeEdit;
class QTimer;

namespace qundesk::ui {

class GroupTargetPicker;

// New or edit one calendar entry (内容日历 → double-click a chip, or "new entry"): title,
// body/script, an optional content item from the library, kind, date, slot (one of the
// configured time slots or a custom time), target (one group, or a selector over tier, team,
// identity and purpose showing how many groups it resolves to), operator and status, with the
// conflicts the entry would be part of listed live as the fields change. Saving a selector
// creates one entry per group in one transaction with one audit entry (EntryEditorRepository).
// Conflicts do not block saving: they are the operator's call, and the list says why.
class EntryEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryEditorDialog)

public:
    explicit EntryEditorDialog(const QSqlDatabase &db, QWidget *parent = nullptr);
    ~EntryEditorDialog() override;

    // A new entry on date at time (a slot's time selects the slot, another valid time is a custom
    // time, an invalid one the first slot) for groupId (0: the first group).
    void startNew(const QDate &date, const QTime &time = QTime(), qint64 groupId = 0);
    // A new entry prefilled from a draft (e.g. a selector target); the draft's entry id is ignored.
    void startNew(const EntryDraft &draft);
    // Edits a stored entry; false with the reason when it cannot be read.
    bool loadEntry(qint64 entryId, QString *error = nullptr);

    // The loaded entry is one of the same post to several groups (a calendar chip): offers to save
    // the changes to all of them (on by default), each keeping its own group and operator.
    void setSiblingEntries(const QList<qint64> &entryIds);
    QCheckBox *allGroupsBox() const { return m_allGroups; }

    qint64 entryId() const { return m_entryId; } // 0 while creating
    bool isNew() const { return m_entryId == 0; }
    // The fields as they stand.
    EntryDraft draft() const;
    // Groups the target resolves to (updated with the conflicts).
    int targetGroupCount() const;
    // The conflicts the entry as shown would be part of (refreshed shortly after every change;
    // refreshConflicts() does it at once).
    QList<CalendarConflict> conflicts() const { return m_conflicts; }
    void refreshConflicts();
    // After a successful save: the entries written (one per group of a selector).
    QList<qint64> savedEntryIds() const { return m_savedIds; }
    QString lastError() const { return m_lastError; }

    // Checks and writes; false with the reason (also shown in the dialog).
    bool save();

    // Field access for tests and callers that prefill.
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QComboBox *slotCombo() const { return m_slot; }
    QTimeEdit *customTimeEdit() const { return m_customTime; }
    QDateEdit *dateEdit() const { return m_date; }
    QComboBox *groupCombo() const;
    GroupTargetPicker *targetPicker() const { return m_target; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *statusCombo() const { return m_status; }
    QComboBox *contentCombo() const { return m_content; }
    QComboBox *operatorCombo() const { return m_operator; }
    QListWidget *conflictList() const { return m_conflictList; }
    // Switches the target between one group (false) and a selector (true).
    void setSelectorMode(bool selector);
    bool isSelectorMode() const;
    void setSelector(const GroupSelector &selector);

    // Grabs a prefilled new entry (a selector with conflicts when the data has them) into
    // DIR/PREFIX.png, for --screenshots.
    static bool saveScreenshot(const QSqlDatabase &db, const QString &dir, const QString &prefix);

public slots:
    void accept() override;

signals:
    void saved(const QList<qint64> &entryIds);

private:
    void buildUi();
    void loadChoices();
    void scheduleRefresh();
    void updateTitlePlaceholder();
    void updateCustomTime();
    void showError(const QString &message);
    void setDraft(const EntryDraft &draft);
    void selectTime(const QTime &time);
    QTime chosenTime() const;

    QSqlDatabase m_db;
    qint64 m_entryId = 0;
    QList<qint64> m_siblings; // every entry of the chip, m_entryId included
    QCheckBox *m_allGroups = nullptr;
    qint64 m_sopApplicationId = 0; // kept from the stored entry for the SOP clash rule
    qint64 m_sopStepId = 0;
    QDateTime m_doneAt;
    // A stored entry without a kind of its own shows its content item's or SOP step's; saving
    // keeps it without one unless the user picks another kind.
    std::optional<ContentKind> m_inheritedKind;
    QList<CalendarConflict> m_conflicts;
    QList<qint64> m_savedIds;
    QString m_lastError;

    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QComboBox *m_content = nullptr;
    QComboBox *m_kind = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_slot = nullptr;
    QTimeEdit *m_customTime = nullptr;
    GroupTargetPicker *m_target = nullptr;
    QComboBox *m_operator = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_conflictHeader = nullptr;
    QListWidget *m_conflictList = nullptr;
    QLabel *m_error = nullptr;
    QTimer *m_refreshTimer = nullptr;
};

} // namespace qundesk::ui
