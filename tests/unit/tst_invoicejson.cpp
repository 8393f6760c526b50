// The JSON document shape of `reimburse-cli recognize --format json`: what the writer puts
// (and leaves out), that reading it back gives the same documents, and that the reader says
// where a malformed document is wrong.
#include "invoicejson.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ra::Field)

namespace {

// Corners with at most two decimals, as the writer rounds to two: 1194.75 + 63.33 is not
// exactly 1258.08 in binary, its rounded value is.
QPolygonF box(double x, double y, double w, double h)
{
    auto r = [](double v) { return std::round(v * 100.0) / 100.0; };
    return QPolygonF({QPointF(r(x), r(y)), QPointF(r(x + w), r(y)), QPointF(r(x + w), r(y + h)),
                      QPointF(r(x), r(y + h))});
}

ra::Field field(const QString &value, const QString &source, const QPolygonF &polygon = {}, int page = 0)
{
    return ra::makeField(value, source, polygon, page);
}

// Every member of every struct set to something that is not its default.
ra::Invoice richInvoice()
{
    ra::Invoice inv;
    inv.page = 2;
    inv.region = box(10.5, 20.25, 1600, 1000);
    inv.orientation = 90;
    inv.pageSize = QSizeF(1754, 1240);
    inv.type = ra::InvoiceType::DigitalSpecial;
    inv.typeSource = u"qr:kind"_s;
    inv.typeInferred = true;

    inv.set(u"number"_s, field(u"25322000000137756448"_s, u"pdf:text"_s, box(1300, 60, 200.12, 24.5), 2));
    inv.set(u"date"_s, field(u"2025-03-14"_s, u"qr"_s));
    inv.set(u"total"_s, field(u"103834.00"_s, u"pdf:text"_s, box(1400, 700, 90, 22), 2));
    inv.set(u"tax_amount"_s, field(u"-318.00"_s, u"pdf:text"_s));
    inv.set(u"electronic"_s, field(u"true"_s, u"qr"_s));
    inv.set(u"company_seal"_s, field(u"false"_s, u"tencent:是否有公司印章"_s));
    inv.set(u"ciphertext"_s, field(u"03*<<>7>616<\n*/78+740454"_s, u"pdf:text"_s));
    inv.set(u"remark"_s, field(u""_s, u"pdf:text"_s)); // present but blank: kept as a string

    ra::Field edited = field(u"深圳腾讯游戏有限公司"_s, u"user"_s, box(374, 788, 244, 25), 2);
    edited.edited = true;
    edited.machineValue = u"深圳腾讯游戏有限公"_s;
    inv.set(u"seller_name"_s, edited);

    ra::Field unsure = field(u"91120110MA06J3WLX8"_s, u"local:ocr"_s, box(1, 2, 3, 4), 1);
    unsure.uncertain = true;
    inv.set(u"seller_tax_id"_s, unsure);

    // Alternatives: for a key with a value, and for a key whose only values are alternatives.
    inv.offer(u"total"_s, field(u"103833.00"_s, u"qr"_s));
    inv.offer(u"total"_s, field(u"103834.01"_s, u"ocr"_s, box(5, 6, 7, 8), 2));
    inv.alternatives[u"check_code"_s].append(field(u"12345678901234567890"_s, u"qiniu:check_code"_s));

    ra::FieldMap item;
    item.insert(u"name"_s, field(u"*运输服务*客运服务费"_s, u"pdf:text"_s, box(203, 439, 121, 27), 2));
    item.insert(u"quantity"_s, field(u"1"_s, u"pdf:text"_s, box(886, 429, 19, 23), 2));
    item.insert(u"amount"_s, field(u"87.28"_s, u"pdf:text"_s, box(1194.75, 428.5, 63.33, 24), 2));
    inv.items.append(item);
    ra::FieldMap item2;
    item2.insert(u"name"_s, field(u"餐饮服务"_s, u"ofd:original_invoice.xml/Item"_s));
    inv.items.append(item2);

    ra::FieldMap flight;
    flight.insert(u"from"_s, field(u"北京"_s, u"pdf:text"_s));
    flight.insert(u"flight_number"_s, field(u"CA1234"_s, u"pdf:text"_s, box(1, 1, 1, 1), 2));
    inv.flights.append(flight);
    ra::FieldMap trip;
    trip.insert(u"total"_s, field(u"23.50"_s, u"qiniu:trips.total"_s));
    inv.trips.append(trip);

    inv.qrcodes = {u"01,31,,25322000000137756448,103834.00,20250314,,1A2B,"_s};
    inv.barcodes = {u"00000102180000"_s, u"123"_s};
    inv.candidates.insert(u"check_code"_s, {u"52657910788452871583"_s, u"52657910788452871588"_s});

    ra::Finding f;
    f.rule = u"total_mismatch"_s;
    f.severity = ra::Severity::Error;
    f.message = u"The total does not equal amount plus tax."_s;
    f.messageZh = u"价税合计不等于金额加税额。"_s;
    f.fields = {u"total"_s, u"pretax_amount"_s, u"tax_amount"_s};
    inv.findings.append(f);
    ra::Finding info;
    info.rule = u"same_day"_s;
    info.severity = ra::Severity::Info;
    info.message = u"Issued today."_s;
    inv.findings.append(info);
    return inv;
}

QList<ra::RecognizedDocument> richDocuments()
{
    ra::RecognizedDocument ok;
    ok.file = u"scans/发票 1.pdf"_s;
    ok.sha256 = u"120708776c3e6098c7a8e4579809c2f92e19db15e21b5ce7ed0d67b97b7568eb"_s;
    ok.format = u"pdf"_s;
    ok.pages = 2;
    ok.provider = u"local"_s;
    ok.invoices.append(richInvoice());
    ra::Invoice plain;
    plain.type = ra::InvoiceType::Taxi;
    plain.set(u"number"_s, field(u"01670989"_s, u"local:ocr"_s));
    ok.invoices.append(plain);

    ra::RecognizedDocument failed;
    failed.file = u"broken.ofd"_s;
    failed.sha256 = u"00"_s;
    failed.format = u"ofd"_s;
    failed.provider = u"local"_s;
    failed.error = ra::DocumentError{u"ofd_corrupt"_s, u"The OFD package cannot be opened."_s};
    return {ok, failed};
}

QJsonObject parseObject(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TstInvoiceJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void roundTripSingleObjects();
    void documentShape();
    void invoiceOmitsWhatIsAbsent();
    void invoiceWritesWhatIsPresent();
    void fieldShape_data();
    void fieldShape();
    void alternativesHangOffTheirField();
    void polygonsAreRounded();
    void readerIsLenient();
    void readerErrors_data();
    void readerErrors();
    void errorIsClearedOnSuccess();
};

void TstInvoiceJson::roundTrip_data()
{
    QTest::addColumn<bool>("compact");
    QTest::newRow("indented") << false;
    QTest::newRow("compact") << true;
}

void TstInvoiceJson::roundTrip()
{
    QFETCH(bool, compact);
    const QList<ra::RecognizedDocument> docs = richDocuments();
    const QByteArray json =
        ra::documentsToJson(docs, compact ? QJsonDocument::Compact : QJsonDocument::Indented);
    QString error;
    const auto back = ra::documentsFromJson(json, &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(back->size(), docs.size());
    for (qsizetype i = 0; i < docs.size(); ++i) {
        const ra::RecognizedDocument &a = docs.at(i);
        const ra::RecognizedDocument &b = back->at(i);
        QCOMPARE(b.invoices.size(), a.invoices.size());
        for (qsizetype j = 0; j < a.invoices.size(); ++j) {
            QCOMPARE(b.invoices.at(j).fields.keys(), a.invoices.at(j).fields.keys());
            QCOMPARE(b.invoices.at(j).alternatives.keys(), a.invoices.at(j).alternatives.keys());
            QVERIFY2(b.invoices.at(j) == a.invoices.at(j), qPrintable(u"invoice %1"_s.arg(j)));
        }
        QVERIFY(b == a);
    }
    // And the second generation writes the same bytes.
    QCOMPARE(ra::documentsToJson(*back, compact ? QJsonDocument::Compact : QJsonDocument::Indented), json);
}

void TstInvoiceJson::roundTripSingleObjects()
{
    const ra::Invoice inv = richInvoice();
    QString error;
    const auto inv2 = ra::invoiceFromJson(ra::toJson(inv), &error);
    QVERIFY2(inv2.has_value(), qPrintable(error));
    QVERIFY(*inv2 == inv);

    const ra::Field f = inv.fields.value(u"seller_name"_s);
    const auto f2 = ra::fieldFromJson(ra::toJson(f), &error);
    QVERIFY2(f2.has_value(), qPrintable(error));
    QCOMPARE(*f2, f);

    const ra::RecognizedDocument doc = richDocuments().constLast();
    const auto doc2 = ra::documentFromJson(ra::toJson(doc), &error);
    QVERIFY2(doc2.has_value(), qPrintable(error));
    QVERIFY(*doc2 == doc);
}

void TstInvoiceJson::documentShape()
{
    const QList<ra::RecognizedDocument> docs = richDocuments();
    const QJsonObject top = QJsonDocument::fromJson(ra::documentsToJson(docs)).object();
    QCOMPARE(top.keys(), QStringList{u"documents"_s});
    const QJsonArray arr = top.value(u"documents"_s).toArray();
    QCOMPARE(arr.size(), 2);

    const QJsonObject ok = arr.at(0).toObject();
    QCOMPARE(ok.keys(), (QStringList{u"error"_s, u"file"_s, u"format"_s, u"invoices"_s, u"pages"_s,
                                     u"provider"_s, u"sha256"_s}));
    QVERIFY(ok.value(u"error"_s).isNull());
    QCOMPARE(ok.value(u"file"_s).toString(), u"scans/发票 1.pdf"_s);
    QCOMPARE(ok.value(u"pages"_s).toInt(), 2);
    QCOMPARE(ok.value(u"invoices"_s).toArray().size(), 2);

    const QJsonObject failed = arr.at(1).toObject();
    QCOMPARE(failed.value(u"error"_s).toObject(),
             (QJsonObject{{u"code"_s, u"ofd_corrupt"_s}, {u"message"_s, u"The OFD package cannot be opened."_s}}));
    QCOMPARE(failed.value(u"invoices"_s).toArray().size(), 0);

    QVERIFY(ra::documentsToJson({}, QJsonDocument::Compact) == QByteArray("{\"documents\":[]}"));
}

void TstInvoiceJson::invoiceOmitsWhatIsAbsent()
{
    ra::Invoice inv;
    inv.set(u"number"_s, field(u"01670989"_s, u"local:ocr"_s));
    inv.set(u"nothing"_s, ra::Field()); // a null value is an absent field
    const QJsonObject o = ra::toJson(inv);
    QCOMPARE(o, parseObject(R"({"page": 1, "orientation": 0, "type": "unknown",
        "fields": {"number": {"value": "01670989", "source": "local:ocr", "edited": false}},
        "items": [], "findings": []})"));
}

void TstInvoiceJson::invoiceWritesWhatIsPresent()
{
    const QJsonObject o = ra::toJson(richInvoice());
    QCOMPARE(o.keys(), (QStringList{u"barcode"_s, u"candidates"_s, u"fields"_s, u"findings"_s, u"flights"_s,
                                    u"items"_s, u"orientation"_s, u"page"_s, u"page_size"_s, u"qrcode"_s,
                                    u"region"_s, u"trips"_s, u"type"_s, u"type_inferred"_s, u"type_source"_s}));
    QCOMPARE(o.value(u"page"_s).toInt(), 2);
    QCOMPARE(o.value(u"orientation"_s).toInt(), 90);
    QCOMPARE(o.value(u"type"_s).toString(), u"digital_special"_s);
    QCOMPARE(o.value(u"type_source"_s).toString(), u"qr:kind"_s);
    QCOMPARE(o.value(u"type_inferred"_s), QJsonValue(true));
    QCOMPARE(o.value(u"page_size"_s).toArray(), (QJsonArray{1754, 1240}));
    QCOMPARE(o.value(u"region"_s).toArray().size(), 4);
    QCOMPARE(o.value(u"region"_s).toArray().at(0).toArray(), (QJsonArray{10.5, 20.25}));

    const QJsonObject fields = o.value(u"fields"_s).toObject();
    QCOMPARE(fields.value(u"electronic"_s).toObject().value(u"value"_s), QJsonValue(true));
    QCOMPARE(fields.value(u"company_seal"_s).toObject().value(u"value"_s), QJsonValue(false));
    QCOMPARE(fields.value(u"tax_amount"_s).toObject().value(u"value"_s), QJsonValue(u"-318.00"_s));
    QCOMPARE(fields.value(u"remark"_s).toObject().value(u"value"_s), QJsonValue(u""_s));

    const QJsonArray items = o.value(u"items"_s).toArray();
    QCOMPARE(items.size(), 2);
    const QJsonObject amount = items.at(0).toObject().value(u"amount"_s).toObject();
    QCOMPARE(amount.value(u"value"_s).toString(), u"87.28"_s);
    QCOMPARE(amount.value(u"polygon"_s).toArray().at(2).toArray(), (QJsonArray{1258.08, 452.5}));
    QCOMPARE(amount.value(u"page"_s).toInt(), 2);

    QCOMPARE(o.value(u"flights"_s).toArray().at(0).toObject().value(u"flight_number"_s).toObject()
                 .value(u"value"_s).toString(), u"CA1234"_s);
    QCOMPARE(o.value(u"trips"_s).toArray().size(), 1);
    QCOMPARE(o.value(u"barcode"_s).toArray(), (QJsonArray{u"00000102180000"_s, u"123"_s}));
    QCOMPARE(o.value(u"candidates"_s).toObject().value(u"check_code"_s).toArray().size(), 2);

    const QJsonArray findings = o.value(u"findings"_s).toArray();
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0).toObject(), parseObject(R"({"rule": "total_mismatch", "severity": "error",
        "message": "The total does not equal amount plus tax.", "message_zh": "价税合计不等于金额加税额。",
        "fields": ["total", "pretax_amount", "tax_amount"]})"));
    QCOMPARE(findings.at(1).toObject().value(u"severity"_s).toString(), u"info"_s);
}

