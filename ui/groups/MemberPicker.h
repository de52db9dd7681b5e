#pragma once

#include <QLineEdit>
#include <QSqlDatabase>

class QCompleter;
class QStandardItemModel;
class QTimer;

namespace qundesk::ui {

// A line edit that finds a current member of one group as the user types (name or group
// nickname, searched in SQL, at most MaxSuggestions at a time), so it works for a group of any
// size. memberId() is 0 until a suggestion is picked or setMember() is called; hasUnpickedText()
// tells a half-typed name from an empty field.
class MemberPicker final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberPicker)

public:
    static constexpr int MaxSuggestions = 30;
    static constexpr int SearchDelayMs = 200;

    explicit MemberPicker(QWidget *parent = nullptr);

    void setGroup(const QSqlDatabase &db, qint64 groupId);
    void setMember(qint64 memberId, const QString &name);
    qint64 memberId() const { return m_memberId; }
    bool hasUnpickedText() const { return m_memberId == 0 && !text().trimmed().isEmpty(); }
    // The suggestions for the current text, now rather than after the typing pause (tests).
    void searchNow();
    QCompleter *suggestions() const { return m_completer; }

signals:
    void memberPicked(qint64 memberId);

private:
    QSqlDatabase m_db;
    qint64 m_groupId = 0;
    qint64 m_memberId = 0;
    QString m_pickedText;
    QStandardItemModel *m_model = nullptr;
    QCompleter *m_completer = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace qundesk::ui
