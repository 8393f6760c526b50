// reimburse-cli as scripts use it: a real process, its exit codes (cli.md), its JSON read
// back through the contract's reader, on the project's own generated samples; remote documents
// (http(s) arguments) against an in-process fake Tencent.

#include "fakes/faketencentserver.h"
#include "invoicejson.h"
#include "testpaths.h"

#include <QBuffer>
#include <QDirIterator>
#include <QImage>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(test::cliPath(), args);
    p.waitForFinished(-1);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

// While the CLI runs, this process's event loop keeps going: an in-process fake vendor answers it.
Run runCliServing(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(test::cliPath(), args);
    if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 120000))
        p.kill();
    p.waitForFinished(5000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

// The environment of a run against `tencent` (or no vendor keys at all when null): cache and log
// in `home`, every vendor variable of the caller's environment removed.
QProcessEnvironment vendorEnvironment(const QString &home, const test::FakeTencentServer *tencent,
                                      const QString &id = {}, const QString &key = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &k : env.keys())
        if (k.startsWith(u"TENCENTCLOUD_") || k.startsWith(u"QINIU_") || k.startsWith(u"EKUAIBAO_")
            || k.startsWith(u"DEEPFINCH_") || k.startsWith(u"REIMBURSE_"))
            env.remove(k);
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("REIMBURSE_VERBOSE"), QStringLiteral("1"));
    if (tencent) {
        env.insert(QStringLiteral("TENCENTCLOUD_SECRET_ID"), id);
        env.insert(QStringLiteral("TENCENTCLOUD_SECRET_KEY"), key);
        env.insert(QStringLiteral("REIMBURSE_TENCENT_ENDPOINT"), tencent->baseUrl().toString());
    }
    return env;
}

