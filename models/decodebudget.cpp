#include "decodebudget.h"
#include "translatedtext.h"

#include "log.h"

#include <QCoreApplication>
#include <QtGlobal>

#include <algorithm>
#include <sys/resource.h>

namespace ra {
namespace {

QString tr(const char *text)
{
    return translatedText("ra::DecodeBudget", text);
}

qint64 mebibytes(qint64 bytes)
{
    return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
}

} // namespace

struct DecodeBudget::Held
{
    DecodeBudget *budget;
    qint64 bytes;
    std::thread::id holder;
    ~Held() { budget->giveBack(bytes, holder); }
};

qint64 DecodeBudget::Lease::bytes() const
{
    return m_held ? m_held->bytes : 0;
}

void DecodeBudget::Lease::shrinkTo(qint64 bytes)
{
    if (m_held)
        m_held->budget->shrink(*m_held, std::max<qint64>(bytes, 0));
}

DecodeBudget::DecodeBudget(qint64 capacityBytes) : m_capacity(std::max<qint64>(capacityBytes, 1))
{
}

DecodeBudget::~DecodeBudget() = default;

DecodeBudget &DecodeBudget::shared()
{
    static DecodeBudget budget([] {
        bool ok = false;
        const qint64 mb = qEnvironmentVariableIntValue("REIMBURSE_DECODE_BUDGET_MB", &ok);
        qint64 capacity = ok && mb >= 16 ? mb * 1024 * 1024 : kDefaultCapacity;
        // In a process whose address space is limited (the recognition worker's RLIMIT_AS), a
        // quarter of it: the rest is code, stacks, pdfium and Qt. An image that needs more is
        // then refused with a reason instead of ending the process on a failed allocation.
        rlimit limit{};
        if (::getrlimit(RLIMIT_AS, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
            capacity = std::min<qint64>(capacity, std::max<qint64>(16 * 1024 * 1024, qint64(limit.rlim_cur / 4)));
        return capacity;
    }());
    return budget;
}

qint64 DecodeBudget::inUse() const
{
    std::lock_guard lock(m_mutex);
    return m_used;
}

int DecodeBudget::waiting() const
{
    std::lock_guard lock(m_mutex);
    return int(m_queue.size());
}

bool DecodeBudget::holdsAny(std::thread::id thread) const
{
    const auto it = m_holders.find(thread);
    return it != m_holders.end() && it->second > 0;
}

DecodeBudget::Lease DecodeBudget::reserve(qint64 bytes, std::chrono::milliseconds maxWait, Refusal *refusal,
                                          QString *message)
{
    const auto refuse = [&](Refusal why, const QString &text) {
        if (refusal)
            *refusal = why;
        if (message)
            *message = text;
        log::get("models.image")->warn("decode budget: {} MiB refused ({} of {} MiB in use)", mebibytes(bytes),
                                       mebibytes(inUse()), mebibytes(m_capacity));
        return Lease();
    };
    if (refusal)
        *refusal = Refusal::None;
    bytes = std::max<qint64>(bytes, 0);
    if (bytes > m_capacity)
        return refuse(Refusal::NeverFits,
                      tr("Opening this image needs %1 MiB of memory, more than the %2 MiB set aside for "
                         "decoding images. Scan or export it at a lower resolution.")
                          .arg(mebibytes(bytes))
                          .arg(mebibytes(m_capacity)));

    const std::thread::id self = std::this_thread::get_id();
    std::unique_lock lock(m_mutex);
    const bool nested = holdsAny(self);
    const auto fits = [&] { return m_used + bytes <= m_capacity; };
    bool granted = false;
    if (nested || (m_queue.empty() && fits())) {
        // A thread that holds memory already must not wait: the memory it waits for may be its own.
        granted = fits();
    } else {
        const quint64 ticket = m_nextTicket++;
        m_queue.push_back(ticket);
        // First come, first served: a large request is not starved by a stream of small ones.
        granted = m_freed.wait_for(lock, maxWait, [&] { return m_queue.front() == ticket && fits(); });
        m_queue.erase(std::find(m_queue.begin(), m_queue.end(), ticket));
        // The next in line may fit now (or the head changed because this one gave up).
        m_freed.notify_all();
    }
    if (!granted) {
        lock.unlock();
        return refuse(Refusal::TimedOut,
                      tr("Too many large images are being opened at once: this one waited %1 s for %2 MiB of "
                         "memory. Try it again, or recognise fewer documents at once.")
                          .arg(std::chrono::duration_cast<std::chrono::seconds>(maxWait).count())
                          .arg(mebibytes(bytes)));
    }
    m_used += bytes;
    ++m_holders[self];
    return Lease(std::shared_ptr<Held>(new Held{this, bytes, self}));
}

void DecodeBudget::shrink(Held &held, qint64 bytes)
{
    std::lock_guard lock(m_mutex);
    if (bytes >= held.bytes)
        return;
    m_used -= held.bytes - bytes;
    held.bytes = bytes;
    m_freed.notify_all();
}

void DecodeBudget::giveBack(qint64 bytes, std::thread::id holder)
{
    // Notified under the lock: a waiter cannot return, and a test destroy its budget, while the
    // condition variable is still being signalled.
    std::lock_guard lock(m_mutex);
    m_used -= bytes;
    if (auto it = m_holders.find(holder); it != m_holders.end() && --it->second <= 0)
        m_holders.erase(it);
    m_freed.notify_all();
}

} // namespace ra