void TstInvoiceJson::fieldShape_data()
{
    QTest::addColumn<ra::Field>("field");
    QTest::addColumn<QJsonObject>("json");

    QTest::newRow("value-and-source") << field(u"53.40"_s, u"qr"_s)
                                      << parseObject(R"({"value": "53.40", "source": "qr", "edited": false})");
    QTest::newRow("polygon-and-page") << field(u"x"_s, u"s"_s, box(1, 2, 3, 4), 3)
                                      << parseObject(R"({"value": "x", "source": "s", "edited": false, "page": 3,
                                             "polygon": [[1,2],[4,2],[4,6],[1,6]]})");
    QTest::newRow("polygon-without-page") << field(u"x"_s, u"s"_s, box(0, 0, 1, 1), 0)
                                          << parseObject(R"({"value": "x", "source": "s", "edited": false,
                                                 "polygon": [[0,0],[1,0],[1,1],[0,1]]})");
    ra::Field edited = field(u"new"_s, u"user"_s);
    edited.edited = true;
    edited.machineValue = u"old"_s;
    QTest::newRow("edited") << edited
                            << parseObject(R"({"value": "new", "source": "user", "edited": true,
                                   "machine_value": "old"})");
    ra::Field editedWithSource = edited;
    editedWithSource.machineSource = u"qr"_s;
    QTest::newRow("edited-with-machine-source")
        << editedWithSource
        << parseObject(R"({"value": "new", "source": "user", "edited": true, "machine_value": "old",
                           "machine_source": "qr"})");
    ra::Field editedFromNothing = field(u"new"_s, u"user"_s);
    editedFromNothing.edited = true;
    QTest::newRow("edited-machine-had-nothing")
        << editedFromNothing
        << parseObject(R"({"value": "new", "source": "user", "edited": true, "machine_value": null})");
    ra::Field notEdited = field(u"v"_s, u"qr"_s);
    notEdited.machineValue = u"ignored"_s;
    QTest::newRow("machine-value-only-when-edited")
        << notEdited << parseObject(R"({"value": "v", "source": "qr", "edited": false})");
    ra::Field unsure = field(u"v"_s, u"ocr"_s);
    unsure.uncertain = true;
    QTest::newRow("uncertain") << unsure
                               << parseObject(R"({"value": "v", "source": "ocr", "edited": false, "uncertain": true})");
    QTest::newRow("boolean-true") << field(u"true"_s, u"qr"_s)
                                  << parseObject(R"({"value": true, "source": "qr", "edited": false})");
    QTest::newRow("boolean-false") << field(u"false"_s, u"qr"_s)
                                   << parseObject(R"({"value": false, "source": "qr", "edited": false})");
    QTest::newRow("True-is-text") << field(u"True"_s, u"qr"_s)
                                  << parseObject(R"({"value": "True", "source": "qr", "edited": false})");
    QTest::newRow("null-value") << ra::Field()
                                << parseObject(R"({"value": null, "source": "", "edited": false})");
}

