#pragma once

#include <QString>

#include <utility>

class QIODevice;

namespace Fortegnelse {

/// What a named operation reports: done, or refused with one printable line saying what
/// is wrong and where ("r.ropa: The file does not exist."). The caller decides how to show
/// it: the command line prints it and exits 2, a view shows it in a message box.
struct OperationResult
{
    bool ok = true;
    QString message;

    static OperationResult done() { return {}; }
    static OperationResult refused(QString message) { return {false, std::move(message)}; }
    explicit operator bool() const { return ok; }
};

/// Where an operation's output goes: a file, replaced only once the whole output is
/// written, or an open stream such as standard output ("-o -").
struct Destination
{
    QString path;
    QIODevice *stream = nullptr;

    static Destination file(const QString &path) { return {path, nullptr}; }
    static Destination toStream(QIODevice *stream) { return {QString(), stream}; }
    bool isStream() const { return stream != nullptr; }
};

} // namespace Fortegnelse
