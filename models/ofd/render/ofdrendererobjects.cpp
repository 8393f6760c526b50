#include "ofdrendererprivate.h"

// The graphic objects themselves: paths, text and images.

#include "ofdattributes.h"
#include "ofdpathparser.h"

#include <QPainter>
#include <QPainterPath>
#include <QPen>

#include <algorithm>

namespace ra {

using namespace ofdattr;

namespace {

constexpr double kDefaultLineWidth = 0.353; // mm: 1/72 inch, the standard's default
constexpr double kDefaultMiterLimit = 3.528;

} // namespace

void OfdRenderer::Private::drawPath(const OfdXmlNode &obj, const QTransform &objectToPage, const OfdDrawStyle &style)
{
    const bool stroke = boolAttr(obj, u"Stroke", true);
    const bool fill = boolAttr(obj, u"Fill", false);
    if (!stroke && !fill)
        return;
    QString error;
    QPainterPath path = OfdPathParser::parse(obj.childText(u"AbbreviatedData"), &error);
    if (!error.isEmpty())
        note(tr("A path could not be read completely (%1); the part read is drawn.").arg(error));
    if (path.isEmpty())
        return;
    const QString rule = obj.attr(u"Rule").trimmed();
    path.setFillRule(rule.compare(u"Even-Odd", Qt::CaseInsensitive) == 0
                             || rule.compare(u"EvenOdd", Qt::CaseInsensitive) == 0
                         ? Qt::OddEvenFill
                         : Qt::WindingFill);
    QPainter &painter = *p.painter;
    painter.setTransform(objectToPage * p.pageToDevice);
    // The standard's default fill is transparent: a Fill="true" path without any colour
    // (the ⊗ before the 大写 amount) is an outline, not a black disc.
    if (fill && style.fill)
        painter.fillPath(path, *style.fill);
    if (stroke) {
        const double width = style.lineWidth.value_or(kDefaultLineWidth);
        QPen pen(style.stroke.value_or(QColor(Qt::black)), width);
        pen.setJoinStyle(style.join.value_or(Qt::MiterJoin));
        pen.setCapStyle(style.cap.value_or(Qt::FlatCap));
        pen.setMiterLimit(style.miterLimit.value_or(kDefaultMiterLimit));
        if (style.dashPattern && width > 0) {
            // Qt measures dashes in pen widths; OFD in millimetres.
            QList<qreal> dashes;
            for (double v : *style.dashPattern)
                dashes.append(std::max(v / width, 0.01));
            if (dashes.size() % 2)
                dashes.append(dashes);
            pen.setDashPattern(dashes);
            pen.setDashOffset(style.dashOffset.value_or(0) / width);
        }
        painter.strokePath(path, pen);
    }
    record(OfdDrawnObject::Kind::Path, obj, objectToPage.map(path).boundingRect());
}

void OfdRenderer::Private::drawText(const OfdXmlNode &obj, const QTransform &objectToPage, const OfdDrawStyle &style)
{
    if (!OfdFontResolver::canDrawText()) {
        note(tr("Text is not drawn: rendering text needs the application's font system (a QGuiApplication)."));
        return;
    }
    const auto size = numberAttr(obj, u"Size");
    if (!size || *size <= 0 || *size > kMaxMm) {
        note(tr("A text object has no usable font size; it is not drawn."));
        return;
    }
    const QString fontId = obj.attr(u"Font").trimmed();
    OfdFont font = doc.fonts().value(fontId);
    if (font.id.isEmpty()) {
        font.id = fontId;
        note(tr("A text object names the font \"%1\", which the document does not declare; a Song face is used.")
                 .arg(fontId));
    }
    if (auto weight = numberAttr(obj, u"Weight"); weight && *weight >= 600)
        font.bold = true;
    if (boolAttr(obj, u"Italic", false))
        font.italic = true;

    OfdTextDrawer::Style ts;
    ts.fill = boolAttr(obj, u"Fill", true);
    ts.fillColor = style.fill.value_or(QColor(Qt::black));
    ts.stroke = boolAttr(obj, u"Stroke", false);
    ts.strokeColor = style.stroke.value_or(QColor(Qt::black));
    ts.strokeWidth = style.lineWidth.value_or(kDefaultLineWidth);
    ts.hScale = numberAttr(obj, u"HScale").value_or(1.0);
    ts.charDirection = int(numberAttr(obj, u"CharDirection").value_or(0));
    if (!ts.fill && !ts.stroke)
        return;

    const QByteArray data = fontData(font);
    const OfdTextDrawer::Result r =
        textDrawer.draw(*p.painter, objectToPage * p.pageToDevice, obj, font, data, *size, ts);
    const QString name = font.fontName.isEmpty() ? font.familyName : font.fontName;
    if (r.characters > 0 && !r.embeddedFont && !data.isEmpty())
        note(tr("The embedded font file \"%1\" could not be loaded; an installed font is used instead.")
                 .arg(font.file));
    if (r.characters > 0 && !r.embeddedFont && !name.isEmpty()) {
        if (r.substitute.isEmpty())
            note(tr("No installed font could stand in for \"%1\".").arg(name));
        else if (r.substitute.compare(name, Qt::CaseInsensitive) != 0)
            note(tr("The font \"%1\" is not embedded; \"%2\" is used instead.").arg(name, r.substitute));
    }
    if (r.missing > 0)
        note(tr("Some characters have no glyph in any available font and are left out."));
    record(OfdDrawnObject::Kind::Text, obj, objectToPage.mapRect(r.bounds));
}

void OfdRenderer::Private::drawImage(const OfdXmlNode &obj, const QTransform &objectToPage)
{
    const QImage img = image(obj.attr(u"ResourceID").trimmed());
    QPainter &painter = *p.painter;
    const QTransform toDevice = objectToPage * p.pageToDevice;
    if (img.isNull()) {
        // Visible on the page too, not only in the notes: a grey crossed box where the
        // image should be, so nobody mistakes the gap for an empty area of the invoice.
        const QPolygonF box = toDevice.map(QPolygonF(QRectF(0, 0, 1, 1)));
        painter.setTransform(QTransform());
        painter.setPen(QPen(QColor(150, 150, 150), 0));
        painter.setBrush(Qt::NoBrush);
        painter.drawPolygon(box);
        if (box.size() >= 4) {
            painter.drawLine(box.at(0), box.at(2));
            painter.drawLine(box.at(1), box.at(3));
        }
        return;
    }
    painter.setTransform(toDevice);
    // Bitonal codes enlarged a lot stay sharp without smoothing; everything else is
    // smoothed (QR codes scaled down, photos, seals with soft edges).
    const QRectF target = toDevice.mapRect(QRectF(0, 0, 1, 1));
    const bool enlarged = target.width() >= 2.0 * img.width() && target.height() >= 2.0 * img.height();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, !enlarged);
    painter.drawImage(QRectF(0, 0, 1, 1), img);
    record(OfdDrawnObject::Kind::Image, obj, objectToPage.mapRect(QRectF(0, 0, 1, 1)));
}

} // namespace ra
