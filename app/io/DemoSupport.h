#pragma once

#include <QByteArray>
#include <QDate>
#include <QRandomGenerator>

#include <vector>

namespace qundesk::demo {

// A deterministic random stream. Each phase of the generator draws from its own stream, derived
// from the seed and a phase number, so the phases do not shift one another's numbers.
class Rng final
{
public:
    Rng(quint32 seed, quint32 stream);

    quint32 next() { return m_gen.generate(); }
    int below(int n) { return n <= 1 ? 0 : int(m_gen.bounded(quint32(n))); }
    int range(int lo, int hi) { return hi <= lo ? lo : lo + below(hi - lo + 1); } // inclusive
    qint64 range64(qint64 lo, qint64 hi); // inclusive
    double real() { return m_gen.generateDouble(); } // [0, 1)
    bool chance(double p) { return real() < p; }
    // Rounds x up or down at random so that the expectation is x.
    int roundRandom(double x);
    // A moment in [lo, hi] at a waking hour (08:00-23:00) when the range allows: when staff and
    // members act. Times are seconds relative to today's midnight, as in Clock.
    qint64 wakingTime(qint64 lo, qint64 hi);

private:
    QRandomGenerator m_gen;
};

// Picks an index with probability proportional to its weight.
class WeightedPicker final
{
public:
    void add(double weight);
    int pick(Rng &rng) const;
    int size() const { return int(m_cumulative.size()); }
    bool isEmpty() const { return m_cumulative.empty(); }
    double total() const { return m_cumulative.empty() ? 0.0 : m_cumulative.back(); }

private:
    std::vector<double> m_cumulative;
};

// Times are seconds relative to midnight at the start of `today` (negative: the past), in the
// operation's local time; days are whole-day offsets. This formats them for the schema's TEXT
// columns without going through QDateTime for every one of millions of rows.
class Clock final
{
public:
    static constexpr qint64 Day = 86400;
    static constexpr qint64 Hour = 3600;

    explicit Clock(const QDate &today);

    QDate today() const { return m_today; }
    // Noon of today: the moment the demo treats as "now".
    qint64 now() const { return 12 * Hour; }
    static int dayOf(qint64 t) { return int(t >= 0 ? t / Day : -((-t + Day - 1) / Day)); }
    QDate date(int day) const { return m_today.addDays(day); }
    int dayOfWeek(int day) const { return date(day).dayOfWeek(); } // 1 = Monday

    QByteArray dateText(int day) const; // YYYY-MM-DD
    QByteArray dateTimeText(qint64 t) const; // YYYY-MM-DD HH:MM:SS
    void formatDateTime(qint64 t, char out[19]) const;

private:
    const char *cachedDate(int day) const;

    QDate m_today;
    static constexpr int CacheFrom = -900;
    static constexpr int CacheTo = 120;
    std::vector<char> m_dates; // 10 bytes per day from CacheFrom to CacheTo
};

} // namespace qundesk::demo
