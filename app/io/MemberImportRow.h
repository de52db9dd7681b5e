#pragma once

// How one CSV record becomes a member row for MemberImportWriter, and the value parsers behind
// it: the importer, the import wizard's preview (to show rows as they would be stored) and the
// tests all go through these.
#include "domain/Member.h"
#include "io/MemberImport.h"
#include "storage/MemberImportWriter.h"

#include <QDateTime>

#include <optional>

namespace qundesk::importrow {

// Lower case, full-width folded to half-width (NFKC), spaces, '_', '-' and '*' removed, and a
// trailing "(...)" remark dropped: "手机号（必填）" and " Phone_Number " compare as written.
QString normalizeKey(const QString &text);

// 2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日, 20260305, each with an optional time (14:30 or
// 14:30:15, after a space or 'T'), and Excel serial day numbers (45721 or 45721.5).
std::optional<QDateTime> parseDate(const QString &text);
// A non-negative whole number ("1200", "1,200", "1200.0"); 12.5, -3 and abc are refused.
std::optional<qint64> parsePoints(const QString &text);
// A mainland mobile: 11 digits starting with 1, optionally after +86 / 0086 / 86, with spaces,
// dashes, dots or brackets. Returns the 11 digits.
std::optional<QString> parsePhone(const QString &text);
std::optional<IdentityType> parseIdentity(const QString &text);
std::optional<VerificationStatus> parseVerification(const QString &text);
// Tags separated by , ， ; ； 、 | or whitespace; duplicates dropped, order kept.
QStringList splitTags(const QString &text);

// The labels an export writes (and the import reads back): Chinese, or the code when english.
QString identityExportLabel(IdentityType identity, bool english);
QString verificationExportLabel(VerificationStatus status, bool english);

// Fills `row` from the record's mapped cells; false with the first problem (line, column header,
// value, reason) when the row cannot be imported. Duplicates are the writer's business.
bool toRow(const CsvRecord &record, const QStringList &header, const QList<MemberField> &mapping,
           MemberImportWriter::Row *row, RowProblem *problem);

// Checks that `mapping` fits `header` and maps the required fields; an empty string when it does.
QString checkMapping(const QStringList &header, const QList<MemberField> &mapping);

} // namespace qundesk::importrow
