// File › Export: the dialog driven through its widgets writes the chosen formats with the chosen
// columns in the chosen order, off the GUI thread; cancel stops after the current step and keeps
// what is finished; existing files are replaced only when allowed (asked once for all); the
// choices are remembered; an export never changes the claim. The hooks the dialog needs from
// the export writers: tst_exporthooks.
#include "claim/claimdocument.h"
#include "export/exportcolumn.h"
#include "export/filenametemplate.h"
#include "export/originalsexporter.h"
#include "exportcolumnlist.h"
#include "exportdialog.h"
#include "sampleclaim.h"
#include "testfiles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMutex>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QTest>
#include <condition_variable>
#include <mutex>
#include <QWaitCondition>
#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;
using namespace ra;
using namespace ra::test;

namespace {

// Holds the worker at the n-th read of an original's bytes until the test lets it go, so a
// cancel lands at a known step without depending on how fast the machine is.
class Gate
{
public:
    explicit Gate(int blockAt) : m_blockAt(blockAt) {}

    // std:: primitives rather than QMutex/QWaitCondition: ThreadSanitizer sees these.
    void pass()
    {
        std::unique_lock lock(m_mutex);
        if (++m_calls < m_blockAt)
            return;
        m_waiting.store(true);
        m_cond.wait(lock, [this] { return m_open; });
    }
    void open()
    {
        std::lock_guard lock(m_mutex);
        m_open = true;
        m_cond.notify_all();
    }
    bool isWaiting() const { return m_waiting.load(); }

private:
    std::mutex m_mutex;
    std::condition_variable m_cond;
    int m_blockAt;
    int m_calls = 0;
    bool m_open = false;
    std::atomic_bool m_waiting{false};
};

// The dialog with its two hooks under the test's control.
class TestableDialog : public ExportDialog
{
public:
    using ExportDialog::ExportDialog;
    ~TestableDialog() override
    {
        if (gate)
            gate->open();   // never leave the worker waiting
    }

    int confirmCalls = 0;
    bool confirmAnswer = false;
    QStringList confirmed;
    std::shared_ptr<Gate> gate;

protected:
    bool confirmOverwrite(const QStringList &existing) override
    {
        ++confirmCalls;
        confirmed = existing;
        return confirmAnswer;
    }
    ExportSource exportSource() const override
    {
        ExportSource source = ExportDialog::exportSource();
        if (gate) {
            const auto inner = source.originalBytes;
            const auto g = gate;
            source.originalBytes = [inner, g](const QString &sha256) {
                g->pass();
                return inner(sha256);
            };
        }
        return source;
    }
};

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_claimPath;
    std::unique_ptr<ClaimDocument> m_claim;
    int m_outCount = 0;

    // A fresh, empty output folder per test.
    QString newOutDir()
    {
        const QString path = m_dir.filePath(u"out%1"_s.arg(++m_outCount));
        QDir().mkpath(path);
        return path;
    }

    // Chooses through the widgets, as a person would.
    static void choose(ExportDialog &dialog, const QString &folder, const QString &base, const QStringList &formats)
    {
        for (const QString &f : ExportDialog::allFormats()) {
            auto *box = dialog.findChild<QCheckBox *>(u"format_"_s + f);
            QVERIFY(box);
            box->setChecked(formats.contains(f));
        }
        auto *folderEdit = dialog.findChild<QLineEdit *>(u"folderEdit"_s);
        auto *baseEdit = dialog.findChild<QLineEdit *>(u"baseNameEdit"_s);
        QVERIFY(folderEdit && baseEdit);
        folderEdit->setText(folder);
        baseEdit->setText(base);
        // Quick report settings: the tests check files, not print quality.
        dialog.findChild<QComboBox *>(u"dpiCombo"_s)->setCurrentIndex(0);
    }

    // Lets pending layout requests run, so a grab shows what a person would see.
    static QWidget &settled(QWidget &widget)
    {
        QTest::qWait(50);
        return widget;
    }

