#include "scanimages.h"

#include "testpaths.h"
#include "textnormalize.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QPdfDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTransform>

#include <cmath>

namespace ra::test {

QList<ScanStyle> scanStyles()
{
    QList<ScanStyle> s;
    s.append({QStringLiteral("clean")});
    ScanStyle jpeg{QStringLiteral("jpeg")};
    jpeg.jpegQuality = 50;
    s.append(jpeg);
    ScanStyle skew3{QStringLiteral("skew3")};
    skew3.skewDeg = 3;
    s.append(skew3);
    ScanStyle skew8{QStringLiteral("skew8")};
    skew8.skewDeg = -8;
    s.append(skew8);
    ScanStyle blur{QStringLiteral("blur")};
    blur.blur = 1;
    s.append(blur);
    ScanStyle noisy{QStringLiteral("noisy")};
    noisy.noise = 18;
    s.append(noisy);
    ScanStyle photo{QStringLiteral("photo")};
    photo.dpi = 170;
    photo.skewDeg = 5;
    photo.blur = 1;
    photo.noise = 10;
    photo.unevenLight = true;
    photo.jpegQuality = 60;
    s.append(photo);
    for (int q : {1, 2, 3}) {
        ScanStyle r{QStringLiteral("rot%1").arg(q * 90)};
        r.quarterTurns = q;
        s.append(r);
    }
    return s;
}

ScanStyle scanStyle(const QString &name)
{
    for (const ScanStyle &s : scanStyles())
        if (s.name == name)
            return s;
    return ScanStyle{};
}

namespace {

QImage boxBlur(const QImage &src, int radius)
{
    if (radius <= 0)
        return src;
    QImage img = src.convertToFormat(QImage::Format_RGB888);
    QImage out(img.size(), QImage::Format_RGB888);
    const int w = img.width(), h = img.height();
    // horizontal then vertical pass
    QImage tmp(img.size(), QImage::Format_RGB888);
    for (int pass = 0; pass < 2; ++pass) {
        const QImage &in = pass == 0 ? img : tmp;
        QImage &dst = pass == 0 ? tmp : out;
        for (int y = 0; y < h; ++y) {
            uchar *o = dst.scanLine(y);
            for (int x = 0; x < w; ++x) {
                int sum[3] = {0, 0, 0}, n = 0;
                for (int k = -radius; k <= radius; ++k) {
                    const int xx = pass == 0 ? std::clamp(x + k, 0, w - 1) : x;
                    const int yy = pass == 1 ? std::clamp(y + k, 0, h - 1) : y;
                    const uchar *p = in.constScanLine(yy) + 3 * xx;
                    sum[0] += p[0];
                    sum[1] += p[1];
                    sum[2] += p[2];
                    ++n;
                }
                for (int c = 0; c < 3; ++c)
                    o[3 * x + c] = uchar(sum[c] / n);
            }
        }
    }
    return out;
}

} // namespace

QImage makeScan(const QString &pdfPath, int page, const ScanStyle &style)
{
    QPdfDocument doc;
    if (doc.load(pdfPath) != QPdfDocument::Error::None || page >= doc.pageCount())
        return {};
    const QSizeF pt = doc.pagePointSize(page);
    const QSize px(qRound(pt.width() * style.dpi / 72.0), qRound(pt.height() * style.dpi / 72.0));
    return degrade(doc.render(page, px), style);
}

QImage degrade(const QImage &rendered, const ScanStyle &style)
{
    QImage img(rendered.size(), QImage::Format_RGB888);
    img.fill(Qt::white);
    {
        QPainter p(&img);
        p.drawImage(0, 0, rendered);
    }
    if (style.skewDeg != 0) {
        QTransform t;
        t.rotate(style.skewDeg);
        const QRect bounds = t.mapRect(QRect(QPoint(0, 0), img.size()));
        QImage turned(bounds.size(), QImage::Format_RGB888);
        turned.fill(QColor(235, 235, 230)); // the table the paper lies on
        QPainter p(&turned);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.translate(-bounds.topLeft());
        p.setTransform(t, true);
        p.drawImage(0, 0, img);
        p.end();
        img = turned;
    }
    if (style.quarterTurns)
        img = img.transformed(QTransform().rotate(90.0 * style.quarterTurns));
    img = boxBlur(img, int(style.blur));
    if (style.noise > 0 || style.unevenLight) {
        QRandomGenerator rng(quint32(qHash(style.name)) ^ 0x5eed);
        img = img.convertToFormat(QImage::Format_RGB888);
        const int w = img.width(), h = img.height();
        for (int y = 0; y < h; ++y) {
            uchar *row = img.scanLine(y);
            for (int x = 0; x < w; ++x) {
                const double light = style.unevenLight ? 0.72 + 0.28 * (double(x) / w) * (1.0 - 0.3 * double(y) / h) : 1.0;
                // Box-Muller noise, one value for all channels (sensor grain)
                double n = 0;
                if (style.noise > 0) {
                    const double u1 = std::max(rng.generateDouble(), 1e-12), u2 = rng.generateDouble();
                    n = style.noise * std::sqrt(-2 * std::log(u1)) * std::cos(2 * M_PI * u2);
                }
                for (int c = 0; c < 3; ++c)
                    row[3 * x + c] = uchar(std::clamp(row[3 * x + c] * light + n, 0.0, 255.0));
            }
        }
    }
    if (style.jpegQuality > 0) {
        QByteArray bytes;
        QBuffer buf(&bytes);
        buf.open(QIODevice::WriteOnly);
        img.save(&buf, "JPEG", style.jpegQuality);
        img = QImage::fromData(bytes, "JPEG");
    }
    return img;
}

bool generateSamples(const QString &dir, QString *error)
{
    QProcess gen;
    gen.start(samplesGeneratorPath(), {dir});
    if (!gen.waitForFinished(120000) || gen.exitCode() != 0) {
        if (error)
            *error = QString::fromLocal8Bit(gen.readAllStandardError());
        return false;
    }
    return true;
}

QMap<QString, QJsonObject> samplePdfTruth(const QString &samplesDir)
{
    QMap<QString, QJsonObject> out;
    QFile f(samplesDir + QStringLiteral("/manifest.json"));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QJsonArray files = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("files")).toArray();
    for (const QJsonValue &v : files) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("kind")).toString() != QStringLiteral("pdf"))
            continue;
        out.insert(o.value(QStringLiteral("file")).toString() + QLatin1Char('#')
                       + QString::number(o.value(QStringLiteral("page")).toInt(1)),
                   o);
    }
    return out;
}

QMap<QString, QString> truthFields(const QJsonObject &e)
{
    static const QList<QPair<const char *, const char *>> keys = {
        {"invoice_number", "number"}, {"invoice_code", "code"}, {"date", "date"},
        {"amount", "pretax_amount"}, {"tax", "tax_amount"}, {"total", "total"},
        {"seller_name", "seller_name"}, {"seller_tax_id", "seller_tax_id"},
        {"buyer_name", "buyer_name"}, {"buyer_tax_id", "buyer_tax_id"}, {"check_code", "check_code"}};
    QMap<QString, QString> out;
    for (const auto &[from, to] : keys) {
        const QJsonValue v = e.value(QLatin1String(from));
        if (v.isString() && !v.toString().isEmpty())
            out.insert(QLatin1String(to), v.toString());
    }
    return out;
}

bool sameFieldValue(const QString &, const QString &expected, const QString &actual)
{
    return text::compact(text::fold(expected)) == text::compact(text::fold(actual));
}

} // namespace ra::test
