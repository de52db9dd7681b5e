#include "groups/StageHistoryView.h"

#include "storage/StageRepository.h"

#include <QHeaderView>
#include <QLocale>

namespace qundesk::ui {

StageHistoryView::StageHistoryView(QWidget *parent)
    : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(QStringLiteral("stageHistory"));
    setHorizontalHeaderLabels({tr("Stage"), tr("From"), tr("Until"), tr("Days"), tr("Why")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(Reason, QHeaderView::Stretch);
}

DatabaseError StageHistoryView::load(const QSqlDatabase &db, qint64 groupId, const QDate &today)
{
    QList<StageSpan> spans;
    if (auto err = StageRepository(db).history(groupId, &spans))
        return err;
    setRowCount(int(spans.size()));
    const QLocale locale;
    for (int row = 0; row < spans.size(); ++row) {
        const StageSpan &s = spans.at(row);
        const QDate until = s.isCurrent() ? today : s.until;
        const auto cell = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(column == Reason ? s.reason : QString());
            setItem(row, column, item);
        };
        cell(Stage, lifecycleStageLabel(s.stage));
        cell(Since, s.since.toString(Qt::ISODate));
        cell(Until, s.isCurrent() ? tr("now") : s.until.toString(Qt::ISODate));
        cell(Days, locale.toString(qMax<qint64>(0, s.since.daysTo(until))));
        cell(Reason, s.reason);
        if (s.isCurrent()) {
            QFont bold = font();
            bold.setBold(true);
            for (int column = 0; column < ColumnCount; ++column)
                item(row, column)->setFont(bold);
        }
    }
    return {};
}

} // namespace qundesk::ui
