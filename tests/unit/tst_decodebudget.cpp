// The memory budget decodes share (models/decodebudget.h, docs/security.md "Memory budget for
// decoding"): what is held and given back, refusal of what can never fit, waiting in order, no
// waiting for a thread that already holds memory. No wall-clock limits: waits are observed
// through waiting() and the order of events.
#include "decodebudget.h"

#include <QtTest>

#include <atomic>
#include <optional>
#include <thread>

using namespace ra;
using namespace std::chrono_literals;

class TestDecodeBudget : public QObject
{
    Q_OBJECT

private slots:
    void holdsAndGivesBack()
    {
        DecodeBudget budget(1000);
        DecodeBudget::Lease a = budget.reserve(600);
        QVERIFY(!a.isNull());
        QCOMPARE(a.bytes(), 600);
        QCOMPARE(budget.inUse(), 600);
        {
            DecodeBudget::Lease copy = a; // the last copy gives the memory back
            a.release();
            QCOMPARE(budget.inUse(), 600);
        }
        QCOMPARE(budget.inUse(), 0);

        DecodeBudget::Lease b = budget.reserve(900);
        b.shrinkTo(100);
        QCOMPARE(budget.inUse(), 100);
        b.shrinkTo(500); // never grows
        QCOMPARE(b.bytes(), 100);
    }

    void neverFitsIsRefusedAtOnce()
    {
        DecodeBudget budget(1024 * 1024);
        DecodeBudget::Refusal why = DecodeBudget::Refusal::None;
        QString message;
        const DecodeBudget::Lease l = budget.reserve(3 * 1024 * 1024, 1h, &why, &message);
        QVERIFY(l.isNull());
        QCOMPARE(why, DecodeBudget::Refusal::NeverFits);
        QVERIFY2(message.contains(QLatin1String("3 MiB")) && message.contains(QLatin1String("1 MiB")),
                 qPrintable(message));
        QCOMPARE(budget.inUse(), 0);
    }

    void waitsUntilMemoryIsFree()
    {
        DecodeBudget budget(1000);
        std::optional<DecodeBudget::Lease> held = budget.reserve(700);
        DecodeBudget::Refusal why = DecodeBudget::Refusal::NeverFits;
        DecodeBudget::Lease got;
        std::atomic<bool> done = false;
        std::thread waiter([&] {
            got = budget.reserve(500, 1h, &why);
            done = true;
        });
        QTRY_COMPARE(budget.waiting(), 1);
        QVERIFY(!done);
        held.reset();
        waiter.join();
        QCOMPARE(why, DecodeBudget::Refusal::None);
        QCOMPARE(got.bytes(), 500);
        QCOMPARE(budget.inUse(), 500);
        QCOMPARE(budget.waiting(), 0);
    }

    void timesOutWithAReason()
    {
        DecodeBudget budget(1000);
        const DecodeBudget::Lease held = budget.reserve(900);
        DecodeBudget::Refusal why = DecodeBudget::Refusal::None;
        QString message;
        std::thread other([&] { (void)budget.reserve(500, 0ms, &why, &message); });
        other.join();
        QCOMPARE(why, DecodeBudget::Refusal::TimedOut);
        QVERIFY2(message.contains(QLatin1String("at once")), qPrintable(message));
        QCOMPARE(budget.waiting(), 0);
        QCOMPARE(budget.inUse(), 900);
    }

    // A thread that holds memory is never made to wait (the memory it would wait for may be its
    // own): with an hour's patience it is still answered at once.
    void holderDoesNotWaitForItself()
    {
        DecodeBudget budget(1000);
        const DecodeBudget::Lease mine = budget.reserve(800);
        DecodeBudget::Refusal why = DecodeBudget::Refusal::None;
        const DecodeBudget::Lease more = budget.reserve(300, 1h, &why);
        QVERIFY(more.isNull());
        QCOMPARE(why, DecodeBudget::Refusal::TimedOut);
        const DecodeBudget::Lease fits = budget.reserve(200, 1h, &why);
        QCOMPARE(fits.bytes(), 200);
    }

    // First come, first served: a small request that would fit does not pass a large one that
    // waits before it.
    void waitersAreServedInOrder()
    {
        DecodeBudget budget(1000);
        std::optional<DecodeBudget::Lease> held = budget.reserve(600);
        std::vector<int> order;
        std::mutex orderMutex;
        DecodeBudget::Lease big, small;
        std::thread bigWaiter([&] {
            big = budget.reserve(900, 1h);
            std::lock_guard lock(orderMutex);
            order.push_back(900);
        });
        QTRY_COMPARE(budget.waiting(), 1);
        std::thread smallWaiter([&] {
            small = budget.reserve(200, 1h);
            std::lock_guard lock(orderMutex);
            order.push_back(200);
        });
        QTRY_COMPARE(budget.waiting(), 2);   // 200 would fit beside 600, but waits its turn
        held.reset();
        bigWaiter.join();
        QCOMPARE(budget.inUse(), 900);
        QCOMPARE(budget.waiting(), 1);       // 900 + 200 do not fit
        big.release();
        smallWaiter.join();
        QCOMPARE(order, (std::vector<int>{900, 200}));
        QCOMPARE(budget.inUse(), 200);
    }

    void sharedBudgetFromTheEnvironment()
    {
        // Set by the test's own run (see main below) before the first use.
        QCOMPARE(DecodeBudget::shared().capacity(), qint64(64) * 1024 * 1024);
    }
};

int main(int argc, char **argv)
{
    qputenv("REIMBURSE_DECODE_BUDGET_MB", "64");
    QCoreApplication app(argc, argv);
    TestDecodeBudget test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_decodebudget.moc"
