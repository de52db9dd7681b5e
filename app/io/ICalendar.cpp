#include "io/ICalendar.h"

#include <QSet>

namespace qundesk::ical {

namespace {

constexpr int MaxLineOctets = 75;

bool isContinuationByte(char c)
{
    return (uchar(c) & 0xC0) == 0x80;
}

QByteArray crlf()
{
    return QByteArrayLiteral("\r\n");
}

QString offsetText(int seconds)
{
    const QChar sign = seconds < 0 ? u'-' : u'+';
    const int s = qAbs(seconds);
    QString text = sign + QStringLiteral("%1%2").arg(s / 3600, 2, 10, QLatin1Char('0')).arg(s / 60 % 60, 2, 10, QLatin1Char('0'));
    if (s % 60 != 0)
        text += QStringLiteral("%1").arg(s % 60, 2, 10, QLatin1Char('0'));
    return text;
}

QString basicDateTime(const QDateTime &dt)
{
    return dt.toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
}

// A parameter value needs quotes when it holds ; : or , (3.1, param-value).
QString parameterValue(const QString &value)
{
    if (value.contains(u';') || value.contains(u':') || value.contains(u','))
        return u'"' + value + u'"';
    return value;
}

QByteArray property(const QString &nameAndParams, const QString &value)
{
    return foldLine((nameAndParams + u':' + value).toUtf8());
}

// The offset of the first byte that is not part of a valid UTF-8 sequence, or -1.
qsizetype invalidUtf8At(const QByteArray &bytes)
{
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const uchar c = uchar(bytes[i]);
        int length = 0;
        uint min = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            min = 0x10000;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        uint code = c & (0x7F >> length);
        for (int k = 1; k < length; ++k) {
            if (!isContinuationByte(bytes[i + k]))
                return i;
            code = (code << 6) | (uchar(bytes[i + k]) & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

bool isNameChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

bool isControl(char c)
{
    const uchar u = uchar(c);
    return (u < 0x20 && u != '\t') || u == 0x7F;
}

} // namespace

QString escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u';' || c == u',') {
            out += u'\\';
            out += c;
        } else if (c == u'\r') {
            out += QStringLiteral("\\n");
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
        } else if (c == u'\n') {
            out += QStringLiteral("\\n");
        } else if (c.unicode() < 0x20 && c != u'\t') {
            // Other control characters are not allowed in TEXT; drop them rather than break the file.
            continue;
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray foldLine(const QByteArray &line)
{
    QByteArray out;
    out.reserve(line.size() + line.size() / 70 * 3 + 2);
    qsizetype pos = 0;
    int limit = MaxLineOctets; // the first physical line; continuations spend one octet on the space
    while (line.size() - pos > limit) {
        qsizetype cut = pos + limit;
        while (cut > pos && isContinuationByte(line[cut]))
            --cut;
        out.append(line.constData() + pos, cut - pos);
        out.append("\r\n ");
        pos = cut;
        limit = MaxLineOctets - 1;
    }
    out.append(line.constData() + pos, line.size() - pos);
    out.append(crlf());
    return out;
}

// ---- Writer

Writer::Writer(const QTimeZone &zone, const QDateTime &stamp)
    : m_zone(zone.isValid() ? zone : QTimeZone::utc())
    , m_stamp(stamp.isValid() ? stamp : QDateTime::currentDateTimeUtc())
    , m_prodId(QStringLiteral("-//QunDesk//Content Calendar 1.0//ZH"))
{
}

bool Writer::usesTimeZone() const
{
    // A zone without an IANA name (UTC, UTC+08:00) has nothing a calendar could look up: plain UTC
    // says the same thing without a VTIMEZONE.
    const QByteArray id = m_zone.id();
    return !id.startsWith("UTC") && id != "Etc/UTC" && id.contains('/');
}

QByteArray Writer::dateTimeProperty(const char *name, const QDateTime &wallClock) const
{
    const QString prop = QString::fromLatin1(name);
    if (usesTimeZone())
        return property(prop + QStringLiteral(";TZID=") + parameterValue(QString::fromUtf8(m_zone.id())),
            basicDateTime(wallClock));
    const QDateTime utc = QDateTime(wallClock.date(), wallClock.time(), m_zone).toUTC();
    return property(prop, basicDateTime(utc) + u'Z');
}

// The zone's offsets from a year before the first event to a year after the last: one STANDARD
// for a zone without transitions (Asia/Shanghai), else the state at the start and every
// transition in between, each as its own observance with a DTSTART (no RRULE to get wrong).
QByteArray Writer::timeZoneComponent(const QDateTime &first, const QDateTime &last) const
{
    const QString id = QString::fromUtf8(m_zone.id());
    QByteArray out = property(QStringLiteral("BEGIN"), QStringLiteral("VTIMEZONE"));
    out += property(QStringLiteral("TZID"), id);
    const QDateTime from = QDateTime(first.date().addYears(-1), QTime(0, 0), m_zone);
    const QDateTime to = QDateTime(last.date().addYears(1), QTime(0, 0), m_zone);
    const QTimeZone::OffsetData start = m_zone.offsetData(from);
    auto observance = [&](const QString &begin, const QDateTime &localStart, int fromOffset, int toOffset,
                          const QString &abbreviation) {
        QByteArray o = property(QStringLiteral("BEGIN"), begin);
        o += property(QStringLiteral("DTSTART"), basicDateTime(localStart));
        o += property(QStringLiteral("TZOFFSETFROM"), offsetText(fromOffset));
        o += property(QStringLiteral("TZOFFSETTO"), offsetText(toOffset));
        if (!abbreviation.isEmpty())
            o += property(QStringLiteral("TZNAME"), escapeText(abbreviation));
        o += property(QStringLiteral("END"), begin);
        return o;
    };
    const auto kind = [](const QTimeZone::OffsetData &d) {
        return d.daylightTimeOffset != 0 ? QStringLiteral("DAYLIGHT") : QStringLiteral("STANDARD");
    };
    const QTimeZone::OffsetDataList transitions = m_zone.hasTransitions()
        ? m_zone.transitions(from, to)
        : QTimeZone::OffsetDataList();
    if (transitions.isEmpty()) {
        out += observance(kind(start), QDateTime(QDate(1970, 1, 1), QTime(0, 0)), start.offsetFromUtc,
            start.offsetFromUtc, start.abbreviation);
    } else {
        const QDateTime startWall = from.toOffsetFromUtc(start.offsetFromUtc);
        out += observance(kind(start), QDateTime(startWall.date(), startWall.time()), start.offsetFromUtc,
            start.offsetFromUtc, start.abbreviation);
        int previous = start.offsetFromUtc;
        for (const QTimeZone::OffsetData &t : transitions) {
            // DTSTART is the local time of the change as the clocks read before it.
            const QDateTime before = t.atUtc.toOffsetFromUtc(previous);
            out += observance(kind(t), QDateTime(before.date(), before.time()), previous, t.offsetFromUtc,
                t.abbreviation);
            previous = t.offsetFromUtc;
        }
    }
    out += property(QStringLiteral("END"), QStringLiteral("VTIMEZONE"));
    return out;
}

QByteArray Writer::document(const QList<Event> &events) const
{
    QByteArray out = property(QStringLiteral("BEGIN"), QStringLiteral("VCALENDAR"));
    out += property(QStringLiteral("VERSION"), QStringLiteral("2.0"));
    out += property(QStringLiteral("PRODID"), m_prodId);
    out += property(QStringLiteral("CALSCALE"), QStringLiteral("GREGORIAN"));
    out += property(QStringLiteral("METHOD"), QStringLiteral("PUBLISH"));
    if (!m_calendarName.isEmpty())
        out += property(QStringLiteral("X-WR-CALNAME"), escapeText(m_calendarName));
    if (usesTimeZone()) {
        out += property(QStringLiteral("X-WR-TIMEZONE"), escapeText(QString::fromUtf8(m_zone.id())));
        QDateTime first, last;
        for (const Event &e : events) {
            if (!first.isValid() || e.start < first)
                first = e.start;
            const QDateTime end = e.end.isValid() ? e.end : e.start;
            if (!last.isValid() || end > last)
                last = end;
        }
        if (!first.isValid())
            first = last = m_stamp.toTimeZone(m_zone);
        out += timeZoneComponent(first, last);
    }
    const QString stamp = basicDateTime(m_stamp.toUTC()) + u'Z';
    for (const Event &e : events) {
        out += property(QStringLiteral("BEGIN"), QStringLiteral("VEVENT"));
        out += property(QStringLiteral("UID"), e.uid);
        out += property(QStringLiteral("DTSTAMP"), stamp);
        out += dateTimeProperty("DTSTART", e.start);
        if (e.end.isValid())
            out += dateTimeProperty("DTEND", e.end);
        out += property(QStringLiteral("SUMMARY"), escapeText(e.summary));
        if (!e.description.isEmpty())
            out += property(QStringLiteral("DESCRIPTION"), escapeText(e.description));
        if (!e.location.isEmpty())
            out += property(QStringLiteral("LOCATION"), escapeText(e.location));
        QStringList categories;
        for (const QString &c : e.categories) {
            if (!c.isEmpty())
                categories.append(escapeText(c));
        }
        if (!categories.isEmpty())
            out += property(QStringLiteral("CATEGORIES"), categories.join(u','));
        if (!e.status.isEmpty())
            out += property(QStringLiteral("STATUS"), e.status);
        for (const auto &[name, value] : e.extra)
            out += property(name, escapeText(value));
        out += property(QStringLiteral("END"), QStringLiteral("VEVENT"));
    }
    out += property(QStringLiteral("END"), QStringLiteral("VCALENDAR"));
    return out;
}

// ---- reading

QString ParseError::toString() const
{
    return line > 0 ? QStringLiteral("line %1, column %2: %3").arg(line).arg(column).arg(message) : message;
}

QString Property::parameter(const QString &n) const
{
    for (const Parameter &p : parameters) {
        if (p.name == n)
            return p.values.value(0);
    }
    return {};
}

const Property *Component::property(const QString &n) const
{
    for (const Property &p : properties) {
        if (p.name == n)
            return &p;
    }
    return nullptr;
}

int Component::count(const QString &n) const
{
    int c = 0;
    for (const Property &p : properties)
        c += p.name == n ? 1 : 0;
    return c;
}

QList<const Component *> Component::children(const QString &n) const
{
    QList<const Component *> out;
    for (const Component &c : components) {
        if (c.name == n)
            out.append(&c);
    }
    return out;
}

QString Component::text(const QString &n) const
{
    const Property *p = property(n);
    QString out;
    if (p)
        Parser::unescapeText(p->value, &out);
    return out;
}

bool Parser::unescapeText(const QString &value, QString *out, int *badIndex)
{
    QString text;
    text.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c != u'\\') {
            text += c;
            continue;
        }
        const QChar next = i + 1 < value.size() ? value.at(i + 1) : QChar();
        if (next == u'\\' || next == u';' || next == u',')
            text += next;
        else if (next == u'n' || next == u'N')
            text += u'\n';
        else {
            if (badIndex)
                *badIndex = int(i);
            return false;
        }
        ++i;
    }
    *out = text;
    return true;
}

QStringList Parser::textList(const QString &value)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\' && i + 1 < value.size()) {
            current += c;
            current += value.at(++i);
        } else if (c == u',') {
            parts.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    parts.append(current);
    QStringList out;
    for (const QString &p : parts) {
        QString text;
        unescapeText(p, &text);
        out.append(text);
    }
    return out;
}

QDateTime Parser::dateTime(const Property &p)
{
    QString v = p.value;
    const bool utc = v.endsWith(u'Z');
    if (utc)
        v.chop(1);
    if (v.size() != 15 || v.at(8) != u'T')
        return {};
    const QDateTime dt = QDateTime::fromString(v, QStringLiteral("yyyyMMdd'T'HHmmss"));
    if (!dt.isValid())
        return {};
    if (utc)
        return QDateTime(dt.date(), dt.time(), QTimeZone::utc());
    return dt;
}

ParseError Parser::errorAt(const QList<Segment> &segments, int logicalOffset, const QString &message) const
{
    const Segment *seg = &segments.first();
    for (const Segment &s : segments) {
        if (s.logicalOffset <= logicalOffset)
            seg = &s;
    }
    const int byteIndex = qMin(int(seg->physical.size()), logicalOffset - seg->logicalOffset + seg->skipped);
    int column = 1;
    for (int i = 0; i < byteIndex; ++i)
        column += isContinuationByte(seg->physical[i]) ? 0 : 1;
    return { seg->physicalLine, column, message };
}

ParseError Parser::parseContentLine(const QByteArray &line, const QList<Segment> &segments, Property *out) const
{
    int i = 0;
    const int n = int(line.size());
    auto name = [&](bool property) -> ParseError {
        const int start = i;
        while (i < n && isNameChar(line[i]))
            ++i;
        if (i == start)
            return errorAt(segments, i, property ? tr("expected a property name") : tr("expected a parameter name"));
        return {};
    };
    if (auto err = name(true))
        return err;
    out->name = QString::fromLatin1(line.left(i)).toUpper();
    while (i < n && line[i] == ';') {
        ++i;
        const int paramStart = i;
        if (auto err = name(false))
            return err;
        Parameter param;
        param.name = QString::fromLatin1(line.mid(paramStart, i - paramStart)).toUpper();
        if (i >= n || line[i] != '=')
            return errorAt(segments, i, tr("expected '=' after the parameter %1").arg(param.name));
        do {
            ++i;
            if (i < n && line[i] == '"') {
                const int valueStart = ++i;
                while (i < n && line[i] != '"' && !isControl(line[i]))
                    ++i;
                if (i >= n || line[i] != '"')
                    return errorAt(segments, i, tr("unterminated quoted parameter value"));
                param.values.append(QString::fromUtf8(line.mid(valueStart, i - valueStart)));
                ++i;
            } else {
                const int valueStart = i;
                while (i < n && line[i] != ';' && line[i] != ':' && line[i] != ',' && line[i] != '"'
                    && !isControl(line[i]))
                    ++i;
                if (i < n && (line[i] == '"' || isControl(line[i])))
                    return errorAt(segments, i, tr("character not allowed in a parameter value"));
                param.values.append(QString::fromUtf8(line.mid(valueStart, i - valueStart)));
            }
        } while (i < n && line[i] == ',');
        out->parameters.append(param);
    }
    if (i >= n || line[i] != ':')
        return errorAt(segments, i, tr("expected ':' before the value of %1").arg(out->name));
    ++i;
    for (int k = i; k < n; ++k) {
        if (isControl(line[k]))
            return errorAt(segments, k, tr("control character in the value of %1").arg(out->name));
    }
    out->value = QString::fromUtf8(line.mid(i));
    return {};
}

ParseError Parser::parse(const QByteArray &bytes, QList<Component> *out)
{
    out->clear();
    // Physical lines: every one must end with CRLF and fit in 75 octets.
    struct Logical
    {
        QByteArray text;
        QList<Segment> segments;
    };
    QList<Logical> lines;
    int lineNo = 0;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        ++lineNo;
        qsizetype end = pos;
        while (end < bytes.size() && bytes[end] != '\r' && bytes[end] != '\n')
            ++end;
        const QByteArray physical = bytes.mid(pos, end - pos);
        auto columnOf = [&](qsizetype byteIndex) {
            int column = 1;
            for (qsizetype k = 0; k < byteIndex; ++k)
                column += isContinuationByte(physical[k]) ? 0 : 1;
            return column;
        };
        if (end >= bytes.size())
            return { lineNo, columnOf(physical.size()), tr("the line does not end with CRLF") };
        if (bytes[end] == '\n' || end + 1 >= bytes.size() || bytes[end + 1] != '\n')
            return { lineNo, columnOf(physical.size()), tr("line break is not CRLF") };
        if (physical.size() > MaxLineOctets)
            return { lineNo, columnOf(MaxLineOctets),
                tr("the line is %1 octets long; lines must be folded at 75").arg(physical.size()) };
        if (physical.isEmpty())
            return { lineNo, 1, tr("empty line") };
        if (physical[0] == ' ' || physical[0] == '\t') {
            if (lines.isEmpty())
                return { lineNo, 1, tr("a continuation line without a line to continue") };
            Logical &current = lines.last();
            current.segments.append({ int(current.text.size()), lineNo, 1, physical });
            current.text.append(physical.mid(1));
        } else {
            lines.append({ physical, { { 0, lineNo, 0, physical } } });
        }
        pos = end + 2;
    }

