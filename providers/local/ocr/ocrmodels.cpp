#include "ocrmodels.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#ifndef RA_OCR_INSTALLED_DIR
#define RA_OCR_INSTALLED_DIR "/usr/local/share/reimburse/ocr"
#endif

namespace ra::ocr {

QStringList ocrModelSearchPath()
{
    QStringList dirs;
    const QString env = qEnvironmentVariable("REIMBURSE_OCR_MODELS");
    if (!env.isEmpty())
        return {env}; // an explicit choice: nothing else is looked at
    QString home = qEnvironmentVariable("XDG_DATA_HOME");
    if (home.isEmpty())
        home = QDir::homePath() + QStringLiteral("/.local/share");
    dirs.append(home + QStringLiteral("/reimburse/ocr"));
    QString shared = qEnvironmentVariable("XDG_DATA_DIRS");
    if (shared.isEmpty())
        shared = QStringLiteral("/usr/local/share:/usr/share");
    for (const QString &d : shared.split(QLatin1Char(':'), Qt::SkipEmptyParts))
        dirs.append(d + QStringLiteral("/reimburse/ocr"));
    const QString installed = QStringLiteral(RA_OCR_INSTALLED_DIR);
    if (!dirs.contains(installed))
        dirs.append(installed);
    return dirs;
}

OcrModelFiles locateOcrModels()
{
    const QStringList dirs = ocrModelSearchPath();
    for (const QString &d : dirs) {
        const QDir dir(d);
        OcrModelFiles f;
        f.detector = dir.filePath(QStringLiteral("det.onnx"));
        f.keys = dir.filePath(QStringLiteral("ppocr_keys_v1.txt"));
        if (!QFileInfo(f.detector).isFile() || !QFileInfo(f.keys).isFile())
            continue;
        for (int w : {320, 640, 960, 1280}) {
            const QString rec = dir.filePath(QStringLiteral("rec_%1.onnx").arg(w));
            if (QFileInfo(rec).isFile()) {
                f.recognizerWidths.append(w);
                f.recognizers.append(rec);
            }
        }
        if (f.recognizers.isEmpty())
            continue;
        const QString cls = dir.filePath(QStringLiteral("cls.onnx"));
        if (QFileInfo(cls).isFile())
            f.classifier = cls;
        f.dir = dir.absolutePath();
        return f;
    }
    OcrModelFiles none;
    none.error = QCoreApplication::translate(
                     "OcrModels",
                     "The offline OCR models are not installed (looked in %1), so only the QR code "
                     "of a photo or scan is read. Install them with scripts/install-ocr-models.sh "
                     "(scripts/install-deps.sh runs it), or set REIMBURSE_OCR_MODELS to their folder.")
                     .arg(dirs.join(QStringLiteral(", ")));
    return none;
}

} // namespace ra::ocr
