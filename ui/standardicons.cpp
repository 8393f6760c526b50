#include "standardicons.h"

#include <QApplication>
#include <QHash>
#include <QPointer>

namespace ra {

QIcon cachedStandardIcon(QStyle::StandardPixmap which)
{
    QStyle *style = QApplication::style();
    if (!style)
        return {};
    static QPointer<QStyle> cachedFor;
    static QHash<int, QIcon> cache;
    if (cachedFor != style) {   // a new style draws other icons
        cache.clear();
        cachedFor = style;
    }
    auto it = cache.constFind(int(which));
    if (it == cache.cend())
        it = cache.insert(int(which), style->standardIcon(which));
    return *it;
}

} // namespace ra
