#include "matrix/MatrixDelegates.h"

#include "models/GroupGridModel.h"
#include "models/GroupTableModel.h"

#include <QPainter>

namespace qundesk::ui {

namespace {

QColor blend(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amountOfB) + b.redF() * amountOfB),
                            float(a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB),
                            float(a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB));
}

// Warm red that stays readable on light and dark palettes.
const QColor WarningColor(0xd9, 0x48, 0x2b);

// Lifecycle stages: strong green, daily as the text, weak amber, zombie a muted red.
const QColor StrongColor(0x2e, 0x8b, 0x57);
const QColor WeakColor(0xc7, 0x7c, 0x02);
const QColor ZombieColor(0xa0, 0x40, 0x40);

} // namespace

void paintGap(QPainter *painter, const QRect &rect, const QPalette &palette)
{
    // Hatched, so a tier with no group for a team reads as a gap, not as a pale value.
    const QColor base = palette.color(QPalette::Base);
    painter->fillRect(rect, blend(base, palette.color(QPalette::Text), 0.04));
    painter->fillRect(rect, QBrush(blend(base, palette.color(QPalette::Text), 0.22), Qt::BDiagPattern));
}

QColor heatColor(const QPalette &palette, double heat)
{
    const QColor base = palette.color(QPalette::Base);
    if (heat < 0)
        return blend(base, HeatFallColor, HeatMinBlend + (HeatMaxBlend - HeatMinBlend) * qMin(1.0, -heat));
    return blend(base, HeatRiseColor, HeatMinBlend + (HeatMaxBlend - HeatMinBlend) * qMin(1.0, heat));
}

void GroupTableDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto status = GroupStatus(index.data(GroupTableModel::StatusRole).toInt());
    if (status != GroupStatus::Active)
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
    if (index.column() == GroupTableModel::Fill && index.data(GroupTableModel::NearlyFullRole).toBool()) {
        option->palette.setColor(QPalette::Text, WarningColor);
        option->font.setBold(true);
    }
    if (index.column() == GroupTableModel::Stage) {
        const QVariant stage = index.data(GroupTableModel::StageRole);
        if (stage.isValid()) {
            switch (LifecycleStage(stage.toInt())) {
            case LifecycleStage::Strong:
                option->palette.setColor(QPalette::Text, StrongColor);
                option->font.setBold(true);
                break;
            case LifecycleStage::Daily:
                break;
            case LifecycleStage::Weak:
                option->palette.setColor(QPalette::Text, WeakColor);
                break;
            case LifecycleStage::Zombie:
                option->palette.setColor(QPalette::Text, ZombieColor);
                option->font.setItalic(true);
                break;
            }
        }
    }
}

void GroupTableDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == GroupTableModel::Fill && !(option.state & QStyle::State_Selected)) {
        const double ratio = qBound(0.0, index.data(GroupTableModel::FillRatioRole).toDouble(), 1.0);
        const bool nearlyFull = index.data(GroupTableModel::NearlyFullRole).toBool();
        const QColor base = option.palette.color(QPalette::Base);
        const QColor bar = blend(base, nearlyFull ? WarningColor : option.palette.color(QPalette::Highlight), 0.22);
        QRect r = option.rect.adjusted(2, 3, -2, -3);
        r.setWidth(int(r.width() * ratio));
        painter->fillRect(r, bar);
    }
    QStyledItemDelegate::paint(painter, option, index);
}

void GroupGridDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto kind = GroupGridModel::CellKind(index.data(GroupGridModel::CellKindRole).toInt());
    if (kind != GroupGridModel::CellKind::Cell && kind != GroupGridModel::CellKind::Empty)
        option->font.setBold(true);
}

void GroupGridDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!(option.state & QStyle::State_Selected)) {
        const auto kind = GroupGridModel::CellKind(index.data(GroupGridModel::CellKindRole).toInt());
        const QColor base = option.palette.color(QPalette::Base);
        const QVariant heat = index.data(GroupGridModel::HeatRole);
        if (heat.isValid())
            painter->fillRect(option.rect, heatColor(option.palette, heat.toDouble()));
        else if (kind == GroupGridModel::CellKind::Empty)
            paintGap(painter, option.rect, option.palette);
        else if (kind != GroupGridModel::CellKind::Cell)
            painter->fillRect(option.rect, blend(base, option.palette.color(QPalette::Highlight), 0.10));
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace qundesk::ui
