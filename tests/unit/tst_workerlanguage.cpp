// The desk's language reaches every worker it starts (docs/worker-process.md, "Limits",
// language): app/gui/main.cpp calls WorkerPoolOptions::setMessageLanguage once its translator
// is installed, and every pool made after that asks its workers for it (`--lang`): recognition
// (LocalProvider) as much as the page view's renders and the cloud providers' page workers. So
// what the recogniser itself says about a document (a file it cannot tell, the page cap)
// reaches the list in Chinese in the Chinese desk; the command line sets no language and stays
// English. Only messages and codes are asserted, never durations.

#include "core/cloudprovider.h"
#include "core/documentinput.h"
#include "core/localprovider.h"
#include "core/memorycredentialstore.h"
#include "core/providerjob.h"
#include "core/providerregistry.h"
#include "core/providerservices.h"
#include "hostiledocuments.h"
#include "testpaths.h"
#include "worker/workerpool.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace ra;

class TestWorkerLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(QFileInfo::exists(test::workerPath()));
        qputenv("REIMBURSE_WORKER", test::workerPath().toLocal8Bit());
        qputenv("REIMBURSE_WORKER_MAX_PAGES", "20");
    }

    void cleanup()
    {
        WorkerPoolOptions::setMessageLanguage(QString());
    }

    void recognitionSpeaksTheDesksLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        const QByteArray many = test::manyPagePdf(30);
        QTest::newRow("the Chinese desk, not a document")
            << u"zh_CN"_s << QByteArray("not a document at all") << u"unknown_format"_s
            << u"从内容判断，该文件不是 PDF、OFD 或图片（JPEG、PNG、BMP、TIFF、WebP）。"_s;
        QTest::newRow("the Chinese desk, a ZIP that is no OFD")
            << u"zh_CN"_s << QByteArray("PK\x03\x04", 4) + QByteArray(60, '\0') << u"unknown_format"_s
            << u"该文件是 ZIP 压缩包，但不是 OFD 文件（其中没有 OFD.xml）。"_s;
        QTest::newRow("the Chinese desk, past the page cap")
            << u"zh_CN"_s << many << u"too_complex"_s
            << u"该文档有 30 页，最多读取 20 页。请将其拆分为较小的文件（每张发票一个）后再导入。"_s;
        QTest::newRow("no language, not a document")
            << QString() << QByteArray("not a document at all") << u"unknown_format"_s
            << u"The file is not a PDF, OFD or image (JPEG, PNG, BMP, TIFF, WebP) judging by its content."_s;
        QTest::newRow("no language, past the page cap")
            << QString() << many << u"too_complex"_s
            << u"The document has 30 pages; at most 20 are read. Split it into smaller files (one per invoice) "
               u"and import those."_s;
    }

    void recognitionSpeaksTheDesksLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QByteArray, document);
        QFETCH(QString, code);
        QFETCH(QString, message);
        WorkerPoolOptions::setMessageLanguage(language);
        LocalProvider provider(nullptr, 1);
        QCOMPARE(provider.workerPool()->options().language, language);
        ProviderJob *job = provider.recognize(DocumentInput::fromBytes(document, u"document.bin"_s));
        job->setAutoDelete(false);
        QSignalSpy finished(job, &ProviderJob::finished);
        // The worker's own limits end it; the bound only keeps a broken build from hanging CI.
        QVERIFY(job->isFinished() || finished.wait(300'000));
        QVERIFY(job->result().error);
        QCOMPARE(job->result().error->code, code);
        QCOMPARE(job->result().error->message, message);
        delete job;
    }

    // Every provider the desk builds (ProviderHost makes its ProviderServices after main() set
    // the language) asks its workers for it: the offline recogniser's and each cloud
    // provider's page workers.
    void everyProviderOfTheDeskAsksForIt()
    {
        WorkerPoolOptions::setMessageLanguage(u"zh_CN"_s);
        QTemporaryDir cache;
        QVERIFY(cache.isValid());
        ProviderServices services(std::make_unique<MemoryCredentialStore>(), ProviderContext(), cache.path());
        int pools = 0;
        for (RecognitionProvider *p : services.registry()->providers()) {
            WorkerPool *pool = nullptr;
            if (auto *local = qobject_cast<LocalProvider *>(p))
                pool = local->workerPool();
            else if (auto *cloud = qobject_cast<CloudProvider *>(p))
                pool = cloud->pageWorkers();
            QVERIFY2(pool, qPrintable(p->id()));
            QCOMPARE(pool->options().language, u"zh_CN"_s);
            ++pools;
        }
        QCOMPARE(pools, 6); // local, tencent-vat, tencent-ofd, qiniu, ekuaibao, deepfinch
    }
};

QTEST_MAIN(TestWorkerLanguage)
#include "tst_workerlanguage.moc"
