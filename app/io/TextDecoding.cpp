#include "io/TextDecoding.h"

#include <QCoreApplication>

namespace qundesk {

namespace {

// Share of control bytes (other than tab, line ends and form feed) above which a file is not text.
constexpr double MaxControlShare = 0.01;

bool startsWith(QByteArrayView data, std::initializer_list<unsigned char> bytes)
{
    if (data.size() < qsizetype(bytes.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char b : bytes) {
        if (static_cast<unsigned char>(data[i++]) != b)
            return false;
    }
    return true;
}

} // namespace

QString encodingCode(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto: return QStringLiteral("auto");
    case TextEncoding::Utf8: return QStringLiteral("utf-8");
    case TextEncoding::Utf16Le: return QStringLiteral("utf-16le");
    case TextEncoding::Utf16Be: return QStringLiteral("utf-16be");
    case TextEncoding::Gb18030: return QStringLiteral("gb18030");
    }
    return QStringLiteral("auto");
}

std::optional<TextEncoding> encodingFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == u"auto")
        return TextEncoding::Auto;
    if (c == u"utf-8" || c == u"utf8")
        return TextEncoding::Utf8;
    if (c == u"utf-16le" || c == u"utf16le" || c == u"utf-16")
        return TextEncoding::Utf16Le;
    if (c == u"utf-16be" || c == u"utf16be")
        return TextEncoding::Utf16Be;
    if (c == u"gbk" || c == u"gb2312" || c == u"gb18030" || c == u"cp936")
        return TextEncoding::Gb18030;
    return std::nullopt;
}

bool isValidUtf8(QByteArrayView bytes, bool complete)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0; // overlong
            else if (c == 0xED)
                hi = 0x9F; // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            return false;
        }
        for (int k = 1; k < len; ++k) {
            if (i + k >= n)
                return !complete; // cut by the end of the head
            const unsigned char b = p[i + k];
            if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF))
                return false;
        }
        i += len;
    }
    return true;
}

EncodingGuess guessEncoding(QByteArrayView head, bool complete, TextEncoding requested)
{
    EncodingGuess g;
    if (startsWith(head, {0xEF, 0xBB, 0xBF})) {
        g.encoding = TextEncoding::Utf8;
        g.bomBytes = 3;
    } else if (startsWith(head, {0xFF, 0xFE})) {
        g.encoding = TextEncoding::Utf16Le;
        g.bomBytes = 2;
    } else if (startsWith(head, {0xFE, 0xFF})) {
        g.encoding = TextEncoding::Utf16Be;
        g.bomBytes = 2;
    }
    if (requested != TextEncoding::Auto && requested != g.encoding) {
        // The caller knows better than the BOM; a BOM of another encoding is then data.
        g.bomBytes = 0;
        g.encoding = requested;
    } else if (requested != TextEncoding::Auto) {
        g.encoding = requested;
    }
    const bool utf16 = g.encoding == TextEncoding::Utf16Le || g.encoding == TextEncoding::Utf16Be;
    if (!utf16) {
        const QByteArrayView body = head.sliced(g.bomBytes);
        qsizetype controls = 0;
        for (char ch : body) {
            const auto c = static_cast<unsigned char>(ch);
            if (c == 0) {
                g.binary = true;
                g.reason = QCoreApplication::translate("TextDecoding",
                    "The file contains NUL bytes: it is not a text (CSV) file (UTF-16 text needs its byte order mark).");
                return g;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
                ++controls;
        }
        if (!body.isEmpty() && double(controls) / double(body.size()) > MaxControlShare) {
            g.binary = true;
            g.reason = QCoreApplication::translate("TextDecoding",
                "The file is mostly control characters: it is not a text (CSV) file.");
            return g;
        }
        if (requested == TextEncoding::Auto && g.bomBytes == 0)
            g.encoding = isValidUtf8(body, complete) ? TextEncoding::Utf8 : TextEncoding::Gb18030;
        if (requested == TextEncoding::Auto && g.encoding == TextEncoding::Gb18030) {
            // GB18030 decodes almost anything; what it refuses is not Chinese text either.
            TextDecoder decoder(TextEncoding::Gb18030);
            if (decoder.isValid()) {
                decoder.decode(complete ? body : body.first(body.size() - qMin<qsizetype>(body.size(), 4)));
                if (decoder.hasError()) {
                    g.binary = true;
                    g.reason = QCoreApplication::translate("TextDecoding",
                        "The file is neither UTF-8 nor GBK/GB18030 text: it is not a text (CSV) file, "
                        "or its encoding is not supported.");
                }
            }
        }
    }
    return g;
}

TextDecoder::TextDecoder(TextEncoding encoding)
    : m_encoding(encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
    case TextEncoding::Utf8:
        m_decoder = std::make_unique<QStringDecoder>(QStringDecoder::Utf8);
        break;
    case TextEncoding::Utf16Le:
        m_decoder = std::make_unique<QStringDecoder>(QStringDecoder::Utf16LE);
        break;
    case TextEncoding::Utf16Be:
        m_decoder = std::make_unique<QStringDecoder>(QStringDecoder::Utf16BE);
        break;
    case TextEncoding::Gb18030:
        // Qt 6.4 reaches GB18030 through ICU (Debian's Qt is built with it).
        m_decoder = std::make_unique<QStringDecoder>("GB18030");
        break;
    }
}

TextDecoder::~TextDecoder() = default;

bool TextDecoder::isValid() const
{
    return m_decoder && m_decoder->isValid();
}

QString TextDecoder::decode(QByteArrayView bytes)
{
    return m_decoder->decode(bytes);
}

bool TextDecoder::hasError() const
{
    return m_decoder->hasError();
}

} // namespace qundesk
