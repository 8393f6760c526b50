// The invoice list tells each row's state at a glance at every width, on the offscreen
// platform: rows keep one height through any number of sorts (a thumbnail of a long ticket or a
// document row on top once collapsed them), the status column paints the status icon, the
// number of findings and a duplicate mark with the details in its tooltip, the type is a short
// label with the full name in the tooltip, each thumbnail is its own invoice's region, and an
// empty list says what to do. Also the field form's findings box, which grows with its findings
// up to half the form.
#include "claim/claimdocument.h"
#include "fieldform.h"
#include "fieldstate.h"
#include "invoicefilterproxy.h"
#include "invoicelistdelegate.h"
#include "invoicelistmodel.h"
#include "invoicelistpanel.h"
#include "invoicetype.h"
#include "invoicetypelabel.h"
#include "sampleclaim.h"
#include "thumbnailcache.h"
#include "uilanguage.h"

#include <QBuffer>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
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

// A photo of two receipts: the left one white with a red stamp, the right one blue-grey.
QImage twoReceiptsImage()
{
    QImage image(880, 520, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.fillRect(QRect(100, 100, 240, 300), QColor(0xE0, 0x20, 0x20));
    p.fillRect(QRect(440, 0, 440, 520), QColor(0x40, 0x60, 0xA0));
    p.end();
    return image;
}

QList<Invoice> twoReceipts()
{
    QList<Invoice> invoices;
    for (int i = 0; i < 2; ++i) {
        Invoice inv = test::testInvoice(InvoiceType::Taxi, QString(), u"0000000%1"_s.arg(i + 1), u"2024-01-05"_s,
                                        QString(), QString(), u"%1.00"_s.arg(20 + i), QString());
        inv.region = QPolygonF(QRectF(20 + 420 * i, 20, 400, 480));
        inv.pageSize = QSizeF(880, 520);
        inv.page = 1;
        invoices << inv;
    }
    return invoices;
}

// The mean colour of the opaque pixels.
QColor meanColour(const QImage &image)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    double r = 0, g = 0, b = 0, n = 0;
    for (int y = 0; y < argb.height(); ++y)
        for (int x = 0; x < argb.width(); ++x) {
            const QRgb px = argb.pixel(x, y);
            if (qAlpha(px) < 250)
                continue;
            r += qRed(px), g += qGreen(px), b += qBlue(px), n += 1;
        }
    return n > 0 ? QColor(int(r / n), int(g / n), int(b / n)) : QColor();
}

int distance(const QColor &a, const QColor &b)
{
    return std::max({std::abs(a.red() - b.red()), std::abs(a.green() - b.green()), std::abs(a.blue() - b.blue())});
}

bool hasColourNear(const QImage &image, const QColor &colour, int tolerance)
{
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (distance(QColor(image.pixel(x, y)), colour) <= tolerance)
                return true;
    return false;
}

// RA_LIST_SCREENSHOT=dir/list.png keeps pictures for a person to look at.
void keepPicture(QWidget *w, const QString &what)
{
    QString out = qEnvironmentVariable("RA_LIST_SCREENSHOT");
    if (!out.isEmpty())
        w->grab().save(out.replace(u".png"_s, u"-%1.png"_s.arg(what)));
}

} // namespace

