#include "threadpriority.h"

#if defined(Q_OS_LINUX) || defined(__linux__)
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace ra {

void setBackgroundPriority(int niceValue)
{
#if defined(__linux__)
    // On Linux a "process" priority given a thread id is that thread's own (nice is per task).
    const auto tid = static_cast<id_t>(::syscall(SYS_gettid));
    errno = 0;
    const int current = ::getpriority(PRIO_PROCESS, tid);
    if (errno != 0 || current >= niceValue)
        return;
    (void)::setpriority(PRIO_PROCESS, tid, niceValue);
#else
    (void)niceValue;
#endif
}

} // namespace ra
