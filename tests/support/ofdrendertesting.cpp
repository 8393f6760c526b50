#include "ofdrendertesting.h"

#include "ofdbuilder.h"

#include <QBuffer>
#include <QFile>

using namespace Qt::StringLiterals;

namespace ra::test {

QByteArray pageXml(const QString &objects, const QString &extra)
{
    return (u"<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Page xmlns:ofd=\"%1\">%2"
            u"<ofd:Content><ofd:Layer ID=\"700\">%3</ofd:Layer></ofd:Content></ofd:Page>"_s)
        .arg(kOfdNs, extra, objects)
        .toUtf8();
}

QByteArray resXml(const QString &body)
{
    return (u"<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Res xmlns:ofd=\"%1\" BaseLoc=\"Res\">%2</ofd:Res>"_s)
        .arg(kOfdNs, body)
        .toUtf8();
}

QByteArray pngOf(const QImage &img)
{
    QByteArray out;
    QBuffer buf(&out);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "PNG");
    return out;
}

QByteArray package(const QString &objects, const QString &documentRes)
{
    OfdBuilder b;
    b.setPageSize(QSizeF(100, 50));
    b.setFile(u"Doc_0/Pages/Page_0/Content.xml"_s, pageXml(objects));
    if (!documentRes.isEmpty())
        b.setFile(u"Doc_0/DocumentRes.xml"_s, resXml(documentRes));
    return b.build();
}

bool isInk(QRgb c)
{
    return qGray(c) < 200;
}

bool isRed(QRgb c)
{
    return qRed(c) > 190 && qGreen(c) < 120 && qBlue(c) < 120;
}

QColor pixelAtMm(const RenderedOfdPage &page, QPointF mm)
{
    const QPoint p = page.mmToPixel.map(mm).toPoint();
    return page.image.rect().contains(p) ? page.image.pixelColor(p) : QColor();
}

} // namespace ra::test
