#include "hostiledocuments.h"
#include "pdfbytes.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QRandomGenerator>

namespace ra::test {

QByteArray cyclicPageTreePdf()
{
    return buildPdf({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R] /Count 1 >>"});
}

QByteArray manyPagePdf(int pages)
{
    QByteArray kids;
    for (int i = 0; i < pages; ++i)
        kids += QByteArray::number(i + 3) + " 0 R ";
    QList<QByteArray> objects{"<< /Type /Catalog /Pages 2 0 R >>",
                              "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages) + " >>"};
    for (int i = 0; i < pages; ++i)
        objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
    return buildPdf(objects);
}

QByteArray headerLieBmp(int infoHeaderSize)
{
    QByteArray b(70, '\0');
    auto put32 = [&b](int at, quint32 v) {
        for (int i = 0; i < 4; ++i)
            b[at + i] = char((v >> (8 * i)) & 0xff);
    };
    auto put16 = [&b](int at, quint16 v) {
        b[at] = char(v & 0xff);
        b[at + 1] = char(v >> 8);
    };
    b[0] = 'B';
    b[1] = 'M';
    put32(2, 70 + 11000u * 9000u * 4u);
    put32(10, 14 + infoHeaderSize);
    put32(14, quint32(infoHeaderSize));
    put32(18, 11000);
    put32(22, 9000);
    put16(26, 1);
    put16(28, 32);
    put32(34, 11000u * 9000u * 4u);
    return b;
}

QByteArray workerHook(const char *action)
{
    return QByteArray("%RA-WORKER-TEST ") + action + '\n';
}

QByteArray largePhotoJpeg(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    QRandomGenerator noise(13);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        const int shade = 150 + 80 * y / height;
        for (int x = 0; x < width; ++x) {
            const int v = shade + int(noise.bounded(24)) - 12;
            line[x] = qRgb(v, v, v - 8);
        }
    }
    QPainter painter(&image);
    painter.setPen(Qt::black);
    QFont font = painter.font();
    font.setPixelSize(std::max(12, height / 40));
    painter.setFont(font);
    for (int row = 1; row < 30; ++row)
        painter.drawText(width / 10, row * height / 30, QStringLiteral("Invoice line %1  12345678  ¥ 1,234.56").arg(row));
    painter.end();
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(85);
    writer.write(image);
    return out;
}

} // namespace ra::test
