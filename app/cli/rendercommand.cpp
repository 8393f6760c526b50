#include "commands.h"
#include "exitcodes.h"

#include "pagerenderer.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>
#include <cstdio>

namespace ra::cli {

int runRender(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("path"), QStringLiteral("A PDF, OFD or image."));
    const QCommandLineOption pageOpt(QStringLiteral("page"), QStringLiteral("1-based page (default 1)."),
                                     QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption dpiOpt(QStringLiteral("dpi"), QStringLiteral("Resolution (default 150)."),
                                    QStringLiteral("D"), QStringLiteral("150"));
    const QCommandLineOption outOpt(QStringLiteral("out"), QStringLiteral("PNG file to write."),
                                    QStringLiteral("FILE.png"));
    parser.addOptions({pageOpt, dpiOpt, outOpt});
    const auto usage = [](const QString &message) {
        std::fprintf(stderr, "reimburse-cli: %s\n", qPrintable(message));
        return kExitUsage;
    };
    if (!parser.parse(QStringList{QStringLiteral("reimburse-cli render")} + args))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return kExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return usage(QStringLiteral("render takes exactly one file"));
    if (!parser.isSet(outOpt))
        return usage(QStringLiteral("render needs --out FILE.png"));
    bool okPage = false;
    bool okDpi = false;
    const int page = parser.value(pageOpt).toInt(&okPage);
    const double dpi = parser.value(dpiOpt).toDouble(&okDpi);
    if (!okPage || page < 1)
        return usage(QStringLiteral("--page takes a page number from 1"));
    if (!okDpi || dpi < 10 || dpi > 1200)
        return usage(QStringLiteral("--dpi takes a resolution from 10 to 1200"));

    const QString path = parser.positionalArguments().constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "reimburse-cli: %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return kExitSomeFailed;
    }
    const RenderedPage rendered = renderPage(file.readAll(), page - 1, dpi);
    if (!rendered.ok()) {
        std::fprintf(stderr, "reimburse-cli: %s: %s (%s)\n", qPrintable(path), qPrintable(rendered.error),
                     qPrintable(rendered.errorCode));
        return rendered.errorCode == u"page_out_of_range" ? kExitUsage : kExitSomeFailed;
    }
    QSaveFile out(parser.value(outOpt));
    if (!out.open(QIODevice::WriteOnly) || !rendered.image.save(&out, "PNG") || !out.commit()) {
        std::fprintf(stderr, "reimburse-cli: cannot write %s: %s\n", qPrintable(parser.value(outOpt)),
                     qPrintable(out.errorString()));
        return kExitSomeFailed;
    }
    return kExitOk;
}

} // namespace ra::cli
