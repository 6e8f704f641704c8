#pragma once

// A temporary folder with the inputs the command-line tests need, made the current folder
// while the test runs, and a snapshot of everything in it to prove a refusal changed nothing.

#include <QMap>
#include <QString>
#include <QTemporaryDir>

namespace Fortegnelse::Test {

class FixtureFolder
{
public:
    /// Makes the folder and its files (see the .cpp for the list) and enters it.
    FixtureFolder();
    ~FixtureFolder();
    FixtureFolder(const FixtureFolder &) = delete;
    FixtureFolder &operator=(const FixtureFolder &) = delete;

    bool isValid() const { return m_valid; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    /// Every entry (not following links) with its type, inode, size, time and a hash of
    /// its bytes; a FIFO or a device is described without being opened.
    QMap<QString, QString> snapshot() const;

    /// Whether a device node could be made (root with CAP_MKNOD).
    bool hasDeviceNode() const { return m_hasDeviceNode; }

private:
    QTemporaryDir m_dir;
    QString m_previousFolder;
    bool m_valid = false;
    bool m_hasDeviceNode = false;
};

} // namespace Fortegnelse::Test
