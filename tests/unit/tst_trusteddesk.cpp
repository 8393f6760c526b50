// The review desk can be trusted: no crash when the credential store answers late while jobs
// finish, the keychain only when a cloud provider needs it, every file in the claim from the
// moment it is accepted (and after a kill -9), recovery in a bar, unique shortcuts.
#include "appsettings.h"
#include "claim/claimdocument.h"
#include "claim/claimstore.h"
#include "claimsession.h"
#include "core/memorycredentialstore.h"
#include "core/providerservices.h"
#include "deskfixtures.h"
#include "export/claimsummary.h"
#include "invoicelistpanel.h"
#include "money.h"
#include "importcontroller.h"
#include "invoicelistmodel.h"
#include "invoicestatus.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "providerhost.h"
#include "sampleclaim.h"
#include "testpaths.h"

#include <QAction>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <cstdio>
#include <unistd.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace ra;

namespace {

ClaimData onDisk(const QString &path)
{
    ClaimStore store;
    if (!store.open(path, ClaimStore::OpenMode::ReadOnly))
        return {};
    return store.load().value_or(ClaimData());
}

struct KeychainProbe
{
    int calls = 0;
};

} // namespace

class TestTrustedDesk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    int m_counter = 0;

    struct Setup
    {
        MainWindow::Options::KeychainOpener opener;   // null: a fixed session store
        QString untitledDir;
        bool offerRecovery = false;
    };

    std::unique_ptr<MainWindow> makeWindow() { return makeWindow(Setup{}); }
    std::unique_ptr<MainWindow> makeWindow(Setup setup)
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings-%1.ini"_s.arg(++m_counter)),
                                                 QSettings::IniFormat);
        MainWindow::Options o;
        o.settings = m_settings.get();
        if (setup.opener)
            o.keychainOpener = setup.opener;
        else
            o.credentials = std::make_shared<MemoryCredentialStore>();
        o.ledgerPath = u"-"_s;
        o.untitledDir = setup.untitledDir.isEmpty() ? m_dir.filePath(u"untitled-%1"_s.arg(m_counter)) : setup.untitledDir;
        o.cacheDirectory = m_dir.filePath(u"cache"_s);
        o.offerRecovery = setup.offerRecovery;
        auto w = std::make_unique<MainWindow>(std::move(o));
        w->resize(1280, 800);
        w->show();
        return w;
    }

    QStringList qrFiles(const QString &prefix, int count)
    {
        QStringList files;
        for (int i = 0; i < count; ++i)
            files << test::writeFile(m_dir, u"%1-%2.png"_s.arg(prefix).arg(i),
                                     test::qrPhoto({test::qrPayload(u"%1%2"_s.arg(prefix.size() % 10).arg(1000000 + i),
                                                                    u"%1.00"_s.arg(10 + i))}));
        return files;
    }

    // A keychain that fails as QtKeychain does without a Secret Service: later, from the event
    // loop, while whatever else is queued (finishing import jobs) runs meanwhile.
    static MainWindow::Options::KeychainOpener failingLate(std::shared_ptr<KeychainProbe> probe,
                                                           std::function<bool()> until)
    {
        return [probe, until](QString *status) -> std::shared_ptr<CredentialStore> {
            ++probe->calls;
            QEventLoop loop;
            QTimer poll;
            QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
                if (until())
                    loop.quit();
            });
            poll.start(1);
            QTimer::singleShot(20000, &loop, &QEventLoop::quit);
            loop.exec();
            status->clear();
            return nullptr;
        };
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void keychainIsNotOpenedAtStartNorForLocalRecognition()
    {
        auto probe = std::make_shared<KeychainProbe>();
        auto w = makeWindow({failingLate(probe, [] { return true; }), {}, false});
        const QStringList files = qrFiles(u"local"_s, 3);
        w->importFiles(files);
        QTRY_COMPARE_WITH_TIMEOUT(w->claim()->invoices().size(), qsizetype(3), 30000);
        QTRY_VERIFY(!w->importer()->isBusy());
        QCOMPARE(probe->calls, 0);
        QVERIFY(!w->providerHost()->keychainTried());
        QVERIFY(w->noticeBar()->isHidden());
    }

    void keychainOpensOnceForACloudProviderAndSaysWhatItMeans()
    {
        auto probe = std::make_shared<KeychainProbe>();
        auto w = makeWindow({failingLate(probe, [] { return true; }), {}, false});
        w->appSettings()->setDefaultProvider(u"image"_s, u"tencent-vat"_s);
        w->importFiles(qrFiles(u"cloud"_s, 2));
        QCOMPARE(probe->calls, 1);
        QVERIFY(w->noticeBar()->isVisible());
        QVERIFY2(w->noticeBar()->text().contains(u"only until you quit"_s), qPrintable(w->noticeBar()->text()));
        // Without keys the vendor is never called: each file gets a row that says so.
        QTRY_VERIFY_WITH_TIMEOUT(!w->importer()->isBusy(), 30000);
        QCOMPARE(w->claim()->intake().size(), qsizetype(2));
        for (const ClaimIntake &e : w->claim()->intake())
            QCOMPARE(e.state, ClaimIntake::State::Failed);
        // Once per session.
        w->noticeBar()->hide();
        w->importFiles(qrFiles(u"again"_s, 1));
        QCOMPARE(probe->calls, 1);
        QVERIFY(w->noticeBar()->isHidden());
        QTRY_VERIFY_WITH_TIMEOUT(!w->importer()->isBusy(), 30000);
    }

    // The start-up crash: the keychain answered (with a failure) while the start-up import's jobs
    // were finishing, and the provider services were rebuilt inside a job's own `finished`
    // signal. Here the store fails late while jobs finish, and a rebuild is requested from
    // inside the import's own signal, as the old code did.
    void credentialStoreFailingWhileJobsFinishLosesNothing()
    {
        auto probe = std::make_shared<KeychainProbe>();
        MainWindow *window = nullptr;
        int addedSignals = 0;
        auto w = makeWindow({failingLate(probe, [&] { return addedSignals >= 2 || (window && !window->importer()->isBusy()); }),
                             {}, false});
        window = w.get();
        int rebuilds = 0;
        connect(w->importer(), &ImportController::invoicesAdded, this, [&] {
            ++addedSignals;
            if (rebuilds++ < 3)
                w->providerHost()->requestRebuild();   // from inside the job's signal chain
        });
        ProviderServices *first = w->providerHost()->services();
        const QStringList files = qrFiles(u"race"_s, 12);
        w->importFiles(files);
        QTRY_VERIFY_WITH_TIMEOUT(w->importer()->isBusy(), 30000);
        w->providerHost()->ensureKeychain();   // answers late, while jobs finish
        QCOMPARE(probe->calls, 1);
        QTRY_VERIFY_WITH_TIMEOUT(!w->importer()->isBusy(), 60000);
        QCOMPARE(w->claim()->invoices().size(), qsizetype(12));
        QVERIFY(w->claim()->intake().isEmpty());
        // The rebuild waited for the batch; the old services go once none of their jobs is alive.
        QTRY_VERIFY(w->providerHost()->services() != first);
        QTRY_COMPARE_WITH_TIMEOUT(w->providerHost()->retiredCount(), 0, 10000);
        // And the next batch runs on the new services.
        w->importFiles(qrFiles(u"after"_s, 2));
        QTRY_COMPARE_WITH_TIMEOUT(w->claim()->invoices().size(), qsizetype(14), 30000);
    }

    void everyFileIsInTheClaimFileFromTheMomentItIsAccepted()
    {
        auto w = makeWindow();
        const QStringList files = qrFiles(u"accepted"_s, 8) + QStringList{test::writeFile(m_dir, u"broken.pdf"_s, "%PDF-1.4 broken")};
        int onDiskAtAcceptance = -1;
        connect(w->claim(), &ClaimDocument::changed, this, [&](const ClaimChange &c) {
            if (c.kind != ClaimChange::Kind::IntakeAdded || onDiskAtAcceptance >= 0)
                return;
            w->claim()->flush();
            const ClaimData data = onDisk(w->claim()->filePath());
            onDiskAtAcceptance = int(data.intake.size() + data.originals.size());
        });
        w->importFiles(files);
        QTRY_VERIFY_WITH_TIMEOUT(onDiskAtAcceptance >= 0, 30000);
        QCOMPARE(onDiskAtAcceptance, 9);   // all of them, in the first commit, before any is read
        QTRY_VERIFY_WITH_TIMEOUT(!w->importer()->isBusy(), 30000);
        QCOMPARE(w->claim()->invoices().size(), qsizetype(8));
        QCOMPARE(w->claim()->intake().size(), qsizetype(1));
        QCOMPARE(w->claim()->intake().constFirst().state, ClaimIntake::State::Failed);
        QVERIFY(!w->claim()->intake().constFirst().errorMessage.isEmpty());

        // A failed file is part of the claim: Save As and reopen keep it, as an error row.
        const QString saved = m_dir.filePath(u"with-failure.claim"_s);
        QVERIFY(w->session()->saveAs(saved));
        auto again = makeWindow();
        QVERIFY(again->openClaim(saved));
        QTRY_VERIFY(!again->isOpeningClaim());
        QCOMPARE(again->claim()->intake().size(), qsizetype(1));
        const int row = again->listModel()->pendingRowOf(int(again->claim()->intake().constFirst().id));
        QVERIFY(row >= 0);
        QCOMPARE(InvoiceStatus(again->listModel()->index(row, 0).data(InvoiceListModel::StatusRole).toInt()),
                 InvoiceStatus::Error);
        // Tried again, it fails again with its reason; nothing else changes.
        again->importer()->retry(again->claim()->intake().constFirst().id);
        QTRY_VERIFY_WITH_TIMEOUT(!again->importer()->isBusy(), 30000);
        QCOMPARE(again->claim()->intake().constFirst().state, ClaimIntake::State::Failed);
        QCOMPARE(again->claim()->invoices().size(), qsizetype(8));
    }

    // kill -9 during an import of 40 files, in a real `reimburse` process; the next start offers
    // the claim in a bar, and Recover brings back every file: the ones read as invoices, the
    // rest as unfinished files that are resumed.
    void killedMidImportEveryFileComesBack()
    {
        if (!QFile::exists(test::guiPath()))
            QSKIP("reimburse is not built");
        QTemporaryDir home;
        const QStringList files = qrFiles(u"killed"_s, 40);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        QProcess app;
        app.setProcessEnvironment(env);
        app.start(test::guiPath(), files);
        QVERIFY(app.waitForStarted());
        const QString untitled = home.filePath(u"data/reimburse/reimburse/untitled"_s);
        // Killed once a few invoices are in (the claim file is read as another program would).
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QFileInfoList claims = QDir(untitled).entryInfoList({u"*.claim"_s}, QDir::Files);
                return !claims.isEmpty() && onDisk(claims.constFirst().absoluteFilePath()).invoices.size() >= 3;
            }(),
            60000);
        app.kill();
        QVERIFY(app.waitForFinished());
        const QString left = QDir(untitled).entryInfoList({u"*.claim"_s}, QDir::Files).constFirst().absoluteFilePath();
        const ClaimData data = onDisk(left);
        QCOMPARE(int(data.invoices.size() + data.intake.size()), 40);   // every file given is there
        qInfo("killed with %d invoices and %d files not yet recognised", int(data.invoices.size()),
              int(data.intake.size()));

        auto w = makeWindow({{}, untitled, true});
        QTRY_VERIFY_WITH_TIMEOUT(w->recoveryBar()->isVisible(), 30000);
        QVERIFY2(w->recoveryBar()->text().contains(u"%1 invoice"_s.arg(data.invoices.size())),
                 qPrintable(w->recoveryBar()->text()));
        if (!data.intake.isEmpty())
            QVERIFY(w->recoveryBar()->text().contains(u"unfinished"_s));
        QCOMPARE(w->recoveryBar()->buttons().size(), 2);
        w->recoveryBar()->buttons().constFirst()->click();   // Recover
        QTRY_VERIFY(!w->isOpeningClaim());
        QTRY_COMPARE_WITH_TIMEOUT(w->claim()->invoices().size(), qsizetype(40), 60000);
        QVERIFY(w->claim()->intake().isEmpty());
        QCOMPARE(QFileInfo(w->claim()->filePath()).absoluteFilePath(), left);
    }

    // Files named on the command line open beside the bar; recovering then loses neither claim:
    // the one with the new files stays untitled and is offered back.
    void recoveringKeepsTheClaimOfTheFilesGivenAtStart()
    {
        const QString untitled = m_dir.filePath(u"both-untitled"_s);
        QString left;
        {
            auto w = makeWindow({{}, untitled, false});
            w->importFiles(qrFiles(u"earlier"_s, 2));
            QTRY_COMPARE_WITH_TIMEOUT(w->claim()->invoices().size(), qsizetype(2), 30000);
            left = w->claim()->filePath();
            w->session()->newClaim();   // the file stays behind, as after a crash
        }
        auto w = makeWindow({{}, untitled, true});
        w->importFiles(qrFiles(u"given"_s, 3));
        QTRY_VERIFY_WITH_TIMEOUT(w->recoveryBar()->isVisible(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(w->claim()->invoices().size(), qsizetype(3), 30000);
        QTRY_VERIFY(!w->importer()->isBusy());
        const QString given = w->claim()->filePath();
        w->recoveryBar()->buttons().constFirst()->click();   // Recover, no question asked
        QTRY_VERIFY(!w->isOpeningClaim());
        QCOMPARE(w->claim()->filePath(), left);
        QCOMPARE(w->claim()->invoices().size(), qsizetype(2));
        QVERIFY(QFile::exists(given));
        QTRY_VERIFY_WITH_TIMEOUT(w->recoveryBar()->isVisible(), 30000);
        QVERIFY2(w->recoveryBar()->text().contains(u"3 invoice"_s), qPrintable(w->recoveryBar()->text()));
    }

    // A FIFO (or a device) among the files given must not hang the import: it is refused
    // without being opened, and the rest comes in.
    void aFifoAmongTheFilesDoesNotHangTheImport()
    {
        auto w = makeWindow();
        const QString fifo = m_dir.filePath(u"not-a-file.pdf"_s);
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        w->importFiles(qrFiles(u"fifo"_s, 2) + QStringList{fifo});
        QTRY_VERIFY_WITH_TIMEOUT(!w->importer()->isBusy() && w->claim()->invoices().size() == 2, 30000);
        QCOMPARE(w->claim()->intake().size(), qsizetype(1));
        QCOMPARE(w->claim()->intake().constFirst().state, ClaimIntake::State::Failed);
    }

    // A file whose name is not valid UTF-8 in a folder dropped on the desk is a row that says
    // so, not a file silently left out.
    void aNameThatIsNotUtf8IsReportedNotLost()
    {
        auto w = makeWindow();
        const QString folder = m_dir.filePath(u"odd-names"_s);
        QVERIFY(QDir().mkpath(folder));
        const QByteArray bad = QFile::encodeName(folder) + "/fapiao-\xb7\xa2\xc6\xb1.png";   // GBK bytes
        {
            QFile f(QString::fromLocal8Bit(QFile::encodeName(folder) + "/ok.png"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(test::qrPhoto({test::qrPayload(u"55555555"_s, u"5.00"_s)}));
        }
        FILE *raw = std::fopen(bad.constData(), "wb");
        QVERIFY(raw);
        std::fputs("not read", raw);
        std::fclose(raw);
        w->importFiles({folder});
        QTRY_VERIFY_WITH_TIMEOUT(!w->importer()->isBusy() && w->claim()->invoices().size() == 1, 30000);
        QCOMPARE(w->claim()->intake().size(), qsizetype(1));
        QVERIFY2(w->claim()->intake().constFirst().name.contains(u"\\xb7"_s),
                 qPrintable(w->claim()->intake().constFirst().name));
        QCOMPARE(w->claim()->intake().constFirst().state, ClaimIntake::State::Failed);
        ::unlink(bad.constData());   // QTemporaryDir cannot name it either
    }

    void discardMovesTheClaimWhereItCanBeFoundAndSaysWhere()
    {
        const QString untitled = m_dir.filePath(u"discard-untitled"_s);
        QString left;
        {
            auto w = makeWindow({{}, untitled, false});
            w->importFiles(qrFiles(u"discard"_s, 1));
            QTRY_COMPARE_WITH_TIMEOUT(w->claim()->invoices().size(), qsizetype(1), 30000);
            left = w->claim()->filePath();
            // Not closed: the file stays behind as after a crash.
            w->session()->newClaim();
        }
        QVERIFY(QFile::exists(left));
        auto w = makeWindow({{}, untitled, true});
        QTRY_VERIFY_WITH_TIMEOUT(w->recoveryBar()->isVisible(), 30000);
        w->recoveryBar()->buttons().at(1)->click();   // Discard
        QVERIFY(!QFile::exists(left));
        QVERIFY(w->noticeBar()->isVisible());
        QVERIFY2(w->noticeBar()->text().contains(u"moved to"_s), qPrintable(w->noticeBar()->text()));
        QTRY_VERIFY(w->recoveryBar()->isHidden());
        QVERIFY(w->claim()->invoices().isEmpty());
    }

    // The footer adds what the exports add: an invoice of unknown type whose QR carried only the
    // pre-tax amount counts 金额 + 税额 in the total, there as in the report and the sheet.
    void theFooterAgreesWithTheExports()
    {
        auto w = makeWindow();
        const QByteArray a = test::makeTestPdf(u"a"_s);
        const QByteArray b = test::makeTestPdf(u"b"_s);
        Invoice unknown = test::testInvoice(InvoiceType::Unknown, u"044001900111"_s, u"11111111"_s, u"2024-01-05"_s,
                                            u"594.06"_s, u"35.64"_s, QString(), QString());
        unknown.fields.remove(u"total"_s);
        QCOMPARE(w->claim()->addDocument(a, test::recognized(a, u"a.pdf"_s, {unknown})), ClaimDocument::AddResult::Added);
        QCOMPARE(w->claim()->addDocument(b, test::recognized(b, u"b.pdf"_s, {test::testInvoice(
                      InvoiceType::Taxi, {}, u"22222222"_s, u"2024-01-06"_s, {}, {}, u"23.00"_s, {})})),
                 ClaimDocument::AddResult::Added);
        const ClaimSummary summary = ClaimSummary::of(w->claim()->data());
        QCOMPARE(summary.totalFen, qint64(59406 + 3564 + 2300));
        QTRY_VERIFY2(w->listPanel()->footerText().contains(money::formatFen(summary.totalFen)),
                     qPrintable(w->listPanel()->footerText()));
    }

    void everyShortcutIsUniqueAndRedoWorksBothWays()
    {
        auto w = makeWindow();
        QHash<QKeySequence, QString> owner;
        for (QAction *a : w->findChildren<QAction *>()) {
            if (a->shortcutContext() == Qt::WidgetShortcut)
                continue;   // local to one widget
            for (const QKeySequence &k : a->shortcuts()) {
                if (k.isEmpty())
                    continue;
                QVERIFY2(!owner.contains(k), qPrintable(u"%1 is bound to both %2 and %3"_s.arg(
                                                 k.toString(), owner.value(k), a->objectName())));
                owner.insert(k, a->objectName());
            }
        }
        QCOMPARE(w->action(u"saveAs"_s)->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        QVERIFY(w->action(u"redo"_s)->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
        QVERIFY(w->action(u"redo"_s)->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));

        const QByteArray png = test::blankPng();
        QCOMPARE(w->claim()->addDocument(png, test::recognized(png, u"p.png"_s, {test::testInvoice(
                      InvoiceType::Taxi, {}, u"00000001"_s, u"2024-01-05"_s, {}, {}, u"20.00"_s, {})})),
                 ClaimDocument::AddResult::Added);
        const qint64 id = w->claim()->invoices().constFirst().id;
        QVERIFY(w->claim()->editField(id, u"total"_s, u"21.00"_s));
        QVERIFY(QTest::qWaitForWindowActive(w.get()) || true);
        for (const QKeySequence &redo : {QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)}) {
            QTest::keySequence(w.get(), QKeySequence::Undo);
            QCOMPARE(w->claim()->invoice(id)->invoice.value(u"total"_s), u"20.00"_s);
            QTest::keySequence(w.get(), redo);
            QCOMPARE(w->claim()->invoice(id)->invoice.value(u"total"_s), u"21.00"_s);
        }
    }
};

QTEST_MAIN(TestTrustedDesk)
#include "tst_trusteddesk.moc"
