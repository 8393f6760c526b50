#pragma once

// Exit codes of reimburse-cli (shared/docs/cli.md): a fixed interface scripts depend on.
namespace ra::cli {
inline constexpr int kExitOk = 0;
inline constexpr int kExitSomeFailed = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitConfig = 3;
} // namespace ra::cli
