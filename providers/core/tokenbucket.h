#pragma once

#include <QtGlobal>

namespace ra {

// Pure arithmetic behind RateLimiter (the generic cell rate algorithm): one grant every
// 1000/rate ms, up to `burst` at once after a pause. With burst 1 this is strict spacing,
// which keeps every one-second window at or under the rate — what vendors count.
//
// commit() books a grant that happened later than it was due (a timer fires late, the event
// loop was busy): up to kMaxCarryMs of that lateness is carried, so the next slot keeps to the
// schedule instead of drifting — without it a timer 2 ms late on every 100 ms slot costs 2 %
// of the allowed rate. Any 10 consecutive grants still span at least 10 intervals minus the
// carry, above one second with the RateLimiter's margin.
class TokenBucket
{
public:
    static constexpr double kMaxCarryMs = 20.0;

    explicit TokenBucket(double ratePerSecond = 1.0, double burst = 1.0);

    void setRate(double ratePerSecond);   // <= 0: unlimited
    double rate() const { return m_rate; }
    double burst() const { return m_burst; }

    // The earliest time (>= nowMs) a request made at `nowMs` may go; books nothing.
    qint64 peek(qint64 nowMs) const;
    double eligibleAt(double requestMs) const;
    // Books a grant made at `grantMs` that was due at `dueMs` (<= grantMs).
    void commit(double grantMs, double dueMs);
    // Books the next grant for a request made at `nowMs` and returns when it may go.
    qint64 reserve(qint64 nowMs);

private:
    double interval() const { return 1000.0 / m_rate; }

    double m_rate;
    double m_burst;
    double m_tat = 0;          // theoretical arrival time of the next grant
    bool m_started = false;
};

} // namespace ra
