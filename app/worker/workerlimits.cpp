#include "workerlimits.h"

#include <exception>
#include <new>
#include <typeinfo>

#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <unistd.h>

// Sanitizers: ASan and TSan reserve huge shadow regions at start, so an address-space limit
// would make every allocation fail. GCC says so with __SANITIZE_*__, clang with __has_feature.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define RA_WORKER_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define RA_WORKER_SANITIZED 1
#endif
#endif

namespace ra::worker {
namespace {

[[noreturn]] void outOfMemory()
{
    WorkerLimits::exitOutOfMemory();
}

} // namespace

void WorkerLimits::exitOutOfMemory()
{
    static const char message[] = "reimburse-worker: out of memory (address-space limit)\n";
    [[maybe_unused]] const auto n = ::write(STDERR_FILENO, message, sizeof message - 1);
    ::_exit(WorkerLimits::kExitOutOfMemory);
}

namespace {

// Qt reports a failed allocation by throwing std::bad_alloc (Q_CHECK_PTR, QArrayData), which
// nothing in the worker catches: the terminate handler tells that case from a real crash.
[[noreturn]] void onTerminate()
{
    if (const std::exception_ptr current = std::current_exception()) {
        try {
            std::rethrow_exception(current);
        } catch (const std::bad_alloc &) {
            outOfMemory();
        } catch (...) {
        }
    }
    ::abort();
}

} // namespace

bool WorkerLimits::addressSpaceLimitApplies()
{
#ifdef RA_WORKER_SANITIZED
    return false;
#else
    return true;
#endif
}

QString WorkerLimits::applyAtStart(qint64 memoryMb)
{
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    // The parent may have gone between fork and prctl: then nobody would ever kill us.
    if (::getppid() == 1)
        ::_exit(1);

    const rlimit noCore{0, 0};
    ::setrlimit(RLIMIT_CORE, &noCore);

    std::set_new_handler(&outOfMemory);
    std::set_terminate(&onTerminate);

    QString line;
    if (memoryMb > 0 && addressSpaceLimitApplies()) {
        const rlim_t bytes = rlim_t(memoryMb) * 1024 * 1024;
        const rlimit as{bytes, bytes};
        line = ::setrlimit(RLIMIT_AS, &as) == 0 ? QStringLiteral("address space %1 MB").arg(memoryMb)
                                                : QStringLiteral("address space limit refused");
    } else if (memoryMb > 0) {
        line = QStringLiteral("no address-space limit (sanitizer build)");
    } else {
        line = QStringLiteral("no address-space limit (none asked)");
    }
    return line;
}

void WorkerLimits::allowCpuSeconds(qint64 seconds)
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    const qint64 used = usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + 1;
    rlimit cpu{};
    ::getrlimit(RLIMIT_CPU, &cpu);
    // Only the soft limit moves: an unprivileged process can lower its hard limit but never
    // raise it again, and the next request needs room.
    const rlim_t soft = rlim_t(used + qMax<qint64>(seconds, 1));
    cpu.rlim_cur = (cpu.rlim_max == RLIM_INFINITY || soft < cpu.rlim_max) ? soft : cpu.rlim_max;
    ::setrlimit(RLIMIT_CPU, &cpu);
}

} // namespace ra::worker
