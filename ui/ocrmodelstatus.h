#pragma once

#include <QFuture>
#include <QString>

namespace ra {

// Whether the offline OCR models are installed, as the desk tells a person: a QR-only finding
// says what to install when they are missing (FindingsList). Looking means reading the data
// directories, which may be on a slow or network home, so it is done off the GUI thread and
// the last answer kept; the desk looks at start (MainWindow), which is where a person who has
// just installed them starts again.
class OcrModelStatus
{
public:
    // Looks again on a pool thread; the future ends when problem() has the answer.
    static QFuture<void> check();
    // The sentence saying what is missing and how to install it; empty while the first look is
    // under way and when the models are usable.
    static QString problem();
};

} // namespace ra
