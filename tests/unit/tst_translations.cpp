// The translation catalogues in translations/, read in place: the Simplified Chinese one must
// translate every message (an untranslated string shows up as English in the Chinese desk), and
// every translation must keep what the code relies on: the %1/%n/%L1 placeholders QString::arg()
// and tr(…, n) fill in, the HTML tags, the line breaks and the keyboard accelerator ("&F" of
// "&File" as in "文件(&F)"). English keeps its source text except for the plural forms.
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;         // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QString translation;  // a plain message's text
    QStringList forms;    // a numerus message's <numerusform>s
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;  // empty when the file was read and parsed
};

QString catalogue(const QString &language)
{
    // RA_TEST_DATA_DIR is tests/data; the catalogues are two levels up, in translations/.
    return QDir::cleanPath(ra::test::testDataDir() + u"/../../translations/reimburse_%1.ts"_s.arg(language));
}

void readMessage(QXmlStreamReader &xml, const QString &context, TsFile &ts)
{
    TsMessage m;
    m.context = context;
    m.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
    while (xml.readNextStartElement()) {
        if (xml.name() == "source"_L1) {
            m.source = xml.readElementText();
        } else if (xml.name() == "comment"_L1) {
            m.comment = xml.readElementText();
        } else if (xml.name() == "translation"_L1) {
            m.type = xml.attributes().value("type"_L1).toString();
            if (m.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == "numerusform"_L1)
                        m.forms << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                m.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else {
            xml.skipCurrentElement();  // location, extracomment, translatorcomment, oldsource
        }
    }
    ts.messages << m;
}

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = u"cannot open %1: %2"_s.arg(path, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    if (!xml.readNextStartElement() || xml.name() != "TS"_L1) {
        ts.error = u"%1 is not a TS file"_s.arg(path);
        return ts;
    }
    ts.language = xml.attributes().value("language"_L1).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != "context"_L1) {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == "name"_L1)
                context = xml.readElementText();
            else if (xml.name() == "message"_L1)
                readMessage(xml, context, ts);
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        ts.error = u"%1, line %2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

// Messages lupdate keeps only for reference: not compiled, not shown.
bool isLive(const TsMessage &m)
{
    return m.type != "vanished"_L1 && m.type != "obsolete"_L1;
}

// What QString::arg() and tr(…, n) replace: %1 … %99, %L1, %n, %Ln. A "%" before anything else
// ("13%", "100 %") is text.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%L?(?:[1-9][0-9]?|n)"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    return found;
}

// The accelerator letters ("&F" → "f"); "&&" is a literal ampersand.
QString accelerators(const QString &text)
{
    QString keys;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            keys += text.at(i + 1).toLower();
    }
    return keys;
}

QStringList htmlTags(const QString &text)
{
    static const QRegularExpression re(u"</?[a-zA-Z][a-zA-Z0-9]*\\b[^<>]*>"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    return found;
}

// Why `translation` cannot stand for `source`; empty when it can. `allowMissingN`: a singular
// form may say "one" in words instead of %n (Qt allows it), as long as the other forms keep it.
QString problem(const QString &source, const QString &translation, bool allowMissingN = false)
{
    if (translation.trimmed().isEmpty())
        return u"empty translation"_s;
    QStringList want = placeholders(source);
    QStringList have = placeholders(translation);
    if (allowMissingN) {
        want.removeAll(u"%n"_s);
        have.removeAll(u"%n"_s);
    }
    if (QSet<QString>(want.cbegin(), want.cend()) != QSet<QString>(have.cbegin(), have.cend()))
        return u"placeholders %1 in the source, %2 in the translation"_s.arg(want.join(u' '), have.join(u' '));
    if (accelerators(source) != accelerators(translation))
        return u"accelerator \"%1\" in the source, \"%2\" in the translation"_s.arg(accelerators(source),
                                                                                   accelerators(translation));
    if (htmlTags(source) != htmlTags(translation))
        return u"HTML tags %1 in the source, %2 in the translation"_s.arg(htmlTags(source).join(u' '),
                                                                          htmlTags(translation).join(u' '));
    if (source.count(u'\n') != translation.count(u'\n'))
        return u"%1 line breaks in the source, %2 in the translation"_s.arg(source.count(u'\n'))
            .arg(translation.count(u'\n'));
    if (source.contains(u'…') && !translation.contains(u'…'))
        return u"the source's \"…\" (more to come: a dialog, a running task) is missing"_s;
    return {};
}

QByteArray rowName(int index, const TsMessage &m)
{
    QString text = m.source.simplified();
    if (text.size() > 50)
        text = text.left(50) + u'…';
    return u"%1 %2: %3"_s.arg(index).arg(m.context, text).toUtf8();
}

} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT

