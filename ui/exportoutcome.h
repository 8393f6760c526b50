#pragma once

#include <QString>
#include <QStringList>

namespace ra {

// What became of one ExportTarget in a run.
struct ExportOutcome
{
    enum class Status {
        Pending,    // not started yet
        Running,
        Written,    // complete
        Failed,     // error says why; a file target was left as it was
        Cancelled,  // stopped by the person: a file target was left as it was
    };

    Status status = Status::Pending;
    QString error;        // the writer's reason for Failed (English, technical); empty otherwise
    QStringList files;    // absolute paths written: the file, or the originals copied (also
                          // those copied before a cancel or a failure: they are complete)
    int done = 0;         // progress in steps (invoices of the report, originals copied)
    int total = 0;        // 0: the format does not report steps

    bool isFinished() const { return status != Status::Pending && status != Status::Running; }
};

} // namespace ra