void TstInvoiceJson::fieldShape()
{
    QFETCH(ra::Field, field);
    QFETCH(QJsonObject, json);
    QCOMPARE(ra::toJson(field), json);
    QString error;
    const auto back = ra::fieldFromJson(json, &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    if (field.edited || field.machineValue.isNull())
        QCOMPARE(*back, field);
}

void TstInvoiceJson::alternativesHangOffTheirField()
{
    const QJsonObject fields = ra::toJson(richInvoice()).value(u"fields"_s).toObject();
    const QJsonObject total = fields.value(u"total"_s).toObject();
    QCOMPARE(total.value(u"value"_s).toString(), u"103834.00"_s);
    const QJsonArray alts = total.value(u"alternatives"_s).toArray();
    QCOMPARE(alts.size(), 2);
    QCOMPARE(alts.at(0).toObject(), parseObject(R"({"value": "103833.00", "source": "qr", "edited": false})"));
    QCOMPARE(alts.at(1).toObject().value(u"page"_s).toInt(), 2);

    // A key with only alternatives: a field object with a null value.
    const QJsonObject check = fields.value(u"check_code"_s).toObject();
    QVERIFY(check.value(u"value"_s).isNull());
    QCOMPARE(check.value(u"alternatives"_s).toArray().size(), 1);
    // Keys without alternatives have no alternatives member.
    QVERIFY(!fields.value(u"number"_s).toObject().contains(u"alternatives"_s));

    const auto back = ra::invoiceFromJson(ra::toJson(richInvoice()));
    QVERIFY(back.has_value());
    QVERIFY(!back->fields.contains(u"check_code"_s));
    QCOMPARE(back->alternatives.value(u"check_code"_s).size(), 1);
    QCOMPARE(back->alternatives.value(u"total"_s).size(), 2);
}

void TstInvoiceJson::polygonsAreRounded()
{
    const ra::Field f = field(u"v"_s, u"s"_s,
                              QPolygonF({QPointF(1.234567, 2.005001), QPointF(-0.001, 1e-9),
                                         QPointF(99.999, 100.0049), QPointF(0.1 + 0.2, 7)}));
    const QJsonArray poly = ra::toJson(f).value(u"polygon"_s).toArray();
    QCOMPARE(poly.at(0).toArray(), (QJsonArray{1.23, 2.01}));
    QCOMPARE(poly.at(1).toArray(), (QJsonArray{0, 0}));
    QCOMPARE(poly.at(2).toArray(), (QJsonArray{100, 100}));
    QCOMPARE(poly.at(3).toArray(), (QJsonArray{0.3, 7}));
    const QByteArray text = QJsonDocument(ra::toJson(f)).toJson(QJsonDocument::Compact);
    QVERIFY2(!text.contains("-0"), text.constData());
    QVERIFY2(text.contains("[0.3,7]"), text.constData());
}

void TstInvoiceJson::readerIsLenient()
{
    QString error;
    // Everything optional left out.
    auto docs = ra::documentsFromJson(R"({"documents": [{}, {"invoices": [{}]}]})", &error);
    QVERIFY2(docs.has_value(), qPrintable(error));
    QCOMPARE(docs->size(), 2);
    QVERIFY(docs->at(0) == ra::RecognizedDocument());
    QCOMPARE(docs->at(1).invoices.size(), 1);
    QVERIFY(docs->at(1).invoices.at(0) == ra::Invoice());

    // Nulls for optional members, unknown keys, an unknown type, booleans and null values.
    docs = ra::documentsFromJson(R"({"documents": [{"file": null, "error": null, "future": [1, 2],
        "invoices": [{"type": "spaceship_ticket", "region": null, "page_size": null, "extra": {},
            "fields": {"electronic": {"value": true}, "gone": {"value": null, "source": "x"},
                       "total": {"value": "1.00", "polygon": null, "page": null, "unknown": 1}}}]}]})",
                                     &error);
    QVERIFY2(docs.has_value(), qPrintable(error));
    const ra::Invoice &inv = docs->at(0).invoices.at(0);
    QCOMPARE(inv.type, ra::InvoiceType::Unknown);
    QCOMPARE(inv.value(u"electronic"_s), u"true"_s);
    QVERIFY(!inv.fields.contains(u"gone"_s));
    QCOMPARE(inv.value(u"total"_s), u"1.00"_s);
    QVERIFY(inv.fields.value(u"total"_s).polygon.isEmpty());
    QVERIFY(!docs->at(0).error.has_value());
}

