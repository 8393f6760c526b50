#pragma once

#include "ofd/ofdxmlnode.h"

#include <QPainter>
#include <QRectF>
#include <QString>
#include <QStringView>
#include <QTransform>

#include <optional>

// Reading the values of an OFD graphic object's attributes as the renderer needs them:
// boxes, CTMs, flags, numbers, blend modes and layer types, each refused when malformed or
// absurd so that a hostile file cannot make the renderer divide by zero or paint the world.
namespace ra::ofdattr {

// Larger coordinates or sizes than this (mm) are absurd: no page is five metres wide.
inline constexpr double kMaxMm = 5000.0;

// "x y w h" (a Boundary); nullopt when malformed or absurd.
std::optional<QRectF> parseBox(const QString &text);

// "a b c d e f" → the affine map x' = a·x + c·y + e, y' = b·x + d·y + f (Qt's QTransform has
// the same layout). nullopt when malformed, absurd or singular: a CTM with zeros would
// collapse the object to a line or a point, and inverting it elsewhere would divide by zero.
std::optional<QTransform> parseCtm(const QString &text);

// "true" / "false" / "1" / "0"; `fallback` when absent or anything else.
bool boolAttr(const OfdXmlNode &node, QStringView name, bool fallback);
// A finite number; nullopt when absent or not one.
std::optional<double> numberAttr(const OfdXmlNode &node, QStringView name);
// BlendMode: Darken, Multiply, Lighten, Screen; anything else draws normally.
QPainter::CompositionMode blendMode(const QString &mode);

enum class LayerOrder { Background, Body, Foreground };
// A Layer's Type: Background and Foreground; anything else is the body.
LayerOrder layerOrder(const OfdXmlNode &layer);

} // namespace ra::ofdattr
