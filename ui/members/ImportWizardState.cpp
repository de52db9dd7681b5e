#include "members/ImportWizardState.h"

namespace qundesk::ui {

namespace {

// The bytes `text` takes in the file's encoding (quotes and CR not counted: close enough).
qint64 encodedSize(const QString &text, TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf16Le:
    case TextEncoding::Utf16Be: return text.size() * 2;
    case TextEncoding::Gb18030: {
        qint64 bytes = 0;
        for (const QChar c : text)
            bytes += c.unicode() < 0x80 ? 1 : 2;
        return bytes;
    }
    case TextEncoding::Auto:
    case TextEncoding::Utf8: break;
    }
    return text.toUtf8().size();
}

qint64 recordSize(const QStringList &fields, TextEncoding encoding)
{
    qint64 bytes = 1; // the line end
    for (const QString &f : fields)
        bytes += encodedSize(f, encoding) + 1;
    return bytes;
}

} // namespace

double ImportWizardState::bytesPerRow() const
{
    if (preview.rows.isEmpty())
        return 0;
    qint64 sampleBytes = 0;
    for (const CsvRecord &r : preview.rows)
        sampleBytes += recordSize(r.fields, preview.format.encoding);
    return double(sampleBytes) / double(preview.rows.size());
}

} // namespace qundesk::ui
