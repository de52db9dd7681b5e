#include "models/FunnelStepModel.h"

#include "storage/FunnelRepository.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace qundesk {

namespace {

// QColor lives in QtGui, which the core does not link. Under a QGuiApplication (that is, under
// every view) QtGui's metatypes are present and a colour name converts to a real QColor, which
// views paint; in a GUI-less process the role still carries the colour's name.
QVariant colorValue(const QString &name)
{
    QVariant value(name);
    const QCoreApplication *app = QCoreApplication::instance();
    if (app && app->inherits("QGuiApplication")) {
        const QMetaType colorType(QMetaType::QColor);
        if (QMetaType::canConvert(value.metaType(), colorType))
            value.convert(colorType);
    }
    return value;
}

const QString &problemColor()
{
    static const QString c = QStringLiteral("#c62828");
    return c;
}

const QString &highlightColor()
{
    static const QString c = QStringLiteral("#ffe9b3");
    return c;
}

bool isNumeric(int column)
{
    return column == FunnelStepModel::Position || column == FunnelStepModel::Count
           || column == FunnelStepModel::StepRate || column == FunnelStepModel::OverallRate
           || column == FunnelStepModel::DropOff;
}

} // namespace

FunnelStepModel::FunnelStepModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_from(QDate::currentDate().addDays(-29))
    , m_to(QDate::currentDate())
{
}

void FunnelStepModel::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    reload();
}

void FunnelStepModel::setFunnel(qint64 funnelId)
{
    m_funnelId = funnelId;
    reload();
}

void FunnelStepModel::setRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    reload();
}

void FunnelStepModel::setChannel(qint64 channelId)
{
    m_channelId = channelId;
    reload();
}

DatabaseError FunnelStepModel::reload()
{
    QList<FunnelStepTotal> rows;
    if (m_db.isValid() && m_db.isOpen() && m_funnelId > 0) {
        FunnelRepository repo(m_db);
        if (auto err = repo.stepTotals(m_funnelId, m_from, m_to, m_channelId, &rows)) {
            m_lastError = err;
            emit loadFailed(err.message);
            return err;
        }
    }
    m_lastError = {};
    setRows(rows);
    return {};
}

void FunnelStepModel::setRows(const QList<FunnelStepTotal> &rows)
{
    bool sameSteps = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameSteps && i < rows.size(); ++i)
        sameSteps = rows.at(i).step.id == m_rows.at(i).step.id;

    QList<qint64> counts;
    for (const FunnelStepTotal &r : rows)
        counts.append(r.total);

    if (sameSteps) {
        // A new range or channel over the same steps: update in place so views keep selection.
        m_rows = rows;
        m_figures = funnel::computeFigures(counts);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    m_figures = funnel::computeFigures(counts);
    endResetModel();
}

FunnelStepTotal FunnelStepModel::stepAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : FunnelStepTotal();
}

bool FunnelStepModel::hasCounts() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [](const FunnelStepTotal &r) { return r.total > 0; });
}

int FunnelStepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FunnelStepModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FunnelStepModel::displayValue(int row, int column) const
{
    const FunnelStepTotal &r = m_rows.at(row);
    const funnel::StepFigures &f = m_figures.steps.at(row);
    const QLocale locale;
    switch (column) {
    case Position:
        return r.step.position;
    case Name:
        return r.step.name;
    case Metric:
        return r.step.metric;
    case Count:
        return locale.toString(f.count);
    case StepRate:
        return funnel::percentText(f.stepRate);
    case OverallRate:
        return funnel::percentText(f.overallRate);
    case DropOff:
        if (row == 0)
            return funnel::percentText(std::nullopt);
        if (f.dropOff > 0 && f.dropOffRate)
            return tr("%1 (%2)").arg(locale.toString(f.dropOff), funnel::percentText(f.dropOffRate));
        return locale.toString(f.dropOff);
    default:
        return {};
    }
}

QVariant FunnelStepModel::sortValue(int row, int column) const
{
    const FunnelStepTotal &r = m_rows.at(row);
    const funnel::StepFigures &f = m_figures.steps.at(row);
    switch (column) {
    case Position:
        return r.step.position;
    case Name:
        return r.step.name;
    case Metric:
        return r.step.metric;
    case Count:
        return f.count;
    case StepRate:
        return f.stepRate.value_or(-1.0);
    case OverallRate:
        return f.overallRate.value_or(-1.0);
    case DropOff:
        return f.dropOff;
    default:
        return {};
    }
}

