// TokenBucket arithmetic (pure) and RateLimiter scheduling: FIFO grants, cancel, spacing as
// seen by the limiter's own clock, the effective rate (documented, user setting, margin).
#include "core/ratelimiter.h"
#include "core/tokenbucket.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace ra;

class TestRateLimiter : public QObject
{
    Q_OBJECT
private slots:
    void bucketSpacing_data();
    void bucketSpacing();
    void bucketRefillsButNeverBeyondBurst();
    void bucketBurst();
    void bucketUnlimited();
    void bucketCarriesLittleLateness();
    void effectiveRate_data();
    void effectiveRate();
    void grantsInOrderWithFakeClock();
    void cancelFreesTheSlot();
    void grantsNeverInsideAcquire();
    void spacingOnTheLimitersClock();
    void slidingWindowNeverOverLimit();
};

void TestRateLimiter::bucketSpacing_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("10/s") << 10.0 << QList<qint64>({0, 100, 200, 300});
    QTest::newRow("1/s") << 1.0 << QList<qint64>({0, 1000, 2000, 3000});
    QTest::newRow("9.7/s") << 9.7 << QList<qint64>({0, 104, 207, 310});
}

void TestRateLimiter::bucketSpacing()
{
    QFETCH(double, rate);
    QFETCH(QList<qint64>, expected);
    TokenBucket b(rate, 1);
    QList<qint64> got;
    for (int i = 0; i < expected.size(); ++i)
        got << b.reserve(0);   // all asked at t=0: booked one after the other
    QCOMPARE(got, expected);
}

void TestRateLimiter::bucketRefillsButNeverBeyondBurst()
{
    TokenBucket b(10, 1);
    QCOMPARE(b.reserve(0), 0);
    QCOMPARE(b.reserve(5000), 5000);   // long idle: one token, not fifty
    QCOMPARE(b.reserve(5000), 5100);
    QCOMPARE(b.peek(5000), 5200);
    QCOMPARE(b.peek(5000), 5200);      // peek books nothing
}

void TestRateLimiter::bucketBurst()
{
    TokenBucket b(2, 3);
    QCOMPARE(b.reserve(0), 0);
    QCOMPARE(b.reserve(0), 0);
    QCOMPARE(b.reserve(0), 0);
    QCOMPARE(b.reserve(0), 500);
}

void TestRateLimiter::bucketUnlimited()
{
    TokenBucket b(0, 1);
    QCOMPARE(b.reserve(7), 7);
    QCOMPARE(b.reserve(7), 7);
}

void TestRateLimiter::bucketCarriesLittleLateness()
{
    TokenBucket b(10, 1);
    QCOMPARE(b.reserve(0), 0);
    b.commit(105, 100);                 // granted 5 ms late: the schedule keeps its pace
    QCOMPARE(b.peek(105), 200);
    b.commit(260, 200);                 // 60 ms late: only 20 ms are carried
    QCOMPARE(b.peek(260), 340);
    QCOMPARE(b.peek(1000), 1000);       // after a pause, nothing is owed
}

void TestRateLimiter::effectiveRate_data()
{
    QTest::addColumn<double>("documented");
    QTest::addColumn<double>("user");
    QTest::addColumn<double>("expected");
    QTest::newRow("documented only") << 10.0 << 0.0 << 9.7;
    QTest::newRow("user lower") << 10.0 << 2.0 << 1.94;
    QTest::newRow("user higher is ignored") << 1.0 << 5.0 << 0.97;
    QTest::newRow("undocumented, user set") << 0.0 << 4.0 << 3.88;
    QTest::newRow("nothing") << 0.0 << 0.0 << 0.0;
}

void TestRateLimiter::effectiveRate()
{
    QFETCH(double, documented);
    QFETCH(double, user);
    QFETCH(double, expected);
    QVERIFY(qAbs(RateLimiter::effectiveRate(documented, user) - expected) < 1e-9);
}

