#include "appicon.h"

using namespace Qt::StringLiterals;

namespace ra {

QString appId()
{
    // Set by resources/CMakeLists.txt from RA_APP_ID, the one place the id is spelled for the build.
    return QStringLiteral(RA_APP_ID);
}

QIcon appIcon()
{
    QIcon icon;
    // PNGs only: the SVG (":/icons/reimburse.svg") needs the Qt SVG plugin, which may be absent.
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(u":/icons/reimburse-%1.png"_s.arg(size), QSize(size, size));
    return icon;
}

} // namespace ra
