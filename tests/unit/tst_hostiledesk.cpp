// The desk with documents made to hurt a reader (issue #13, docs/worker-process.md): pages for
// the page view, the list's thumbnails and the PDF report are drawn in reimburse-worker
// processes, so a PDF whose page tree contains itself (pdfium loops for ever), a worker that
// crashes or runs out of memory shows as a clear message for that document, another document
// still shows its page meanwhile, and the report is written with a placeholder.
//
// Short time limits come from the environment the pools read (WorkerPoolOptions::
// fromEnvironment); only error codes and what is shown are asserted, never durations. Where a
// page must show while another hangs, the hanging one's limit is ten minutes: the bounds of the
// waits below (two minutes) only keep a broken build from hanging CI.

#include "claim/claimdocument.h"
#include "deskoptions.h"
#include "exportrunner.h"
#include "hostiledocuments.h"
#include "invoicelistmodel.h"
#include "invoicelistpanel.h"
#include "mainwindow.h"
#include "pageimageloader.h"
#include "pageimageitem.h"
#include "pageview.h"
#include "sampleclaim.h"
#include "testpaths.h"
#include "thumbnailcache.h"

#include <QBuffer>
#include <QPdfDocument>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ra;

namespace {

constexpr int kWaitMs = 120'000;

// Sets environment variables for the pools made while it lives, and puts them back after.
class ScopedEnvironment
{
public:
    ScopedEnvironment(std::initializer_list<std::pair<const char *, QByteArray>> values)
    {
        for (const auto &[name, value] : values) {
            m_saved.append({name, qgetenv(name), qEnvironmentVariableIsSet(name)});
            qputenv(name, value);
        }
    }
    ~ScopedEnvironment()
    {
        for (const Saved &s : std::as_const(m_saved)) {
            if (s.wasSet)
                qputenv(s.name, s.value);
            else
                qunsetenv(s.name);
        }
    }

private:
    struct Saved
    {
        const char *name;
        QByteArray value;
        bool wasSet;
    };
    QList<Saved> m_saved;
};

Invoice wholePageInvoice(const QString &number)
{
    Invoice inv = test::testInvoice(InvoiceType::VatElectronicNormal, QString(), number, u"2024-03-01"_s,
                                    u"100.00"_s, u"6.00"_s, u"106.00"_s, u"某某公司"_s);
    inv.page = 1;
    inv.pageSize = QSizeF(1240, 874);
    return inv;
}

// Adds `bytes` as a document with one invoice (as a cloud provider might have read it) and
// returns the invoice's id.
qint64 addWithInvoice(ClaimDocument &claim, const QByteArray &bytes, const QString &name, const QString &number)
{
    if (claim.addDocument(bytes, test::recognized(bytes, name, {wholePageInvoice(number)}, u"qiniu"_s))
        != ClaimDocument::AddResult::Added)
        return 0;
    return claim.invoices().constLast().id;
}

QString flat(QString s)
{
    return s.remove(QRegularExpression(u"\\s"_s));
}

} // namespace

