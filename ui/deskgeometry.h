#pragma once

#include <QList>
#include <QRect>

namespace ra::deskgeometry {

// Where the window goes. The page must be readable on a laptop: the window takes most of the
// screen it is on, and a size remembered from a larger screen is brought within this one.
QRect defaultGeometry(const QRect &available);
// Screens narrower than this are used whole by a fresh window.
constexpr int kWholeScreenBelow = 1600;
// `wanted` (a restored frame) moved and shrunk as needed to lie within `available`.
QRect placeWithin(const QRect &wanted, const QRect &available);

// The splitter's sizes for a window `width` wide: a narrow list, a form of a readable fixed
// width, and the page gets the rest (the most of it at every size).
struct DeskSizes
{
    int list = 0;
    int page = 0;
    int form = 0;
};
DeskSizes splitterSizes(int width);

} // namespace ra::deskgeometry
