// matchInvoice(): which of another provider's invoices is the one a person is comparing, in a
// document that holds several (issue #10 point 5: the second receipt of a photo was compared with,
// and overwritten by, the first). Place on the page first, identity between close calls and when
// place says nothing, and no match rather than the wrong one.
#include "invoicematch.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ra;

Q_DECLARE_METATYPE(ra::Invoice)
Q_DECLARE_METATYPE(ra::InvoiceMatch::Reason)

namespace {

// Our page: 880 × 520 px, two receipts side by side.
const QSizeF kPage(880, 520);
const QRectF kLeft(20, 20, 400, 480);
const QRectF kRight(440, 20, 400, 480);

// A receipt on `page`; empty values are left out, an empty rect means no outline (whole page).
Invoice receipt(const QString &number, const QString &total, const QRectF &rect = {}, const QSizeF &pageSize = kPage,
                int page = 1, const QString &date = u"2024-01-05"_s)
{
    Invoice inv;
    inv.type = InvoiceType::Taxi;
    inv.page = page;
    inv.pageSize = pageSize;
    if (!rect.isEmpty())
        inv.region = QPolygonF(rect);
    const auto put = [&](const QString &key, const QString &value) {
        if (!value.isEmpty())
            inv.set(key, makeField(value, u"test"_s));
    };
    put(u"number"_s, number);
    put(u"total"_s, total);
    put(u"date"_s, date);
    return inv;
}

// The same receipt as a provider that worked on an image `factor` times the size reports it.
Invoice scaled(Invoice inv, double factor)
{
    for (QPointF &p : inv.region)
        p *= factor;
    inv.pageSize *= factor;
    return inv;
}

QRectF scaledRect(const QRectF &r, double factor)
{
    return QRectF(r.topLeft() * factor, r.size() * factor);
}

} // namespace

class TstCompareMatch : public QObject
{
    Q_OBJECT

private slots:
    void match_data();
    void match();
    void overlapIgnoresScale();
    void overlapOfRotatedOutlines();
};

