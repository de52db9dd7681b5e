#pragma once

#include "storage/DatabaseError.h"

#include <QSqlDatabase>
#include <QWidget>

class QTableView;

namespace qundesk::ui {

class MemberTimelineModel;

// The member's activity newest first: messages, replies, posts, purchases (with the amount),
// check-ins … and the joins and leaves of groups, fetched page by page as the view scrolls.
class MemberProfileTimelineTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberProfileTimelineTab)

public:
    explicit MemberProfileTimelineTab(QWidget *parent = nullptr);

    DatabaseError load(const QSqlDatabase &db, qint64 memberId);
    MemberTimelineModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

signals:
    void problem(const QString &message);

private:
    MemberTimelineModel *m_model = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace qundesk::ui
