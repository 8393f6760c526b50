#pragma once

#include "ofd/ofdpackage.h"
#include "recognizeddocument.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QTransform>
#include <memory>
#include <optional>

class QPainter;

namespace ra {

class OfdDocument;

// What the renderer drew, in page millimetres: lets callers and tests check that text stayed
// on the page and that a field's region holds ink, without reading pixels back.
struct OfdDrawnObject
{
    enum class Kind { Text, Path, Image, Seal };
    enum class Layer { Template, Page, Annotation, Seal };
    Kind kind = Kind::Text;
    Layer layer = Layer::Page;
    QString id;
    QRectF bounds;   // mm, page coordinates (PhysicalBox space)
};

// One OFD page as an image on white paper.
struct RenderedOfdPage
{
    QImage image;            // Format_RGB32
    QTransform mmToPixel;    // page coordinates (mm, as in Boundary attributes) → image pixels
    QRectF pageBoxMm;        // the PhysicalBox drawn
    double dpi = 0;
    int pageCount = 0;
    QStringList notes;       // what could not be drawn as the file asks (missing font, JBIG2, …)
    QList<OfdDrawnObject> drawn;
    QString errorCode;       // ra::ErrorCode value, or "page_out_of_range" / "bad_dpi"
    QString error;
    bool ok() const { return errorCode.isEmpty(); }
};

// Draws the pages of one OFD document (GB/T 33190 as e-invoices use it): templates in their
// Z order, layers, PathObject (AbbreviatedData, fill and stroke, DrawParams, CTM), TextObject
// (embedded or mapped fonts, TextCode positions, HScale), ImageObject (PNG, JPEG, BMP, GIF,
// TIFF, JBIG2), CompositeObject, clip areas, annotations, and the seals of its signatures at
// their stamp positions. Damaged parts are skipped with a note; a page is drawn as far as its
// parts allow. Page coordinates are millimetres; at `dpi` one millimetre is dpi / 25.4 pixels.
//
// Text needs a QGuiApplication (fonts); without one, text is left out with a note.
// Not thread-safe: one renderer per thread (renderOfdPage() makes its own).
class OfdRenderer
{
public:
    // Pages larger than this many pixels are refused (an A4 page at 1000 dpi is 97 MP).
    static constexpr qint64 kMaxPixels = 120LL * 1000 * 1000;
    static constexpr int kMaxSide = 20000;
    // Graphic objects drawn on one page, all layers, templates and annotations together.
    static constexpr int kMaxObjectsPerPage = 200000;

    explicit OfdRenderer(const OfdLimits &limits = {});
    ~OfdRenderer();
    OfdRenderer(const OfdRenderer &) = delete;
    OfdRenderer &operator=(const OfdRenderer &) = delete;

    // Opens the package and reads its first document; nullopt on success.
    std::optional<DocumentError> load(const QByteArray &ofdBytes);
    bool isLoaded() const;
    int pageCount() const;
    const OfdDocument &document() const;
    QStringList documentNotes() const;   // from loading: missing parts, skipped resources

    // The page on white paper at `dpi`.
    RenderedOfdPage render(int pageIndex, double dpi);

    // Draws the page's content (no paper) with `pageToDevice` mapping page coordinates (mm,
    // PhysicalBox space) to the painter's device. Returns the notes of this drawing; fills
    // `drawn` when given. The painter's state is saved and restored.
    QStringList paint(QPainter &painter, int pageIndex, const QTransform &pageToDevice,
                      QList<OfdDrawnObject> *drawn = nullptr);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// One page of an OFD file at `dpi`: load, draw, done.
RenderedOfdPage renderOfdPage(const QByteArray &ofdBytes, int pageIndex, double dpi);

} // namespace ra
