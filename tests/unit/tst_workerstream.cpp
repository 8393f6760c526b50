// WorkerStreamReader (docs/worker-process.md, "Protocol"): reimburse-worker's output is read on
// a thread of its own so a page's pixels are never copied on the thread that asked for it (the
// desk's GUI thread). Here the reader runs on its own thread against pipes the test writes:
// frames arrive whole and in order in the test's thread, a page as its picture already made;
// each stream is told apart; a stream ends with its end of output or with the first thing that
// is not the protocol; a forgotten stream is closed unread. No durations are asserted.

#include "threadhandoff.h"
#include "worker/workercodec.h"
#include "worker/workerframe.h"
#include "worker/workerstreamreader.h"

#include <QHash>
#include <QImage>
#include <QJsonObject>
#include <QTest>
#include <QThread>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace ra;

namespace {

struct Pipe
{
    int read = -1;
    int write = -1;
    Pipe()
    {
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) == 0) {
            read = fds[0];
            write = fds[1];
        }
    }
    ~Pipe() { closeWrite(); } // the read end belongs to the reader once watched
    void closeWrite()
    {
        if (write >= 0)
            ::close(write);
        write = -1;
    }
    // Writes all of `bytes` in pieces of `piece` bytes (blocking: the reader drains the pipe).
    bool put(const QByteArray &bytes, qsizetype piece)
    {
        for (qsizetype at = 0; at < bytes.size();) {
            const ssize_t n = ::write(write, bytes.constData() + at, size_t(qMin(piece, bytes.size() - at)));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return false;
            at += n;
        }
        return true;
    }
};

struct Received
{
    quint64 stream = 0;
    WorkerFrame frame;
    QImage image;
};

QImage testPicture()
{
    QImage image(301, 207, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, qRgb(x % 256, y % 256, (x * y) % 256));
    return image;
}

} // namespace

class TestWorkerStream : public QObject
{
    Q_OBJECT

    QThread *m_thread = nullptr;
    WorkerStreamReader *m_reader = nullptr;
    QList<Received> m_frames;
    QHash<quint64, QString> m_ended; // stream → error ("" for a clean end)
    QList<Qt::HANDLE> m_deliveredOn;

    void watch(quint64 stream, int fd)
    {
        QMetaObject::invokeMethod(m_reader, handoff([r = m_reader, stream, fd] { r->watch(stream, fd); }));
    }

private slots:
    void initTestCase()
    {
        ::signal(SIGPIPE, SIG_IGN); // a write to a forgotten stream fails with EPIPE instead
    }

    void init()
    {
        m_frames.clear();
        m_ended.clear();
        m_deliveredOn.clear();
        m_thread = new QThread;
        m_reader = new WorkerStreamReader;
        m_reader->moveToThread(m_thread);
        connect(m_thread, &QThread::finished, m_reader, &QObject::deleteLater);
        // Queued to this thread, as WorkerProcess receives them.
        connect(m_reader, &WorkerStreamReader::frameRead, this,
                [this](quint64 stream, const WorkerFrame &frame, const QImage &image) {
                    m_deliveredOn << QThread::currentThreadId();
                    m_frames.append({stream, frame, image});
                });
        connect(m_reader, &WorkerStreamReader::streamEnded, this,
                [this](quint64 stream, const QString &error) { m_ended.insert(stream, error); });
        m_thread->start();
    }

    void cleanup()
    {
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        m_reader = nullptr;
    }

    void framesArriveWholeWithPagesMade_data()
    {
        QTest::addColumn<int>("piece");
        QTest::newRow("small pieces") << 7;
        QTest::newRow("odd pieces") << 4093;
        QTest::newRow("all at once") << 0;
    }

