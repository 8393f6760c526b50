// Background threads yield the CPU to the window: their own nice value, never the process's.
#include "threadpriority.h"

#include <QTest>
#include <QThread>
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace ra;

namespace {

int threadNice()
{
    errno = 0;
    return ::getpriority(PRIO_PROCESS, static_cast<id_t>(::syscall(SYS_gettid)));
}

} // namespace

class TestThreadPriority : public QObject
{
    Q_OBJECT

private slots:
    void onlyTheCallingThread()
    {
        const int mainBefore = threadNice();
        if (mainBefore >= kBackgroundNice)
            QSKIP("the test already runs at background priority");
        int inThread = -100;
        int raisedAgain = -100;
        int lowered = -100;
        std::unique_ptr<QThread> t(QThread::create([&] {
            setBackgroundPriority(kRecognitionNice);
            inThread = threadNice();
            setBackgroundPriority(kBackgroundNice);
            raisedAgain = threadNice();
            setBackgroundPriority(kRecognitionNice);   // never lowered again (that needs privileges)
            lowered = threadNice();
        }));
        t->start();
        QVERIFY(t->wait());
        QCOMPARE(inThread, std::max(mainBefore, kRecognitionNice));
        QCOMPARE(raisedAgain, kBackgroundNice);
        QCOMPARE(lowered, kBackgroundNice);
        QCOMPARE(threadNice(), mainBefore);   // the GUI thread keeps its priority
    }
};

QTEST_GUILESS_MAIN(TestThreadPriority)
#include "tst_threadpriority.moc"
