#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace ra::test {

// Writes a PDF byte by byte, the way the OFD converters behind 12306's railway e-tickets do
// (Suwell OFD convertor): CJK text in a Type0 font with a predefined CMap, the font neither
// embedded nor given a ToUnicode map, digits in a simple TrueType font with WinAnsi encoding
// and no ToUnicode either. QPdfWriter always embeds a subset with a ToUnicode map, so it
// cannot make such a file. One page; images are 8-bit grey, Flate-compressed.
class RawPdf
{
public:
    enum class Font {
        // Type0 /SimSun, /Encoding /UniGB-UCS2-H, CIDFontType2 (Adobe-GB1), not embedded, no
        // ToUnicode: a reader maps codes through the predefined CMap (the 12306 case).
        CjkUcs2,
        // Type0 /Encoding /Identity-H with glyph ids no reader can map back to characters:
        // the text layer is unreadable and only the QR code and the page's picture remain.
        CjkUnmapped,
        // TrueType /SimHei, /WinAnsiEncoding, not embedded, no ToUnicode (digits, Latin).
        Latin,
    };

    explicit RawPdf(const QSizeF &points = QSizeF(595.2, 396.6));

    // Text whose baseline starts at (x, y) points from the top-left corner.
    RawPdf &addText(double x, double y, double size, const QString &text, Font font = Font::CjkUcs2);
    RawPdf &addImage(const QRectF &points, const QImage &image);

    QByteArray build() const;

private:
    struct Text { double x; double y; double size; QString text; Font font; };
    struct Image { QRectF points; QImage image; };

    QSizeF m_size;
    QList<Text> m_texts;
    QList<Image> m_images;
};

} // namespace ra::test
