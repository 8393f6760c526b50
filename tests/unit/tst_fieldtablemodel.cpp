// The field table model of the review desk: rows come from FieldLayout (a type's fields in
// order, then any other field the invoice has), values are edited only through the claim
// (undoable, validation re-runs), input is checked for the field's kind and refused when it is
// no value of that kind, and the model follows the claim with fine-grained updates.
#include "claim/claimdocument.h"
#include "fieldinput.h"
#include "fieldlayout.h"
#include "fieldsource.h"
#include "fieldtablemodel.h"
#include "sampleclaim.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ra;

namespace {

Invoice vatInvoice()
{
    Invoice inv = test::testInvoice(InvoiceType::VatElectronicNormal, u"031001900111"_s, u"12345678"_s,
                                    u"2024-05-08"_s, u"100.00"_s, u"6.00"_s, u"106.00"_s, u"上海餐饮有限公司"_s);
    inv.set(u"check_code"_s, makeField(u"12345678901234567890"_s, u"qr:check_code"_s));
    return inv;
}

qint64 addInvoice(ClaimDocument &doc, const Invoice &inv, const QByteArray &bytes = "%PDF-1.4 lunch")
{
    if (doc.addDocument(bytes, test::recognized(bytes, u"lunch.pdf"_s, {inv})) != ClaimDocument::AddResult::Added)
        return 0;
    return doc.invoices().constLast().id;
}

bool hasFinding(const Invoice &inv, const QString &rule)
{
    for (const Finding &f : inv.findings)
        if (f.rule == rule)
            return true;
    return false;
}

QString cell(const FieldTableModel &m, const QString &key, int column, int role = Qt::DisplayRole)
{
    return m.index(m.rowOfKey(key), column).data(role).toString();
}

} // namespace

class TestFieldTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ClaimChange>();
    }

    void layoutOrder_data()
    {
        QTest::addColumn<InvoiceType>("type");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("vat_electronic_normal")
            << InvoiceType::VatElectronicNormal
            << QStringList{u"title"_s, u"code"_s, u"number"_s, u"date"_s, u"check_code"_s, u"machine_code"_s,
                           u"buyer_name"_s, u"buyer_tax_id"_s, u"buyer_address_phone"_s, u"buyer_bank_account"_s,
                           u"seller_name"_s, u"seller_tax_id"_s, u"seller_address_phone"_s,
                           u"seller_bank_account"_s, u"pretax_amount"_s, u"tax_amount"_s, u"total"_s,
                           u"total_in_words"_s, u"remark"_s, u"payee"_s, u"reviewer"_s, u"issuer"_s,
                           u"ciphertext"_s};
        QTest::newRow("digital_normal: no code, no check code")
            << InvoiceType::DigitalNormal
            << QStringList{u"title"_s, u"number"_s, u"date"_s, u"buyer_name"_s, u"buyer_tax_id"_s,
                           u"seller_name"_s, u"seller_tax_id"_s, u"pretax_amount"_s, u"tax_amount"_s,
                           u"total"_s, u"total_in_words"_s, u"remark"_s, u"issuer"_s};
        QTest::newRow("taxi")
            << InvoiceType::Taxi
            << QStringList{u"number"_s, u"code"_s, u"date"_s, u"license_plate"_s, u"departure_time"_s,
                           u"arrival_time"_s, u"mileage"_s, u"total"_s};
        QTest::newRow("digital_train")
            << InvoiceType::DigitalTrain
            << QStringList{u"title"_s, u"number"_s, u"date"_s, u"passenger_name"_s, u"passenger_id"_s,
                           u"train_number"_s, u"departure_station"_s, u"arrival_station"_s, u"travel_date"_s,
                           u"departure_time"_s, u"seat_class"_s, u"seat"_s, u"carriage"_s, u"total"_s,
                           u"e_ticket_number"_s, u"buyer_name"_s, u"buyer_tax_id"_s};
        QTest::newRow("receipt")
            << InvoiceType::Receipt
            << QStringList{u"store_name"_s, u"date"_s, u"number"_s, u"subtotal"_s, u"discount"_s, u"tips"_s,
                           u"total"_s, u"currency"_s};
        QTest::newRow("unknown")
            << InvoiceType::Unknown
            << QStringList{u"title"_s, u"code"_s, u"number"_s, u"date"_s, u"check_code"_s, u"buyer_name"_s,
                           u"buyer_tax_id"_s, u"seller_name"_s, u"seller_tax_id"_s, u"pretax_amount"_s,
                           u"tax_amount"_s, u"total"_s, u"remark"_s};
    }

    void layoutOrder()
    {
        QFETCH(InvoiceType, type);
        QFETCH(QStringList, expected);
        QCOMPARE(FieldLayout::keys(type), expected);

        // The model shows exactly those rows for an invoice with nothing else.
        Invoice inv;
        inv.type = type;
        ClaimDocument doc;
        const qint64 id = addInvoice(doc, inv);
        QVERIFY(id);
        FieldTableModel model(&doc);
        model.setInvoice(id);
        // Validation may name fields the type does not list (it never does for an empty invoice
        // of these types); the listed ones come first in any case.
        QCOMPARE(model.keys().mid(0, expected.size()), expected);
        for (int row = 0; row < expected.size(); ++row)
            QCOMPARE(model.index(row, FieldTableModel::FieldColumn).data().toString(), FieldLayout::label(expected.at(row)));
    }

    void everyListedKeyIsKnownAndLabelled()
    {
        for (InvoiceType t : allInvoiceTypes()) {
            const QStringList keys = FieldLayout::keys(t);
            QVERIFY2(!keys.isEmpty(), qPrintable(invoiceTypeKey(t)));
            QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), keys.size()); // no key twice
            for (const QString &k : keys) {
                QVERIFY2(FieldLayout::isKnown(k), qPrintable(k));
                QVERIFY(FieldLayout::label(k) != k);
            }
        }
        QCOMPARE(FieldLayout::kind(u"total"_s), FieldLayout::Kind::Money);
        QCOMPARE(FieldLayout::kind(u"date"_s), FieldLayout::Kind::Date);
        QCOMPARE(FieldLayout::kind(u"departure_time"_s), FieldLayout::Kind::Time);
        QCOMPARE(FieldLayout::kind(u"seller_tax_id"_s), FieldLayout::Kind::TaxId);
        QCOMPARE(FieldLayout::kind(u"tax_rate"_s), FieldLayout::Kind::Rate);
        QCOMPARE(FieldLayout::kind(u"electronic"_s), FieldLayout::Kind::Boolean);
        QCOMPARE(FieldLayout::kind(u"ciphertext"_s), FieldLayout::Kind::Multiline);
        QCOMPARE(FieldLayout::kind(u"no_such_key"_s), FieldLayout::Kind::Text);
        QCOMPARE(FieldLayout::label(u"no_such_key"_s), u"no_such_key"_s);
    }

    void extraFieldsFollowTheListedOnes()
    {
        Invoice inv;
        inv.type = InvoiceType::Taxi;
        inv.set(u"total"_s, makeField(u"23.00"_s, u"pdf:text"_s));
        inv.set(u"zz_vendor_extra"_s, makeField(u"x"_s, u"qiniu:details.zz"_s));
        inv.set(u"remark"_s, makeField(u"night fare"_s, u"pdf:text"_s));
        inv.set(u"city"_s, makeField(u"深圳"_s, u"pdf:text"_s));
        inv.alternatives.insert(u"place"_s, {makeField(u"福田"_s, u"qr"_s)});
        ClaimDocument doc;
        const qint64 id = addInvoice(doc, inv);
        FieldTableModel model(&doc);
        model.setInvoice(id);
        QStringList expected = FieldLayout::keys(InvoiceType::Taxi);
        // Known keys in documentation order (city, remark, place), unknown ones last.
        expected << u"city"_s << u"remark"_s << u"place"_s << u"zz_vendor_extra"_s;
        QCOMPARE(model.keys(), expected);
        QCOMPARE(cell(model, u"zz_vendor_extra"_s, FieldTableModel::FieldColumn), u"zz_vendor_extra"_s);
    }

    void modelTester()
    {
        ClaimDocument doc;
        doc.setValidationDate(QDate(2024, 6, 1));
        const qint64 id = addInvoice(doc, vatInvoice());
        const qint64 other = addInvoice(doc, vatInvoice(), "%PDF-1.4 other");
        FieldTableModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInvoice(id);
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            for (int column = 0; column < model.columnCount(); ++column)
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::DecorationRole),
                                 int(Qt::BackgroundRole), int(Qt::ForegroundRole), int(Qt::EditRole)})
                    model.index(row, column).data(role);
        QVERIFY(model.setData(model.index(model.rowOfKey(u"total"_s), FieldTableModel::ValueColumn), u"160"_s));
        QVERIFY(model.setData(model.index(model.rowOfKey(u"remark"_s), FieldTableModel::ValueColumn), u"lunch"_s));
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        doc.undoStack()->redo();
        QVERIFY(doc.setInvoiceType(id, InvoiceType::Taxi));
        doc.undoStack()->undo();
        QVERIFY(doc.editField(other, u"total"_s, u"1.00"_s)); // another invoice: no change here
        QVERIFY(doc.removeInvoice(id));
        QCOMPARE(model.rowCount(), 0);
        doc.undoStack()->undo();
        QVERIFY(model.rowCount() > 0);
        model.setInvoice(other);
        model.setInvoice(0);
        QCOMPARE(model.rowCount(), 0);
    }

    void editingThroughTheModelEditsTheClaim()
    {
        ClaimDocument doc;
        doc.setValidationDate(QDate(2024, 6, 1));
        const qint64 id = addInvoice(doc, vatInvoice());
        FieldTableModel model(&doc);
        model.setInvoice(id);
        const int row = model.rowOfKey(u"total"_s);
        QVERIFY(row >= 0);
        QVERIFY(!hasFinding(doc.invoice(id)->invoice, u"total_mismatch"_s));
        QCOMPARE(cell(model, u"total"_s, FieldTableModel::SourceColumn), u"test"_s);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(model.setData(model.index(row, FieldTableModel::ValueColumn), u"¥160"_s));
        const Field total = doc.invoice(id)->invoice.fields.value(u"total"_s);
        QCOMPARE(total.value, u"160.00"_s); // normalized
        QVERIFY(total.edited);
        QCOMPARE(total.machineValue, u"106.00"_s);
        QVERIFY2(hasFinding(doc.invoice(id)->invoice, u"total_mismatch"_s), "validation re-ran");
        QCOMPARE(reset.size(), 0);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(cell(model, u"total"_s, FieldTableModel::ValueColumn), u"160.00"_s);
        QCOMPARE(cell(model, u"total"_s, FieldTableModel::SourceColumn), u"You (was 106.00)"_s);
        QVERIFY(model.index(row, 0).data(FieldTableModel::EditedRole).toBool());
        QCOMPARE(model.index(row, 0).data(FieldTableModel::StateRole).toInt(), int(FieldState::Edited));
        // The amounts the finding names changed colour too.
        const int pretax = model.rowOfKey(u"pretax_amount"_s);
        QCOMPARE(model.index(pretax, 0).data(FieldTableModel::StateRole).toInt(), int(FieldState::Finding));
        QVERIFY(model.index(pretax, 0).data(FieldTableModel::HasFindingRole).toBool());
        bool pretaxTold = false;
        for (const QList<QVariant> &args : changed) {
            const QModelIndex tl = args.at(0).toModelIndex();
            const QModelIndex br = args.at(1).toModelIndex();
            pretaxTold = pretaxTold || (tl.row() <= pretax && br.row() >= pretax);
        }
        QVERIFY2(pretaxTold, "rows whose state changed are announced");
        // The Source tooltip carries the edit history.
        const QString tip = cell(model, u"total"_s, FieldTableModel::SourceColumn, Qt::ToolTipRole);
        QVERIFY2(tip.contains(u"106.00 → 160.00"_s), qPrintable(tip));
        QVERIFY(tip.contains(u"user"_s));

        doc.undoStack()->undo();
        QCOMPARE(doc.invoice(id)->invoice.fields.value(u"total"_s).value, u"106.00"_s);
        QVERIFY(!doc.invoice(id)->invoice.fields.value(u"total"_s).edited);
        QCOMPARE(cell(model, u"total"_s, FieldTableModel::ValueColumn), u"106.00"_s);
        QCOMPARE(cell(model, u"total"_s, FieldTableModel::SourceColumn), u"test"_s);
        QVERIFY(!hasFinding(doc.invoice(id)->invoice, u"total_mismatch"_s));
        QCOMPARE(model.index(pretax, 0).data(FieldTableModel::StateRole).toInt(), int(FieldState::Confirmed));
    }

    void anEditAnnouncesOnlyTheRowsItChanged()
    {
        ClaimDocument doc;
        doc.setValidationDate(QDate(2024, 6, 1));
        const qint64 id = addInvoice(doc, vatInvoice());
        FieldTableModel model(&doc);
        model.setInvoice(id);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const int row = model.rowOfKey(u"remark"_s);
        QVERIFY(!model.index(row, 0).data(FieldTableModel::PresentRole).toBool());
        QVERIFY(model.setData(model.index(row, FieldTableModel::ValueColumn), u"team lunch"_s));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), row);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), row);
        QCOMPARE(changed.at(0).at(0).toModelIndex().column(), 0);
        QCOMPARE(changed.at(0).at(1).toModelIndex().column(), FieldTableModel::ColumnCount - 1);
        QVERIFY(model.index(row, 0).data(FieldTableModel::PresentRole).toBool());
        QCOMPARE(cell(model, u"remark"_s, FieldTableModel::SourceColumn), u"You (was empty)"_s);
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("input");
        QTest::newRow("money: words") << u"total"_s << u"abc"_s;
        QTest::newRow("money: three decimals") << u"total"_s << u"1.234"_s;
        QTest::newRow("money: two numbers") << u"tax_amount"_s << u"1/2"_s;
        QTest::newRow("date: no such day") << u"date"_s << u"2024-02-30"_s;
        QTest::newRow("date: words") << u"date"_s << u"yesterday"_s;
        QTest::newRow("tax id: punctuation") << u"seller_tax_id"_s << u"9131-0000"_s;
        QTest::newRow("rate: letters and digits") << u"tax_rate"_s << u"13x"_s;
    }

    void badInputIsRefused()
    {
        QFETCH(QString, key);
        QFETCH(QString, input);
        ClaimDocument doc;
        const qint64 id = addInvoice(doc, vatInvoice());
        FieldTableModel model(&doc);
        model.setInvoice(id);
        const Invoice before = doc.invoice(id)->invoice;
        const int commands = doc.undoStack()->count();
        QSignalSpy refused(&model, &FieldTableModel::inputRefused);
        QSignalSpy claimChanged(&doc, &ClaimDocument::changed);
        const int row = model.rowOfKey(key) >= 0 ? model.rowOfKey(key) : -1;
        if (row >= 0)
            QVERIFY(!model.setData(model.index(row, FieldTableModel::ValueColumn), input));
        else
            QVERIFY(!model.applyValue(key, input));
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused.at(0).at(0).toString().contains(input));
        QCOMPARE(claimChanged.size(), 0);
        QCOMPARE(doc.undoStack()->count(), commands);
        QCOMPARE(doc.invoice(id)->invoice, before);
    }

    void inputIsNormalized_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("shown");
        QTest::newRow("money with sign and separators") << u"total"_s << u"¥1,234.5"_s << u"1234.50"_s << u"1234.50"_s;
        QTest::newRow("full-width money") << u"pretax_amount"_s << u"１２０"_s << u"120.00"_s << u"120.00"_s;
        QTest::newRow("Chinese date") << u"date"_s << u"2024年5月9日"_s << u"2024-05-09"_s << u"2024-05-09"_s;
        QTest::newRow("rate as a fraction") << u"tax_rate"_s << u"0.13"_s << u"13%"_s << u"13%"_s;
        QTest::newRow("rate as a number") << u"tax_rate"_s << u"6"_s << u"6%"_s << u"6%"_s;
        QTest::newRow("rate as a word") << u"tax_rate"_s << u"免税"_s << u"免税"_s << u"免税"_s;
        QTest::newRow("tax id in lower case") << u"seller_tax_id"_s << u" 91310000mA1fl0000x "_s
                                             << u"91310000MA1FL0000X"_s << u"91310000MA1FL0000X"_s;
        QTest::newRow("flag") << u"electronic"_s << u"是"_s << u"true"_s << u"Yes"_s;
        QTest::newRow("time") << u"departure_time"_s << u"9:05"_s << u"09:05"_s << u"09:05"_s;
        QTest::newRow("text on one line") << u"seller_name"_s << u"上海\n餐饮"_s << u"上海 餐饮"_s << u"上海 餐饮"_s;
        QTest::newRow("lines kept") << u"remark"_s << u"a\nb"_s << u"a\nb"_s << u"a ⏎ b"_s;
    }

    void inputIsNormalized()
    {
        QFETCH(QString, key);
        QFETCH(QString, input);
        QFETCH(QString, stored);
        QFETCH(QString, shown);
        ClaimDocument doc;
        const qint64 id = addInvoice(doc, vatInvoice());
        FieldTableModel model(&doc);
        model.setInvoice(id);
        QSignalSpy refused(&model, &FieldTableModel::inputRefused);
        QVERIFY(model.applyValue(key, input));
        QCOMPARE(refused.size(), 0);
        QCOMPARE(doc.invoice(id)->invoice.fields.value(key).value, stored);
        QCOMPARE(cell(model, key, FieldTableModel::ValueColumn), shown);
        QCOMPARE(cell(model, key, FieldTableModel::ValueColumn, Qt::EditRole), stored);
        // The same value again is no edit.
        const int commands = doc.undoStack()->count();
        QVERIFY(!model.applyValue(key, input));
        QCOMPARE(doc.undoStack()->count(), commands);
    }

    void clearing()
    {
        ClaimDocument doc;
        const qint64 id = addInvoice(doc, vatInvoice());
        FieldTableModel model(&doc);
        model.setInvoice(id);
        const int commands = doc.undoStack()->count();
        // An absent field has nothing to clear.
        QVERIFY(!model.setData(model.index(model.rowOfKey(u"remark"_s), FieldTableModel::ValueColumn), u"  "_s));
        QCOMPARE(doc.undoStack()->count(), commands);
        // A present one is cleared as an edit that keeps what the machine read.
        QVERIFY(model.setData(model.index(model.rowOfKey(u"code"_s), FieldTableModel::ValueColumn), QString()));
        const Field code = doc.invoice(id)->invoice.fields.value(u"code"_s);
        QCOMPARE(code.value, u""_s);
        QVERIFY(code.edited);
        QCOMPARE(code.machineValue, u"031001900111"_s);
        QCOMPARE(cell(model, u"code"_s, FieldTableModel::ValueColumn), QString());
        QCOMPARE(cell(model, u"code"_s, FieldTableModel::SourceColumn), u"You (was 031001900111)"_s);
    }

    void onlyValuesAreEditable()
    {
        ClaimDocument doc;
        const qint64 id = addInvoice(doc, vatInvoice());
        FieldTableModel model(&doc);
        model.setInvoice(id);
        const int row = model.rowOfKey(u"total"_s);
        QVERIFY(model.flags(model.index(row, FieldTableModel::ValueColumn)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(row, FieldTableModel::FieldColumn)) & Qt::ItemIsEditable));
        QVERIFY(!(model.flags(model.index(row, FieldTableModel::SourceColumn)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(row, FieldTableModel::FieldColumn), u"1.00"_s));
        QVERIFY(!model.setData(model.index(row, FieldTableModel::SourceColumn), u"1.00"_s));
        QVERIFY(!model.setData(model.index(row, FieldTableModel::ValueColumn), u"1.00"_s, Qt::DisplayRole));
        QCOMPARE(doc.invoice(id)->invoice.value(u"total"_s), u"106.00"_s);
    }

    void typeChangeRelaysOutAndRemovalEmpties()
    {
        ClaimDocument doc;
        const qint64 id = addInvoice(doc, vatInvoice());
        FieldTableModel model(&doc);
        model.setInvoice(id);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(doc.setInvoiceType(id, InvoiceType::Taxi));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.keys().mid(0, FieldLayout::keys(InvoiceType::Taxi).size()), FieldLayout::keys(InvoiceType::Taxi));
        // Fields the taxi layout does not list are still shown.
        QVERIFY(model.keys().contains(u"seller_name"_s));
        QVERIFY(model.keys().contains(u"check_code"_s));
        doc.undoStack()->undo();
        QCOMPARE(model.keys().mid(0, 3), (QStringList{u"title"_s, u"code"_s, u"number"_s}));

        QVERIFY(doc.removeInvoice(id));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.invoice());
        QCOMPARE(model.invoiceId(), id);
        doc.undoStack()->undo(); // the same id comes back
        QVERIFY(model.rowCount() > 0);
    }

    void sourceNames_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("shown");
        QTest::newRow("qr") << u"qr"_s << u"QR code"_s;
        QTest::newRow("qr key") << u"qr:total"_s << u"QR code"_s;
        QTest::newRow("pdf") << u"pdf:text"_s << u"PDF text"_s;
        QTest::newRow("ofd") << u"ofd:original_invoice.xml/InvoiceNo"_s << u"OFD data"_s;
        QTest::newRow("tencent vat") << u"tencent-vat:发票号码"_s << u"Tencent Cloud"_s;
        QTest::newRow("tencent ofd") << u"tencent-ofd:Type"_s << u"Tencent Cloud"_s;
        QTest::newRow("qiniu") << u"qiniu:details.total"_s << u"Qiniu"_s;
        QTest::newRow("ekuaibao") << u"ekuaibao:details.total"_s << u"Ekuaibao"_s;
        QTest::newRow("deepfinch") << u"deepfinch:result.total"_s << u"DeepFinch"_s;
        QTest::newRow("ocr") << u"ocr"_s << u"Printed text (OCR)"_s;
        QTest::newRow("ocr words") << u"ocr:words"_s << u"Amount in words (OCR)"_s;
        QTest::newRow("ocr sum") << u"ocr:sum"_s << u"Sum of the other amounts (OCR)"_s;
        QTest::newRow("ocr check") << u"ocr:check"_s << u"Tax ID check character (OCR)"_s;
        QTest::newRow("user") << u"user"_s << u"You"_s;
        QTest::newRow("inferred") << u"inferred:code"_s << u"Inferred"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void sourceNames()
    {
        QFETCH(QString, source);
        QFETCH(QString, shown);
        QCOMPARE(FieldSource::displayName(source), shown);
    }

    void uncertainAndAlternativesShowAsUncertain()
    {
        Invoice inv = vatInvoice();
        Field seller = inv.fields.value(u"seller_name"_s);
        seller.uncertain = true;
        seller.source = u"qiniu:details.seller_name"_s;
        inv.set(u"seller_name"_s, seller);
        inv.candidates.insert(u"check_code"_s, {u"12345678901234567891"_s});
        ClaimDocument doc;
        const qint64 id = addInvoice(doc, inv);
        FieldTableModel model(&doc);
        model.setInvoice(id);
        QCOMPARE(model.index(model.rowOfKey(u"seller_name"_s), 0).data(FieldTableModel::StateRole).toInt(),
                 int(FieldState::Uncertain));
        QCOMPARE(cell(model, u"seller_name"_s, FieldTableModel::SourceColumn), u"Qiniu, unsure"_s);
        QCOMPARE(model.index(model.rowOfKey(u"check_code"_s), 0).data(FieldTableModel::StateRole).toInt(),
                 int(FieldState::Uncertain));
        QVERIFY(model.index(model.rowOfKey(u"check_code"_s), 1).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(model.rowOfKey(u"code"_s), 1).data(Qt::BackgroundRole).isValid());
    }
};

QTEST_MAIN(TestFieldTableModel)
#include "tst_fieldtablemodel.moc"
