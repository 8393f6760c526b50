#pragma once

#include "workerchannel.h"

#include <QStringList>

namespace ra::worker {

// Serves one request at a time until the host closes its end: recognise a document (the
// offline provider's LocalRecognizer) or render a page (renderPage), each answered with one
// frame, a recognition preceded by the page count as soon as it is known.
class WorkerService
{
public:
    WorkerService(WorkerChannel &channel, const QStringList &notes);
    // Returns the process's exit code: 0 when the host closed the channel, 1 when it broke.
    int run();

private:
    bool serveRecognize(const WorkerFrame &request);
    bool serveRender(const WorkerFrame &request);
    bool refuse(const WorkerFrame &request, const QString &why);

    WorkerChannel &m_channel;
    QStringList m_notes;
};

} // namespace ra::worker
