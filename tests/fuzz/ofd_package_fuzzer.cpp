// libFuzzer target for the OFD package reader and everything that reads what it returns:
// OfdPackage (ZIP, limits), OfdDocument (OFD.xml → Document.xml → pages, templates,
// resources, annotations, tags), the seal extractor (Signatures.xml, SES DER) and the
// renderer (page 1–2 at a low resolution, so a run stays fast). Any input must end in a
// result or an error: a crash, a sanitizer report, a leak or a hang is a bug.
// Build and run: docs/ofd-rendering.md ("Fuzzing").

#include "ofd/ofddocument.h"
#include "ofd/ofdpackage.h"
#include "ofd/render/ofdrenderer.h"
#include "ofd/render/ofdsealextractor.h"

#include <QByteArray>
#include <QGuiApplication>
#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace {

// Smaller than the application's limits: the fuzzer explores structure, not size.
ra::OfdLimits fuzzLimits()
{
    ra::OfdLimits l;
    l.maxEntries = 500;
    l.maxEntryBytes = 4LL * 1024 * 1024;
    l.maxTotalBytes = 16LL * 1024 * 1024;
    l.maxXmlBytes = 2LL * 1024 * 1024;
    return l;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Text drawing needs a GUI application object, never a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", "*=false");
    static QGuiApplication *app = new QGuiApplication(*argc, *argv);
    (void)app;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    ra::OfdPackage package(fuzzLimits());
    if (!package.open(bytes)) {
        for (const QString &entry : package.entries())
            (void)package.read(entry);
        ra::OfdDocument doc;
        if (!doc.load(package)) {
            QStringList notes;
            (void)ra::OfdSealExtractor::extract(package, doc, &notes);
            for (const ra::OfdPage &p : doc.pages())
                for (const ra::OfdGraphicObject &o : p.objects)
                    (void)doc.findObjectAnywhere(o.id, nullptr);
        }
    }

    ra::OfdRenderer renderer(fuzzLimits());
    if (!renderer.load(bytes))
        for (int page = 0; page < std::min(renderer.pageCount(), 2); ++page)
            (void)renderer.render(page, 12);

    // The input as DER too: SignedValue.dat and Seal.esl are parsed the same way.
    (void)ra::OfdSealExtractor::findPicture(bytes);
    return 0;
}
