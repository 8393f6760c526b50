#include "imageoutput.h"

#include "invoicepainter.h"

#include <QImageWriter>
#include <QLinearGradient>
#include <QPainter>
#include <QRadialGradient>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace ra::samples {

namespace {

bool saveJpeg(const QImage &img, const QString &path, int quality, QString *error)
{
    QImageWriter writer(path, "jpeg");
    writer.setQuality(quality);
    writer.setOptimizedWrite(true);
    if (!writer.write(img)) {
        *error = writer.errorString();
        return false;
    }
    return true;
}

void addNoise(QImage &img, quint32 seed, int amplitude)
{
    QRandomGenerator rng(seed);
    for (int y = 0; y < img.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(img.scanLine(y));
        for (int x = 0; x < img.width(); ++x) {
            const int n = int(rng.bounded(quint32(2 * amplitude + 1))) - amplitude;
            const QRgb c = line[x];
            line[x] = qRgb(std::clamp(qRed(c) + n, 0, 255), std::clamp(qGreen(c) + n, 0, 255),
                           std::clamp(qBlue(c) + n, 0, 255));
        }
    }
}

} // namespace

QImage ImageOutput::renderPage(const SampleInvoice &invoice, double dpi)
{
    const QSizeF mm = InvoicePainter::pageSizeMm(invoice.layout);
    const double k = dpi / 25.4;
    QImage page(int(mm.width() * k + 0.5), int(mm.height() * k + 0.5), QImage::Format_RGB32);
    page.setDotsPerMeterX(int(dpi / 0.0254 + 0.5));
    page.setDotsPerMeterY(int(dpi / 0.0254 + 0.5));
    page.fill(Qt::white);
    QPainter p(&page);
    InvoicePainter::paint(p, invoice, k);
    return page;
}

bool ImageOutput::writePhoto(const QString &path, const SampleInvoice &invoice, QString *error)
{
    const QImage page = renderPage(invoice, 200);
    QImage photo(page.width() + 360, page.height() + 300, QImage::Format_RGB32);
    photo.setDotsPerMeterX(page.dotsPerMeterX());
    photo.setDotsPerMeterY(page.dotsPerMeterY());
    QPainter p(&photo);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    // A wooden desk.
    QLinearGradient desk(0, 0, photo.width(), photo.height());
    desk.setColorAt(0, QColor(122, 92, 66));
    desk.setColorAt(1, QColor(96, 70, 50));
    p.fillRect(photo.rect(), desk);
    p.setPen(QPen(QColor(0, 0, 0, 18), 3));
    for (int y = 10; y < photo.height(); y += 23)
        p.drawLine(0, y, photo.width(), y + 40);

    // The printout, turned a little, with a soft shadow.
    p.translate(photo.width() / 2.0, photo.height() / 2.0);
    p.rotate(-2.5);
    p.translate(-page.width() / 2.0, -page.height() / 2.0);
    for (int i = 8; i > 0; --i)
        p.fillRect(QRectF(6 + i, 10 + i, page.width(), page.height()), QColor(0, 0, 0, 10));
    // Paper is never quite white under a lamp.
    QImage paper = page;
    {
        QPainter tint(&paper);
        tint.setCompositionMode(QPainter::CompositionMode_Multiply);
        tint.fillRect(paper.rect(), QColor(246, 242, 232));
    }
    p.drawImage(0, 0, paper);
    p.resetTransform();

    // Uneven light: brighter in the middle, darker towards the corners.
    QRadialGradient light(photo.width() * 0.45, photo.height() * 0.4, photo.width() * 0.75);
    light.setColorAt(0, QColor(255, 255, 255, 0));
    light.setColorAt(1, QColor(0, 0, 0, 70));
    p.fillRect(photo.rect(), light);
    p.end();

    addNoise(photo, 20240809, 6);
    // A phone photo is softer than a render.
    const QImage soft = photo.scaled(photo.size() * 0.8, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                            .scaled(photo.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    return saveJpeg(soft, path, 85, error);
}

bool ImageOutput::writeScreenshot(const QString &path, const SampleInvoice &invoice, QString *error)
{
    const QImage page = renderPage(invoice, 120);
    QImage shot(page.width() + 80, page.height() + 100, QImage::Format_RGB32);
    shot.fill(QColor(82, 86, 89));
    QPainter p(&shot);
    p.fillRect(QRect(0, 0, shot.width(), 40), QColor(50, 54, 57));
    p.fillRect(QRect(14, 12, 16, 16), QColor(200, 200, 200));
    p.fillRect(QRect(40, 17, 160, 6), QColor(140, 140, 140));
    p.fillRect(QRect(44, 64, page.width(), page.height()), QColor(0, 0, 0, 90));
    p.drawImage(40, 60, page);
    p.end();
    return saveJpeg(shot, path, 90, error);
}

} // namespace ra::samples
