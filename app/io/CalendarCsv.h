#pragma once

#include "io/CalendarExportData.h"

#include <QCoreApplication>
#include <QStringList>

namespace qundesk {

// Writes calendar entries as CSV for Excel: UTF-8 with a BOM, CRLF, one row per entry in time
// order, a Chinese header and Chinese kind/status words (the sheet goes to people who read
// Chinese whatever the desk's language), or English codes with englishHeader for scripts.
class CalendarCsvExporter final
{
    Q_DECLARE_TR_FUNCTIONS(CalendarCsvExporter)

public:
    explicit CalendarCsvExporter(const QSqlDatabase &db) : m_db(db) {}

    void setEnglishHeader(bool english) { m_english = english; }

    CalendarExportOutcome exportTo(const CalendarExportOptions &options, const QString &path);

    static QStringList header(bool english);
    static QStringList fields(const CalendarExportRow &row, bool english);

private:
    QSqlDatabase m_db;
    bool m_english = false;
};

} // namespace qundesk
