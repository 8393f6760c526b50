#include "ocrmodelstatus.h"

#include "local/ocr/ocrmodels.h"

#include <QtConcurrent/QtConcurrentRun>

#include <mutex>

namespace ra {

namespace {

// std::mutex rather than QMutex: ThreadSanitizer sees its ordering (Qt's futex-based mutex is
// in an uninstrumented library).
std::mutex g_mutex;
QString g_problem;

} // namespace

QFuture<void> OcrModelStatus::check()
{
    return QtConcurrent::run([] {
        const ocr::OcrModelFiles models = ocr::locateOcrModels();
        const std::lock_guard lock(g_mutex);
        g_problem = models.isUsable() ? QString() : models.error;
    });
}

QString OcrModelStatus::problem()
{
    const std::lock_guard lock(g_mutex);
    return g_problem;
}

} // namespace ra
