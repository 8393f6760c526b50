// Puts the review desk in the states docs/desktop.md shows and saves a picture of the screen for
// each: a PDF, an OFD, a photo with two receipts, a failed photo with an invoice entered by hand,
// and the recovery bar with error rows. Run under Xvfb at the screen size wanted:
//   deskshots OUT_DIR LANG SAMPLES_DIR      (LANG: en or zh_CN; SAMPLES_DIR from reimburse-samples)
#include "claim/claimdocument.h"
#include "claim/claimintake.h"
#include "core/memorycredentialstore.h"
#include "deskfixtures.h"
#include "sampleclaim.h"
#include "importcontroller.h"
#include "invoicelistpanel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "pageview.h"

#include "uilanguage.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFont>
#include <QPainter>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace ra;

namespace {

void settle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
}

template<typename Done>
bool waitFor(Done done, int ms = 60000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    return done();
}

void shoot(const QString &path)
{
    settle(1500);   // page rendered at the screen's resolution, thumbnails painted
    QScreen *screen = QGuiApplication::primaryScreen();
    screen->grabWindow(0).save(path);
    std::printf("%s\n", qPrintable(path));
}

// A paper receipt no offline reader gets anything from: text, no QR code.
QByteArray unreadableReceipt()
{
    QImage image(900, 1300, QImage::Format_RGB32);
    image.fill(QColor(0xF4, 0xF1, 0xEA));
    QPainter p(&image);
    QFont f(u"Noto Sans CJK SC"_s);
    f.setPixelSize(48);
    p.setFont(f);
    p.drawText(QRect(0, 80, 900, 80), Qt::AlignCenter, u"出租汽车统一发票"_s);
    f.setPixelSize(34);
    p.setFont(f);
    const QStringList lines = {u"电话  021-12345678"_s, u"车号  沪A·12345"_s, u"日期  2024-05-06"_s,
                               u"上车  08:12   下车  08:41"_s, u"单价  3.00 元"_s, u"里程  9.8 公里"_s,
                               u"金额  ￥42.00"_s};
    for (int i = 0; i < lines.size(); ++i)
        p.drawText(QPoint(140, 260 + i * 90), lines.at(i));
    p.end();
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return jpeg;
}

