#include "export/originalsexporter.h"

#include "export/filenametemplate.h"
#include "outputfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ra {
namespace {

QString suffixFor(const QString &format)
{
    static const QHash<QString, QString> suffixes = {{u"pdf"_s, u"pdf"_s},   {u"ofd"_s, u"ofd"_s},
                                                     {u"jpeg"_s, u"jpg"_s},  {u"png"_s, u"png"_s},
                                                     {u"bmp"_s, u"bmp"_s},   {u"tiff"_s, u"tif"_s},
                                                     {u"webp"_s, u"webp"_s}, {u"gif"_s, u"gif"_s}};
    return suffixes.value(format, u"bin"_s);
}

// The name each original gets, in claim order: one entry per original with an invoice in the
// claim (its first invoice names it); an empty name when the original is not in the claim.
struct Planned
{
    QString sha256;
    int index = 0;   // 1-based row of the invoice that names it
    QString name;
};

QList<Planned> plan(const ClaimData &data, const ExportOptions &options, QSet<QString> taken)
{
    QList<Planned> planned;
    QSet<QString> done;
    int index = 0;
    for (const ClaimInvoice &ci : data.invoices) {
        ++index;
        if (done.contains(ci.sha256))
            continue;
        done.insert(ci.sha256);
        Planned p{ci.sha256, index, {}};
        if (const ClaimOriginal *o = data.original(ci.sha256)) {
            const QString base = filenames::sanitize(filenames::expand(options.nameTemplate, ci, data, index),
                                                     QFileInfo(o->name).completeBaseName());
            p.name = filenames::unique(base, suffixFor(o->format), taken);
            taken.insert(p.name.toLower());
        }
        planned.append(p);
    }
    return planned;
}

} // namespace

QStringList OriginalsExporter::fileNames(const ClaimData &data, const ExportOptions &options)
{
    QStringList names;
    for (const Planned &p : plan(data, options, {}))
        if (!p.name.isEmpty())
            names.append(p.name);
    return names;
}

bool OriginalsExporter::exportTo(const ExportSource &source, const ExportOptions &options, const QString &folder)
{
    m_written.clear();
    m_error.clear();
    m_cancelled = false;
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder)) {
        m_error = u"cannot create the folder %1"_s.arg(folder);
        return false;
    }
    QSet<QString> taken;
    if (!m_replaceExisting)
        for (const QString &existing : dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System))
            taken.insert(existing.toLower());

    const QList<Planned> planned = plan(source.data, options, taken);
    for (qsizetype i = 0; i < planned.size(); ++i) {
        const Planned &p = planned.at(i);
        const QByteArray bytes = source.originalBytes ? source.originalBytes(p.sha256) : QByteArray();
        if (p.name.isEmpty() || bytes.isEmpty()) {
            m_error = u"the original of invoice %1 is missing from the claim"_s.arg(p.index);
            return false;
        }
        // The bytes handed out must be the ones filed: a claim damaged on disk is never exported.
        if (QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) != p.sha256) {
            const ClaimOriginal *o = source.data.original(p.sha256);
            m_error = QCoreApplication::translate("ra::OriginalsExporter",
                                                  "the claim is damaged: the bytes of “%1” no longer match their "
                                                  "SHA-256, so it was not copied (nor anything after it). Open an "
                                                  "earlier copy of the claim.")
                          .arg(o ? o->name : p.sha256);
            return false;
        }
        // Every write checked, fsync()ed before the rename, the system's reason on failure.
        if (const QString error = writeOutputFile(dir.filePath(p.name),
                                                  [&bytes](QIODevice *out) { return writeAllChecked(out, bytes); });
            !error.isEmpty()) {
            m_error = u"cannot write %1: %2"_s.arg(dir.filePath(p.name), error);
            return false;
        }
        m_written.append(dir.absoluteFilePath(p.name));
        if (m_progress && !m_progress(int(i) + 1, int(planned.size()))) {
            m_cancelled = true;
            m_error = u"cancelled"_s;
            return false;
        }
    }
    return true;
}

} // namespace ra
