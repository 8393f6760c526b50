#pragma once

#include <QtGlobal>

namespace ra {

// Pure arithmetic behind RateLimiter: `ratePerSecond` tokens per second, at most `burst`
// stored. reserve() books the next token and says when it may be used. With burst 1 this is
// strict spacing of 1000/rate ms, which keeps every sliding one-second window at or under the
// rate: what vendors count.
class TokenBucket
{
public:
    explicit TokenBucket(double ratePerSecond = 1.0, double burst = 1.0);

    void setRate(double ratePerSecond);   // <= 0: unlimited
    double rate() const { return m_rate; }
    double burst() const { return m_burst; }

    // Books one token at monotonic time `nowMs`; returns the time (>= nowMs) it is granted.
    qint64 reserve(qint64 nowMs);
    // The time the next reservation at `nowMs` would be granted, without booking it.
    qint64 peek(qint64 nowMs) const;

private:
    double m_rate;
    double m_burst;
    double m_tokens;
    double m_lastMs = -1;    // time m_tokens was computed for (may lie in the future)
};

} // namespace ra
