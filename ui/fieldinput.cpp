#include "fieldinput.h"

#include "dates.h"
#include "money.h"
#include "textnormalize.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

FieldInput::Result accepted(const QString &value)
{
    return {true, value, {}};
}

FieldInput::Result refused(const QString &error)
{
    return {false, {}, error};
}

} // namespace

FieldInput::Result FieldInput::check(FieldLayout::Kind kind, const QString &text)
{
    using Kind = FieldLayout::Kind;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return accepted(u""_s);

    switch (kind) {
    case Kind::Money: {
        const std::optional<qint64> fen = money::parseFen(trimmed);
        if (!fen)
            return refused(tr("“%1” is not an amount. Type it with at most two decimals, like 1234.56.").arg(trimmed));
        return accepted(money::formatFen(*fen));
    }
    case Kind::Date: {
        const std::optional<QDate> d = dates::parseDate(trimmed);
        if (!d)
            return refused(tr("“%1” is not a date. Type it like 2024-05-08.").arg(trimmed));
        return accepted(dates::formatDate(*d));
    }
    case Kind::Time: {
        const std::optional<QString> t = dates::parseTime(trimmed);
        if (!t)
            return refused(tr("“%1” is not a time. Type it like 09:05.").arg(trimmed));
        return accepted(*t);
    }
    case Kind::TaxId: {
        // As printed, so a wrong check character is kept and the validation says so; only what
        // cannot be on the paper at all is refused.
        const QString id = text::compact(trimmed).toUpper();
        static const QRegularExpression shape(u"^[0-9A-Z]{15,20}$"_s);
        if (!shape.match(id).hasMatch())
            return refused(tr("“%1” is not a tax ID. A tax ID has 15 to 20 digits and capital letters.").arg(trimmed));
        return accepted(id);
    }
    case Kind::Rate: {
        const QString r = text::compact(trimmed);
        static const QRegularExpression number(u"^(\\d{1,3}(?:\\.\\d{1,4})?)(%?)$"_s);
        const QRegularExpressionMatch m = number.match(r);
        if (m.hasMatch()) {
            bool ok = false;
            double value = m.captured(1).toDouble(&ok);
            // "0.13" is how some papers and vendors write 13%.
            if (m.captured(2).isEmpty() && value > 0 && value < 1)
                value *= 100;
            if (!ok || value > 100)
                return refused(tr("“%1” is not a tax rate. Type it like 13%.").arg(trimmed));
            return accepted(QString::number(value, 'g', 6) + u'%');
        }
        static const QRegularExpression digit(u"\\d"_s);
        if (r.contains(digit))
            return refused(tr("“%1” is not a tax rate. Type it like 13%, or a word such as 免税.").arg(trimmed));
        return accepted(r); // 免税, 不征税, ***
    }
    case Kind::Boolean: {
        const QString b = text::compact(trimmed).toLower();
        static const QStringList yes{u"true"_s, u"yes"_s, u"y"_s, u"1"_s, u"是"_s, u"有"_s};
        static const QStringList no{u"false"_s, u"no"_s, u"n"_s, u"0"_s, u"否"_s, u"无"_s};
        if (yes.contains(b) || b == tr("Yes").toLower())
            return accepted(u"true"_s);
        if (no.contains(b) || b == tr("No").toLower())
            return accepted(u"false"_s);
        return refused(tr("“%1” is neither yes nor no.").arg(trimmed));
    }
    case Kind::Multiline:
        return accepted(trimmed);
    case Kind::Text:
        break;
    }
    // Text is one line: a pasted line break becomes a blank, as it would read on paper.
    QString line = trimmed;
    line.replace(u"\r\n"_s, u" "_s);
    line.replace(u'\n', u' ');
    line.replace(u'\r', u' ');
    return accepted(line);
}

QString FieldInput::display(FieldLayout::Kind kind, const QString &value)
{
    using Kind = FieldLayout::Kind;
    switch (kind) {
    case Kind::Money:
        if (const std::optional<qint64> fen = money::parseFen(value))
            return money::formatFen(*fen);
        return value;
    case Kind::Boolean:
        if (value == u"true")
            return tr("Yes");
        if (value == u"false")
            return tr("No");
        return value;
    case Kind::Multiline: {
        // One row in the table; the tooltip and the editor have the lines.
        QStringList lines = value.split(u'\n');
        for (QString &l : lines)
            l = l.trimmed();
        lines.removeAll(QString());
        return lines.join(u" ⏎ "_s);
    }
    case Kind::Text:
    case Kind::Date:
    case Kind::Time:
    case Kind::TaxId:
    case Kind::Rate:
        break;
    }
    return value;
}

} // namespace ra
