#include "workerprocess.h"

#include "log.h"
#include "threadhandoff.h"
#include "workercodec.h"
#include "workerrequest.h"
#include "workerstreamreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QThread>
#include <atomic>
#include <climits>
#include <cstring>
#include <memory>
#include <utility>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ra {
namespace {

constexpr int kExitOutOfMemory = 86; // app/worker/workerlimits.h

std::shared_ptr<spdlog::logger> logger()
{
    static const auto l = log::get("providers.worker");
    return l;
}

QString signalName(int sig)
{
    switch (sig) {
    case SIGABRT: return u"SIGABRT"_s;
    case SIGSEGV: return u"SIGSEGV"_s;
    case SIGBUS: return u"SIGBUS"_s;
    case SIGFPE: return u"SIGFPE"_s;
    case SIGILL: return u"SIGILL"_s;
    case SIGKILL: return u"SIGKILL"_s;
    case SIGTERM: return u"SIGTERM"_s;
    default: return u"signal %1"_s.arg(sig);
    }
}

} // namespace

WorkerProcess::WorkerProcess(const WorkerPoolOptions &options, QObject *parent)
    : QObject(parent), m_options(options)
{
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer); // the message names the limit: not 5 % early
    connect(&m_deadline, &QTimer::timeout, this, &WorkerProcess::onDeadline);
}

WorkerProcess::~WorkerProcess()
{
    discardProcess();
    if (m_readerThread) {
        // Its reader only ever does a non-blocking read and cuts frames: it stops at once.
        m_readerThread->quit();
        m_readerThread->wait();
    }
}

QThread *WorkerProcess::readerThread() const
{
    return m_readerThread;
}

void WorkerProcess::ensureReader()
{
    if (m_readerThread)
        return;
    m_readerThread = new QThread(this);
    m_readerThread->setObjectName(u"worker output"_s);
    m_streamReader = new WorkerStreamReader; // lives in its thread, deleted when that ends
    m_streamReader->moveToThread(m_readerThread);
    connect(m_readerThread, &QThread::finished, m_streamReader, &QObject::deleteLater);
    connect(m_streamReader, &WorkerStreamReader::frameRead, this, &WorkerProcess::onFrameRead);
    connect(m_streamReader, &WorkerStreamReader::streamEnded, this, &WorkerProcess::onStreamEnded);
    m_readerThread->start();
}

qint64 WorkerProcess::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void WorkerProcess::run(WorkerRequest *request)
{
    Q_ASSERT(!isBusy());
    m_request = request;
    m_pages = 0;
    m_ocrPages.clear();
    m_sent = false;
    if (!m_process)
        start();
    if (!m_request)
        return; // the worker could not be started; the request has its error
    if (m_ready)
        send();
    else
        armDeadline(m_options.startupTimeoutMs);
}

void WorkerProcess::start()
{
    ensureReader();
    // The worker's answers come through a pipe of our own, read on the reader's thread; QProcess
    // keeps its standard input and error. Both ends close on exec: the child gets its end as
    // standard output (the modifier below), no other program started meanwhile gets either.
    int out[2];
    if (::pipe2(out, O_CLOEXEC) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        fail(ErrorCode::Crashed,
             tr("The document reader (reimburse-worker) could not be started: %1. Reinstall the application, "
                "or set REIMBURSE_WORKER to the reader's path.")
                 .arg(why),
             true);
        return;
    }
    // Started without a standard output (a desktop launcher may close it), the pipe could get
    // descriptor 1, which QProcess points at /dev/null in the child before the modifier runs:
    // the ends are moved above the standard three.
    for (int &end : out) {
        if (end <= STDERR_FILENO) {
            const int moved = ::fcntl(end, F_DUPFD_CLOEXEC, STDERR_FILENO + 1);
            ::close(end);
            end = moved;
        }
    }
    // A larger pipe: a page of 100 MB wakes the reader a hundred times rather than 1,500 (best
    // effort; the default 64 KiB works too).
    ::fcntl(out[0], F_SETPIPE_SZ, 1 << 20);
    m_stream = ++m_streams;
    m_streamOpen = true;
    m_exit.reset();
    // The read end is the reader's once watch() runs; should the reader end first (this slot
    // destroyed before its thread got to it), the call is dropped and the end closed with it.
    const std::shared_ptr<int> readEnd(new int(out[0]), [](int *fd) {
        if (*fd >= 0)
            ::close(*fd);
        delete fd;
    });
    QMetaObject::invokeMethod(
        m_streamReader,
        // handoff: the captures cross to the reader's thread through Qt's event queue, which
        // TSan cannot see (models/threadhandoff.h)
        handoff([reader = m_streamReader, stream = m_stream, readEnd] { reader->watch(stream, std::exchange(*readEnd, -1)); }),
        Qt::QueuedConnection);
    m_process = new QProcess(this);
    m_ready = false;
    m_stderr.clear();
    m_process->setProgram(m_options.program.isEmpty() ? WorkerPoolOptions::workerExecutable() : m_options.program);
    QStringList arguments{u"--serve"_s, u"--memory-mb"_s, QString::number(m_options.memoryMb), u"--nice"_s,
                          QString::number(m_options.niceValue)};
    if (!m_options.language.isEmpty())
        arguments << u"--lang"_s << m_options.language;
    m_process->setArguments(arguments);
    m_process->setStandardOutputFile(QProcess::nullDevice());
    const int childEnd = out[1];
    m_process->setChildProcessModifier([childEnd] { ::dup2(childEnd, STDOUT_FILENO); });
    connect(m_process, &QProcess::readyReadStandardError, this, &WorkerProcess::onStandardError);
    connect(m_process, &QProcess::finished, this, &WorkerProcess::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &WorkerProcess::onErrorOccurred);
    ++m_started;
    m_clock.start();
    m_process->start(); // may fail at once (discardProcess: m_process is null again)
    ::close(childEnd);
}

