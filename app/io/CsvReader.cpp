#include "io/CsvReader.h"

#include <QCoreApplication>

#include <array>

namespace qundesk {

namespace {

constexpr qint64 HeadBytes = 4 * 1024 * 1024;   // what encoding detection validates
constexpr qint64 ChunkBytes = 1024 * 1024;
constexpr qsizetype CompactAfter = 1024 * 1024; // parsed characters dropped from the buffer
constexpr qsizetype DelimiterSampleChars = 64 * 1024;
constexpr int DelimiterSampleLines = 50;
constexpr qsizetype WriteBufferBytes = 1024 * 1024;


} // namespace

QChar detectDelimiter(QStringView text)
{
    const std::array<QChar, 4> candidates = {u',', u';', u'\t', u'|'};
    // Field counts per line for each candidate, outside quotes.
    std::array<QList<int>, 4> counts;
    std::array<int, 4> current = {1, 1, 1, 1};
    bool quoted = false;
    bool lineHasText = false;
    int lines = 0;
    const qsizetype n = qMin(text.size(), DelimiterSampleChars);
    for (qsizetype i = 0; i < n && lines < DelimiterSampleLines; ++i) {
        const QChar c = text[i];
        if (c == u'"') {
            quoted = !quoted;
            lineHasText = true;
            continue;
        }
        if (quoted)
            continue;
        if (c == u'\n' || c == u'\r') {
            if (lineHasText) {
                for (size_t k = 0; k < candidates.size(); ++k)
                    counts[k].append(current[k]);
                ++lines;
            }
            current = {1, 1, 1, 1};
            lineHasText = false;
            continue;
        }
        lineHasText = true;
        for (size_t k = 0; k < candidates.size(); ++k) {
            if (c == candidates[k])
                ++current[k];
        }
    }
    if (lineHasText && !quoted && lines < DelimiterSampleLines && n == text.size()) {
        for (size_t k = 0; k < candidates.size(); ++k)
            counts[k].append(current[k]);
    }
    // The best candidate splits the most lines into as many fields as the header (> 1).
    QChar best = u',';
    int bestScore = 0;
    int bestFields = 0;
    for (size_t k = 0; k < candidates.size(); ++k) {
        const QList<int> &c = counts[k];
        if (c.isEmpty() || c.first() < 2)
            continue;
        int score = 0;
        for (int fields : c)
            score += fields == c.first() ? 1 : 0;
        if (score > bestScore || (score == bestScore && c.first() > bestFields)) {
            best = candidates[k];
            bestScore = score;
            bestFields = c.first();
        }
    }
    return best;
}

CsvReader::CsvReader() = default;
CsvReader::~CsvReader() = default;

bool CsvReader::open(const QString &path, const Options &options)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot read %1: %2").arg(path, m_file.errorString());
        return false;
    }
    m_bytesTotal = m_file.size();
    m_pendingBytes = m_file.read(qMin(HeadBytes, qMax<qint64>(m_bytesTotal, 0)));
    if (m_pendingBytes.size() < qMin(HeadBytes, m_bytesTotal)) {
        m_error = tr("Cannot read %1: %2").arg(path, m_file.errorString());
        return false;
    }
    m_bytesRead = m_pendingBytes.size();
    m_eof = m_bytesRead >= m_bytesTotal;
    return start(options);
}

bool CsvReader::openData(const QByteArray &data, const Options &options)
{
    m_fromMemory = true;
    m_pendingBytes = data;
    m_bytesTotal = m_bytesRead = data.size();
    m_eof = true;
    return start(options);
}

bool CsvReader::start(const Options &options)
{
    const EncodingGuess guess = guessEncoding(m_pendingBytes, m_eof, options.encoding);
    if (guess.binary) {
        m_error = guess.reason;
        return false;
    }
    m_format.encoding = guess.encoding;
    m_format.bom = guess.bomBytes > 0;
    m_decoder = std::make_unique<TextDecoder>(guess.encoding);
    if (!m_decoder->isValid()) {
        m_error = tr("This system cannot decode %1 text.").arg(encodingCode(guess.encoding));
        return false;
    }
    m_buffer = m_decoder->decode(QByteArrayView(m_pendingBytes).sliced(guess.bomBytes));
    m_pendingBytes.clear();
    m_format.delimiter = options.delimiter.isNull() ? detectDelimiter(m_buffer) : options.delimiter;
    m_opened = true;
    return true;
}

bool CsvReader::hadDecodingErrors() const
{
    return m_decoder && m_decoder->hasError();
}

bool CsvReader::fill()
{
    if (m_eof || m_fromMemory)
        return false;
    const QByteArray chunk = m_file.read(ChunkBytes);
    if (chunk.isEmpty()) {
        if (m_bytesRead < m_bytesTotal)
            m_error = tr("Cannot read %1 to its end: %2").arg(m_file.fileName(), m_file.errorString());
        m_eof = true;
        return false;
    }
    m_bytesRead += chunk.size();
    m_buffer += m_decoder->decode(chunk);
    if (m_bytesRead >= m_bytesTotal)
        m_eof = true;
    return true;
}

