#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QTemporaryDir;

namespace ra::test {

// A photo-like PNG with one invoice QR code per payload, side by side.
QByteArray qrPhoto(const QStringList &payloads);
// A 数电 (fully digital) invoice's QR: its amount is the tax-inclusive total.
QString qrPayload(const QString &number, const QString &amount);
// Writes `bytes` to `name` in `dir`; returns the path (empty on failure).
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);
// A white page as a PNG.
QByteArray blankPng(int width = 880, int height = 520);

} // namespace ra::test
