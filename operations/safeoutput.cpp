#include "safeoutput.h"

#include "printable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <filesystem>

namespace Fortegnelse::SafeOutput {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Fortegnelse::SafeOutput)
};

std::filesystem::path nativePath(const QString &path)
{
    return std::filesystem::path(QFileInfo(path).absoluteFilePath().toStdU16String());
}

/// Why a file of this type is never replaced by an output, or an empty string for a
/// regular file or none at all.
QString refusedType(std::filesystem::file_type type)
{
    using std::filesystem::file_type;
    switch (type) {
    case file_type::symlink:
        return Messages::tr("it is a symbolic link; give the name of the file itself");
    case file_type::directory:
        return Messages::tr("it is a folder");
    case file_type::fifo:
        return Messages::tr("it is a named pipe, not a file");
    case file_type::block:
    case file_type::character:
        return Messages::tr("it is a device, not a file");
    case file_type::socket:
        return Messages::tr("it is a socket, not a file");
    case file_type::regular:
    case file_type::not_found:
    case file_type::none:
        return {};
    default:
        return Messages::tr("it is not an ordinary file");
    }
}

} // namespace

QString absolute(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

bool checkTarget(const QString &output, const QStringList &inputs, QString *error)
{
    const std::filesystem::path target = nativePath(output);
    std::error_code ec;
    const std::filesystem::file_status status = std::filesystem::symlink_status(target, ec);
    const QString reason = refusedType(status.type());
    if (!reason.isEmpty()) {
        *error = Messages::tr("%1: cannot be written: %2").arg(printable(output), reason);
        return false;
    }
    if (status.type() != std::filesystem::file_type::regular)
        return true; // Nothing there yet, so it cannot be an input.
    for (const QString &input : inputs) {
        std::error_code sameError;
        if (!input.isEmpty() && std::filesystem::equivalent(nativePath(input), target, sameError)) {
            *error = Messages::tr("%1: cannot be written: it is the input %2; give another output file")
                         .arg(printable(output), printable(input));
            return false;
        }
    }
    return true;
}

QString describeWriteFailure(const QString &systemMessage, int savedErrno)
{
    if (savedErrno == ENOSPC || savedErrno == EDQUOT
        || systemMessage.contains(QLatin1String("No space left on device"))
        || systemMessage.contains(QLatin1String("disk is full")))
        return Messages::tr("the disk is full");
    return systemMessage;
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    // Unbuffered, so a short write fails at once with the system's reason instead of
    // being found (or, worse, committed) at the end with "Unknown error".
    QSaveFile file(absolute(path));
    errno = 0;
    bool ok = file.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    ok = ok && file.write(data) == data.size();
    int savedErrno = errno;
    QString reason = file.errorString();
    const QFileDevice::FileError kind = file.error();
    if (ok) {
        errno = 0;
        ok = file.commit();
        savedErrno = errno;
        reason = file.errorString();
    } else {
        file.cancelWriting();
    }
    if (ok)
        return true;
    if (kind == QFileDevice::ResourceError && savedErrno == 0)
        savedErrno = ENOSPC;
    *error = Messages::tr("%1: cannot be written: %2")
                 .arg(printable(path), describeWriteFailure(reason, savedErrno));
    return false;
}

} // namespace Fortegnelse::SafeOutput
