#pragma once

#include "io/MemberImport.h"
#include "storage/MemberRepository.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>

namespace qundesk {

struct MemberExportOptions
{
    bool unmasked = false;          // phones and platform IDs as stored (else 138****5678)
    bool englishHeader = false;     // display_name, platform_id ... instead of 姓名, 微信号 ...
};

// Writes members to CSV (UTF-8 with a BOM so Excel opens it, CRLF), one column per importable
// field (allMemberFields() but Ignore) in the header MemberImporter recognises, so an unmasked
// export imports back as the same members. Streams keyset pages: memory stays flat at any size.
// Identity and verification are written as Chinese labels (codes with the English header).
class MemberExporter final
{
    Q_DECLARE_TR_FUNCTIONS(MemberExporter)
    Q_DISABLE_COPY_MOVE(MemberExporter)

public:
    using Progress = std::function<void(qint64 rowsDone, qint64 rowsTotal)>;

    explicit MemberExporter(const QSqlDatabase &db);

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); } // any thread

    // The members the filter selects, in id order. A cancel or failure removes the file.
    ImportError exportFilter(const MemberFilter &filter, const QString &path, const MemberExportOptions &options,
                             qint64 *rows = nullptr);
    // The named members (a table selection), in id order; ids not found are left out.
    ImportError exportIds(const QList<qint64> &ids, const QString &path, const MemberExportOptions &options,
                          qint64 *rows = nullptr);

private:
    ImportError write(const QString &path, const MemberExportOptions &options, qint64 total, qint64 *rows,
                      const std::function<DatabaseError(QList<MemberRow> *)> &nextPage);

    QSqlDatabase m_db;
    Progress m_progress;
    std::atomic<bool> m_cancelled{false};
};

} // namespace qundesk
