#pragma once

#include <spdlog/logger.h>
#include <memory>
#include <string>

namespace ra::log {

// One named logger per subsystem ("models.pdf", "providers.local", "cli", "ui.pageview").
// Loggers share the sinks installed by the application (see app/common/logging); before that,
// and in tests, they write warnings and errors to standard error.
// Never log secrets or personal data (ID numbers, phone numbers): use redact() for free text.
std::shared_ptr<spdlog::logger> get(const std::string &name);

// Replaces every sink of every logger (existing and future) with these.
void installSinks(std::vector<std::shared_ptr<spdlog::sinks::sink>> sinks, spdlog::level::level_enum level);

// Masks ID-card numbers (15/18 chars), mobile phone numbers and long digit runs that look
// like personal identifiers, for text that goes into a log line.
std::string redact(const std::string &text);

} // namespace ra::log