void TstInvoiceJson::readerErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message"); // the whole error message

    auto row = [](const char *name, const char *json, const QString &message) {
        QTest::newRow(name) << QByteArray(json) << message;
    };
    // An explicit return type: `auto` would return a QStringBuilder of temporaries.
    auto inv = [](const char *invoice) -> QByteArray {
        return QByteArray(R"({"documents": [{"invoices": [)") + invoice + "]}]}";
    };

    QTest::newRow("not-json") << QByteArray("{\"documents\": [") << QString();
    QTest::newRow("empty-input") << QByteArray() << QString();
    row("top-level-array", "[]", u"expected an object with \"documents\", got an array"_s);
    row("no-documents", "{}", u"missing \"documents\""_s);
    row("documents-object", R"({"documents": {}})", u"documents: expected an array, got an object"_s);
    row("document-not-object", R"({"documents": [1]})", u"documents[0]: expected a document object, got a number"_s);
    row("file-number", R"({"documents": [{"file": 7}]})", u"documents[0].file: expected a string, got a number"_s);
    row("pages-string", R"({"documents": [{"pages": "2"}]})",
        u"documents[0].pages: expected an integer, got a string"_s);
    row("pages-fraction", R"({"documents": [{"pages": 1.5}]})",
        u"documents[0].pages: expected an integer ≥ 0, got 1.5"_s);
    row("pages-negative", R"({"documents": [{"pages": -1}]})",
        u"documents[0].pages: expected an integer ≥ 0, got -1"_s);
    row("error-string", R"({"documents": [{}, {"error": "broken"}]})",
        u"documents[1].error: expected null or an error object, got a string"_s);
    row("error-without-code", R"({"documents": [{"error": {"message": "m"}}]})",
        u"documents[0].error: an error needs a code"_s);
    row("error-code-number", R"({"documents": [{"error": {"code": 3}}]})",
        u"documents[0].error.code: expected a string, got a number"_s);
    row("invoices-object", R"({"documents": [{"invoices": {}}]})",
        u"documents[0].invoices: expected an array of invoices, got an object"_s);
    QTest::newRow("invoice-not-object") << inv("[]") << u"documents[0].invoices[0]: expected an invoice object, got an array"_s;
    QTest::newRow("page-string") << inv(R"({"page": "1"})")
                                 << u"documents[0].invoices[0].page: expected an integer, got a string"_s;
    QTest::newRow("orientation-bool") << inv(R"({"orientation": true})")
                                      << u"documents[0].invoices[0].orientation: expected an integer, got a boolean"_s;
    QTest::newRow("type-number") << inv(R"({"type": 10100})")
                                 << u"documents[0].invoices[0].type: expected a string, got a number"_s;
    QTest::newRow("type-inferred-string") << inv(R"({"type_inferred": "yes"})")
                                          << u"documents[0].invoices[0].type_inferred: expected a boolean, got a string"_s;
    QTest::newRow("region-not-array") << inv(R"({"region": "0,0"})")
                                      << u"documents[0].invoices[0].region: expected an array of points, got a string"_s;
    QTest::newRow("region-point-three") << inv(R"({"region": [[0,0],[1,2,3]]})")
                                        << u"documents[0].invoices[0].region[1]: expected two numbers, got 3 elements"_s;
    QTest::newRow("region-coordinate-string") << inv(R"({"region": [[0,"1"]]})")
                                              << u"documents[0].invoices[0].region[0][1]: expected a number, got a string"_s;
    QTest::newRow("page-size-one-number") << inv(R"({"page_size": [100]})")
                                          << u"documents[0].invoices[0].page_size: expected two numbers, got 1 elements"_s;
    QTest::newRow("fields-array") << inv(R"({"fields": []})")
                                  << u"documents[0].invoices[0].fields: expected an object of fields, got an array"_s;
    QTest::newRow("field-string") << inv(R"({"fields": {"total": "1.00"}})")
                                  << u"documents[0].invoices[0].fields.total: expected a field object, got a string"_s;
    QTest::newRow("field-without-value") << inv(R"({"fields": {"total": {"source": "qr"}}})")
                                         << u"documents[0].invoices[0].fields.total: missing \"value\""_s;
    QTest::newRow("value-number") << inv(R"({"fields": {"total": {"value": 1.0}}})")
                                  << u"documents[0].invoices[0].fields.total.value: expected a string, a boolean or null, got a number"_s;
    QTest::newRow("field-polygon-point") << inv(R"({"fields": {"total": {"value": "1", "polygon": [5]}}})")
                                         << u"documents[0].invoices[0].fields.total.polygon[0]: expected an array [x, y], got a number"_s;
    QTest::newRow("field-edited-string") << inv(R"({"fields": {"total": {"value": "1", "edited": "no"}}})")
                                         << u"documents[0].invoices[0].fields.total.edited: expected a boolean, got a string"_s;
    QTest::newRow("field-page-negative") << inv(R"({"fields": {"total": {"value": "1", "page": -2}}})")
                                         << u"documents[0].invoices[0].fields.total.page: expected an integer ≥ 0, got -2"_s;
    QTest::newRow("alternatives-object") << inv(R"({"fields": {"total": {"value": "1", "alternatives": {}}}})")
                                         << u"documents[0].invoices[0].fields.total.alternatives: expected an array of field objects, got an object"_s;
    QTest::newRow("alternative-bad") << inv(R"({"fields": {"total": {"value": "1", "alternatives": [{"value": 2}]}}})")
                                     << u"documents[0].invoices[0].fields.total.alternatives[0].value: expected a string, a boolean or null, got a number"_s;
    QTest::newRow("nested-alternatives") << inv(R"({"fields": {"t": {"value": "1", "alternatives": [{"value": "2", "alternatives": []}]}}})")
                                         << u"documents[0].invoices[0].fields.t.alternatives[0].alternatives: alternatives are only allowed on an invoice's fields"_s;
    QTest::newRow("items-object") << inv(R"({"items": {}})")
                                  << u"documents[0].invoices[0].items: expected an array of objects, got an object"_s;
    QTest::newRow("item-not-object") << inv(R"({"items": [{}, 3]})")
                                     << u"documents[0].invoices[0].items[1]: expected an object of fields, got a number"_s;
    QTest::newRow("item-field-bad") << inv(R"({"items": [{"name": {"value": []}}]})")
                                    << u"documents[0].invoices[0].items[0].name.value: expected a string, a boolean or null, got an array"_s;
    QTest::newRow("item-alternatives") << inv(R"({"items": [{"name": {"value": "a", "alternatives": []}}]})")
                                       << u"documents[0].invoices[0].items[0].name.alternatives: alternatives are only allowed on an invoice's fields"_s;
    QTest::newRow("flights-string") << inv(R"({"flights": "none"})")
                                    << u"documents[0].invoices[0].flights: expected an array of objects, got a string"_s;
    QTest::newRow("trip-field-bad") << inv(R"({"trips": [{"total": 5}]})")
                                    << u"documents[0].invoices[0].trips[0].total: expected a field object, got a number"_s;
    QTest::newRow("qrcode-string") << inv(R"({"qrcode": "01,10"})")
                                   << u"documents[0].invoices[0].qrcode: expected an array of strings, got a string"_s;
    QTest::newRow("barcode-number-element") << inv(R"({"barcode": ["a", 1]})")
                                            << u"documents[0].invoices[0].barcode[1]: expected a string, got a number"_s;
    QTest::newRow("candidates-array") << inv(R"({"candidates": []})")
                                      << u"documents[0].invoices[0].candidates: expected an object of string arrays, got an array"_s;
    QTest::newRow("candidate-not-array") << inv(R"({"candidates": {"check_code": "1"}})")
                                         << u"documents[0].invoices[0].candidates.check_code: expected an array of strings, got a string"_s;
    QTest::newRow("findings-object") << inv(R"({"findings": {}})")
                                     << u"documents[0].invoices[0].findings: expected an array of findings, got an object"_s;
    QTest::newRow("finding-not-object") << inv(R"({"findings": ["total_mismatch"]})")
                                        << u"documents[0].invoices[0].findings[0]: expected a finding object, got a string"_s;
    QTest::newRow("finding-rule-number") << inv(R"({"findings": [{"rule": 1}]})")
                                         << u"documents[0].invoices[0].findings[0].rule: expected a string, got a number"_s;
    QTest::newRow("finding-fields-bad") << inv(R"({"findings": [{"rule": "r", "fields": [null]}]})")
                                        << u"documents[0].invoices[0].findings[0].fields[0]: expected a string, got null"_s;
    // The first error is reported, not a later one.
    row("first-error-wins", R"({"documents": [{"file": 1, "pages": "x"}]})",
        u"documents[0].file: expected a string, got a number"_s);
}

void TstInvoiceJson::readerErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    const auto docs = ra::documentsFromJson(json, &error);
    QVERIFY(!docs.has_value());
    QVERIFY(!error.isEmpty());
    if (message.isNull())
        QVERIFY2(error.startsWith(u"not valid JSON at offset"_s), qPrintable(error));
    else
        QCOMPARE(error, message);
    // Without an error pointer it fails just the same.
    QVERIFY(!ra::documentsFromJson(json).has_value());
}

void TstInvoiceJson::errorIsClearedOnSuccess()
{
    QString error = u"stale"_s;
    QVERIFY(ra::documentsFromJson(R"({"documents": []})", &error).has_value());
    QVERIFY(error.isEmpty());
    error = u"stale"_s;
    QVERIFY(!ra::invoiceFromJson(parseObject(R"({"page": "x"})"), &error).has_value());
    QCOMPARE(error, u"page: expected an integer, got a string"_s);
    QVERIFY(!ra::fieldFromJson(parseObject(R"({})"), &error).has_value());
    QCOMPARE(error, u"missing \"value\""_s);
}

QTEST_GUILESS_MAIN(TstInvoiceJson)
#include "tst_invoicejson.moc"
