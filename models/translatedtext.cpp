#include "translatedtext.h"

#include <QCoreApplication>

namespace ra {

QString translatedText(const char *context, const char *text)
{
    const QString own = QCoreApplication::translate(context, text);
    if (own != QString::fromUtf8(text))
        return own;
    return QCoreApplication::translate("ra", text);
}

} // namespace ra
