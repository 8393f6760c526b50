#include "commands.h"
#include "exitcodes.h"
#include "outputfile.h"
#include "safetext.h"

#include "claim/claimstore.h"
#include "export/exportregistry.h"
#include "export/exportcolumn.h"
#include "export/originalsexporter.h"
#include "worker/workerrenderqueue.h"

#include <QCommandLineParser>
#include <QThread>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace ra::cli {
namespace {

int usage(const QString &message)
{
    std::fprintf(stderr, "reimburse-cli: %s\n", qPrintable(terminalSafe(message)));
    return kExitUsage;
}

int failure(const QString &message)
{
    std::fprintf(stderr, "reimburse-cli: %s\n", qPrintable(terminalSafe(message)));
    return kExitSomeFailed;
}

} // namespace

int runExport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Export a claim: a spreadsheet, CSV, the JSON contract, the PDF claim "
                                     "report, or the original files renamed."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"claim"_s, u"The claim file."_s, u"CLAIM"_s);
    const QCommandLineOption formatOpt(u"format"_s, u"xlsx | csv | json | pdf | originals"_s, u"FMT"_s);
    const QCommandLineOption outOpt(u"out"_s, u"The file to write (a folder for originals)."_s, u"PATH"_s);
    const QCommandLineOption layoutOpt(u"layout"_s, u"PDF report: 1up (default) or 2up invoices per page."_s,
                                       u"LAYOUT"_s, u"1up"_s);
    const QCommandLineOption columnsOpt(u"columns"_s, u"XLSX/CSV: comma-separated column keys (default: "_s
                                            + ExportColumn::defaultKeys().join(u',') + u")."_s,
                                        u"KEYS"_s);
    const QCommandLineOption langOpt(u"lang"_s, u"Column titles and report language: zh (default) or en."_s,
                                     u"LANG"_s, u"zh"_s);
    const QCommandLineOption templateOpt(u"template"_s, u"Originals: file name template (default "_s
                                                            + ExportOptions().nameTemplate + u")."_s,
                                         u"T"_s);
    const QCommandLineOption dpiOpt(u"dpi"_s, u"PDF report: resolution the invoices are drawn at (default 300)."_s,
                                    u"D"_s, u"300"_s);
    parser.addOptions({formatOpt, outOpt, layoutOpt, columnsOpt, langOpt, templateOpt, dpiOpt});
    if (!parser.parse(QStringList{u"reimburse-cli export"_s} + args))
        return usage(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return kExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return usage(u"export takes exactly one claim file"_s);
    const QString format = parser.value(formatOpt);
    if (format.isEmpty())
        return usage(u"export needs --format xlsx|csv|json|pdf|originals"_s);
    if (!exports::formats().contains(format) && format != u"originals")
        return usage(u"unknown format '%1' (xlsx, csv, json, pdf or originals)"_s.arg(format));
    if (!parser.isSet(outOpt))
        return usage(u"export needs --out PATH"_s);

    ExportOptions options;
    const QString layout = parser.value(layoutOpt);
    if (layout != u"1up" && layout != u"2up")
        return usage(u"--layout takes 1up or 2up"_s);
    options.invoicesPerPage = layout == u"2up" ? 2 : 1;
    const QString lang = parser.value(langOpt);
    if (lang != u"zh" && lang != u"en")
        return usage(u"--lang takes zh or en"_s);
    options.language = lang == u"en" ? ExportOptions::Language::English : ExportOptions::Language::Chinese;
    if (parser.isSet(columnsOpt)) {
        for (const QString &key : parser.value(columnsOpt).split(u',', Qt::SkipEmptyParts)) {
            if (!ExportColumn::forKey(key.trimmed()))
                return usage(u"unknown column '%1'"_s.arg(key.trimmed()));
            options.columns << key.trimmed();
        }
        if (options.columns.isEmpty())
            return usage(u"--columns needs at least one column"_s);
    }
    if (parser.isSet(templateOpt))
        options.nameTemplate = parser.value(templateOpt);
    const std::optional<double> dpi = boundedNumber(parser.value(dpiOpt), 72, 600);
    if (!dpi)
        return usage(u"--dpi takes a resolution from 72 to 600, not '%1'"_s.arg(parser.value(dpiOpt)));
    options.printDpi = *dpi;
    // The export must never replace the claim it reads.
    const QString claimPath = parser.positionalArguments().constFirst();
    if (!sameFileAsInput(parser.value(outOpt), {claimPath}).isEmpty())
        return usage(u"--out %1 is the claim %2: write the export to another file"_s.arg(parser.value(outOpt), claimPath));

    // Read-only: an export never changes the claim. A damaged claim is never exported: the
    // whole file is checked (pages and indexes), and every original against its SHA-256, before
    // anything is written.
    ClaimStore store;
    if (!store.open(claimPath, ClaimStore::OpenMode::ReadOnly))
        return failure(store.errorString());
    if (const QString problem = store.verifyForExport(); !problem.isEmpty())
        return failure(problem);
    auto data = store.load();
    if (!data)
        return failure(store.errorString());
    ExportSource source;
    source.data = std::move(*data);
    source.originalBytes = [&store](const QString &sha256) { return store.originalBytes(sha256); };
    // The report's pictures are drawn in worker processes, under their limits: a page that
    // hangs or crashes pdfium becomes a placeholder and the report is still written.
    source.renderQueue = WorkerRenderQueue::factory(
        WorkerPoolOptions::fromEnvironment(std::clamp(QThread::idealThreadCount(), 1, 4)));

    const QString out = parser.value(outOpt);
    if (format == u"originals") {
        OriginalsExporter exporter;
        if (!exporter.exportTo(source, options, out))
            return failure(exporter.errorString());
        std::fprintf(stderr, "reimburse-cli: %lld originals copied to %s\n", qint64(exporter.writtenFiles().size()),
                     qPrintable(out));
        return kExitOk;
    }
    // Atomically for a file, as a stream for a device or FIFO; every write checked (OutputFile),
    // the same way the desk exports.
    const auto writer = exports::create(format);
    const QString error = exports::saveToFile(*writer, source, options, out);
    if (!error.isEmpty())
        return failure(u"cannot write %1: %2"_s.arg(out, error));
    return kExitOk;
}

} // namespace ra::cli
