#include "ofdsealextractor.h"
#include "translatedtext.h"

#include "derreader.h"
#include "ofd/ofddocument.h"
#include "ofd/ofdpackage.h"

#include <QCoreApplication>
#include <cmath>

namespace ra {

namespace {

QString tr(const char *text)
{
    return translatedText("ra::OfdSealExtractor", text);
}

constexpr int kMaxDepth = 24;
constexpr int kMaxVisited = 20000;

QRectF parseBox(const QString &text)
{
    const QStringList parts = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (parts.size() != 4)
        return {};
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts.at(i).toDouble(&ok);
        if (!ok || !std::isfinite(v[i]) || std::abs(v[i]) > 5000)
            return {};
    }
    if (v[2] <= 0 || v[3] <= 0)
        return {};
    return QRectF(v[0], v[1], v[2], v[3]);
}

std::optional<OfdSeal::Kind> kindOf(const QByteArray &data, const QString &type)
{
    if (data.startsWith("PK\x03\x04"))
        return OfdSeal::Kind::Ofd;
    if (data.startsWith("\x89PNG") || data.startsWith("\xff\xd8\xff") || data.startsWith("GIF8")
        || data.startsWith("BM") || data.startsWith("II*") || data.startsWith("MM\x00*"))
        return OfdSeal::Kind::Image;
    const QString t = type.trimmed().toLower();
    if (t == u"ofd")
        return OfdSeal::Kind::Ofd;
    if (t == u"png" || t == u"jpg" || t == u"jpeg" || t == u"gif" || t == u"bmp" || t == u"tif" || t == u"tiff")
        return OfdSeal::Kind::Image;
    return std::nullopt;
}

int smallInteger(const DerReader &der, const DerReader::Element &e)
{
    if (!der.isUniversal(e, DerReader::Integer) || e.length < 1 || e.length > 4)
        return 0;
    qint64 v = 0;
    for (char c : der.content(e))
        v = (v << 8) | quint8(c);
    return int(v);
}

struct Walker
{
    const QByteArray &bytes;
    DerReader der{bytes};
    int visited = 0;

    std::optional<OfdSealExtractor::Picture> walk(const DerReader::Element &e, int depth)
    {
        if (depth > kMaxDepth || ++visited > kMaxVisited)
            return std::nullopt;
        if (!e.constructed) {
            // Some producers wrap structures in OCTET STRINGs; look inside when the content is
            // itself exactly one DER SEQUENCE. Certificates are SEQUENCEs too but hold no picture.
            if (der.isUniversal(e, DerReader::OctetString) && e.length > 2
                && quint8(bytes.at(e.contentOffset)) == 0x30) {
                const auto inner = der.elementAt(e.contentOffset, e.end());
                if (inner && inner->end() == e.end())
                    return walk(*inner, depth + 1);
            }
            return std::nullopt;
        }
        const auto kids = der.children(e);
        if (!kids)
            return std::nullopt;
        // SES_ESPictrueInfo ::= SEQUENCE { type IA5String, data OCTET STRING, width INTEGER,
        // height INTEGER } (V4; V1 is the same with a different type spelling).
        if (der.isUniversal(e, DerReader::Sequence) && kids->size() >= 2) {
            const QString type = der.string(kids->at(0));
            if (!type.isEmpty() && type.size() <= 16 && der.isUniversal(kids->at(1), DerReader::OctetString)) {
                const QByteArray data = der.content(kids->at(1)).toByteArray();
                if (const auto kind = kindOf(data, type)) {
                    OfdSealExtractor::Picture p;
                    p.kind = *kind;
                    p.type = type;
                    p.data = data;
                    if (kids->size() >= 4) {
                        const int w = smallInteger(der, kids->at(2));
                        const int h = smallInteger(der, kids->at(3));
                        if (w > 0 && h > 0 && w < 1000 && h < 1000)
                            p.sizeMm = QSizeF(w, h);
                    }
                    return p;
                }
            }
        }
        for (const DerReader::Element &k : *kids)
            if (auto p = walk(k, depth + 1))
                return p;
        return std::nullopt;
    }
};

} // namespace

std::optional<OfdSealExtractor::Picture> OfdSealExtractor::findPicture(const QByteArray &der)
{
    Walker w{der};
    const auto root = w.der.elementAt(0);
    if (!root)
        return std::nullopt;
    return w.walk(*root, 0);
}

QList<OfdSeal> OfdSealExtractor::extract(OfdPackage &package, const OfdDocument &document, QStringList *notes)
{
    QList<OfdSeal> seals;
    auto note = [&](const QString &text) {
        if (notes && !notes->contains(text))
            notes->append(text);
    };
    const QString listPath = document.signaturesPath();
    if (listPath.isEmpty())
        return seals;
    DocumentError err;
    const auto list = OfdDocument::readXml(package, listPath, &err);
    if (!list) {
        note(tr("The signature list could not be read: %1").arg(err.message));
        return seals;
    }
    int count = 0;
    for (const OfdXmlNode *sig : list->childrenNamed(u"Signature")) {
        if (++count > kMaxSignatures) {
            note(tr("The document has more than %1 signatures; the rest are not drawn.").arg(kMaxSignatures));
            break;
        }
        const QString sigPath = package.resolve(sig->attr(u"BaseLoc").trimmed(), listPath);
        if (sigPath.isNull()) {
            note(tr("The signature \"%1\" is missing from the package.").arg(sig->attr(u"BaseLoc")));
            continue;
        }
        const auto signature = OfdDocument::readXml(package, sigPath, &err);
        if (!signature) {
            note(tr("A signature could not be read: %1").arg(err.message));
            continue;
        }
        const OfdXmlNode *info = signature->child(u"SignedInfo");
        if (!info)
            continue;
        const QList<const OfdXmlNode *> stamps = info->childrenNamed(u"StampAnnot");
        if (stamps.isEmpty())
            continue; // a signature without a visible stamp

        std::optional<Picture> picture;
        const QString valuePath = package.resolve(signature->childText(u"SignedValue"), sigPath);
        if (!valuePath.isNull()) {
            if (const auto bytes = package.read(valuePath, &err))
                picture = findPicture(*bytes);
        }
        if (!picture) {
            if (const OfdXmlNode *seal = info->child(u"Seal")) {
                const QString sealPath = package.resolve(seal->childText(u"BaseLoc"), sigPath);
                if (!sealPath.isNull())
                    if (const auto bytes = package.read(sealPath, &err))
                        picture = findPicture(*bytes);
            }
        }
        if (!picture) {
            note(tr("A signature's seal picture could not be found; its seal is not drawn."));
            continue;
        }
        int stampCount = 0;
        for (const OfdXmlNode *stamp : stamps) {
            if (++stampCount > kMaxStampsPerSignature)
                break;
            OfdSeal s;
            s.signatureId = sig->attr(u"ID").trimmed();
            s.pageIndex = document.pageIndexForId(stamp->attr(u"PageRef").trimmed());
            s.boundary = parseBox(stamp->attr(u"Boundary"));
            s.clip = parseBox(stamp->attr(u"Clip"));
            s.kind = picture->kind;
            s.pictureType = picture->type;
            s.picture = picture->data;
            s.pictureSizeMm = picture->sizeMm;
            if (s.pageIndex < 0 || s.boundary.isEmpty()) {
                note(tr("A seal names a page or position that does not exist; it is not drawn."));
                continue;
            }
            seals.append(s);
        }
    }
    return seals;
}

} // namespace ra