    static bool runToEnd(ExportDialog &dialog, QSignalSpy &spy)
    {
        if (spy.isEmpty() && !spy.wait(300000))
            return false;
        return !dialog.isRunning();
    }

    void resetSettings()
    {
        QSettings().remove(u"export"_s);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Remembered choices go to the test's own folder, never the user's settings.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        QCoreApplication::setOrganizationName(u"ra-tests"_s);
        QCoreApplication::setApplicationName(u"tst_exportdialog"_s);

        m_claimPath = m_dir.filePath(u"claims/trip.claim"_s);
        QVERIFY(QDir().mkpath(m_dir.filePath(u"claims"_s)));
        m_claim = std::make_unique<ClaimDocument>();
        QVERIFY(m_claim->open(m_claimPath, ClaimStore::OpenMode::CreateIfMissing));
        const test::SampleClaim sample = test::sampleClaim(true);
        QVERIFY(test::addSampleTo(sample, *m_claim));
        QVERIFY(m_claim->setDetails(sample.data.details));
        QVERIFY(m_claim->invoices().size() >= 3);
    }

    void init()
    {
        resetSettings();
    }

    // --- the dialog ---------------------------------------------------------------------------

    void defaultsComeFromTheClaim()
    {
        TestableDialog dialog(m_claim.get());
        QCOMPARE(dialog.folder(), QFileInfo(m_claimPath).absolutePath());
        QCOMPARE(dialog.baseName(), filenames::sanitize(m_claim->displayName()));
        QCOMPARE(dialog.options().columns, ExportColumn::defaultKeys());
        QCOMPARE(dialog.options().nameTemplate, ExportOptions().nameTemplate);
        auto *preview = dialog.findChild<QLabel *>(u"templatePreview"_s);
        QVERIFY(preview);
        const QString first = OriginalsExporter::fileNames(m_claim->data(), ExportOptions()).first();
        QCOMPARE(preview->text(), first);

        // The preview follows the template as it is typed.
        dialog.findChild<QLineEdit *>(u"templateEdit"_s)->setText(u"{index}-{claimant}"_s);
        QCOMPARE(preview->text(), u"001-张三.pdf"_s);
    }

    // The desk's untitled claim lives in a hidden folder of the app's under an internal name:
    // its exports go to Documents, named after the claim's title or its invoices' dates.
    void untitledClaimsExportToDocumentsUnderAReadableName()
    {
        TestableDialog dialog(m_claim.get());
        dialog.setClaimUntitled(true);
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QSettings settings;
        const QString last = settings.value(u"export/folder"_s).toString();
        QVERIFY2(dialog.folder() == documents || (!last.isEmpty() && dialog.folder() == last), qPrintable(dialog.folder()));
        QVERIFY(dialog.folder() != QFileInfo(m_claimPath).absolutePath());
        QVERIFY(!dialog.baseName().startsWith(u"untitled"_s));
        const QString title = m_claim->details().displayName();
        if (!title.isEmpty())
            QCOMPARE(dialog.baseName(), filenames::sanitize(title));

        ClaimDocument bare;
        const QByteArray pdf = test::makeTestPdf(u"a"_s);
        const QByteArray other = test::makeTestPdf(u"b"_s);
        bare.addDocument(pdf, test::recognized(pdf, u"a.pdf"_s, {test::testInvoice(InvoiceType::Taxi, {}, u"1"_s,
                                                                                  u"2024-03-02"_s, {}, {}, u"9.00"_s, {})}));
        bare.addDocument(other, test::recognized(other, u"b.pdf"_s, {test::testInvoice(InvoiceType::Taxi, {}, u"2"_s,
                                                                                      u"2024-01-05"_s, {}, {}, u"8.00"_s, {})}));
        TestableDialog dated(&bare);
        dated.setClaimUntitled(true);
        QVERIFY2(dated.baseName().contains(u"2024-01-05"_s) && dated.baseName().contains(u"2024-03-02"_s),
                 qPrintable(dated.baseName()));
    }

