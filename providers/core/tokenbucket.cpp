#include "tokenbucket.h"

#include <algorithm>
#include <cmath>

namespace ra {

TokenBucket::TokenBucket(double ratePerSecond, double burst)
    : m_rate(ratePerSecond), m_burst(std::max(1.0, burst))
{
}

void TokenBucket::setRate(double ratePerSecond)
{
    m_rate = ratePerSecond;
}

double TokenBucket::eligibleAt(double requestMs) const
{
    if (m_rate <= 0 || !m_started)
        return requestMs;
    const double tolerance = (m_burst - 1.0) * interval();
    return std::max(requestMs, m_tat - tolerance);
}

qint64 TokenBucket::peek(qint64 nowMs) const
{
    return qint64(std::ceil(eligibleAt(double(nowMs)) - 1e-9));
}

void TokenBucket::commit(double grantMs, double dueMs)
{
    if (m_rate <= 0)
        return;
    const double carry = std::min({kMaxCarryMs, interval() / 5.0, std::max(0.0, grantMs - dueMs)});
    const double base = std::max(grantMs - carry, dueMs);
    m_tat = (m_started ? std::max(m_tat, base) : base) + interval();
    m_started = true;
}

qint64 TokenBucket::reserve(qint64 nowMs)
{
    const double at = eligibleAt(double(nowMs));
    commit(at, at);
    return qint64(std::ceil(at - 1e-9));
}

} // namespace ra
