#include "workertesthooks.h"

#include "workerlimits.h"

#include <QList>
#include <QtGlobal>

#include <cstdlib>
#include <vector>

#include <unistd.h>

namespace ra::worker {

WorkerTestHooks::Action WorkerTestHooks::actionFor(const QByteArray &documentBytes)
{
    static const bool enabled = qEnvironmentVariable("REIMBURSE_WORKER_TEST_HOOKS") == QLatin1String("1");
    static const QByteArray prefix("%RA-WORKER-TEST ");
    if (!enabled || !documentBytes.startsWith(prefix))
        return Action::None;
    const QByteArray word = documentBytes.mid(prefix.size()).split('\n').value(0).trimmed();
    if (word == "abort")
        return Action::Abort;
    if (word == "hang")
        return Action::Hang;
    if (word == "spin")
        return Action::Spin;
    if (word == "garbage")
        return Action::Garbage;
    if (word == "exit")
        return Action::Exit;
    if (word == "oom")
        return Action::OutOfMemory;
    if (word == "xcpu")
        return Action::CpuLimit;
    if (word.startsWith("ocr-sleep"))
        return Action::OcrSleep;
    return Action::None;
}

qint64 WorkerTestHooks::argumentFor(const QByteArray &documentBytes, qint64 fallback)
{
    const QList<QByteArray> words = documentBytes.split('\n').value(0).simplified().split(' ');
    bool ok = false;
    const qint64 v = words.value(2).toLongLong(&ok);
    return ok && v >= 0 ? v : fallback;
}

void WorkerTestHooks::perform(Action action)
{
    switch (action) {
    case Action::Abort:
        std::abort();
    case Action::Hang:
        for (;;)
            ::pause();
    case Action::Exit:
        ::_exit(0);
    case Action::OutOfMemory: {
        // Touches what it allocates, so the address-space limit is what stops it. Without one
        // (no limit asked) it stops itself at 4 GiB as if it had hit it; in a sanitizer build
        // (no limit applies) at 256 MiB, as touching 4 GiB under TSan's shadow memory outlasts
        // the tests' 2 s clock and the document ended as a timeout instead.
        const int chunks = WorkerLimits::addressSpaceLimitApplies() ? 64 : 4;
        std::vector<std::vector<char>> hog;
        for (int i = 0; i < chunks; ++i)
            hog.emplace_back(64 * 1024 * 1024, char(1));
        WorkerLimits::exitOutOfMemory();
    }
    case Action::CpuLimit:
        WorkerLimits::allowCpuSeconds(1);
        break;
    case Action::Spin:
    case Action::Garbage:
    case Action::OcrSleep:
    case Action::None:
        break;
    }
    volatile quint64 n = 0;
    for (;;)
        n = n + 1;
}

} // namespace ra::worker
