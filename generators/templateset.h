#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace Fortegnelse {

/// The templates a policy is written from, for one language: a document frame, one
/// template per standard section, one for the officer's own sections, and language.json
/// with the language's formats (dates, citations, units). The built-in set lives in
/// resources/policy/<lang>/; an officer's folder with the same layout overrides any of
/// its files.
class TemplateSet
{
public:
    static constexpr auto builtIn = ":/policy";

    /// Loads the set for \a language from \a folder, falling back to the built-in files.
    static bool load(const QString &language, const QString &folder, TemplateSet *out,
                     QString *error);

    QString language() const { return m_language; }
    QString document() const { return m_document; }
    QString custom() const { return m_custom; }
    /// The short notice a processor gives the people it processes for a client controller.
    QString processorNotice() const { return m_processorNotice; }
    /// The template of a standard section, or an empty string when the set has none.
    QString section(const QString &name) const { return m_sections.value(name); }
    const QJsonObject &strings() const { return m_strings; }
    /// A format from language.json, e.g. "citation.art6".
    QString string(const QString &path) const;

private:
    QString m_language;
    QString m_document;
    QString m_custom;
    QString m_processorNotice;
    QHash<QString, QString> m_sections;
    QJsonObject m_strings;
};

} // namespace Fortegnelse
