#include "pdfembeddedimages.h"

#include <QRegularExpression>

#include <optional>
#include <zlib.h>

namespace ra {
namespace {

constexpr qsizetype kMaxInflated = 16 * 1024 * 1024;

// The dictionary that starts at `open` ("<<"), nested dictionaries included; empty when it
// does not close.
QByteArray dictionaryAt(const QByteArray &pdf, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i + 1 < pdf.size() && i < open + 8192; ++i) {
        if (pdf[i] == '<' && pdf[i + 1] == '<') {
            ++depth;
            ++i;
        } else if (pdf[i] == '>' && pdf[i + 1] == '>') {
            if (--depth == 0)
                return pdf.mid(open, i + 2 - open);
            ++i;
        }
    }
    return {};
}

int intEntry(const QByteArray &dict, const char *key)
{
    const QRegularExpression re(QStringLiteral("/%1\\s*(\\d+)(?!\\s+\\d+\\s+R)").arg(QLatin1String(key)));
    const auto m = re.match(QString::fromLatin1(dict));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

bool has(const QByteArray &dict, const char *token)
{
    // Names may be written with or without a space after the key: "/Filter/FlateDecode".
    QByteArray compact = dict;
    compact.replace(" ", "").replace("\n", "").replace("\r", "");
    return compact.contains(token);
}

std::optional<QByteArray> inflate(const QByteArray &data)
{
    z_stream zs{};
    if (inflateInit(&zs) != Z_OK)
        return std::nullopt;
    QByteArray out;
    char buffer[65536];
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    int ret = Z_OK;
    while (ret == Z_OK) {
        zs.next_out = reinterpret_cast<Bytef *>(buffer);
        zs.avail_out = sizeof(buffer);
        ret = ::inflate(&zs, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof(buffer) - zs.avail_out));
        if (out.size() > kMaxInflated)
            ret = Z_MEM_ERROR;
    }
    inflateEnd(&zs);
    if (ret != Z_STREAM_END && !(ret == Z_BUF_ERROR && !out.isEmpty()))
        return std::nullopt;
    return out;
}

// Undoes PNG row predictors (/Predictor >= 10): each row starts with its filter type.
std::optional<QByteArray> unpredict(const QByteArray &data, int bytesPerPixel, int rowBytes)
{
    QByteArray out;
    out.reserve(data.size());
    QByteArray prev(rowBytes, '\0');
    for (qsizetype pos = 0; pos + rowBytes + 1 <= data.size(); pos += rowBytes + 1) {
        const int type = quint8(data[pos]);
        QByteArray row = data.mid(pos + 1, rowBytes);
        for (int i = 0; i < rowBytes; ++i) {
            const int a = i >= bytesPerPixel ? quint8(row[i - bytesPerPixel]) : 0;
            const int b = quint8(prev[i]);
            const int c = i >= bytesPerPixel ? quint8(prev[i - bytesPerPixel]) : 0;
            int x = quint8(row[i]);
            switch (type) {
            case 0: break;
            case 1: x += a; break;
            case 2: x += b; break;
            case 3: x += (a + b) / 2; break;
            case 4: {
                const int p = a + b - c;
                const int pa = std::abs(p - a), pb = std::abs(p - b), pc = std::abs(p - c);
                x += (pa <= pb && pa <= pc) ? a : (pb <= pc ? b : c);
                break;
            }
            default: return std::nullopt;
            }
            row[i] = char(x);
        }
        out += row;
        prev = row;
    }
    return out;
}

// ASCII85 (the "~>"-terminated encoding some producers put before FlateDecode).
std::optional<QByteArray> ascii85(const QByteArray &in)
{
    QByteArray out;
    quint32 tuple = 0;
    int count = 0;
    for (const char c : in) {
        if (c == '~')
            break;
        if (c == 'z' && count == 0) {
            out.append(4, '\0');
            continue;
        }
        if (c < '!' || c > 'u')
            continue; // white space
        tuple = tuple * 85 + quint32(c - '!');
        if (++count == 5) {
            for (int k = 3; k >= 0; --k)
                out.append(char((tuple >> (8 * k)) & 0xff));
            tuple = 0;
            count = 0;
        }
    }
    if (count == 1)
        return std::nullopt;
    if (count > 1) {
        for (int k = count; k < 5; ++k)
            tuple = tuple * 85 + 84;
        for (int k = 3; k > 4 - count; --k)
            out.append(char((tuple >> (8 * k)) & 0xff));
    }
    return out;
}

// The colour table of "/ColorSpace [/Indexed /DeviceRGB|/DeviceGray hival (…)|<…>]" written
// inline; empty when the space is not such an indexed space.
QList<QRgb> indexedPalette(const QByteArray &dict)
{
    const qsizetype at = dict.indexOf("/Indexed");
    if (at < 0)
        return {};
    const qsizetype close = dict.indexOf(']', at);
    const QByteArray head = dict.mid(at, 40).simplified();
    const int components = head.contains("/DeviceGray") ? 1 : head.contains("/DeviceRGB") ? 3 : 0;
    if (components == 0 || close < 0)
        return {};
    QByteArray table;
    const qsizetype lit = dict.indexOf('(', at);
    const qsizetype hex = dict.indexOf('<', at);
    if (lit >= 0 && lit < close && (hex < 0 || lit < hex)) {
        for (qsizetype i = lit + 1; i < dict.size() && dict[i] != ')'; ++i) {
            char c = dict[i];
            if (c == '\\' && i + 1 < dict.size()) {
                const char n = dict[++i];
                if (n >= '0' && n <= '7') {
                    int v = 0;
                    int digits = 0;
                    while (digits < 3 && i < dict.size() && dict[i] >= '0' && dict[i] <= '7') {
                        v = v * 8 + (dict[i] - '0');
                        ++i;
                        ++digits;
                    }
                    --i;
                    c = char(v);
                } else {
                    c = n == 'n' ? '\n' : n == 'r' ? '\r' : n == 't' ? '\t' : n == 'b' ? '\b' : n == 'f' ? '\f' : n;
                }
            }
            table.append(c);
        }
    } else if (hex >= 0 && hex < close) {
        const qsizetype end = dict.indexOf('>', hex);
        if (end < 0)
            return {};
        table = QByteArray::fromHex(dict.mid(hex + 1, end - hex - 1));
    } else {
        return {}; // a table in another object: left to the rendered page
    }
    QList<QRgb> palette;
    for (qsizetype i = 0; i + components <= table.size(); i += components) {
        const auto v = [&](int k) { return int(quint8(table[i + k])); };
        palette.append(components == 1 ? qRgb(v(0), v(0), v(0)) : qRgb(v(0), v(1), v(2)));
    }
    return palette;
}

QImage indexedToImage(const QByteArray &data, int w, int h, int bpc, const QList<QRgb> &palette)
{
    const int rowBytes = (w * bpc + 7) / 8;
    if (data.size() < qsizetype(rowBytes) * h || palette.isEmpty())
        return {};
    QImage img(w, h, QImage::Format_RGB32);
    const int mask = (1 << bpc) - 1;
    for (int y = 0; y < h; ++y) {
        const auto *row = reinterpret_cast<const uchar *>(data.constData()) + qsizetype(y) * rowBytes;
        auto *dst = reinterpret_cast<QRgb *>(img.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const int bit = x * bpc;
            const int index = (row[bit / 8] >> (8 - bpc - bit % 8)) & mask;
            dst[x] = palette.value(index, qRgb(255, 255, 255));
        }
    }
    return img;
}

QImage rawToImage(const QByteArray &data, int w, int h, int bpc, int components, bool inverted)
{
    const int rowBytes = (w * components * bpc + 7) / 8;
    if (data.size() < qsizetype(rowBytes) * h)
        return {};
    QImage img(w, h, QImage::Format_RGB32);
    for (int y = 0; y < h; ++y) {
        const auto *row = reinterpret_cast<const uchar *>(data.constData()) + qsizetype(y) * rowBytes;
        auto *dst = reinterpret_cast<QRgb *>(img.scanLine(y));
        for (int x = 0; x < w; ++x) {
            int r, g, b;
            if (bpc == 1) {
                const int bit = (row[x / 8] >> (7 - x % 8)) & 1;
                r = g = b = (bit ^ (inverted ? 1 : 0)) ? 255 : 0;
            } else if (components == 1) {
                r = g = b = inverted ? 255 - row[x] : row[x];
            } else {
                r = row[x * 3];
                g = row[x * 3 + 1];
                b = row[x * 3 + 2];
            }
            dst[x] = qRgb(r, g, b);
        }
    }
    return img;
}

QImage decodeImageStream(const QByteArray &dict, const QByteArray &stream, int maxSide)
{
    const int w = intEntry(dict, "Width");
    const int h = intEntry(dict, "Height");
    if (w < 16 || h < 16 || w > maxSide || h > maxSide)
        return {};
    if (has(dict, "/DCTDecode"))
        return QImage::fromData(stream, "JPEG");
    const bool mask = has(dict, "/ImageMasktrue");
    const int bpc = mask ? 1 : intEntry(dict, "BitsPerComponent");
    const QList<QRgb> palette = mask ? QList<QRgb>() : indexedPalette(dict);
    int components = 0;
    if (!palette.isEmpty())
        components = 1;
    else if (mask || has(dict, "/ColorSpace/DeviceGray") || has(dict, "/ColorSpace/CalGray"))
        components = 1;
    else if (has(dict, "/ColorSpace/DeviceRGB"))
        components = 3;
    const bool bpcOk = palette.isEmpty() ? (bpc == 1 || bpc == 8) : (bpc == 1 || bpc == 2 || bpc == 4 || bpc == 8);
    if (components == 0 || !bpcOk)
        return {};
    QByteArray data = stream;
    if (has(dict, "/ASCII85Decode")) {
        const auto decoded = ascii85(data);
        if (!decoded)
            return {};
        data = *decoded;
    }
    if (has(dict, "/FlateDecode")) {
        const auto inflated = inflate(data);
        if (!inflated)
            return {};
        data = *inflated;
        if (intEntry(dict, "Predictor") >= 10) {
            const int rowBytes = (w * components * bpc + 7) / 8;
            const auto plain = unpredict(data, qMax(1, components * bpc / 8), rowBytes);
            if (!plain)
                return {};
            data = *plain;
        }
    } else if (has(dict, "/Filter") && !has(dict, "/Filter/ASCII85Decode")) {
        return {}; // JBIG2, CCITT, LZW...: left to the rendered page
    }
    if (!palette.isEmpty())
        return indexedToImage(data, w, h, bpc, palette);
    // Sample 0 is black (an image mask paints where the bit is 0) unless /Decode [1 0] flips it.
    return rawToImage(data, w, h, bpc, components, has(dict, "/Decode[10]"));
}

} // namespace

