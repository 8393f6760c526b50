#include "ofdresources.h"

#include "ofd/ofddocument.h"
#include "ofd/ofdpackage.h"
#include "ofdtextcode.h"

#include <cmath>

namespace ra {

namespace {

constexpr int kMaxRelativeDepth = 16;
constexpr double kMaxLineWidth = 1000.0; // mm

std::optional<double> positiveNumber(const QString &s, double max)
{
    bool ok = false;
    const double v = s.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < 0 || v > max)
        return std::nullopt;
    return v;
}

// "128 0 0", "#80 #00 #00" → component values; nullopt when any token is not a number.
std::optional<QList<double>> components(const QString &value)
{
    QList<double> out;
    for (const QString &t : value.simplified().split(u' ', Qt::SkipEmptyParts)) {
        bool ok = false;
        double v = 0;
        if (t.startsWith(u'#'))
            v = double(t.mid(1).toUInt(&ok, 16));
        else
            v = t.toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return std::nullopt;
        out.append(v);
        if (out.size() > 8)
            return std::nullopt;
    }
    return out;
}

} // namespace

void OfdDrawStyle::overlay(const OfdDrawStyle &over)
{
    if (over.lineWidth)
        lineWidth = over.lineWidth;
    if (over.join)
        join = over.join;
    if (over.cap)
        cap = over.cap;
    if (over.miterLimit)
        miterLimit = over.miterLimit;
    if (over.dashOffset)
        dashOffset = over.dashOffset;
    if (over.dashPattern)
        dashPattern = over.dashPattern;
    if (over.fill)
        fill = over.fill;
    if (over.stroke)
        stroke = over.stroke;
}

void OfdResources::load(OfdPackage &package, const OfdDocument &document)
{
    for (const QString &path : document.resourceFiles()) {
        DocumentError err;
        auto tree = OfdDocument::readXml(package, path, &err);
        if (!tree) {
            // OfdDocument already noted it.
            continue;
        }
        auto shared = std::make_shared<OfdXmlNode>(std::move(*tree));
        m_trees.push_back(shared);
        const OfdXmlNode &res = *shared;
        if (const OfdXmlNode *spaces = res.child(u"ColorSpaces")) {
            for (const OfdXmlNode *cs : spaces->childrenNamed(u"ColorSpace")) {
                ColorSpace space;
                const QString type = cs->attr(u"Type").trimmed().toUpper();
                space.type = type == u"GRAY" ? ColorSpace::Type::Gray
                             : type == u"CMYK" ? ColorSpace::Type::Cmyk
                                               : ColorSpace::Type::Rgb;
                bool ok = false;
                const int bpc = cs->attr(u"BitsPerComponent").trimmed().toInt(&ok);
                if (ok && (bpc == 1 || bpc == 2 || bpc == 4 || bpc == 8 || bpc == 16))
                    space.bitsPerComponent = bpc;
                if (const OfdXmlNode *palette = cs->child(u"Palette")) {
                    for (const OfdXmlNode *cv : palette->childrenNamed(u"CV")) {
                        if (space.palette.size() >= 4096)
                            break;
                        space.palette.append(components(cv->allText()).value_or(QList<double>{}));
                    }
                }
                m_colorSpaces.insert(cs->attr(u"ID").trimmed(), space);
            }
        }
        if (const OfdXmlNode *params = res.child(u"DrawParams"))
            for (const OfdXmlNode *dp : params->childrenNamed(u"DrawParam"))
                m_drawParams.insert(dp->attr(u"ID").trimmed(), dp);
        if (const OfdXmlNode *units = res.child(u"CompositeGraphicUnits"))
            for (const OfdXmlNode *u : units->childrenNamed(u"CompositeGraphicUnit"))
                m_composites.insert(u->attr(u"ID").trimmed(), u);
    }
}

OfdDrawStyle OfdResources::drawParam(const QString &id) const
{
    // Collect the Relative chain, nearest last, stopping at cycles and unknown IDs.
    QList<const OfdXmlNode *> chain;
    QString current = id.trimmed();
    while (!current.isEmpty() && chain.size() < kMaxRelativeDepth) {
        const OfdXmlNode *node = m_drawParams.value(current);
        if (!node || chain.contains(node))
            break;
        chain.prepend(node);
        current = node->attr(u"Relative").trimmed();
    }
    OfdDrawStyle style;
    for (const OfdXmlNode *node : std::as_const(chain))
        style.overlay(styleOf(*node));
    return style;
}

