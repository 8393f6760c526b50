#pragma once

#include "workerframe.h"
#include "workerpooloptions.h"

#include <QElapsedTimer>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QSet>
#include <QTimer>
#include <optional>
#include <utility>

class QThread;

namespace ra {

class WorkerRequest;
class WorkerStreamReader;

// One job slot of a WorkerPool: one reimburse-worker process at a time, started when the
// first request comes and reused for the next ones. It runs one request at a time under the
// request's time limit (options().timeLimitMs, scaled once the worker says the page count, and
// again for each page the worker says it reads by OCR).
// A worker that goes past the limit, dies, or sends anything but the protocol is killed
// (SIGKILL) and its request finished with timeout / too_complex / crashed; the slot starts a
// fresh process for its next request. Never blocks: everything runs from the event loop.
//
// What the worker writes is read on a thread of the slot's own (WorkerStreamReader): the
// thread that owns the slot (the desk's GUI thread) gets whole frames, a page as a QImage
// already made, never the bytes of a 100 MB page as they come through the pipe.
class WorkerProcess : public QObject
{
    Q_OBJECT
public:
    explicit WorkerProcess(const WorkerPoolOptions &options, QObject *parent = nullptr);
    ~WorkerProcess() override;

    bool isBusy() const { return m_request != nullptr || m_draining; }
    WorkerRequest *request() const { return m_request; }
    // Processes this slot has started so far (a replaced worker counts again).
    int processesStarted() const { return m_started; }
    // The running worker's process id (0 when none).
    qint64 processId() const;
    // The thread its workers' output is read on (null until the first worker starts).
    QThread *readerThread() const;

    // Sends `request` to the worker, starting one if needed. The slot must not be busy.
    void run(WorkerRequest *request);
    // Kills the worker and finishes the current request as cancelled (recognition).
    void stop();
    // Ends the worker the polite way, blocking up to `msecs`: its input closed, it exits and
    // is reaped (then killed if it does not). For a command line at its end, never the GUI.
    void shutdown(int msecs);
    // Drops the current request (already finished by its owner) but lets the worker finish
    // it; its answer is discarded and the slot is busy until then (render).
    void abandon();

Q_SIGNALS:
    // The slot has finished with its request (or abandoned it) and takes another.
    void idle(ra::WorkerProcess *slot);

private:
    void ensureReader();
    void start();
    void onFrameRead(quint64 stream, const ra::WorkerFrame &frame, const QImage &image);
    void onStreamEnded(quint64 stream, const QString &error);
    void onStandardError();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    // The process ended and all it wrote has been read: its request (if any) fails.
    void processEnded(int exitCode, QProcess::ExitStatus status);
    void onErrorOccurred(QProcess::ProcessError error);
    void onDeadline();
    void handleFrame(const WorkerFrame &frame, const QImage &image);
    void send();
    void armDeadline(qint64 totalMs);
    // Kills the process and forgets it; the next run() starts a new one.
    void discardProcess();
    // Its output is not wanted any more: the reader closes it unread.
    void forgetStream();
    // The request ends with `code`/`message`; the worker is killed unless it is still good.
    void fail(const char *code, const QString &message, bool killWorker);
    void done();

    WorkerPoolOptions m_options;
    QProcess *m_process = nullptr;
    QThread *m_readerThread = nullptr;
    WorkerStreamReader *m_streamReader = nullptr; // in m_readerThread
    quint64 m_stream = 0;      // the running worker's output at the reader (0: none)
    quint64 m_streams = 0;
    bool m_streamOpen = false; // the reader has not seen its end yet
    std::optional<std::pair<int, QProcess::ExitStatus>> m_exit; // an exit waiting for the output's end
    QPointer<WorkerRequest> m_request;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    bool m_ready = false;      // the worker said it is ready
    bool m_sent = false;       // the request is written to it
    bool m_draining = false;   // abandoned: waiting for the answer to drop it
    int m_pages = 0;
    QSet<int> m_ocrPages;      // pages the worker said it reads by OCR (each adds time once)
    int m_started = 0;
    QByteArray m_stderr;       // the current worker's last words, for the log
};

} // namespace ra
