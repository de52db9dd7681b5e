#pragma once

#include "domain/Group.h"

#include <QWidget>

namespace qundesk::ui {

// The key to the matrix's heat map: the measure's name, a colour ramp from nothing (or the largest
// fall) to the largest value of the cells, and swatches for an empty cell and for the totals.
class HeatLegend final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeatLegend)

public:
    explicit HeatLegend(QWidget *parent = nullptr);

    // maxMagnitude: GroupGridModel::maxMagnitude(); 0 hides the ramp (nothing to compare).
    void setRange(PivotMeasure measure, double maxMagnitude);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    PivotMeasure m_measure = PivotMeasure::Groups;
    double m_max = 0;
};

} // namespace qundesk::ui
