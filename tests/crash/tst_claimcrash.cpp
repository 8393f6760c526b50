// Killing the app at any moment loses at most the edit in flight: claimwriter writes edits and
// acknowledges each committed one; this test kills it with SIGKILL at random points, many
// times, and after every kill reopens the claim and checks that it passes
// `PRAGMA integrity_check` and holds every acknowledged edit. The seed is printed so a failure
// can be replayed (RA_CRASH_SEED).
#include "claim/claimdocument.h"
#include "claim/claimstore.h"
#include "sampleclaim.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace ra;

namespace {

constexpr int kRounds = 30;

struct Ack
{
    qint64 seq;
    QByteArray kind;
};

QList<Ack> parseAcks(const QByteArray &out)
{
    QList<Ack> acks;
    for (const QByteArray &line : out.split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 3 && parts.at(0) == "ack")
            acks.append({parts.at(1).toLongLong(), parts.at(2)});
    }
    return acks;
}

} // namespace

class TestClaimCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedAtRandomPoints()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"crash.claim"_s);
        {
            ClaimDocument doc;
            QVERIFY(doc.open(path, ClaimStore::OpenMode::CreateIfMissing));
            for (int i = 0; i < 4; ++i) {
                const QByteArray bytes = "%PDF-1.4 seed " + QByteArray::number(i);
                const Invoice inv = test::testInvoice(InvoiceType::Taxi, u"131001871022"_s,
                                                      u"0000000%1"_s.arg(i), u"2024-05-06"_s, {}, {}, u"23.00"_s,
                                                      u"强生出租"_s);
                QCOMPARE(doc.addDocument(bytes, test::recognized(bytes, u"seed-%1.pdf"_s.arg(i), {inv})),
                         ClaimDocument::AddResult::Added);
            }
        }

        const quint32 seed = qEnvironmentVariableIsSet("RA_CRASH_SEED")
            ? quint32(qEnvironmentVariableIntValue("RA_CRASH_SEED"))
            : QRandomGenerator::global()->generate();
        qInfo("crash test seed: %u (set RA_CRASH_SEED to replay)", seed);
        QRandomGenerator random(seed);

        QList<Ack> acknowledged;
        qint64 next = 0;
        int killedMidRun = 0;
        for (int round = 0; round < kRounds; ++round) {
            QProcess writer;
            writer.setProcessChannelMode(QProcess::SeparateChannels);
            writer.start(QStringLiteral(RA_CLAIMWRITER_PATH), {path, QString::number(next)});
            QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
            // Let it get going (the first acknowledgement), then kill it after a random while.
            QElapsedTimer waited;
            waited.start();
            while (!writer.canReadLine() && writer.state() == QProcess::Running && waited.elapsed() < 20000)
                writer.waitForReadyRead(100);
            QVERIFY2(writer.state() == QProcess::Running,
                     qPrintable(u"the writer stopped: "_s + QString::fromLocal8Bit(writer.readAllStandardError())));
            QThread::usleep(random.bounded(0, 150000));
            if (writer.state() == QProcess::Running)
                ++killedMidRun;
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished(10000));
            const QList<Ack> acks = parseAcks(writer.readAllStandardOutput());
            QVERIFY2(!acks.isEmpty(), "no edit acknowledged in a round");
            acknowledged << acks;
            // A committed edit may not have been acknowledged yet: skip its number.
            next = acks.constLast().seq + 2;

            ClaimStore store;
            QVERIFY2(store.open(path), qPrintable(store.errorString()));
            QCOMPARE(store.integrityCheck(), u"ok"_s);
            const auto data = store.load();
            QVERIFY2(data, qPrintable(store.errorString()));
            checkAcknowledged(*data, acknowledged);
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY(killedMidRun == kRounds);
        qInfo("%lld edits acknowledged over %d kills", qint64(acknowledged.size()), kRounds);
    }

private:
    void checkAcknowledged(const ClaimData &data, const QList<Ack> &acks)
    {
        QSet<QString> edits;
        for (const FieldEdit &e : data.history)
            edits.insert(e.newValue);
        QSet<QString> names;
        for (const ClaimOriginal &o : data.originals)
            names.insert(o.name);
        qint64 lastPurpose = -1;
        for (const Ack &a : acks) {
            if (a.kind == "field")
                QVERIFY2(edits.contains(u"edit-%1"_s.arg(a.seq)), qPrintable(u"lost edit %1"_s.arg(a.seq)));
            else if (a.kind == "document")
                QVERIFY2(names.contains(u"doc-%1.pdf"_s.arg(a.seq)), qPrintable(u"lost document %1"_s.arg(a.seq)));
            else if (a.kind == "details")
                lastPurpose = a.seq;
        }
        if (lastPurpose >= 0) {
            // The last acknowledged purpose, or one committed after it just before the kill.
            const QString purpose = data.details.purpose;
            QVERIFY2(purpose.startsWith(u"purpose-"_s), qPrintable(purpose));
            QVERIFY2(purpose.mid(8).toLongLong() >= lastPurpose, qPrintable(purpose));
        }
        // Every invoice's remark is the last edit the history recorded for it: field and history
        // were committed together.
        for (const ClaimInvoice &ci : data.invoices) {
            QString last;
            for (const FieldEdit &e : data.history)
                if (e.invoiceId == ci.id && e.fieldKey == u"remark")
                    last = e.newValue;
            QCOMPARE(ci.invoice.value(u"remark"_s), last.isEmpty() ? QString() : last);
        }
    }
};

QTEST_GUILESS_MAIN(TestClaimCrash)
#include "tst_claimcrash.moc"
