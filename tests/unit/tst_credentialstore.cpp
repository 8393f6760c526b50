// Credential stores: memory, environment (the CLI's variable names) and the real OS keychain
// through QtKeychain. The keychain case runs where a Secret Service answers: when the test
// has no session bus it re-runs itself under `dbus-run-session` with an unlocked
// gnome-keyring, and skips (saying why) when neither is available.
#include "core/credentialstore.h"
#include "core/envcredentialstore.h"
#include "core/keychaincredentialstore.h"
#include "core/memorycredentialstore.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace ra;

class TestCredentialStore : public QObject
{
    Q_OBJECT
private slots:
    void memoryStore();
    void envNames_data();
    void envNames();
    void envStoreReadsOnly();
    void hasAll();
    void desktopFallbackSaysSessionOnly();
    void realKeychain();

private:
    void exerciseKeychain();
};

void TestCredentialStore::memoryStore()
{
    MemoryCredentialStore s;
    QVERIFY(!s.isPersistent());
    QVERIFY(s.read(QStringLiteral("tencent"), QStringLiteral("secret_id")).isNull());
    QVERIFY(s.write(QStringLiteral("tencent"), QStringLiteral("secret_id"), QStringLiteral("AKID1")));
    QCOMPARE(s.read(QStringLiteral("tencent"), QStringLiteral("secret_id")), QStringLiteral("AKID1"));
    QVERIFY(s.read(QStringLiteral("qiniu"), QStringLiteral("secret_id")).isNull());   // per account
    QVERIFY(s.remove(QStringLiteral("tencent"), QStringLiteral("secret_id")));
    QVERIFY(s.read(QStringLiteral("tencent"), QStringLiteral("secret_id")).isNull());
}

void TestCredentialStore::envNames_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("variable");
    QTest::newRow("tencent id") << "tencent" << "secret_id" << "TENCENTCLOUD_SECRET_ID";
    QTest::newRow("tencent key") << "tencent" << "secret_key" << "TENCENTCLOUD_SECRET_KEY";
    QTest::newRow("tencent region") << "tencent" << "region" << "TENCENTCLOUD_REGION";
    QTest::newRow("qiniu ak") << "qiniu" << "access_key" << "QINIU_ACCESS_KEY";
    QTest::newRow("qiniu sk") << "qiniu" << "secret_key" << "QINIU_SECRET_KEY";
    QTest::newRow("qiniu bucket") << "qiniu" << "bucket" << "QINIU_BUCKET";
    QTest::newRow("qiniu domain") << "qiniu" << "bucket_domain" << "QINIU_BUCKET_DOMAIN";
    QTest::newRow("qiniu private") << "qiniu" << "private_bucket" << "QINIU_PRIVATE_BUCKET";
    QTest::newRow("ekuaibao key") << "ekuaibao" << "app_key" << "EKUAIBAO_APP_KEY";
    QTest::newRow("ekuaibao security") << "ekuaibao" << "app_security" << "EKUAIBAO_APP_SECURITY";
    QTest::newRow("deepfinch id") << "deepfinch" << "api_id" << "DEEPFINCH_API_ID";
    QTest::newRow("deepfinch secret") << "deepfinch" << "api_secret" << "DEEPFINCH_API_SECRET";
    QTest::newRow("unknown") << "tencent" << "password" << "";
}

void TestCredentialStore::envNames()
{
    QFETCH(QString, account);
    QFETCH(QString, key);
    QFETCH(QString, variable);
    QCOMPARE(EnvCredentialStore::variableName(account, key), variable);
}

void TestCredentialStore::envStoreReadsOnly()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("TENCENTCLOUD_SECRET_ID"), QStringLiteral(" AKIDENV \n"));
    EnvCredentialStore s(env);
    QCOMPARE(s.read(QStringLiteral("tencent"), QStringLiteral("secret_id")), QStringLiteral("AKIDENV"));
    QVERIFY(s.read(QStringLiteral("tencent"), QStringLiteral("secret_key")).isNull());
    QVERIFY(!s.isWritable());
    QVERIFY(!s.write(QStringLiteral("tencent"), QStringLiteral("secret_key"), QStringLiteral("VALUE-NOT-ECHOED")));
    QVERIFY(s.lastError().contains(QStringLiteral("TENCENTCLOUD_SECRET_KEY")));
    QVERIFY(!s.lastError().contains(QStringLiteral("VALUE-NOT-ECHOED")));
}

