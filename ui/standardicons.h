#pragma once

#include <QIcon>
#include <QStyle>

namespace ra {

// The application style's standard icon, made once per style and kept: QStyle::standardIcon()
// decodes its PNG files on every call, and list rows ask for one on every paint. GUI thread only.
QIcon cachedStandardIcon(QStyle::StandardPixmap which);

} // namespace ra
