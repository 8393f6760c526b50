// The page view on the offscreen platform: field polygons are outlines that leave the value
// under them readable (a light tint, a strong outline for the selected field and no fill),
// selecting a field brings it into view at a scale its text can be read at, 100 % keeps the
// selected field in view, and a photo of two receipts shows two numbered regions that select
// their invoice when clicked, even where field polygons lie over them.
#include "claim/claimdocument.h"
#include "deskoptions.h"
#include "fieldform.h"
#include "fieldpolygonitem.h"
#include "invoicelistmodel.h"
#include "invoicelistpanel.h"
#include "invoiceregionitem.h"
#include "mainwindow.h"
#include "pageimageitem.h"
#include "pageview.h"
#include "sampleclaim.h"
#include "thumbnailcache.h"

#include <QBuffer>
#include <QPainter>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ra;

namespace {

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

Field fieldAt(const QString &value, const QRectF &box)
{
    return makeField(value, u"test"_s, QPolygonF(box), 1);
}

// A white page with one invoice on it: a field `box` (page pixels) marked by a dark bar, and a
// number field at the top left.
struct OnePage
{
    QByteArray bytes;
    Invoice invoice;
};

OnePage onePage(const QSize &page, const QRectF &box)
{
    QImage image(page, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.fillRect(box.adjusted(box.width() / 4, box.height() / 4, -box.width() / 4, -box.height() / 4), Qt::black);
    p.end();
    OnePage out;
    out.bytes = png(image);
    Invoice inv;
    inv.type = InvoiceType::Taxi;
    inv.typeSource = u"test"_s;
    inv.pageSize = QSizeF(page);
    inv.page = 1;
    inv.set(u"number"_s, fieldAt(u"00000001"_s, QRectF(40, 40, 200, 40)));
    inv.set(u"total"_s, fieldAt(u"20.00"_s, box));
    out.invoice = inv;
    return out;
}

// A photo of two receipts side by side, as a cloud provider reports it (tst_reviewdesk's
// twoReceipts()); the right one is blue-grey so the two are told apart by colour.
RecognizedDocument twoReceipts(QByteArray *bytes)
{
    QImage image(880, 520, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.fillRect(QRect(440, 0, 440, 520), QColor(0xB0, 0xC4, 0xDE));
    p.end();
    *bytes = png(image);
    QList<Invoice> invoices;
    for (int i = 0; i < 2; ++i) {
        Invoice inv = test::testInvoice(InvoiceType::Taxi, QString(), u"0000000%1"_s.arg(i + 1), u"2024-01-05"_s,
                                        QString(), QString(), u"%1.00"_s.arg(20 + i), QString());
        const double x = 20 + 420 * i;
        inv.region = QPolygonF(QRectF(x, 20, 400, 480));
        inv.pageSize = QSizeF(880, 520);
        inv.page = 1;
        for (auto it = inv.fields.begin(); it != inv.fields.end(); ++it)
            it->polygon.clear();
        inv.fields[u"number"_s].polygon = QPolygonF(QRectF(x + 20, 40, 200, 40));
        inv.fields[u"total"_s].polygon = QPolygonF(QRectF(x + 20, 400, 200, 40));
        invoices << inv;
    }
    return test::recognized(*bytes, u"two-receipts.png"_s, invoices, u"qiniu"_s);
}

QRect onScreen(PageView &view, const QPolygonF &polygon)
{
    return view.mapFromScene(polygon).boundingRect();
}

// RA_PAGEVIEW_SCREENSHOT=dir/page.png keeps pictures of the view for a person to look at.
void keepPicture(const QImage &image, const QString &what)
{
    QString out = qEnvironmentVariable("RA_PAGEVIEW_SCREENSHOT");
    if (!out.isEmpty())
        image.save(out.replace(u".png"_s, u"-%1.png"_s.arg(what)));
}

int channelDistance(QRgb a, QRgb b)
{
    return std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))});
}

} // namespace

