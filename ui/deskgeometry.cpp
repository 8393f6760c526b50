#include "deskgeometry.h"

#include <algorithm>

namespace ra::deskgeometry {

QRect defaultGeometry(const QRect &available)
{
    // Most of the screen, not all of it (a window manager's panels, and room to see the desktop
    // behind), but never so big that a large monitor makes lines too long to read.
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
    s.list = std::clamp(width * 16 / 100, 190, 300);
    s.form = std::clamp(width * 26 / 100, 320, 420);
    s.page = std::max(200, width - s.list - s.form);
    return s;
}

} // namespace ra::deskgeometry
