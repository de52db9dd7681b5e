#include "members/ImportWizardPreviewModel.h"

#include "domain/Masking.h"
#include "io/MemberImportRow.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace qundesk::ui {

namespace {

const QColor RejectedBackground(0xfd, 0xe2, 0xe0);
const QColor RejectedText(0xa9, 0x32, 0x26);

// One mapped field's value of a row that passed the checks, as the writer stores it.
QString storedValue(const MemberImportWriter::Row &row, MemberField field)
{
    switch (field) {
    case MemberField::Ignore: break;
    case MemberField::DisplayName: return row.displayName;
    case MemberField::GroupNickname: return row.groupNickname;
    case MemberField::PlatformId: return row.platformId;
    case MemberField::Phone: return row.phone;
    case MemberField::Identity:
        if (const auto identity = identityFromCode(row.identity))
            return identityLabel(*identity);
        return row.identity;
    case MemberField::Verification:
        if (const auto status = verificationFromCode(row.verification))
            return verificationLabel(*status);
        return row.verification;
    case MemberField::Channel: return row.channel;
    case MemberField::Region: return row.region;
    case MemberField::Tier: return row.tier;
    case MemberField::FirstJoined: return row.firstJoinedAt;
    case MemberField::Tags: return row.tags.join(QStringLiteral(", "));
    case MemberField::Points: return row.points < 0 ? QString() : QLocale().toString(row.points);
    case MemberField::Notes: return row.notes;
    }
    return {};
}

} // namespace

ImportWizardPreviewModel::ImportWizardPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportWizardPreviewModel::setPreview(const MemberImportPreview &preview)
{
    beginResetModel();
    m_fields.clear();
    m_fieldHeaders.clear();
    m_rows.clear();
    m_problemCount = 0;
    QList<int> columns; // the file column of each mapped field
    for (const MemberField f : allMemberFields()) {
        const int column = int(preview.mapping.indexOf(f));
        if (f == MemberField::Ignore || column < 0)
            continue;
        m_fields.append(f);
        m_fieldHeaders.append(preview.header.value(column));
        columns.append(column);
    }
    for (qsizetype r = 0; r < preview.rows.size(); ++r) {
        const CsvRecord &record = preview.rows.at(r);
        const RowProblem verdict = preview.verdicts.value(r);
        Row row;
        row.line = record.line;
        MemberImportWriter::Row stored;
        RowProblem problem;
        if (verdict.reason.isEmpty() && importrow::toRow(record, preview.header, preview.mapping, &stored, &problem)) {
            for (const MemberField f : std::as_const(m_fields))
                row.values.append(storedValue(stored, f));
        } else {
            // What the file says, so the cell at fault can be seen next to the reason.
            for (const int column : std::as_const(columns))
                row.values.append(record.fields.value(column).trimmed());
            const RowProblem &p = verdict.reason.isEmpty() ? problem : verdict;
            row.problemColumn = p.column;
            row.problem = p.column.isEmpty() ? p.reason : tr("Column %1: %2").arg(p.column, p.reason);
            if (!p.value.isEmpty())
                row.problem += QLatin1Char(' ') + tr("(value: \"%1\")").arg(p.value);
            ++m_problemCount;
        }
        m_rows.append(row);
    }
    rebuildVisible();
    endResetModel();
}

void ImportWizardPreviewModel::setProblemsOnly(bool only)
{
    if (only == m_problemsOnly)
        return;
    beginResetModel();
    m_problemsOnly = only;
    rebuildVisible();
    endResetModel();
}

void ImportWizardPreviewModel::setRevealed(bool revealed)
{
    if (revealed == m_revealed)
        return;
    m_revealed = revealed;
    if (!m_visible.isEmpty())
        emit dataChanged(index(0, FixedColumnCount), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
}

void ImportWizardPreviewModel::rebuildVisible()
{
    m_visible.clear();
    for (int r = 0; r < m_rows.size(); ++r) {
        if (!m_problemsOnly || !m_rows.at(r).problem.isEmpty())
            m_visible.append(r);
    }
}

int ImportWizardPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int ImportWizardPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FixedColumnCount + int(m_fields.size());
}

QString ImportWizardPreviewModel::cellText(const Row &row, int fieldIndex) const
{
    const QString value = row.values.value(fieldIndex);
    if (m_revealed)
        return value;
    switch (m_fields.at(fieldIndex)) {
    case MemberField::Phone: return maskPhone(value);
    case MemberField::PlatformId: return maskPlatformId(value);
    default: return value;
    }
}

QVariant ImportWizardPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(m_visible.at(index.row()));
    const int fieldIndex = index.column() - FixedColumnCount;
    const bool rejected = !row.problem.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == LineColumn)
            return row.line;
        if (index.column() == ProblemColumn)
            return rejected ? row.problem : tr("OK");
        return cellText(row, fieldIndex);
    case Qt::ToolTipRole:
        if (!rejected)
            return {};
        return tr("Line %1 will be rejected: %2").arg(row.line).arg(row.problem);
    case Qt::BackgroundRole:
        return rejected ? QBrush(RejectedBackground) : QVariant();
    case Qt::ForegroundRole:
        // The reason and the cell at fault stand out; the rest of the row stays readable.
        if (rejected
            && (index.column() == ProblemColumn
                || (fieldIndex >= 0 && !row.problemColumn.isEmpty() && m_fieldHeaders.value(fieldIndex) == row.problemColumn)))
            return QBrush(RejectedText);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ProblemRole: return row.problem;
    case LineRole: return row.line;
    case FieldRole: return fieldIndex >= 0 ? QVariant(int(m_fields.at(fieldIndex))) : QVariant();
    default: return {};
    }
}

QVariant ImportWizardPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    const int fieldIndex = section - FixedColumnCount;
    if (role == Qt::DisplayRole) {
        if (section == LineColumn)
            return tr("Line");
        if (section == ProblemColumn)
            return tr("Check");
        return memberFieldLabel(m_fields.at(fieldIndex));
    }
    if (role == Qt::ToolTipRole && fieldIndex >= 0)
        return tr("From the file's column %1").arg(m_fieldHeaders.at(fieldIndex));
    if (role == FieldRole && fieldIndex >= 0)
        return int(m_fields.at(fieldIndex));
    return {};
}

} // namespace qundesk::ui
