#pragma once

#include "storage/KocRepository.h"

#include <QSqlDatabase>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace qundesk::ui {

// A member's KOC score for the profile: the score against their bar, the percentile overall and
// in each open group, and each component's count → decayed → points, with the time of the
// recompute that produced it. One member's figures are a handful of indexed reads, so
// setMember() reads them on the calling thread.
class KocBreakdownView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KocBreakdownView)

public:
    explicit KocBreakdownView(QWidget *parent = nullptr);

    // Reads and shows the member's score; false with the reason shown in the view and returned.
    bool setMember(const QSqlDatabase &db, qint64 memberId, QString *error = nullptr);
    void clear();

    const KocMemberScore &score() const { return m_score; }
    // The text of the lines above the table (score, percentiles, state) and the computed line.
    QString summaryText() const;
    QString computedText() const;
    // The shown cell text of a component's row: column 0 label, 1 count, 2 decayed, 3 points.
    QString cellText(KocComponent component, int column) const;

private:
    void display(const KocMemberScore &score);

    KocMemberScore m_score;
    QLabel *m_headline = nullptr;
    QLabel *m_details = nullptr;
    QWidget *m_table = nullptr;
    QGridLayout *m_grid = nullptr;
    QLabel *m_computed = nullptr;
};

} // namespace qundesk::ui