void WorkerProcess::send()
{
    WorkerRequest *r = m_request;
    QJsonObject h{{u"id"_s, QString::number(r->id())},
                  {u"time_base_ms"_s, m_options.baseTimeoutMs},
                  {u"time_per_page_ms"_s, m_options.perPageTimeoutMs},
                  {u"time_per_ocr_page_ms"_s, m_options.perOcrPageTimeoutMs},
                  {u"time_ocr_max_ms"_s, m_options.ocrMaxMs}};
    if (r->kind() == WorkerRequest::Kind::Recognize) {
        h.insert(u"kind"_s, QString::fromLatin1(workerwire::Recognize));
        h.insert(u"name"_s, r->name);
        h.insert(u"validation"_s, validationToWire(r->validation));
        h.insert(u"decode_qr"_s, r->decodeQr);
        h.insert(u"max_pages"_s, m_options.maxPages);
    } else if (r->kind() == WorkerRequest::Kind::Prepare) {
        h.insert(u"kind"_s, QString::fromLatin1(workerwire::Prepare));
        h.insert(u"spec"_s, pageSpecToWire(r->pageSpec));
    } else {
        h.insert(u"kind"_s, QString::fromLatin1(workerwire::Render));
        h.insert(u"page"_s, r->pageIndex);
        h.insert(u"dpi"_s, r->dpi);
        if (r->imageScale < 1.0)
            h.insert(u"image_scale"_s, r->imageScale);
    }
    // The document is handed over as it is (QProcess keeps the array, shared), not copied into
    // one buffer with the header.
    m_process->write(encodeWorkerFrameHeader(h, r->bytes().size()));
    m_process->write(r->bytes());
    r->releaseBytes();
    m_sent = true;
    m_clock.start();
    // One page (a render, a page for a vendor) has a page's limit from the start.
    armDeadline(r->kind() == WorkerRequest::Kind::Recognize ? m_options.timeLimitMs(0) : m_options.timeLimitMs(1));
}

void WorkerProcess::armDeadline(qint64 totalMs)
{
    const qint64 remaining = qBound<qint64>(0, totalMs - m_clock.elapsed(), qint64(INT_MAX));
    m_deadline.start(int(remaining));
}

void WorkerProcess::onFrameRead(quint64 stream, const WorkerFrame &frame, const QImage &image)
{
    // A worker that was replaced may still have had something on its way.
    if (stream != m_stream || !m_process)
        return;
    handleFrame(frame, image);
}

void WorkerProcess::onStreamEnded(quint64 stream, const QString &error)
{
    if (stream != m_stream || !m_process)
        return;
    m_streamOpen = false;
    if (!error.isEmpty()) {
        logger()->warn("worker sent something that is not the protocol: {}", error.toStdString());
        fail(ErrorCode::Crashed,
             tr("The document reader stopped unexpectedly on this file (it sent an unreadable answer). The "
                "file may be damaged: open it in another viewer and save a new copy, or use a cloud provider."),
             true);
        return;
    }
    // Everything it wrote is in: an exit that came first can be judged now.
    if (m_exit)
        processEnded(m_exit->first, m_exit->second);
}

