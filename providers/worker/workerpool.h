#pragma once

#include "workerpooloptions.h"
#include "workerrequest.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace ra {

class WorkerProcess;

// Runs untrusted documents through reimburse-worker processes (docs/worker-process.md): at
// most options().jobSlots at once, one process per slot, started when first needed and reused,
// replaced when one is killed (time limit), crashes or talks nonsense. Requests wait in order.
// Widget-free and asynchronous: call it from a thread with an event loop (the GUI thread, the
// CLI's main thread) and never wait on it there; answers come through WorkerRequest::finished.
//
//   WorkerRequest *r = pool.recognize(bytes, name, validation);
//   connect(r, &WorkerRequest::finished, this, [](WorkerRequest *r) { use(r->document()); });
//
//   WorkerRequest *p = pool.render(bytes, pageIndex, dpi);
//   connect(p, &WorkerRequest::finished, this, [](WorkerRequest *p) { p->page().ok() ... });
//
// Worker processes die with the thread that started them (PR_SET_PDEATHSIG): use a pool from
// the thread that lives as long as it does.
class WorkerPool : public QObject
{
    Q_OBJECT
public:
    explicit WorkerPool(const WorkerPoolOptions &options, QObject *parent = nullptr);
    ~WorkerPool() override;

    const WorkerPoolOptions &options() const { return m_options; }

    // Recognises `bytes` with the offline recogniser; `name` is only for display. `sha256`, the
    // bytes' hash when the caller has it (DocumentInput does), saves hashing them again here,
    // on the caller's thread: for a 10 MB photo that is 20-30 ms of the desk's GUI thread.
    WorkerRequest *recognize(const QByteArray &bytes, const QString &name, const ValidationContext &validation,
                             bool decodeQr = true, const QString &sha256 = {});
    // The page `pageIndex` (0-based) of `bytes` at `dpi`, as renderPage() draws it; an image
    // scaled by `imageScale` (≤ 1) on top.
    WorkerRequest *render(const QByteArray &bytes, int pageIndex, double dpi, double imageScale = 1.0);

    // Ends every worker and waits for it (up to `msecs` each): a command line at its end, so
    // its workers exit cleanly and are reaped. Requests still out get no answer. Never on the GUI
    // thread (it blocks); the destructor kills without waiting.
    void shutdown(int msecs = 2000);

    // Requests waiting for a slot, and being worked on.
    int queued() const { return int(m_queue.size()); }
    int running() const;
    // Worker processes started so far (tests: a killed worker is replaced).
    int processesStarted() const;
    // The process ids of the running workers (0 for a slot without one).
    QList<qint64> processIds() const;

private:
    WorkerRequest *enqueue(WorkerRequest *request);
    void dispatch();
    void onCancelRequested(WorkerRequest *request);

    WorkerPoolOptions m_options;
    QList<WorkerProcess *> m_slots;
    QList<QPointer<WorkerRequest>> m_queue;
};

} // namespace ra
