#include "matrix/HeatLegend.h"

#include "matrix/MatrixDelegates.h"
#include "models/GroupGridModel.h"

#include <QPainter>

namespace qundesk::ui {

namespace {

constexpr int RampWidth = 160;
constexpr int Swatch = 14;
constexpr int Gap = 8;

} // namespace

HeatLegend::HeatLegend(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("heatLegend"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void HeatLegend::setRange(PivotMeasure measure, double maxMagnitude)
{
    m_measure = measure;
    m_max = maxMagnitude;
    setToolTip(tr("Colour: each cell's %1 against the largest cell (%2). Totals are not coloured.")
                   .arg(pivotMeasureLabel(measure), GroupGridModel::formatValue(measure, maxMagnitude)));
    updateGeometry();
    update();
}

QSize HeatLegend::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    const int text = fm.horizontalAdvance(pivotMeasureLabel(m_measure)) + fm.horizontalAdvance(tr("No group"))
                     + 2 * fm.horizontalAdvance(QStringLiteral("¥000,000,000"));
    return {text + RampWidth + 8 * Gap + 2 * Swatch, fm.height() + 8};
}

void HeatLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QFontMetrics fm = fontMetrics();
    const int h = height();
    const int swatchTop = (h - Swatch) / 2;
    int x = 0;
    auto text = [&](const QString &s) {
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(x, 0, fm.horizontalAdvance(s) + 1, h), Qt::AlignVCenter | Qt::AlignLeft, s);
        x += fm.horizontalAdvance(s) + Gap;
    };

    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    const QString label = pivotMeasureLabel(m_measure);
    p.drawText(QRect(x, 0, QFontMetrics(bold).horizontalAdvance(label) + 1, h), Qt::AlignVCenter, label);
    x += QFontMetrics(bold).horizontalAdvance(label) + Gap;
    p.setFont(font());

    if (m_max > 0) {
        const bool diverging = GroupGridModel::isDiverging(m_measure);
        text(GroupGridModel::formatValue(m_measure, diverging ? -m_max : 0));
        const QRect ramp(x, swatchTop, RampWidth, Swatch);
        for (int i = 0; i < RampWidth; ++i) {
            const double f = double(i) / (RampWidth - 1);
            p.fillRect(QRect(ramp.left() + i, ramp.top(), 1, ramp.height()),
                       heatColor(palette(), diverging ? 2 * f - 1 : f));
        }
        p.setPen(palette().color(QPalette::Mid));
        p.drawRect(ramp.adjusted(0, 0, -1, -1));
        x += RampWidth + Gap;
        text(GroupGridModel::formatValue(m_measure, m_max));
        x += Gap;
    }

    const QRect gap(x, swatchTop, Swatch, Swatch);
    paintGap(&p, gap, palette());
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(gap.adjusted(0, 0, -1, -1));
    x += Swatch + 4;
    text(tr("No group"));
}

} // namespace qundesk::ui
