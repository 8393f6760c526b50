#include "workerfixtures.h"

#include <QTest>

namespace ra::test {

QByteArray workerHook(const char *action)
{
    return QByteArray("%RA-WORKER-TEST ") + action + '\n';
}

WorkerRequest *kept(WorkerRequest *request)
{
    request->setAutoDelete(false);
    return request;
}

bool waitFinished(WorkerRequest *request)
{
    return QTest::qWaitFor([request] { return request->isFinished(); }, 300'000);
}

} // namespace ra::test
