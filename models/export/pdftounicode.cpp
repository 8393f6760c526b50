#include "export/pdftounicode.h"

#include <QFont>
#include <QHash>
#include <QMutex>
#include <QRawFont>

using namespace Qt::StringLiterals;

namespace ra::pdftext {
namespace {

// Radical (U+2E80–U+2FDF) → the ideograph sharing its glyph in any of the families.
QHash<char16_t, char16_t> radicalMap(const QStringList &families)
{
    QHash<char16_t, char16_t> out;
    QString radicals;
    for (char16_t u = 0x2e80; u <= 0x2fdf; ++u)
        radicals += QChar(u);
    QString ideographs;
    for (char16_t u = 0x4e00; u <= 0x9fff; ++u)
        ideographs += QChar(u);
    for (const QString &family : families) {
        for (bool bold : {false, true}) {
            QFont font(family);
            font.setBold(bold);
            const QRawFont raw = QRawFont::fromFont(font);
            if (!raw.isValid())
                continue;
            const QList<quint32> radicalGlyphs = raw.glyphIndexesForString(radicals);
            QHash<quint32, char16_t> wanted;
            for (qsizetype i = 0; i < radicalGlyphs.size(); ++i)
                if (radicalGlyphs.at(i) != 0 && !out.contains(char16_t(0x2e80 + i)))
                    wanted.insert(radicalGlyphs.at(i), char16_t(0x2e80 + i));
            if (wanted.isEmpty())
                continue;
            const QList<quint32> glyphs = raw.glyphIndexesForString(ideographs);
            for (qsizetype i = 0; i < glyphs.size(); ++i)
                if (const auto it = wanted.constFind(glyphs.at(i)); it != wanted.cend() && !out.contains(it.value()))
                    out.insert(it.value(), char16_t(0x4e00 + i));
        }
    }
    return out;
}

const QHash<char16_t, char16_t> &cachedRadicalMap(const QStringList &families)
{
    static QMutex mutex;
    static QHash<QString, QHash<char16_t, char16_t>> cache;
    QMutexLocker lock(&mutex);
    const QString key = families.join(u'|');
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.insert(key, radicalMap(families));
    return *it;
}

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

// Rewrites the 4-hex-digit token "<XXXX>" at `pos` when its code point is a radical.
void fixToken(QByteArray &pdf, qsizetype pos, const QHash<char16_t, char16_t> &map)
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
    char16_t better = char16_t(value);
    if (const auto it = map.constFind(better); it != map.cend()) {
        better = it.value();
    } else if (value >= 0x2e80 && value <= 0x2fdf) {
        const QString folded = QString(QChar(better)).normalized(QString::NormalizationForm_KC);
        if (folded.size() == 1)
            better = folded.at(0).unicode();
    }
    if (better != value)
        pdf.replace(pos + 1, 4, QByteArray::number(int(better), 16).toUpper().rightJustified(4, '0'));
}

// Walks a bfrange/bfchar section: sources stay, destinations are fixed. A "<lo> <hi> <dst>"
// range maps onto consecutive code points, so only a range of one may be rewritten.
void fixSection(QByteArray &pdf, qsizetype from, qsizetype to, bool range, const QHash<char16_t, char16_t> &map)
{
    QList<QByteArray> sources;
    bool inArray = false;
    for (qsizetype pos = from; pos < to; ++pos) {
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
                fixToken(pdf, pos, map);
            } else if (sources.size() < (range ? 2 : 1)) {
                sources << pdf.mid(pos, end - pos + 1);
            } else {
                if (!range || sources.at(0) == sources.at(1))
                    fixToken(pdf, pos, map);
                sources.clear();
            }
            pos = end;
        }
    }
}

} // namespace

QByteArray fixToUnicode(QByteArray pdf, const QStringList &families)
{
    const QHash<char16_t, char16_t> &map = cachedRadicalMap(families);
    for (const auto &[begin, end, range] : {std::tuple{"beginbfrange", "endbfrange", true},
                                            std::tuple{"beginbfchar", "endbfchar", false}}) {
        qsizetype pos = 0;
        while ((pos = pdf.indexOf(begin, pos)) >= 0) {
            const qsizetype stop = pdf.indexOf(end, pos);
            if (stop < 0)
                break;
            fixSection(pdf, pos + qsizetype(qstrlen(begin)), stop, range, map);
            pos = stop;
        }
    }
    return pdf;
}

} // namespace ra::pdftext