    QList<Component> stack;
    for (const Logical &logical : lines) {
        if (const qsizetype bad = invalidUtf8At(logical.text); bad >= 0)
            return errorAt(logical.segments, int(bad), tr("invalid UTF-8"));
        Property prop;
        prop.line = logical.segments.first().physicalLine;
        if (auto err = parseContentLine(logical.text, logical.segments, &prop))
            return err;
        if (prop.name == u"BEGIN") {
            Component c;
            c.name = prop.value.toUpper();
            c.line = prop.line;
            if (c.name.isEmpty())
                return { prop.line, 7, tr("BEGIN without a component name") };
            stack.append(c);
        } else if (prop.name == u"END") {
            if (stack.isEmpty() || stack.last().name != prop.value.toUpper())
                return { prop.line, 5,
                    stack.isEmpty() ? tr("END:%1 without a BEGIN").arg(prop.value)
                                    : tr("END:%1 does not close BEGIN:%2 of line %3")
                                          .arg(prop.value, stack.last().name)
                                          .arg(stack.last().line) };
            Component done = stack.takeLast();
            if (stack.isEmpty())
                out->append(done);
            else
                stack.last().components.append(done);
        } else {
            if (stack.isEmpty())
                return { prop.line, 1, tr("property %1 outside any component").arg(prop.name) };
            stack.last().properties.append(prop);
        }
    }
    if (!stack.isEmpty())
        return { stack.last().line, 1, tr("BEGIN:%1 is never closed").arg(stack.last().name) };
    if (out->isEmpty())
        return { 0, 0, tr("no calendar in the file") };

