#include "templateset.h"

#include "referencedata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace Fortegnelse {

namespace {

bool readText(const QString &language, const QString &folder, const QString &name, QString *out,
              bool required, QString *error)
{
    const QStringList candidates{
        folder.isEmpty() ? QString() : QDir(folder).filePath(language + QLatin1Char('/') + name),
        QStringLiteral("%1/%2/%3").arg(QLatin1String(TemplateSet::builtIn), language, name)};
    for (const QString &path : candidates) {
        if (path.isEmpty() || !QFile::exists(path))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("Fortegnelse::TemplateSet", "%1 cannot be read: %2")
                         .arg(path, file.errorString());
            return false;
        }
        *out = QString::fromUtf8(file.readAll());
        return true;
    }
    if (required) {
        *error = QCoreApplication::translate("Fortegnelse::TemplateSet",
                                             "There is no template %1 for the language \"%2\".")
                     .arg(name, language);
        return false;
    }
    return true;
}

} // namespace

bool TemplateSet::load(const QString &language, const QString &folder, TemplateSet *out,
                       QString *error)
{
    if (!ReferenceData::languages().contains(language)) {
        *error = QCoreApplication::translate("Fortegnelse::TemplateSet",
                                             "\"%1\" is not a policy language; use da, nb, sv or en.")
                     .arg(language);
        return false;
    }
    if (!folder.isEmpty() && !QDir(folder).exists()) {
        *error = QCoreApplication::translate("Fortegnelse::TemplateSet",
                                             "The template folder %1 does not exist.")
                     .arg(folder);
        return false;
    }
    TemplateSet set;
    set.m_language = language;
    QString strings;
    if (!readText(language, folder, QStringLiteral("document.mustache"), &set.m_document, true, error)
        || !readText(language, folder, QStringLiteral("custom.mustache"), &set.m_custom, true, error)
        || !readText(language, folder, QStringLiteral("language.json"), &strings, true, error)
        || !readText(language, folder, QStringLiteral("processornotice.mustache"), &set.m_processorNotice, true, error))
        return false;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(strings.toUtf8(), &parseError);
    if (!doc.isObject()) {
        *error = QCoreApplication::translate("Fortegnelse::TemplateSet",
                                             "language.json for \"%1\" is not a JSON object: %2")
                     .arg(language, parseError.errorString());
        return false;
    }
    set.m_strings = doc.object();
    for (const QString &name : ReferenceData::policySections()) {
        QString text;
        if (!readText(language, folder, name + QStringLiteral(".mustache"), &text, false, error))
            return false;
        if (!text.isEmpty())
            set.m_sections.insert(name, text);
    }
    *out = std::move(set);
    return true;
}

QString TemplateSet::string(const QString &path) const
{
    QJsonValue v = m_strings;
    for (const QString &key : path.split(QLatin1Char('.')))
        v = v.toObject().value(key);
    return v.toString();
}

} // namespace Fortegnelse
