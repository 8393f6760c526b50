#pragma once

#include <QFlags>
#include <QString>

namespace ra {

// What a provider accepts and returns; shown by `reimburse-cli providers` and used by
// `--provider auto` to pick one per file.
enum class ProviderCapability {
    Image = 0x01,
    Pdf = 0x02,
    Ofd = 0x04,
    Url = 0x08,
    SeveralInvoicesPerImage = 0x10,
    FieldPolygons = 0x20,
    Offline = 0x40,
};
Q_DECLARE_FLAGS(ProviderCapabilities, ProviderCapability)
Q_DECLARE_OPERATORS_FOR_FLAGS(ProviderCapabilities)

} // namespace ra