void TstCompareMatch::match_data()
{
    QTest::addColumn<Invoice>("current");
    QTest::addColumn<QList<Invoice>>("candidates");
    QTest::addColumn<int>("index");
    QTest::addColumn<InvoiceMatch::Reason>("reason");
    using R = InvoiceMatch::Reason;

    const Invoice first = receipt(u"00000001"_s, u"20.00"_s, kLeft);
    const Invoice second = receipt(u"00000002"_s, u"21.00"_s, kRight);
    // Provider B: the same two receipts, listed right to left, on an image twice the size.
    const QList<Invoice> reversed{scaled(second, 2), scaled(first, 2)};

    QTest::newRow("two receipts reversed and scaled: the first") << first << reversed << 1 << R::Region;
    QTest::newRow("two receipts reversed and scaled: the second") << second << reversed << 0 << R::Region;
    {
        // B read other values for both (that is what comparing is for): place still decides.
        QList<Invoice> misread = reversed;
        for (Invoice &inv : misread) {
            inv.fields[u"total"_s].value = u"99.00"_s;
            inv.fields[u"date"_s].value = u"2023-12-31"_s;
            inv.fields.remove(u"number"_s);
        }
        QTest::newRow("values misread, place decides") << second << misread << 0 << R::Region;
    }
    QTest::newRow("a smaller image (0.37×)") << second << QList<Invoice>{scaled(first, 0.37), scaled(second, 0.37)}
                                             << 1 << R::Region;

    // B finds only one of the two.
    QTest::newRow("only one found: ours") << first << QList<Invoice>{scaled(first, 2)} << 0 << R::Region;
    QTest::newRow("only one found: the other") << second << QList<Invoice>{scaled(first, 2)} << -1
                                               << R::NothingCorresponds;
    // B's one invoice spans the whole photo (it took the two for one) with the first's number:
    // it overlaps ours only in part and names another invoice.
    QTest::newRow("one for both, another number")
        << second << QList<Invoice>{receipt(u"00000001"_s, u"41.00"_s, QRectF(QPointF(0, 0), kPage))} << -1
        << R::OverlapsContradict;

    // Nothing where ours is.
    QTest::newRow("none overlapping")
        << second
        << QList<Invoice>{receipt(u"00000007"_s, u"70.00"_s, kLeft), receipt(u"00000008"_s, u"80.00"_s, QRectF(20, 0, 840, 10))}
        << -1 << R::NothingCorresponds;
    QTest::newRow("none found") << second << QList<Invoice>{} << -1 << R::NoCandidates;
    QTest::newRow("other page only") << second << QList<Invoice>{receipt(u"00000009"_s, u"21.00"_s, kRight, kPage, 2)}
                                     << -1 << R::NothingCorresponds;

    // Identity when place does not help.
    QTest::newRow("elsewhere but our number")
        << second << QList<Invoice>{receipt(u"00000001"_s, u"20.00"_s, QRectF(20, 0, 840, 10)),
                                    receipt(u"00000002"_s, u"21.00"_s, QRectF(20, 510, 840, 10))}
        << 1 << R::Identity;
    QTest::newRow("our number beats an overlap with another number")
        << second << QList<Invoice>{receipt(u"00000005"_s, u"21.00"_s, kRight), receipt(u"00000002"_s, u"21.00"_s, kLeft)}
        << 1 << R::Identity;
    QTest::newRow("number written differently still agrees")
        << second << QList<Invoice>{receipt(u"00000001"_s, u"20.00"_s), receipt(u"No. ００００００02"_s, u"21.0"_s)}
        << 1 << R::Region;
    QTest::newRow("no numbers, but total and date agree")
        << receipt(QString(), u"21.00"_s, kRight)
        << QList<Invoice>{receipt(QString(), u"20.00"_s, QRectF(20, 0, 840, 10)), receipt(QString(), u"21.00"_s, QRectF(20, 510, 840, 10))}
        << 1 << R::Identity;

    // Overlaps too close to call: identity breaks the tie. Ours has no outline (the offline
    // provider reads only the QR of a photo), so it overlaps each half about equally.
    const Invoice wholeSecond = receipt(u"00000002"_s, u"21.00"_s);
    QTest::newRow("whole page: number picks") << wholeSecond << reversed << 0 << R::Region;
    QTest::newRow("whole page: number picks, other order")
        << wholeSecond << QList<Invoice>{scaled(first, 2), scaled(second, 2)} << 1 << R::Region;
    {
        QList<Invoice> noNumbers = reversed;
        for (Invoice &inv : noNumbers)
            inv.fields.remove(u"number"_s);
        QTest::newRow("whole page: total picks") << wholeSecond << noNumbers << 0 << R::Region;
        QList<Invoice> nothing = noNumbers;
        for (Invoice &inv : nothing)
            inv.fields.remove(u"total"_s);
        QTest::newRow("whole page: nothing tells them apart") << wholeSecond << nothing << -1 << R::Ambiguous;
    }
    QTest::newRow("whole page: both carry another number")
        << wholeSecond << QList<Invoice>{receipt(u"00000007"_s, u"21.00"_s, kLeft), receipt(u"00000008"_s, u"21.00"_s, kRight)}
        << -1 << R::OverlapsContradict;
    {
        // Two outlines on ours, almost equally good: the one that agrees on the total wins
        // over the slightly larger overlap.
        const Invoice a = receipt(QString(), u"99.00"_s, QRectF(440, 20, 400, 470));
        const Invoice b = receipt(QString(), u"21.00"_s, QRectF(440, 40, 400, 460));
        QTest::newRow("close overlaps: total breaks the tie") << second << QList<Invoice>{a, b} << 1 << R::Region;
    }
    {
        // A clearly better overlap wins even when a poorer one agrees on more.
        const Invoice good = receipt(QString(), u"99.00"_s, kRight);
        const Invoice poor = receipt(QString(), u"21.00"_s, QRectF(440, 20, 400, 120));
        QTest::newRow("clearly better overlap wins") << second << QList<Invoice>{poor, good} << 1 << R::Region;
    }

    // A different number and the only thing in our place: a misreading, compared (and flagged).
    QTest::newRow("only overlap, number misread")
        << second << QList<Invoice>{scaled(first, 2), receipt(u"00000082"_s, u"21.00"_s, scaledRect(kRight, 2), kPage * 2)}
        << 1 << R::OnlyOverlap;
    // The best overlap carries another number, a lesser one has no number: the lesser one.
    QTest::newRow("best overlap contradicts, another does not")
        << second << QList<Invoice>{receipt(u"00000005"_s, u"21.00"_s, kRight), receipt(QString(), u"21.00"_s, QRectF(440, 20, 400, 300))}
        << 1 << R::Region;

    // Several pages: one invoice per page, listed in another order.
    QTest::newRow("page decides")
        << receipt(u"00000002"_s, u"21.00"_s, {}, kPage, 2)
        << QList<Invoice>{receipt(QString(), u"21.00"_s, {}, kPage, 2), receipt(QString(), u"20.00"_s, {}, kPage, 1)}
        << 0 << R::Region;
    // A candidate whose page size is unknown cannot be placed: it is the whole page.
    {
        Invoice unplaced = scaled(second, 2);
        unplaced.pageSize = QSizeF();
        Invoice other = scaled(first, 2);
        other.pageSize = QSizeF();
        QTest::newRow("no page size: identity decides") << second << QList<Invoice>{unplaced, other} << 0 << R::Region;
    }
    // The same invoice photographed twice: both carry our number, the one in our place is taken.
    QTest::newRow("two copies: the one in our place")
        << second << QList<Invoice>{scaled(receipt(u"00000002"_s, u"21.00"_s, kLeft), 2), scaled(second, 2)} << 1
        << R::Region;
}

