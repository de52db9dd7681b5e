#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTimeZone>

// iCalendar (RFC 5545) for the content calendar: a writer for VCALENDAR/VEVENT documents and a
// parser that reads them back. The parser is strict about what the writer must get right (CRLF
// line ends, lines of at most 75 octets, valid UTF-8, balanced BEGIN/END, well-formed TEXT
// escapes), so a round trip through it proves an export is valid; every error names its line
// and column.

namespace qundesk::ical {

// ---- writing

// TEXT escaping (RFC 5545 3.3.11): backslash, semicolon and comma get a backslash, a line break
// (CRLF, CR or LF) becomes \n.
QString escapeText(const QString &text);

// One content line, folded (3.1): no physical line exceeds 75 octets without its CRLF, a fold is
// CRLF plus one space, and a UTF-8 sequence is never split. The result ends with CRLF.
QByteArray foldLine(const QByteArray &utf8Line);

// One post as an event. start/end are wall-clock times in the writer's zone (their own time spec
// is ignored: the calendar stores local wall-clock times).
struct Event
{
    QString uid;
    QDateTime start;
    QDateTime end;
    QString summary;
    QString description;
    QString location;
    QStringList categories;
    QString status; // TENTATIVE, CONFIRMED or CANCELLED; empty: none
    QList<QPair<QString, QString>> extra; // X- properties written as TEXT
};

class Writer final
{
public:
    // Times are written with TZID=<zone> and one VTIMEZONE describing the zone's offsets over the
    // exported period; a zone without an Area/Location name (UTC, a bare offset) writes UTC times
    // with 'Z' instead. stamp is the DTSTAMP of every event (now when invalid).
    explicit Writer(const QTimeZone &zone = QTimeZone::systemTimeZone(), const QDateTime &stamp = QDateTime());

    void setProductId(const QString &prodId) { m_prodId = prodId; }
    void setCalendarName(const QString &name) { m_calendarName = name; }

    QByteArray document(const QList<Event> &events) const;

    // Whether times carry TZID (true) or are UTC with 'Z' (false).
    bool usesTimeZone() const;

private:
    QByteArray timeZoneComponent(const QDateTime &first, const QDateTime &last) const;
    QByteArray dateTimeProperty(const char *name, const QDateTime &wallClock) const;

    QTimeZone m_zone;
    QDateTime m_stamp;
    QString m_prodId;
    QString m_calendarName;
};

// ---- reading

struct ParseError
{
    int line = 0; // 1-based physical line; 0: no error
    int column = 0; // 1-based, in characters of that physical line
    QString message;

    explicit operator bool() const { return line > 0 || !message.isEmpty(); }
    QString toString() const;
};

struct Parameter
{
    QString name; // upper case
    QStringList values; // quotes removed
};

struct Property
{
    QString name; // upper case
    QList<Parameter> parameters;
    QString value; // raw, still escaped
    int line = 0;

    QString parameter(const QString &name) const; // first value, empty when absent
};

struct Component
{
    QString name; // upper case, e.g. VEVENT
    QList<Property> properties;
    QList<Component> components;
    int line = 0;

    const Property *property(const QString &name) const; // first of that name, or null
    int count(const QString &name) const;
    QList<const Component *> children(const QString &name) const;
    // The unescaped TEXT value of the first property of that name (empty when absent).
    QString text(const QString &name) const;
};

class Parser final
{
    Q_DECLARE_TR_FUNCTIONS(ICalendarParser)

public:
    // Reads every top-level component (normally one VCALENDAR). Checks: CRLF line ends, lines of at
    // most 75 octets, UTF-8, content line syntax, BEGIN/END nesting, VCALENDAR's VERSION:2.0 and
    // PRODID, and each VEVENT's single UID and DTSTAMP and DTSTART.
    ParseError parse(const QByteArray &bytes, QList<Component> *out);

    // Undoes escapeText; a backslash before anything but \ ; , n N is an error.
    static bool unescapeText(const QString &value, QString *out, int *badIndex = nullptr);
    // A TEXT list (CATEGORIES): split at unescaped commas, then unescaped.
    static QStringList textList(const QString &value);
    // DTSTART/DTEND: 'YYYYMMDDTHHMMSS' with 'Z' (UTC) or without (wall-clock, in the TZID's zone);
    // invalid when malformed.
    static QDateTime dateTime(const Property &property);

private:
    struct Segment
    {
        int logicalOffset; // where this physical line's bytes start in the unfolded line
        int physicalLine;
        int skipped; // bytes dropped at the start of the physical line (the fold's space)
        QByteArray physical; // the physical line, for character columns
    };
    ParseError errorAt(const QList<Segment> &segments, int logicalOffset, const QString &message) const;
    ParseError parseContentLine(const QByteArray &line, const QList<Segment> &segments, Property *out) const;
};

} // namespace qundesk::ical
