#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringView>
#include <optional>
#include <vector>

namespace ra {

struct OfdXmlParseResult;

// A small read-only element tree for OFD parts. Element and attribute names are local names
// (the prefix is dropped) because OFD producers disagree on prefixes and namespaces: "ofd:",
// "fp:", none at all, or an unbound prefix. Name lookups are case-insensitive for the same
// reason. Text is kept as written (not trimmed): callers trim values, since re-zipped
// packages carry pretty-printing inside values.
struct OfdXmlNode
{
    QString name;                               // local name
    QString qualifiedName;                      // as written, with prefix
    QList<QPair<QString, QString>> attributes;  // local name → value
    QString text;                               // the element's own character data (CDATA included)
    std::vector<OfdXmlNode> children;

    QString attr(QStringView localName) const;  // null when absent
    bool hasAttr(QStringView localName) const;
    const OfdXmlNode *child(QStringView localName) const;               // first direct child
    QList<const OfdXmlNode *> childrenNamed(QStringView localName) const;
    const OfdXmlNode *descendant(QStringView localName) const;          // first, depth first
    QList<const OfdXmlNode *> descendants(QStringView localName) const; // all, document order
    QString childText(QStringView localName) const;                     // trimmed; null if absent
    QString allText() const;                                            // own and descendants' text
    bool is(QStringView localName) const;

    struct Limits
    {
        qint64 maxBytes = 32LL * 1024 * 1024;
        int maxElements = 250000;   // a node costs ~200 bytes: this bounds one tree to ~50 MB
        int maxDepth = 256;
    };
    using ParseResult = OfdXmlParseResult;

    // Parses a whole part. DTDs are refused (no OFD part needs one; entity tricks live there).
    // Known producer defects ("<:eInvoice xmlns:=\"\">", seen in Suwell tag files) are repaired
    // on a second attempt and reported through `repaired`.
    static ParseResult parse(const QByteArray &data, const Limits &limits);
    static ParseResult parse(const QByteArray &data);
};

struct OfdXmlParseResult
{
    std::optional<OfdXmlNode> root;
    QString error;          // why it is not well-formed (with line), empty on success
    bool repaired = false;  // parsed after fixing a known producer defect
};

} // namespace ra
