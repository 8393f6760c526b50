#include "inputcollector.h"

#include "nativenames.h"

#include "core/documentinput.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>

namespace ra {
namespace {

RecognizedDocument failed(const QString &path, const QString &message)
{
    RecognizedDocument doc;
    doc.file = path;
    doc.provider = QStringLiteral("local");
    doc.error = DocumentError{QString::fromLatin1(ErrorCode::Unreadable), message};
    return doc;
}

} // namespace

CollectedInputs collectInputs(const QStringList &paths, bool acceptUrls)
{
    CollectedInputs out;
    for (const QString &path : paths) {
        if (acceptUrls && DocumentInput::looksLikeUrl(path)) {
            if (DocumentInput::fromUrl(path))
                out.urls.append(path);
            else
                out.failures.append(failed(path, QCoreApplication::translate(
                    "InputCollector", "Not a usable http(s) URL (it needs a host).")));
            continue;
        }
        const QFileInfo info(path);
        if (!info.exists()) {
            out.failures.append(failed(path, QCoreApplication::translate("InputCollector",
                                                                         "No such file or folder.")));
            continue;
        }
        if (!info.isDir()) {
            out.files.append(path);
            continue;
        }
        // Names that are not valid UTF-8 cannot pass through Qt's folder walk below: reported,
        // not lost (read with readdir).
        out.failures.append(undecodableEntries(path));
        // QDir::System lists broken links, pipes and sockets too: they become documents with
        // an error instead of vanishing from the run.
        QStringList found;
        QDirIterator it(path, QDir::Files | QDir::Dirs | QDir::System | QDir::NoDotAndDotDot | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo entry(it.next());
            if (entry.isDir()) {
                if (!entry.isReadable() || !entry.isExecutable())
                    out.failures.append(failed(entry.filePath(), QCoreApplication::translate(
                        "InputCollector", "The folder cannot be read (permission denied).")));
                continue;
            }
            if (entry.fileName().startsWith(QLatin1Char('.')))
                continue; // .DS_Store and editor files are not documents
            found.append(entry.filePath());
        }
        found.sort();
        out.files.append(found);
    }
    return out;
}

} // namespace ra
