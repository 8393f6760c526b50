#pragma once

#include <QStringList>

namespace ra::cli {

// Each command takes its own arguments (after the command word) and returns the exit code.
int runRecognize(const QStringList &args);
int runProviders(const QStringList &args);
int runRender(const QStringList &args);
int runExport(const QStringList &args);

} // namespace ra::cli
