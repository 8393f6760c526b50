#pragma once

#include "ofd/ofdxmlnode.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <Qt>
#include <memory>
#include <optional>

namespace ra {

class OfdDocument;
class OfdPackage;

// Stroke and fill settings as a DrawParam, an object or a layer gives them; every field is
// optional so that they can be layered (defaults ← layer ← DrawParam ← object).
struct OfdDrawStyle
{
    std::optional<double> lineWidth;           // mm
    std::optional<Qt::PenJoinStyle> join;
    std::optional<Qt::PenCapStyle> cap;
    std::optional<double> miterLimit;
    std::optional<double> dashOffset;
    std::optional<QList<double>> dashPattern;  // mm
    std::optional<QColor> fill;
    std::optional<QColor> stroke;

    // Fields set in `over` replace ours.
    void overlay(const OfdDrawStyle &over);
};

// The drawing resources of a document that OfdDocument does not model: colour spaces,
// DrawParams (with their Relative chains) and CompositeGraphicUnits. IDs are document-wide
// (MaxUnitID), so one table serves every Res part.
class OfdResources
{
public:
    struct ColorSpace
    {
        enum class Type { Gray, Rgb, Cmyk };
        Type type = Type::Rgb;
        int bitsPerComponent = 8;
        QList<QList<double>> palette;   // raw component values, indexed by a colour's Index
    };

    // Reads every Res part the document lists (unreadable ones were noted by OfdDocument).
    void load(OfdPackage &package, const OfdDocument &document);

    // The style of DrawParam `id` with its Relative ancestors applied; empty when unknown.
    OfdDrawStyle drawParam(const QString &id) const;
    // The element of CompositeGraphicUnit `id`, or null.
    const OfdXmlNode *compositeUnit(const QString &id) const { return m_composites.value(id); }

    // A colour element (FillColor, StrokeColor): Value in its colour space (RGB when none is
    // named), or Index into its palette, and Alpha (0–255). Shadings and patterns are drawn
    // with their first colour. nullopt when the element gives no usable colour.
    std::optional<QColor> color(const OfdXmlNode &node) const;

    // Reads a style from an element's attributes (LineWidth, Join, Cap, MiterLimit, DashOffset,
    // DashPattern) and its FillColor / StrokeColor children.
    OfdDrawStyle styleOf(const OfdXmlNode &node) const;

private:
    std::optional<QColor> colorFromValues(const QString &value, const QString &colorSpaceId, const QString &index) const;

    std::vector<std::shared_ptr<OfdXmlNode>> m_trees;   // keep composite unit elements alive
    QHash<QString, ColorSpace> m_colorSpaces;
    QHash<QString, const OfdXmlNode *> m_drawParams;
    QHash<QString, const OfdXmlNode *> m_composites;
};

} // namespace ra
