#include "fixturefolder.h"

#include "registeroperations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>

namespace Fortegnelse::Test {

namespace {

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/// A bound Unix socket left in the folder; the descriptor is closed, the node stays.
bool makeSocket(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    sockaddr_un address{};
    if (size_t(native.size()) >= sizeof(address.sun_path))
        return false;
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, native.constData(), size_t(native.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    const bool ok = fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0;
    if (fd >= 0)
        ::close(fd);
    return ok;
}

} // namespace

// The files every row may name:
//   good.json      a valid register as JSON      r.ropa     the same register
//   broken.json    not JSON                      bad.json   JSON with a bad legal basis
//   evil.json      JSON whose bad values hold terminal escapes
//   errors.json    a register the checks find errors in, and errors.ropa made from it
//   random.bin     not a register                out.ropa   an existing output to protect
//   sub/           a folder                      target.txt a file only reached by a link
//   link.ropa      -> r.ropa                     jsonlink.json -> good.json
//   linkout        -> target.txt                 dangling   -> missing.txt
//   hard.ropa      a hard link to r.ropa         pipe       a FIFO
//   socket         a Unix socket                 null       a copy of /dev/null's node (root only)
//   file:q%72.ropa a register whose name SQLite would read as the URI of qr.ropa
//   qr.ropa        what that URI names: junk
FixtureFolder::FixtureFolder()
{
    if (!m_dir.isValid())
        return;
    m_previousFolder = QDir::currentPath();
    QDir::setCurrent(m_dir.path());
    QDir(m_dir.path()).mkdir(QStringLiteral("sub"));
    m_valid = write(filePath(QStringLiteral("good.json")),
                    "{\"format\": \"fortegnelse-register\", \"formatVersion\": 1, \"organisation\": "
                    "{\"name\": \"Test ApS\", \"email\": \"info@test.example\", \"language\": \"da\", "
                    "\"country\": \"DK\", \"supervisoryAuthority\": \"DK\"}}")
        && write(filePath(QStringLiteral("broken.json")), "{,}")
        && write(filePath(QStringLiteral("bad.json")),
                 "{\"format\": \"fortegnelse-register\", \"formatVersion\": 1, \"activities\": "
                 "[{\"id\": \"a\", \"purposes\": [{\"legalBasis\": \"z\"}]}]}")
        && write(filePath(QStringLiteral("evil.json")),
                 "{\"format\": \"fortegnelse-register\", \"formatVersion\": 1, \"activities\": "
                 "[{\"id\": \"a\\u001b]0;owned\\u0007\\r\", \"purposes\": [{\"legalBasis\": \"\\u001b[2Jz\"}]}]}")
        && write(filePath(QStringLiteral("errors.json")),
                 "{\"format\": \"fortegnelse-register\", \"formatVersion\": 1, \"organisation\": "
                 "{\"language\": \"en\", \"country\": \"DK\", \"supervisoryAuthority\": \"DK\"}, "
                 "\"activities\": [{\"id\": \"activity-1\"}]}")
        && importRegister(QStringLiteral("errors.json"), QStringLiteral("errors.ropa")).ok
        && write(filePath(QStringLiteral("random.bin")), QByteArray(2048, '\x17'))
        && write(filePath(QStringLiteral("out.ropa")), "keep me")
        && write(filePath(QStringLiteral("target.txt")), "only reached through a link")
        && write(filePath(QStringLiteral("qr.ropa")), "not the register the name means")
        && importRegister(QStringLiteral("good.json"), QStringLiteral("r.ropa")).ok
        && QFile::copy(filePath(QStringLiteral("r.ropa")), filePath(QStringLiteral("file:q%72.ropa")))
        && QFile::link(QStringLiteral("r.ropa"), filePath(QStringLiteral("link.ropa")))
        && QFile::link(QStringLiteral("good.json"), filePath(QStringLiteral("jsonlink.json")))
        && QFile::link(QStringLiteral("target.txt"), filePath(QStringLiteral("linkout")))
        && QFile::link(QStringLiteral("missing.txt"), filePath(QStringLiteral("dangling")))
        && ::link(QFile::encodeName(filePath(QStringLiteral("r.ropa"))).constData(),
                  QFile::encodeName(filePath(QStringLiteral("hard.ropa"))).constData())
            == 0
        && ::mkfifo(QFile::encodeName(filePath(QStringLiteral("pipe"))).constData(), 0600) == 0
        && makeSocket(filePath(QStringLiteral("socket")));
    // A device node of our own, so that a refusal of "-o DEVICE" is tested without ever
    // pointing the code at /dev/null itself.
    m_hasDeviceNode = ::mknod(QFile::encodeName(filePath(QStringLiteral("null"))).constData(),
                              S_IFCHR | 0666, makedev(1, 3))
        == 0;
}

FixtureFolder::~FixtureFolder()
{
    if (!m_previousFolder.isEmpty())
        QDir::setCurrent(m_previousFolder);
}

QMap<QString, QString> FixtureFolder::snapshot() const
{
    QMap<QString, QString> entries;
    for (const auto &entry : std::filesystem::recursive_directory_iterator(m_dir.path().toStdString())) {
        struct stat st = {};
        if (::lstat(entry.path().c_str(), &st) != 0)
            continue;
        QString description = QStringLiteral("mode %1 inode %2 links %3 size %4 mtime %5.%6")
                                  .arg(st.st_mode, 0, 8)
                                  .arg(st.st_ino)
                                  .arg(st.st_nlink)
                                  .arg(st.st_size)
                                  .arg(st.st_mtim.tv_sec)
                                  .arg(st.st_mtim.tv_nsec);
        if (S_ISREG(st.st_mode)) {
            QFile file(QString::fromStdString(entry.path().string()));
            if (file.open(QIODevice::ReadOnly))
                description += QStringLiteral(" sha1 ")
                    + QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha1).toHex());
        } else if (S_ISLNK(st.st_mode)) {
            description += QStringLiteral(" -> ") + QString::fromStdString(std::filesystem::read_symlink(entry.path()).string());
        }
        entries.insert(QString::fromStdString(entry.path().lexically_relative(m_dir.path().toStdString()).string()), description);
    }
    return entries;
}

} // namespace Fortegnelse::Test
