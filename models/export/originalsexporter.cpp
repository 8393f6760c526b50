#include "export/originalsexporter.h"

#include "export/filenametemplate.h"

#include <QDir>
#include <QSaveFile>
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

} // namespace

bool OriginalsExporter::exportTo(const ExportSource &source, const ExportOptions &options, const QString &folder)
{
    m_written.clear();
    m_error.clear();
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder)) {
        m_error = u"cannot create the folder %1"_s.arg(folder);
        return false;
    }
    QSet<QString> taken;
    for (const QString &existing : dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System))
        taken.insert(existing.toLower());

    QSet<QString> done;
    int index = 0;
    for (const ClaimInvoice &ci : source.data.invoices) {
        ++index;
        if (done.contains(ci.sha256))
            continue;
        done.insert(ci.sha256);
        const ClaimOriginal *o = source.data.original(ci.sha256);
        const QByteArray bytes = source.originalBytes ? source.originalBytes(ci.sha256) : QByteArray();
        if (!o || bytes.isEmpty()) {
            m_error = u"the original of invoice %1 is missing from the claim"_s.arg(index);
            return false;
        }
        const QString base = filenames::sanitize(filenames::expand(options.nameTemplate, ci, source.data, index),
                                                 QFileInfo(o->name).completeBaseName());
        const QString name = filenames::unique(base, suffixFor(o->format), taken);
        taken.insert(name.toLower());
        QSaveFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            m_error = u"cannot write %1: %2"_s.arg(dir.filePath(name), file.errorString());
            return false;
        }
        m_written.append(dir.absoluteFilePath(name));
    }
    return true;
}

} // namespace ra
