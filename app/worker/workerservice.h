#pragma once

#include "workerchannel.h"

#include <QStringList>

namespace ra::worker {

// Serves one request at a time until the host closes its end: recognise a document (the
// offline provider's LocalRecognizer), render a page (renderPage) or prepare a page for a
// cloud vendor (vendor::prepareImage, tencent::preparePage, the pages of an OFD), each
// answered with one frame, a recognition preceded by the page count as soon as it is known.
class WorkerService
{
public:
    WorkerService(WorkerChannel &channel, const QStringList &notes);
    // Returns the process's exit code: 0 when the host closed the channel, 1 when it broke.
    int run();

private:
    bool serveRecognize(const WorkerFrame &request);
    // What a one-page request (render, prepare) does first: the test hooks and the CPU limit of
    // one page. False when a hook's garbage was written instead (`written`: whether that worked).
    bool beginPage(const WorkerFrame &request, bool *written);
    bool serveRender(const WorkerFrame &request);
    bool servePrepare(const WorkerFrame &request);
    bool refuse(const WorkerFrame &request, const QString &why);

    WorkerChannel &m_channel;
    QStringList m_notes;
};

} // namespace ra::worker