private slots:
    void checker_data();
    void checker();
    void cataloguesParse_data();
    void cataloguesParse();
    void chineseIsComplete();
    void chineseMessage_data();
    void chineseMessage();
    void englishNumerus_data();
    void englishNumerus();
    void englishFallsBackToSource();
    void cataloguesHaveTheSameMessages();
};

// The checks themselves, so a lenient checker cannot pass a broken catalogue.
void TstTranslations::checker_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("translation");
    QTest::addColumn<bool>("ok");

    QTest::newRow("plain") << u"Settings"_s << u"设置"_s << true;
    QTest::newRow("empty") << u"Settings"_s << QString() << false;
    QTest::newRow("blank") << u"Settings"_s << u"  "_s << false;
    QTest::newRow("placeholders-reordered") << u"%1 of %2"_s << u"%2 中的 %1"_s << true;
    QTest::newRow("placeholder-lost") << u"Page %1 of %2"_s << u"第 %1 页"_s << false;
    QTest::newRow("placeholder-typo") << u"Cannot download %1: %2"_s << u"无法下载 %1：%3"_s << false;
    QTest::newRow("localized-arg-kept") << u"%L1 invoices"_s << u"%L1 张发票"_s << true;
    QTest::newRow("localized-arg-lost") << u"%L1 invoices"_s << u"%1 张发票"_s << false;
    QTest::newRow("percent-sign-is-text") << u"%1 %"_s << u"%1%"_s << true;
    QTest::newRow("rate-is-text") << u"Type it like 13%."_s << u"请按 13% 的格式输入。"_s << true;
    QTest::newRow("numerus") << u"%n invoice(s)"_s << u"%n 张发票"_s << true;
    QTest::newRow("numerus-lost") << u"%n invoice(s)"_s << u"发票"_s << false;
    QTest::newRow("accelerator") << u"&File"_s << u"文件(&F)"_s << true;
    QTest::newRow("accelerator-mid-word") << u"Open &Recent"_s << u"最近打开(&R)"_s << true;
    QTest::newRow("accelerator-case") << u"Rotate Ri&ght"_s << u"向右旋转(&G)"_s << true;
    QTest::newRow("accelerator-lost") << u"&File"_s << u"文件"_s << false;
    QTest::newRow("accelerator-other-key") << u"&File"_s << u"文件(&W)"_s << false;
    QTest::newRow("accelerator-added") << u"File"_s << u"文件(&F)"_s << false;
    QTest::newRow("literal-ampersand") << u"R&&D"_s << u"研发"_s << true;
    QTest::newRow("html-kept") << u"<b>%1</b>: %2"_s << u"<b>%1</b>：%2"_s << true;
    QTest::newRow("html-lost") << u"<b>%1</b>: %2"_s << u"%1：%2"_s << false;
    QTest::newRow("line-breaks-kept") << u"%1\n\nNot saved."_s << u"%1\n\n未保存。"_s << true;
    QTest::newRow("line-breaks-lost") << u"%1\n\nNot saved."_s << u"%1 未保存。"_s << false;
    QTest::newRow("ellipsis-kept") << u"&Open Claim…"_s << u"打开报销单(&O)…"_s << true;
    QTest::newRow("ellipsis-lost") << u"&Open Claim…"_s << u"打开报销单(&O)"_s << false;
}

void TstTranslations::checker()
{
    QFETCH(QString, source);
    QFETCH(QString, translation);
    QFETCH(bool, ok);
    const QString why = problem(source, translation);
    QVERIFY2(why.isEmpty() == ok, qPrintable(why.isEmpty() ? u"accepted"_s : why));
}

void TstTranslations::cataloguesParse_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << u"zh_CN"_s;
    QTest::newRow("en") << u"en"_s;
}

void TstTranslations::cataloguesParse()
{
    QFETCH(QString, language);
    const TsFile ts = readTs(catalogue(language));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.language, language);
    // An emptied or truncated catalogue must not pass as "nothing unfinished".
    QVERIFY2(ts.messages.size() > 400, qPrintable(u"only %1 messages"_s.arg(ts.messages.size())));
    for (const TsMessage &m : ts.messages)
        QVERIFY2(!m.source.isEmpty(), qPrintable(u"a message of %1 has no source"_s.arg(m.context)));
}

// All at once, so one run lists everything lupdate added since the last translation round.
void TstTranslations::chineseIsComplete()
{
    const TsFile ts = readTs(catalogue(u"zh_CN"_s));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList untranslated;
    for (const TsMessage &m : ts.messages) {
        if (!isLive(m))
            continue;
        const bool empty = m.numerus ? m.forms.isEmpty() || m.forms.first().isEmpty() : m.translation.isEmpty();
        if (m.type == "unfinished"_L1 || empty)
            untranslated << m.context + u": "_s + m.source;
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(u"%1 untranslated:\n"_s.arg(untranslated.size())
                                                + untranslated.join(u'\n')));
}

