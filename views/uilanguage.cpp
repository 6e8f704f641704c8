#include "uilanguage.h"

#include <QComboBox>

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Fortegnelse {

QString installUiLanguage(const QString &code)
{
    static QTranslator *ours = nullptr;
    static QTranslator *qt = nullptr;
    static QTranslator *qtExtra = nullptr;
    for (QTranslator *t : {ours, qt, qtExtra})
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    ours = qt = qtExtra = nullptr;

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
    // Debian 12 ships qtbase_da; for Swedish only the older catalogue qt_sv; for
    // Norwegian only Nynorsk (qtbase_nn), which a Bokmål reader follows better than English.
    const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    const QStringList candidates = lang == u"nb"
        ? QStringList{QStringLiteral("qtbase_nb"), QStringLiteral("qt_nb"), QStringLiteral("qtbase_nn"), QStringLiteral("qt_nn")}
        : QStringList{QStringLiteral("qtbase_") + lang, QStringLiteral("qt_") + lang};
    for (const QString &name : candidates)
        if (qt->load(name, dir)) {
            QCoreApplication::installTranslator(qt);
            break;
        }
    // Where Debian has no qtbase catalogue in the language (nb, sv), ours covers what the
    // officer meets: the buttons, the file and print dialogs, the editing menu, key names;
    // for Danish, the few strings Debian's catalogue lacks. Installed last, it is asked
    // first; the system's catalogue answers what it does not hold.
    qtExtra = new QTranslator;
    if (qtExtra->load(QStringLiteral(":/i18n/qtbase_extra_") + lang))
        QCoreApplication::installTranslator(qtExtra);
    return lang;
}

const QList<QPair<QString, QString>> &languagesByOwnName()
{
    static const QList<QPair<QString, QString>> languages{{QStringLiteral("da"), QStringLiteral("Dansk")},
                                                          {QStringLiteral("nb"), QStringLiteral("Norsk bokmål")},
                                                          {QStringLiteral("sv"), QStringLiteral("Svenska")},
                                                          {QStringLiteral("en"), QStringLiteral("English")}};
    return languages;
}

void addLanguages(QComboBox *combo)
{
    for (const auto &[code, name] : languagesByOwnName())
        combo->addItem(name, code);
}

} // namespace Fortegnelse