class TestHostileDesk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_goodPdf;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        if (!qEnvironmentVariableIsSet("REIMBURSE_WORKER"))
            qputenv("REIMBURSE_WORKER", test::workerPath().toLocal8Bit());
        // Every pool of this test: short limits, and the workers' misbehaviour hooks.
        qputenv("REIMBURSE_WORKER_TIMEOUT_MS", "2000");
        qputenv("REIMBURSE_WORKER_TIMEOUT_PER_PAGE_MS", "500");
        qputenv("REIMBURSE_WORKER_MEMORY_MB", "512");
        qputenv("REIMBURSE_WORKER_TEST_HOOKS", "1");
        m_goodPdf = test::makeTestPdf(u"发票"_s);
        QVERIFY(!m_goodPdf.isEmpty());
    }

    void pageViewSaysWhyAPageCannotBeShown_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::newRow("cyclic page tree") << test::cyclicPageTreePdf() << u"timeout"_s;
        QTest::newRow("worker crashes") << test::workerHook("abort") << u"crashed"_s;
        QTest::newRow("worker out of memory") << test::workerHook("oom") << u"too_complex"_s;
    }

    // The page view shows the reason where the page would be, in words (the worker's message),
    // not a blank page; the next document's page still shows.
    void pageViewSaysWhyAPageCannotBeShown()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        ClaimDocument claim;
        const qint64 hostile = addWithInvoice(claim, bytes, u"hostile.pdf"_s, u"11111111"_s);
        const qint64 good = addWithInvoice(claim, m_goodPdf, u"good.pdf"_s, u"22222222"_s);
        QVERIFY(hostile && good);
        PageView view(&claim);
        view.resize(800, 600);
        view.show();
        QSignalSpy failed(&view, &PageView::renderFailed);
        view.showInvoice(hostile);
        QVERIFY(view.message().contains(u"Drawing the page"_s));   // the placeholder meanwhile
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), kWaitMs);
        QCOMPARE(failed.constFirst().at(1).toString(), code);
        const QString message = failed.constFirst().at(0).toString();
        QVERIFY(!message.isEmpty());
        QVERIFY2(view.message().startsWith(u"This page cannot be shown: "_s), qPrintable(view.message()));
        QVERIFY(view.message().contains(message));
        QVERIFY(!view.pageImageItem());

        QSignalSpy shown(&view, &PageView::pageShown);
        view.showInvoice(good);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), kWaitMs);
        QVERIFY(view.pageImageItem());
        QVERIFY(view.message().isEmpty());
    }

    // While a page hangs (its limit ten minutes away), moving to another document shows that
    // document's page: the hung render is abandoned and its worker killed after the grace.
    void anotherDocumentShowsWhileAPageHangs()
    {
        const ScopedEnvironment longLimit{{"REIMBURSE_WORKER_TIMEOUT_MS", "600000"}};
        ClaimDocument claim;
        const qint64 first = addWithInvoice(claim, test::makeTestPdf(u"第一张"_s), u"first.pdf"_s, u"33333333"_s);
        const qint64 hostile = addWithInvoice(claim, test::cyclicPageTreePdf(), u"cyclic.pdf"_s, u"11111111"_s);
        const qint64 good = addWithInvoice(claim, m_goodPdf, u"good.pdf"_s, u"22222222"_s);
        QVERIFY(first && hostile && good);
        PageView view(&claim);
        view.resize(800, 600);
        view.show();
        // A page first, so the view's worker is up and the hostile page goes to it at once.
        QSignalSpy firstShown(&view, &PageView::pageShown);
        view.showInvoice(first);
        QTRY_VERIFY_WITH_TIMEOUT(!firstShown.isEmpty() && !view.isRendering(), kWaitMs);
        view.showInvoice(hostile);
        // Its bytes are with the worker, which loops in pdfium.
        QTRY_VERIFY_WITH_TIMEOUT(view.loader()->workers()->running() == 1, kWaitMs);
        QSignalSpy shown(&view, &PageView::pageShown);
        QSignalSpy failed(&view, &PageView::renderFailed);
        view.showInvoice(good);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), kWaitMs);
        QVERIFY(view.pageImageItem());
        QVERIFY(failed.isEmpty());   // the abandoned page says nothing over the good one
        QCOMPARE(view.loader()->workers()->processesStarted(), 2);   // the looping worker was replaced
    }

    // A thumbnail whose page cannot be drawn becomes a warning picture with the reason in the
    // row's tooltip; the other document's thumbnail arrives.
    void thumbnailSaysWhyItIsMissing()
    {
        ClaimDocument claim;
        const qint64 hostile = addWithInvoice(claim, test::cyclicPageTreePdf(), u"cyclic.pdf"_s, u"11111111"_s);
        const qint64 good = addWithInvoice(claim, m_goodPdf, u"good.pdf"_s, u"22222222"_s);
        QVERIFY(hostile && good);
        ThumbnailCache cache(&claim);
        cache.setSize(QSize(56, 40), 1.0);
        InvoiceListModel model(&claim, &cache);
        const auto thumb = [&](qint64 id) {
            const ClaimInvoice *ci = claim.invoice(id);
            return cache.thumbnail(ci->sha256, 0, ci->invoice.region, ci->invoice.pageSize);
        };
        const auto keyOf = [&](qint64 id) {
            const ClaimInvoice *ci = claim.invoice(id);
            return ThumbnailCache::keyOf(ci->sha256, 0, ci->invoice.region);
        };
        QVERIFY(thumb(hostile).isNull());   // asked first: the good one waits behind it
        QVERIFY(thumb(good).isNull());
        QTRY_VERIFY_WITH_TIMEOUT(cache.pending() == 0, kWaitMs);
        QCOMPARE(cache.failed(), 1);
        QCOMPARE(cache.ready(), 1);
        const QString why = cache.failure(keyOf(hostile));
        QVERIFY2(why.contains(u"longer than"_s), qPrintable(why));   // the time limit's message
        QVERIFY(cache.failure(keyOf(good)).isEmpty());
        const QImage warning = thumb(hostile);
        QCOMPARE(warning.size(), QSize(56, 40));
        const QImage picture = thumb(good);
        QCOMPARE(picture.size(), QSize(56, 40));
        QVERIFY(picture != warning);

        const int hostileRow = model.rowOfInvoice(hostile);
        const QString tip = model.index(hostileRow, InvoiceListModel::TypeColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"The page cannot be shown: "_s + why), qPrintable(tip));
        const int goodRow = model.rowOfInvoice(good);
        QVERIFY(!model.index(goodRow, InvoiceListModel::TypeColumn)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains(u"cannot be shown"_s));
    }

    // The whole window: the hostile invoice is selected first; its page says why it cannot be
    // shown while the window goes on working, and the other invoice's page and thumbnail show.
    void windowGoesOnWorking()
    {
        QSettings settings(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        MainWindow w(test::deskOptions(&settings, m_dir.path()));
        w.resize(1400, 860);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const qint64 hostile = addWithInvoice(*w.claim(), test::cyclicPageTreePdf(), u"cyclic.pdf"_s, u"11111111"_s);
        const qint64 good = addWithInvoice(*w.claim(), m_goodPdf, u"good.pdf"_s, u"22222222"_s);
        QVERIFY(hostile && good);
        QSignalSpy failed(w.pageView(), &PageView::renderFailed);
        w.listPanel()->selectInvoice(hostile);
        QTRY_COMPARE_WITH_TIMEOUT(w.pageView()->invoiceId(), hostile, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), kWaitMs);
        QCOMPARE(failed.constFirst().at(1).toString(), u"timeout"_s);
        QVERIFY(w.pageView()->message().startsWith(u"This page cannot be shown: "_s));

        QSignalSpy shown(w.pageView(), &PageView::pageShown);
        w.listPanel()->selectInvoice(good);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), kWaitMs);
        QCOMPARE(w.pageView()->invoiceId(), good);
        QTRY_VERIFY_WITH_TIMEOUT(w.thumbnails()->ready() >= 1 && w.thumbnails()->failed() >= 1, kWaitMs);
    }

    void reportHasAPlaceholderForAPageThatCannotBeDrawn_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::newRow("cyclic page tree") << test::cyclicPageTreePdf() << u"timeout"_s;
        QTest::newRow("worker crashes") << test::workerHook("abort") << u"crashed"_s;
    }

    // The PDF report from the desk (ExportRunner): the hostile invoice's picture is a
    // placeholder naming the reason, the good invoice is drawn, and the report is written.
    void reportHasAPlaceholderForAPageThatCannotBeDrawn()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        ClaimDocument claim;
        QVERIFY(addWithInvoice(claim, bytes, u"hostile.pdf"_s, u"11111111"_s));
        QVERIFY(addWithInvoice(claim, m_goodPdf, u"good.pdf"_s, u"22222222"_s));
        const QString path = m_dir.filePath(u"report-%1.pdf"_s.arg(code));
        ExportOptions options;
        options.language = ExportOptions::Language::English;
        ExportRunner runner;
        QSignalSpy done(&runner, &ExportRunner::finished);
        QVERIFY(runner.start(claim.exportSource(), options, {ExportTarget{u"pdf"_s, path}}, false));
        QVERIFY(done.wait(kWaitMs));
        const ExportOutcome outcome = runner.outcomes().constFirst();
        QCOMPARE(outcome.status, ExportOutcome::Status::Written);

        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        QString all;
        for (int i = 0; i < pdf.pageCount(); ++i)
            all += pdf.getAllText(i).text();
        QVERIFY2(flat(all).contains(flat(u"This invoice cannot be shown: the page could not be rendered (%1)"_s.arg(code))),
                 qPrintable(all));
        // Only the hostile invoice has a placeholder: the good one was drawn.
        QCOMPARE(flat(all).count(u"Thisinvoicecannotbeshown"_s), 1);
    }
};

QTEST_MAIN(TestHostileDesk)
#include "tst_hostiledesk.moc"
