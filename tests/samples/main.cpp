// reimburse-samples OUTDIR: writes the project's own sample invoices (fictitious companies,
// fixed values, same bytes on every run) and a manifest.json with their ground truth.

#include "imageoutput.h"
#include "ofdpackage.h"
#include "pdfoutput.h"
#include "sampleinvoice.h"

#include <QDir>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHashFunctions>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;
using ra::samples::SampleInvoice;

namespace {

void say(const QString &s)
{
    std::fprintf(stderr, "%s\n", qPrintable(s));
}

bool writeManifest(const QString &path, const QList<SampleInvoice> &invoices, QString *error)
{
    QJsonArray files;
    for (const SampleInvoice &inv : invoices)
        files.append(inv.manifestEntry());
    QJsonObject root;
    root[u"generator"_s] = u"reimburse-samples"_s;
    root[u"note"_s] = u"Fictitious invoices made for tests: companies, numbers and tax ids are invented "
                      "(tax ids carry valid GB 32100 check characters). Amounts are consistent: "
                      "items sum to amount, tax is per line, amount + tax = total."_s;
    root[u"files"_s] = files;
    QSaveFile f(path);
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // Same bytes on every run: the PDF writer emits fonts in hash order.
    QHashSeed::setDeterministicGlobalSeed();
    // Fonts need a GUI application; no display is needed to draw into files.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2 || args.at(1).startsWith(u'-')) {
        say(u"usage: reimburse-samples OUTDIR\n"
            "Writes fictitious sample invoices (PDF, OFD, JPEG) and manifest.json into OUTDIR."_s);
        return args.contains(u"--help"_s) || args.contains(u"-h"_s) ? 0 : 2;
    }
    const QString outDir = args.at(1);
    if (!QDir().mkpath(outDir)) {
        say(u"cannot create %1"_s.arg(outDir));
        return 1;
    }
    const QStringList families = QFontDatabase::families();
    for (const QString &family : {u"Noto Serif CJK SC"_s, u"Noto Sans Mono CJK SC"_s}) {
        if (!families.contains(family))
            say(u"warning: font \"%1\" is not installed (fonts-noto-cjk): the samples will use a fallback"_s.arg(family));
    }

    const QList<SampleInvoice> invoices = SampleInvoice::catalogue();
    // Group by file, keeping the catalogue order (pages of one PDF stay together).
    QStringList order;
    QMap<QString, QList<SampleInvoice>> byFile;
    for (const SampleInvoice &inv : invoices) {
        if (!byFile.contains(inv.file))
            order << inv.file;
        byFile[inv.file] << inv;
    }

    bool ok = true;
    for (const QString &file : order) {
        const QList<SampleInvoice> &pages = byFile[file];
        const QString path = QDir(outDir).filePath(file);
        QString error;
        bool written = false;
        if (file.endsWith(u".pdf"))
            written = ra::samples::PdfOutput::write(path, pages, &error);
        else if (file.endsWith(u".ofd"))
            written = ra::samples::OfdPackage(pages.first()).write(path, &error);
        else if (file == u"screenshot.png")
            written = ra::samples::ImageOutput::writeScreenshot(path, pages.first(), &error);
        else
            written = ra::samples::ImageOutput::writePhoto(path, pages.first(), &error);
        if (written) {
            say(u"wrote %1"_s.arg(path));
        } else {
            say(u"error: %1: %2"_s.arg(path, error));
            ok = false;
        }
    }
    QString error;
    const QString manifest = QDir(outDir).filePath(u"manifest.json"_s);
    if (!writeManifest(manifest, invoices, &error)) {
        say(u"error: %1: %2"_s.arg(manifest, error));
        ok = false;
    } else {
        say(u"wrote %1"_s.arg(manifest));
    }
    return ok ? 0 : 1;
}