class TestInvoiceList : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ClaimDocument> m_doc;
    std::unique_ptr<ThumbnailCache> m_thumbnails;
    std::unique_ptr<InvoiceListModel> m_model;
    std::unique_ptr<InvoiceListPanel> m_panel;

    void makePanel(int width = 620)
    {
        m_thumbnails = std::make_unique<ThumbnailCache>(m_doc.get());
        m_model = std::make_unique<InvoiceListModel>(m_doc.get(), m_thumbnails.get());
        m_panel = std::make_unique<InvoiceListPanel>(m_model.get());
        m_thumbnails->setSize(m_panel->view()->iconSize(), 1.0);
        m_panel->resize(width, 500);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    // A claim of mixed rows: two receipts on one photo, a long ticket (a wide strip of a region),
    // a duplicate pair with findings, and a file that failed.
    void fillClaim()
    {
        const QByteArray photo = png(twoReceiptsImage());
        QCOMPARE(m_doc->addDocument(photo, test::recognized(photo, u"two.png"_s, twoReceipts())),
                 ClaimDocument::AddResult::Added);
        QImage strip(1200, 900, QImage::Format_RGB32);
        strip.fill(Qt::lightGray);
        const QByteArray stripBytes = png(strip);
        Invoice ticket = test::testInvoice(InvoiceType::Train, QString(), u"E12345678"_s, u"2024-02-01"_s, QString(),
                                           QString(), u"553.00"_s, QString());
        ticket.region = QPolygonF(QRectF(0, 400, 1200, 90));   // a thumbnail 56 × 4 before the fix
        ticket.pageSize = QSizeF(1200, 900);
        ticket.page = 1;
        QCOMPARE(m_doc->addDocument(stripBytes, test::recognized(stripBytes, u"ticket.png"_s, {ticket})),
                 ClaimDocument::AddResult::Added);
        // Pre-tax + tax ≠ total (a finding), twice in the claim (a duplicate).
        for (const char *name : {"a.pdf", "b.pdf"}) {
            const QByteArray bytes = QByteArray("%PDF-1.4 ") + name;
            const Invoice vat = test::testInvoice(InvoiceType::VatElectronicNormal, u"031001900111"_s, u"12345678"_s,
                                                  u"2024-05-08"_s, u"100.00"_s, u"6.00"_s, u"160.00"_s,
                                                  u"上海餐饮有限公司"_s);
            QCOMPARE(m_doc->addDocument(bytes, test::recognized(bytes, QString::fromLatin1(name), {vat})),
                     ClaimDocument::AddResult::Added);
        }
        ClaimIntake failed;
        failed.name = u"broken.jpg"_s;
        failed.state = ClaimIntake::State::Failed;
        failed.errorMessage = u"The file is not an image."_s;
        QVERIFY(m_doc->addIntake(failed) > 0);
    }

    QModelIndex rowOf(const QString &number, int column)
    {
        for (int r = 0; r < m_panel->proxy()->rowCount(); ++r) {
            const QModelIndex i = m_panel->proxy()->index(r, column);
            if (i.siblingAtColumn(InvoiceListModel::NumberColumn).data().toString() == number)
                return i;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ClaimChange>();
        uilanguage::setCurrent(u"en"_s);
    }

    void init()
    {
        m_doc = std::make_unique<ClaimDocument>();
        m_doc->setValidationDate(QDate(2024, 6, 1));
    }

    void cleanup()
    {
        m_panel.reset();
        m_model.reset();
        m_thumbnails.reset();
        m_doc.reset();
    }

    void sortingNeverChangesRowHeights_data()
    {
        QTest::addColumn<int>("column");
        const char *names[] = {"type", "number", "date", "seller", "total", "status"};
        static_assert(std::size(names) == InvoiceListModel::ColumnCount);
        for (int c = 0; c < InvoiceListModel::ColumnCount; ++c)
            QTest::newRow(names[c]) << c;
    }

    void sortingNeverChangesRowHeights()
    {
        QFETCH(int, column);
        fillClaim();
        makePanel();
        QTRY_VERIFY_WITH_TIMEOUT(m_thumbnails->ready() >= 3, 30000);
        QTest::qWait(20);
        InvoiceTreeView *view = m_panel->view();
        const int rows = m_panel->proxy()->rowCount();
        QCOMPARE(rows, 6);
        const int expected = m_panel->delegate()->rowHeight();
        QVERIFY(expected >= view->iconSize().height());
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder, Qt::AscendingOrder, Qt::DescendingOrder}) {
            view->sortByColumn(column, order);
            QCoreApplication::processEvents();
            for (int r = 0; r < rows; ++r)
                for (int c = 0; c < InvoiceListModel::ColumnCount; ++c) {
                    const QRect rect = view->visualRect(m_panel->proxy()->index(r, c));
                    QVERIFY2(rect.height() == expected, qPrintable(u"row %1 column %2 is %3 px high, not %4"_s.arg(r)
                                                                      .arg(c).arg(rect.height()).arg(expected)));
                }
        }
        keepPicture(m_panel.get(), u"sorted"_s);
    }

    // The type filter offers the types in the claim, in the types' order, and keeps its entries
    // while invoices of types it already lists arrive (a rebuild resets its popup); the footer's
    // sum follows an edited total.
    void typeFilterAndFooterFollowTheClaim()
    {
        fillClaim();
        makePanel();
        auto *types = m_panel->findChild<QComboBox *>(u"typeFilter"_s);
        QVERIFY(types);
        QStringList keys;
        for (int i = 1; i < types->count(); ++i)
            keys << types->itemData(i).toString();
        QStringList expected;
        for (InvoiceType t : allInvoiceTypes())
            for (const ClaimInvoice &ci : m_doc->invoices())
                if (ci.invoice.type == t && !expected.contains(invoiceTypeKey(t)))
                    expected << invoiceTypeKey(t);
        QCOMPARE(keys, expected);
        QCOMPARE(types->itemText(0), u"All types"_s);

        QSignalSpy removed(types->model(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(types->model(), &QAbstractItemModel::modelReset);
        const QString before = m_panel->footerText();
        const QByteArray bytes("%PDF-1.4 c.pdf");
        const Invoice vat = test::testInvoice(InvoiceType::VatElectronicNormal, u"031001900111"_s, u"87654321"_s,
                                              u"2024-05-09"_s, u"10.00"_s, u"0.60"_s, u"10.60"_s, u"某公司"_s);
        QCOMPARE(m_doc->addDocument(bytes, test::recognized(bytes, u"c.pdf"_s, {vat})), ClaimDocument::AddResult::Added);
        QVERIFY(m_panel->footerText() != before);
        // The panel refreshes its filters and footer on a zero timer after the rows arrive.
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(removed.count() + reset.count(), 0);
        QCOMPARE(types->count(), int(expected.size()) + 1);

        qint64 id = 0;
        for (const ClaimInvoice &ci : m_doc->invoices())
            if (ci.invoice.value(u"number"_s) == u"87654321"_s)
                id = ci.id;
        QVERIFY(id);
        const QString withTen = m_panel->footerText();
        QVERIFY(m_doc->editField(id, u"total"_s, u"20.60"_s));
        QTRY_VERIFY(m_panel->footerText() != withTen);
        const qint64 sumBefore = m_panel->proxy()->visibleTotalFen();
        QVERIFY(m_doc->editField(id, u"total"_s, u"10.60"_s));
        QTRY_COMPARE(m_panel->proxy()->visibleTotalFen(), sumBefore - 1000);
    }

    void statusColumnShowsIconCountAndDuplicate()
    {
        fillClaim();
        makePanel();
        const QModelIndex dup = rowOf(u"12345678"_s, InvoiceListModel::StatusColumn);
        const QModelIndex taxi = rowOf(u"00000001"_s, InvoiceListModel::StatusColumn);
        QVERIFY(dup.isValid() && taxi.isValid());
        const auto badges = InvoiceListDelegate::statusBadges(dup);
        QCOMPARE(badges.status, InvoiceStatus::NeedsReview);
        QVERIFY2(badges.findings >= 2, "total mismatch and duplicate");
        QVERIFY(badges.duplicate);
        QVERIFY(!InvoiceListDelegate::statusBadges(taxi).duplicate);
        // Details in the tooltip: status, duplicate, the count and the findings themselves.
        const QString tip = InvoiceListDelegate::statusToolTip(dup);
        QVERIFY2(tip.contains(u"Needs review"_s) && tip.contains(u"Duplicate"_s)
                     && tip.contains(u"%1 finding"_s.arg(badges.findings)),
                 qPrintable(tip));
        QVERIFY2(tip.contains(u"total"_s, Qt::CaseInsensitive), qPrintable(tip));
        // Painted: the finding badge's colour and the duplicate mark's are in the cell.
        InvoiceTreeView *view = m_panel->view();
        const QImage shot = view->viewport()->grab().toImage();
        const QImage dupCell = shot.copy(view->visualRect(dup));
        QVERIFY(hasColourNear(dupCell, fieldStateColor(FieldState::Finding), 8));
        QVERIFY(hasColourNear(dupCell, QColor(0xC0, 0x1C, 0x28), 8));
        const QImage taxiCell = shot.copy(view->visualRect(taxi));
        QVERIFY(!hasColourNear(taxiCell, QColor(0xC0, 0x1C, 0x28), 8));
        // The failed document's row tells its error.
        const QModelIndex failed = m_panel->proxy()->index(m_panel->proxy()->rowCount() - 1,
                                                           InvoiceListModel::StatusColumn);
        QVERIFY(InvoiceListDelegate::statusToolTip(failed).contains(u"not an image"_s));
    }

    void statusStaysVisibleWhenNarrow_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("wide") << 900;
        QTest::newRow("default") << 620;
        QTest::newRow("narrow") << 360;
        QTest::newRow("very narrow") << 250;
    }

    void statusStaysVisibleWhenNarrow()
    {
        QFETCH(int, width);
        fillClaim();
        makePanel(width);
        InvoiceTreeView *view = m_panel->view();
        const QModelIndex dup = rowOf(u"12345678"_s, InvoiceListModel::StatusColumn);
        const QRect cell = view->visualRect(dup);
        QCOMPARE(cell.width(), m_panel->delegate()->statusColumnWidth());
        QVERIFY2(view->viewport()->rect().contains(cell),
                 qPrintable(u"status cell at x %1..%2 in a %3 px view"_s.arg(cell.left()).arg(cell.right())
                                .arg(view->viewport()->width())));
        // The total too: the type's label gives way first, the thumbnail stays.
        const QRect total = view->visualRect(dup.siblingAtColumn(InvoiceListModel::TotalColumn));
        QVERIFY2(view->viewport()->rect().contains(total), qPrintable(u"total at x %1..%2"_s.arg(total.left())
                                                                         .arg(total.right())));
        QVERIFY(view->columnWidth(InvoiceListModel::TypeColumn) > view->iconSize().width());
        keepPicture(m_panel.get(), u"width-%1"_s.arg(width));
    }

    void typeIsAShortLabelWithTheFullNameInTheTooltip()
    {
        fillClaim();
        makePanel();
        const QModelIndex vat = rowOf(u"12345678"_s, InvoiceListModel::TypeColumn);
        const QString label = InvoiceListDelegate::typeLabel(vat);
        QCOMPARE(label, InvoiceTypeLabel::shortName(InvoiceType::VatElectronicNormal));
        QVERIFY(label.size() < invoiceTypeNameEn(InvoiceType::VatElectronicNormal).size());
        QVERIFY(InvoiceListDelegate::typeToolTip(vat).contains(invoiceTypeNameEn(InvoiceType::VatElectronicNormal)));
        // Every type has a short label shorter than its name.
        for (InvoiceType t : allInvoiceTypes())
            QVERIFY2(InvoiceTypeLabel::shortName(t).size() <= invoiceTypeNameEn(t).size(),
                     qPrintable(invoiceTypeKey(t)));
    }

    void eachThumbnailIsItsOwnRegion()
    {
        const QImage page = twoReceiptsImage();
        const QByteArray photo = png(page);
        QCOMPARE(m_doc->addDocument(photo, test::recognized(photo, u"two.png"_s, twoReceipts())),
                 ClaimDocument::AddResult::Added);
        ThumbnailCache cache(m_doc.get());
        const QSize box(56, 40);
        cache.setSize(box, 1.0);
        QList<QImage> thumbs;
        for (const ClaimInvoice &ci : m_doc->invoices()) {
            const QPolygonF region = ci.invoice.region;
            QImage t = cache.thumbnail(ci.sha256, 0, region, ci.invoice.pageSize);
            QTRY_VERIFY_WITH_TIMEOUT(!(t = cache.thumbnail(ci.sha256, 0, region, ci.invoice.pageSize)).isNull(), 20000);
            // Always the whole box: rows never depend on a receipt's shape.
            QCOMPARE(t.size(), box);
            // Like its region of the page (with a small margin), not like the whole photo.
            const QColor own = meanColour(page.copy(region.boundingRect().toRect()));
            QVERIFY2(distance(meanColour(t), own) <= 24, qPrintable(u"thumbnail %1 vs region %2"_s
                                                                       .arg(meanColour(t).name(), own.name())));
            thumbs << t;
        }
        QCOMPARE(thumbs.size(), 2);
        QVERIFY(thumbs.at(0) != thumbs.at(1));
        QVERIFY(distance(meanColour(thumbs.at(0)), meanColour(thumbs.at(1))) > 60);
        const QColor whole = meanColour(page);
        QVERIFY(distance(meanColour(thumbs.at(0)), whole) > 24 || distance(meanColour(thumbs.at(1)), whole) > 24);
    }

    void emptyListSaysWhatToDo()
    {
        makePanel();
        InvoiceTreeView *view = m_panel->view();
        QVERIFY(view->isEmptyHintShown());
        QVERIFY2(view->emptyHint().contains(u"Drop invoices here"_s) && view->emptyHint().contains(u"Ctrl+I"_s),
                 qPrintable(view->emptyHint()));
        const QImage empty = view->viewport()->grab().toImage();
        QVERIFY2(hasColourNear(empty, view->palette().color(QPalette::Disabled, QPalette::Text), 40),
                 "the hint is painted");
        keepPicture(m_panel.get(), u"empty"_s);
        // Rows: no hint.
        fillClaim();
        QVERIFY(!view->isEmptyHintShown());
        // Filters hiding every row: a hint that says so, not the one for an empty claim.
        m_panel->findChild<QLineEdit *>()->setText(u"no such invoice"_s);
        QTRY_COMPARE(m_panel->proxy()->rowCount(), 0);
        QVERIFY(view->isEmptyHintShown());
        QVERIFY(!view->emptyHint().contains(u"Drop"_s));
        m_panel->findChild<QLineEdit *>()->clear();
        QVERIFY(!view->isEmptyHintShown());
    }

    void findingsBoxGrowsWithItsFindingsUpToHalfTheForm()
    {
        // Few findings: one; many: the same invoice also without its seller and wrong amounts.
        const Invoice few = test::testInvoice(InvoiceType::VatElectronicNormal, u"031001900111"_s, u"12345678"_s,
                                              u"2024-05-08"_s, u"100.00"_s, u"6.00"_s, u"160.00"_s,
                                              u"上海餐饮有限公司"_s);
        Invoice many = few;
        many.set(u"number"_s, makeField(u"87654321"_s, u"test"_s));
        many.alternatives.insert(u"total"_s, {makeField(u"106.00"_s, u"qr:total"_s)});
        many.alternatives.insert(u"date"_s, {makeField(u"2024-05-09"_s, u"qr:date"_s)});
        many.set(u"check_code"_s, makeField(u"12345678901234567890"_s, u"pdf:text"_s));
        many.alternatives.insert(u"check_code"_s, {makeField(u"12345678901234567899"_s, u"qr:check_code"_s)});
        QList<qint64> ids;
        for (const Invoice &inv : {few, many}) {
            const QByteArray bytes = "%PDF-1.4 " + inv.value(u"number"_s).toLatin1();
            QCOMPARE(m_doc->addDocument(bytes, test::recognized(bytes, u"f.pdf"_s, {inv})),
                     ClaimDocument::AddResult::Added);
            ids << m_doc->invoices().constLast().id;
        }
        const int fewCount = int(m_doc->invoice(ids[0])->invoice.findings.size());
        const int manyCount = int(m_doc->invoice(ids[1])->invoice.findings.size());
        QVERIFY2(manyCount > fewCount && fewCount >= 1, qPrintable(u"%1 vs %2"_s.arg(fewCount).arg(manyCount)));

        FieldForm form(m_doc.get());
        form.resize(300, 900);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        auto *list = form.findChild<QListWidget *>(u"findingList"_s);
        QVERIFY(list);
        const auto contentHeight = [list] {
            int h = 0;
            for (int i = 0; i < list->count(); ++i)
                h += list->visualItemRect(list->item(i)).height();
            return h;
        };
        form.setInvoice(ids[0]);
        QTest::qWait(20);
        const int fewHeight = list->height();
        form.setInvoice(ids[1]);
        // Layouts settle through the event loop: waited for, not timed (slow under sanitizers).
        QTRY_VERIFY2(list->height() > fewHeight, qPrintable(u"%1 ≤ %2"_s.arg(list->height()).arg(fewHeight)));
        // Room enough: every finding shows, none scrolls away.
        QTRY_VERIFY2(list->viewport()->height() >= contentHeight(),
                     qPrintable(u"%1 of %2 px shown"_s.arg(list->viewport()->height()).arg(contentHeight())));
        QVERIFY(!list->verticalScrollBar()->isVisible());
        keepPicture(&form, u"findings-tall"_s);
        // A short form: at most half of it; the rest scrolls.
        form.resize(300, 260);
        QTRY_VERIFY2(list->height() <= form.height() / 2 + 1,
                     qPrintable(u"%1 px in a %2 px form"_s.arg(list->height()).arg(form.height())));
        QTRY_VERIFY(list->height() >= std::min(contentHeight(), form.height() / 2) - list->fontMetrics().height());
        if (contentHeight() > list->viewport()->height())   // what does not fit scrolls into view
            QTRY_VERIFY(list->verticalScrollBar()->isVisible() && list->verticalScrollBar()->maximum() > 0);
        keepPicture(&form, u"findings-short"_s);
    }

    void progressText_data()
    {
        QTest::addColumn<RecognitionProgress>("progress");
        QTest::addColumn<QString>("text");
        QTest::newRow("nothing to say") << RecognitionProgress{1, 1, false, 0, 0} << QString();
        QTest::newRow("a page of five") << RecognitionProgress{2, 5, false, 0, 0} << u"Page 2 of 5"_s;
        QTest::newRow("finding lines") << RecognitionProgress{1, 0, true, 0, 0}
                                       << u"Finding the lines of printed text (OCR)"_s;
        QTest::newRow("reading lines") << RecognitionProgress{1, 0, true, 40, 80}
                                       << u"Reading the printed text (OCR): line 40 of 80"_s;
        QTest::newRow("a scanned page of five") << RecognitionProgress{3, 5, true, 7, 60}
                                                << u"Page 3 of 5 · Reading the printed text (OCR): line 7 of 60"_s;
    }

    void progressText()
    {
        QFETCH(RecognitionProgress, progress);
        QFETCH(QString, text);
        QCOMPARE(InvoiceListModel::progressText(progress), text);
    }

    void progressShowsInTheRowWhileItIsRead()
    {
        ClaimIntake reading;
        reading.name = u"photo.jpg"_s;
        reading.state = ClaimIntake::State::Recognising;
        const qint64 id = m_doc->addIntake(reading);
        QVERIFY(id > 0);
        InvoiceListModel model(m_doc.get());
        model.setActiveCheck([id](qint64 intake) { return intake == id; });
        model.refreshPending();
        const int row = model.pendingRowOf(int(id));
        QVERIFY(row >= 0);
        const QModelIndex seller = model.index(row, InvoiceListModel::SellerColumn);
        QVERIFY(seller.data().toString().isEmpty());
        QVERIFY(!seller.data(InvoiceListModel::ProgressRole).isValid());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setProgress(id, RecognitionProgress{1, 0, true, 20, 80});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(seller.data().toString(), u"Reading the printed text (OCR): line 20 of 80"_s);
        QCOMPARE(seller.data(InvoiceListModel::ProgressRole).toInt(), 25);
        QCOMPARE(model.index(row, InvoiceListModel::StatusColumn).data(Qt::ToolTipRole).toString(), seller.data().toString());
        model.setProgress(id, RecognitionProgress{1, 0, true, 20, 80}); // the same again: no repaint
        QCOMPARE(changed.size(), 1);
        model.clearProgress(id);
        QVERIFY(seller.data().toString().isEmpty());
        QCOMPARE(changed.size(), 2);
    }
};

QTEST_MAIN(TestInvoiceList)
#include "tst_invoicelist.moc"
