// Page first: on a laptop's 1280×800 and on 1920×1080 the page takes most of the window and
// opens fitted to its width; the window stays within the screen it opens on; the list folds away.
#include "claim/claimdocument.h"
#include "core/memorycredentialstore.h"
#include "deskgeometry.h"
#include "deskfixtures.h"
#include "invoicelistpanel.h"
#include "mainwindow.h"
#include "pageview.h"
#include "sampleclaim.h"

#include <QAction>
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
