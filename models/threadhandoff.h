#pragma once

#include <utility>

#if defined(__SANITIZE_THREAD__)
#include <sanitizer/tsan_interface.h>
#endif

namespace ra {

// For data that crosses threads inside something Qt carries rather than in a function object
// (the pixels a QImage holds, handed through a queued signal): the sender calls
// handedOver(p) once it has written *p, the thread that later reads or frees *p calls
// takenOver(p) first. No-ops without TSan.
inline void handedOver([[maybe_unused]] const void *at)
{
#if defined(__SANITIZE_THREAD__)
    __tsan_release(const_cast<void *>(at));
#endif
}

inline void takenOver([[maybe_unused]] const void *at)
{
#if defined(__SANITIZE_THREAD__)
    __tsan_acquire(const_cast<void *>(at));
#endif
}

// Wraps a function object handed to another thread (QtConcurrent::run, QThreadPool::start, a
// queued QMetaObject::invokeMethod) so ThreadSanitizer sees the hand-off.
//
// Why: Qt from Debian is not built with -fsanitize=thread, and the queues that carry such a
// function object between threads (QThreadPool's, the posted-event queue) synchronise with
// QMutex on futexes inside libQt6Core, which TSan cannot see. It then reports the captures
// written by the sending thread and read by the receiving one as races, though Qt orders them.
// Each copy or move of the wrapper ends with a release on its own address, each call begins
// with an acquire there and ends with a release, and destruction acquires: exactly the order
// Qt's queue already guarantees, made visible. Without TSan this is the plain function object.
template<typename F>
class Handoff
{
public:
    explicit Handoff(F f) : m_f(std::move(f)) { release(this); }
    Handoff(const Handoff &other) : m_f((acquire(&other), other.m_f)) { release(this); }
    Handoff(Handoff &&other) noexcept : m_f((acquire(&other), std::move(other.m_f))) { release(this); }
    Handoff &operator=(const Handoff &) = delete;
    Handoff &operator=(Handoff &&) = delete;
    ~Handoff() { acquire(this); }

    template<typename... Args>
    decltype(auto) operator()(Args &&...args)
    {
        acquire(this);
        const Releaser done{this};
        return m_f(std::forward<Args>(args)...);
    }

private:
    struct Releaser
    {
        const void *at;
        ~Releaser() { release(at); }
    };
    static void acquire(const void *at) { takenOver(at); }
    static void release(const void *at) { handedOver(at); }

    F m_f;
};

template<typename F>
Handoff<std::decay_t<F>> handoff(F &&f)
{
    return Handoff<std::decay_t<F>>(std::forward<F>(f));
}

} // namespace ra
