#include "exportrunner.h"
#include "threadhandoff.h"

#include "export/exportregistry.h"
#include "export/originalsexporter.h"
#include "threadpriority.h"
#include "worker/workerrenderqueue.h"

#include <QThread>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace ra {

ExportRunner::ExportRunner(QObject *parent)
    : QObject(parent)
{
}

ExportRunner::~ExportRunner()
{
    // The worker posts to this object: it must be done before the object goes.
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool ExportRunner::start(const ExportSource &source, const ExportOptions &options, const QList<ExportTarget> &targets,
                         bool replaceExisting)
{
    if (m_thread)
        return false;
    m_targets = targets;
    m_outcomes = QList<ExportOutcome>(targets.size());
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const auto cancelFlag = m_cancel;
    ExportSource withWorkers = source;
    if (!withWorkers.renderQueue) {
        // The report's pictures are drawn in worker processes started from the export's thread
        // (docs/worker-process.md): a page that hangs or crashes pdfium is a placeholder in the
        // report, never a hung export. They yield the CPU to the window, as recognition does.
        WorkerPoolOptions workers = WorkerPoolOptions::fromEnvironment(std::clamp(QThread::idealThreadCount(), 1, 4));
        workers.niceValue = kRecognitionNice;
        withWorkers.renderQueue = WorkerRenderQueue::factory(workers);
    }
    m_thread = QThread::create([this, source = std::move(withWorkers), options, targets, replaceExisting, cancelFlag] {
        run(source, options, targets, replaceExisting, cancelFlag);
    });
    m_thread->setObjectName(u"export"_s);
    connect(m_thread, &QThread::finished, this, &ExportRunner::threadDone);
    m_thread->start(QThread::LowPriority);
    return true;
}

void ExportRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ExportRunner::wait()
{
    if (m_thread)
        m_thread->wait();
}

void ExportRunner::post(std::function<void()> update)
{
    // Runs on this object's thread; the worker never touches the outcomes itself.
    QMetaObject::invokeMethod(this, handoff(std::move(update)), Qt::QueuedConnection);
}

void ExportRunner::threadDone()
{
    // Everything the worker posted was queued before QThread::finished: the outcomes are final.
    if (!m_thread)
        return;
    m_thread->deleteLater();
    m_thread = nullptr;
    for (qsizetype i = 0; i < m_outcomes.size(); ++i) {
        if (!m_outcomes.at(i).isFinished()) {   // only when the worker stopped early
            m_outcomes[i].status = ExportOutcome::Status::Cancelled;
            emit targetFinished(int(i));
        }
    }
    emit finished();
}

void ExportRunner::run(const ExportSource &source, const ExportOptions &options, const QList<ExportTarget> &targets,
                       bool replaceExisting, std::shared_ptr<std::atomic_bool> cancel)
{
    // A damaged claim is never exported: checked once, before any target is written.
    if (const QString problem = source.verify ? source.verify() : QString(); !problem.isEmpty()) {
        for (qsizetype i = 0; i < targets.size(); ++i) {
            const int index = int(i);
            post([this, index, problem] {
                m_outcomes[index].status = ExportOutcome::Status::Failed;
                m_outcomes[index].error = problem;
                emit targetFinished(index);
            });
        }
        return;
    }
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const int index = int(i);
        const ExportTarget &target = targets.at(i);
        if (cancel->load()) {
            post([this, index] {
                m_outcomes[index].status = ExportOutcome::Status::Cancelled;
                emit targetFinished(index);
            });
            continue;
        }
        post([this, index] {
            m_outcomes[index].status = ExportOutcome::Status::Running;
            emit targetStarted(index);
        });
        const auto progress = [this, index, cancel](int done, int total) {
            post([this, index, done, total] {
                m_outcomes[index].done = done;
                m_outcomes[index].total = total;
                emit targetProgress(index, done, total);
            });
            return !cancel->load();
        };

        ExportOutcome outcome;
        if (target.isFolder()) {
            OriginalsExporter exporter;
            exporter.setReplaceExisting(replaceExisting);
            exporter.setProgress(progress);
            const bool ok = exporter.exportTo(source, options, target.path);
            outcome.files = exporter.writtenFiles();
            outcome.status = ok ? ExportOutcome::Status::Written
                : exporter.wasCancelled() ? ExportOutcome::Status::Cancelled
                                          : ExportOutcome::Status::Failed;
            if (!ok && !exporter.wasCancelled())
                outcome.error = exporter.errorString();
        } else if (const auto writer = exports::create(target.format)) {
            writer->setProgress(progress);
            const QString error = exports::saveToFile(*writer, source, options, target.path);
            if (error.isEmpty()) {
                outcome.status = ExportOutcome::Status::Written;
                outcome.files = {target.path};
            } else if (writer->wasCancelled()) {
                outcome.status = ExportOutcome::Status::Cancelled;
            } else {
                outcome.status = ExportOutcome::Status::Failed;
                outcome.error = error;
            }
        } else {
            outcome.status = ExportOutcome::Status::Failed;
            outcome.error = u"unknown export format '%1'"_s.arg(target.format);
        }
        post([this, index, outcome] {
            const int done = m_outcomes.at(index).done;
            const int total = m_outcomes.at(index).total;
            m_outcomes[index] = outcome;
            m_outcomes[index].done = done;
            m_outcomes[index].total = total;
            emit targetFinished(index);
        });
    }
}

} // namespace ra
