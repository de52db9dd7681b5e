#include "io/MemberImport.h"

#include "io/MemberImportRow.h"
#include "storage/MemberImportWriter.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>

namespace qundesk {

namespace {

constexpr int FirstProblemsKept = 20;
constexpr qint64 ProgressEveryRows = 2000;

// All-empty records (",,,," rows Excel leaves under a table) are not rows.
bool isBlank(const CsvRecord &record)
{
    if (record.unterminatedQuote)
        return false;
    for (const QString &f : record.fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

// Reads records up to the header: the first non-blank record.
bool readHeader(CsvReader &reader, QStringList *header, qint64 *line)
{
    CsvRecord record;
    while (reader.next(&record)) {
        if (isBlank(record))
            continue;
        *header = record.fields;
        for (QString &h : *header)
            h = h.trimmed();
        *line = record.line;
        return true;
    }
    return false;
}

QString noHeaderMessage(const QString &path)
{
    return QCoreApplication::translate("MemberImporter", "%1 is empty: it has no header row and no members.")
        .arg(QFileInfo(path).fileName());
}

} // namespace

MemberImporter::MemberImporter(const QSqlDatabase &db)
    : m_db(db)
{
}

MemberImporter::~MemberImporter() = default;

ImportError MemberImporter::preview(const QString &path, const CsvReader::Options &csv, int rows,
                                    MemberImportPreview *out)
{
    *out = MemberImportPreview();
    CsvReader reader;
    if (!reader.open(path, csv)) {
        out->fileProblem = reader.errorString();
        return ImportError::make(ImportError::Kind::File, out->fileProblem);
    }
    out->format = reader.format();
    out->fileBytes = reader.bytesTotal();
    if (!readHeader(reader, &out->header, &out->headerLine)) {
        out->fileProblem = reader.hasReadError() ? reader.errorString() : noHeaderMessage(path);
        return ImportError::make(ImportError::Kind::File, out->fileProblem);
    }
    CsvRecord record;
    while (out->rows.size() < rows && reader.next(&record)) {
        if (!isBlank(record))
            out->rows.append(record);
    }
    revalidate(out, guessMapping(out->header));
    return {};
}

void MemberImporter::revalidate(MemberImportPreview *preview, const QList<MemberField> &mapping)
{
    preview->mapping = mapping;
    preview->verdicts.clear();
    const QString mappingProblem = importrow::checkMapping(preview->header, mapping);
    QHash<QString, qint64> firstLines;
    for (const CsvRecord &record : preview->rows) {
        RowProblem problem;
        MemberImportWriter::Row row;
        if (!mappingProblem.isEmpty()) {
            problem.line = record.line;
            problem.reason = mappingProblem;
        } else if (importrow::toRow(record, preview->header, mapping, &row, &problem)) {
            if (const auto it = firstLines.constFind(row.platformId); it != firstLines.cend()) {
                problem.reason = tr("The platform ID %1 already appears on line %2 of this file.")
                                     .arg(row.platformId)
                                     .arg(*it);
            } else {
                firstLines.insert(row.platformId, record.line);
            }
        }
        preview->verdicts.append(problem);
    }
}

ImportError MemberImporter::run(const QString &path, const MemberImportOptions &options, MemberImportSummary *out)
{
    *out = MemberImportSummary();
    QElapsedTimer timer;
    timer.start();
    CsvReader reader;
    if (!reader.open(path, options.csv))
        return ImportError::make(ImportError::Kind::File, reader.errorString());
    out->format = reader.format();
    QStringList header;
    qint64 headerLine = 0;
    if (!readHeader(reader, &header, &headerLine))
        return ImportError::make(ImportError::Kind::File,
                                 reader.hasReadError() ? reader.errorString() : noHeaderMessage(path));
    const QList<MemberField> mapping = options.mapping.isEmpty() ? guessMapping(header) : options.mapping;
    if (const QString problem = importrow::checkMapping(header, mapping); !problem.isEmpty())
        return ImportError::make(ImportError::Kind::Mapping, problem);

    // Rejects are written as they come: the file holds the original cells, then line and reason.
    CsvWriter rejects;
    bool rejectsOpen = false;
    auto reject = [&](const CsvRecord &record, const RowProblem &problem) -> ImportError {
        ++out->rejected;
        if (out->firstProblems.size() < FirstProblemsKept)
            out->firstProblems.append(problem);
        if (options.rejectsPath.isEmpty())
            return {};
        if (!rejectsOpen) {
            if (!rejects.open(options.rejectsPath))
                return ImportError::make(ImportError::Kind::File, rejects.errorString());
            rejectsOpen = true;
            rejects.write(QStringList{tr("line"), tr("reason")} + header);
        }
        // Line and reason first: the original cells follow as written, however many there are.
        QString reason = problem.reason;
        if (!problem.column.isEmpty())
            reason = tr("%1: %2").arg(problem.column, reason);
        const QStringList cells = QStringList{QString::number(record.line), reason} + record.fields;
        if (!rejects.write(cells))
            return ImportError::make(ImportError::Kind::File, rejects.errorString());
        return {};
    };

    MemberImportWriter writer(m_db, options.onDuplicate == DuplicatePolicy::Update);
    writer.setCancelFlag(&m_cancelled);
    // About 150 bytes a member row in real exports: enough to tell a bulk load from a top-up.
    if (auto err = writer.begin(reader.bytesTotal() / 150))
        return ImportError::make(ImportError::Kind::Database, err.message);
    CsvRecord record;
    MemberImportWriter::Row row;
    RowProblem problem;
    auto fail = [&](ImportError error) {
        writer.rollback();
        if (rejectsOpen) {
            rejects.close();
            QFile::remove(options.rejectsPath);
        }
        out->rows = out->inserted = out->updated = out->skipped = out->rejected = 0;
        return error;
    };
    while (reader.next(&record)) {
        if (isBlank(record))
            continue;
        ++out->rows;
        if (out->rows % ProgressEveryRows == 0) {
            if (isCancelled())
                return fail(ImportError::make(ImportError::Kind::Cancelled, tr("The import was cancelled; nothing was changed.")));
            if (m_progress)
                m_progress(out->rows, reader.bytesRead(), reader.bytesTotal());
        }
        if (!importrow::toRow(record, header, mapping, &row, &problem)) {
            if (auto err = reject(record, problem))
                return fail(err);
            continue;
        }
        MemberImportWriter::Outcome outcome;
        qint64 firstLine = 0;
        if (auto err = writer.write(row, &outcome, &firstLine)) {
            if (isCancelled())
                return fail(ImportError::make(ImportError::Kind::Cancelled, tr("The import was cancelled; nothing was changed.")));
            return fail(ImportError::make(ImportError::Kind::Database,
                                          tr("Line %1: %2").arg(record.line).arg(err.message)));
        }
        switch (outcome) {
        case MemberImportWriter::Outcome::Inserted: ++out->inserted; break;
        case MemberImportWriter::Outcome::Updated: ++out->updated; break;
        case MemberImportWriter::Outcome::Skipped: ++out->skipped; break;
        case MemberImportWriter::Outcome::DuplicateInFile: {
            RowProblem dup;
            dup.line = record.line;
            const qsizetype column = mapping.indexOf(MemberField::PlatformId);
            dup.column = header.value(column);
            dup.value = row.platformId;
            dup.reason = tr("The platform ID already appears on line %1 of this file.").arg(firstLine);
            if (auto err = reject(record, dup))
                return fail(err);
            break;
        }
        }
    }
    if (reader.hasReadError())
        return fail(ImportError::make(ImportError::Kind::File, reader.errorString()));
    if (isCancelled())
        return fail(ImportError::make(ImportError::Kind::Cancelled, tr("The import was cancelled; nothing was changed.")));
    if (m_progress)
        m_progress(out->rows, reader.bytesTotal(), reader.bytesTotal());
    out->createdChannels = writer.createdChannels();
    out->createdRegions = writer.createdRegions();
    out->createdTiers = writer.createdTiers();
    out->createdTags = writer.createdTags();
    if (rejectsOpen) {
        if (!rejects.close())
            return fail(ImportError::make(ImportError::Kind::File, rejects.errorString()));
        out->rejectsFile = options.rejectsPath;
    }
    QJsonObject summary;
    summary.insert(QStringLiteral("file"), QFileInfo(path).fileName());
    summary.insert(QStringLiteral("encoding"), encodingCode(out->format.encoding));
    summary.insert(QStringLiteral("on_duplicate"),
                   options.onDuplicate == DuplicatePolicy::Update ? QStringLiteral("update") : QStringLiteral("skip"));
    summary.insert(QStringLiteral("rows"), out->rows);
    summary.insert(QStringLiteral("inserted"), out->inserted);
    summary.insert(QStringLiteral("updated"), out->updated);
    summary.insert(QStringLiteral("skipped"), out->skipped);
    summary.insert(QStringLiteral("rejected"), out->rejected);
    summary.insert(QStringLiteral("created_channels"), out->createdChannels);
    summary.insert(QStringLiteral("created_regions"), out->createdRegions);
    summary.insert(QStringLiteral("created_tiers"), out->createdTiers);
    summary.insert(QStringLiteral("created_tags"), out->createdTags);
    if (auto err = writer.commit(summary)) {
        if (isCancelled()) // interrupted while building the search and the indexes
            return fail(ImportError::make(ImportError::Kind::Cancelled, tr("The import was cancelled; nothing was changed.")));
        return fail(ImportError::make(ImportError::Kind::Database, err.message));
    }
    out->elapsedMs = timer.elapsed();
    return {};
}

} // namespace qundesk
