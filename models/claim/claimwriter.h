#pragma once

#include "claimdelta.h"
#include "claimstore.h"

#include <QString>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>

class QThread;

namespace ra {

// The one connection that writes a claim file, on a thread of its own. SQLite's durable commit
// (WAL with synchronous=FULL: an fsync per change) costs tens of milliseconds for a big
// document; queued here, the desk's thread never waits for it. Work runs strictly in the order
// it was queued. The first failure is sticky: nothing queued after it is written (a later
// change may depend on the one that failed), and onFailure is called once, on the writer's
// thread, with the reason.
class ClaimWriter
{
public:
    ClaimWriter();
    ~ClaimWriter();   // writes everything queued, then closes the file
    ClaimWriter(const ClaimWriter &) = delete;
    ClaimWriter &operator=(const ClaimWriter &) = delete;

    // Opens (and migrates) the file on the writer's thread and waits for the answer.
    bool open(const QString &path, ClaimStore::OpenMode mode, QString *error);
    // Takes the file as it is now as the picture later changes are written on (see
    // ClaimStore::markCurrent); queued.
    void markCurrent();
    QString path() const { return m_path; }

    // Called on the writer thread: after each change is durable (its sequence number), and once
    // on the first failure. Set them before queueing anything.
    void setOnCommitted(std::function<void(quint64 sequence)> callback) { m_onCommitted = std::move(callback); }
    void setOnFailure(std::function<void(const QString &message)> callback) { m_onFailure = std::move(callback); }

    // Queues a change; returns its sequence number (increasing from 1).
    quint64 apply(ClaimDelta delta);
    void setMeta(const QString &key, const QString &value);

    // Runs `work` on the writer's thread after everything queued so far and waits for it. For
    // the rare calls that need the store itself (Save As, integrity checks).
    bool runAndWait(const std::function<bool(ClaimStore &store, QString *error)> &work, QString *error = nullptr);
    // Waits until everything queued so far is written (or failed).
    void flush();

    bool hasFailed() const;

private:
    using Task = std::function<void(ClaimStore &)>;
    void enqueue(Task task);
    void loop();

    QString m_path;
    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<ClaimStore> m_store;   // used only on m_thread
    std::function<void(quint64)> m_onCommitted;
    std::function<void(const QString &)> m_onFailure;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<Task> m_tasks;
    bool m_busy = false;
    bool m_stop = false;
    bool m_failed = false;
    quint64 m_lastSequence = 0;
};

} // namespace ra
