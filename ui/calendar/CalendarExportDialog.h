#pragma once

#include "io/CalendarExportData.h"

#include <QDialog>
#include <QSqlDatabase>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace qundesk::ui {

// Exports the content calendar: iCalendar (.ics, for phone and desktop calendars), CSV (Excel) or
// a printable PDF week sheet, for a date range and optionally one group and/or one operator. The
// export runs on a worker thread with its own connection; the result line says how many entries
// and groups went into which file (and how many pages for a PDF).
class CalendarExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarExportDialog)

public:
    enum class Format { ICalendar, Csv, Pdf };

    explicit CalendarExportDialog(QWidget *parent = nullptr);
    ~CalendarExportDialog() override;

    // Loads the group and operator choices; the range defaults to this week.
    void setDatabase(const QSqlDatabase &db);
    void reload();

    // Prefill from the calendar page: its visible range and filter.
    void setRange(const QDate &from, const QDate &to);
    void setGroup(qint64 groupId);
    void setOperator(qint64 operatorId);
    void setFormat(Format format);
    void setFilePath(const QString &path);

    Format format() const;
    CalendarExportOptions options() const;
    QString filePath() const;
    QString resultText() const;
    bool isRunning() const { return m_running; }

    // Runs the export (asynchronously); exported() reports the outcome.
    void startExport();

    // <prefix>-export-dialog.png (after exporting this week to a scratch file, result shown) and
    // <prefix>-week-sheet.png (the PDF's first page), for --screenshots.
    bool saveScreenshots(const QString &dir, const QString &prefix);

signals:
    void exported(const qundesk::CalendarExportOutcome &outcome);

private:
    void browse();
    void formatChanged();
    void suggestFileName();
    void showOutcome(const CalendarExportOutcome &outcome, int pages);
    QString suffix() const;

    QSqlDatabase m_db;
    QButtonGroup *m_formats = nullptr;
    QRadioButton *m_ics = nullptr;
    QRadioButton *m_csv = nullptr;
    QRadioButton *m_pdf = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_group = nullptr;
    QComboBox *m_operator = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_export = nullptr;
    bool m_running = false;
    bool m_pathEdited = false; // the user typed or chose a path: stop suggesting names
};

} // namespace qundesk::ui
