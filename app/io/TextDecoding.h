#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

#include <memory>
#include <optional>

namespace qundesk {

// The encodings member files come in. Chinese Excel saves "CSV" in GBK (read as GB18030, its
// superset), "CSV UTF-8" with a BOM and "Unicode text" as UTF-16 LE with a BOM and tabs.
enum class TextEncoding {
    Auto,       // detect: a BOM, else UTF-8 when the head validates, else GB18030
    Utf8,       // with or without a BOM (a BOM is skipped either way)
    Utf16Le,
    Utf16Be,
    Gb18030,    // also reads GBK and GB2312
};

// "utf-8", "utf-16le", "utf-16be", "gb18030", "auto": for messages and JSON.
QString encodingCode(TextEncoding encoding);
// Parses --encoding values: auto, utf-8/utf8, utf-16le, utf-16be, gbk/gb2312/gb18030 (any case).
std::optional<TextEncoding> encodingFromCode(const QString &code);

// What the first bytes of a file say about it.
struct EncodingGuess
{
    TextEncoding encoding = TextEncoding::Utf8;
    int bomBytes = 0;          // bytes to skip at the start
    bool binary = false;       // NUL bytes without a UTF-16 BOM, or mostly control characters
    QString reason;            // why binary (for the message)
};

// Looks at `head` (the first few MB of the file; `complete` when that is the whole file, so a
// sequence cut at the end counts as invalid). `requested` other than Auto only skips the BOM
// and still refuses binary data.
EncodingGuess guessEncoding(QByteArrayView head, bool complete, TextEncoding requested = TextEncoding::Auto);

// True when `bytes` is well-formed UTF-8; a multi-byte sequence cut off by the end of the view
// is accepted unless `complete`.
bool isValidUtf8(QByteArrayView bytes, bool complete);

// A streaming decoder for one of the encodings (never Auto): feed chunks of any size, get text;
// sequences split across chunks are carried over.
class TextDecoder final
{
    Q_DISABLE_COPY_MOVE(TextDecoder)

public:
    explicit TextDecoder(TextEncoding encoding);
    ~TextDecoder();

    // False when Qt cannot decode this encoding here (GB18030 needs Qt built with ICU).
    bool isValid() const;
    QString decode(QByteArrayView bytes);
    // Invalid sequences seen so far (they decode to U+FFFD).
    bool hasError() const;

private:
    TextEncoding m_encoding;
    std::unique_ptr<QStringDecoder> m_decoder;
};

} // namespace qundesk
