#pragma once

#include "claim/claimdata.h"

#include <QByteArray>
#include <functional>

namespace ra {

// What an export reads: a snapshot of the claim and a way to fetch an original's bytes. An
// export only reads: nothing it does changes the claim.
struct ExportSource
{
    ClaimData data;
    std::function<QByteArray(const QString &sha256)> originalBytes;
};

} // namespace ra
