#pragma once

#include "storage/DatabaseError.h"

#include <QSqlDatabase>
#include <QTableWidget>

namespace qundesk::ui {

// The recorded lifecycle stages of one group, newest first: stage, from, until (or "now"), how
// many days, and why. A group has a handful of spans, so a plain table widget is enough.
class StageHistoryView final : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageHistoryView)

public:
    enum Column { Stage, Since, Until, Days, Reason, ColumnCount };

    explicit StageHistoryView(QWidget *parent = nullptr);

    // Reads StageRepository::history; `today` measures the open span.
    DatabaseError load(const QSqlDatabase &db, qint64 groupId, const QDate &today);
};

} // namespace qundesk::ui
