#include "deskgeometry.h"

#include <algorithm>

namespace ra::deskgeometry {

QRect defaultGeometry(const QRect &available)
{
    // A laptop screen is used whole: every pixel the page gets is needed for fine print (at
    // 1280 px the invoice's QR code is readable from the screen only with the whole width).
    if (available.width() < kWholeScreenBelow)
        return available;
    // Most of a bigger screen, not all of it (a window manager's panels, and room to see the
    // desktop behind), but never so big that a large monitor makes lines too long to read.
    const int w = std::min(available.width() * 94 / 100, 2000);
    const int h = std::min(available.height() * 94 / 100, 1300);
    QRect r(0, 0, w, h);
    r.moveCenter(available.center());
    return r;
}

QRect placeWithin(const QRect &wanted, const QRect &available)
{
    QRect r = wanted;
    r.setWidth(std::min(r.width(), available.width()));
    r.setHeight(std::min(r.height(), available.height()));
    if (r.right() > available.right())
        r.moveRight(available.right());
    if (r.bottom() > available.bottom())
        r.moveBottom(available.bottom());
    if (r.left() < available.left())
        r.moveLeft(available.left());
    if (r.top() < available.top())
        r.moveTop(available.top());
    return r;
}

DeskSizes splitterSizes(int width)
{
    DeskSizes s;
    // At 1280 px: 192 + 320 leaves the page 768 px, enough to draw a VAT invoice's 2 cm QR code
    // at ~2.5 px per module (decodable from a screenshot); at 1920: 270 + 420, the page 62 %.
    s.list = std::clamp(width * 15 / 100, 168, 300);
    s.form = std::clamp(width * 25 / 100, 320, 420);
    s.page = std::max(200, width - s.list - s.form);
    return s;
}

} // namespace ra::deskgeometry
