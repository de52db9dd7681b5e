#pragma once

#include "io/CsvReader.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace qundesk {

// The member fields a file's columns can be mapped to. Ignore drops the column.
enum class MemberField {
    Ignore,
    DisplayName,        // 姓名, required
    GroupNickname,      // 群昵称
    PlatformId,         // 微信号, required, unique
    Phone,              // 手机号
    Identity,           // 身份: store / online / consumer / unknown, Chinese labels accepted
    Verification,       // 认证状态
    Channel,            // 渠道 (by name; unknown names are created)
    Region,             // 地区 (by name; created)
    Tier,               // 层级 (by name; created at the bottom of the hierarchy)
    FirstJoined,        // 入群时间
    Tags,               // 标签: separated by , ， ; 、 | or spaces (created)
    Points,             // 积分: the balance to have after the import
    Notes,              // 备注
};

QList<MemberField> allMemberFields();          // Ignore first
// The fields a mapping must have and every row must fill: the schema needs a name and a unique
// platform ID.
bool isRequiredMemberField(MemberField field);
QString memberFieldCode(MemberField field);      // "display_name", ... ("ignore")
QString memberFieldLabel(MemberField field);     // translated, for the wizard's mapping combos
// The header an export writes for the field: Chinese (姓名 ...) or English (display_name ...).
QString memberFieldHeader(MemberField field, bool english);

// The field a header names, matched case-, space- and width-insensitively against Chinese and
// English names (姓名/名称/name, 微信号/平台ID/wechat/platform_id, 手机号/电话/phone/mobile ...).
MemberField guessMemberField(const QString &header);
// One field per column; a field claimed by an earlier column maps later ones to Ignore.
QList<MemberField> guessMapping(const QStringList &header);

enum class DuplicatePolicy {
    Skip,               // a platform ID already in the database: leave that member alone
    Update,             // overwrite the member with the file's non-empty cells, add its tags
};

struct MemberImportOptions
{
    CsvReader::Options csv;                    // encoding (Auto) and delimiter (detected)
    DuplicatePolicy onDuplicate = DuplicatePolicy::Skip;
    QList<MemberField> mapping;                // empty: guessMapping(header); else one per column
    // Where rejected rows go; empty: no rejects file (defaultRejectsPath() is the CLI's default).
    QString rejectsPath;
};

// The rejects file a CLI import writes by default: "members.csv" -> "members.csv.rejects.csv".
QString defaultRejectsPath(const QString &csvPath);

// Why one row was not imported, naming where: the file line, the column (its header as
// written, empty when the row as a whole is wrong) and the cell's value.
struct RowProblem
{
    qint64 line = 0;
    QString column;
    QString value;
    QString reason;

    QString describe() const; // "line 12, column 手机号 (\"1381234\"): ..."
};

// The preview the wizard shows before importing: the format found, the header, the first rows
// with the guessed mapping and each row's verdict (problem empty = the row would be imported,
// apart from duplicates against the database, which the import decides).
struct MemberImportPreview
{
    CsvFormat format;
    QStringList header;
    qint64 headerLine = 0;
    QList<CsvRecord> rows;
    QList<MemberField> mapping;
    QList<RowProblem> verdicts;                // one per row; reason empty = fine
    qint64 fileBytes = 0;
    QString fileProblem;                       // non-empty: the file cannot be imported at all
};

// What an import did. rows = inserted + updated + skipped + rejected, always.
struct MemberImportSummary
{
    qint64 rows = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 skipped = 0;
    qint64 rejected = 0;
    int createdChannels = 0;
    int createdRegions = 0;
    int createdTiers = 0;
    int createdTags = 0;
    CsvFormat format;
    QString rejectsFile;                       // empty when nothing was rejected or none was asked for
    QList<RowProblem> firstProblems;           // the first few rejects, for messages
    qint64 elapsedMs = 0;
};

// Why an import as a whole did not happen. The database is as it was before.
struct ImportError
{
    enum class Kind {
        None,
        File,           // cannot be read, empty, not a text file, no usable header
        Mapping,        // the mapping lacks a required field or does not fit the header
        Cancelled,
        Database,
    };
    Kind kind = Kind::None;
    QString message;

    explicit operator bool() const { return kind != Kind::None; }
    static ImportError make(Kind k, const QString &m) { return ImportError{k, m}; }
};

// Imports members from a CSV file: every row validated, the good ones written in ONE transaction
// with one 'import' audit entry (a cancel, an error or a crash leaves the database as it was),
// the bad ones written with their line and reason to the rejects file.
//
// Threads: construct and run() on the thread that owns `db` (the wizard's worker opens its own
// Database). cancel() may be called from any thread; progress is called on the running thread.
class MemberImporter final
{
    Q_DECLARE_TR_FUNCTIONS(MemberImporter)
    Q_DISABLE_COPY_MOVE(MemberImporter)

public:
    // rowsDone: records read so far; bytes of the file read so far and in all.
    using Progress = std::function<void(qint64 rowsDone, qint64 bytesDone, qint64 bytesTotal)>;

    explicit MemberImporter(const QSqlDatabase &db);
    ~MemberImporter();

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

    // Reads the header and the first `rows` records (no database needed, no writes).
    static ImportError preview(const QString &path, const CsvReader::Options &csv, int rows,
                               MemberImportPreview *out);
    // Validates the preview's rows again for a corrected mapping (the wizard's combos).
    static void revalidate(MemberImportPreview *preview, const QList<MemberField> &mapping);

    ImportError run(const QString &path, const MemberImportOptions &options, MemberImportSummary *out);

private:
    QSqlDatabase m_db;
    Progress m_progress;
    std::atomic<bool> m_cancelled{false};
};

} // namespace qundesk
