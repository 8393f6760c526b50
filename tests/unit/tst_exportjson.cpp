// JSON export: the normalized contract the recognize command writes (the contract reader reads
// it back unchanged), with provenance and findings, plus claim details, summary and history.
#include "export/jsonexporter.h"
#include "invoicejson.h"
#include "sampleclaim.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ra;

class TestExportJson : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_claim = test::sampleClaim();
        QBuffer buffer(&m_bytes);
        buffer.open(QIODevice::WriteOnly);
        const ExportSource source = m_claim.source();
        QVERIFY(JsonExporter().write(source, ExportOptions(), &buffer));
        QCOMPARE(source.data, m_claim.data); // an export only reads
        QJsonParseError error;
        m_root = QJsonDocument::fromJson(m_bytes, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
    }

    void contractReaderReadsItBack()
    {
        QString error;
        const auto docs = documentsFromJson(m_bytes, &error);
        QVERIFY2(docs, qPrintable(error));
        QCOMPARE(docs->size(), m_claim.data.originals.size());
        QList<Invoice> read;
        for (const RecognizedDocument &d : *docs) {
            const ClaimOriginal *o = m_claim.data.original(d.sha256);
            QVERIFY(o);
            QCOMPARE(d.file, o->name);
            QCOMPARE(d.format, o->format);
            QCOMPARE(d.provider, u"local"_s);
            read << d.invoices;
        }
        QCOMPARE(read.size(), m_claim.data.invoices.size());
        for (qsizetype i = 0; i < read.size(); ++i)
            QCOMPARE(read.at(i), m_claim.data.invoices.at(i).invoice);
    }

    void provenanceAndFindings()
    {
        const QJsonArray docs = m_root.value(u"documents"_s).toArray();
        const QJsonObject hotel = docs.at(2).toObject().value(u"invoices"_s).toArray().at(0).toObject();
        QCOMPARE(hotel.value(u"id"_s).toInteger(), 3);
        const QJsonObject total = hotel.value(u"fields"_s).toObject().value(u"total"_s).toObject();
        QCOMPARE(total.value(u"value"_s).toString(), u"1000.00"_s);
        QCOMPARE(total.value(u"edited"_s).toBool(), true);
        QCOMPARE(total.value(u"machine_value"_s).toString(), u"100.00"_s);
        QCOMPARE(total.value(u"source"_s).toString(), u"user"_s);
        QCOMPARE(total.value(u"polygon"_s).toArray().size(), 4);
        QCOMPARE(total.value(u"page"_s).toInt(), 1);
        const QJsonObject dinner = docs.at(1).toObject().value(u"invoices"_s).toArray().at(0).toObject();
        const QJsonObject finding = dinner.value(u"findings"_s).toArray().at(0).toObject();
        QCOMPARE(finding.value(u"rule"_s).toString(), u"buyer_mismatch"_s);
        QCOMPARE(finding.value(u"message_zh"_s).toString(), u"购买方不是本公司。"_s);
    }

    void claimSummaryAndHistory()
    {
        const QJsonObject claim = m_root.value(u"claim"_s).toObject();
        QCOMPARE(claim.value(u"claimant"_s).toString(), u"张三"_s);
        QCOMPARE(claim.value(u"period"_s).toObject().value(u"start"_s).toString(), u"2024-05-01"_s);
        QCOMPARE(claim.value(u"currency"_s).toString(), u"CNY"_s);
        const QJsonObject summary = m_root.value(u"summary"_s).toObject();
        QCOMPARE(summary.value(u"count"_s).toInt(), 4);
        QCOMPARE(summary.value(u"total"_s).toString(), u"1029.00"_s);
        QCOMPARE(summary.value(u"open_findings"_s).toInt(), 2);
        const QJsonArray byType = summary.value(u"by_type"_s).toArray();
        QCOMPARE(byType.size(), 3);
        QCOMPARE(byType.at(1).toObject().value(u"type"_s).toString(), u"digital_normal"_s);
        QCOMPARE(byType.at(1).toObject().value(u"total"_s).toString(), u"900.00"_s);
        const QJsonArray history = m_root.value(u"history"_s).toArray();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.at(0).toObject().value(u"new_value"_s).toString(), u"1000.00"_s);
        QCOMPARE(history.at(0).toObject().value(u"when"_s).toString(), u"2024-06-01T10:00:00.000Z"_s);
    }

private:
    test::SampleClaim m_claim;
    QByteArray m_bytes;
    QJsonObject m_root;
};

QTEST_GUILESS_MAIN(TestExportJson)
#include "tst_exportjson.moc"