    void framesArriveWholeWithPagesMade()
    {
        QFETCH(int, piece);
        const QImage picture = testPicture();
        QByteArray bits;
        QJsonObject page{{u"kind"_s, QString::fromLatin1(workerwire::Page)}, {u"id"_s, u"3"_s}, {u"page_count"_s, 1}};
        page.insert(u"image"_s, imageToWire(picture, &bits));
        const WorkerFrame ready{{{u"kind"_s, u"ready"_s}, {u"version"_s, 1}}, {}};
        const WorkerFrame prepared{{{u"kind"_s, u"prepared"_s}, {u"id"_s, u"4"_s}}, QByteArray(70'000, 'j')};
        const QByteArray stream = encodeWorkerFrame(ready) + encodeWorkerFrame({page, bits})
                                  + encodeWorkerFrame(prepared);

        Pipe pipe;
        QVERIFY(pipe.read >= 0);
        watch(7, pipe.read);
        // Written from another thread, as a worker writes while the reader reads; a single
        // piece larger than the pipe would otherwise block this thread's event loop.
        const qsizetype size = piece > 0 ? piece : stream.size();
        QThread *writer = QThread::create([&pipe, &stream, size] {
            pipe.put(stream, size);
            pipe.closeWrite();
        });
        writer->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_ended.contains(7), 300'000);
        QVERIFY(writer->wait());
        delete writer;

        QCOMPARE(m_ended.value(7), QString());
        QCOMPARE(m_frames.size(), 3);
        for (const Received &r : std::as_const(m_frames))
            QCOMPARE(r.stream, quint64(7));
        QCOMPARE(m_frames.at(0).frame.header, ready.header);
        QVERIFY(m_frames.at(0).image.isNull());
        // The page came as its picture, its scan lines taken by it (not passed on as well).
        QCOMPARE(m_frames.at(1).frame.header.value(u"id"_s).toString(), u"3"_s);
        QCOMPARE(m_frames.at(1).image, picture);
        QVERIFY(m_frames.at(1).frame.payload.isEmpty());
        // Another frame's payload stays its payload.
        QCOMPARE(m_frames.at(2).frame.payload, prepared.payload);
        QVERIFY(m_frames.at(2).image.isNull());
        for (const Qt::HANDLE t : std::as_const(m_deliveredOn))
            QCOMPARE(t, QThread::currentThreadId());
    }

    // A page whose bytes are not what its header says comes without a picture: WorkerProcess
    // refuses it and kills the worker.
    void aPageThatLiesHasNoPicture()
    {
        QByteArray bits;
        QJsonObject image = imageToWire(testPicture(), &bits);
        image.insert(u"height"_s, 5000);
        const QJsonObject page{{u"kind"_s, QString::fromLatin1(workerwire::Page)}, {u"image"_s, image}};
        Pipe pipe;
        watch(1, pipe.read);
        QVERIFY(pipe.put(encodeWorkerFrame({page, bits}), 1 << 16));
        pipe.closeWrite();
        QTRY_VERIFY_WITH_TIMEOUT(m_ended.contains(1), 300'000);
        QCOMPARE(m_frames.size(), 1);
        QVERIFY(m_frames.at(0).image.isNull());
    }

    void garbageEndsTheStream()
    {
        Pipe pipe;
        watch(2, pipe.read);
        QVERIFY(pipe.put(encodeWorkerFrame({{{u"kind"_s, u"ready"_s}}, {}}) + "not a frame at all", 1 << 16));
        QTRY_VERIFY_WITH_TIMEOUT(m_ended.contains(2), 300'000);
        QVERIFY(!m_ended.value(2).isEmpty());
        QCOMPARE(m_frames.size(), 1); // what came before it still counts
        // Nothing more is read from it: its read end is closed, so the worker's next write fails.
        QTRY_VERIFY_WITH_TIMEOUT(!pipe.put(encodeWorkerFrame({{{u"kind"_s, u"ready"_s}}, {}}), 64), 300'000);
        QCOMPARE(m_frames.size(), 1);
    }

    void streamsAreToldApart()
    {
        Pipe first, second;
        watch(10, first.read);
        watch(11, second.read);
        QVERIFY(second.put(encodeWorkerFrame({{{u"kind"_s, u"pages"_s}, {u"id"_s, u"b"_s}}, {}}), 5));
        QVERIFY(first.put(encodeWorkerFrame({{{u"kind"_s, u"pages"_s}, {u"id"_s, u"a"_s}}, {}}), 3));
        second.closeWrite();
        QTRY_VERIFY_WITH_TIMEOUT(m_ended.contains(11), 300'000);
        first.closeWrite();
        QTRY_VERIFY_WITH_TIMEOUT(m_ended.contains(10), 300'000);
        QCOMPARE(m_frames.size(), 2);
        for (const Received &r : std::as_const(m_frames))
            QCOMPARE(r.frame.header.value(u"id"_s).toString(), r.stream == 10 ? u"a"_s : u"b"_s);
    }

    // A worker that was killed: its output is dropped unread and its pipe closed, with no end
    // reported (nobody waits for it).
    void aForgottenStreamIsClosedUnread()
    {
        Pipe pipe;
        watch(5, pipe.read);
        QMetaObject::invokeMethod(m_reader, handoff([r = m_reader] { r->forget(5); }));
        QTRY_VERIFY_WITH_TIMEOUT(!pipe.put(encodeWorkerFrame({{{u"kind"_s, u"ready"_s}}, {}}), 64), 300'000);
        // A stream watched after it ends after it: anything passed on from the forgotten one
        // would have come first.
        Pipe next;
        watch(6, next.read);
        next.closeWrite();
        QTRY_VERIFY_WITH_TIMEOUT(m_ended.contains(6), 300'000);
        QVERIFY(m_frames.isEmpty());
        QVERIFY(!m_ended.contains(5));
    }
};

QTEST_GUILESS_MAIN(TestWorkerStream)
#include "tst_workerstream.moc"
