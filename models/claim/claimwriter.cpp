#include "claim/claimwriter.h"
#include "threadpriority.h"

#include "log.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace ra {

ClaimWriter::ClaimWriter()
{
    m_thread.reset(QThread::create([this] {
        setBackgroundPriority();   // durable commits are background work: the window comes first
        loop();
    }));
    m_thread->setObjectName(u"claim-writer"_s);
    m_thread->start();
}

ClaimWriter::~ClaimWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread->wait();
}

void ClaimWriter::loop()
{
    m_store = std::make_unique<ClaimStore>();
    for (;;) {
        Task task;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || !m_tasks.empty(); });
            if (m_tasks.empty()) {
                // Stopping with nothing left: the connection belongs to this thread, close it here.
                m_store.reset();
                return;
            }
            task = std::move(m_tasks.front());
            m_tasks.pop_front();
            m_busy = true;
        }
        task(*m_store);
        {
            std::lock_guard lock(m_mutex);
            m_busy = false;
        }
        m_idle.notify_all();
    }
}

void ClaimWriter::enqueue(Task task)
{
    {
        std::lock_guard lock(m_mutex);
        m_tasks.push_back(std::move(task));
    }
    m_wake.notify_one();
}

bool ClaimWriter::hasFailed() const
{
    std::lock_guard lock(m_mutex);
    return m_failed;
}

bool ClaimWriter::runAndWait(const std::function<bool(ClaimStore &, QString *)> &work, QString *error)
{
    std::mutex doneMutex;
    std::condition_variable doneCv;
    bool done = false;
    bool ok = false;
    QString why;
    enqueue([&](ClaimStore &store) {
        ok = work(store, &why);
        // Notified under the lock: once the caller sees `done` it returns and its stack (this
        // mutex and condition variable) is gone, so nothing may touch them after the unlock.
        std::lock_guard lock(doneMutex);
        done = true;
        doneCv.notify_all();
    });
    std::unique_lock lock(doneMutex);
    doneCv.wait(lock, [&] { return done; });
    if (error)
        *error = why;
    return ok;
}

bool ClaimWriter::open(const QString &path, ClaimStore::OpenMode mode, QString *error)
{
    m_path = path;
    return runAndWait([path, mode](ClaimStore &store, QString *why) {
        // The file was checked by whoever opened it first (ClaimDocument::load), or just written.
        if (store.open(path, mode, ClaimStore::Check::None))
            return true;
        *why = store.errorString();
        return false;
    }, error);
}

void ClaimWriter::markCurrent()
{
    enqueue([](ClaimStore &store) { store.markCurrent(); });
}

quint64 ClaimWriter::apply(ClaimDelta delta)
{
    quint64 sequence = 0;
    {
        std::lock_guard lock(m_mutex);
        sequence = ++m_lastSequence;
    }
    enqueue([this, sequence, delta = std::move(delta)](ClaimStore &store) {
        {
            std::lock_guard lock(m_mutex);
            if (m_failed)
                return;
        }
        if (store.apply(delta)) {
            if (m_onCommitted)
                m_onCommitted(sequence);
            return;
        }
        {
            std::lock_guard lock(m_mutex);
            m_failed = true;
        }
        log::get("models.claim")->error("claim file not written, later changes are not written either: {}",
                                        store.errorString().toStdString());
        if (m_onFailure)
            m_onFailure(store.errorString());
    });
    return sequence;
}

void ClaimWriter::setMeta(const QString &key, const QString &value)
{
    enqueue([key, value](ClaimStore &store) { store.setMeta(key, value); });
}

void ClaimWriter::flush()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_tasks.empty() && !m_busy; });
}

} // namespace ra
