#pragma once

#include <QMap>
#include <QString>

namespace Fortegnelse {

/// Free text the officer writes, in one or more languages ("da", "nb", "sv", "en").
/// Generated documents pick the language they are written in and fall back to the
/// register's own language, so a register kept in Danish still yields an English policy.
class LocalText
{
public:
    LocalText() = default;
    LocalText(const QString &language, const QString &text) { set(language, text); }

    /// The text in exactly this language, or an empty string.
    QString text(const QString &language) const { return m_texts.value(language); }
    /// The text in \a language, else in \a fallback, else in any language present.
    QString resolve(const QString &language, const QString &fallback) const;

    void set(const QString &language, const QString &text);
    bool isEmpty() const { return m_texts.isEmpty(); }
    const QMap<QString, QString> &texts() const { return m_texts; }

    friend bool operator==(const LocalText &, const LocalText &) = default;

private:
    QMap<QString, QString> m_texts;
};

} // namespace Fortegnelse