void WorkerProcess::handleFrame(const WorkerFrame &frame, const QImage &image)
{
    const QString kind = frame.header.value(u"kind"_s).toString();
    const auto garbage = [this](const QString &what) {
        logger()->warn("worker answer refused: {}", what.toStdString());
        fail(ErrorCode::Crashed,
             tr("The document reader stopped unexpectedly on this file (it sent an unreadable answer). The "
                "file may be damaged: open it in another viewer and save a new copy, or use a cloud provider."),
             true);
    };
    if (kind == QLatin1String(workerwire::Ready)) {
        if (m_ready || frame.header.value(u"version"_s).toInt() != workerwire::kProtocolVersion)
            return garbage(u"unexpected ready message or protocol version"_s);
        m_ready = true;
        m_deadline.stop(); // the startup deadline; send() arms the request's
        static std::atomic_bool told{false};
        if (!told.exchange(true)) {
            QStringList notes;
            for (const QJsonValue &v : frame.header.value(u"sandbox"_s).toArray())
                notes << v.toString();
            logger()->info("reimburse-worker started: {}", notes.join(u"; "_s).toStdString());
        }
        if (m_request && !m_sent)
            send();
        return;
    }
    const bool answer = kind == QLatin1String(workerwire::Document) || kind == QLatin1String(workerwire::Page)
                        || kind == QLatin1String(workerwire::Prepared) || kind == QLatin1String(workerwire::Failed);
    if (m_draining) {
        if (answer) {
            m_draining = false;
            m_deadline.stop();
            done();
        }
        return;
    }
    if (!m_request || !m_sent)
        return garbage(u"a message while no request is out"_s);
    if (frame.header.value(u"id"_s).toString() != QString::number(m_request->id()))
        return garbage(u"an answer to another request"_s);

    if (kind == QLatin1String(workerwire::Pages)) {
        const qint64 pages = frame.header.value(u"pages"_s).toInteger(-1);
        if (pages < 0 || pages > 10'000'000)
            return garbage(u"a page count out of range"_s);
        m_pages = int(pages);
        armDeadline(m_options.timeLimitMs(m_pages, int(m_ocrPages.size())));
        return;
    }
    if (kind == QLatin1String(workerwire::Progress)) {
        const std::optional<RecognitionProgress> p = progressFromWire(frame.header);
        if (!p || m_request->kind() != WorkerRequest::Kind::Recognize)
            return garbage(u"a progress report out of range"_s);
        // A page read by OCR gets its allowance once, and no more pages than the document has
        // (a worker cannot buy itself time by naming pages over and over).
        if (p->ocr && p->page >= 1 && p->page <= qMax(m_pages, 1) && !m_ocrPages.contains(p->page)) {
            m_ocrPages.insert(p->page);
            armDeadline(m_options.timeLimitMs(m_pages, int(m_ocrPages.size())));
        }
        m_request->reportProgress(*p);
        return;
    }
    if (kind == QLatin1String(workerwire::Document)) {
        QString why;
        std::optional<RecognizedDocument> doc = documentFromWire(frame.header.value(u"document"_s).toObject(), &why);
        if (!doc || m_request->kind() != WorkerRequest::Kind::Recognize)
            return garbage(u"document: "_s + why);
        m_request->finishWithDocument(std::move(*doc));
        // The line LocalRecognizer logs in process (the worker's own log goes nowhere): no
        // name, only the format, counts and the start of the hash.
        const RecognizedDocument &done = m_request->document();
        if (done.error)
            logger()->info("{}: {} ({})", done.format.toStdString(), done.error->code.toStdString(),
                           done.sha256.left(12).toStdString());
        else
            logger()->info("{}: {} page(s), {} invoice(s) ({})", done.format.toStdString(), done.pages,
                           done.invoices.size(), done.sha256.left(12).toStdString());
    } else if (kind == QLatin1String(workerwire::Page)) {
        if (m_request->kind() != WorkerRequest::Kind::Render)
            return garbage(u"a page for a recognition"_s);
        RenderedPage page;
        page.pageCount = qBound(0, frame.header.value(u"page_count"_s).toInt(), 10'000'000);
        if (frame.header.contains(u"error"_s)) {
            const auto error = errorFromWire(frame.header.value(u"error"_s).toObject());
            if (!error)
                return garbage(u"page: an error without a code"_s);
            page.errorCode = error->code;
            page.error = error->message;
        } else {
            page.image = image; // made from the scan lines by the reader (WorkerStreamReader)
            if (page.image.isNull())
                return garbage(u"page: an image that is not what it says"_s);
        }
        m_request->finishWithPage(std::move(page));
    } else if (kind == QLatin1String(workerwire::Prepared)) {
        QString why;
        std::optional<vendor::PreparedImage> prepared
            = preparedFromWire(frame.header, frame.payload, m_request->pageSpec, &why);
        if (!prepared || m_request->kind() != WorkerRequest::Kind::Prepare)
            return garbage(u"prepared: "_s + why);
        m_request->finishWithPrepared(std::move(*prepared));
    } else if (kind == QLatin1String(workerwire::Failed)) {
        const auto error = errorFromWire(frame.header.value(u"error"_s).toObject());
        if (!error)
            return garbage(u"failed: an error without a code"_s);
        m_request->finishWithError(*error);
    } else {
        return garbage(u"unknown message kind"_s);
    }
    m_request = nullptr;
    m_deadline.stop();
    done();
}