    void exportsChosenFormatsAndColumns()
    {
        const ClaimData before = m_claim->data();
        const int undoCount = m_claim->undoStack()->count();
        const int undoIndex = m_claim->undoStack()->index();
        const bool modified = m_claim->isModified();

        TestableDialog dialog(m_claim.get());
        const QString out = newOutDir();
        choose(dialog, out, u"trip/may"_s, ExportDialog::allFormats());   // a slash is not a file name
        dialog.findChild<QComboBox *>(u"languageCombo"_s)->setCurrentIndex(1);   // English
        dialog.findChild<QRadioButton *>(u"layoutTwoUp"_s)->setChecked(true);

        // Columns: only number, date and total; then total moved to the top with Move Up.
        auto *columns = dialog.findChild<ExportColumnList *>(u"exportColumns"_s);
        QVERIFY(columns);
        QListWidget *list = columns->listWidget();
        int totalRow = -1;
        for (int i = 0; i < list->count(); ++i) {
            const QString key = list->item(i)->data(Qt::UserRole).toString();
            const bool want = key == u"number" || key == u"date" || key == u"total";
            list->item(i)->setCheckState(want ? Qt::Checked : Qt::Unchecked);
            if (key == u"total")
                totalRow = i;
        }
        QVERIFY(totalRow > 0);
        list->setCurrentRow(totalRow);
        auto *up = dialog.findChild<QPushButton *>(u"columnUp"_s);
        QVERIFY(up);
        for (int i = 0; i < totalRow; ++i)
            QTest::mouseClick(up, Qt::LeftButton);
        QVERIFY(!up->isEnabled());   // at the top
        QCOMPARE(dialog.options().columns, (QStringList{u"total"_s, u"number"_s, u"date"_s}));

        QSignalSpy spy(&dialog, &ExportDialog::exportFinished);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
        QVERIFY(dialog.isRunning() || !spy.isEmpty());   // off the GUI thread: start() returns at once
        QVERIFY(runToEnd(dialog, spy));
        QCOMPARE(spy.size(), 1);
        QVERIFY2(spy.first().first().toBool(), qPrintable(dialog.findChild<QLabel *>(u"summaryLabel"_s)->text()));

        const QDir dir(out);
        QVERIFY(readFile(dir.filePath(u"trip_may.xlsx"_s)).startsWith("PK"));
        QVERIFY(readFile(dir.filePath(u"trip_may.json"_s)).startsWith("{"));
        QVERIFY(readFile(dir.filePath(u"trip_may.pdf"_s)).startsWith("%PDF"));
        const QByteArray csv = readFile(dir.filePath(u"trip_may.csv"_s));
        QCOMPARE(csv.left(csv.indexOf("\r\n")), QByteArray("\xEF\xBB\xBFTotal,Invoice number,Issue date"));
        const QString originals = dir.filePath(u"trip_may originals"_s);
        QCOMPARE(filesIn(originals), [&] {
            QStringList names = OriginalsExporter::fileNames(m_claim->data(), dialog.options());
            names.sort();
            return names;
        }());
        QCOMPARE(dialog.writtenFiles().size(), 4 + filesIn(originals).size());
        for (const ExportOutcome &o : dialog.outcomes())
            QCOMPARE(o.status, ExportOutcome::Status::Written);
        QCOMPARE(dialog.findChild<QListWidget *>(u"writtenList"_s)->count(), dialog.writtenFiles().size());
        QVERIFY(dialog.findChild<QPushButton *>(u"openFolderButton"_s)->isVisibleTo(&dialog));

        // The claim is as it was: data, undo stack, modified mark.
        QCOMPARE(m_claim->data(), before);
        QCOMPARE(m_claim->undoStack()->count(), undoCount);
        QCOMPARE(m_claim->undoStack()->index(), undoIndex);
        QCOMPARE(m_claim->isModified(), modified);
    }