    // What RFC 5545 requires of the parts the writer produces.
    const QSet<QString> textProperties = { QStringLiteral("SUMMARY"), QStringLiteral("DESCRIPTION"),
        QStringLiteral("LOCATION"), QStringLiteral("CATEGORIES") };
    for (const Component &cal : std::as_const(*out)) {
        if (cal.name != u"VCALENDAR")
            return { cal.line, 1, tr("expected VCALENDAR, found %1").arg(cal.name) };
        const Property *version = cal.property(QStringLiteral("VERSION"));
        if (!version || version->value != u"2.0")
            return { version ? version->line : cal.line, 1, tr("VCALENDAR needs VERSION:2.0") };
        if (cal.count(QStringLiteral("PRODID")) != 1)
            return { cal.line, 1, tr("VCALENDAR needs exactly one PRODID") };
        if (cal.components.isEmpty())
            return { cal.line, 1, tr("VCALENDAR holds no component") };
        QSet<QString> zones;
        for (const Component *tz : cal.children(QStringLiteral("VTIMEZONE"))) {
            const Property *tzid = tz->property(QStringLiteral("TZID"));
            if (!tzid)
                return { tz->line, 1, tr("VTIMEZONE without TZID") };
            if (tz->children(QStringLiteral("STANDARD")).isEmpty() && tz->children(QStringLiteral("DAYLIGHT")).isEmpty())
                return { tz->line, 1, tr("VTIMEZONE %1 has no STANDARD or DAYLIGHT").arg(tzid->value) };
            zones.insert(tzid->value);
        }
        for (const Component *ev : cal.children(QStringLiteral("VEVENT"))) {
            for (const char *required : { "UID", "DTSTAMP", "DTSTART" }) {
                const QString name = QString::fromLatin1(required);
                if (ev->count(name) != 1)
                    return { ev->line, 1, tr("VEVENT needs exactly one %1 (has %2)").arg(name).arg(ev->count(name)) };
            }
            if (ev->property(QStringLiteral("DTEND")) && ev->property(QStringLiteral("DURATION")))
                return { ev->line, 1, tr("VEVENT has both DTEND and DURATION") };
            for (const Property &p : ev->properties) {
                if (p.name == u"DTSTART" || p.name == u"DTEND" || p.name == u"DTSTAMP") {
                    if (!dateTime(p).isValid())
                        return { p.line, 1, tr("%1 is not a date-time: %2").arg(p.name, p.value) };
                    const QString tzid = p.parameter(QStringLiteral("TZID"));
                    if (!tzid.isEmpty() && !zones.contains(tzid))
                        return { p.line, 1, tr("%1 refers to TZID %2 without a VTIMEZONE").arg(p.name, tzid) };
                    if (p.name == u"DTSTAMP" && !p.value.endsWith(u'Z'))
                        return { p.line, 1, tr("DTSTAMP must be in UTC") };
                }
                if (textProperties.contains(p.name) || p.name.startsWith(u"X-")) {
                    QString text;
                    int bad = 0;
                    if (!unescapeText(p.value, &text, &bad))
                        return { p.line, 1, tr("%1: backslash at character %2 escapes nothing").arg(p.name).arg(bad + 1) };
                }
            }
        }
    }
    return {};
}

} // namespace qundesk::ical
