#include "logsetup.h"

#include "log.h"

#include <QDir>
#include <QStandardPaths>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace ra::log {
namespace {

void qtMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const auto logger = get("qt");
    // Qt messages can quote file names or values: redact personal identifiers first.
    const std::string text = redact(message.toStdString());
    const char *category = context.category ? context.category : "default";
    switch (type) {
    case QtDebugMsg: logger->debug("[{}] {}", category, text); break;
    case QtInfoMsg: logger->info("[{}] {}", category, text); break;
    case QtWarningMsg: logger->warn("[{}] {}", category, text); break;
    case QtCriticalMsg: logger->error("[{}] {}", category, text); break;
    case QtFatalMsg:
        logger->critical("[{}] {}", category, text);
        logger->flush();
        std::abort();
    }
}

} // namespace

QString setupApplicationLogging(const QString &appName, bool toStderr, bool verbose)
{
    std::vector<spdlog::sink_ptr> sinks;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath() + QStringLiteral("/") + appName;
    dir += QStringLiteral("/logs");
    QString path;
    if (QDir().mkpath(dir)) {
        path = dir + QStringLiteral("/") + appName + QStringLiteral(".log");
        try {
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                path.toStdString(), 2 * 1024 * 1024, 5));
        } catch (const spdlog::spdlog_ex &) {
            path.clear(); // an unwritable log folder must not stop the application
        }
    }
    if (toStderr) {
        auto err = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        err->set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
        sinks.push_back(err);
    }
    installSinks(std::move(sinks), verbose ? spdlog::level::debug : spdlog::level::info);
    // Warnings and errors are flushed as they are written (log.cpp); everything else reaches the
    // file within a second, so a process killed outright (SIGKILL, the OOM killer, a debugger)
    // leaves at most the last second of ordinary lines unwritten. spdlog's flusher thread
    // belongs to its registry, which joins it before the loggers and sinks go at exit.
    spdlog::flush_every(std::chrono::seconds(1));
    qInstallMessageHandler(qtMessageHandler);
    return path;
}

} // namespace ra::log
