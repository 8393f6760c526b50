#pragma once

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringView>
#include <optional>

namespace ra {

struct OfdXmlNode;

// One TextCode of a TextObject: its characters and where each one goes (GB/T 33190 §11.3).
// X/Y place the first character's origin on the baseline; DeltaX/DeltaY give the offsets
// from one character to the next, including the repeat form "g N v" (N times v). When the
// deltas run out, the next character follows at its font advance, which only the drawer
// knows: positions() takes a callback for it. A TextCode with DeltaY and no DeltaX is a
// column: its characters keep their X while DeltaY lasts.
struct OfdTextCode
{
    QString text;               // pretty-printing (whitespace with line breaks) removed
    std::optional<double> x;    // absent: continue after the previous TextCode
    std::optional<double> y;
    QList<double> deltaX;
    QList<double> deltaY;

    // More characters than this in one TextCode are not drawn.
    static constexpr int kMaxCharacters = 20000;

    static OfdTextCode fromNode(const OfdXmlNode &node);

    // "1.5 g 3 2.54 0" → {1.5, 2.54, 2.54, 2.54, 0}. Stops at `maxCount` values; nullopt
    // (with the values read so far discarded) on a malformed list.
    static std::optional<QList<double>> parseDeltas(QStringView text, int maxCount = kMaxCharacters);

    // Removes whitespace runs that contain a line break: re-zipped packages carry the XML
    // indentation inside TextCode values.
    static QString stripPrettyPrinting(const QString &text);

    // Origins of the first `count` characters (code points, not UTF-16 units) in the object's
    // coordinates. `start` is used when X or Y is absent; `advance(i)` gives the horizontal
    // advance of character i when DeltaX has no entry for it.
    template<typename Advance>
    QList<QPointF> positions(QPointF start, qsizetype count, Advance advance) const
    {
        QList<QPointF> out;
        const qsizetype n = std::min<qsizetype>(count, kMaxCharacters);
        out.reserve(n);
        QPointF p(x.value_or(start.x()), y.value_or(start.y()));
        for (qsizetype i = 0; i < n; ++i) {
            out.append(p);
            // Vertical runs (购买方, 密码区) give DeltaY only: the column stays put.
            const bool column = deltaX.isEmpty() && i < deltaY.size();
            if (i < deltaX.size())
                p.rx() += deltaX.at(i);
            else if (!column)
                p.rx() += advance(i);
            if (i < deltaY.size())
                p.ry() += deltaY.at(i);
        }
        return out;
    }
};

} // namespace ra
