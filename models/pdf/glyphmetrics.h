#pragma once

#include <QChar>
#include <QRectF>
#include <QString>

#include <vector>

// Rough font metrics, in em, good enough to tell which characters fill a text run's box: the
// text layer's run matching (runmatcher.h) and its page-rotation check (pagerotation.h)
// weigh a run of characters against the box pdfium gives for it.
namespace ra::pdftext {

// The script class of a character, for where runs may split (行|4200).
int scriptOf(QChar c);

enum Kind : unsigned char { Visible, Blank, Break };

Kind kindOf(QChar c);

// Per character of a text: its kind, advance width, glyph height and side bearing (em).
struct Metrics
{
    std::vector<Kind> kind;
    std::vector<float> adv, hgt, bear;
};

Metrics metricsOf(const QString &text);

// log(length / thickness) of a run box, across and along.
struct RunShape
{
    bool flat = false;       // too thin to say anything (a run of blanks)
    float logAcross = 0;     // log(w/h): the run read left to right
    float logDown = 0;       // log(h/w): the run read top to bottom
};

RunShape shapeOf(const QRectF &r);

} // namespace ra::pdftext