    void choicesAreRemembered()
    {
        const QString out = newOutDir();
        {
            TestableDialog dialog(m_claim.get());
            choose(dialog, out, u"remember"_s, {u"csv"_s, u"originals"_s});
            dialog.findChild<QComboBox *>(u"languageCombo"_s)->setCurrentIndex(1);
            dialog.findChild<QRadioButton *>(u"layoutTwoUp"_s)->setChecked(true);
            auto *columns = dialog.findChild<ExportColumnList *>(u"exportColumns"_s);
            columns->setColumns({u"seller_name"_s, u"total"_s});
            QVERIFY(columns->moveTo(u"total"_s, 0));
            dialog.findChild<QLineEdit *>(u"templateEdit"_s)->setText(u"{index}_{number}"_s);
            QSignalSpy spy(&dialog, &ExportDialog::exportFinished);
            dialog.start();
            QVERIFY(runToEnd(dialog, spy));
            QVERIFY(spy.first().first().toBool());
        }
        TestableDialog again(m_claim.get());
        QCOMPARE(again.formats(), (QStringList{u"csv"_s, u"originals"_s}));
        QCOMPARE(again.options().columns, (QStringList{u"total"_s, u"seller_name"_s}));
        QCOMPARE(again.options().language, ExportOptions::Language::English);
        QCOMPARE(again.options().invoicesPerPage, 2);
        QCOMPARE(again.options().printDpi, 150.0);
        QCOMPARE(again.options().nameTemplate, u"{index}_{number}"_s);
        // The folder stays the claim's own; the name is the claim's.
        QCOMPARE(again.folder(), QFileInfo(m_claimPath).absolutePath());
    }

    void cancelStopsAfterTheCurrentInvoice()
    {
        TestableDialog dialog(m_claim.get());
        const QString out = newOutDir();
        choose(dialog, out, u"cancelled"_s, {u"csv"_s, u"pdf"_s, u"originals"_s});
        dialog.gate = std::make_shared<Gate>(1);   // the report's first original read waits
        QSignalSpy spy(&dialog, &ExportDialog::exportFinished);
        dialog.start();
        QVERIFY(dialog.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(dialog.gate->isWaiting(), 120000);
        dialog.cancel();
        dialog.gate->open();
        QVERIFY(runToEnd(dialog, spy));
        QCOMPARE(spy.first().first().toBool(), false);

        const QList<ExportOutcome> outcomes = dialog.outcomes();
        QCOMPARE(outcomes.size(), 3);
        QCOMPARE(outcomes.at(0).status, ExportOutcome::Status::Written);     // finished before: kept
        QCOMPARE(outcomes.at(1).status, ExportOutcome::Status::Cancelled);   // stopped after invoice 1
        QCOMPARE(outcomes.at(1).done, 1);
        QCOMPARE(outcomes.at(2).status, ExportOutcome::Status::Cancelled);   // never started
        QVERIFY(QFile::exists(QDir(out).filePath(u"cancelled.csv"_s)));
        QCOMPARE(filesIn(out), QStringList{u"cancelled.csv"_s});   // no report, no half-written temp file
        QVERIFY(!QFileInfo::exists(QDir(out).filePath(u"cancelled originals"_s)));
        QCOMPARE(dialog.writtenFiles(), QStringList{QDir(out).filePath(u"cancelled.csv"_s)});
    }

    void cancelKeepsTheOriginalsCopied()
    {
        TestableDialog dialog(m_claim.get());
        const QString out = newOutDir();
        choose(dialog, out, u"part"_s, {u"originals"_s});
        dialog.gate = std::make_shared<Gate>(2);   // the second original waits
        QSignalSpy spy(&dialog, &ExportDialog::exportFinished);
        dialog.start();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.gate->isWaiting(), 120000);
        dialog.cancel();
        dialog.gate->open();
        QVERIFY(runToEnd(dialog, spy));
        QCOMPARE(spy.first().first().toBool(), false);
        const ExportOutcome outcome = dialog.outcomes().value(0);
        QCOMPARE(outcome.status, ExportOutcome::Status::Cancelled);
        QCOMPARE(outcome.files.size(), 2);   // the one copied and the one in hand when cancelled
        QCOMPARE(filesIn(QDir(out).filePath(u"part originals"_s)).size(), 2);
    }

