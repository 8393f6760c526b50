#pragma once

#include <QString>

namespace ra {

// How often and how patiently a NetworkJob repeats an attempt the vendor's rules call
// transient. The classification itself is the vendor's (RetryDecision from its classifier).
struct RetryPolicy
{
    int maxAttempts = 3;          // attempts in total, first included
    int initialDelayMs = 1000;    // before the second attempt (Tencent SDK: 1 s, 2 s, ...)
    double multiplier = 2.0;
    int maxDelayMs = 8000;

    // Delay before attempt number `attempt` (2 = first retry); never negative.
    int delayBeforeAttempt(int attempt) const;
};

// A vendor classifier's verdict on one attempt's answer.
struct RetryDecision
{
    bool retry = false;
    int minDelayMs = 0;           // e.g. Ekuaibao: wait a moment after a fresh login
    int maxAttempts = 0;          // >0: at most this many attempts for this kind ("retry once")
    QString reason;               // logged: "RequestLimitExceeded", "HTTP 503", ...

    static RetryDecision stop() { return {}; }
    static RetryDecision again(const QString &why, int minDelayMs = 0, int maxAttempts = 0)
    {
        return {true, minDelayMs, maxAttempts, why};
    }
};

} // namespace ra