class TestPageView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ClaimDocument> m_doc;
    std::unique_ptr<PageView> m_view;

    qint64 addOnePage(const QSize &page, const QRectF &box)
    {
        const OnePage one = onePage(page, box);
        if (m_doc->addDocument(one.bytes, test::recognized(one.bytes, u"page.png"_s, {one.invoice}))
            != ClaimDocument::AddResult::Added)
            return 0;
        return m_doc->invoices().constLast().id;
    }

    // Shows the invoice and waits for its page image.
    bool showInvoice(qint64 id)
    {
        QSignalSpy shown(m_view.get(), &PageView::pageShown);
        m_view->showInvoice(id);
        return shown.wait(20000) || !shown.isEmpty();
    }

    // The picture the view shows and the scene rectangle it covers.
    PageImageItem *picture() const
    {
        for (QGraphicsItem *item : m_view->scene()->items())
            if (auto *p = dynamic_cast<PageImageItem *>(item))
                return p;
        return nullptr;
    }

    void showView(const QSize &size)
    {
        m_view = std::make_unique<PageView>(m_doc.get());
        m_view->resize(size);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

private slots:
    void init()
    {
        m_doc = std::make_unique<ClaimDocument>();
    }

    void cleanup()
    {
        m_view.reset();
        m_doc.reset();
    }

    void overlaysAreOutlinesThatLeaveTheValueReadable_data()
    {
        QTest::addColumn<bool>("selected");
        QTest::newRow("other fields") << false;
        QTest::newRow("selected field") << true;
    }

    void overlaysAreOutlinesThatLeaveTheValueReadable()
    {
        QFETCH(bool, selected);
        QByteArray bytes;
        const RecognizedDocument doc = twoReceipts(&bytes);
        QCOMPARE(m_doc->addDocument(bytes, doc), ClaimDocument::AddResult::Added);
        showView(QSize(900, 600));
        const qint64 first = m_doc->invoices().at(0).id;
        QVERIFY(showInvoice(first));
        QCOMPARE(m_view->fieldItems().size(), 2);
        if (selected)
            m_view->highlightField(u"total"_s);
        for (FieldPolygonItem *item : m_view->fieldItems()) {
            const bool isSelected = item->isHighlighted();
            QCOMPARE(isSelected, selected && item->key() == u"total");
            QVERIFY2(item->pen().isCosmetic(), "outlines keep their width at every zoom");
            if (isSelected) {
                QVERIFY(item->pen().widthF() >= 2.0 && item->pen().widthF() <= 3.0);
                QVERIFY2(item->brush().style() == Qt::NoBrush || item->brush().color().alpha() == 0,
                         "nothing is drawn over the selected value");
            } else {
                QVERIFY(item->pen().widthF() >= 1.0 && item->pen().widthF() < 2.0);
                QVERIFY2(item->brush().color().alpha() <= FieldPolygonItem::kMaxTint,
                         qPrintable(u"tint alpha %1"_s.arg(item->brush().color().alpha())));
                QVERIFY(FieldPolygonItem::kMaxTint <= 31);   // ≤ 0.12
            }
        }
        // On screen: inside the polygon (even right next to its edge) the page shows through.
        QTest::qWait(20);
        const QImage shot = m_view->viewport()->grab().toImage();
        FieldPolygonItem *total = m_view->fieldItem(u"total"_s);
        const QRect box = onScreen(*m_view, total->polygon());
        QVERIFY(m_view->viewport()->rect().contains(box));
        const int tolerance = selected ? 3 : 31;
        for (const QPoint &at : {box.center(), box.topLeft() + QPoint(2, 2), box.bottomRight() - QPoint(2, 2),
                                 QPoint(box.center().x(), box.top() + 2)})
            QVERIFY2(channelDistance(shot.pixel(at), qRgb(255, 255, 255)) <= tolerance,
                     qPrintable(u"pixel %1,%2 is %3"_s.arg(at.x()).arg(at.y()).arg(QColor(shot.pixel(at)).name())));
        keepPicture(shot, selected ? u"selected"_s : u"outlines"_s);
        // ... and the outline is there, just outside.
        const QRgb outside = shot.pixel(box.center().x(), box.top() - 1);
        QVERIFY2(channelDistance(outside, qRgb(255, 255, 255)) > 60, "the outline is visible");
    }

    void highlightBringsTheFieldIntoViewReadably_data()
    {
        QTest::addColumn<QSize>("page");
        QTest::addColumn<QRectF>("field");
        QTest::addColumn<QSize>("viewSize");
        QTest::addColumn<double>("startZoom");   // 0: the default fit
        QTest::addColumn<int>("rotation");       // quarter turns to the right
        QTest::newRow("small field on a big photo, fitted") << QSize(2000, 2800) << QRectF(1700, 2600, 200, 16)
                                                            << QSize(500, 400) << 0.0 << 0;
        QTest::newRow("readable already, fitted") << QSize(880, 520) << QRectF(600, 400, 200, 40) << QSize(900, 600)
                                                  << 0.0 << 0;
        QTest::newRow("zoomed in elsewhere") << QSize(2000, 2800) << QRectF(1700, 2600, 200, 16) << QSize(500, 400)
                                             << 4.0 << 0;
        QTest::newRow("zoomed far out") << QSize(2000, 2800) << QRectF(100, 100, 300, 30) << QSize(600, 500) << 0.1
                                        << 0;
        QTest::newRow("rotated") << QSize(2000, 2800) << QRectF(1700, 2600, 200, 16) << QSize(500, 400) << 0.0 << 1;
        QTest::newRow("wide field in a narrow view") << QSize(2000, 2800) << QRectF(100, 2000, 1600, 20)
                                                     << QSize(400, 400) << 0.0 << 0;
    }

    void highlightBringsTheFieldIntoViewReadably()
    {
        QFETCH(QSize, page);
        QFETCH(QRectF, field);
        QFETCH(QSize, viewSize);
        QFETCH(double, startZoom);
        QFETCH(int, rotation);
        const qint64 id = addOnePage(page, field);
        QVERIFY(id);
        showView(viewSize);
        QVERIFY(showInvoice(id));
        for (int i = 0; i < rotation; ++i)
            m_view->rotateRight();
        if (startZoom > 0) {
            m_view->setZoom(startZoom);
            m_view->centerOn(0, 0);
        }
        m_view->highlightField(u"total"_s);
        FieldPolygonItem *item = m_view->fieldItem(u"total"_s);
        QVERIFY(item && item->isHighlighted());
        const QRect box = onScreen(*m_view, item->polygon());
        const QRect viewport = m_view->viewport()->rect();
        const int readable = m_view->fontMetrics().height();
        QVERIFY2(std::min(box.width(), box.height()) >= readable,
                 qPrintable(u"the field is %1 px high on screen, the font %2"_s.arg(std::min(box.width(), box.height()))
                                .arg(readable)));
        if (box.width() <= viewport.width() && box.height() <= viewport.height())
            QVERIFY2(viewport.contains(box), qPrintable(u"field at %1,%2 %3×%4 is outside the view"_s.arg(box.x())
                                                           .arg(box.y()).arg(box.width()).arg(box.height())));
        else
            QVERIFY(viewport.contains(m_view->mapFromScene(field.center())));
    }

    void actualSizeKeepsTheSelectedFieldInView_data()
    {
        QTest::addColumn<QRectF>("field");
        QTest::newRow("bottom right") << QRectF(1700, 2600, 200, 30);
        QTest::newRow("top left") << QRectF(60, 60, 200, 30);
        QTest::newRow("middle") << QRectF(900, 1400, 200, 30);
    }

    void actualSizeKeepsTheSelectedFieldInView()
    {
        QFETCH(QRectF, field);
        const qint64 id = addOnePage(QSize(2000, 2800), field);
        showView(QSize(500, 400));
        QVERIFY(showInvoice(id));
        m_view->highlightField(u"total"_s);
        m_view->fitPage();
        m_view->actualSize();
        QCOMPARE(m_view->zoom(), 1.0);
        const QRect box = m_view->mapFromScene(field).boundingRect();
        QVERIFY2(m_view->viewport()->rect().contains(box),
                 qPrintable(u"field at %1,%2 after 100 %"_s.arg(box.x()).arg(box.y())));
    }

    // A large photo is drawn in the worker at the size it is shown (docs/worker-process.md):
    // fitted, its picture is about as wide as the view, not its own 24 megapixels (92 MB
    // through the worker's pipe); at 100 % it is the photo's own pixels. Either way it covers
    // the photo's pixels in the scene, where the overlays are.
    void aLargePhotoIsDrawnAtTheSizeItIsShown()
    {
        const QSize photo(6000, 4000);
        const QRectF field(5000, 3500, 400, 60);
        const qint64 id = addOnePage(photo, field);
        QVERIFY(id);
        showView(QSize(800, 600));
        QVERIFY(showInvoice(id));
        const double dpr = m_view->devicePixelRatioF();
        const int shown = qCeil(m_view->viewport()->width() * dpr) + 60; // the scale is rounded up
        QTRY_VERIFY_WITH_TIMEOUT(picture() && picture()->pixmap().width() <= shown, 120'000);
        QVERIFY(picture()->pixmap().width() >= m_view->viewport()->width() * dpr / 2);
        QVERIFY(qAbs(picture()->boundingRect().width() - photo.width()) <= photo.width() / 100);
        QVERIFY(qAbs(picture()->boundingRect().height() - photo.height()) <= photo.height() / 100);
        QCOMPARE(m_view->sceneRect().size(), QSizeF(photo));

        m_view->actualSize();
        QTRY_VERIFY_WITH_TIMEOUT(picture() && picture()->pixmap().size() == photo, 120'000);
        QCOMPARE(picture()->boundingRect(), QRectF(QPointF(0, 0), QSizeF(photo)));
    }

    void opensFittedToWidth()
    {
        const qint64 id = addOnePage(QSize(2000, 2800), QRectF(100, 100, 200, 30));
        showView(QSize(600, 400));
        QVERIFY(showInvoice(id));
        const QRect page = m_view->mapFromScene(QRectF(0, 0, 2000, 2800)).boundingRect();
        QVERIFY2(page.width() <= m_view->viewport()->width() && page.width() >= m_view->viewport()->width() - 8,
                 qPrintable(u"page %1 px wide in a %2 px view"_s.arg(page.width()).arg(m_view->viewport()->width())));
        QCOMPARE(m_view->verticalScrollBar()->value(), m_view->verticalScrollBar()->minimum());   // its top
    }

    void twoReceiptsAreTwoNumberedRegions()
    {
        QByteArray bytes;
        const RecognizedDocument doc = twoReceipts(&bytes);
        QCOMPARE(m_doc->addDocument(bytes, doc), ClaimDocument::AddResult::Added);
        const qint64 first = m_doc->invoices().at(0).id;
        const qint64 second = m_doc->invoices().at(1).id;
        showView(QSize(900, 600));
        QVERIFY(showInvoice(second));
        QCOMPARE(m_view->regionItemCount(), 2);
        // Without the list's word: their place in the document.
        QCOMPARE(m_view->regionItem(first)->badgeText(), u"1"_s);
        QCOMPARE(m_view->regionItem(second)->badgeText(), u"2"_s);
        QVERIFY(m_view->regionItem(first)->badge()->isVisible());
        QVERIFY(m_view->regionItem(second)->isCurrent());
        QVERIFY(!m_view->regionItem(first)->isCurrent());
        QVERIFY(m_view->regionItem(second)->pen().widthF() > m_view->regionItem(first)->pen().widthF());
        // The list sorted the other way round: the badges follow the rows.
        m_view->setRowLabeler([&](qint64 id) { return id == first ? 2 : 1; });
        QCOMPARE(m_view->regionItem(first)->badgeText(), u"2"_s);
        QCOMPARE(m_view->regionItem(second)->badgeText(), u"1"_s);
        // A fresh page keeps asking the labeler.
        m_view->showInvoice(first);
        QCOMPARE(m_view->regionItem(first)->badgeText(), u"2"_s);
        QVERIFY(m_view->regionItem(first)->isCurrent());
    }

    void clickingARegionSelectsItsInvoice_data()
    {
        QTest::addColumn<int>("current");     // index of the invoice shown
        QTest::addColumn<int>("clicked");     // index of the region clicked
        QTest::addColumn<QPointF>("offset");  // from the region's top-left, in page pixels
        QTest::addColumn<bool>("onBadge");
        QTest::newRow("second, middle") << 0 << 1 << QPointF(200, 240) << false;
        QTest::newRow("second, where its fields are") << 0 << 1 << QPointF(120, 40) << false;
        QTest::newRow("second, its badge") << 0 << 1 << QPointF() << true;
        QTest::newRow("first, middle") << 1 << 0 << QPointF(200, 240) << false;
        QTest::newRow("first, its badge") << 1 << 0 << QPointF() << true;
    }

    void clickingARegionSelectsItsInvoice()
    {
        QFETCH(int, current);
        QFETCH(int, clicked);
        QFETCH(QPointF, offset);
        QFETCH(bool, onBadge);
        QByteArray bytes;
        const RecognizedDocument doc = twoReceipts(&bytes);
        QCOMPARE(m_doc->addDocument(bytes, doc), ClaimDocument::AddResult::Added);
        const qint64 ids[] = {m_doc->invoices().at(0).id, m_doc->invoices().at(1).id};
        showView(QSize(900, 600));
        QVERIFY(showInvoice(ids[current]));
        InvoiceRegionItem *region = m_view->regionItem(ids[clicked]);
        QVERIFY(region);
        QSignalSpy invoices(m_view.get(), &PageView::invoiceClicked);
        QSignalSpy fields(m_view.get(), &PageView::fieldClicked);
        const QPointF corner = region->polygon().boundingRect().topLeft();
        QPoint at = m_view->mapFromScene(corner + offset);
        if (onBadge)   // the outer half of the badge lies outside every region
            at = m_view->mapFromScene(corner) - QPoint(region->badge()->boundingRect().width() / 2 - 3, 4);
        QVERIFY(m_view->viewport()->rect().contains(at));
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(invoices.size(), 1);
        QCOMPARE(invoices.at(0).at(0).toLongLong(), ids[clicked]);
        QCOMPARE(fields.size(), 0);
    }

    void aFieldOverAnotherRegionIsTheFieldsClick()
    {
        // Regions that overlap (a receipt lying on another): the current invoice's field wins
        // where it is drawn, the other region everywhere else in it.
        QImage image(880, 520, QImage::Format_RGB32);
        image.fill(Qt::white);
        const QByteArray bytes = png(image);
        QList<Invoice> invoices;
        for (int i = 0; i < 2; ++i) {
            Invoice inv;
            inv.type = InvoiceType::Taxi;
            inv.page = 1;
            inv.pageSize = QSizeF(880, 520);
            inv.region = i == 0 ? QPolygonF(QRectF(20, 20, 840, 480)) : QPolygonF(QRectF(400, 200, 300, 250));
            inv.set(u"total"_s, fieldAt(u"%1.00"_s.arg(i + 1), i == 0 ? QRectF(420, 260, 200, 40) : QRectF()));
            invoices << inv;
        }
        QCOMPARE(m_doc->addDocument(bytes, test::recognized(bytes, u"overlap.png"_s, invoices)),
                 ClaimDocument::AddResult::Added);
        const qint64 outer = m_doc->invoices().at(0).id;
        const qint64 inner = m_doc->invoices().at(1).id;
        showView(QSize(900, 600));
        QVERIFY(showInvoice(outer));
        QSignalSpy invoicesClicked(m_view.get(), &PageView::invoiceClicked);
        QSignalSpy fieldsClicked(m_view.get(), &PageView::fieldClicked);
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->mapFromScene(QPointF(520, 280)));
        QCOMPARE(fieldsClicked.size(), 1);
        QCOMPARE(invoicesClicked.size(), 0);
        // Inside the inner receipt away from the field: the inner one, not the outer (current).
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->mapFromScene(QPointF(600, 400)));
        QCOMPARE(invoicesClicked.size(), 1);
        QCOMPARE(invoicesClicked.at(0).at(0).toLongLong(), inner);
    }

    // RA_DESK_SCREENSHOT=dir/desk.png: the whole desk on a photo of two receipts with printed
    // values, for a person to judge (are values readable under the outlines, badges visible).
    void deskPicture()
    {
        const QString out = qEnvironmentVariable("RA_DESK_SCREENSHOT");
        if (out.isEmpty())
            QSKIP("set RA_DESK_SCREENSHOT to keep a picture of the desk");
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        MainWindow w(test::deskOptions(&settings, dir.path()));
        w.resize(1400, 860);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // The photo: two receipts with their values printed where the polygons say.
        QImage image(1760, 1040, QImage::Format_RGB32);
        image.fill(QColor(0x6B, 0x5B, 0x4B));   // a desk
        QPainter p(&image);
        QList<Invoice> invoices;
        for (int i = 0; i < 2; ++i) {
            const double x = 40 + 840 * i;
            const QRectF region(x, 40, 800, 960);
            p.fillRect(region, QColor(0xFA, 0xF8, 0xF2));
            Invoice inv = test::testInvoice(InvoiceType::Taxi, u"144001900111"_s, u"0000000%1"_s.arg(i + 1),
                                            u"2024-01-05"_s, QString(), QString(), u"%1.00"_s.arg(20 + i), QString());
            inv.region = QPolygonF(region);
            inv.pageSize = QSizeF(image.size());
            inv.page = 1;
            const QList<QPair<QString, QRectF>> boxes{
                {u"code"_s, QRectF(x + 60, 140, 360, 50)},   {u"number"_s, QRectF(x + 60, 220, 300, 50)},
                {u"date"_s, QRectF(x + 60, 300, 300, 50)},   {u"total"_s, QRectF(x + 60, 820, 260, 60)},
            };
            for (auto it = inv.fields.begin(); it != inv.fields.end(); ++it)
                it->polygon.clear();
            QFont f = p.font();
            for (const auto &[key, box] : boxes) {
                inv.fields[key].polygon = QPolygonF(box);
                f.setPixelSize(int(box.height() * 0.7));
                p.setFont(f);
                p.setPen(Qt::black);
                p.drawText(box, Qt::AlignVCenter | Qt::AlignLeft, inv.value(key));
            }
            invoices << inv;
        }
        p.end();
        const QByteArray bytes = png(image);
        QCOMPARE(w.claim()->addDocument(bytes, test::recognized(bytes, u"two-receipts.jpg"_s, invoices, u"qiniu"_s)),
                 ClaimDocument::AddResult::Added);
        // A VAT invoice twice (a duplicate with findings) and a long train ticket.
        for (const char *name : {"a.pdf", "b.pdf"}) {
            const QByteArray pdf = test::makeTestPdf(QString::fromLatin1(name));
            const Invoice vat = test::testInvoice(InvoiceType::VatElectronicNormal, u"031001900111"_s, u"12345678"_s,
                                                  u"2024-05-08"_s, u"100.00"_s, u"6.00"_s, u"160.00"_s,
                                                  u"上海餐饮有限公司"_s);
            w.claim()->addDocument(pdf, test::recognized(pdf, QString::fromLatin1(name), {vat}));
        }
        w.listPanel()->selectInvoice(w.claim()->invoices().at(1).id);
        QTest::qWait(1500);
        w.fieldForm()->selectField(u"total"_s);
        QTest::qWait(800);
        QVERIFY(w.grab().save(QString(out).replace(u".png"_s, u"-selected.png"_s)));
        w.pageView()->fitPage();
        QTest::qWait(800);
        QVERIFY(w.grab().save(QString(out).replace(u".png"_s, u"-fitpage.png"_s)));
    }
};

QTEST_MAIN(TestPageView)
#include "tst_pageview.moc"
