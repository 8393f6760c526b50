#include "ofdpathparser.h"
#include "translatedtext.h"

#include <QCoreApplication>
#include <cmath>
#include <numbers>

namespace ra {

namespace {

QString tr(const char *text)
{
    return translatedText("ra::OfdPathParser", text);
}

// Coordinates beyond this are not a page drawing (5 m in millimetres, with room for CTMs
// that scale down large unit spaces).
constexpr double kMaxCoordinate = 1e7;

class Tokenizer
{
public:
    explicit Tokenizer(QStringView s) : m_s(s) {}

    void skipSeparators()
    {
        while (m_pos < m_s.size() && (m_s[m_pos].isSpace() || m_s[m_pos] == u','))
            ++m_pos;
    }
    bool atEnd()
    {
        skipSeparators();
        return m_pos >= m_s.size();
    }
    bool nextIsNumber()
    {
        skipSeparators();
        if (m_pos >= m_s.size())
            return false;
        const QChar c = m_s[m_pos];
        return c.isDigit() || c == u'-' || c == u'+' || c == u'.';
    }
    // A command letter, or a null QChar when the next token is not one.
    QChar command()
    {
        skipSeparators();
        if (m_pos < m_s.size() && m_s[m_pos].isLetter())
            return m_s[m_pos++];
        return {};
    }
    bool number(double &out)
    {
        skipSeparators();
        const qsizetype start = m_pos;
        if (m_pos < m_s.size() && (m_s[m_pos] == u'-' || m_s[m_pos] == u'+'))
            ++m_pos;
        bool digits = false;
        while (m_pos < m_s.size() && m_s[m_pos].isDigit()) {
            ++m_pos;
            digits = true;
        }
        if (m_pos < m_s.size() && m_s[m_pos] == u'.') {
            ++m_pos;
            while (m_pos < m_s.size() && m_s[m_pos].isDigit()) {
                ++m_pos;
                digits = true;
            }
        }
        if (!digits) {
            m_pos = start;
            return false;
        }
        // Exponent only when digits follow, so "1e" is not swallowed.
        if (m_pos + 1 < m_s.size() && (m_s[m_pos] == u'e' || m_s[m_pos] == u'E')) {
            qsizetype p = m_pos + 1;
            if (p < m_s.size() && (m_s[p] == u'-' || m_s[p] == u'+'))
                ++p;
            if (p < m_s.size() && m_s[p].isDigit()) {
                while (p < m_s.size() && m_s[p].isDigit())
                    ++p;
                m_pos = p;
            }
        }
        bool ok = false;
        out = m_s.mid(start, m_pos - start).toDouble(&ok);
        return ok && std::isfinite(out) && std::abs(out) <= kMaxCoordinate;
    }
    qsizetype position() const { return m_pos; }

private:
    QStringView m_s;
    qsizetype m_pos = 0;
};

int operandCount(QChar command)
{
    switch (command.toUpper().unicode()) {
    case u'S':
    case u'M':
    case u'L':
        return 2;
    case u'Q':
        return 4;
    case u'B':
        return 6;
    case u'A':
        return 7;
    case u'C':
        return 0;
    default:
        return -1;
    }
}

} // namespace

void OfdPathParser::arcTo(QPainterPath &path, double rx, double ry, double rotationDegrees, bool largeArc,
                          bool sweep, double x, double y)
{
    // SVG implementation notes, F.6.5 (endpoint to centre parameterisation) and F.6.6
    // (radii correction); OFD's arc is the same construction in the same y-down space.
    const QPointF p0 = path.currentPosition();
    const double x0 = p0.x();
    const double y0 = p0.y();
    if (qFuzzyCompare(x0 + 1.0, x + 1.0) && qFuzzyCompare(y0 + 1.0, y + 1.0))
        return;
    rx = std::abs(rx);
    ry = std::abs(ry);
    if (rx < 1e-12 || ry < 1e-12) {
        path.lineTo(x, y);
        return;
    }
    const double phi = rotationDegrees * std::numbers::pi / 180.0;
    const double cosPhi = std::cos(phi);
    const double sinPhi = std::sin(phi);
    const double dx2 = (x0 - x) / 2.0;
    const double dy2 = (y0 - y) / 2.0;
    const double x1p = cosPhi * dx2 + sinPhi * dy2;
    const double y1p = -sinPhi * dx2 + cosPhi * dy2;
    const double lambda = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry);
    if (lambda > 1.0) {
        const double s = std::sqrt(lambda);
        rx *= s;
        ry *= s;
    }
    const double num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
    const double den = rx * rx * y1p * y1p + ry * ry * x1p * x1p;
    double coef = den > 0 ? std::sqrt(std::max(0.0, num / den)) : 0.0;
    if (largeArc == sweep)
        coef = -coef;
    const double cxp = coef * (rx * y1p / ry);
    const double cyp = coef * -(ry * x1p / rx);
    const double cx = cosPhi * cxp - sinPhi * cyp + (x0 + x) / 2.0;
    const double cy = sinPhi * cxp + cosPhi * cyp + (y0 + y) / 2.0;

