#pragma once

#include <QIcon>
#include <QString>

namespace ra {

// The application id (reverse DNS): the name of the .desktop entry, the AppStream component and
// the icon in the theme. The desktop shell matches a window to its .desktop entry by it, so the GUI
// should call QGuiApplication::setDesktopFileName(ra::appId()).
QString appId();

// The application icon, compiled in (resources/icons, Qt resource ":/icons/"): every PNG rendition
// (16 to 256 px), so it needs no SVG plugin at run time.
QIcon appIcon();

} // namespace ra
