#pragma once

#include "io/MemberImport.h"

#include <QList>
#include <QString>

namespace qundesk::ui {

// What the import wizard's pages decide together: the file page fills the file, the overrides
// and the preview; the mapping page the mapping; the run page reads all of it.
struct ImportWizardState
{
    // The first rows the file page reads and the preview page shows.
    static constexpr int PreviewRows = 200;

    QString csvPath;
    CsvReader::Options csv;                     // the user's overrides: Auto / a null delimiter = detect
    DuplicatePolicy onDuplicate = DuplicatePolicy::Skip;
    QString rejectsPath;
    MemberImportPreview preview;                // valid when preview.fileProblem is empty and header is not
    QList<MemberField> mapping;                 // one per column of preview.header

    bool hasPreview() const { return !preview.header.isEmpty() && preview.fileProblem.isEmpty(); }

    // The bytes one row takes in the file, estimated from the previewed rows (0 when the preview
    // holds no rows). The reader reads ahead by up to a few MB, so the progress bar needs it to
    // tell how far the rows imported so far got.
    double bytesPerRow() const;

    MemberImportOptions importOptions() const
    {
        MemberImportOptions options;
        options.csv = csv;
        // The file page showed the format it detected; the import reads the file the same way.
        options.csv.encoding = preview.format.encoding;
        options.csv.delimiter = preview.format.delimiter;
        options.onDuplicate = onDuplicate;
        options.mapping = mapping;
        options.rejectsPath = rejectsPath;
        return options;
    }
};

} // namespace qundesk::ui
