#include "aboutbox.h"

#include <QApplication>
#include <QMessageBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <QWidget>
#include <ZXing/ZXVersion.h>
#include <spdlog/version.h>
#include <xlsxwriter.h>

#ifndef RA_VERSION
#define RA_VERSION "dev"
#endif

using namespace Qt::StringLiterals;

namespace ra {

namespace {
QString sqliteVersion()
{
    const QString name = u"about-"_s + QUuid::createUuid().toString(QUuid::Id128);
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(u":memory:"_s);
        if (db.open()) {
            QSqlQuery q(u"SELECT sqlite_version()"_s, db);
            if (q.next())
                version = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}
} // namespace

QString aboutText()
{
    const QString libraries = u"<ul>"
                              u"<li>Qt %1 (LGPL-3.0)</li>"
                              u"<li>SQLite %2</li>"
                              u"<li>ZXing-C++ %3 (Apache-2.0)</li>"
                              u"<li>spdlog %4.%5.%6 (MIT)</li>"
                              u"<li>libxlsxwriter %7 (BSD-2-Clause)</li>"
                              u"<li>QuaZip, QtKeychain (LGPL-2.1), jbig2dec (AGPL-3.0), zlib</li>"
                              u"</ul>"_s.arg(QString::fromLatin1(qVersion()), sqliteVersion(),
                                             u"%1.%2.%3"_s.arg(ZXING_VERSION_MAJOR).arg(ZXING_VERSION_MINOR).arg(ZXING_VERSION_PATCH))
                                  .arg(SPDLOG_VER_MAJOR)
                                  .arg(SPDLOG_VER_MINOR)
                                  .arg(SPDLOG_VER_PATCH)
                                  .arg(QString::fromLatin1(LXW_VERSION));
    return QApplication::translate("AboutBox",
                                   "<h3>Reimbursement Assistant %1</h3>"
                                   "<p>Recognise, check and export Chinese invoices for expense claims: PDF and OFD "
                                   "e-invoices, photos and scans, read offline or by a cloud OCR service of your "
                                   "choice.</p><p>Built with:</p>%2")
        .arg(QString::fromLatin1(RA_VERSION), libraries);
}

void showAboutBox(QWidget *parent)
{
    QMessageBox::about(parent, QApplication::translate("AboutBox", "About Reimbursement Assistant"), aboutText());
}

} // namespace ra
