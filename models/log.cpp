#include "log.h"

#include "secretvalues.h"

#include <spdlog/sinks/sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <mutex>
#include <regex>

namespace ra::log {
namespace {

std::mutex &sinkMutex()
{
    static std::mutex m;
    return m;
}

struct SinkState
{
    std::vector<spdlog::sink_ptr> sinks;
    spdlog::level::level_enum level = spdlog::level::warn;
};

// Every sink is behind this one: a credential value the process holds (secretvalues.h) is
// masked in every line, whoever wrote it and under whatever name (a vendor's request id that
// echoes an API id, a URL, a Qt message).
class MaskingSink final : public spdlog::sinks::sink
{
public:
    explicit MaskingSink(spdlog::sink_ptr inner) : m_inner(std::move(inner)) {}

    void log(const spdlog::details::log_msg &msg) override
    {
        if (!m_inner->should_log(msg.level))   // the inner sink's own level still counts
            return;
        const std::string_view payload(msg.payload.data(), msg.payload.size());
        const std::string masked = secrets::mask(std::string(payload));
        if (masked.size() == payload.size() && masked == payload) {
            m_inner->log(msg);
            return;
        }
        spdlog::details::log_msg copy(msg);
        copy.payload = spdlog::string_view_t(masked.data(), masked.size());
        m_inner->log(copy);
    }
    void flush() override { m_inner->flush(); }
    void set_pattern(const std::string &pattern) override { m_inner->set_pattern(pattern); }
    void set_formatter(std::unique_ptr<spdlog::formatter> formatter) override
    {
        m_inner->set_formatter(std::move(formatter));
    }

private:
    spdlog::sink_ptr m_inner;
};

spdlog::sink_ptr masked(spdlog::sink_ptr sink)
{
    return std::make_shared<MaskingSink>(std::move(sink));
}

SinkState &state()
{
    static SinkState s = [] {
        SinkState st;
        st.sinks.push_back(masked(std::make_shared<spdlog::sinks::stderr_color_sink_mt>()));
        return st;
    }();
    return s;
}

// Warnings and errors are what a crash report needs, and the moment before a crash is when they
// are written: each one goes to the file before the call returns. The rest is flushed
// periodically (setupApplicationLogging), which costs no write per line.
constexpr auto kFlushLevel = spdlog::level::warn;

} // namespace

std::shared_ptr<spdlog::logger> get(const std::string &name)
{
    std::lock_guard lock(sinkMutex());
    if (auto existing = spdlog::get(name))
        return existing;
    auto logger = std::make_shared<spdlog::logger>(name, state().sinks.begin(), state().sinks.end());
    logger->set_level(state().level);
    logger->flush_on(kFlushLevel);
    spdlog::register_logger(logger);
    return logger;
}

void installSinks(std::vector<spdlog::sink_ptr> sinks, spdlog::level::level_enum level)
{
    std::lock_guard lock(sinkMutex());
    state().sinks.clear();
    for (spdlog::sink_ptr &sink : sinks)
        state().sinks.push_back(masked(std::move(sink)));
    state().level = level;
    spdlog::apply_all([&](const std::shared_ptr<spdlog::logger> &l) {
        l->sinks() = state().sinks;
        l->set_level(level);
        l->flush_on(kFlushLevel);
    });
}

std::string redact(const std::string &text)
{
    // 18-char resident ID (17 digits + digit/X), 15-digit old IDs, 11-digit mobile numbers,
    // and masked forms like 3205**********1234 that still carry digits.
    static const std::regex id18(R"((^|[^0-9A-Za-z])([1-9][0-9]{5})([0-9*]{8})([0-9*]{3}[0-9Xx*])(?![0-9A-Za-z]))");
    static const std::regex mobile(R"((^|[^0-9])(1[3-9][0-9])([0-9]{4})([0-9]{4})(?![0-9]))");
    std::string out = std::regex_replace(text, id18, "$1[id]");
    out = std::regex_replace(out, mobile, "$1[phone]");
    return out;
}

} // namespace ra::log
