#pragma once

#include "tokenbucket.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <deque>
#include <functional>

namespace ra {

// Per-provider pacing so the vendor never has to refuse us: callers ask for a slot and are
// called back, first come first served, when sending one request keeps within the rate.
// Lives on one thread (the provider's); callbacks come from the event loop.
class RateLimiter : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>;     // monotonic milliseconds

    explicit RateLimiter(double ratePerSecond, QObject *parent = nullptr);
    ~RateLimiter() override;

    // The rate actually kept to: the documented limit, lowered by the user's setting when that
    // is smaller (> 0), with a small safety margin so network jitter cannot push a burst over
    // the vendor's one-second window. 0 = unlimited.
    static double effectiveRate(double documented, double userSetting);

    void setRate(double ratePerSecond);
    double rate() const { return m_bucket.rate(); }
    void setClock(Clock clock);                // tests

    // Calls `granted` once the caller may send; returns a ticket for cancel(). A ticket that
    // was cancelled is never granted and frees its slot for the next caller.
    quint64 acquire(std::function<void()> granted);
    void cancel(quint64 ticket);
    int waiting() const { return int(m_waiting.size()); }
    int granted() const { return m_grantedCount; }

private:
    struct Waiter
    {
        quint64 ticket;
        std::function<void()> granted;
        qint64 askedMs;
    };
    void schedule();
    void grantDue();
    qint64 now() const;

    TokenBucket m_bucket;
    Clock m_clock;
    QElapsedTimer m_elapsed;
    QTimer m_timer;
    std::deque<Waiter> m_waiting;
    qint64 m_nextGrantMs = -1;
    quint64 m_nextTicket = 1;
    int m_grantedCount = 0;
};

} // namespace ra