void WorkerProcess::onStandardError()
{
    if (!m_process)
        return;
    m_stderr.append(m_process->readAllStandardError());
    // Whole lines to the log; a worker that talks without end cannot grow this buffer.
    qsizetype nl;
    while ((nl = m_stderr.indexOf('\n')) >= 0) {
        logger()->info("worker: {}", log::redact(m_stderr.left(nl).left(500).toStdString()));
        m_stderr.remove(0, nl + 1);
    }
    if (m_stderr.size() > 4096)
        m_stderr = m_stderr.right(4096);
}

void WorkerProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_process)
        return;
    if (m_streamOpen && (m_request || m_draining)) {
        // What it said before it ended still counts (an answer, then an exit): judged when the
        // reader has passed on all of it (onStreamEnded).
        m_exit = std::make_pair(exitCode, status);
        return;
    }
    processEnded(exitCode, status);
}

void WorkerProcess::processEnded(int exitCode, QProcess::ExitStatus status)
{
    m_exit.reset();
    logger()->info("worker {} ended: {} {}", m_process->processId(),
                   status == QProcess::CrashExit ? "signal" : "exit code", exitCode);
    if (m_request || m_draining) {
        if (status == QProcess::NormalExit && exitCode == kExitOutOfMemory) {
            fail(ErrorCode::TooComplex,
                 tr("Reading this document needed more than %1 MB of memory and was stopped. A file this "
                    "demanding is not an ordinary invoice: scan or photograph it at a lower resolution, "
                    "or split it into smaller files.")
                     .arg(m_options.memoryMb),
                 true);
        } else if (status == QProcess::CrashExit && exitCode == SIGXCPU) {
            fail(ErrorCode::Timeout,
                 tr("Reading this document used more processor time than its limit and was stopped. The file "
                    "may be damaged or made to hang readers: open it in a viewer and save or print it to a "
                    "new file, or use a cloud provider."),
                 true);
        } else {
            const QString how = status == QProcess::CrashExit ? signalName(exitCode)
                                                              : tr("exit code %1").arg(exitCode);
            fail(ErrorCode::Crashed,
                 tr("The document reader stopped unexpectedly on this file (%1). The file may be damaged: "
                    "open it in another viewer and save a new copy, or use a cloud provider.")
                     .arg(how),
                 true);
        }
        return;
    }
    discardProcess();
}

void WorkerProcess::onErrorOccurred(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart || !m_process)
        return; // a crash is handled when the process has finished
    const QString why = m_process->errorString();
    logger()->error("reimburse-worker could not be started: {}", why.toStdString());
    fail(ErrorCode::Crashed,
         tr("The document reader (reimburse-worker) could not be started: %1. Reinstall the application, "
            "or set REIMBURSE_WORKER to the reader's path.")
             .arg(why),
         true);
}