OfdDrawStyle OfdResources::styleOf(const OfdXmlNode &node) const
{
    OfdDrawStyle s;
    if (node.hasAttr(u"LineWidth"))
        s.lineWidth = positiveNumber(node.attr(u"LineWidth"), kMaxLineWidth);
    if (node.hasAttr(u"Join")) {
        const QString j = node.attr(u"Join").trimmed();
        if (j.compare(u"Round", Qt::CaseInsensitive) == 0)
            s.join = Qt::RoundJoin;
        else if (j.compare(u"Bevel", Qt::CaseInsensitive) == 0)
            s.join = Qt::BevelJoin;
        else if (j.compare(u"Miter", Qt::CaseInsensitive) == 0)
            s.join = Qt::MiterJoin;
    }
    if (node.hasAttr(u"Cap")) {
        const QString c = node.attr(u"Cap").trimmed();
        if (c.compare(u"Round", Qt::CaseInsensitive) == 0)
            s.cap = Qt::RoundCap;
        else if (c.compare(u"Square", Qt::CaseInsensitive) == 0)
            s.cap = Qt::SquareCap;
        else if (c.compare(u"Butt", Qt::CaseInsensitive) == 0)
            s.cap = Qt::FlatCap;
    }
    if (node.hasAttr(u"MiterLimit"))
        s.miterLimit = positiveNumber(node.attr(u"MiterLimit"), 1000);
    if (node.hasAttr(u"DashOffset"))
        s.dashOffset = positiveNumber(node.attr(u"DashOffset"), kMaxLineWidth);
    if (node.hasAttr(u"DashPattern")) {
        if (auto pattern = OfdTextCode::parseDeltas(node.attr(u"DashPattern"), 64)) {
            bool valid = !pattern->isEmpty();
            double total = 0;
            for (double v : *pattern) {
                valid = valid && v >= 0;
                total += v;
            }
            if (valid && total > 0)
                s.dashPattern = *pattern;
        }
    }
    if (const OfdXmlNode *fill = node.child(u"FillColor"))
        s.fill = color(*fill);
    if (const OfdXmlNode *stroke = node.child(u"StrokeColor"))
        s.stroke = color(*stroke);
    return s;
}

std::optional<QColor> OfdResources::color(const OfdXmlNode &node) const
{
    std::optional<QColor> c;
    const QString space = node.attr(u"ColorSpace").trimmed();
    if (node.hasAttr(u"Value") || node.hasAttr(u"Index")) {
        c = colorFromValues(node.attr(u"Value"), space, node.attr(u"Index"));
    } else {
        // Shadings and patterns: their first colour stands for them.
        for (const OfdXmlNode *inner : node.descendants(u"Color")) {
            const QString innerSpace = inner->hasAttr(u"ColorSpace") ? inner->attr(u"ColorSpace").trimmed() : space;
            c = colorFromValues(inner->attr(u"Value"), innerSpace, inner->attr(u"Index"));
            if (c)
                break;
        }
        if (!c && node.children.empty())
            c = QColor(Qt::black); // <FillColor/>: the element's default value
    }
    if (c && node.hasAttr(u"Alpha")) {
        bool ok = false;
        const int alpha = node.attr(u"Alpha").trimmed().toInt(&ok);
        if (ok)
            c->setAlpha(std::clamp(alpha, 0, 255));
    }
    return c;
}

std::optional<QColor> OfdResources::colorFromValues(const QString &value, const QString &colorSpaceId,
                                                    const QString &index) const
{
    const ColorSpace space = m_colorSpaces.value(colorSpaceId);
    QList<double> v;
    if (!index.trimmed().isEmpty()) {
        bool ok = false;
        const int i = index.trimmed().toInt(&ok);
        if (!ok || i < 0 || i >= space.palette.size())
            return std::nullopt;
        v = space.palette.at(i);
    } else {
        const auto parsed = components(value);
        if (!parsed)
            return std::nullopt;
        v = *parsed;
    }
    const double max = double((1 << space.bitsPerComponent) - 1);
    auto unit = [&](double x) { return std::clamp(x / max, 0.0, 1.0); };
    // The number of values decides when it disagrees with the declared space.
    if (v.size() == 1)
        return QColor::fromRgbF(float(unit(v[0])), float(unit(v[0])), float(unit(v[0])));
    if (v.size() == 3)
        return QColor::fromRgbF(float(unit(v[0])), float(unit(v[1])), float(unit(v[2])));
    if (v.size() == 4)
        return QColor::fromCmykF(float(unit(v[0])), float(unit(v[1])), float(unit(v[2])), float(unit(v[3])))
            .toRgb();
    return std::nullopt;
}

} // namespace ra
