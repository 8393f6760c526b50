#include "commands.h"
#include "exitcodes.h"

#include "core/inputfile.h"
#include "outputfile.h"
#include "safetext.h"

#include "pagerenderer.h"
#include "worker/workerpool.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QEventLoop>
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
        std::fprintf(stderr, "reimburse-cli: %s\n", qPrintable(terminalSafe(message)));
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
    const int page = parser.value(pageOpt).toInt(&okPage);
    if (!okPage || page < 1)
        return usage(QStringLiteral("--page takes a page number from 1"));
    // nan, inf, negative and absurd values are refused here, not passed to the renderer.
    const std::optional<double> dpi = boundedNumber(parser.value(dpiOpt), 10, 1200);
    if (!dpi)
        return usage(QStringLiteral("--dpi takes a resolution from 10 to 1200, not '%1'").arg(parser.value(dpiOpt)));

    const QString path = parser.positionalArguments().constFirst();
    const QString outPath = parser.value(outOpt);
    if (!sameFileAsInput(outPath, {path}).isEmpty())
        return usage(QStringLiteral("--out %1 is the input %2: write the image to another file").arg(outPath, path));
    const auto failure = [](const QString &message) {
        std::fprintf(stderr, "reimburse-cli: %s\n", qPrintable(terminalSafe(message)));
        return kExitSomeFailed;
    };
    // The same reader as recognize: regular files only (no endless /dev/zero, no FIFO to hang
    // on), opened non-blocking, never more than the size cap.
    const InputBytes input = readInputFile(path, defaultMaxInputBytes());
    if (input.error)
        return failure(QStringLiteral("%1: %2 (%3)").arg(path, input.error->message, input.error->code));
    // Drawn in a reimburse-worker process, under its limits (docs/worker-process.md).
    WorkerPool pool(WorkerPoolOptions::fromEnvironment(1));
    WorkerRequest *request = pool.render(input.bytes, page - 1, *dpi);
    request->setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(request, &WorkerRequest::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const RenderedPage rendered = request->page();
    delete request;
    pool.shutdown();
    if (!rendered.ok()) {
        std::fprintf(stderr, "reimburse-cli: %s\n",
                     qPrintable(terminalSafe(QStringLiteral("%1: %2 (%3)").arg(path, rendered.error, rendered.errorCode))));
        return rendered.errorCode == u"page_out_of_range" ? kExitUsage : kExitSomeFailed;
    }
    QByteArray png;
    {
        QBuffer buffer(&png);
        if (!buffer.open(QIODevice::WriteOnly) || !rendered.image.save(&buffer, "PNG"))
            return failure(QStringLiteral("%1: the page could not be encoded as PNG").arg(path));
    }
    if (const QString error = writeOutputFile(outPath, [&png](QIODevice *out) { return writeAllChecked(out, png); });
        !error.isEmpty())
        return failure(QStringLiteral("cannot write %1: %2").arg(outPath, error));
    return kExitOk;
}

} // namespace ra::cli
