#include "rawpdf.h"
#include "pdfbytes.h"

namespace ra::test {

namespace {

QByteArray num(double v)
{
    return QByteArray::number(v, 'f', 2);
}

// The string operand of Tj for `text` in `font`.
QByteArray encoded(const QString &text, RawPdf::Font font)
{
    QByteArray hex = "<";
    for (const QChar c : text) {
        switch (font) {
        case RawPdf::Font::CjkUcs2:
            hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
            break;
        case RawPdf::Font::CjkUnmapped:
            // glyph ids of a font nobody has: nothing maps them back to characters
            hex += QByteArray::number((c.unicode() * 7 + 3) % 0x7fff + 1, 16).rightJustified(4, '0');
            break;
        case RawPdf::Font::Latin:
            hex += QByteArray::number(c.unicode() < 0x80 ? c.unicode() : u'?', 16).rightJustified(2, '0');
            break;
        }
    }
    return hex + ">";
}

} // namespace

RawPdf::RawPdf(const QSizeF &points)
    : m_size(points)
{
}

RawPdf &RawPdf::addText(double x, double y, double size, const QString &text, Font font)
{
    m_texts.append({x, y, size, text, font});
    return *this;
}

RawPdf &RawPdf::addImage(const QRectF &points, const QImage &image)
{
    m_images.append({points, image.convertToFormat(QImage::Format_Grayscale8)});
    return *this;
}

QByteArray RawPdf::build() const
{
    QList<QByteArray> objects; // object n is objects[n - 1]
    const auto add = [&objects](const QByteArray &body) -> int {
        objects.append(body);
        return int(objects.size());
    };
    const auto stream = [](const QByteArray &dict, const QByteArray &data) -> QByteArray {
        return "<< " + dict + " /Length " + QByteArray::number(data.size()) + " >>\nstream\n" + data + "\nendstream";
    };

    const int catalog = add({});
    const int pages = add({});
    // F1: CJK through UniGB-UCS2-H, F2: unmapped Identity-H, F3: WinAnsi TrueType. None is
    // embedded and none has a ToUnicode map.
    const int desc = add("<< /Type /FontDescriptor /FontName /SimSun /Flags 32 /FontBBox [-7 -140 1000 859] "
                         "/ItalicAngle 0 /Ascent 859 /Descent -140 /CapHeight 800 /StemV 0 >>");
    const int cid1 = add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) "
                         "/Ordering (GB1) /Supplement 4 >> /FontDescriptor " + QByteArray::number(desc)
                         + " 0 R /DW 1000 >>");
    const int f1 = add("<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /UniGB-UCS2-H /DescendantFonts ["
                       + QByteArray::number(cid1) + " 0 R] >>");
    const int cid2 = add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /XYZSong /CIDSystemInfo << /Registry (Adobe) "
                         "/Ordering (Identity) /Supplement 0 >> /FontDescriptor " + QByteArray::number(desc)
                         + " 0 R /DW 1000 >>");
    const int f2 = add("<< /Type /Font /Subtype /Type0 /BaseFont /XYZSong /Encoding /Identity-H /DescendantFonts ["
                       + QByteArray::number(cid2) + " 0 R] >>");
    const int desc3 = add("<< /Type /FontDescriptor /FontName /SimHei /Flags 32 /FontBBox [-11 -156 996 859] "
                          "/ItalicAngle 0 /Ascent 859 /Descent -140 /CapHeight 800 /StemV 0 >>");
    QByteArray widths = "[";
    for (int c = 32; c <= 126; ++c)
        widths += " 500";
    widths += " ]";
    const int f3 = add("<< /Type /Font /Subtype /TrueType /BaseFont /SimHei /Encoding /WinAnsiEncoding /FirstChar 32 "
                       "/LastChar 126 /Widths " + widths + " /FontDescriptor " + QByteArray::number(desc3) + " 0 R >>");

    QByteArray xobjects;
    QByteArray content;
    for (qsizetype i = 0; i < m_images.size(); ++i) {
        const Image &img = m_images.at(i);
        QByteArray pixels;
        for (int y = 0; y < img.image.height(); ++y)
            pixels.append(reinterpret_cast<const char *>(img.image.constScanLine(y)), img.image.width());
        const QByteArray deflated = qCompress(pixels).mid(4); // a zlib stream without Qt's length prefix
        const int id = add(stream("/Type /XObject /Subtype /Image /Width " + QByteArray::number(img.image.width())
                                      + " /Height " + QByteArray::number(img.image.height())
                                      + " /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode",
                                  deflated));
        xobjects += " /Im" + QByteArray::number(i) + " " + QByteArray::number(id) + " 0 R";
        content += "q " + num(img.points.width()) + " 0 0 " + num(img.points.height()) + " " + num(img.points.x()) + " "
                   + num(m_size.height() - img.points.bottom()) + " cm /Im" + QByteArray::number(i) + " Do Q\n";
    }
    for (const Text &t : m_texts) {
        const QByteArray font = t.font == Font::CjkUcs2 ? "/F1" : t.font == Font::CjkUnmapped ? "/F2" : "/F3";
        content += "BT " + font + " " + num(t.size) + " Tf 1 0 0 1 " + num(t.x) + " " + num(m_size.height() - t.y)
                   + " Tm " + encoded(t.text, t.font) + " Tj ET\n";
    }
    const int contents = add(stream({}, content));
    const int page = add("<< /Type /Page /Parent " + QByteArray::number(pages) + " 0 R /MediaBox [0 0 "
                         + num(m_size.width()) + " " + num(m_size.height()) + "] /Resources << /Font << /F1 "
                         + QByteArray::number(f1) + " 0 R /F2 " + QByteArray::number(f2) + " 0 R /F3 "
                         + QByteArray::number(f3) + " 0 R >> /XObject <<" + xobjects + " >> >> /Contents "
                         + QByteArray::number(contents) + " 0 R >>");
    objects[catalog - 1] = "<< /Type /Catalog /Pages " + QByteArray::number(pages) + " 0 R >>";
    objects[pages - 1] = "<< /Type /Pages /Kids [" + QByteArray::number(page) + " 0 R] /Count 1 >>";

    return buildPdf(objects, catalog, "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n");
}

} // namespace ra::test
