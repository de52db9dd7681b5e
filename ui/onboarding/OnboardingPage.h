#pragma once

#include "Page.h"

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace qundesk {
class OnboardingStepModel;
}

namespace qundesk::ui {

// 入群流程: the onboarding ritual as steps — what staff say, what the new member does, what to
// check — for specialists to follow and trainers to teach. Steps can be reordered and a flow
// copied to make a team's own version.
class OnboardingPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OnboardingPage)

public:
    explicit OnboardingPage(QWidget *parent = nullptr);

    // Adds the builtin flows if the database has none, then loads.
    void setDatabase(const QSqlDatabase &db) override;
    void reload() override;

    void selectFlow(qint64 flowId);
    qint64 currentFlowId() const;
    void selectStep(int row);
    // Moves the selected step up (-1) or down (+1), persisted; false when it could not move.
    bool moveSelectedStep(int delta);
    // Copies the shown flow under newName and shows the copy; false (with a message) on failure.
    bool copyCurrentFlow(const QString &newName);

    OnboardingStepModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString staffScriptText() const;
    QString memberActionText() const;
    QStringList checklistItems() const;

private:
    void reloadFlows();
    void flowChosen();
    void showStep();
    void updateButtons();
    void askCopyName();
    void showError(const QString &message);

    QSqlDatabase m_db;
    OnboardingStepModel *m_model = nullptr;
    QComboBox *m_flowCombo = nullptr;
    QPushButton *m_copyButton = nullptr;
    QLabel *m_flowInfoLabel = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_upButton = nullptr;
    QPushButton *m_downButton = nullptr;
    QLabel *m_stepTitleLabel = nullptr;
    QLabel *m_stepKindLabel = nullptr;
    QLabel *m_scriptLabel = nullptr;
    QLabel *m_actionLabel = nullptr;
    QListWidget *m_checklist = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace qundesk::ui
