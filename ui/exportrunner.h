#pragma once

#include "export/exportoptions.h"
#include "export/exportsource.h"
#include "exportoutcome.h"
#include "exporttarget.h"

#include <QList>
#include <QObject>
#include <atomic>
#include <memory>

class QThread;

namespace ra {

// Runs an export off the GUI thread: the targets one after another, in order, on a worker
// thread of its own, from a snapshot of the claim (ClaimDocument::exportSource()), so the
// claim stays editable and is never changed. Signals are emitted on the runner's thread.
//
// cancel() stops after the current step (an invoice of the PDF report, an original copied, or a
// whole quick format): what is finished stays, a file cut short is never written (every target
// goes through OutputFile: checked writes, fsync, rename), and the targets not started are
// marked Cancelled. A claim whose file fails its check (ExportSource::verify) fails every
// target before anything is written.
class ExportRunner : public QObject
{
    Q_OBJECT
public:
    explicit ExportRunner(QObject *parent = nullptr);
    ~ExportRunner() override;   // cancels and waits for the worker

    // Starts writing `targets`. `replaceExisting`: originals replace files of the same name in
    // their folder instead of being numbered beside them (file targets always replace theirs).
    // False when a run is still going.
    bool start(const ExportSource &source, const ExportOptions &options, const QList<ExportTarget> &targets,
               bool replaceExisting);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    bool isCancelling() const { return m_cancel && m_cancel->load(); }

    QList<ExportTarget> targets() const { return m_targets; }
    QList<ExportOutcome> outcomes() const { return m_outcomes; }   // one per target

    // Blocks until the worker is done (finished() is still delivered through the event loop).
    void wait();

signals:
    void targetStarted(int index);
    void targetProgress(int index, int done, int total);
    void targetFinished(int index);
    void finished();

private:
    void run(const ExportSource &source, const ExportOptions &options, const QList<ExportTarget> &targets,
             bool replaceExisting, std::shared_ptr<std::atomic_bool> cancel);
    void post(std::function<void()> update);
    void threadDone();

    QList<ExportTarget> m_targets;
    QList<ExportOutcome> m_outcomes;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace ra
