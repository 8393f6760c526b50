#include "ratelimiter.h"

#include <algorithm>

namespace ra {

namespace {
// Vendors count requests in one-second windows as they arrive; keeping 3 % under the limit
// absorbs scheduling and network jitter so a window never holds one request too many.
constexpr double kSafety = 0.97;
} // namespace

RateLimiter::RateLimiter(double ratePerSecond, QObject *parent)
    : QObject(parent), m_bucket(ratePerSecond, 1.0)
{
    m_elapsed.start();
    m_timer.setSingleShot(true);
    // A coarse timer may fire 5 % late, which would cost 5 % of the allowed rate.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RateLimiter::grantDue);
}

RateLimiter::~RateLimiter() = default;

double RateLimiter::effectiveRate(double documented, double userSetting)
{
    double r = documented > 0 ? documented : 0;
    if (userSetting > 0)
        r = r > 0 ? std::min(r, userSetting) : userSetting;
    return r * kSafety;
}

void RateLimiter::setRate(double ratePerSecond)
{
    m_bucket.setRate(ratePerSecond);
    schedule();
}

void RateLimiter::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

qint64 RateLimiter::now() const
{
    return m_clock ? m_clock() : m_elapsed.elapsed();
}

quint64 RateLimiter::acquire(std::function<void()> granted)
{
    const quint64 ticket = m_nextTicket++;
    m_waiting.push_back({ticket, std::move(granted), now()});
    schedule();
    return ticket;
}

void RateLimiter::cancel(quint64 ticket)
{
    const auto it = std::find_if(m_waiting.begin(), m_waiting.end(),
                                 [ticket](const Waiter &w) { return w.ticket == ticket; });
    if (it != m_waiting.end())
        m_waiting.erase(it);
    schedule();
}

void RateLimiter::schedule()
{
    if (m_waiting.empty()) {
        m_timer.stop();
        return;
    }
    const qint64 t = now();
    const qint64 due = m_bucket.peek(m_waiting.front().askedMs);
    // Grants always come from the event loop, never inside acquire().
    m_timer.start(int(std::max<qint64>(0, due - t)));
}

void RateLimiter::grantDue()
{
    while (!m_waiting.empty()) {
        // Booked when actually granted; the bucket carries a little lateness so the schedule
        // does not drift, never enough to squeeze a window over the rate.
        const qint64 t = now();
        const double due = m_bucket.eligibleAt(double(m_waiting.front().askedMs));
        if (due > double(t))
            break;
        m_bucket.commit(double(t), due);
        Waiter w = std::move(m_waiting.front());
        m_waiting.pop_front();
        ++m_grantedCount;
        if (w.granted)
            w.granted();
    }
    schedule();
}

} // namespace ra