void WorkerProcess::onDeadline()
{
    if (m_draining) {
        // An abandoned render past its grace: nobody waits for its answer, the next page does
        // wait for the slot.
        logger()->info("an abandoned render was still running after {} ms: worker {} killed",
                       m_options.abandonGraceMs, processId());
        m_draining = false;
        discardProcess();
        done();
        return;
    }
    if (!m_ready) {
        fail(ErrorCode::Crashed,
             tr("The document reader (reimburse-worker) did not start within %1 s. Try again; if it keeps "
                "happening, reinstall the application.")
                 .arg(m_options.startupTimeoutMs / 1000.0),
             true);
        return;
    }
    const double seconds = m_options.timeLimitMs(m_pages, int(m_ocrPages.size())) / 1000.0;
    const WorkerRequest::Kind kind = m_request ? m_request->kind() : WorkerRequest::Kind::Recognize;
    const QString message
        = kind == WorkerRequest::Kind::Render
              ? tr("Drawing this page took longer than %1 s and was stopped. The file may be damaged or made to "
                   "hang readers: open it in a viewer and save or print it to a new file.")
                    .arg(m_options.timeLimitMs(1) / 1000.0)
        : kind == WorkerRequest::Kind::Prepare
              ? tr("Preparing this page for the service took longer than %1 s and was stopped, so nothing was "
                   "sent. The file may be damaged or made to hang readers: open it in a viewer and save or "
                   "print it to a new file.")
                    .arg(m_options.timeLimitMs(1) / 1000.0)
        : !m_ocrPages.isEmpty()
              ? tr("Reading the printed text of this document (offline OCR) took longer than %1 s, its limit "
                   "with %n page(s) read by OCR, and was stopped. Try a sharper or smaller photo or scan, or use a "
                   "cloud provider.",
                   nullptr, int(m_ocrPages.size()))
                    .arg(seconds)
        : m_pages > 0
              ? tr("Reading this document took longer than %1 s, the limit for %n page(s), and was stopped. The "
                   "file may be damaged or made to hang readers: open it in a viewer and save or print it to a "
                   "new file, or use a cloud provider.",
                   nullptr, m_pages)
                    .arg(seconds)
              : tr("Reading this document took longer than %1 s and was stopped before its pages could be "
                   "counted. The file may be damaged or made to hang readers: open it in a viewer and save or "
                   "print it to a new file, or use a cloud provider.")
                    .arg(seconds);
    fail(ErrorCode::Timeout, message, true);
}

void WorkerProcess::fail(const char *code, const QString &message, bool killWorker)
{
    if (m_request) {
        logger()->warn("request {}: {}", m_request->id(), code);
        m_request->finishWithError(DocumentError{QString::fromLatin1(code), message});
    }
    m_request = nullptr;
    m_draining = false;
    m_deadline.stop();
    if (killWorker)
        discardProcess();
    done();
}

void WorkerProcess::stop()
{
    m_request = nullptr;
    m_draining = false;
    m_deadline.stop();
    discardProcess();
    done();
}

void WorkerProcess::shutdown(int msecs)
{
    m_request = nullptr;
    m_draining = false;
    m_deadline.stop();
    if (!m_process)
        return;
    QProcess *p = m_process;
    disconnect(p, nullptr, this, nullptr);
    p->closeWriteChannel();
    if (!p->waitForFinished(msecs)) {
        p->kill();
        p->waitForFinished(msecs);
    }
    m_process = nullptr;
    m_ready = false;
    forgetStream();
    delete p;
}

void WorkerProcess::abandon()
{
    if (!m_request)
        return;
    m_request = nullptr;
    if (m_sent) {
        // The deadline still runs, shortened to the grace: an answer that does not come by
        // then ends in a kill (onDeadline), not in the next page waiting for the whole limit.
        m_draining = true;
        const qint64 grace = qMax<qint64>(0, m_options.abandonGraceMs);
        if (!m_deadline.isActive() || m_deadline.remainingTime() > grace)
            m_deadline.start(int(qMin<qint64>(grace, INT_MAX)));
        return;
    }
    // Not sent yet (the worker is still starting): nothing to wait for. The startup deadline
    // stays armed, so a worker that never says it is ready is still killed.
    done();
}

void WorkerProcess::discardProcess()
{
    if (!m_process)
        return;
    QProcess *p = m_process;
    m_process = nullptr;
    m_ready = false;
    forgetStream();
    disconnect(p, nullptr, this, nullptr);
    // No waiting here: the process object goes once the kernel says the process is gone.
    p->setParent(nullptr);
    if (p->state() == QProcess::NotRunning) {
        p->deleteLater();
        return;
    }
    connect(p, &QProcess::finished, p, &QObject::deleteLater);
    p->kill();
}

void WorkerProcess::forgetStream()
{
    if (m_stream && m_streamReader)
        QMetaObject::invokeMethod(
            m_streamReader, handoff([reader = m_streamReader, stream = m_stream] { reader->forget(stream); }),
            Qt::QueuedConnection);
    m_stream = 0;
    m_streamOpen = false;
    m_exit.reset();
}

void WorkerProcess::done()
{
    // From the event loop: the pool may hand out the next request right away, and that must
    // not happen inside the call that finished this one.
    QMetaObject::invokeMethod(
        this,
        [this]() {
            if (!isBusy())
                Q_EMIT idle(this);
        },
        Qt::QueuedConnection);
}

} // namespace ra
