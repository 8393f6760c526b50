#pragma once

// Header-only: the test support library does not link the widgets, the tests that use this do.
#include "core/memorycredentialstore.h"
#include "mainwindow.h"

#include <QDir>
#include <QSettings>

namespace ra::test {

// A desk for a test: settings in `settings`, its files below `dir`, credentials in memory, no
// duplicate ledger, no offer to recover claims.
inline MainWindow::Options deskOptions(QSettings *settings, const QString &dir)
{
    MainWindow::Options o;
    o.settings = settings;
    o.credentials = std::make_shared<MemoryCredentialStore>();
    o.ledgerPath = QStringLiteral("-");
    o.untitledDir = QDir(dir).filePath(QStringLiteral("untitled"));
    o.cacheDirectory = QDir(dir).filePath(QStringLiteral("cache"));
    o.offerRecovery = false;
    return o;
}

} // namespace ra::test
