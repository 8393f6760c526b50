#pragma once

#include <QDateTime>
#include <QString>

namespace ra {

// An original file in a claim (a PDF, OFD or image as the person added it). The bytes are
// stored once per content hash; this is what is known about them without reading them.
struct ClaimOriginal
{
    QString sha256;        // hex, the key
    QString name;          // file name as first added ("taxi.jpg"), for display and export
    QString format;        // formatKey(): "pdf", "ofd", "jpeg", ...
    qint64 size = 0;       // bytes
    int pages = 0;
    QDateTime addedAt;     // UTC

    friend bool operator==(const ClaimOriginal &, const ClaimOriginal &) = default;
};

} // namespace ra
