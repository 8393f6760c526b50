#pragma once

#include <QString>

namespace ra::log {

// Application logging: a rotating file in the application data folder (logs/<app>.log,
// 5 × 2 MiB), optionally standard error too, and Qt's own messages routed into the "qt"
// logger. Warnings and errors reach the file at once, other lines within a second (a killed
// process keeps its log). Returns the log file's path. Call once from main().
QString setupApplicationLogging(const QString &appName, bool toStderr, bool verbose);

} // namespace ra::log
