#pragma once

#include <QString>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

namespace ra {

// Memory for decoded pixels, shared by every job of the process (docs/security.md, "Memory
// budget for decoding"). A decode asks for what it will hold at its peak before it allocates
// anything; it waits while other jobs hold the memory, in the order the requests came, and is
// refused with a reason a person can act on when the request can never fit, or when it waited
// longer than its limit. A thread that already holds memory from the budget never waits (it
// could wait for itself): it gets what is free at once or is refused. Thread-safe.
class DecodeBudget
{
    struct Held;

public:
    // What a decode holds; the bytes go back to the budget when the last copy is dropped (on any
    // thread). A null lease holds nothing.
    class Lease
    {
    public:
        Lease() = default;
        qint64 bytes() const;
        bool isNull() const { return !m_held; }
        void release() { m_held.reset(); }
        // Gives back what is held beyond `bytes` (the decode is done, its result is smaller).
        void shrinkTo(qint64 bytes);

    private:
        friend class DecodeBudget;
        explicit Lease(std::shared_ptr<Held> held) : m_held(std::move(held)) {}
        std::shared_ptr<Held> m_held;
    };

    enum class Refusal { None, NeverFits, TimedOut };

    // `capacityBytes` > 0. Leases must not outlive the budget.
    explicit DecodeBudget(qint64 capacityBytes);
    ~DecodeBudget();
    DecodeBudget(const DecodeBudget &) = delete;
    DecodeBudget &operator=(const DecodeBudget &) = delete;

    // The process's budget: REIMBURSE_DECODE_BUDGET_MB when set (16 or more), else
    // kDefaultCapacity; at most a quarter of the address space when RLIMIT_AS limits it.
    static DecodeBudget &shared();
    static constexpr qint64 kDefaultCapacity = qint64(1024) * 1024 * 1024;
    static constexpr std::chrono::milliseconds kDefaultWait{120'000};

    qint64 capacity() const { return m_capacity; }
    qint64 inUse() const;
    int waiting() const;

    // `bytes` of the budget, held by the returned lease; a null lease when refused, with the
    // reason in `refusal` and `message` (translated).
    Lease reserve(qint64 bytes, std::chrono::milliseconds maxWait = kDefaultWait, Refusal *refusal = nullptr,
                  QString *message = nullptr);

private:
    void giveBack(qint64 bytes, std::thread::id holder);
    void shrink(Held &held, qint64 bytes);
    bool holdsAny(std::thread::id thread) const; // with m_mutex held

    const qint64 m_capacity;
    mutable std::mutex m_mutex;
    std::condition_variable m_freed;
    qint64 m_used = 0;
    quint64 m_nextTicket = 0;
    std::deque<quint64> m_queue;                 // tickets of the waiting requests, oldest first
    std::map<std::thread::id, int> m_holders;    // leases held per thread
};

} // namespace ra
