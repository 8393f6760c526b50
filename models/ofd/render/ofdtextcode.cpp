#include "ofdtextcode.h"

#include "ofd/ofdxmlnode.h"

#include <QRegularExpression>
#include <cmath>

namespace ra {

namespace {

// A delta beyond this (5 m) is a broken file, not a layout.
constexpr double kMaxDelta = 5000.0;

std::optional<double> number(QStringView s)
{
    bool ok = false;
    const double v = s.toDouble(&ok);
    if (!ok || !std::isfinite(v) || std::abs(v) > kMaxDelta)
        return std::nullopt;
    return v;
}

} // namespace

QString OfdTextCode::stripPrettyPrinting(const QString &text)
{
    if (!text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    static const QRegularExpression re(QStringLiteral("[ \\t]*[\\r\\n]+[ \\t]*"));
    QString out = text;
    out.replace(re, QString());
    return out;
}

std::optional<QList<double>> OfdTextCode::parseDeltas(QStringView text, int maxCount)
{
    QList<double> out;
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    const QList<QStringView> parts = text.split(whitespace, Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < parts.size() && out.size() < maxCount; ++i) {
        if (parts.at(i) == u"g" || parts.at(i) == u"G") {
            if (i + 2 >= parts.size())
                return std::nullopt;
            bool ok = false;
            const qlonglong count = parts.at(i + 1).toLongLong(&ok);
            const auto value = number(parts.at(i + 2));
            if (!ok || count < 0 || !value)
                return std::nullopt;
            const qlonglong room = maxCount - out.size();
            for (qlonglong k = 0; k < std::min(count, room); ++k)
                out.append(*value);
            i += 2;
            continue;
        }
        const auto value = number(parts.at(i));
        if (!value)
            return std::nullopt;
        out.append(*value);
    }
    return out;
}

OfdTextCode OfdTextCode::fromNode(const OfdXmlNode &node)
{
    OfdTextCode code;
    code.text = stripPrettyPrinting(node.allText());
    if (code.text.size() > kMaxCharacters)
        code.text.truncate(kMaxCharacters);
    if (node.hasAttr(u"X"))
        code.x = number(node.attr(u"X").trimmed());
    if (node.hasAttr(u"Y"))
        code.y = number(node.attr(u"Y").trimmed());
    // A malformed delta list is dropped as a whole: the characters then follow their advances,
    // which is closer to the intent than a half-applied list.
    if (node.hasAttr(u"DeltaX"))
        code.deltaX = parseDeltas(node.attr(u"DeltaX")).value_or(QList<double>{});
    if (node.hasAttr(u"DeltaY"))
        code.deltaY = parseDeltas(node.attr(u"DeltaY")).value_or(QList<double>{});
    return code;
}

} // namespace ra
