#include "uilanguage.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace ra::uilanguage {

namespace {
QString &stored()
{
    static QString language;
    return language;
}
} // namespace

void setCurrent(const QString &language)
{
    stored() = language;
}

QString current()
{
    if (!stored().isEmpty())
        return stored();
    return QLocale().language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
}

bool isChinese()
{
    return current().startsWith(u"zh");
}

} // namespace ra::uilanguage