std::unique_ptr<MainWindow> window(QTemporaryDir &dir, QSettings &settings, const QString &untitled, bool recovery)
{
    MainWindow::Options o;
    o.settings = &settings;
    o.credentials = std::make_shared<MemoryCredentialStore>();
    o.ledgerPath = u"-"_s;
    o.untitledDir = untitled;
    o.cacheDirectory = dir.filePath(u"cache"_s);
    o.offerRecovery = recovery;
    auto w = std::make_unique<MainWindow>(std::move(o));
    w->setGeometry(QGuiApplication::primaryScreen()->availableGeometry());
    w->show();
    return w;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"reimburse"_s);
    const QStringList args = QApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: deskshots OUT_DIR en|zh_CN SAMPLES_DIR\n");
        return 2;
    }
    const QString out = args.at(1);
    const QString lang = args.at(2);
    const QDir samples(args.at(3));
    uilanguage::setCurrent(lang);
    QLocale::setDefault(lang == u"zh_CN" ? QLocale(QLocale::Chinese, QLocale::China) : QLocale(QLocale::English));
    QTranslator tr;
    if (tr.load(u"reimburse_%1"_s.arg(lang), QStringLiteral(RA_QM_DIR)))
        QApplication::installTranslator(&tr);
    QDir().mkpath(out);
    const QString size = u"%1x%2"_s.arg(QGuiApplication::primaryScreen()->size().width())
                             .arg(QGuiApplication::primaryScreen()->size().height());
    const QString suffix = u"-%1-%2.png"_s.arg(size, lang == u"zh_CN" ? u"zh"_s : u"en"_s);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);

    {
        auto w = window(dir, settings, dir.filePath(u"untitled"_s), false);
        const QString twoReceipts = test::writeFile(
            dir, u"two-receipts.png"_s,
            test::qrPhoto({test::qrPayload(u"24310001"_s, u"23.00"_s), test::qrPayload(u"24310002"_s, u"36.50"_s)}));
        const QString failed = test::writeFile(dir, u"taxi-photo.jpg"_s, unreadableReceipt());
        w->importFiles({samples.filePath(u"digital-special.pdf"_s), samples.filePath(u"digital-normal.ofd"_s),
                        twoReceipts, failed});
        waitFor([&] { return !w->importer()->isBusy() && w->claim()->invoices().size() >= 4; });
        const auto &invoices = w->claim()->invoices();
        auto select = [&](const QString &name) {
            for (const ClaimInvoice &ci : invoices)
                if (w->claim()->data().original(ci.sha256)->name == name) {
                    w->listPanel()->selectInvoice(ci.id);
                    waitFor([&] { return w->pageView()->invoiceId() == ci.id && !w->pageView()->isRendering(); });
                    return ci.id;
                }
            return qint64(0);
        };
        select(u"digital-special.pdf"_s);
        shoot(QDir(out).filePath(u"desk-pdf"_s + suffix));
        select(u"digital-normal.ofd"_s);
        shoot(QDir(out).filePath(u"desk-ofd"_s + suffix));
        // The second receipt of the photo.
        qint64 second = 0;
        for (const ClaimInvoice &ci : invoices)
            if (w->claim()->data().original(ci.sha256)->name == u"two-receipts.png")
                second = ci.id;
        w->listPanel()->selectInvoice(second);
        waitFor([&] { return w->pageView()->invoiceId() == second && !w->pageView()->isRendering(); });
        shoot(QDir(out).filePath(u"desk-two-receipts"_s + suffix));
        // The failed photo, entered by hand.
        for (const ClaimIntake &e : w->claim()->intake())
            if (e.name == u"taxi-photo.jpg") {
                QFile f(failed);
                f.open(QIODevice::ReadOnly);
                const qint64 id = w->claim()->addManualDocument(e.id, f.readAll(), InvoiceType::Taxi);
                w->claim()->editField(id, u"date"_s, u"2024-05-06"_s);
                w->claim()->editField(id, u"total"_s, u"42.00"_s);
                w->listPanel()->selectInvoice(id);
                waitFor([&] { return w->pageView()->invoiceId() == id && !w->pageView()->isRendering(); });
                break;
            }
        shoot(QDir(out).filePath(u"desk-entered-by-hand"_s + suffix));
    }

    {
        // What a crash leaves: a claim with invoices and unfinished files; then the desk with a
        // failed and a cancelled row beside the bar.
        const QString untitled = dir.filePath(u"untitled-recovery"_s);
        QDir().mkpath(untitled);
        {
            ClaimDocument left;
            left.open(QDir(untitled).filePath(u"untitled-20261204-185900-0a1b2c3d.claim"_s), ClaimStore::OpenMode::CreateIfMissing);
            for (int i = 0; i < 3; ++i) {
                const QByteArray png = test::qrPhoto({test::qrPayload(u"2431%1"_s.arg(1000 + i), u"%1.00"_s.arg(20 + i))});
                left.addDocument(png, test::recognized(png, u"taxi-%1.png"_s.arg(i), {test::testInvoice(
                                          InvoiceType::Taxi, {}, u"2431%1"_s.arg(1000 + i), u"2024-05-0%1"_s.arg(i + 1),
                                          {}, {}, u"%1.00"_s.arg(20 + i), {})}));
            }
            QList<ClaimIntake> waiting;
            for (int i = 0; i < 29; ++i) {
                ClaimIntake e;
                e.name = u"scan-%1.jpg"_s.arg(i, 2, 10, QChar(u'0'));
                e.sourcePath = dir.filePath(e.name);
                waiting << e;
            }
            left.addIntakes(waiting);
        }
        auto w = window(dir, settings, untitled, true);
        const QString broken = test::writeFile(dir, u"broken.pdf"_s, "%PDF-1.7\n1 0 obj <<");
        const QString notInvoice = test::writeFile(dir, u"notes.txt"_s, "meeting notes");
        w->importFiles({samples.filePath(u"electronic-normal.pdf"_s), broken, notInvoice});
        waitFor([&] { return !w->importer()->isBusy() && !w->claim()->intake().isEmpty(); });
        waitFor([&] { return w->recoveryBar()->isVisible(); });
        shoot(QDir(out).filePath(u"desk-recovery"_s + suffix));
    }
    return 0;
}
