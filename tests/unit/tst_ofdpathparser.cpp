// OFD AbbreviatedData: every command (S M L Q B A C), the separators producers write,
// implicit repetition, arcs against their geometry, and malformed data (partial path kept,
// the error says where it stopped).

#include "ofd/render/ofdpathparser.h"

#include <QPainterPath>
#include <QtTest>

#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace {

bool near(QPointF a, QPointF b, double eps = 1e-6)
{
    return std::abs(a.x() - b.x()) < eps && std::abs(a.y() - b.y()) < eps;
}

bool near(const QRectF &a, const QRectF &b, double eps)
{
    return near(a.topLeft(), b.topLeft(), eps) && near(a.bottomRight(), b.bottomRight(), eps);
}

QString describe(const QPainterPath &p)
{
    QStringList out;
    for (int i = 0; i < p.elementCount(); ++i) {
        const QPainterPath::Element e = p.elementAt(i);
        out << u"%1(%2,%3)"_s.arg(int(e.type)).arg(e.x).arg(e.y);
    }
    return out.join(u' ');
}

} // namespace

class TestOfdPathParser : public QObject
{
    Q_OBJECT

private slots:
    void elements_data()
    {
        QTest::addColumn<QString>("data");
        QTest::addColumn<QString>("expected"); // element type(x,y)…: 0 move, 1 line, 2 curve, 3 curve data

        QTest::newRow("move and line") << u"M 0 0.2 L 73 0.2"_s << u"0(0,0.2) 1(73,0.2)"_s;
        QTest::newRow("S starts a sub-path") << u"S 1 2 L 3 4"_s << u"0(1,2) 1(3,4)"_s;
        QTest::newRow("trailing space (real files)") << u"M 0.2 0 L 0.2 94 "_s << u"0(0.2,0) 1(0.2,94)"_s;
        QTest::newRow("commas and tabs") << u"M1,2\tL3,4"_s << u"0(1,2) 1(3,4)"_s;
        QTest::newRow("no spaces") << u"M10 5L-3 4.5"_s << u"0(10,5) 1(-3,4.5)"_s;
        QTest::newRow("lower-case commands") << u"m 1 2 l 3 4"_s << u"0(1,2) 1(3,4)"_s;
        QTest::newRow("implicit lines after a move") << u"M 0 0 1 1 2 2"_s << u"0(0,0) 1(1,1) 1(2,2)"_s;
        QTest::newRow("implicit repetition of L") << u"M 0 0 L 1 1 2 2"_s << u"0(0,0) 1(1,1) 1(2,2)"_s;
        QTest::newRow("cubic") << u"M 0 0 B 1 2 3 4 5 6"_s << u"0(0,0) 2(1,2) 3(3,4) 3(5,6)"_s;
        QTest::newRow("quadratic (as a cubic)") << u"M 0 0 Q 3 3 6 0"_s << u"0(0,0) 2(2,2) 3(4,2) 3(6,0)"_s;
        QTest::newRow("close") << u"M 0 0 L 1 0 L 1 1 C"_s << u"0(0,0) 1(1,0) 1(1,1) 1(0,0)"_s;
        QTest::newRow("exponent") << u"M 1e1 2E-1"_s << u"0(10,0.2)"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("whitespace only") << u"  \n "_s << QString();
    }
    void elements()
    {
        QFETCH(QString, data);
        QFETCH(QString, expected);
        QString error = u"unset"_s;
        const QPainterPath p = ra::OfdPathParser::parse(data, &error);
        QCOMPARE(error, QString());
        QCOMPARE(describe(p), expected);
    }

    void realCircleWithCross()
    {
        // The ⊗ before the 大写 amount, as a real 数电 invoice writes it.
        const QString data = u"M 4.5315 2.493 B 4.5315 1.368 3.618 0.45 2.4885 0.45 B 1.3635 0.45 0.45 1.368 0.45 2.493 "
                             u"B 0.45 3.618 1.3635 4.536 2.4885 4.536 B 3.618 4.536 4.5315 3.618 4.5315 2.493 "
                             u"M 1.035 1.035 L 3.915 3.915 M 1.035 3.915 L 3.915 1.035 "_s;
        QString error;
        const QPainterPath p = ra::OfdPathParser::parse(data, &error);
        QVERIFY(error.isEmpty());
        QVERIFY(near(p.boundingRect(), QRectF(QPointF(0.45, 0.45), QPointF(4.5315, 4.536)), 0.01));
        QCOMPARE(p.elementCount(), 1 + 4 * 3 + 4);
    }

