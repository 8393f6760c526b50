// Reading the JSON form of recognised documents back (the readers of invoicejson.h): strict
// about types, with the path of the first error.
#include "invoicejson.h"

#include <QJsonArray>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

QString describeType(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Bool: return u"a boolean"_s;
    case QJsonValue::Double: return u"a number"_s;
    case QJsonValue::String: return u"a string"_s;
    case QJsonValue::Array: return u"an array"_s;
    case QJsonValue::Object: return u"an object"_s;
    case QJsonValue::Undefined: break;
    }
    return u"nothing"_s;
}

QString member(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString element(const QString &path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

// Reads the normalized shape, keeping the first error with the path where it happened.
class Reader
{
public:
    QString error() const { return m_error; }

    bool fail(const QString &path, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = path.isEmpty() ? what : path + u": "_s + what;
        return false;
    }

    bool wrongType(const QString &path, const QString &expected, const QJsonValue &got)
    {
        return fail(path, u"expected %1, got %2"_s.arg(expected, describeType(got)));
    }

    // Optional members: absent or null keeps the default.
    static bool absent(const QJsonValue &v) { return v.isUndefined() || v.isNull(); }

    bool readString(const QJsonObject &o, const QString &key, const QString &path, QString &out)
    {
        const QJsonValue v = o.value(key);
        if (absent(v))
            return true;
        if (!v.isString())
            return wrongType(member(path, key), u"a string"_s, v);
        out = v.toString();
        return true;
    }

    bool readBool(const QJsonObject &o, const QString &key, const QString &path, bool &out)
    {
        const QJsonValue v = o.value(key);
        if (absent(v))
            return true;
        if (!v.isBool())
            return wrongType(member(path, key), u"a boolean"_s, v);
        out = v.toBool();
        return true;
    }

    bool readInt(const QJsonObject &o, const QString &key, const QString &path, int &out, int minimum)
    {
        const QJsonValue v = o.value(key);
        if (absent(v))
            return true;
        const QString p = member(path, key);
        if (!v.isDouble())
            return wrongType(p, u"an integer"_s, v);
        const double d = v.toDouble();
        if (!std::isfinite(d) || std::floor(d) != d || d < double(minimum)
            || d > double(std::numeric_limits<int>::max()))
            return fail(p, u"expected an integer ≥ %1, got %2"_s.arg(minimum).arg(d));
        out = int(d);
        return true;
    }

    bool readNumberPair(const QJsonValue &v, const QString &path, double &a, double &b)
    {
        if (!v.isArray())
            return wrongType(path, u"an array [x, y]"_s, v);
        const QJsonArray arr = v.toArray();
        if (arr.size() != 2)
            return fail(path, u"expected two numbers, got %1 elements"_s.arg(arr.size()));
        if (!arr.at(0).isDouble())
            return wrongType(element(path, 0), u"a number"_s, arr.at(0));
        if (!arr.at(1).isDouble())
            return wrongType(element(path, 1), u"a number"_s, arr.at(1));
        a = arr.at(0).toDouble();
        b = arr.at(1).toDouble();
        return true;
    }

    bool readPolygon(const QJsonObject &o, const QString &key, const QString &path, QPolygonF &out)
    {
        const QJsonValue v = o.value(key);
        if (absent(v))
            return true;
        const QString p = member(path, key);
        if (!v.isArray())
            return wrongType(p, u"an array of points"_s, v);
        const QJsonArray arr = v.toArray();
        QPolygonF polygon;
        polygon.reserve(arr.size());
        for (qsizetype i = 0; i < arr.size(); ++i) {
            double x = 0, y = 0;
            if (!readNumberPair(arr.at(i), element(p, i), x, y))
                return false;
            polygon.append(QPointF(x, y));
        }
        out = polygon;
        return true;
    }

    bool readStringList(const QJsonObject &o, const QString &key, const QString &path, QStringList &out)
    {
        const QJsonValue v = o.value(key);
        if (absent(v))
            return true;
        return readStringArray(v, member(path, key), out);
    }

    bool readStringArray(const QJsonValue &v, const QString &path, QStringList &out)
    {
        if (!v.isArray())
            return wrongType(path, u"an array of strings"_s, v);
        const QJsonArray arr = v.toArray();
        QStringList list;
        list.reserve(arr.size());
        for (qsizetype i = 0; i < arr.size(); ++i) {
            if (!arr.at(i).isString())
                return wrongType(element(path, i), u"a string"_s, arr.at(i));
            list.append(arr.at(i).toString());
        }
        out = list;
        return true;
    }

    // A field object. Its alternatives (top-level fields only) go to `alternatives`.
    bool readField(const QJsonValue &v, const QString &path, Field &out, QList<Field> *alternatives)
    {
        if (!v.isObject())
            return wrongType(path, u"a field object"_s, v);
        const QJsonObject o = v.toObject();
        Field f;
        const QJsonValue value = o.value(u"value"_s);
        if (value.isUndefined())
            return fail(path, u"missing \"value\""_s);
        if (value.isString())
            f.value = value.toString();
        else if (value.isBool())
            f.value = value.toBool() ? u"true"_s : u"false"_s;
        else if (!value.isNull())
            return wrongType(member(path, u"value"_s), u"a string, a boolean or null"_s, value);
        if (!readPolygon(o, u"polygon"_s, path, f.polygon) || !readInt(o, u"page"_s, path, f.page, 0)
            || !readString(o, u"source"_s, path, f.source) || !readBool(o, u"edited"_s, path, f.edited)
            || !readString(o, u"machine_value"_s, path, f.machineValue)
            || !readString(o, u"machine_source"_s, path, f.machineSource)
            || !readBool(o, u"uncertain"_s, path, f.uncertain))
            return false;
        const QJsonValue alts = o.value(u"alternatives"_s);
        if (!absent(alts)) {
            const QString p = member(path, u"alternatives"_s);
            if (!alternatives)
                return fail(p, u"alternatives are only allowed on an invoice's fields"_s);
            if (!alts.isArray())
                return wrongType(p, u"an array of field objects"_s, alts);
            const QJsonArray arr = alts.toArray();
            for (qsizetype i = 0; i < arr.size(); ++i) {
                Field alt;
                if (!readField(arr.at(i), element(p, i), alt, nullptr))
                    return false;
                alternatives->append(alt);
            }
        }
        out = f;
        return true;
    }

    bool readFieldMap(const QJsonValue &v, const QString &path, FieldMap &out,
                      QMap<QString, QList<Field>> *alternatives)
    {
        if (!v.isObject())
            return wrongType(path, u"an object of fields"_s, v);
        const QJsonObject o = v.toObject();
        FieldMap map;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            Field f;
            QList<Field> alts;
            if (!readField(it.value(), member(path, it.key()), f, alternatives ? &alts : nullptr))
                return false;
            // A null value is an absent field; it may still carry alternatives.
            if (!f.isNull())
                map.insert(it.key(), f);
            if (alternatives && !alts.isEmpty())
                alternatives->insert(it.key(), alts);
        }
        out = map;
        return true;
    }

    bool readFieldMaps(const QJsonObject &o, const QString &key, const QString &path, QList<FieldMap> &out)
    {
        const QJsonValue v = o.value(key);
        if (absent(v))
            return true;
        const QString p = member(path, key);
        if (!v.isArray())
            return wrongType(p, u"an array of objects"_s, v);
        const QJsonArray arr = v.toArray();
        QList<FieldMap> list;
        list.reserve(arr.size());
        for (qsizetype i = 0; i < arr.size(); ++i) {
            FieldMap m;
            if (!readFieldMap(arr.at(i), element(p, i), m, nullptr))
                return false;
            list.append(m);
        }
        out = list;
        return true;
    }

    bool readCandidates(const QJsonObject &o, const QString &path, QMap<QString, QStringList> &out)
    {
        const QJsonValue v = o.value(u"candidates"_s);
        if (absent(v))
            return true;
        const QString p = member(path, u"candidates"_s);
        if (!v.isObject())
            return wrongType(p, u"an object of string arrays"_s, v);
        const QJsonObject c = v.toObject();
        QMap<QString, QStringList> map;
        for (auto it = c.constBegin(); it != c.constEnd(); ++it) {
            QStringList list;
            if (!readStringArray(it.value(), member(p, it.key()), list))
                return false;
            map.insert(it.key(), list);
        }
        out = map;
        return true;
    }

    bool readFindings(const QJsonObject &o, const QString &path, FindingList &out)
    {
        const QJsonValue v = o.value(u"findings"_s);
        if (absent(v))
            return true;
        const QString p = member(path, u"findings"_s);
        if (!v.isArray())
            return wrongType(p, u"an array of findings"_s, v);
        const QJsonArray arr = v.toArray();
        FindingList list;
        for (qsizetype i = 0; i < arr.size(); ++i) {
            const QString fp = element(p, i);
            if (!arr.at(i).isObject())
                return wrongType(fp, u"a finding object"_s, arr.at(i));
            const QJsonObject fo = arr.at(i).toObject();
            Finding f;
            QString severity;
            if (!readString(fo, u"rule"_s, fp, f.rule) || !readString(fo, u"severity"_s, fp, severity)
                || !readString(fo, u"message"_s, fp, f.message)
                || !readString(fo, u"message_zh"_s, fp, f.messageZh)
                || !readStringList(fo, u"fields"_s, fp, f.fields))
                return false;
            f.severity = severityFromKey(severity);
            list.append(f);
        }
        out = list;
        return true;
    }

    bool readInvoice(const QJsonObject &o, const QString &path, Invoice &out)
    {
        Invoice inv;
        QString type;
        if (!readInt(o, u"page"_s, path, inv.page, 0) || !readPolygon(o, u"region"_s, path, inv.region)
            || !readInt(o, u"orientation"_s, path, inv.orientation, std::numeric_limits<int>::min())
            || !readString(o, u"type"_s, path, type)
            || !readString(o, u"type_source"_s, path, inv.typeSource)
            || !readBool(o, u"type_inferred"_s, path, inv.typeInferred)
            || !readBool(o, u"reviewed"_s, path, inv.reviewed))
            return false;
        // An unknown type key (a newer writer) reads as unknown rather than failing.
        inv.type = invoiceTypeFromKey(type);

        const QJsonValue size = o.value(u"page_size"_s);
        if (!absent(size)) {
            double w = 0, h = 0;
            if (!readNumberPair(size, member(path, u"page_size"_s), w, h))
                return false;
            inv.pageSize = QSizeF(w, h);
        }
        const QJsonValue fields = o.value(u"fields"_s);
        if (!absent(fields) && !readFieldMap(fields, member(path, u"fields"_s), inv.fields, &inv.alternatives))
            return false;
        if (!readFieldMaps(o, u"items"_s, path, inv.items) || !readFieldMaps(o, u"flights"_s, path, inv.flights)
            || !readFieldMaps(o, u"trips"_s, path, inv.trips)
            || !readStringList(o, u"qrcode"_s, path, inv.qrcodes)
            || !readStringList(o, u"barcode"_s, path, inv.barcodes) || !readCandidates(o, path, inv.candidates)
            || !readFindings(o, path, inv.findings))
            return false;
        out = inv;
        return true;
    }

    bool readDocument(const QJsonObject &o, const QString &path, RecognizedDocument &out)
    {
        RecognizedDocument doc;
        if (!readString(o, u"file"_s, path, doc.file) || !readString(o, u"sha256"_s, path, doc.sha256)
            || !readString(o, u"format"_s, path, doc.format) || !readInt(o, u"pages"_s, path, doc.pages, 0)
            || !readString(o, u"provider"_s, path, doc.provider))
            return false;
        const QJsonValue err = o.value(u"error"_s);
        if (!absent(err)) {
            const QString p = member(path, u"error"_s);
            if (!err.isObject())
                return wrongType(p, u"null or an error object"_s, err);
            DocumentError e;
            const QJsonObject eo = err.toObject();
            if (!readString(eo, u"code"_s, p, e.code) || !readString(eo, u"message"_s, p, e.message))
                return false;
            if (e.code.isEmpty())
                return fail(p, u"an error needs a code"_s);
            doc.error = e;
        }
        const QJsonValue invoices = o.value(u"invoices"_s);
        if (!absent(invoices)) {
            const QString p = member(path, u"invoices"_s);
            if (!invoices.isArray())
                return wrongType(p, u"an array of invoices"_s, invoices);
            const QJsonArray arr = invoices.toArray();
            for (qsizetype i = 0; i < arr.size(); ++i) {
                if (!arr.at(i).isObject())
                    return wrongType(element(p, i), u"an invoice object"_s, arr.at(i));
                Invoice inv;
                if (!readInvoice(arr.at(i).toObject(), element(p, i), inv))
                    return false;
                doc.invoices.append(inv);
            }
        }
        out = doc;
        return true;
    }

private:
    QString m_error;
};

template<typename T>
std::optional<T> finish(bool ok, const Reader &reader, T &&value, QString *error)
{
    if (!ok) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    if (error)
        error->clear();
    return std::forward<T>(value);
}


} // namespace

