#include "ofdtextdrawer.h"

#include "ofd/ofddocument.h"
#include "ofd/ofdxmlnode.h"
#include "ofdfontresolver.h"
#include "ofdtextcode.h"

#include <QGlyphRun>
#include <QPainter>
#include <QPainterPath>
#include <QRawFont>
#include <cmath>

namespace ra {

namespace {

constexpr int kMaxCharactersPerObject = 50000;

struct Placed
{
    QPointF pos;        // object coordinates
    int font = -1;      // index in the chain; -1: nothing to draw
    quint32 glyph = 0;
    double advance = 0; // object coordinates
};

bool isBlank(char32_t c)
{
    return c == U' ' || c == U'\t' || c == 0x3000 || c == 0xa0;
}

bool isWide(char32_t c)
{
    return c >= 0x2e80;
}

// CGTransform: character positions (over all TextCodes of the object) → glyph IDs of the
// embedded font. Counts that disagree map what they can one to one.
QHash<int, quint32> glyphMap(const OfdXmlNode &textObject, int totalChars)
{
    QHash<int, quint32> map;
    for (const OfdXmlNode *cg : textObject.childrenNamed(u"CGTransform")) {
        bool ok1 = false, ok2 = false;
        const int position = cg->attr(u"CodePosition").trimmed().toInt(&ok1);
        const int codeCount = cg->attr(u"CodeCount").trimmed().toInt(&ok2);
        if (!ok1 || !ok2 || position < 0 || codeCount <= 0 || position >= totalChars)
            continue;
        const QString glyphsText = cg->childText(u"Glyphs");
        const QStringList glyphs = glyphsText.simplified().split(u' ', Qt::SkipEmptyParts);
        const int n = std::min({codeCount, int(glyphs.size()), totalChars - position});
        for (int i = 0; i < n; ++i) {
            bool ok = false;
            const uint g = glyphs.at(i).toUInt(&ok);
            if (ok && g < 65536)
                map.insert(position + i, g);
        }
    }
    return map;
}

} // namespace

OfdTextDrawer::Result OfdTextDrawer::draw(QPainter &painter, const QTransform &objectToDevice,
                                          const OfdXmlNode &textObject, const OfdFont &font,
                                          const QByteArray &fontData, double size, const Style &style)
{
    Result result;
    const double det = objectToDevice.m11() * objectToDevice.m22() - objectToDevice.m12() * objectToDevice.m21();
    const double s = std::sqrt(std::abs(det)); // device pixels per object unit
    const double h = std::clamp(style.hScale, 0.01, 100.0);
    if (!std::isfinite(size) || size <= 0 || !std::isfinite(s) || s < 1e-6 || size * s > 20000)
        return result;

    QList<OfdTextCode> codes;
    int total = 0;
    for (const OfdXmlNode *node : textObject.childrenNamed(u"TextCode")) {
        codes.append(OfdTextCode::fromNode(*node));
        total += int(codes.last().text.toUcs4().size());
        if (total > kMaxCharactersPerObject)
            break;
    }
    total = std::min(total, kMaxCharactersPerObject);
    result.characters = total;
    if (total == 0)
        return result;

    const OfdFontResolver::Chain chain = m_fonts.resolve(font, fontData, size * s);
    result.embeddedFont = chain.embedded;
    result.substitute = chain.substitute;
    if (chain.fonts.isEmpty()) {
        result.missing = total;
        return result;
    }
    const QHash<int, quint32> cgMap = chain.embedded ? glyphMap(textObject, total) : QHash<int, quint32>{};

    // Characters → glyphs and positions.
    QList<Placed> placed;
    placed.reserve(total);
    QPointF next(0, 0);
    int index = 0;
    for (const OfdTextCode &code : std::as_const(codes)) {
        const QList<uint> ucs = code.text.toUcs4();
        QList<Placed> local;
        local.reserve(ucs.size());
        for (qsizetype i = 0; i < ucs.size() && index + i < total; ++i) {
            const char32_t c = char32_t(ucs.at(i));
            Placed p;
            if (auto it = cgMap.constFind(int(index + i)); it != cgMap.constEnd()) {
                p.font = 0;
                p.glyph = *it;
            } else {
                const QString one = QString::fromUcs4(&c, 1);
                for (int f = 0; f < chain.fonts.size(); ++f) {
                    quint32 glyphs[2] = {0, 0};
                    int count = 2;
                    if (chain.fonts.at(f).glyphIndexesForChars(one.constData(), int(one.size()), glyphs, &count)
                        && count >= 1 && glyphs[0] != 0) {
                        p.font = f;
                        p.glyph = glyphs[0];
                        break;
                    }
                }
            }
            if (p.font >= 0) {
                const QList<QPointF> adv = chain.fonts.at(p.font).advancesForGlyphIndexes(QList<quint32>{p.glyph});
                p.advance = adv.isEmpty() ? 0 : adv.first().x() / s * h;
            }
            if (p.advance <= 0)
                p.advance = size * h * (isWide(c) ? 1.0 : 0.5);
            if (isBlank(c)) {
                p.font = -1;
            } else if (p.font < 0) {
                ++result.missing;
            }
            local.append(p);
        }
        const QList<QPointF> pos = code.positions(next, local.size(), [&](qsizetype i) { return local.at(i).advance; });
        for (qsizetype i = 0; i < local.size(); ++i)
            local[i].pos = pos.at(i);
        if (!local.isEmpty())
            next = local.last().pos + QPointF(local.last().advance, 0);
        else if (code.x || code.y)
            next = QPointF(code.x.value_or(next.x()), code.y.value_or(next.y()));
        placed.append(local);
        index += int(ucs.size());
        if (index >= total)
            break;
    }

    // Glyph cells, for callers that check where text went.
    for (const Placed &p : std::as_const(placed)) {
        if (p.font < 0)
            continue;
        const QRectF cell(p.pos.x(), p.pos.y() - size * 0.88, p.advance, size);
        result.bounds = result.bounds.isNull() ? cell : result.bounds.united(cell);
    }

    // Font pixel space: q = (x * s / h, y * s); U maps it back to object units, with HScale.
    const QTransform toObject = QTransform::fromScale(h / s, 1.0 / s);
    auto fontPoint = [&](QPointF p) { return QPointF(p.x() * s / h, p.y() * s); };
    const QPen strokePen(style.strokeColor, std::max(0.0, style.strokeWidth) * s);
    const int direction = ((style.charDirection % 360) + 360) % 360;

    auto drawRun = [&](int fontIndex, const QList<quint32> &glyphs, const QList<QPointF> &positions) {
        const QRawFont &raw = chain.fonts.at(fontIndex);
        if (style.fill) {
            QGlyphRun run;
            run.setRawFont(raw);
            run.setGlyphIndexes(glyphs);
            run.setPositions(positions);
            painter.setPen(style.fillColor);
            painter.drawGlyphRun(QPointF(0, 0), run);
        }
        if (style.stroke) {
            QPainterPath outline;
            for (qsizetype i = 0; i < glyphs.size(); ++i)
                outline.addPath(raw.pathForGlyph(glyphs.at(i)).translated(positions.at(i)));
            painter.strokePath(outline, strokePen);
        }
    };

    if (direction == 0) {
        painter.setTransform(toObject * objectToDevice);
        qsizetype i = 0;
        while (i < placed.size()) {
            if (placed.at(i).font < 0) {
                ++i;
                continue;
            }
            const int f = placed.at(i).font;
            QList<quint32> glyphs;
            QList<QPointF> positions;
            while (i < placed.size() && (placed.at(i).font == f || placed.at(i).font < 0)) {
                if (placed.at(i).font == f) {
                    glyphs.append(placed.at(i).glyph);
                    positions.append(fontPoint(placed.at(i).pos));
                }
                ++i;
            }
            drawRun(f, glyphs, positions);
        }
    } else {
        for (const Placed &p : std::as_const(placed)) {
            if (p.font < 0)
                continue;
            QTransform t;
            t.rotate(direction);
            painter.setTransform(t * QTransform::fromTranslate(fontPoint(p.pos).x(), fontPoint(p.pos).y()) * toObject
                                 * objectToDevice);
            drawRun(p.font, {p.glyph}, {QPointF(0, 0)});
        }
    }
    return result;
}

} // namespace ra
