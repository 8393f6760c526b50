#include "tokenbucket.h"

#include <algorithm>
#include <cmath>

namespace ra {

TokenBucket::TokenBucket(double ratePerSecond, double burst)
    : m_rate(ratePerSecond), m_burst(std::max(1.0, burst)), m_tokens(std::max(1.0, burst))
{
}

void TokenBucket::setRate(double ratePerSecond)
{
    m_rate = ratePerSecond;
}

qint64 TokenBucket::peek(qint64 nowMs) const
{
    TokenBucket copy(*this);
    return copy.reserve(nowMs);
}

qint64 TokenBucket::reserve(qint64 nowMs)
{
    if (m_rate <= 0)
        return nowMs;
    const double now = double(nowMs);
    if (m_lastMs < 0) {
        m_lastMs = now;
        m_tokens = m_burst;
    } else if (now > m_lastMs) {
        m_tokens = std::min(m_burst, m_tokens + (now - m_lastMs) * m_rate / 1000.0);
        m_lastMs = now;
    }
    // m_lastMs may lie in the future when earlier reservations were booked ahead.
    const double t = std::max(now, m_lastMs);
    if (m_tokens >= 1.0 - 1e-9) {
        m_tokens = std::max(0.0, m_tokens - 1.0);
        return qint64(std::ceil(t));
    }
    const double grant = t + (1.0 - m_tokens) * 1000.0 / m_rate;
    m_tokens = 0.0;
    m_lastMs = grant;
    return qint64(std::ceil(grant));
}

} // namespace ra
