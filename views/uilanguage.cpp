#include "uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Fortegnelse {

QString installUiLanguage(const QString &code)
{
    static QTranslator *ours = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator *t : {ours, qt})
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    ours = qt = nullptr;

    QString lang = code;
    if (lang.isEmpty()) {
        lang = QLocale::system().name().left(2);
        if (lang == u"no" || lang == u"nn")
            lang = QStringLiteral("nb");
    }
    if (lang != u"da" && lang != u"nb" && lang != u"sv")
        lang = QStringLiteral("en");
    const QLocale locale(lang == u"en" ? QStringLiteral("en_GB") : lang);
    QLocale::setDefault(locale);
    // English is the source language; its file only holds the plural forms.
    ours = new QTranslator;
    if (ours->load(QStringLiteral(":/i18n/fortegnelse_") + lang))
        QCoreApplication::installTranslator(ours);
    if (lang == u"en")
        return lang;
    qt = new QTranslator;
    // Qt's own dialogs (file dialogs, message box buttons), from qt6-translations-l10n.
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return lang;
}

} // namespace Fortegnelse
