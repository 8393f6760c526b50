#pragma once

namespace ra {

// Marks the calling thread as background work (recognition, thumbnails, the claim's writer):
// on Linux its nice value is raised to `niceValue` for this thread alone, so on a machine
// with few cores the GUI thread gets the CPU the moment it needs it while these keep running
// (CFS weighs nice 0 about nine times nice 10: they are slowed, never starved, unlike
// SCHED_IDLE, which QThread::IdlePriority would give). Idempotent, never lowers a nice value
// already higher; a no-op on other systems.
constexpr int kBackgroundNice = 10;
// Recognition is what the person waits for: yielding to the window, but less than thumbnails
// and the writer, so another program's load slows it about 3× rather than 9×.
constexpr int kRecognitionNice = 5;

void setBackgroundPriority(int niceValue = kBackgroundNice);

} // namespace ra