    void closingWhileRunningLeavesNoHalfFile()
    {
        const QString out = newOutDir();
        {
            TestableDialog dialog(m_claim.get());
            choose(dialog, out, u"closed"_s, {u"pdf"_s, u"originals"_s});
            dialog.gate = std::make_shared<Gate>(1);
            dialog.start();
            QTRY_VERIFY_WITH_TIMEOUT(dialog.gate->isWaiting(), 120000);
        }   // destroyed mid-report: the worker is stopped and waited for
        const QStringList left = QDir(out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        for (const QString &name : left) {
            // Whatever is there is complete: the report, or originals each written whole.
            if (name == u"closed.pdf") {
                const QByteArray pdf = readFile(QDir(out).filePath(name));
                QVERIFY(pdf.startsWith("%PDF") && pdf.trimmed().endsWith("%%EOF"));
            } else {
                QCOMPARE(name, u"closed originals"_s);
            }
        }
    }

    void existingFilesAreKeptWhenRefused()
    {
        const QString out = newOutDir();
        const QString csv = QDir(out).filePath(u"kept.csv"_s);
        const QString json = QDir(out).filePath(u"kept.json"_s);
        QVERIFY(writeFile(csv, "old csv"));

        TestableDialog dialog(m_claim.get());
        choose(dialog, out, u"kept"_s, {u"csv"_s, u"json"_s});
        dialog.setOverwritePolicy(ExportDialog::OverwritePolicy::Refuse);
        QSignalSpy spy(&dialog, &ExportDialog::exportFinished);
        dialog.start();
        QCOMPARE(spy.size(), 1);   // decided before anything runs
        QCOMPARE(spy.first().first().toBool(), false);
        QVERIFY(!dialog.isRunning());
        QVERIFY(!dialog.errorText().isEmpty());
        QCOMPARE(dialog.confirmCalls, 0);
        QCOMPARE(readFile(csv), QByteArray("old csv"));
        QVERIFY(!QFile::exists(json));   // nothing at all is written
    }

    void existingFilesAreAskedAboutOnce()
    {
        const QString out = newOutDir();
        const QString csv = QDir(out).filePath(u"asked.csv"_s);
        const QString json = QDir(out).filePath(u"asked.json"_s);
        QVERIFY(writeFile(csv, "old csv"));
        QVERIFY(writeFile(json, "old json"));
        const QString originals = QDir(out).filePath(u"asked originals"_s);
        QVERIFY(QDir().mkpath(originals));
        const QString firstOriginal =
            QDir(originals).filePath(OriginalsExporter::fileNames(m_claim->data(), ExportOptions()).first());
        QVERIFY(writeFile(firstOriginal, "old original"));
        QVERIFY(writeFile(QDir(originals).filePath(u"unrelated.txt"_s), "mine"));

        TestableDialog dialog(m_claim.get());
        choose(dialog, out, u"asked"_s, {u"csv"_s, u"json"_s, u"originals"_s});
        QCOMPARE(dialog.overwritePolicy(), ExportDialog::OverwritePolicy::Ask);
        dialog.confirmAnswer = false;
        QSignalSpy spy(&dialog, &ExportDialog::exportFinished);
        dialog.start();
        QCOMPARE(dialog.confirmCalls, 1);   // once for all three
        QCOMPARE(dialog.confirmed, (QStringList{csv, json, firstOriginal}));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().toBool(), false);
        QCOMPARE(readFile(csv), QByteArray("old csv"));
        QCOMPARE(readFile(firstOriginal), QByteArray("old original"));

        dialog.confirmAnswer = true;
        spy.clear();
        dialog.start();
        QCOMPARE(dialog.confirmCalls, 2);
        QVERIFY(runToEnd(dialog, spy));
        QVERIFY(spy.first().first().toBool());
        QVERIFY(readFile(csv).startsWith("\xEF\xBB\xBF"));
        QVERIFY(readFile(json).startsWith("{"));
        QVERIFY(readFile(firstOriginal).startsWith("%PDF"));   // replaced, not numbered beside it
        QCOMPARE(filesIn(originals).size(), OriginalsExporter::fileNames(m_claim->data(), ExportOptions()).size() + 1);
        QCOMPARE(readFile(QDir(originals).filePath(u"unrelated.txt"_s)), QByteArray("mine"));
    }

