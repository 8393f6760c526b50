#include "retrypolicy.h"

#include <algorithm>
#include <cmath>

namespace ra {

int RetryPolicy::delayBeforeAttempt(int attempt) const
{
    if (attempt <= 1)
        return 0;
    const double d = double(initialDelayMs) * std::pow(multiplier, attempt - 2);
    return std::max(0, int(std::min(d, double(maxDelayMs))));
}

} // namespace ra