bool CsvReader::next(CsvRecord *out)
{
    if (!m_opened)
        return false;
    if (m_pos > CompactAfter) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    // Indexes stay valid while a record is read: fill() only appends.
    auto have = [this](qsizetype i) {
        while (i >= m_buffer.size()) {
            if (!fill())
                return false;
        }
        return true;
    };
    // Blank lines between records are skipped.
    for (;;) {
        if (!have(m_pos))
            return false;
        const QChar c = m_buffer.at(m_pos);
        if (c == u'\n') {
            ++m_pos;
            ++m_line;
        } else if (c == u'\r') {
            ++m_pos;
            if (have(m_pos) && m_buffer.at(m_pos) == u'\n')
                ++m_pos;
            ++m_line;
        } else {
            break;
        }
    }
    const QChar delimiter = m_format.delimiter;
    out->fields.clear();
    out->line = m_line;
    out->unterminatedQuote = false;
    for (;;) {
        if (!have(m_pos)) { // the file ends right after a delimiter
            out->fields.append(QString());
            return true;
        }
        if (m_buffer.at(m_pos) == u'"') {
            ++m_pos;
            QString field;
            for (;;) {
                const qsizetype start = m_pos;
                for (;;) {
                    if (!have(m_pos)) {
                        field += QStringView(m_buffer).sliced(start, m_pos - start);
                        out->fields.append(field);
                        out->unterminatedQuote = true;
                        return true;
                    }
                    const QChar d = m_buffer.at(m_pos);
                    if (d == u'"')
                        break;
                    if (d == u'\n')
                        ++m_line;
                    else if (d == u'\r' && !(have(m_pos + 1) && m_buffer.at(m_pos + 1) == u'\n'))
                        ++m_line;
                    ++m_pos;
                }
                field += QStringView(m_buffer).sliced(start, m_pos - start);
                ++m_pos; // the closing (or first doubled) quote
                if (have(m_pos) && m_buffer.at(m_pos) == u'"') {
                    field += u'"';
                    ++m_pos;
                    continue;
                }
                break;
            }
            // Text after the closing quote (not RFC 4180, but Excel users write it) is kept.
            const qsizetype start = m_pos;
            while (have(m_pos)) {
                const QChar d = m_buffer.at(m_pos);
                if (d == delimiter || d == u'\n' || d == u'\r')
                    break;
                ++m_pos;
            }
            if (m_pos > start)
                field += QStringView(m_buffer).sliced(start, m_pos - start);
            out->fields.append(field);
        } else {
            const qsizetype start = m_pos;
            while (have(m_pos)) {
                const QChar d = m_buffer.at(m_pos);
                if (d == delimiter || d == u'\n' || d == u'\r')
                    break;
                ++m_pos;
            }
            out->fields.append(m_buffer.mid(start, m_pos - start));
        }
        if (!have(m_pos))
            return true; // a last line without a line end
        const QChar c = m_buffer.at(m_pos++);
        if (c == delimiter)
            continue;
        if (c == u'\r' && have(m_pos) && m_buffer.at(m_pos) == u'\n')
            ++m_pos;
        ++m_line;
        return true;
    }
}

CsvWriter::~CsvWriter()
{
    if (m_file.isOpen())
        close();
}

bool CsvWriter::open(const QString &path, bool bom)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = tr("Cannot write %1: %2").arg(path, m_file.errorString());
        return false;
    }
    m_failed = false;
    m_buffer.clear();
    if (bom)
        m_buffer.append("\xEF\xBB\xBF");
    return true;
}

QString CsvWriter::escape(const QString &field, QChar delimiter)
{
    bool quote = false;
    for (const QChar c : field) {
        if (c == delimiter || c == u'"' || c == u'\n' || c == u'\r') {
            quote = true;
            break;
        }
    }
    if (!quote)
        return field;
    QString out = field;
    out.replace(u'"', QStringLiteral("\"\""));
    return u'"' + out + u'"';
}

bool CsvWriter::write(const QStringList &fields)
{
    if (m_failed || !m_file.isOpen())
        return false;
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            line += u',';
        line += escape(fields.at(i));
    }
    line += QStringLiteral("\r\n");
    m_buffer += line.toUtf8();
    if (m_buffer.size() >= WriteBufferBytes)
        return flush();
    return true;
}

bool CsvWriter::flush()
{
    if (m_buffer.isEmpty())
        return !m_failed;
    if (m_file.write(m_buffer) != m_buffer.size()) {
        m_error = tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
        m_failed = true;
    }
    m_buffer.clear();
    return !m_failed;
}

bool CsvWriter::close()
{
    if (!m_file.isOpen())
        return !m_failed;
    flush();
    if (!m_file.flush() && !m_failed) {
        m_error = tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
        m_failed = true;
    }
    m_file.close();
    return !m_failed;
}

} // namespace qundesk