void TstCompareMatch::match()
{
    QFETCH(Invoice, current);
    QFETCH(QList<Invoice>, candidates);
    QFETCH(int, index);
    QFETCH(InvoiceMatch::Reason, reason);

    const InvoiceMatch m = matchInvoice(current, candidates);
    QCOMPARE(m.index, index);
    QCOMPARE(m.reason, reason);
    QCOMPARE(m.matched(), index >= 0);
    if (m.matched()) {
        // The chosen one's contradictions are reported so the dialog can warn.
        QCOMPARE(m.contradicting.contains(u"number"_s), reason == InvoiceMatch::Reason::OnlyOverlap);
    } else {
        QCOMPARE(m.overlap, 0.0);
        QVERIFY(m.agreeing.isEmpty());
    }
}

void TstCompareMatch::overlapIgnoresScale()
{
    const Invoice a = receipt(u"1"_s, QString(), kRight);
    QCOMPARE(regionOverlap(a, scaled(a, 3)), 1.0);
    QCOMPARE(regionOverlap(a, scaled(receipt(u"1"_s, QString(), kLeft), 3)), 0.0);
    // Half of ours, shifted: intersection 200 × 480, union 600 × 480.
    const double iou = regionOverlap(a, receipt(u"1"_s, QString(), kRight.translated(200, 0)));
    QVERIFY2(qAbs(iou - 1.0 / 3) < 1e-6, qPrintable(QString::number(iou)));
    // No outline is the whole page; different pages never overlap.
    const double whole = regionOverlap(a, receipt(u"1"_s, QString()));
    QVERIFY2(qAbs(whole - (400.0 * 480) / (880 * 520)) < 1e-6, qPrintable(QString::number(whole)));
    QCOMPARE(regionOverlap(a, receipt(u"1"_s, QString(), kRight, kPage, 2)), 0.0);
}

void TstCompareMatch::overlapOfRotatedOutlines()
{
    // A receipt photographed at an angle: the polygons, not their bounding boxes, are compared,
    // so a tilted neighbour whose box reaches into ours does not count as overlapping much.
    Invoice tilted = receipt(u"1"_s, QString());
    tilted.region = QPolygonF({{440, 260}, {640, 20}, {840, 260}, {640, 500}});   // a diamond in kRight
    const Invoice box = receipt(u"1"_s, QString(), kRight);
    const double iou = regionOverlap(tilted, box);
    QVERIFY2(qAbs(iou - 0.5) < 1e-3, qPrintable(QString::number(iou)));   // the diamond is half the box
}

QTEST_GUILESS_MAIN(TstCompareMatch)
#include "tst_comparematch.moc"
