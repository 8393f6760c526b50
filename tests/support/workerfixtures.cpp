#include "workerfixtures.h"

#include <QTest>

namespace ra::test {

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
