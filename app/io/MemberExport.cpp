#include "io/MemberExport.h"

#include "domain/Masking.h"
#include "io/MemberImportRow.h"
#include "storage/MemberExportReader.h"

#include <QFile>

namespace qundesk {

namespace {

constexpr int PageRows = 2000;

QList<MemberField> exportedFields()
{
    QList<MemberField> out = allMemberFields();
    out.removeAll(MemberField::Ignore);
    return out;
}

QStringList cells(const MemberRow &r, const MemberExportReader::Extras &extra, const MemberExportOptions &options)
{
    QStringList out;
    for (MemberField f : exportedFields()) {
        switch (f) {
        case MemberField::Ignore: break;
        case MemberField::DisplayName: out.append(r.displayName); break;
        case MemberField::GroupNickname: out.append(r.groupNickname); break;
        case MemberField::PlatformId: out.append(options.unmasked ? r.platformId : maskPlatformId(r.platformId)); break;
        case MemberField::Phone: out.append(options.unmasked ? r.phone : maskPhone(r.phone)); break;
        case MemberField::Identity: out.append(importrow::identityExportLabel(r.identity, options.englishHeader)); break;
        case MemberField::Verification:
            out.append(importrow::verificationExportLabel(r.verification, options.englishHeader));
            break;
        case MemberField::Channel: out.append(r.channelName); break;
        case MemberField::Region: out.append(r.regionName); break;
        case MemberField::Tier: out.append(r.tierName); break;
        case MemberField::FirstJoined: out.append(toDbTime(r.firstJoinedAt)); break;
        case MemberField::Tags: out.append(extra.tags.join(u',')); break;
        case MemberField::Points: out.append(QString::number(r.points)); break;
        case MemberField::Notes: out.append(extra.notes); break;
        }
    }
    return out;
}

} // namespace

MemberExporter::MemberExporter(const QSqlDatabase &db)
    : m_db(db)
{
}

ImportError MemberExporter::exportFilter(const MemberFilter &filter, const QString &path,
                                         const MemberExportOptions &options, qint64 *rows)
{
    MemberRepository repo(m_db);
    qint64 total = 0;
    if (auto err = repo.count(filter, &total))
        return ImportError::make(ImportError::Kind::Database, err.message);
    std::optional<MemberCursor> after;
    return write(path, options, total, rows, [&](QList<MemberRow> *page) -> DatabaseError {
        if (auto err = repo.page(filter, MemberSort::Id, Qt::AscendingOrder, after, PageRows, page))
            return err;
        if (!page->isEmpty())
            after = MemberCursor::after(page->last());
        return {};
    });
}

ImportError MemberExporter::exportIds(const QList<qint64> &ids, const QString &path,
                                      const MemberExportOptions &options, qint64 *rows)
{
    QList<qint64> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    MemberExportReader reader(m_db);
    qsizetype next = 0;
    return write(path, options, sorted.size(), rows, [&](QList<MemberRow> *page) -> DatabaseError {
        page->clear();
        // A page of ids may find none (all deleted): keep going until one does or ids run out.
        while (page->isEmpty() && next < sorted.size()) {
            const QList<qint64> chunk = sorted.mid(next, PageRows);
            next += chunk.size();
            if (auto err = reader.rows(chunk, page))
                return err;
        }
        return {};
    });
}

ImportError MemberExporter::write(const QString &path, const MemberExportOptions &options, qint64 total,
                                  qint64 *rows, const std::function<DatabaseError(QList<MemberRow> *)> &nextPage)
{
    if (rows)
        *rows = 0;
    CsvWriter out;
    if (!out.open(path, true))
        return ImportError::make(ImportError::Kind::File, out.errorString());
    auto fail = [&](ImportError error) {
        out.close();
        QFile::remove(path);
        return error;
    };
    QStringList header;
    for (MemberField f : exportedFields())
        header.append(memberFieldHeader(f, options.englishHeader));
    out.write(header);
    MemberExportReader reader(m_db);
    qint64 done = 0;
    QList<MemberRow> page;
    QList<qint64> ids;
    QHash<qint64, MemberExportReader::Extras> extras;
    for (;;) {
        if (m_cancelled.load(std::memory_order_relaxed))
            return fail(ImportError::make(ImportError::Kind::Cancelled, tr("The export was cancelled.")));
        if (auto err = nextPage(&page))
            return fail(ImportError::make(ImportError::Kind::Database, err.message));
        if (page.isEmpty())
            break;
        ids.clear();
        for (const MemberRow &r : page)
            ids.append(r.id);
        if (auto err = reader.extras(ids, &extras))
            return fail(ImportError::make(ImportError::Kind::Database, err.message));
        for (const MemberRow &r : page) {
            if (!out.write(cells(r, extras.value(r.id), options)))
                return fail(ImportError::make(ImportError::Kind::File, out.errorString()));
        }
        done += page.size();
        if (m_progress)
            m_progress(done, total);
    }
    if (!out.close())
        return fail(ImportError::make(ImportError::Kind::File, out.errorString()));
    if (rows)
        *rows = done;
    return {};
}

} // namespace qundesk
