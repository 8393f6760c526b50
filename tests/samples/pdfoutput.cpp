#include "pdfoutput.h"

#include "invoicepainter.h"

#include <QBuffer>
#include <QFile>
#include <QFont>
#include <QHash>
#include <QRawFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ra::samples {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Radical code points (U+2E80–U+2FDF) → the ordinary ideograph drawn with the same glyph in
// the fonts the samples use. Kangxi radicals have a Unicode decomposition, but the CJK Radicals
// Supplement mostly has none (⻆ U+2EC6 and 角 share a glyph), so ask the fonts.
const QHash<char16_t, char16_t> &radicalMap()
{
    static const QHash<char16_t, char16_t> map = [] {
        QHash<char16_t, char16_t> out;
        for (const QString &family : {u"Noto Serif CJK SC"_s, u"Noto Sans Mono CJK SC"_s}) {
            for (bool bold : {false, true}) {
                QFont font(family);
                font.setBold(bold);
                const QRawFont raw = QRawFont::fromFont(font);
                if (!raw.isValid())
                    continue;
                QString radicals;
                for (char16_t u = 0x2e80; u <= 0x2fdf; ++u)
                    radicals += QChar(u);
                const QList<quint32> radicalGlyphs = raw.glyphIndexesForString(radicals);
                QHash<quint32, char16_t> wanted;
                for (qsizetype i = 0; i < radicalGlyphs.size(); ++i)
                    if (radicalGlyphs.at(i) != 0)
                        wanted.insert(radicalGlyphs.at(i), char16_t(0x2e80 + i));
                QString ideographs;
                for (char16_t u = 0x3400; u < 0xa000; ++u)
                    ideographs += QChar(u);
                const QList<quint32> glyphs = raw.glyphIndexesForString(ideographs);
                for (qsizetype i = 0; i < glyphs.size(); ++i) {
                    const auto it = wanted.constFind(glyphs.at(i));
                    if (it != wanted.cend() && !out.contains(it.value()))
                        out.insert(it.value(), char16_t(0x3400 + i));
                }
            }
        }
        return out;
    }();
    return map;
}

// The code point a ToUnicode target should have instead of `u`, or `u` itself.
char16_t betterTarget(char16_t u)
{
    if (u > 0 && u < 0x20)
        return u' ';
    if (u >= 0x2e80 && u <= 0x2fdf) {
        if (const auto it = radicalMap().constFind(u); it != radicalMap().cend())
            return it.value();
        const QString folded = QString(QChar(u)).normalized(QString::NormalizationForm_KC);
        if (folded.size() == 1)
            return folded.at(0).unicode();
    }
    return u;
}

// Rewrites one "<XXXX>" token at `pos` (4 hex digits) if its code point needs it.
void fixToken(QByteArray &pdf, qsizetype pos)
{
    if (pos + 5 >= pdf.size() || pdf.at(pos) != '<' || pdf.at(pos + 5) != '>')
        return;
    int value = 0;
    for (int i = 1; i <= 4; ++i) {
        const int h = hexValue(pdf.at(pos + i));
        if (h < 0)
            return;
        value = value * 16 + h;
    }
    const char16_t better = betterTarget(char16_t(value));
    if (better == value)
        return;
    const QByteArray hex = QByteArray::number(int(better), 16).toUpper().rightJustified(4, '0');
    pdf.replace(pos + 1, 4, hex);
}

// Walks a bfrange or bfchar section token by token: sources are left alone, destinations fixed.
void fixSection(QByteArray &pdf, qsizetype from, qsizetype to, bool range)
{
    qsizetype pos = from;
    QList<QByteArray> sources;      // source codes of the current entry
    bool inArray = false;
    while (pos < to) {
        const char c = pdf.at(pos);
        if (c == '[') {
            inArray = true;
        } else if (c == ']') {
            inArray = false;
            sources.clear();
        } else if (c == '<') {
            const qsizetype end = pdf.indexOf('>', pos);
            if (end < 0 || end > to)
                return;
            if (inArray) {
                fixToken(pdf, pos);
            } else if (sources.size() < (range ? 2 : 1)) {
                sources << pdf.mid(pos, end - pos + 1);
            } else {
                // "<lo> <hi> <dst>" maps a run onto consecutive code points: only a run of
                // one may be rewritten.
                if (!range || sources.at(0) == sources.at(1))
                    fixToken(pdf, pos);
                sources.clear();
            }
            pos = end;
        }
        ++pos;
    }
}

} // namespace

QByteArray PdfOutput::fixToUnicode(QByteArray pdf)
{
    for (const auto &[begin, end, range] : {std::tuple{"beginbfrange", "endbfrange", true},
                                            std::tuple{"beginbfchar", "endbfchar", false}}) {
        qsizetype pos = 0;
        while ((pos = pdf.indexOf(begin, pos)) >= 0) {
            const qsizetype stop = pdf.indexOf(end, pos);
            if (stop < 0)
                break;
            fixSection(pdf, pos + qsizetype(qstrlen(begin)), stop, range);
            pos = stop;
        }
    }
    return pdf;
}

QByteArray PdfOutput::fixCreationDate(QByteArray pdf, const QString &stamp)
{
    const QByteArray key("/CreationDate (D:");
    const qsizetype at = pdf.indexOf(key);
    if (at >= 0 && stamp.size() == 14 && at + key.size() + 14 <= pdf.size())
        pdf.replace(at + key.size(), 14, stamp.toLatin1());
    return pdf;
}

bool PdfOutput::write(const QString &path, const QList<SampleInvoice> &pages, QString *error)
{
    if (pages.isEmpty())
        return false;
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setCreator(u"reimburse-samples (fictitious sample invoice)"_s);
        writer.setTitle(pages.first().title);
        auto layoutFor = [](const SampleInvoice &inv) {
            const QSizeF mm = InvoicePainter::pageSizeMm(inv.layout);
            return QPageLayout(QPageSize(mm, QPageSize::Millimeter, QString(), QPageSize::ExactMatch),
                               QPageLayout::Portrait, QMarginsF(0, 0, 0, 0));
        };
        writer.setPageLayout(layoutFor(pages.first()));
        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = u"cannot start the PDF painter"_s;
            return false;
        }
        for (qsizetype i = 0; i < pages.size(); ++i) {
            if (i > 0) {
                writer.setPageLayout(layoutFor(pages.at(i)));
                writer.newPage();
            }
            InvoicePainter::paint(painter, pages.at(i), writer.resolution() / 25.4);
        }
        painter.end();
    }
    bytes = fixToUnicode(bytes);
    bytes = fixCreationDate(bytes, pages.first().date.toString(u"yyyyMMdd"_s) + u"100000"_s);

    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        *error = out.errorString();
        return false;
    }
    return true;
}

} // namespace ra::samples