std::optional<Field> fieldFromJson(const QJsonObject &object, QString *error)
{
    Reader r;
    Field f;
    QList<Field> ignored; // alternatives belong to an invoice; a lone field has nowhere to keep them
    const bool ok = r.readField(object, QString(), f, &ignored);
    return finish(ok, r, std::move(f), error);
}

std::optional<Invoice> invoiceFromJson(const QJsonObject &object, QString *error)
{
    Reader r;
    Invoice inv;
    const bool ok = r.readInvoice(object, QString(), inv);
    return finish(ok, r, std::move(inv), error);
}

std::optional<RecognizedDocument> documentFromJson(const QJsonObject &object, QString *error)
{
    Reader r;
    RecognizedDocument doc;
    const bool ok = r.readDocument(object, QString(), doc);
    return finish(ok, r, std::move(doc), error);
}

std::optional<QList<RecognizedDocument>> documentsFromJson(const QByteArray &json, QString *error)
{
    Reader r;
    QList<RecognizedDocument> docs;
    bool ok = false;
    QJsonParseError parseError;
    const QJsonDocument jd = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        r.fail(QString(), u"not valid JSON at offset %1: %2"_s.arg(parseError.offset).arg(parseError.errorString()));
    } else if (!jd.isObject()) {
        r.fail(QString(), u"expected an object with \"documents\", got an array"_s);
    } else {
        const QJsonValue v = jd.object().value(u"documents"_s);
        if (v.isUndefined()) {
            r.fail(QString(), u"missing \"documents\""_s);
        } else if (!v.isArray()) {
            r.wrongType(u"documents"_s, u"an array"_s, v);
        } else {
            ok = true;
            const QJsonArray arr = v.toArray();
            for (qsizetype i = 0; ok && i < arr.size(); ++i) {
                const QString p = element(u"documents"_s, i);
                RecognizedDocument d;
                if (!arr.at(i).isObject())
                    ok = r.wrongType(p, u"a document object"_s, arr.at(i));
                else if ((ok = r.readDocument(arr.at(i).toObject(), p, d)))
                    docs.append(d);
            }
        }
    }
    return finish(ok, r, std::move(docs), error);
}


} // namespace ra
