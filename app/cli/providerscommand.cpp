#include "commands.h"
#include "exitcodes.h"
#include "output.h"

#include "core/providerregistry.h"
#include "core/providerservices.h"
#include "providercatalog.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace ra::cli {

int runProviders(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption formatOpt(QStringLiteral("format"), QStringLiteral("table | json"),
                                       QStringLiteral("FMT"), QStringLiteral("table"));
    parser.addOption(formatOpt);
    if (!parser.parse(QStringList{QStringLiteral("reimburse-cli providers")} + args)) {
        std::fprintf(stderr, "reimburse-cli: %s\n", qPrintable(parser.errorText()));
        return kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return kExitOk;
    }
    const QString format = parser.value(formatOpt);
    const auto services = ProviderServices::forCommandLine();
    const QList<ProviderInfo> providers = services->registry()->catalog();
    QByteArray out;
    if (format == u"json") {
        QJsonArray arr;
        for (const ProviderInfo &p : providers) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), p.id);
            o.insert(QStringLiteral("name"), p.name);
            o.insert(QStringLiteral("accepts"), QJsonArray::fromStringList(p.accepts));
            o.insert(QStringLiteral("configured"), p.configured);
            o.insert(QStringLiteral("available"), p.available);
            o.insert(QStringLiteral("note"), p.note);
            arr.append(o);
        }
        out = QJsonDocument(QJsonObject{{QStringLiteral("providers"), arr}}).toJson(QJsonDocument::Indented);
    } else if (format == u"table") {
        QString text = QStringLiteral("%1 %2 %3 %4\n")
                           .arg(QStringLiteral("ID"), -13)
                           .arg(QStringLiteral("ACCEPTS"), -22)
                           .arg(QStringLiteral("CONFIGURED"), -11)
                           .arg(QStringLiteral("NOTE"));
        for (const ProviderInfo &p : providers)
            text += QStringLiteral("%1 %2 %3 %4\n")
                        .arg(p.id, -13)
                        .arg(p.accepts.join(QLatin1Char(',')), -22)
                        .arg(p.configured ? QStringLiteral("yes") : QStringLiteral("no"), -11)
                        .arg(p.note);
        out = text.toUtf8();
    } else {
        std::fprintf(stderr, "reimburse-cli: unknown format '%s' (table or json)\n", qPrintable(format));
        return kExitUsage;
    }
    writeOutput(out, QString());
    return kExitOk;
}

} // namespace ra::cli
