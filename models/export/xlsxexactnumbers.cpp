#include "export/xlsxexactnumbers.h"

#include <QBuffer>
#include <QList>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>
#include <quazip/quazipnewinfo.h>

using namespace Qt::StringLiterals;

namespace ra::xlsx {

QByteArray yuanText(qint64 fen)
{
    // Unsigned, so the most negative amount has a magnitude too.
    const quint64 magnitude = fen < 0 ? quint64(0) - quint64(fen) : quint64(fen);
    QByteArray text = QByteArray::number(magnitude / 100);
    const quint64 cents = magnitude % 100;
    if (cents != 0) {
        text += '.';
        text += char('0' + cents / 10);
        if (cents % 10 != 0)
            text += char('0' + cents % 10);
    }
    return fen < 0 ? '-' + text : text;
}

bool setNumberValuesInSheet(QByteArray &sheetXml, const QHash<QByteArray, QByteArray> &values, QString *error)
{
    // libxlsxwriter writes a number cell as <c r="H2" s="3"><v>…</v></c> and a formula as
    // <c r="H6" s="7"><f>…</f><v>…</v></c>: scanning for the cell and its <v> is enough, and
    // leaves every other byte of the part as the library wrote it.
    const QByteArray &xml = sheetXml;
    QByteArray out;
    out.reserve(xml.size() + values.size() * 4);
    qsizetype pos = 0;
    qsizetype replaced = 0;
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    for (qsizetype c = xml.indexOf("<c ", pos); c >= 0; c = xml.indexOf("<c ", pos)) {
        const qsizetype tagEnd = xml.indexOf('>', c);
        if (tagEnd < 0)
            break;
        const QByteArray tag = xml.mid(c, tagEnd - c);
        const qsizetype r = tag.indexOf(" r=\"");
        const qsizetype rEnd = r < 0 ? -1 : tag.indexOf('"', r + 4);
        const QByteArray ref = rEnd < 0 ? QByteArray() : tag.mid(r + 4, rEnd - r - 4);
        const auto it = values.constFind(ref);
        if (it == values.cend()) {
            out += QByteArrayView(xml).sliced(pos, tagEnd + 1 - pos);
            pos = tagEnd + 1;
            continue;
        }
        const QString cell = QString::fromLatin1(ref);
        if (tag.endsWith('/') || tag.contains(" t=\""))
            return fail(u"cell %1 is not a number"_s.arg(cell));
        const qsizetype close = xml.indexOf("</c>", tagEnd);
        const qsizetype v = xml.indexOf("<v>", tagEnd);
        const qsizetype vEnd = v < 0 ? -1 : xml.indexOf("</v>", v);
        if (close < 0 || v < 0 || vEnd < 0 || vEnd > close)
            return fail(u"cell %1 has no value"_s.arg(cell));
        out += QByteArrayView(xml).sliced(pos, v + 3 - pos);
        out += *it;
        pos = vEnd;
        ++replaced;
    }
    out += QByteArrayView(xml).sliced(pos);
    if (replaced != values.size())
        return fail(u"%1 of %2 money cells found in the sheet"_s.arg(replaced).arg(values.size()));
    sheetXml = out;
    return true;
}

bool setNumberValues(QByteArray &xlsx, const CellValues &values, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    struct Entry
    {
        QString name;
        QDateTime modified;
        QByteArray data;
    };
    QList<Entry> entries;
    {
        QBuffer in(&xlsx);
        QuaZip zip(&in);
        if (!zip.open(QuaZip::mdUnzip))
            return fail(u"cannot read the workbook package (%1)"_s.arg(zip.getZipError()));
        for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
            QuaZipFileInfo64 info;
            if (!zip.getCurrentFileInfo(&info))
                return fail(u"cannot read the workbook package"_s);
            QuaZipFile f(&zip);
            if (!f.open(QIODevice::ReadOnly))
                return fail(u"cannot read %1 of the workbook package"_s.arg(info.name));
            entries.append({info.name, info.dateTime, f.readAll()});
            if (f.getZipError() != UNZ_OK)
                return fail(u"cannot read %1 of the workbook package"_s.arg(info.name));
        }
    }
    qsizetype found = 0;
    for (Entry &e : entries) {
        const auto it = values.constFind(e.name);
        if (it == values.cend())
            continue;
        QString why;
        if (!setNumberValuesInSheet(e.data, *it, &why))
            return fail(u"%1: %2"_s.arg(e.name, why));
        ++found;
    }
    if (found != values.size())
        return fail(u"a worksheet is missing from the workbook package"_s);

    QByteArray rebuilt;
    {
        QBuffer out(&rebuilt);
        QuaZip zip(&out);
        if (!zip.open(QuaZip::mdCreate))
            return fail(u"cannot write the workbook package (%1)"_s.arg(zip.getZipError()));
        for (const Entry &e : std::as_const(entries)) {
            QuaZipNewInfo info(e.name);
            info.dateTime = e.modified;   // the same bytes for the same claim
            QuaZipFile f(&zip);
            if (!f.open(QIODevice::WriteOnly, info) || f.write(e.data) != e.data.size())
                return fail(u"cannot write %1 of the workbook package"_s.arg(e.name));
            f.close();
            if (f.getZipError() != ZIP_OK)
                return fail(u"cannot write %1 of the workbook package"_s.arg(e.name));
        }
        zip.close();
        if (zip.getZipError() != ZIP_OK)
            return fail(u"cannot write the workbook package (%1)"_s.arg(zip.getZipError()));
    }
    xlsx = rebuilt;
    return true;
}

} // namespace ra::xlsx
