#pragma once

#include "domain/Content.h"

#include <QDialog>
#include <QSqlDatabase>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableView;
class QTableWidget;
class QTimer;

namespace qundesk {
class KeywordReplyModel;
}

namespace qundesk::ui {

// A group picker that searches by name (ScheduleRepository::listGroupChoices with a name)
// instead of listing every group: a search box and the first matches in a combo.
class GroupSearchBox final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupSearchBox)

public:
    explicit GroupSearchBox(QWidget *parent = nullptr);

    void setDatabase(const QSqlDatabase &db);
    void search(const QString &text);
    // Shows this group (by id) as the choice.
    void setGroup(qint64 id);
    qint64 groupId() const;
    QString groupName() const;
    QString groupPurpose() const;

signals:
    void groupChanged();

private:
    QSqlDatabase m_db;
    QLineEdit *m_search = nullptr;
    QComboBox *m_combo = nullptr;
    QTimer *m_timer = nullptr;
};

// Editor of one keyword reply: keyword, match mode, reply, scope (every group, one group or a
// purpose), priority, enabled. OK saves; errors stay in the dialog.
class KeywordReplyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeywordReplyDialog)

public:
    KeywordReplyDialog(const QSqlDatabase &db, QWidget *parent = nullptr);

    void setReply(const KeywordReply &reply);
    KeywordReply reply() const;
    bool save();
    qint64 savedId() const { return m_reply.id; }
    QString errorText() const;
    void accept() override;

private:
    void updateScope();

    QSqlDatabase m_db;
    KeywordReply m_reply;
    QLineEdit *m_keyword = nullptr;
    QComboBox *m_mode = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QRadioButton *m_scopeAll = nullptr;
    QRadioButton *m_scopeGroup = nullptr;
    QRadioButton *m_scopePurpose = nullptr;
    GroupSearchBox *m_group = nullptr;
    QComboBox *m_purpose = nullptr;
    QSpinBox *m_priority = nullptr;
    QCheckBox *m_enabled = nullptr;
    QLabel *m_error = nullptr;
};

// 关键词回复: the keyword auto-replies with their editor, and a tester: type a message, pick a
// group, and see which reply fires and why (every reply with the reason it did or did not win).
class KeywordReplyPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeywordReplyPage)

public:
    explicit KeywordReplyPage(QWidget *parent = nullptr);

    void setDatabase(const QSqlDatabase &db);
    void reload();

    void selectReply(qint64 id);
    qint64 currentReplyId() const;
    void newReply();
    void editSelected();
    bool deleteSelected(bool ask = true);

    // The tester: runs message in groupId (0: the group chosen in the tester) and shows the result.
    void runTest(const QString &message, qint64 groupId = 0);
    // The tester's verdict line, and the reason shown for each reply (keyword → reason).
    QString testResultText() const;
    QString testReasonFor(const QString &keyword) const;

    KeywordReplyModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    // Grabs the tab (with a sample test run) and the editor into <prefix>-keyword-replies.png and
    // <prefix>-keyword-reply-editor.png.
    bool saveScreenshots(const QString &dir, const QString &prefix);

private:
    void updateButtons();
    void showError(const QString &message);
    void retest();

    QSqlDatabase m_db;
    KeywordReplyModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLineEdit *m_testMessage = nullptr;
    GroupSearchBox *m_testGroup = nullptr;
    QLabel *m_testResult = nullptr;
    QTableWidget *m_testTrace = nullptr;
};

} // namespace qundesk::ui
