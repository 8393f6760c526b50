#pragma once

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <optional>

namespace ra {

class OfdDocument;
class OfdPackage;

// A seal to draw: where (from the signature's StampAnnot) and what (the picture inside the
// SES_Signature of SignedValue.dat, or the Seal.esl file the signature names).
struct OfdSeal
{
    enum class Kind { Ofd, Image };
    QString signatureId;
    int pageIndex = -1;
    QRectF boundary;          // mm, page coordinates
    QRectF clip;              // mm, relative to boundary; empty when none
    Kind kind = Kind::Image;
    QString pictureType;      // as written in the seal ("ofd", "png", ...)
    QByteArray picture;       // a small OFD package, or image bytes
    QSizeF pictureSizeMm;     // as the seal declares it; empty when it does not
};

// Finds the seals of a document: Signatures.xml → each Signature.xml → its StampAnnot
// elements and SignedValue.dat (or Seal.esl). SignedValue.dat is an SES_Signature
// (GM/T 0031, V1 and V4 alike): the seal picture is the SEQUENCE { type IA5String,
// data OCTET STRING, width, height } inside it, found by walking the DER tree rather than
// by following one version's schema. Never throws; what it cannot use goes to `notes`.
class OfdSealExtractor
{
public:
    struct Picture
    {
        OfdSeal::Kind kind = OfdSeal::Kind::Image;
        QString type;
        QByteArray data;
        QSizeF sizeMm;
    };

    static constexpr int kMaxSignatures = 64;
    static constexpr int kMaxStampsPerSignature = 64;

    static QList<OfdSeal> extract(OfdPackage &package, const OfdDocument &document, QStringList *notes = nullptr);

    // The seal picture inside an SES_Signature or SES_Seal (DER), or nullopt.
    static std::optional<Picture> findPicture(const QByteArray &der);
};

} // namespace ra
