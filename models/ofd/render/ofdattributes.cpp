#include "ofdattributes.h"

#include <QStringList>

#include <cmath>

namespace ra::ofdattr {

std::optional<QRectF> parseBox(const QString &text)
{
    const QStringList parts = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (parts.size() != 4)
        return std::nullopt;
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts.at(i).toDouble(&ok);
        if (!ok || !std::isfinite(v[i]) || std::abs(v[i]) > kMaxMm)
            return std::nullopt;
    }
    // Not normalized: a negative width (诺诺's right-aligned values, "134.6 58 -15 5" with the
    // TextCode at X = -15) keeps its origin at (x, y), where the object's own coordinates
    // start; the area it covers is the normalized rectangle.
    return QRectF(v[0], v[1], v[2], v[3]);
}

std::optional<QTransform> parseCtm(const QString &text)
{
    const QStringList parts = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (parts.size() != 6)
        return std::nullopt;
    double v[6];
    for (int i = 0; i < 6; ++i) {
        bool ok = false;
        v[i] = parts.at(i).toDouble(&ok);
        if (!ok || !std::isfinite(v[i]) || std::abs(v[i]) > 1e6)
            return std::nullopt;
    }
    const double det = v[0] * v[3] - v[1] * v[2];
    if (std::abs(det) < 1e-12)
        return std::nullopt;
    return QTransform(v[0], v[1], v[2], v[3], v[4], v[5]);
}

bool boolAttr(const OfdXmlNode &node, QStringView name, bool fallback)
{
    if (!node.hasAttr(name))
        return fallback;
    const QString v = node.attr(name).trimmed();
    if (v.compare(u"true", Qt::CaseInsensitive) == 0 || v == u"1")
        return true;
    if (v.compare(u"false", Qt::CaseInsensitive) == 0 || v == u"0")
        return false;
    return fallback;
}

std::optional<double> numberAttr(const OfdXmlNode &node, QStringView name)
{
    if (!node.hasAttr(name))
        return std::nullopt;
    bool ok = false;
    const double v = node.attr(name).trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

QPainter::CompositionMode blendMode(const QString &mode)
{
    const QString m = mode.trimmed().toLower();
    if (m == u"darken")
        return QPainter::CompositionMode_Darken;
    if (m == u"multiply")
        return QPainter::CompositionMode_Multiply;
    if (m == u"lighten")
        return QPainter::CompositionMode_Lighten;
    if (m == u"screen")
        return QPainter::CompositionMode_Screen;
    return QPainter::CompositionMode_SourceOver;
}

LayerOrder layerOrder(const OfdXmlNode &layer)
{
    const QString type = layer.attr(u"Type").trimmed();
    if (type.compare(u"Background", Qt::CaseInsensitive) == 0)
        return LayerOrder::Background;
    if (type.compare(u"Foreground", Qt::CaseInsensitive) == 0)
        return LayerOrder::Foreground;
    return LayerOrder::Body;
}

} // namespace ra::ofdattr
