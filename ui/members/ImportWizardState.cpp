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

qint64 ImportWizardState::estimatedRows() const
{
    const qint64 sampled = preview.rows.size();
    if (sampled < PreviewRows)
        return sampled; // the preview holds the whole file
    qint64 sampleBytes = 0;
    for (const CsvRecord &r : preview.rows)
        sampleBytes += recordSize(r.fields, preview.format.encoding);
    const qint64 body = preview.fileBytes - recordSize(preview.header, preview.format.encoding);
    if (sampleBytes <= 0 || body <= sampleBytes)
        return sampled;
    return body * sampled / sampleBytes;
}

} // namespace qundesk::ui