    void overwritePolicyReplacesWithoutAsking()
    {
        const QString out = newOutDir();
        const QString csv = QDir(out).filePath(u"replaced.csv"_s);
        QVERIFY(writeFile(csv, "old csv"));
        TestableDialog dialog(m_claim.get());
        choose(dialog, out, u"replaced"_s, {u"csv"_s});
        dialog.setProperty("overwritePolicy", QVariant::fromValue(ExportDialog::OverwritePolicy::Overwrite));
        QSignalSpy spy(&dialog, &ExportDialog::exportFinished);
        dialog.start();
        QVERIFY(runToEnd(dialog, spy));
        QVERIFY(spy.first().first().toBool());
        QCOMPARE(dialog.confirmCalls, 0);
        QVERIFY(readFile(csv).startsWith("\xEF\xBB\xBF"));
    }

    void missingChoicesAreExplained_data()
    {
        QTest::addColumn<QStringList>("formats");
        QTest::addColumn<QString>("base");
        QTest::addColumn<bool>("noColumns");
        QTest::addColumn<QString>("says");
        QTest::newRow("nothing chosen") << QStringList() << u"x"_s << false << u"at least one thing"_s;
        QTest::newRow("no name") << QStringList{u"csv"_s} << QString() << false << u"name"_s;
        QTest::newRow("no columns") << QStringList{u"csv"_s} << u"x"_s << true << u"column"_s;
    }

