#pragma once

#include <QDir>
#include <QString>

namespace ra::test {

// ../shared next to the repository (CI has it; a clone elsewhere may not).
inline QString sharedDir() { return QStringLiteral(RA_SHARED_DIR); }
inline QString realFixturesDir() { return sharedDir() + QStringLiteral("/fixtures/real"); }
inline bool haveRealFixtures() { return QDir(realFixturesDir()).exists(QStringLiteral("manifest.json")); }
inline QString testDataDir() { return QStringLiteral(RA_TEST_DATA_DIR); }
inline QString cliPath() { return QStringLiteral(RA_CLI_PATH); }
inline QString workerPath() { return QStringLiteral(RA_WORKER_PATH); }
inline QString guiPath() { return QStringLiteral(RA_GUI_PATH); }
inline QString samplesGeneratorPath() { return QStringLiteral(RA_SAMPLES_PATH); }

} // namespace ra::test
