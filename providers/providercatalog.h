#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ra {

// What `reimburse-cli providers` and the provider chooser show about each provider.
struct ProviderInfo
{
    QString id;
    QString name;
    QStringList accepts;     // "image", "pdf", "ofd", "url"
    bool configured = false; // credentials present (never their values)
    bool available = false;  // implemented in this build
    QString note;
};

} // namespace ra
