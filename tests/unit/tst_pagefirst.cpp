// Page first: on a laptop's 1280×800 and on 1920×1080 the page takes most of the window and
// opens fitted to its width; the window stays within the screen it opens on; the list folds away.
#include "claim/claimdocument.h"
#include "core/memorycredentialstore.h"
#include "deskgeometry.h"
#include "deskfixtures.h"
#include "fieldform.h"
#include "importcontroller.h"
#include "invoicelistpanel.h"
#include "finding.h"
#include "claim/claimintake.h"
#include <QUndoStack>
#include "mainwindow.h"
#include "pageview.h"
#include "pageimageitem.h"
#include "qr/qrdecoder.h"
#include "testpaths.h"
#include "sampleclaim.h"

#include <QAction>
#include <QFileInfo>
#include <QProcess>
#include <QApplication>
#include <QInputDialog>
#include <QTimer>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ra;

class TestPageFirst : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    int m_counter = 0;

    // Picks `type` in the type question the moment it is shown.
    static void answerTypeDialog(InvoiceType type)
    {
        QTimer::singleShot(0, [type] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return answerTypeDialog(type);   // not shown yet
            const QString name = QLocale().language() == QLocale::Chinese ? invoiceTypeNameZh(type)
                                                                          : invoiceTypeNameEn(type);
            dialog->setTextValue(name);
            dialog->accept();
        });
    }

    std::unique_ptr<MainWindow> makeWindow(bool freshSettings = true)
    {
        if (freshSettings || !m_settings)
            m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings-%1.ini"_s.arg(++m_counter)),
                                                     QSettings::IniFormat);
        MainWindow::Options o;
        o.settings = m_settings.get();
        o.credentials = std::make_shared<MemoryCredentialStore>();
        o.ledgerPath = u"-"_s;
        o.untitledDir = m_dir.filePath(u"untitled-%1"_s.arg(m_counter));
        o.cacheDirectory = m_dir.filePath(u"cache"_s);
        o.offerRecovery = false;
        return std::make_unique<MainWindow>(std::move(o));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void placement_data()
    {
        QTest::addColumn<QRect>("wanted");
        QTest::addColumn<QRect>("available");
        QTest::addColumn<QRect>("placed");
        QTest::newRow("fits") << QRect(10, 10, 800, 600) << QRect(0, 0, 1280, 800) << QRect(10, 10, 800, 600);
        QTest::newRow("from a bigger screen") << QRect(0, 0, 1920, 1080) << QRect(0, 0, 1280, 800)
                                              << QRect(0, 0, 1280, 800);
        QTest::newRow("off the right edge") << QRect(1000, 100, 800, 600) << QRect(0, 0, 1280, 800)
                                            << QRect(480, 100, 800, 600);
        QTest::newRow("second screen gone") << QRect(2000, 50, 900, 700) << QRect(0, 0, 1280, 800)
                                            << QRect(380, 50, 900, 700);
        QTest::newRow("panel at the top") << QRect(0, 0, 1280, 800) << QRect(0, 32, 1280, 768)
                                          << QRect(0, 32, 1280, 768);
    }

    void placement()
    {
        QFETCH(QRect, wanted);
        QFETCH(QRect, available);
        QFETCH(QRect, placed);
        QCOMPARE(deskgeometry::placeWithin(wanted, available), placed);
        const QRect fresh = deskgeometry::defaultGeometry(available);
        QVERIFY(available.contains(fresh));
        QVERIFY(fresh.width() >= available.width() * 9 / 10);
    }

    void thePageTakesMostOfTheWindow_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("minimumShare");
        QTest::newRow("1280x800") << QSize(1280, 800) << 0.5;
        QTest::newRow("1920x1080") << QSize(1920, 1080) << 0.6;
    }

    void thePageTakesMostOfTheWindow()
    {
        QFETCH(QSize, size);
        QFETCH(double, minimumShare);
        auto w = makeWindow();
        // As on a fresh start on a screen of that size: the sizes follow the width.
        w->resize(size);
        const deskgeometry::DeskSizes d = deskgeometry::splitterSizes(size.width());
        w->splitter()->setSizes({d.list, d.page, d.form});
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        const QByteArray pdf = test::makeTestPdf(u"page first"_s);
        QCOMPARE(w->claim()->addDocument(pdf, test::recognized(pdf, u"a.pdf"_s, {test::testInvoice(
                      InvoiceType::VatElectronicNormal, u"044001900111"_s, u"12345678"_s, u"2024-01-05"_s,
                      u"100.00"_s, u"6.00"_s, u"106.00"_s, u"某公司"_s)})),
                 ClaimDocument::AddResult::Added);
        w->listPanel()->selectInvoice(w->claim()->invoices().constFirst().id);
        QTRY_VERIFY_WITH_TIMEOUT(!w->pageView()->isRendering() && w->pageView()->sceneRect().width() > 0, 30000);
        const double share = double(w->pageView()->width()) / w->width();
        qInfo("%s: page view %d of %d px (%.0f %%), list %d, form %d", QTest::currentDataTag(), w->pageView()->width(),
              w->width(), share * 100, w->splitter()->sizes().at(0), w->splitter()->sizes().at(2));
        QVERIFY2(share >= minimumShare, qPrintable(u"page share %1"_s.arg(share)));
        // Fitted to the width: the page's width fills the viewport (scroll bar aside).
        const double shown = w->pageView()->sceneRect().width() * w->pageView()->transform().m11();
        const int viewport = w->pageView()->viewport()->width();
        QVERIFY2(shown <= viewport + 1 && shown >= viewport - 40,
                 qPrintable(u"page drawn %1 px wide in a %2 px viewport"_s.arg(shown).arg(viewport)));
        // The form keeps a readable width.
        QVERIFY(w->splitter()->sizes().at(2) >= 320);
    }

    // "Is the page really readable?": at 1280×800, with the list shown, the invoice's QR code
    // read back from the pixels on screen. The page is drawn pixel for pixel at the fitted zoom
    // (no resampling of a larger render), and gets enough of the width for the code's modules.
    void theQrCodeCanBeReadFromTheScreen()
    {
        if (!QFileInfo::exists(test::samplesGeneratorPath()))
            QSKIP("the sample generator is not built");
        const QString samples = m_dir.filePath(u"samples"_s);
        QProcess gen;
        gen.start(test::samplesGeneratorPath(), {samples});
        QVERIFY(gen.waitForFinished(-1));
        QCOMPARE(gen.exitCode(), 0);

        auto w = makeWindow();
        w->resize(1280, 800);
        const deskgeometry::DeskSizes d = deskgeometry::splitterSizes(1280);
        w->splitter()->setSizes({d.list, d.page, d.form});
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        // Read by the offline provider as a person's import would: the page shows with the
        // outlines of the fields it found.
        w->importFiles({samples + u"/electronic-normal.pdf"_s});
        QTRY_VERIFY_WITH_TIMEOUT(!w->importer()->isBusy() && w->claim()->invoices().size() == 1, 60000);
        w->listPanel()->selectInvoice(w->claim()->invoices().constFirst().id);
        PageView *view = w->pageView();
        QVERIFY(w->listPanel()->isVisible());
        // The fitted render (the first picture is re-rendered once the fit set the zoom).
        QTRY_VERIFY_WITH_TIMEOUT(view->pageImageItem() && !view->isRendering(), 30000);
        QTest::qWait(400);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isRendering(), 30000);
        const QImage screen = view->viewport()->grab().toImage();
        QVERIFY(view->pageImageItem()->lastPaintWasExact());
        // Painted as part of the whole window (as a screenshot is), the page lands in the same
        // place: its picture is not shifted away from the outlines drawn over it.
        const QImage window = w->grab().toImage().convertToFormat(screen.format());
        const QRect inWindow(view->viewport()->mapTo(w.get(), QPoint(0, 0)), view->viewport()->size());
        QCOMPARE(window.copy(inWindow), screen);
        const double shown = view->sceneRect().width() * view->transform().m11();
        qInfo("page drawn %.0f px wide in a %d px window (list %d, form %d)", shown, w->width(),
              w->splitter()->sizes().at(0), w->splitter()->sizes().at(2));
        if (qEnvironmentVariableIsSet("RA_SAVE_GRAB"))
            screen.save(qEnvironmentVariable("RA_SAVE_GRAB"));
        QCOMPARE(w->splitter()->sizes().at(0), d.list);   // the list is not wider than asked
        const QList<qr::DecodedCode> codes = qr::decodeQrCodes(screen);
        QVERIFY2(!codes.isEmpty(), "no QR code could be read from the page as shown");
        QVERIFY(codes.constFirst().text.startsWith(u"01,"_s));
    }

    void theWindowOpensWithinItsScreen()
    {
        {
            auto w = makeWindow();
            w->setGeometry(0, 0, 3000, 2000);   // as if closed on a bigger screen
            w->show();
            w->close();
        }
        auto w = makeWindow(false);
        const QRect available = w->screen()->availableGeometry();
        QVERIFY2(w->width() <= available.width() && w->height() <= available.height(),
                 qPrintable(u"%1x%2 on %3x%4"_s.arg(w->width()).arg(w->height()).arg(available.width()).arg(available.height())));
    }

    // A photo nothing could read gets its invoice entered by hand, on its page; an invoice read
    // from its QR code alone says what is missing; a second receipt is added beside a read one.
    void enterByHand()
    {
        auto w = makeWindow();
        w->resize(1280, 800);
        w->show();
        const QString blank = test::writeFile(m_dir, u"unreadable.png"_s, test::blankPng(600, 400));
        const QString qr = test::writeFile(m_dir, u"qr-only.png"_s, test::qrPhoto({test::qrPayload(u"12345678"_s, u"88.00"_s)}));
        w->importFiles({blank, qr});
        QTRY_VERIFY_WITH_TIMEOUT(!w->importer()->isBusy() && w->claim()->invoices().size() == 1, 30000);
        QCOMPARE(w->claim()->intake().size(), qsizetype(1));

        // The QR-only invoice points at what the QR does not carry.
        const Invoice &fromQr = w->claim()->invoices().constFirst().invoice;
        const auto missing = std::find_if(fromQr.findings.cbegin(), fromQr.findings.cend(),
                                          [](const Finding &f) { return f.rule == u"qr_only_missing"; });
        QVERIFY(missing != fromQr.findings.cend());
        QVERIFY(missing->fields.contains(u"seller_name"_s));

        // The failed photo: Enter by Hand, as a taxi receipt.
        const qint64 key = w->claim()->intake().constFirst().id;
        answerTypeDialog(InvoiceType::Taxi);
        w->enterByHand(0, int(key));
        QTRY_COMPARE_WITH_TIMEOUT(w->claim()->invoices().size(), qsizetype(2), 30000);
        QVERIFY(w->claim()->intake().isEmpty());
        const ClaimInvoice manual = w->claim()->invoices().constLast();
        QCOMPARE(manual.invoice.type, InvoiceType::Taxi);
        QTRY_COMPARE(w->listPanel()->currentInvoice(), manual.id);
        QTRY_COMPARE(w->pageView()->invoiceId(), manual.id);   // the form opens on its page
        QVERIFY(w->claim()->editField(manual.id, u"total"_s, u"31.00"_s));
        QCOMPARE(w->claim()->invoice(manual.id)->invoice.fields.value(u"total"_s).source, u"user"_s);

        // Where the total is on the photo: Ctrl+M on the form's field, then a box dragged on
        // the page becomes its polygon (one undo step); the value stays the person's.
        QTRY_VERIFY_WITH_TIMEOUT(!w->pageView()->isRendering() && w->pageView()->pageImageItem(), 30000);
        w->fieldForm()->selectField(u"total"_s);
        w->action(u"markField"_s)->trigger();
        QVERIFY(w->pageView()->isMarking());
        QWidget *vp = w->pageView()->viewport();
        const QPoint from = w->pageView()->mapFromScene(QPointF(100, 80));
        const QPoint to = w->pageView()->mapFromScene(QPointF(300, 160));
        QTest::mousePress(vp, Qt::LeftButton, {}, from);
        QTest::mouseMove(vp, (from + to) / 2);
        QTest::mouseMove(vp, to);
        QTest::mouseRelease(vp, Qt::LeftButton, {}, to);
        QVERIFY(!w->pageView()->isMarking());
        const Field marked = w->claim()->invoice(manual.id)->invoice.fields.value(u"total"_s);
        QCOMPARE(marked.value, u"31.00"_s);
        QCOMPARE(marked.page, 1);
        QCOMPARE(marked.polygon.size(), qsizetype(4));
        const QRectF box = marked.polygon.boundingRect();
        QVERIFY2(std::abs(box.left() - 100) <= 2 && std::abs(box.top() - 80) <= 2 && std::abs(box.right() - 300) <= 2
                     && std::abs(box.bottom() - 160) <= 2,
                 qPrintable(u"box %1,%2 %3x%4"_s.arg(box.left()).arg(box.top()).arg(box.width()).arg(box.height())));
        QVERIFY(w->pageView()->fieldItem(u"total"_s));   // drawn on the page at once
        QCOMPARE(w->pageView()->highlightedField(), u"total"_s);
        w->claim()->undoStack()->undo();
        QVERIFY(w->claim()->invoice(manual.id)->invoice.fields.value(u"total"_s).polygon.isEmpty());
        w->claim()->undoStack()->redo();
        // A field not read yet can be marked before it is typed; Esc ends marking untouched.
        w->fieldForm()->selectField(u"date"_s);
        w->action(u"markField"_s)->trigger();
        QVERIFY(w->pageView()->isMarking());
        QTest::keyClick(w->pageView(), Qt::Key_Escape);
        QVERIFY(!w->pageView()->isMarking());
        QVERIFY(w->claim()->invoice(manual.id)->invoice.fields.value(u"date"_s).polygon.isEmpty());

        // Another receipt on the QR photo's page, beside the one read.
        const qint64 first = w->claim()->invoices().constFirst().id;
        w->listPanel()->selectInvoice(first);
        answerTypeDialog(InvoiceType::Taxi);
        w->enterByHand(first, 0);
        QTRY_COMPARE(w->claim()->invoices().size(), qsizetype(3));
        QCOMPARE(w->claim()->invoices().constLast().sha256, w->claim()->invoice(first)->sha256);
        // One undo step takes it out again.
        w->claim()->undoStack()->undo();
        QCOMPARE(w->claim()->invoices().size(), qsizetype(2));
    }

    void theListFoldsAwayAndComesBack()
    {
        auto w = makeWindow();
        w->resize(1280, 800);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        const int listBefore = w->splitter()->sizes().at(0);
        const int pageBefore = w->splitter()->sizes().at(1);
        QVERIFY(listBefore > 0);
        w->action(u"toggleList"_s)->trigger();
        QCOMPARE(w->splitter()->sizes().at(0), 0);
        QVERIFY(w->splitter()->sizes().at(1) >= pageBefore + listBefore - 2);
        QVERIFY(!w->action(u"toggleList"_s)->isChecked());
        w->action(u"toggleList"_s)->trigger();
        QCOMPARE(w->splitter()->sizes().at(0), listBefore);
        QVERIFY(w->action(u"toggleList"_s)->isChecked());
    }
};

QTEST_MAIN(TestPageFirst)
#include "tst_pagefirst.moc"
