#include "ofdrendererprivate.h"

// The package parts a drawing reads, each read once per renderer: XML trees, images, fonts.

#include "imageloader.h"
#include "ofd/jbig2image.h"

namespace ra {

const OfdXmlNode *OfdRenderer::Private::xml(const QString &path)
{
    if (path.isEmpty())
        return nullptr;
    if (auto it = xmlCache.constFind(path); it != xmlCache.constEnd())
        return it->get();
    DocumentError err;
    auto tree = OfdDocument::readXml(package, path, &err);
    std::shared_ptr<const OfdXmlNode> shared;
    if (tree)
        shared = std::make_shared<const OfdXmlNode>(std::move(*tree));
    xmlCache.insert(path, shared);
    return shared.get();
}

QImage OfdRenderer::Private::image(const QString &resourceId)
{
    if (auto it = imageCache.constFind(resourceId); it != imageCache.constEnd())
        return *it;
    QImage img;
    const auto media = doc.multiMedia().constFind(resourceId);
    if (media == doc.multiMedia().constEnd()) {
        note(tr("An image names the resource \"%1\", which the document does not have.").arg(resourceId));
    } else if (media->file.isNull()) {
        note(tr("The image file \"%1\" is missing from the package.").arg(media->declaredFile));
    } else {
        DocumentError err;
        const auto bytes = package.read(media->file, &err);
        if (!bytes) {
            note(tr("The image \"%1\" could not be read: %2").arg(media->file, err.message));
        } else {
            const QString format = media->format.trimmed().toUpper();
            const bool jbig2 = Jbig2Image::looksLikeJbig2File(*bytes) || format == u"GBIG2"
                               || format == u"JB2" || format == u"JBIG2";
            if (jbig2) {
                QString error;
                img = Jbig2Image::decode(*bytes, &error);
                if (img.isNull())
                    note(tr("The JBIG2 image \"%1\" could not be decoded (%2); it is left out.")
                             .arg(media->file, error));
            } else {
                const LoadedImage loaded = loadImage(*bytes);
                img = loaded.image;
                if (img.isNull())
                    note(tr("The image \"%1\" could not be decoded (%2); it is left out.")
                             .arg(media->file, loaded.error));
            }
        }
    }
    imageCache.insert(resourceId, img);
    return img;
}

QByteArray OfdRenderer::Private::fontData(const OfdFont &font)
{
    if (font.file.isNull())
        return {};
    if (auto it = fontFiles.constFind(font.file); it != fontFiles.constEnd())
        return *it;
    DocumentError err;
    const QByteArray data = package.read(font.file, &err).value_or(QByteArray());
    if (data.isEmpty())
        note(tr("The embedded font file \"%1\" could not be read.").arg(font.file));
    fontFiles.insert(font.file, data);
    return data;
}

} // namespace ra