QList<QImage> smallEmbeddedImages(const QByteArray &pdf, int maxSide, int maxImages)
{
    QList<QImage> images;
    if (pdf.size() > 64 * 1024 * 1024)
        return images; // a huge file is not scanned as text; its pages are rendered instead
    static const QRegularExpression subtype(QStringLiteral("/Subtype\\s*/Image"));
    qsizetype from = 0;
    const QString latin = QString::fromLatin1(pdf);
    while (images.size() < maxImages) {
        const auto m = subtype.match(latin, from);
        if (!m.hasMatch())
            break;
        from = m.capturedEnd();
        // The dictionary holding /Subtype /Image starts at the nearest "obj" before it.
        const qsizetype objPos = pdf.lastIndexOf(" obj", m.capturedStart());
        if (objPos < 0)
            continue;
        const qsizetype open = pdf.indexOf("<<", objPos);
        if (open < 0 || open > m.capturedStart())
            continue;
        const QByteArray dict = dictionaryAt(pdf, open);
        if (dict.isEmpty())
            continue;
        qsizetype s = pdf.indexOf("stream", open + dict.size());
        if (s < 0 || s > open + dict.size() + 16)
            continue;
        s += 6;
        if (s < pdf.size() && pdf[s] == '\r')
            ++s;
        if (s < pdf.size() && pdf[s] == '\n')
            ++s;
        qsizetype length = intEntry(dict, "Length");
        qsizetype end = length > 0 && s + length <= pdf.size() ? s + length : pdf.indexOf("endstream", s);
        if (end < 0)
            continue;
        const QImage img = decodeImageStream(dict, pdf.mid(s, end - s), maxSide);
        if (!img.isNull())
            images.append(img);
    }
    return images;
}

} // namespace ra
