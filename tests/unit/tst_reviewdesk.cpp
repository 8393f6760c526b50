// The review desk as a person uses it, on the offscreen platform: files dropped on the window
// become rows, a photo of several invoices becomes several rows, fields and their polygons
// select each other, edits undo and redo, and a bad file keeps its row with an error.
#include "appsettings.h"
#include "claim/claimdocument.h"
#include "claimsession.h"
#include "comparedialog.h"
#include "core/memorycredentialstore.h"
#include "fieldform.h"
#include "fieldpolygonitem.h"
#include "importcontroller.h"
#include "invoicefilterproxy.h"
#include "invoicelistmodel.h"
#include "invoicelistpanel.h"
#include "mainwindow.h"
#include "pageview.h"
#include "qr/qrencoder.h"
#include "deskfixtures.h"
#include "sampleclaim.h"
#include "thumbnailcache.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBuffer>
#include <QClipboard>
#include <QGuiApplication>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QPushButton>
#include <QPainter>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace ra;

namespace {

using test::qrPhoto;
using test::writeFile;

QString payload(const QString &number, const QString &amount)
{
    return test::qrPayload(number, amount);
}

QByteArray blankPage()
{
    return test::blankPng();
}

// A page with two receipts as a cloud provider reports it: regions and field polygons.
RecognizedDocument twoReceipts(const QByteArray &png)
{
    QList<Invoice> invoices;
    for (int i = 0; i < 2; ++i) {
        Invoice inv = test::testInvoice(InvoiceType::Taxi, QString(), u"0000000%1"_s.arg(i + 1), u"2024-01-05"_s,
                                        QString(), QString(), u"%1.00"_s.arg(20 + i), QString());
        const double x = 20 + 420 * i;
        inv.region = QPolygonF(QRectF(x, 20, 400, 480));
        inv.pageSize = QSizeF(880, 520);
        Field number = inv.fields.value(u"number"_s);
        number.polygon = QPolygonF(QRectF(x + 20, 40, 200, 40));
        number.page = 1;
        inv.fields.insert(u"number"_s, number);
        Field total = inv.fields.value(u"total"_s);
        total.polygon = QPolygonF(QRectF(x + 20, 400, 200, 40));
        total.page = 1;
        inv.fields.insert(u"total"_s, total);
        invoices << inv;
    }
    return test::recognized(png, u"two-receipts.png"_s, invoices, u"qiniu"_s);
}

} // namespace

