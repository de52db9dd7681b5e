#pragma once

#include "io/MemberImport.h"

#include <QAbstractTableModel>

namespace qundesk::ui {

// The preview's rows as they would be stored: the file line, the verdict and one column per
// mapped member field (identity and verification as their labels, the phone as digits, dates in
// the database's form). Rows the import would reject carry the reason, naming the column, in the
// problem column, the tooltip and ProblemRole. Holds at most the preview's ~200 rows.
class ImportWizardPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizardPreviewModel)

public:
    enum FixedColumn { LineColumn, ProblemColumn, FixedColumnCount };
    enum Role {
        ProblemRole = Qt::UserRole + 1,     // the reason the row would be rejected, empty when it would not
        LineRole,                           // the row's line in the file
        FieldRole,                          // on a field column: its MemberField (int)
    };

    explicit ImportWizardPreviewModel(QObject *parent = nullptr);

    // Takes the preview (validated for its mapping) and lists its rows.
    void setPreview(const MemberImportPreview &preview);
    // Only the rows that would be rejected.
    void setProblemsOnly(bool only);
    bool problemsOnly() const { return m_problemsOnly; }
    // Phones and platform IDs unmasked (masked by default).
    void setRevealed(bool revealed);

    int previewRows() const { return int(m_rows.size()); }
    int problemRows() const { return m_problemCount; }
    QList<MemberField> fields() const { return m_fields; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        qint64 line = 0;
        QString problem;                // described with its column, empty = fine
        QString problemColumn;          // the header of the cell at fault
        QStringList values;             // one per m_fields entry
    };

    void rebuildVisible();
    QString cellText(const Row &row, int fieldIndex) const;

    QList<MemberField> m_fields;        // the mapped fields, in the member's field order
    QStringList m_fieldHeaders;         // the file's header of each mapped field
    QList<Row> m_rows;
    QList<int> m_visible;               // indexes into m_rows
    int m_problemCount = 0;
    bool m_problemsOnly = false;
    bool m_revealed = false;
};

} // namespace qundesk::ui
