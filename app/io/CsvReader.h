#pragma once

#include "io/TextDecoding.h"

#include <QChar>
#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QStringList>

namespace qundesk {

// How a delimited text file is written, as detected (or as the caller forced it).
struct CsvFormat
{
    TextEncoding encoding = TextEncoding::Utf8;
    bool bom = false;
    QChar delimiter = u',';
};

// One record of the file: its fields as written (quotes removed, doubled quotes undone) and the
// 1-based physical line it starts on. A record whose quote is still open at the end of the file
// keeps what was read and says so; the caller rejects it naming `line`.
struct CsvRecord
{
    QStringList fields;
    qint64 line = 0;
    bool unterminatedQuote = false;
};

// Detects the delimiter from the first lines of decoded text: the one of , ; TAB | that splits
// the most lines into the same number (>1) of fields outside quotes. A full-width comma (，) is
// data. Comma when nothing splits.
QChar detectDelimiter(QStringView text);

// What the caller forces; the defaults detect both.
struct CsvReadOptions
{
    TextEncoding encoding = TextEncoding::Auto;
    QChar delimiter;                    // null: detect
};

// Streams an RFC 4180 file record by record, with CR, LF or CRLF line ends (also inside quoted
// fields), a last line without an end, and blank lines skipped. Reads in chunks: memory stays
// flat for files of any size.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
    Q_DISABLE_COPY_MOVE(CsvReader)

public:
    using Options = CsvReadOptions;

    CsvReader();
    ~CsvReader();

    // Opens the file and detects its format. False with errorString() when the file cannot be
    // read, is binary, or the encoding cannot be decoded.
    bool open(const QString &path, const Options &options = {});
    // The same over bytes in memory (tests, previews of pasted text).
    bool openData(const QByteArray &data, const Options &options = {});

    const CsvFormat &format() const { return m_format; }
    QString errorString() const { return m_error; }
    // True when the file could not be read to its end (I/O error); errorString() says why.
    bool hasReadError() const { return m_opened && !m_error.isEmpty(); }

    // The next record, or false at the end of the file (or on a read error).
    bool next(CsvRecord *out);

    qint64 bytesRead() const { return m_bytesRead; }
    qint64 bytesTotal() const { return m_bytesTotal; }
    // Invalid byte sequences for the detected encoding seen so far (decoded as U+FFFD).
    bool hadDecodingErrors() const;

private:
    bool start(const Options &options);
    bool fill();

    QFile m_file;
    QByteArray m_data;                  // openData(): the whole input
    bool m_fromMemory = false;
    bool m_opened = false;
    bool m_eof = false;
    CsvFormat m_format;
    QString m_error;
    std::unique_ptr<TextDecoder> m_decoder;
    QByteArray m_pendingBytes;          // read during detection, not yet decoded
    QString m_buffer;                   // decoded text not yet parsed
    qsizetype m_pos = 0;
    qint64 m_line = 1;                  // physical line at m_pos
    bool m_lastWasCr = false;           // a CR ended the previous chunk: a leading LF belongs to it
    qint64 m_bytesRead = 0;
    qint64 m_bytesTotal = 0;
};

// Writes RFC 4180 records: fields with the delimiter, quotes, CR or LF are quoted, quotes
// doubled; CRLF line ends (what Excel writes). UTF-8, with a BOM when asked (Excel needs it to
// read UTF-8).
class CsvWriter final
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
    Q_DISABLE_COPY_MOVE(CsvWriter)

public:
    CsvWriter() = default;
    ~CsvWriter();

    // Creates or truncates the file; false with errorString() when it cannot.
    bool open(const QString &path, bool bom = true);
    bool write(const QStringList &fields);
    // Flushes and closes; false when a write failed (disk full ...).
    bool close();
    QString errorString() const { return m_error; }
    QString path() const { return m_file.fileName(); }

    static QString escape(const QString &field, QChar delimiter = u',');

private:
    bool flush();

    QFile m_file;
    QByteArray m_buffer;
    QString m_error;
    bool m_failed = false;
};

} // namespace qundesk