class TestReviewDesk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    int m_counter = 0;

    std::unique_ptr<MainWindow> makeWindow()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings-%1.ini"_s.arg(++m_counter)),
                                                 QSettings::IniFormat);
        MainWindow::Options o;
        o.settings = m_settings.get();
        o.credentials = std::make_shared<MemoryCredentialStore>();
        o.ledgerPath = u"-"_s;
        o.untitledDir = m_dir.filePath(u"untitled-%1"_s.arg(m_counter));
        o.cacheDirectory = m_dir.filePath(u"cache"_s);
        o.offerRecovery = false;
        auto w = std::make_unique<MainWindow>(std::move(o));
        w->resize(1400, 860);
        w->show();
        return w;
    }

    static void drop(MainWindow &w, const QList<QUrl> &urls)
    {
        QMimeData mime;
        mime.setUrls(urls);
        const QPoint at = w.rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropEvent(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &dropEvent);
        QVERIFY(dropEvent.isAccepted());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void dropImportsFilesAndRowsAppear()
    {
        auto w = makeWindow();
        QAbstractItemModelTester tester(w->listModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString one = writeFile(m_dir, u"one.png"_s, qrPhoto({payload(u"11111111"_s, u"10.00"_s)}));
        const QString two = writeFile(m_dir, u"two.png"_s, qrPhoto({payload(u"22222222"_s, u"20.00"_s)}));
        drop(*w, {QUrl::fromLocalFile(one), QUrl::fromLocalFile(two)});
        QTRY_COMPARE_WITH_TIMEOUT(w->listModel()->invoiceCount(), 2, 30000);
        QTRY_VERIFY(!w->importer()->isBusy());
        QCOMPARE(w->listModel()->pendingCount(), 0);
        QStringList numbers;
        for (int r = 0; r < 2; ++r)
            numbers << w->listModel()->index(r, InvoiceListModel::NumberColumn).data().toString().right(8);
        numbers.sort();
        QCOMPARE(numbers, (QStringList{u"11111111"_s, u"22222222"_s}));
        QVERIFY2(w->listPanel()->footerText().contains(u"30.00"_s), qPrintable(w->listPanel()->footerText()));
        // The first invoice of the batch is selected and shown.
        QTRY_VERIFY(w->listPanel()->currentInvoice() != 0);
        QCOMPARE(w->fieldForm()->invoiceId(), w->listPanel()->currentInvoice());
        QTRY_VERIFY_WITH_TIMEOUT(w->thumbnails()->ready() >= 2, 30000);
    }

    void severalInvoicesOnOnePhotoAreSeveralRows()
    {
        auto w = makeWindow();
        const QString photo = writeFile(m_dir, u"pair.png"_s,
                                        qrPhoto({payload(u"33333333"_s, u"30.00"_s), payload(u"44444444"_s, u"40.00"_s)}));
        drop(*w, {QUrl::fromLocalFile(photo)});
        QTRY_COMPARE_WITH_TIMEOUT(w->listModel()->invoiceCount(), 2, 30000);
        const ClaimInvoice &a = w->claim()->invoices().at(0);
        const ClaimInvoice &b = w->claim()->invoices().at(1);
        QCOMPARE(a.sha256, b.sha256);   // one file, two rows
    }

    void regionsAndPolygonsAreDrawnAndSelectEachOther()
    {
        auto w = makeWindow();
        const QByteArray png = blankPage();
        QCOMPARE(w->claim()->addDocument(png, twoReceipts(png)), ClaimDocument::AddResult::Added);
        QCOMPARE(w->listModel()->invoiceCount(), 2);
        const qint64 second = w->claim()->invoices().at(1).id;
        w->listPanel()->selectInvoice(second);
        QTRY_VERIFY(w->pageView()->isVisible());
        QSignalSpy shown(w->pageView(), &PageView::pageShown);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() || !w->pageView()->isRendering(), 20000);
        QCOMPARE(w->pageView()->regionItemCount(), 2);
        QVERIFY(w->pageView()->fieldItem(u"number"_s));
        QVERIFY(w->pageView()->fieldItem(u"total"_s));
        QVERIFY(!w->pageView()->fieldItem(u"seller_tax_id"_s));   // no polygon, no item
        for (FieldPolygonItem *item : w->pageView()->fieldItems())
            QCOMPARE(item->invoiceId(), second);   // only the current invoice's fields

        // Form → page.
        w->fieldForm()->selectField(u"total"_s);
        QTRY_VERIFY(w->pageView()->fieldItem(u"total"_s) && w->pageView()->fieldItem(u"total"_s)->isHighlighted());
        QVERIFY(!w->pageView()->fieldItem(u"number"_s)->isHighlighted());

        // Page → form: a click on the number's polygon selects the number.
        FieldPolygonItem *number = w->pageView()->fieldItem(u"number"_s);
        w->pageView()->centerOn(number);
        const QPoint at = w->pageView()->mapFromScene(number->polygon().boundingRect().center());
        QTest::mouseClick(w->pageView()->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(w->fieldForm()->currentField(), u"number"_s);
        QVERIFY(number->isHighlighted());

        // A click on the other receipt's region selects that invoice.
        const qint64 first = w->claim()->invoices().at(0).id;
        const QPoint other = w->pageView()->mapFromScene(QPointF(220, 250));
        w->pageView()->centerOn(QPointF(220, 250));
        QTest::mouseClick(w->pageView()->viewport(), Qt::LeftButton, {},
                          w->pageView()->mapFromScene(QPointF(220, 250)));
        Q_UNUSED(other);
        QTRY_COMPARE(w->listPanel()->currentInvoice(), first);
    }

    void editUndoRedoThroughTheWindow()
    {
        auto w = makeWindow();
        const QByteArray bytes = test::makeTestPdf(u"dinner"_s);
        Invoice inv = test::testInvoice(InvoiceType::VatElectronicNormal, u"044001900111"_s, u"12345678"_s,
                                        u"2024-01-05"_s, u"100.00"_s, u"6.00"_s, u"106.00"_s, u"某餐饮有限公司"_s);
        QCOMPARE(w->claim()->addDocument(bytes, test::recognized(bytes, u"dinner.pdf"_s, {inv})),
                 ClaimDocument::AddResult::Added);
        const qint64 id = w->claim()->invoices().constFirst().id;
        w->listPanel()->selectInvoice(id);
        QCOMPARE(w->fieldForm()->invoiceId(), id);

        QVERIFY(w->claim()->editField(id, u"total"_s, u"160.00"_s));
        const int row = w->listModel()->rowOfInvoice(id);
        QCOMPARE(w->listModel()->index(row, InvoiceListModel::TotalColumn).data().toString(), u"160.00"_s);
        QVERIFY(w->isWindowModified());
        QVERIFY(w->listModel()->index(row, 0).data(InvoiceListModel::FindingCountRole).toInt() > 0);

        w->action(u"undo"_s)->trigger();
        QCOMPARE(w->listModel()->index(row, InvoiceListModel::TotalColumn).data().toString(), u"106.00"_s);
        QCOMPARE(w->listModel()->index(row, 0).data(InvoiceListModel::FindingCountRole).toInt(), 0);
        w->action(u"redo"_s)->trigger();
        QCOMPARE(w->listModel()->index(row, InvoiceListModel::TotalColumn).data().toString(), u"160.00"_s);

        // Mark reviewed is an undoable edit too.
        w->action(u"markReviewed"_s)->trigger();
        QVERIFY(w->claim()->invoice(id)->invoice.reviewed);
        QCOMPARE(InvoiceStatus(w->listModel()->index(row, 0).data(InvoiceListModel::StatusRole).toInt()),
                 InvoiceStatus::Reviewed);
        w->action(u"undo"_s)->trigger();
        QVERIFY(!w->claim()->invoice(id)->invoice.reviewed);
    }

    void pastingAnImageImportsIt()
    {
        auto w = makeWindow();
        QImage photo;
        QVERIFY(photo.loadFromData(qrPhoto({payload(u"66666666"_s, u"66.00"_s)}), "PNG"));
        QGuiApplication::clipboard()->setImage(photo);
        if (QGuiApplication::clipboard()->image().isNull())
            QSKIP("this platform has no clipboard");
        w->action(u"paste"_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(w->listModel()->invoiceCount(), 1, 30000);
        QVERIFY(w->claim()->data().originals.constFirst().name.endsWith(u".png"_s));
    }

    void cancellingKeepsWhatFinishedAndMarksTheRest()
    {
        auto w = makeWindow();
        QStringList files;
        for (int i = 0; i < 8; ++i)
            files << writeFile(m_dir, u"batch-%1.png"_s.arg(i),
                               qrPhoto({payload(u"7777777%1"_s.arg(i), u"%1.00"_s.arg(10 + i))}));
        // Cancelled at once: some files may not even have been read yet, and they still get rows.
        w->importFiles(files);
        w->action(u"cancel"_s)->setEnabled(true);
        w->action(u"cancel"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!w->importer()->isBusy(), 30000);
        // Every file is accounted for: added, or a row that says it was cancelled.
        int cancelled = 0;
        for (int r = w->listModel()->invoiceCount(); r < w->listModel()->rowCount(); ++r) {
            const QModelIndex i = w->listModel()->index(r, 0);
            QCOMPARE(InvoiceStatus(i.data(InvoiceListModel::StatusRole).toInt()), InvoiceStatus::Cancelled);
            QVERIFY(i.data(InvoiceListModel::ErrorRole).toString().contains(u"ancel"_s));
            ++cancelled;
        }
        qInfo("%d added, %d cancelled", w->listModel()->invoiceCount(), cancelled);
        QCOMPARE(w->listModel()->invoiceCount() + cancelled, 8);
        QCOMPARE(w->claim()->invoices().size(), w->listModel()->invoiceCount());
    }

    void ocrProgressShowsInTheRowAndCancelStopsIt()
    {
        // The worker's test hook acts out a page read by OCR and then stays on it (ocr-sleep):
        // the row says how far it is, and cancelling this document ends it (and its worker).
        qputenv("REIMBURSE_WORKER_TEST_HOOKS", "1"); // for the workers this window starts
        const auto noHooksAfter = qScopeGuard([] { qunsetenv("REIMBURSE_WORKER_TEST_HOOKS"); });
        auto w = makeWindow();
        const QString photo = writeFile(m_dir, u"ocr-photo.jpg"_s, "%RA-WORKER-TEST ocr-sleep 600000\n");
        w->importFiles({photo});
        InvoiceListModel *model = w->listModel();
        const auto row = [model] { return model->invoiceCount(); }; // the only document row
        QTRY_COMPARE_WITH_TIMEOUT(model->index(row(), InvoiceListModel::SellerColumn).data().toString(),
                                  u"Reading the printed text (OCR): line 0 of 10"_s, 60000);
        QCOMPARE(model->index(row(), 0).data(InvoiceListModel::ProgressRole).toInt(), 0);
        const int key = model->index(row(), 0).data(InvoiceListModel::PendingKeyRole).toInt();
        w->importer()->cancelDocument(key);
        QTRY_COMPARE_WITH_TIMEOUT(InvoiceStatus(model->index(row(), 0).data(InvoiceListModel::StatusRole).toInt()),
                                  InvoiceStatus::Cancelled, 30000);
        QVERIFY(model->index(row(), InvoiceListModel::SellerColumn).data().toString().contains(u"ancel"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!w->importer()->isBusy(), 30000);
        w.reset(); // its workers go before the variable does
    }

    void aBadFileKeepsItsRowAndTheRestIsAdded()
    {
        auto w = makeWindow();
        const QString bad = writeFile(m_dir, u"broken.pdf"_s, "%PDF-1.7\n1 0 obj << /Type /Catalog");
        const QString good = writeFile(m_dir, u"good.png"_s, qrPhoto({payload(u"55555555"_s, u"50.00"_s)}));
        drop(*w, {QUrl::fromLocalFile(bad), QUrl::fromLocalFile(good)});
        QTRY_VERIFY_WITH_TIMEOUT(!w->importer()->isBusy() && w->listModel()->invoiceCount() == 1, 30000);
        QCOMPARE(w->listModel()->pendingCount(), 1);
        const QModelIndex errorRow = w->listModel()->index(1, 0);
        QCOMPARE(InvoiceStatus(errorRow.data(InvoiceListModel::StatusRole).toInt()), InvoiceStatus::Error);
        QVERIFY(!errorRow.data(InvoiceListModel::ErrorRole).toString().isEmpty());
        QCOMPARE(errorRow.data().toString(), u"broken.pdf"_s);
    }

    void reopeningAClaimRestoresTheSelection()
    {
        const QString path = m_dir.filePath(u"reopen.claim"_s);
        qint64 second = 0;
        {
            auto w = makeWindow();
            const QByteArray png = blankPage();
            w->claim()->addDocument(png, twoReceipts(png));
            QVERIFY(w->session()->saveAs(path));
            QVERIFY(!w->session()->isUntitled());
            second = w->claim()->invoices().at(1).id;
            w->listPanel()->selectInvoice(second);
            QVERIFY(w->windowTitle().contains(u"reopen"_s));
        }
        auto w = makeWindow();
        // `reimburse CLAIM`: a claim among the arguments is opened, not imported.
        w->openArguments({path});
        // Read on a worker: the window carries on meanwhile.
        QTRY_VERIFY(!w->isOpeningClaim());
        QVERIFY(w->claim()->hasFile());
        QCOMPARE(QFileInfo(w->claim()->filePath()).canonicalFilePath(), QFileInfo(path).canonicalFilePath());
        QVERIFY(!w->importer()->isBusy());
        QCOMPARE(w->listPanel()->currentInvoice(), second);
        QVERIFY(!w->isWindowModified());
    }

    void compareWithAnotherProviderAppliesTickedValuesAsOneEdit()
    {
        auto w = makeWindow();
        const QByteArray bytes = test::makeTestPdf(u"lunch"_s);
        Invoice mine = test::testInvoice(InvoiceType::VatElectronicNormal, u"044001900111"_s, u"12345678"_s,
                                         u"2024-01-05"_s, u"100.00"_s, u"6.00"_s, u"106.00"_s, u"某餐饮有限公司"_s);
        QCOMPARE(w->claim()->addDocument(bytes, test::recognized(bytes, u"lunch.pdf"_s, {mine})),
                 ClaimDocument::AddResult::Added);
        const qint64 id = w->claim()->invoices().constFirst().id;
        Invoice theirs = mine;
        theirs.fields[u"total"_s].value = u"116.00"_s;
        theirs.fields[u"seller_name"_s].value = u"某餐饮管理有限公司"_s;
        RecognizedDocument other = test::recognized(bytes, u"lunch.pdf"_s, {theirs}, u"tencent-vat"_s);

        CompareDialog dialog(w->claim(), w->importer(), nullptr, id, w.get());
        dialog.showResult(other);
        QStringList differing = dialog.differingFields();
        differing.sort();
        QVERIFY2(differing == (QStringList{u"seller_name"_s, u"total"_s}), qPrintable(differing.join(u',')));
        dialog.setChecked(u"seller_name"_s, true);
        const int before = w->claim()->undoStack()->count();
        QCOMPARE(dialog.applyChecked(), 1);
        QCOMPARE(w->claim()->invoice(id)->invoice.value(u"seller_name"_s), u"某餐饮管理有限公司"_s);
        QCOMPARE(w->claim()->invoice(id)->invoice.value(u"total"_s), u"106.00"_s);   // not ticked
        QCOMPARE(w->claim()->undoStack()->count(), before + 1);                      // one undo step
        w->claim()->undoStack()->undo();
        QCOMPARE(w->claim()->invoice(id)->invoice.value(u"seller_name"_s), u"某餐饮有限公司"_s);
    }

    void filtersAndFooter()
    {
        auto w = makeWindow();
        const QByteArray png = blankPage();
        w->claim()->addDocument(png, twoReceipts(png));
        QVERIFY2(w->listPanel()->footerText().contains(u"41.00"_s), qPrintable(w->listPanel()->footerText()));
        w->claim()->setReviewed(w->claim()->invoices().at(0).id, true);
        w->listPanel()->proxy()->setStatusFilter(InvoiceFilterProxy::StatusFilter::Reviewed);
        QCOMPARE(w->listPanel()->proxy()->rowCount(), 1);
        QVERIFY2(w->listPanel()->footerText().contains(u"20.00"_s), qPrintable(w->listPanel()->footerText()));
        w->listPanel()->proxy()->setStatusFilter(InvoiceFilterProxy::StatusFilter::All);
        w->listPanel()->proxy()->setText(u"00000002"_s);
        QCOMPARE(w->listPanel()->proxy()->rowCount(), 1);
    }

    // Issue #10 point 5: re-running the SECOND receipt of a two-receipt photo compared it with,
    // and applied, the first receipt's values. The other provider lists the receipts right to
    // left on an image twice the size and reads other totals and dates for both.
    void compareOnTheSecondReceiptTakesTheSecondReceiptsValues()
    {
        auto w = makeWindow();
        const QByteArray png = blankPage();
        const RecognizedDocument mine = twoReceipts(png);
        QCOMPARE(w->claim()->addDocument(png, mine), ClaimDocument::AddResult::Added);
        const ClaimInvoice firstBefore = w->claim()->invoices().at(0);
        const qint64 second = w->claim()->invoices().at(1).id;
        w->listPanel()->selectInvoice(second);
        QCOMPARE(w->listPanel()->currentInvoice(), second);

        QList<Invoice> theirs;
        for (int i : {1, 0}) {
            Invoice inv = mine.invoices.at(i);
            for (QPointF &p : inv.region)
                p *= 2;
            inv.pageSize *= 2;
            inv.fields[u"total"_s].value = u"%1.50"_s.arg(20 + i);
            inv.fields[u"date"_s].value = u"2024-01-0%1"_s.arg(6 + i);
            theirs << inv;
        }
        const RecognizedDocument other = test::recognized(png, u"two-receipts.png"_s, theirs, u"tencent-vat"_s);

        CompareDialog dialog(w->claim(), w->importer(), nullptr, w->listPanel()->currentInvoice(), w.get());
        dialog.showResult(other);
        QVERIFY(dialog.match().matched());
        QCOMPARE(dialog.match().index, 0);   // the provider's first is our second
        QCOMPARE(dialog.match().reason, InvoiceMatch::Reason::Region);
        QStringList differing = dialog.differingFields();
        differing.sort();
        // Not the number: with the wrong receipt it would differ too.
        QVERIFY2(differing == (QStringList{u"date"_s, u"total"_s}), qPrintable(differing.join(u',')));
        for (const QString &key : std::as_const(differing))
            dialog.setChecked(key, true);
        QCOMPARE(dialog.applyChecked(), 2);

        const Invoice &after = w->claim()->invoice(second)->invoice;
        QCOMPARE(after.value(u"number"_s), u"00000002"_s);
        QCOMPARE(after.value(u"total"_s), u"21.50"_s);
        QCOMPARE(after.value(u"date"_s), u"2024-01-07"_s);
        const ClaimInvoice *first = w->claim()->invoice(firstBefore.id);
        QVERIFY(first);
        QCOMPARE(first->invoice.value(u"number"_s), u"00000001"_s);
        QCOMPARE(first->invoice.value(u"total"_s), u"20.00"_s);
        QCOMPARE(first->invoice.value(u"date"_s), u"2024-01-05"_s);
        QCOMPARE(first->invoice.fields, firstBefore.invoice.fields);
    }

    // The other provider found only the first receipt: nothing corresponds to the second, the
    // dialog says so and nothing can be applied, not even what an earlier result offered.
    void compareWithoutAMatchAppliesNothing()
    {
        auto w = makeWindow();
        const QByteArray png = blankPage();
        const RecognizedDocument mine = twoReceipts(png);
        QCOMPARE(w->claim()->addDocument(png, mine), ClaimDocument::AddResult::Added);
        const ClaimInvoice firstBefore = w->claim()->invoices().at(0);
        const ClaimInvoice secondBefore = w->claim()->invoices().at(1);
        w->listPanel()->selectInvoice(secondBefore.id);

        CompareDialog dialog(w->claim(), w->importer(), nullptr, w->listPanel()->currentInvoice(), w.get());
        QPushButton *apply = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            if (b->text() == CompareDialog::tr("&Apply Ticked Values"))
                apply = b;
        QVERIFY(apply);

        // First a result that matches, with a value ticked ...
        Invoice same = mine.invoices.at(1);
        same.fields[u"total"_s].value = u"99.00"_s;
        dialog.showResult(test::recognized(png, u"two-receipts.png"_s, {same}, u"tencent-vat"_s));
        QVERIFY(dialog.match().matched());
        dialog.setChecked(u"total"_s, true);
        QVERIFY(apply->isEnabled());

        // ... then the provider's answer with only the other receipt, at another scale.
        Invoice onlyFirst = mine.invoices.at(0);
        for (QPointF &p : onlyFirst.region)
            p *= 0.5;
        onlyFirst.pageSize *= 0.5;
        onlyFirst.fields[u"total"_s].value = u"88.00"_s;
        dialog.showResult(test::recognized(png, u"two-receipts.png"_s, {onlyFirst}, u"tencent-vat"_s));
        QVERIFY(!dialog.match().matched());
        QCOMPARE(dialog.match().reason, InvoiceMatch::Reason::NothingCorresponds);
        QVERIFY(dialog.differingFields().isEmpty());
        QVERIFY(!apply->isEnabled());
        QVERIFY2(dialog.statusText().contains(u"Nothing can be applied"_s), qPrintable(dialog.statusText()));

        const int before = w->claim()->undoStack()->count();
        QCOMPARE(dialog.applyChecked(), 0);
        QCOMPARE(w->claim()->undoStack()->count(), before);
        QCOMPARE(w->claim()->invoice(secondBefore.id)->invoice.fields, secondBefore.invoice.fields);
        QCOMPARE(w->claim()->invoice(firstBefore.id)->invoice.fields, firstBefore.invoice.fields);
    }
};

QTEST_MAIN(TestReviewDesk)
#include "tst_reviewdesk.moc"