QByteArray smallPng()
{
    QImage img(200, 100, QImage::Format_RGB32);
    img.fill(Qt::white);
    QByteArray out;
    QBuffer b(&out);
    b.open(QIODevice::WriteOnly);
    img.save(&b, "PNG");
    return out;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_samples;
    QJsonArray m_manifest;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_samples = m_dir.filePath(QStringLiteral("samples"));
        QProcess gen;
        gen.start(test::samplesGeneratorPath(), {m_samples});
        QVERIFY(gen.waitForFinished(-1));
        QCOMPARE(gen.exitCode(), 0);
        QFile f(m_samples + QStringLiteral("/manifest.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_manifest = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("files")).toArray();
        QVERIFY(!m_manifest.isEmpty());
        QVERIFY(QFile::remove(f.fileName())); // only documents in the folder from here on
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no command") << QStringList{} << 2;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_qs} << 2;
        QTest::newRow("recognize without paths") << QStringList{u"recognize"_qs} << 2;
        QTest::newRow("unknown option") << QStringList{u"recognize"_qs, u"--bogus"_qs, u"x"_qs} << 2;
        QTest::newRow("bad format") << QStringList{u"recognize"_qs, u"--format"_qs, u"xml"_qs, u"x"_qs} << 2;
        QTest::newRow("bad jobs") << QStringList{u"recognize"_qs, u"--jobs"_qs, u"0"_qs, u"x"_qs} << 2;
        QTest::newRow("unknown provider") << QStringList{u"recognize"_qs, u"--provider"_qs, u"acme"_qs, u"x"_qs} << 2;
        QTest::newRow("render without out") << QStringList{u"render"_qs, u"x.pdf"_qs} << 2;
        QTest::newRow("render bad dpi") << QStringList{u"render"_qs, u"x.pdf"_qs, u"--dpi"_qs, u"0"_qs, u"--out"_qs,
                                                       u"y.png"_qs} << 2;
        QTest::newRow("help") << QStringList{u"--help"_qs} << 0;
        QTest::newRow("version") << QStringList{u"--version"_qs} << 0;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const Run r = runCli(args);
        QCOMPARE(r.exitCode, exitCode);
        if (exitCode == 2)
            QVERIFY2(!r.err.isEmpty(), "a usage error says what is wrong on standard error");
    }

    void recognizesSamplesAsJson()
    {
        const Run r = runCli({u"recognize"_qs, u"--format"_qs, u"json"_qs, m_samples});
        QCOMPARE(r.exitCode, 0);
        QString error;
        const auto docs = documentsFromJson(r.out, &error);
        QVERIFY2(docs.has_value(), qPrintable(error));
        QCOMPARE(docs->size(), 6);
        int checked = 0;
        for (const QJsonValue &v : std::as_const(m_manifest)) {
            const QJsonObject truth = v.toObject();
            const QString file = truth.value(QStringLiteral("file")).toString();
            const int page = truth.value(QStringLiteral("page")).toInt(1);
            const RecognizedDocument *doc = nullptr;
            for (const RecognizedDocument &d : *docs)
                if (d.file.endsWith(QLatin1Char('/') + file))
                    doc = &d;
            QVERIFY2(doc, qPrintable(file));
            QVERIFY2(!doc->error, qPrintable(file));
            const Invoice *inv = nullptr;
            for (const Invoice &i : doc->invoices)
                if (i.page == page)
                    inv = &i;
            QVERIFY2(inv, qPrintable(file));
            const QString number = truth.value(QStringLiteral("invoice_number")).toString();
            QCOMPARE(inv->value(QStringLiteral("number")), number);
            QCOMPARE(inv->value(QStringLiteral("date")), truth.value(QStringLiteral("date")).toString());
            const bool imageOnly = truth.value(QStringLiteral("kind")).toString() == u"image";
            if (!imageOnly) {
                QCOMPARE(inv->value(QStringLiteral("total")), truth.value(QStringLiteral("total")).toString());
                QCOMPARE(inv->value(QStringLiteral("seller_tax_id")),
                         truth.value(QStringLiteral("seller_tax_id")).toString());
                QVERIFY2(inv->findings.isEmpty(), qPrintable(file + QStringLiteral(": ")
                                                             + (inv->findings.isEmpty() ? QString()
                                                                                        : inv->findings.first().message)));
                QVERIFY(!inv->fields.value(QStringLiteral("number")).polygon.isEmpty());
            }
            QCOMPARE(invoiceTypeKey(inv->type), truth.value(QStringLiteral("type")).toString());
            ++checked;
        }
        QCOMPARE(checked, m_manifest.size());
    }

    void oneBadFileFailsOnlyItself()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(m_samples + QStringLiteral("/digital-special.pdf"),
                            dir.filePath(QStringLiteral("good.pdf"))));
        QFile bad(dir.filePath(QStringLiteral("bad.pdf")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("%PDF-1.7 truncated");
        bad.close();
        const QString out = dir.filePath(QStringLiteral("result.json"));
        const Run r = runCli({u"recognize"_qs, u"--out"_qs, out, dir.path(),
                              dir.filePath(QStringLiteral("missing.pdf"))});
        QCOMPARE(r.exitCode, 1);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto docs = documentsFromJson(f.readAll(), nullptr);
        QVERIFY(docs);
        QCOMPARE(docs->size(), 3);
        QMap<QString, QString> errors;
        for (const RecognizedDocument &d : *docs)
            errors.insert(QFileInfo(d.file).fileName(), d.error ? d.error->code : QStringLiteral("ok"));
        QCOMPARE(errors.value(QStringLiteral("good.pdf")), QStringLiteral("ok"));
        QCOMPARE(errors.value(QStringLiteral("bad.pdf")), QStringLiteral("pdf_corrupt"));
        QCOMPARE(errors.value(QStringLiteral("missing.pdf")), QStringLiteral("unreadable"));
    }

    void unreadableEntriesInAFolderAreReported()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(m_samples + QStringLiteral("/digital-special.pdf"), dir.filePath(QStringLiteral("good.pdf"))));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("gone.pdf")), dir.filePath(QStringLiteral("broken.pdf"))));
        QVERIFY(QProcess::execute(QStringLiteral("mkfifo"), {dir.filePath(QStringLiteral("pipe.pdf"))}) == 0);
        const Run r = runCli({u"recognize"_qs, u"--format"_qs, u"json"_qs, dir.path()});
        QCOMPARE(r.exitCode, 1);
        const auto docs = documentsFromJson(r.out, nullptr);
        QVERIFY(docs);
        QMap<QString, QString> codes;
        for (const RecognizedDocument &d : *docs)
            codes.insert(QFileInfo(d.file).fileName(), d.error ? d.error->code : QStringLiteral("ok"));
        QCOMPARE(codes.value(QStringLiteral("good.pdf")), QStringLiteral("ok"));
        QCOMPARE(codes.value(QStringLiteral("broken.pdf")), QStringLiteral("unreadable"));
        QCOMPARE(codes.value(QStringLiteral("pipe.pdf")), QStringLiteral("unreadable"));
    }

    void duplicatesAcrossTheRunAreFlagged()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(m_samples + QStringLiteral("/digital-special.pdf"), dir.filePath(QStringLiteral("a.pdf"))));
        QVERIFY(QFile::copy(m_samples + QStringLiteral("/digital-special.pdf"), dir.filePath(QStringLiteral("b.pdf"))));
        const Run r = runCli({u"recognize"_qs, u"--format"_qs, u"json"_qs, dir.path()});
        QCOMPARE(r.exitCode, 0);
        const auto docs = documentsFromJson(r.out, nullptr);
        QVERIFY(docs);
        for (const RecognizedDocument &d : *docs) {
            QCOMPARE(d.invoices.size(), 1);
            QStringList rules;
            for (const Finding &f : d.invoices.first().findings)
                rules.append(f.rule);
            QVERIFY2(rules.contains(QStringLiteral("duplicate")), qPrintable(rules.join(u',')));
        }
    }

    void csvAndTable()
    {
        const Run csv = runCli({u"recognize"_qs, u"--format"_qs, u"csv"_qs, m_samples});
        QCOMPARE(csv.exitCode, 0);
        const QList<QByteArray> lines = csv.out.trimmed().split('\n');
        QVERIFY(lines.first().startsWith("file,page,type,code,number,date,pretax_amount"));
        QCOMPARE(lines.size(), 1 + m_manifest.size());
        const Run table = runCli({u"recognize"_qs, u"--format"_qs, u"table"_qs, m_samples});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("digital_special"));
        QVERIFY(table.out.contains("6 document(s), 7 invoice(s), 0 failed"));
    }

    void providersListsLocalAsConfigured()
    {
        const Run r = runCli({u"providers"_qs, u"--format"_qs, u"json"_qs});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray providers = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("providers")).toArray();
        QVERIFY(providers.size() >= 6);
        QCOMPARE(providers.first().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("local"));
        QVERIFY(providers.first().toObject().value(QStringLiteral("configured")).toBool());
    }

    void renderWritesThePageImage()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("page.png"));
        const Run r = runCli({u"render"_qs, m_samples + QStringLiteral("/multi-page.pdf"), u"--page"_qs, u"2"_qs,
                              u"--dpi"_qs, u"150"_qs, u"--out"_qs, png});
        QCOMPARE(r.exitCode, 0);
        const QImage img(png);
        QVERIFY(!img.isNull());
        QVERIFY(img.width() > 1000 && img.width() < 1400); // a 210 mm wide page at 150 dpi: 1240 px
        const Run outOfRange = runCli({u"render"_qs, m_samples + QStringLiteral("/multi-page.pdf"), u"--page"_qs,
                                       u"3"_qs, u"--out"_qs, png});
        QCOMPARE(outOfRange.exitCode, 2);
    }

    // http(s) arguments are remote documents: sent to the vendor as URLs (Tencent fetches it,
    // the CLI downloads nothing), `file` is the URL as given, the query never in a log line;
    // local refuses them, `auto` needs a configured provider that takes URLs.
    void urlArgumentsGoToTheVendorAsUrls()
    {
        const QString id = QStringLiteral("AKIDcliFAKE0000000000000000000000001");
        const QString key = QStringLiteral("cliSecretKeyFAKE000000000000000001");
        test::FakeTencentServer tencent(id, key);
        QVERIFY(tencent.start());
        const QString url = QStringLiteral("https://files.example.com/scans/a.png?e=1&sig=CLIURLTOKEN");
        tencent.publish(url, smallPng());
        QTemporaryDir home;
        const QProcessEnvironment env = vendorEnvironment(home.path(), &tencent, id, key);

        const Run r = runCliServing({u"recognize"_qs, u"--provider"_qs, u"tencent-vat"_qs, u"--format"_qs, u"json"_qs, url},
                                    env);
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QString error;
        const auto docs = documentsFromJson(r.out, &error);
        QVERIFY2(docs, qPrintable(error));
        QCOMPARE(docs->size(), 1);
        QCOMPARE(docs->first().file, url);
        QCOMPARE(docs->first().provider, QStringLiteral("tencent-vat"));
        QCOMPARE(docs->first().invoices.size(), 1);
        QCOMPARE(docs->first().invoices.first().value(QStringLiteral("number")), QStringLiteral("12345678"));
        QCOMPARE(tencent.requestCount(), 1);
        QCOMPARE(QJsonDocument::fromJson(tencent.requests().last().body).object().value(QStringLiteral("ImageUrl")).toString(),
                 url);
        QCOMPARE(tencent.fetchedUrls(), QStringList{url});
        QVERIFY(!r.err.contains("CLIURLTOKEN"));

        // The same URL again: from the cache (keyed by the URL), no vendor call; --no-cache asks.
        const Run again = runCliServing({u"recognize"_qs, u"--provider"_qs, u"auto"_qs, u"--format"_qs, u"json"_qs, url},
                                        env);
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(documentsFromJson(again.out, nullptr)->first().provider, QStringLiteral("tencent-vat"));
        QCOMPARE(tencent.requestCount(), 1);
        QCOMPARE(runCliServing({u"recognize"_qs, u"--provider"_qs, u"tencent-vat"_qs, u"--no-cache"_qs, u"--format"_qs,
                                u"json"_qs, url}, env).exitCode, 0);
        QCOMPARE(tencent.requestCount(), 2);

        // local downloads nothing: a per-document error, the others unaffected.
        const Run local = runCliServing({u"recognize"_qs, u"--format"_qs, u"json"_qs, url,
                                         m_samples + QStringLiteral("/digital-special.pdf")}, env);
        QCOMPARE(local.exitCode, 1);
        const auto localDocs = documentsFromJson(local.out, nullptr);
        QVERIFY(localDocs);
        QCOMPARE(localDocs->size(), 2);
        for (const RecognizedDocument &d : *localDocs) {
            if (d.file == url)
                QCOMPARE(d.error->code, QStringLiteral("unsupported_input"));
            else
                QVERIFY(!d.error);
        }

        // auto without any vendor keys: a clear per-document error.
        const Run none = runCliServing({u"recognize"_qs, u"--provider"_qs, u"auto"_qs, u"--format"_qs, u"json"_qs, url},
                                       vendorEnvironment(home.path(), nullptr));
        QCOMPARE(none.exitCode, 1);
        const auto noneDocs = documentsFromJson(none.out, nullptr);
        QVERIFY(noneDocs);
        QCOMPARE(noneDocs->first().file, url);
        QCOMPARE(noneDocs->first().error->code, QStringLiteral("no_provider"));
        QVERIFY(noneDocs->first().error->message.contains(QStringLiteral("tencent-vat")));
        QCOMPARE(tencent.requestCount(), 2);

        // `providers` says which take URLs.
        const Run list = runCli({u"providers"_qs, u"--format"_qs, u"json"_qs}, env);
        QCOMPARE(list.exitCode, 0);
        const QJsonArray providers = QJsonDocument::fromJson(list.out).object().value(QStringLiteral("providers")).toArray();
        for (const QJsonValue &v : providers) {
            const QJsonObject o = v.toObject();
            const bool byUrl = o.value(QStringLiteral("accepts")).toArray().contains(QStringLiteral("url"));
            QCOMPARE(byUrl, o.value(QStringLiteral("id")).toString() != u"local");
        }

        // No log line carries the URL's query.
        QDirIterator logs(home.path(), {QStringLiteral("*.log")}, QDir::Files, QDirIterator::Subdirectories);
        int read = 0;
        while (logs.hasNext()) {
            QFile f(logs.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(!f.readAll().contains("CLIURLTOKEN"));
            ++read;
        }
        QVERIFY(read > 0);
    }

    void secretsNeverReachOutputOrLogs()
    {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString secret = QStringLiteral("SECRET-MARKER-7f3a9c");
        env.insert(QStringLiteral("TENCENTCLOUD_SECRET_ID"), QStringLiteral("AKID-") + secret);
        env.insert(QStringLiteral("TENCENTCLOUD_SECRET_KEY"), secret);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
        env.insert(QStringLiteral("REIMBURSE_VERBOSE"), QStringLiteral("1"));
        const Run a = runCli({u"providers"_qs, u"--format"_qs, u"json"_qs}, env);
        const Run b = runCli({u"recognize"_qs, u"--format"_qs, u"json"_qs, m_samples}, env);
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(b.exitCode, 0);
        for (const QByteArray &text : {a.out, a.err, b.out, b.err})
            QVERIFY(!text.contains(secret.toUtf8()));
        QFile log(home.path() + QStringLiteral("/reimburse/reimburse-cli/logs/reimburse-cli.log"));
        if (!log.exists())
            log.setFileName(home.path() + QStringLiteral("/reimburse/reimburse/logs/reimburse-cli.log"));
        QVERIFY2(log.open(QIODevice::ReadOnly), qPrintable(log.fileName()));
        const QByteArray logText = log.readAll();
        QVERIFY(logText.contains("invoice(s)"));
        QVERIFY(!logText.contains(secret.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