QString FunnelStepModel::problemToolTip(int row) const
{
    const funnel::StepFigures &f = m_figures.steps.at(row);
    const QLocale locale;
    if (f.risesFromPrevious) {
        const funnel::StepFigures &previous = m_figures.steps.at(row - 1);
        return tr("Data problem: step %1 counts %2 people, more than the %3 at step %4. A funnel only loses "
                  "people on the way, so check the figures entered for this range.")
            .arg(QString::number(row + 1), locale.toString(f.count), locale.toString(previous.count),
                 QString::number(row));
    }
    if (f.exceedsFirst)
        return tr("Data problem: step %1 counts %2 people, more than the %3 who entered the funnel at step 1. "
                  "Check the figures entered for this range.")
            .arg(QString::number(row + 1), locale.toString(f.count),
                 locale.toString(m_figures.steps.constFirst().count));
    return QString();
}

QVariant FunnelStepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const funnel::StepFigures &f = m_figures.steps.at(row);
    const bool largest = row == m_figures.largestDropOff;

    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, column);
    case SortRole:
        return sortValue(row, column);
    case StepIdRole:
        return m_rows.at(row).step.id;
    case DataProblemRole:
        return f.hasDataProblem();
    case LargestDropOffRole:
        return largest;
    case Qt::TextAlignmentRole:
        return isNumeric(column) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                 : QVariant(int(Qt::AlignLeft | Qt::AlignVCenter));
    case Qt::ForegroundRole:
        if (f.hasDataProblem())
            return colorValue(problemColor());
        return {};
    case Qt::BackgroundRole:
        if (largest)
            return colorValue(highlightColor());
        return {};
    case Qt::ToolTipRole:
        if (f.hasDataProblem())
            return problemToolTip(row);
        if (largest)
            return tr("Largest drop-off: %1 of the people at step %2 are lost before step %3.")
                .arg(funnel::percentText(f.dropOffRate), QString::number(row), QString::number(row + 1));
        if (column == Metric && !m_rows.at(row).step.eventKind.isEmpty())
            return tr("Counted from events: %1").arg(funnel::eventKindLabel(m_rows.at(row).step.eventKind));
        return {};
    default:
        return {};
    }
}

QVariant FunnelStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return isNumeric(section) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                  : QVariant(int(Qt::AlignLeft | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case StepRate:
            return tr("People at this step divided by people at the step before");
        case OverallRate:
            return tr("People at this step divided by people at step 1");
        case DropOff:
            return tr("People lost since the step before, and their share");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Position:
        return tr("Step");
    case Name:
        return tr("Name");
    case Metric:
        return tr("Metric");
    case Count:
        return tr("People");
    case StepRate:
        return tr("Step conversion");
    case OverallRate:
        return tr("Overall conversion");
    case DropOff:
        return tr("Drop-off");
    default:
        return {};
    }
}

QString FunnelStepModel::largestDropOffText() const
{
    const int row = m_figures.largestDropOff;
    if (row < 1)
        return hasCounts() ? tr("No step loses anyone in this range.") : tr("No figures recorded in this range.");
    const FunnelStepTotal &from = m_rows.at(row - 1);
    const FunnelStepTotal &to = m_rows.at(row);
    return tr("Largest drop-off: step %1 %2 → step %3 %4, %5 lost")
        .arg(QString::number(from.step.position), from.step.name, QString::number(to.step.position), to.step.name,
             funnel::percentText(m_figures.steps.at(row).dropOffRate));
}

QString FunnelStepModel::dataProblemText() const
{
    QStringList steps;
    for (qsizetype i = 0; i < m_figures.steps.size(); ++i) {
        if (m_figures.steps.at(i).hasDataProblem())
            steps.append(tr("step %1 %2").arg(QString::number(m_rows.at(i).step.position), m_rows.at(i).step.name));
    }
    if (steps.isEmpty())
        return QString();
    return tr("Check the figures of %1: a step cannot count more people than the step before it or the first step.")
        .arg(steps.join(tr(", ")));
}

} // namespace qundesk
