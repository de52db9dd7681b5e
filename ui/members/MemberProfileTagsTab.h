#pragma once

#include "storage/DatabaseError.h"

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace qundesk::ui {

// The member's tags as a wrapping list of checkable chips: every tag of the operation, checked
// when the member carries it; checking or unchecking tags or untags at once (audited by
// TagRepository). A new tag can be created inline and is put on the member.
class MemberProfileTagsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberProfileTagsTab)

public:
    explicit MemberProfileTagsTab(QWidget *parent = nullptr);

    DatabaseError load(const QSqlDatabase &db, qint64 memberId);
    // Tags or untags by tag id; false with the reason sent through problem().
    bool setTagged(qint64 tagId, bool tagged);
    // Creates the tag (or reuses one of that name) and puts it on the member.
    bool addTag(const QString &name);
    QStringList checkedTags() const;

    QListWidget *list() const { return m_list; }
    QLineEdit *newTagEdit() const { return m_newTag; }
    QPushButton *addButton() const { return m_add; }

signals:
    void problem(const QString &message);
    void info(const QString &message);
    void changed();

private:
    void itemChanged(QListWidgetItem *item);
    void updateSummary();

    QSqlDatabase m_db;
    qint64 m_memberId = 0;
    bool m_loading = false;
    QLabel *m_summary = nullptr;
    QListWidget *m_list = nullptr;
    QLineEdit *m_newTag = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace qundesk::ui