    void missingChoicesAreExplained()
    {
        QFETCH(QStringList, formats);
        QFETCH(QString, base);
        QFETCH(bool, noColumns);
        QFETCH(QString, says);
        TestableDialog dialog(m_claim.get());
        const QString out = newOutDir();
        choose(dialog, out, base, formats);
        if (noColumns) {
            auto *columns = dialog.findChild<ExportColumnList *>(u"exportColumns"_s);
            for (const QString &key : columns->allKeys())
                columns->setChecked(key, false);
        }
        QSignalSpy spy(&dialog, &ExportDialog::exportFinished);
        dialog.start();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().toBool(), false);
        QVERIFY2(dialog.errorText().contains(says), qPrintable(dialog.errorText()));
        QVERIFY(dialog.findChild<QLabel *>(u"setupError"_s)->isVisibleTo(&dialog));
        QVERIFY(filesIn(out).isEmpty());
    }

    void unusableFolderIsExplained()
    {
        const QString out = newOutDir();
        const QString notAFolder = QDir(out).filePath(u"file"_s);
        QVERIFY(writeFile(notAFolder, "x"));
        TestableDialog dialog(m_claim.get());
        choose(dialog, notAFolder, u"x"_s, {u"csv"_s});
        QSignalSpy spy(&dialog, &ExportDialog::exportFinished);
        dialog.start();
        QCOMPARE(spy.size(), 1);
        QVERIFY2(dialog.errorText().contains(u"not a folder"_s), qPrintable(dialog.errorText()));
    }

    void failureIsShownPerFormat()
    {
        // A file takes the place of the originals' folder while the report is being written: the
        // originals fail with a message in their row, the report is still written.
        const QString out = newOutDir();
        TestableDialog dialog(m_claim.get());
        choose(dialog, out, u"mixed"_s, {u"pdf"_s, u"originals"_s});
        dialog.gate = std::make_shared<Gate>(1);   // hold the report
        QSignalSpy spy(&dialog, &ExportDialog::exportFinished);
        dialog.start();
        QVERIFY(dialog.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(dialog.gate->isWaiting(), 120000);
        QVERIFY(writeFile(QDir(out).filePath(u"mixed originals"_s), "in the way"));
        dialog.gate->open();
        QVERIFY(runToEnd(dialog, spy));
        QCOMPARE(spy.first().first().toBool(), false);
        QCOMPARE(dialog.outcomes().at(0).status, ExportOutcome::Status::Written);
        QCOMPARE(dialog.outcomes().at(1).status, ExportOutcome::Status::Failed);
        QVERIFY(!dialog.outcomes().at(1).error.isEmpty());
        auto *status = dialog.findChild<QLabel *>(u"status_originals"_s);
        QVERIFY(status);
        QVERIFY2(status->text().contains(u"mixed originals"_s), qPrintable(status->text()));
        QVERIFY(readFile(QDir(out).filePath(u"mixed.pdf"_s)).startsWith("%PDF"));
        QCOMPARE(dialog.writtenFiles(), QStringList{QDir(out).filePath(u"mixed.pdf"_s)});
    }

    // Not a check: writes PNGs of both pages for a person to look at (RA_GRAB_DIR=folder).
    void grab()
    {
        const QString grabDir = qEnvironmentVariable("RA_GRAB_DIR");
        if (grabDir.isEmpty())
            QSKIP("set RA_GRAB_DIR to write screenshots");
        TestableDialog dialog(m_claim.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(settled(dialog).grab().save(QDir(grabDir).filePath(u"export-setup.png"_s)));
        const QString out = newOutDir();
        QVERIFY(writeFile(QDir(out).filePath(u"shot.json"_s), "x"));
        choose(dialog, out, u"shot"_s, {u"xlsx"_s, u"csv"_s, u"json"_s, u"pdf"_s, u"originals"_s});
        dialog.setOverwritePolicy(ExportDialog::OverwritePolicy::Refuse);
        QSignalSpy refused(&dialog, &ExportDialog::exportFinished);
        dialog.start();
        QVERIFY(settled(dialog).grab().save(QDir(grabDir).filePath(u"export-refused.png"_s)));
        dialog.setOverwritePolicy(ExportDialog::OverwritePolicy::Overwrite);
        dialog.gate = std::make_shared<Gate>(2);
        QSignalSpy spy(&dialog, &ExportDialog::exportFinished);
        dialog.start();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.gate->isWaiting(), 120000);
        QTest::qWait(200);
        QVERIFY(settled(dialog).grab().save(QDir(grabDir).filePath(u"export-running.png"_s)));
        dialog.cancel();
        dialog.gate->open();
        QVERIFY(runToEnd(dialog, spy));
        QVERIFY(settled(dialog).grab().save(QDir(grabDir).filePath(u"export-stopped.png"_s)));
        dialog.gate.reset();
        spy.clear();
        dialog.findChild<QPushButton *>(u"exportButton"_s)->click();
        QVERIFY(runToEnd(dialog, spy));
        QVERIFY(settled(dialog).grab().save(QDir(grabDir).filePath(u"export-done.png"_s)));

        // A failure in its row.
        choose(dialog, out, u"failing"_s, {u"csv"_s, u"pdf"_s, u"originals"_s});
        dialog.gate = std::make_shared<Gate>(1);
        spy.clear();
        dialog.start();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.gate->isWaiting(), 120000);
        QVERIFY(writeFile(QDir(out).filePath(u"failing originals"_s), "in the way"));
        dialog.gate->open();
        QVERIFY(runToEnd(dialog, spy));
        QVERIFY(settled(dialog).grab().save(QDir(grabDir).filePath(u"export-failed.png"_s)));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