void TstTranslations::chineseMessage_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("numerus");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("translation");
    QTest::addColumn<QStringList>("forms");

    const TsFile ts = readTs(catalogue(u"zh_CN"_s));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    for (int i = 0; i < ts.messages.size(); ++i) {
        const TsMessage &m = ts.messages.at(i);
        if (isLive(m))
            QTest::newRow(rowName(i, m).constData()) << m.source << m.numerus << m.type << m.translation << m.forms;
    }
}

void TstTranslations::chineseMessage()
{
    QFETCH(QString, source);
    QFETCH(bool, numerus);
    QFETCH(QString, type);
    QFETCH(QString, translation);
    QFETCH(QStringList, forms);

    QVERIFY2(type != "unfinished"_L1, "still marked unfinished");
    if (numerus) {
        // Chinese has a single plural form: "%n 张发票" for one and for many.
        QCOMPARE(forms.size(), 1);
        translation = forms.first();
    }
    const QString why = problem(source, translation);
    QVERIFY2(why.isEmpty(), qPrintable(why + u" — "_s + translation));
}

void TstTranslations::englishNumerus_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("forms");

    const TsFile ts = readTs(catalogue(u"en"_s));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    for (int i = 0; i < ts.messages.size(); ++i) {
        const TsMessage &m = ts.messages.at(i);
        if (m.numerus && isLive(m))
            QTest::newRow(rowName(i, m).constData()) << m.source << m.type << m.forms;
    }
}

// "%n invoice(s)" must never reach the English desk: one form for 1, one for the rest.
void TstTranslations::englishNumerus()
{
    QFETCH(QString, source);
    QFETCH(QString, type);
    QFETCH(QStringList, forms);

    QVERIFY2(type != "unfinished"_L1, "plural forms still unfinished");
    QCOMPARE(forms.size(), 2);
    for (int i = 0; i < forms.size(); ++i) {
        const QString why = problem(source, forms.at(i), i == 0);
        QVERIFY2(why.isEmpty(), qPrintable(u"form %1: %2 — %3"_s.arg(i).arg(why, forms.at(i))));
        QVERIFY2(!forms.at(i).contains(u"(s)"_s), qPrintable(u"form %1 still says (s): %2"_s.arg(i).arg(forms.at(i))));
    }
    QVERIFY2(forms.at(0) != forms.at(1) || !source.contains(u"(s)"_s), "singular and plural are the same");
}

// The rest of the English catalogue is left unfinished on purpose: the source text is English and
// is shown as it is. Whatever is filled in must still be a usable stand-in for its source.
void TstTranslations::englishFallsBackToSource()
{
    const TsFile ts = readTs(catalogue(u"en"_s));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    for (const TsMessage &m : ts.messages) {
        if (m.numerus || !isLive(m) || m.translation.isEmpty())
            continue;
        const QString why = problem(m.source, m.translation);
        QVERIFY2(why.isEmpty(), qPrintable(m.context + u": "_s + m.source + u": "_s + why));
    }
}

// Both catalogues come from one lupdate run; a message in only one of them means one was not
// refreshed (or was edited by hand).
void TstTranslations::cataloguesHaveTheSameMessages()
{
    const TsFile zh = readTs(catalogue(u"zh_CN"_s));
    const TsFile en = readTs(catalogue(u"en"_s));
    QVERIFY2(zh.error.isEmpty(), qPrintable(zh.error));
    QVERIFY2(en.error.isEmpty(), qPrintable(en.error));
    const auto keys = [](const TsFile &ts) {
        QSet<QString> set;
        for (const TsMessage &m : ts.messages)
            if (isLive(m))
                set.insert(m.context + u'\x04' + m.source + u'\x04' + m.comment + (m.numerus ? u"\x04n"_s : QString()));
        return set;
    };
    const QSet<QString> zhKeys = keys(zh);
    const QSet<QString> enKeys = keys(en);
    QStringList onlyOne;
    for (const QString &k : zhKeys - enKeys)
        onlyOne << u"only zh_CN: "_s + QString(k).replace(u'\x04', u" | "_s);
    for (const QString &k : enKeys - zhKeys)
        onlyOne << u"only en: "_s + QString(k).replace(u'\x04', u" | "_s);
    onlyOne.sort();
    QVERIFY2(onlyOne.isEmpty(), qPrintable(onlyOne.join(u'\n')));
}

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
