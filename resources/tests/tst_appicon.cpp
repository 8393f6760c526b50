// The compiled-in application icon: every rendition is in the resource and is the size it claims.
#include "appicon.h"

#include <QFile>
#include <QImage>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAppIcon : public QObject
{
    Q_OBJECT

private slots:
    void renditionInResource_data()
    {
        QTest::addColumn<int>("size");
        for (int s : {16, 24, 32, 48, 64, 128, 256})
            QTest::addRow("%d px", s) << s;
    }

    void renditionInResource()
    {
        QFETCH(int, size);
        const QImage image(u":/icons/reimburse-%1.png"_s.arg(size));
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(size, size));
        QVERIFY(image.hasAlphaChannel());
    }

    void iconOffersEverySize()
    {
        const QIcon icon = ra::appIcon();
        QVERIFY(!icon.isNull());
        const QList<QSize> sizes = icon.availableSizes();
        for (int s : {16, 24, 32, 48, 64, 128, 256})
            QVERIFY2(sizes.contains(QSize(s, s)), qPrintable(u"missing %1 px"_s.arg(s)));
        // A size between renditions is served (scaled down from the next larger one).
        QCOMPARE(icon.pixmap(QSize(20, 20)).deviceIndependentSize().toSize(), QSize(20, 20));
    }

    void svgInResource()
    {
        QFile svg(u":/icons/reimburse.svg"_s);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
    }

    void appIdIsReverseDns()
    {
        QCOMPARE(ra::appId(), u"io.github.reimburse.Reimburse"_s);
    }
};

QTEST_MAIN(TestAppIcon)
#include "tst_appicon.moc"