void TestRateLimiter::grantsInOrderWithFakeClock()
{
    qint64 now = 0;
    RateLimiter limiter(10);
    limiter.setClock([&now] { return now; });
    QList<int> order;
    for (int i = 0; i < 3; ++i)
        limiter.acquire([&order, i] { order << i; });
    QTRY_COMPARE(order, QList<int>({0}));
    QTest::qWait(150);
    QCOMPARE(order, QList<int>({0}));    // the clock has not moved: no second grant
    now = 100;
    QTRY_COMPARE(order, QList<int>({0, 1}));
    now = 200;
    QTRY_COMPARE(order, QList<int>({0, 1, 2}));
    QCOMPARE(limiter.granted(), 3);
    QCOMPARE(limiter.waiting(), 0);
}

void TestRateLimiter::cancelFreesTheSlot()
{
    qint64 now = 0;
    RateLimiter limiter(10);
    limiter.setClock([&now] { return now; });
    QList<int> order;
    limiter.acquire([&order] { order << 0; });
    const quint64 second = limiter.acquire([&order] { order << 1; });
    limiter.acquire([&order] { order << 2; });
    QTRY_COMPARE(order, QList<int>({0}));
    limiter.cancel(second);
    QCOMPARE(limiter.waiting(), 1);
    now = 100;
    QTRY_COMPARE(order, QList<int>({0, 2}));
    QTest::qWait(20);
    QCOMPARE(order, QList<int>({0, 2}));
}

void TestRateLimiter::grantsNeverInsideAcquire()
{
    RateLimiter limiter(100);
    bool granted = false;
    limiter.acquire([&granted] { granted = true; });
    QVERIFY(!granted);   // callers may still be setting up
    QTRY_VERIFY(granted);
}

void TestRateLimiter::spacingOnTheLimitersClock()
{
    QElapsedTimer clock;
    clock.start();
    RateLimiter limiter(50);
    limiter.setClock([&clock] { return clock.elapsed(); });
    QList<qint64> at;
    for (int i = 0; i < 8; ++i)
        limiter.acquire([&at, &clock] { at << clock.elapsed(); });
    QTRY_COMPARE_WITH_TIMEOUT(at.size(), 8, 5000);
    // 20 ms apart, less at most the lateness carried (a fifth of an interval) between two;
    // over the run the carry never accumulates.
    for (int i = 1; i < at.size(); ++i)
        QVERIFY2(at.at(i) - at.at(i - 1) >= 16, qPrintable(QString::number(at.at(i) - at.at(i - 1))));
    QVERIFY(at.last() - at.first() >= 7 * 20 - 4);
}

void TestRateLimiter::slidingWindowNeverOverLimit()
{
    // Pure: whatever the request pattern, no closed 1 s window holds more than the documented 10.
    auto maxInWindow = [](const QList<double> &grants) {
        int most = 0;
        for (int i = 0; i < grants.size(); ++i) {
            int inWindow = 0;
            for (int j = i; j < grants.size() && grants.at(j) - grants.at(i) <= 1000.0; ++j)
                ++inWindow;
            most = std::max(most, inWindow);
        }
        return most;
    };
    TokenBucket onTime(RateLimiter::effectiveRate(10, 0), 1);
    QList<double> grants;
    qint64 t = 0;
    for (int i = 0; i < 200; ++i) {
        t += (i % 7 == 0) ? 0 : (i % 5) * 13;   // bursts and gaps
        grants << double(onTime.reserve(t));
    }
    QCOMPARE(maxInWindow(grants), 10);

    // And when grants come late (timers, a busy event loop), by up to 60 ms each.
    TokenBucket late(RateLimiter::effectiveRate(10, 0), 1);
    QList<double> lateGrants;
    double ask = 0;
    for (int i = 0; i < 200; ++i) {
        ask += (i % 7 == 0) ? 0 : (i % 5) * 13;
        const double due = late.eligibleAt(ask);
        const double grantedAt = due + double((i * 37) % 61);
        late.commit(grantedAt, due);
        lateGrants << grantedAt;
        ask = std::max(ask, grantedAt);
    }
    QVERIFY(maxInWindow(lateGrants) <= 10);
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