    void arcs_data()
    {
        QTest::addColumn<QString>("data");
        QTest::addColumn<QPointF>("end");
        QTest::addColumn<QRectF>("bounds");
        QTest::addColumn<QPointF>("onArc"); // a point the arc must pass near

        // Upper half circle of radius 5 around (5, 0), clockwise on screen (y down): sweep 1
        // goes through (5, -5).
        QTest::newRow("half circle, sweep 1") << u"M 0 0 A 5 5 0 0 1 10 0"_s << QPointF(10, 0)
                                              << QRectF(0, -5, 10, 5) << QPointF(5, -5);
        QTest::newRow("half circle, sweep 0") << u"M 0 0 A 5 5 0 0 0 10 0"_s << QPointF(10, 0) << QRectF(0, 0, 10, 5)
                                              << QPointF(5, 5);
        QTest::newRow("quarter, small arc") << u"M 10 0 A 10 10 0 0 1 0 10"_s << QPointF(0, 10)
                                            << QRectF(0, 0, 10, 10)
                                            << QPointF(10 * std::cos(std::numbers::pi / 4), 10 * std::sin(std::numbers::pi / 4));
        QTest::newRow("three quarters, large arc") << u"M 10 0 A 10 10 0 1 0 0 10"_s << QPointF(0, 10)
                                                   << QRectF(-10, -10, 20, 20) << QPointF(-10, 0);
        QTest::newRow("radius too small is scaled up") << u"M 0 0 A 1 1 0 0 1 10 0"_s << QPointF(10, 0)
                                                       << QRectF(0, -5, 10, 5) << QPointF(5, -5);
        QTest::newRow("ellipse rotated 90°") << u"M 0 0 A 2 5 90 0 1 10 0"_s << QPointF(10, 0)
                                             << QRectF(0, -2, 10, 2) << QPointF(5, -2);
        QTest::newRow("zero radius is a line") << u"M 0 0 A 0 5 0 0 1 10 0"_s << QPointF(10, 0) << QRectF(0, 0, 10, 0)
                                               << QPointF(5, 0);
    }
    void arcs()
    {
        QFETCH(QString, data);
        QFETCH(QPointF, end);
        QFETCH(QRectF, bounds);
        QFETCH(QPointF, onArc);
        QString error;
        const QPainterPath p = ra::OfdPathParser::parse(data, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(near(p.currentPosition(), end), qPrintable(describe(p)));
        QVERIFY2(near(p.boundingRect(), bounds, 0.02), qPrintable(describe(p)));
        // The curve passes within 0.01 of the expected point.
        double best = 1e9;
        for (int i = 0; i <= 1000; ++i) {
            const QPointF q = p.pointAtPercent(i / 1000.0);
            best = std::min(best, std::hypot(q.x() - onArc.x(), q.y() - onArc.y()));
        }
        QVERIFY2(best < 0.02, qPrintable(QString::number(best)));
    }

    void fullEllipseFromTwoArcs()
    {
        const QPainterPath p = ra::OfdPathParser::parse(u"M 0 10 A 15 10 0 1 1 30 10 A 15 10 0 1 1 0 10 C"_s);
        QVERIFY(near(p.boundingRect(), QRectF(0, 0, 30, 20), 0.02));
        // Area of an ellipse: π·a·b.
        // Flattening tolerance is in path units: scale up so the polygon follows the curve.
        const QPolygonF poly = QTransform::fromScale(100, 100).map(p).toFillPolygon();
        double area = 0;
        for (int i = 0; i < poly.size(); ++i) {
            const QPointF a = poly.at(i);
            const QPointF b = poly.at((i + 1) % poly.size());
            area += a.x() * b.y() - b.x() * a.y();
        }
        area = std::abs(area) / 2 / 10000;
        QVERIFY2(std::abs(area - std::numbers::pi * 15 * 10) < 1.0, qPrintable(QString::number(area)));
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("data");
        QTest::addColumn<int>("elementsKept");
        QTest::addColumn<QString>("errorContains");

        QTest::newRow("unknown command") << u"M 0 0 L 1 1 Z"_s << 2 << u"\"Z\""_s;
        QTest::newRow("missing number") << u"M 0 0 L 1"_s << 1 << u"\"L\""_s;
        QTest::newRow("numbers without a command") << u"1 2 L 3 4"_s << 0 << u"offset 0"_s;
        QTest::newRow("numbers after close") << u"M 0 0 L 1 1 C 5 5"_s << 3 << u"unexpected"_s;
        QTest::newRow("stray character") << u"M 0 0 L 1 1 ; L 2 2"_s << 2 << u"unexpected"_s;
        QTest::newRow("not a number") << u"M 0 0 L abc 1"_s << 1 << u"\"L\""_s;
        QTest::newRow("absurd coordinate") << u"M 0 0 L 1e300 1"_s << 1 << u"\"L\""_s;
        QTest::newRow("incomplete exponent") << u"M 1e 2"_s << 0 << QString();
    }
    void malformed()
    {
        QFETCH(QString, data);
        QFETCH(int, elementsKept);
        QFETCH(QString, errorContains);
        QString error;
        const QPainterPath p = ra::OfdPathParser::parse(data, &error);
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(errorContains), qPrintable(error));
        QCOMPARE(p.elementCount(), elementsKept);
    }

    void elementLimit()
    {
        // Alternating points: QPainterPath drops lines to where it already is.
        QString data = u"M 0 0"_s;
        for (int i = 0; i < ra::OfdPathParser::kMaxElements / 2 + 10; ++i)
            data += u" L 1 1 L 0 0"_s;
        QString error;
        const QPainterPath p = ra::OfdPathParser::parse(data, &error);
        QVERIFY(error.contains(QString::number(ra::OfdPathParser::kMaxElements)));
        QCOMPARE(p.elementCount(), ra::OfdPathParser::kMaxElements);
    }

    void randomInputNeverCrashes()
    {
        // Random strings over the path alphabet: any outcome but a crash or a hang.
        const QString alphabet = u"SMLQBACsmlqbac0123456789.-+eE ,\t\nxZ"_s;
        QRandomGenerator rng(20240601);
        for (int round = 0; round < 3000; ++round) {
            QString s;
            const int len = int(rng.bounded(80));
            for (int i = 0; i < len; ++i)
                s += alphabet.at(int(rng.bounded(int(alphabet.size()))));
            QString error;
            const QPainterPath p = ra::OfdPathParser::parse(s, &error);
            QVERIFY(p.elementCount() <= len + 4 * len);
        }
    }
};

QTEST_GUILESS_MAIN(TestOfdPathParser)
#include "tst_ofdpathparser.moc"
