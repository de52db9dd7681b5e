#pragma once

#include <QSqlDatabase>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace qundesk {
class SopApplicationModel;
class SopStepModel;
class SopTemplateModel;
struct SopStep;
struct SopTemplate;
} // namespace qundesk

namespace qundesk::ui {

class SopApplyDialog;

// SOP 模板: the templates (built-in ones read-only, duplicable into an editable copy), an editor
// for the selected template and its steps (day offset or weekday, slot, kind, title, body; add,
// duplicate, delete, move; live validation; save and revert), "apply to groups" through
// SopApplyDialog, and the template's applications with undo.
class SopPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SopPage)

public:
    explicit SopPage(QWidget *parent = nullptr);

    // Installs the built-in templates when the database has none, then loads.
    void setDatabase(const QSqlDatabase &db);
    // Reloads templates and applications, keeping the selected template; drops unsaved edits.
    void reload();
    // What a page-wide reload (F5, another tab's change) calls: with unsaved edits on screen only
    // the template list and the applications are refreshed, the edits stay; else reload().
    void refresh();

    // Grabs the page (a template selected) into <prefix>-sop-editor.png and the apply dialog,
    // prefilled with a few groups and next Monday, into <prefix>-sop-apply.png.
    bool saveScreenshots(const QString &dir, const QString &prefix);

    // Questions (discard edits, delete, undo) go through this; the default asks with a message box.
    void setConfirmation(std::function<bool(const QString &question)> confirm) { m_confirm = std::move(confirm); }

    void selectTemplate(qint64 templateId);
    qint64 currentTemplateId() const;
    bool isDirty() const { return m_dirty; }
    bool isReadOnly() const;
    void selectStep(int row);
    int currentStepRow() const;

    // The editor's actions, as its buttons run them; false (with statusText()) when refused.
    bool saveTemplate();
    void revertTemplate();
    bool newTemplate();
    bool duplicateTemplate();
    bool deleteTemplate();
    bool installBuiltinTemplates();
    void addStep();
    void duplicateStep();
    void removeStep();
    bool moveStep(int delta);
    bool undoSelectedApplication();
    // Opens SopApplyDialog for the current template (modal); reloads applications afterwards.
    void openApplyDialog();

    // Edits the selected step's fields as the form does.
    void setStepFields(int dayOffset, const QTime &time, int kindIndex, const QString &title, const QString &body);
    void setTemplateName(const QString &name);

    QString validationText() const;
    QString statusText() const;
    SopTemplateModel *templateModel() const { return m_templates; }
    SopStepModel *stepModel() const { return m_steps; }
    SopApplicationModel *applicationModel() const { return m_applications; }
    QTableView *applicationView() const { return m_applicationView; }

signals:
    // Entries were stamped onto or removed from the calendar (an application or its undo).
    void calendarChanged();

private:
    void buildUi();
    void templateChosen();
    void loadTemplate(const SopTemplate &sop);
    void showStep();
    void fillDayCombo(int keepOffset);
    void headerEdited();
    void stepEdited();
    void markDirty();
    void updateActions();
    void reloadApplications();
    // Saves a new template, shows it and says doneMessage; false with the error shown.
    bool storeNewTemplate(const SopTemplate &sop, const QString &doneMessage);
    bool confirmDiscard();
    void setStatus(const QString &message, bool error = false);
    QString uniqueName(const QString &base) const;
    SopStep stepFromForm() const;

    QSqlDatabase m_db;
    SopTemplateModel *m_templates = nullptr;
    SopStepModel *m_steps = nullptr;
    SopApplicationModel *m_applications = nullptr;
    std::function<bool(const QString &)> m_confirm;
    qint64 m_shownTemplateId = 0;
    bool m_dirty = false;
    bool m_loading = false;

    QTableView *m_templateView = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_duplicateTemplateButton = nullptr;
    QPushButton *m_deleteTemplateButton = nullptr;
    QPushButton *m_installButton = nullptr;
    QTableView *m_applicationView = nullptr;
    QPushButton *m_undoButton = nullptr;

    QLabel *m_readOnlyLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QSpinBox *m_duration = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QTableView *m_stepView = nullptr;
    QPushButton *m_addStep = nullptr;
    QPushButton *m_duplicateStep = nullptr;
    QPushButton *m_removeStep = nullptr;
    QPushButton *m_upButton = nullptr;
    QPushButton *m_downButton = nullptr;
    QComboBox *m_day = nullptr;
    QComboBox *m_time = nullptr;
    QComboBox *m_stepKind = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_validation = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
    QPushButton *m_applyButton = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace qundesk::ui