    auto angle = [](double ux, double uy, double vx, double vy) {
        return std::atan2(ux * vy - uy * vx, ux * vx + uy * vy);
    };
    const double theta1 = angle(1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry);
    double delta = angle((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry);
    if (!sweep && delta > 0)
        delta -= 2 * std::numbers::pi;
    else if (sweep && delta < 0)
        delta += 2 * std::numbers::pi;

    // At most a quarter turn per cubic keeps the approximation error far below a pixel.
    const int segments = std::max(1, int(std::ceil(std::abs(delta) / (std::numbers::pi / 2) - 1e-9)));
    const double step = delta / segments;
    const double k = 4.0 / 3.0 * std::tan(step / 4.0);
    auto point = [&](double t, double ox, double oy) {
        // Point on the unit circle at t, plus an offset along the tangent, mapped to the ellipse.
        const double ux = std::cos(t) + ox;
        const double uy = std::sin(t) + oy;
        return QPointF(cx + rx * ux * cosPhi - ry * uy * sinPhi, cy + rx * ux * sinPhi + ry * uy * cosPhi);
    };
    double t = theta1;
    for (int i = 0; i < segments; ++i) {
        const double t2 = t + step;
        const QPointF c1 = point(t, -k * std::sin(t), k * std::cos(t));
        const QPointF c2 = point(t2, k * std::sin(t2), -k * std::cos(t2));
        const QPointF end = i == segments - 1 ? QPointF(x, y) : point(t2, 0, 0);
        path.cubicTo(c1, c2, end);
        t = t2;
    }
}

QPainterPath OfdPathParser::parse(QStringView data, QString *error)
{
    QPainterPath path;
    Tokenizer tok(data);
    QChar command;
    int elements = 0;
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return path;
    };
    while (!tok.atEnd()) {
        if (const QChar c = tok.command(); !c.isNull()) {
            command = c.toUpper();
            if (operandCount(command) < 0)
                return fail(tr("unknown path command \"%1\" at offset %2").arg(c).arg(tok.position() - 1));
        } else if (command.isNull() || command == u'C' || !tok.nextIsNumber()) {
            // Numbers without a command, or a stray character.
            return fail(tr("unexpected text at offset %1").arg(tok.position()));
        }
        // else: implicit repetition of the previous command (SVG style); after a move, lines.
        if (++elements > kMaxElements)
            return fail(tr("more than %1 path elements").arg(kMaxElements));

        double v[7] = {};
        const int n = operandCount(command);
        for (int i = 0; i < n; ++i)
            if (!tok.number(v[i]))
                return fail(tr("command \"%1\" lacks a number at offset %2").arg(command).arg(tok.position()));

        switch (command.unicode()) {
        case u'S':
        case u'M':
            path.moveTo(v[0], v[1]);
            command = QLatin1Char('L');
            break;
        case u'L':
            path.lineTo(v[0], v[1]);
            break;
        case u'Q':
            path.quadTo(v[0], v[1], v[2], v[3]);
            break;
        case u'B':
            path.cubicTo(v[0], v[1], v[2], v[3], v[4], v[5]);
            break;
        case u'A':
            arcTo(path, v[0], v[1], v[2], v[3] != 0, v[4] != 0, v[5], v[6]);
            break;
        case u'C':
            path.closeSubpath();
            break;
        default:
            break;
        }
    }
    if (error)
        error->clear();
    return path;
}

} // namespace ra
