#include "providercontext.h"

#include <QDateTime>

namespace ra {

qint64 ProviderContext::nowSecs() const
{
    return clock ? clock() : QDateTime::currentSecsSinceEpoch();
}

QMap<QString, QString> ProviderContext::endpointsFromEnvironment(const QProcessEnvironment &env)
{
    static const QList<QPair<QString, QString>> names = {
        {QStringLiteral("tencent"), QStringLiteral("REIMBURSE_TENCENT_ENDPOINT")},
        {QStringLiteral("qiniu"), QStringLiteral("REIMBURSE_QINIU_ENDPOINT")},
        {QStringLiteral("qiniu-upload"), QStringLiteral("REIMBURSE_QINIU_UPLOAD_ENDPOINT")},
        {QStringLiteral("ekuaibao"), QStringLiteral("REIMBURSE_EKUAIBAO_ENDPOINT")},
        {QStringLiteral("deepfinch"), QStringLiteral("REIMBURSE_DEEPFINCH_ENDPOINT")},
    };
    QMap<QString, QString> out;
    for (const auto &[vendor, var] : names) {
        const QString v = env.value(var).trimmed();
        if (!v.isEmpty())
            out.insert(vendor, v);
    }
    return out;
}

} // namespace ra
