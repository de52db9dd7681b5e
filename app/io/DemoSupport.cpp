#include "io/DemoSupport.h"

#include <algorithm>
#include <cstring>

namespace qundesk::demo {

namespace {

QRandomGenerator makeGenerator(quint32 seed, quint32 stream)
{
    const quint32 words[2] = { seed, 0x51ED2701u + stream * 0x9E3779B9u };
    return QRandomGenerator(words, 2);
}

} // namespace

Rng::Rng(quint32 seed, quint32 stream)
    : m_gen(makeGenerator(seed, stream))
{
}

qint64 Rng::range64(qint64 lo, qint64 hi)
{
    if (hi <= lo)
        return lo;
    return lo + qint64(m_gen.bounded(quint64(hi - lo + 1)));
}

int Rng::roundRandom(double x)
{
    if (x <= 0)
        return 0;
    const double whole = double(qint64(x));
    return int(whole) + (real() < x - whole ? 1 : 0);
}

qint64 Rng::wakingTime(qint64 lo, qint64 hi)
{
    if (hi <= lo)
        return lo;
    constexpr qint64 Day = 86400;
    auto dayOf = [](qint64 t) { return t >= 0 ? t / Day : -((-t + Day - 1) / Day); };
    const qint64 day = range64(dayOf(lo), dayOf(hi));
    return std::clamp(day * Day + range(8 * 3600, 23 * 3600 - 1), lo, hi);
}

void WeightedPicker::add(double weight)
{
    m_cumulative.push_back(total() + std::max(0.0, weight));
}

int WeightedPicker::pick(Rng &rng) const
{
    if (m_cumulative.empty() || total() <= 0)
        return m_cumulative.empty() ? -1 : 0;
    const double r = rng.real() * total();
    const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), r);
    return int(std::min<std::ptrdiff_t>(it - m_cumulative.begin(), std::ptrdiff_t(m_cumulative.size()) - 1));
}

Clock::Clock(const QDate &today)
    : m_today(today)
{
    m_dates.resize(size_t(CacheTo - CacheFrom + 1) * 10);
    for (int day = CacheFrom; day <= CacheTo; ++day) {
        const QByteArray text = m_today.addDays(day).toString(Qt::ISODate).toLatin1();
        std::memcpy(m_dates.data() + size_t(day - CacheFrom) * 10, text.constData(), 10);
    }
}

const char *Clock::cachedDate(int day) const
{
    if (day < CacheFrom || day > CacheTo)
        return nullptr;
    return m_dates.data() + size_t(day - CacheFrom) * 10;
}

QByteArray Clock::dateText(int day) const
{
    if (const char *cached = cachedDate(day))
        return QByteArray(cached, 10);
    return m_today.addDays(day).toString(Qt::ISODate).toLatin1();
}

void Clock::formatDateTime(qint64 t, char out[19]) const
{
    const int day = dayOf(t);
    const int sec = int(t - qint64(day) * Day);
    if (const char *cached = cachedDate(day))
        std::memcpy(out, cached, 10);
    else
        std::memcpy(out, m_today.addDays(day).toString(Qt::ISODate).toLatin1().constData(), 10);
    const int h = sec / 3600;
    const int m = (sec / 60) % 60;
    const int s = sec % 60;
    out[10] = ' ';
    out[11] = char('0' + h / 10);
    out[12] = char('0' + h % 10);
    out[13] = ':';
    out[14] = char('0' + m / 10);
    out[15] = char('0' + m % 10);
    out[16] = ':';
    out[17] = char('0' + s / 10);
    out[18] = char('0' + s % 10);
}

QByteArray Clock::dateTimeText(qint64 t) const
{
    QByteArray text(19, Qt::Uninitialized);
    formatDateTime(t, text.data());
    return text;
}

} // namespace qundesk::demo
