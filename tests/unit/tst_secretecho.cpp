// Secrets never stored (issue #13): a misbehaving endpoint that echoes back what it was sent (ids,
// keys, the Authorization header, a login body, the access token), under names no redaction rule
// knows, must not get any of it into the claim file, the JSON output or the log file, even with
// REIMBURSE_VERBOSE=1. The real reimburse-cli against the fakes on loopback, once per vendor.
// docs/security.md, "Secrets never stored".
#include "fakes/deepfinchfakeserver.h"
#include "fakes/ekuaibaofakeserver.h"
#include "fakes/faketencentserver.h"
#include "core/httpredaction.h"
#include "secretvalues.h"
#include "testpaths.h"
#include "vendortestbase.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ra;

namespace {

struct Vendor
{
    QString provider;                 // --provider
    QMap<QString, QString> secrets;   // environment variable → value
    QString endpointVariable;
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSecretEcho : public QObject
{
    Q_OBJECT

private slots:
    void echoedSecretsAreNeverStored_data()
    {
        QTest::addColumn<QString>("vendor");
        QTest::newRow("deepfinch") << u"deepfinch"_s;
        QTest::newRow("ekuaibao") << u"ekuaibao"_s;
        QTest::newRow("tencent-vat") << u"tencent-vat"_s;
    }

    void echoedSecretsAreNeverStored()
    {
        QFETCH(QString, vendor);
        std::unique_ptr<test::FakeVendorServer> fake;
        Vendor v;
        if (vendor == u"deepfinch") {
            v = {u"deepfinch"_s,
                 {{u"DEEPFINCH_API_ID"_s, u"df-id-7f3a9c21"_s}, {u"DEEPFINCH_API_SECRET"_s, u"df-secret-e81b44d0c9"_s}},
                 u"REIMBURSE_DEEPFINCH_ENDPOINT"_s};
            fake = std::make_unique<test::DeepFinchFakeServer>(u"df-id-7f3a9c21"_s, u"df-secret-e81b44d0c9"_s);
        } else if (vendor == u"ekuaibao") {
            v = {u"ekuaibao"_s,
                 {{u"EKUAIBAO_APP_KEY"_s, u"ek-key-52d1f0aa"_s}, {u"EKUAIBAO_APP_SECURITY"_s, u"ek-security-9c07be33d1"_s}},
                 u"REIMBURSE_EKUAIBAO_ENDPOINT"_s};
            fake = std::make_unique<test::EkuaibaoFakeServer>(u"ek-key-52d1f0aa"_s, u"ek-security-9c07be33d1"_s);
        } else {
            v = {u"tencent-vat"_s,
                 {{u"TENCENTCLOUD_SECRET_ID"_s, u"AKIDecho5f2c9b8e1d"_s},
                  {u"TENCENTCLOUD_SECRET_KEY"_s, u"tc-key-0d9e8f7a6b5c"_s}},
                 u"REIMBURSE_TENCENT_ENDPOINT"_s};
            fake = std::make_unique<test::FakeTencentServer>(u"AKIDecho5f2c9b8e1d"_s, u"tc-key-0d9e8f7a6b5c"_s);
        }
        fake->setEchoRequest(true);
        QVERIFY(fake->start());

        QTemporaryDir home;
        QVERIFY(home.isValid());
        QDir(home.path()).mkpath(u"in"_s);
        const QString input = home.filePath(u"in/发票1.png"_s);
        {
            QFile f(input);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(test::VendorTestBase::plainPng(800, 600, u"01234599"_s));
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &k : env.keys())
            if (k.startsWith(u"REIMBURSE_") || k.startsWith(u"TENCENTCLOUD_") || k.startsWith(u"QINIU_")
                || k.startsWith(u"EKUAIBAO_") || k.startsWith(u"DEEPFINCH_"))
                env.remove(k);
        for (auto it = v.secrets.cbegin(); it != v.secrets.cend(); ++it)
            env.insert(it.key(), it.value());
        env.insert(v.endpointVariable, fake->baseUrl().toString());
        env.insert(u"REIMBURSE_VERBOSE"_s, u"1"_s);
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
        env.insert(u"LANG"_s, u"C.UTF-8"_s);

        const QString claim = home.filePath(u"trip.claim"_s);
        const QString out = home.filePath(u"out.json"_s);
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(test::cliPath(), {u"recognize"_s, u"--provider"_s, v.provider, u"--format"_s, u"json"_s,
                                    u"--claim"_s, claim, u"--out"_s, out, input});
        // The fake answers from this thread's event loop while the command runs.
        QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 180000);
        const QByteArray stdOut = cli.readAllStandardOutput();
        const QByteArray stdErr = cli.readAllStandardError();
        QVERIFY2(cli.exitCode() == 0, stdErr.right(1500).constData());
        QVERIFY(fake->requestCount() > 0);

        // The echo did reach what is kept: the claim holds the (redacted) raw responses.
        QByteArray kept = readAll(claim) + readAll(claim + u"-wal"_s);
        QVERIFY2(kept.contains("\"echo\""), "the fake's echo is not in the claim: the test proves nothing");
        QVERIFY(QFileInfo::exists(out));
        QByteArray everything = kept + readAll(out) + stdOut + stdErr;
        bool sawLog = false;
        for (QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();) {
            const QString f = it.next();
            if (f.endsWith(u".log"_s))
                sawLog = true;
            if (!f.endsWith(u".png"_s))
                everything += readAll(f);
        }
        QVERIFY2(sawLog, "no log file was written");
        for (auto it = v.secrets.cbegin(); it != v.secrets.cend(); ++it) {
            const QByteArray secret = it.value().toUtf8();
            QVERIFY2(!everything.contains(secret),
                     qPrintable(u"%1 (%2) was stored or printed"_s.arg(it.key(), it.value())));
        }
        QVERIFY(everything.contains(secrets::kMask));
    }

    // The rule behind it, in process: a body that echoes held values under any name, and one that
    // names secrets, come back masked; a body with nothing to mask comes back byte for byte.
    void responseBodiesAreRedacted()
    {
        secrets::remember(u"held-value-123456"_s);
        secrets::remember(u"short"_s);   // too short to be masked everywhere
        const QByteArray echoed = R"({"note":"held-value-123456","url":"a?x=held-value-123456","AccessKey":"xyz987"})";
        const QByteArray redacted = net::redactBody(echoed);
        QVERIFY2(!redacted.contains("held-value-123456") && !redacted.contains("xyz987"), redacted.constData());
        QVERIFY(redacted.contains("\"note\""));
        const QByteArray plain = "{\"InvoiceNum\": \"01234599\", \"short\": \"short\"}";
        QCOMPARE(net::redactBody(plain), plain);
        static const char kBinary[] = "\x89PNG\r\n\x1a\nheld-value-123456\xff\xfe";
        const QByteArray binary(kBinary, sizeof kBinary - 1); // the bytes, not the literal's NUL
        QVERIFY(!net::redactBody(binary).contains("held-value-123456"));
        QVERIFY(net::redactBody(binary).startsWith("\x89PNG"));
        QCOMPARE(net::redactHeader("X-DF-API-ID", "df-id-1"), QByteArray(net::kRedacted));
        secrets::forgetAll();
    }
};

QTEST_MAIN(TestSecretEcho)
#include "tst_secretecho.moc"