void TestCredentialStore::hasAll()
{
    MemoryCredentialStore s;
    const QStringList keys = {QStringLiteral("secret_id"), QStringLiteral("secret_key")};
    QVERIFY(!s.hasAll(QStringLiteral("tencent"), keys));
    s.write(QStringLiteral("tencent"), QStringLiteral("secret_id"), QStringLiteral("a"));
    s.write(QStringLiteral("tencent"), QStringLiteral("secret_key"), QString());
    QVERIFY(!s.hasAll(QStringLiteral("tencent"), keys));   // empty is missing
    s.write(QStringLiteral("tencent"), QStringLiteral("secret_key"), QStringLiteral("b"));
    QVERIFY(s.hasAll(QStringLiteral("tencent"), keys));
}

void TestCredentialStore::desktopFallbackSaysSessionOnly()
{
    if (qEnvironmentVariableIsSet("RA_KEYCHAIN_CHILD"))
        QSKIP("covered by the parent run");
    // Without any session bus no keychain can answer: the app gets a session-only store and
    // a sentence saying so.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    QString status;
    std::unique_ptr<CredentialStore> store = KeychainCredentialStore::openForDesktop(&status);
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    QVERIFY(store);
    if (store->isPersistent())
        QSKIP("a keychain answered even without a session bus");
    QCOMPARE(store->backendName(), QStringLiteral("memory"));
    QVERIFY(status.contains(QStringLiteral("only until you quit")));
    // What the backend said (a D-Bus error) is for the log, not the person.
    QVERIFY2(!status.contains(QStringLiteral("connect")), qPrintable(status));
}

void TestCredentialStore::exerciseKeychain()
{
    KeychainCredentialStore store(QStringLiteral("reimburse-test"));
    QString why;
    if (!store.probe(&why))
        QSKIP(qPrintable(QStringLiteral("no Secret Service answers: ") + why));
    const QString value = QStringLiteral("kc-secret-") + QString::number(QCoreApplication::applicationPid());
    QVERIFY2(store.write(QStringLiteral("tencent"), QStringLiteral("secret_key"), value), qPrintable(store.lastError()));
    KeychainCredentialStore fresh(QStringLiteral("reimburse-test"));   // no in-memory copy: really read back
    QCOMPARE(fresh.read(QStringLiteral("tencent"), QStringLiteral("secret_key")), value);
    QVERIFY(fresh.remove(QStringLiteral("tencent"), QStringLiteral("secret_key")));
    KeychainCredentialStore again(QStringLiteral("reimburse-test"));
    QVERIFY(again.read(QStringLiteral("tencent"), QStringLiteral("secret_key")).isNull());
}

void TestCredentialStore::realKeychain()
{
    if (qEnvironmentVariableIsSet("RA_KEYCHAIN_CHILD")) {
        exerciseKeychain();
        return;
    }
    const QString runSession = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    const QString keyring = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (runSession.isEmpty() || keyring.isEmpty())
        QSKIP("no dbus-run-session / gnome-keyring-daemon here (scripts/install-deps.sh installs them)");
    // A private session bus with an unlocked keyring, this test function run inside it.
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RA_KEYCHAIN_CHILD"), QStringLiteral("1"));
    QTemporaryDir home;   // the keyring's files, gone afterwards
    QVERIFY(home.isValid());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    const QString script = QStringLiteral(
        "printf 'test' | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; "
        "exec \"$0\" realKeychain");
    child.start(runSession, {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), script,
                             QCoreApplication::applicationFilePath()});
    QVERIFY(child.waitForFinished(120000));
    const QString out = QString::fromLocal8Bit(child.readAll());
    if (out.contains(QStringLiteral("SKIP")))
        QSKIP(qPrintable(QStringLiteral("keychain child skipped: ") + out.section(QStringLiteral("SKIP"), 1).trimmed().left(300)));
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("PASS   : TestCredentialStore::realKeychain")), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
