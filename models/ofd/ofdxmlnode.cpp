#include "ofdxmlnode.h"
#include "translatedtext.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

namespace ra {

namespace {

QString tr(const char *text)
{
    return translatedText("ra::OfdXmlNode", text);
}

bool sameName(QStringView a, QStringView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Suwell's tag files have been seen with an empty prefix: `<:eInvoice xmlns:="">…</:eInvoice>`.
// That is not XML; dropping the empty prefix and its declaration makes it so.
QByteArray repairEmptyPrefix(const QByteArray &in)
{
    QByteArray out = in;
    out.replace("</:", "</");
    out.replace("<:", "<");
    for (;;) {
        const qsizetype at = out.indexOf("xmlns:=");
        if (at < 0)
            break;
        qsizetype end = at + 7;
        if (end < out.size() && (out.at(end) == '"' || out.at(end) == '\'')) {
            const char quote = out.at(end);
            const qsizetype close = out.indexOf(quote, end + 1);
            end = close < 0 ? out.size() : close + 1;
        }
        out.remove(at, end - at);
    }
    return out;
}

OfdXmlNode::ParseResult parseOnce(const QByteArray &data, const OfdXmlNode::Limits &limits)
{
    OfdXmlNode::ParseResult result;
    QXmlStreamReader reader(data);
    // Namespace processing off: prefixes that are never declared (common in tag files) are
    // then not an error, and name() still gives the local part.
    reader.setNamespaceProcessing(false);

    OfdXmlNode root;
    bool haveRoot = false;
    std::vector<OfdXmlNode *> stack;
    int elements = 0;
    // Element and attribute names repeat endlessly: share one string per distinct name.
    QHash<QString, QString> names;
    auto intern = [&names](QStringView v) {
        const QString s = v.toString();
        const auto it = names.constFind(s);
        if (it != names.constEnd())
            return *it;
        if (names.size() < 10000)
            names.insert(s, s);
        return s;
    };

    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        switch (token) {
        case QXmlStreamReader::DTD:
            result.error = tr("a document type declaration (DTD) is not allowed in an OFD part");
            return result;
        case QXmlStreamReader::StartElement: {
            if (++elements > limits.maxElements) {
                result.error = tr("more than %1 elements").arg(limits.maxElements);
                return result;
            }
            if (int(stack.size()) >= limits.maxDepth) {
                result.error = tr("elements nested deeper than %1 levels").arg(limits.maxDepth);
                return result;
            }
            OfdXmlNode node;
            node.name = intern(reader.name());
            node.qualifiedName = intern(reader.qualifiedName());
            const auto attrs = reader.attributes();
            node.attributes.reserve(attrs.size());
            for (const auto &a : attrs)
                node.attributes.append({intern(a.name()), a.value().toString()});
            if (stack.empty()) {
                if (haveRoot) {
                    result.error = tr("more than one root element");
                    return result;
                }
                root = std::move(node);
                haveRoot = true;
                stack.push_back(&root);
            } else {
                // Only the innermost element gains children, so pointers to the elements
                // further up the stack stay valid.
                auto &siblings = stack.back()->children;
                siblings.push_back(std::move(node));
                stack.push_back(&siblings.back());
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            if (!stack.empty())
                stack.pop_back();
            break;
        case QXmlStreamReader::Characters:
            if (!stack.empty())
                stack.back()->text += reader.text();
            break;
        default:
            break;
        }
    }
    if (reader.hasError()) {
        result.error = tr("%1 (line %2, column %3)")
                           .arg(reader.errorString())
                           .arg(reader.lineNumber())
                           .arg(reader.columnNumber());
        return result;
    }
    if (!haveRoot) {
        result.error = tr("no root element");
        return result;
    }
    result.root = std::move(root);
    return result;
}

} // namespace

QString OfdXmlNode::attr(QStringView localName) const
{
    for (const auto &a : attributes)
        if (sameName(a.first, localName))
            return a.second;
    return {};
}

bool OfdXmlNode::hasAttr(QStringView localName) const
{
    for (const auto &a : attributes)
        if (sameName(a.first, localName))
            return true;
    return false;
}

bool OfdXmlNode::is(QStringView localName) const
{
    return sameName(name, localName);
}

const OfdXmlNode *OfdXmlNode::child(QStringView localName) const
{
    for (const auto &c : children)
        if (c.is(localName))
            return &c;
    return nullptr;
}

QList<const OfdXmlNode *> OfdXmlNode::childrenNamed(QStringView localName) const
{
    QList<const OfdXmlNode *> out;
    for (const auto &c : children)
        if (c.is(localName))
            out.append(&c);
    return out;
}

const OfdXmlNode *OfdXmlNode::descendant(QStringView localName) const
{
    // Iterative, so a deep (but within limits) tree cannot exhaust the stack.
    std::vector<const OfdXmlNode *> todo;
    for (auto it = children.rbegin(); it != children.rend(); ++it)
        todo.push_back(&*it);
    while (!todo.empty()) {
        const OfdXmlNode *n = todo.back();
        todo.pop_back();
        if (n->is(localName))
            return n;
        for (auto it = n->children.rbegin(); it != n->children.rend(); ++it)
            todo.push_back(&*it);
    }
    return nullptr;
}

QList<const OfdXmlNode *> OfdXmlNode::descendants(QStringView localName) const
{
    QList<const OfdXmlNode *> out;
    std::vector<const OfdXmlNode *> todo;
    for (auto it = children.rbegin(); it != children.rend(); ++it)
        todo.push_back(&*it);
    while (!todo.empty()) {
        const OfdXmlNode *n = todo.back();
        todo.pop_back();
        if (n->is(localName))
            out.append(n);
        for (auto it = n->children.rbegin(); it != n->children.rend(); ++it)
            todo.push_back(&*it);
    }
    return out;
}

QString OfdXmlNode::childText(QStringView localName) const
{
    const OfdXmlNode *c = child(localName);
    return c ? c->allText().trimmed() : QString();
}

QString OfdXmlNode::allText() const
{
    QString out = text;
    std::vector<const OfdXmlNode *> todo;
    for (auto it = children.rbegin(); it != children.rend(); ++it)
        todo.push_back(&*it);
    while (!todo.empty()) {
        const OfdXmlNode *n = todo.back();
        todo.pop_back();
        out += n->text;
        for (auto it = n->children.rbegin(); it != n->children.rend(); ++it)
            todo.push_back(&*it);
    }
    return out;
}

OfdXmlNode::ParseResult OfdXmlNode::parse(const QByteArray &data)
{
    return parse(data, Limits());
}

OfdXmlNode::ParseResult OfdXmlNode::parse(const QByteArray &data, const Limits &limits)
{
    if (data.size() > limits.maxBytes) {
        ParseResult r;
        r.error = tr("the part is larger than %1 MiB").arg(limits.maxBytes / (1024 * 1024));
        return r;
    }
    if (data.trimmed().isEmpty()) {
        ParseResult r;
        r.error = tr("the part is empty");
        return r;
    }
    ParseResult first = parseOnce(data, limits);
    if (first.root || !data.contains("<:"))
        return first;
    ParseResult second = parseOnce(repairEmptyPrefix(data), limits);
    if (!second.root)
        return first; // report the original problem, not one of the repair
    second.repaired = true;
    return second;
}

} // namespace ra
