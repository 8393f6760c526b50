#include "deskfixtures.h"

#include "qr/qrencoder.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace ra::test {
namespace {
QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}
} // namespace

QByteArray qrPhoto(const QStringList &payloads)
{
    QImage image(420 * int(payloads.size()) + 40, 520, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    for (int i = 0; i < payloads.size(); ++i)
        p.drawImage(QPoint(40 + 420 * i, 60), qr::encodeQr(payloads.at(i), 5));
    p.end();
    return png(image);
}

QString qrPayload(const QString &number, const QString &amount)
{
    return u"01,32,,244420000000%1,%2,20240105,,A1B2,"_s.arg(number, amount);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return f.fileName();
}

QByteArray blankPng(int width, int height)
{
    QImage page(width, height, QImage::Format_RGB32);
    page.fill(Qt::white);
    return png(page);
}

} // namespace ra::test
