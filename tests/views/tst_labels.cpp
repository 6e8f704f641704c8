// Labels everywhere (issue 14): every field of every kind has a label that is neither its
// key nor a code, every label is translated in da, nb and sv, and no code is shown where a
// name exists (legal bases, mechanisms, countries, languages, enum codes, transfers).

#include "document.h"
#include "fieldaccess.h"
#include "kinds.h"
#include "labels.h"
#include "mainwindow.h"
#include "problemspanel.h"
#include "referencedata.h"
#include "register.h"
#include "testsupport.h"
#include "uilanguage.h"
#include "widgetsupport.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QFile>
#include <QFileDialog>
#include <QHash>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QXmlStreamReader>

#include <memory>

using namespace Fortegnelse;
using namespace Qt::StringLiterals;

namespace {

struct KindFields
{
    EntityKind kind;
    QList<FieldSpec> specs;
};

QList<KindFields> everyKind()
{
    return {{EntityKind::Organisation, fieldSpecs<Organisation>()},
            {EntityKind::Policy, fieldSpecs<PolicySettings>()},
            {EntityKind::SubjectCategory, fieldSpecs<SubjectCategory>()},
            {EntityKind::DataCategory, fieldSpecs<DataCategory>()},
            {EntityKind::Activity, fieldSpecs<ProcessingActivity>()},
            {EntityKind::Party, fieldSpecs<Party>()},
            {EntityKind::Transfer, fieldSpecs<Transfer>()},
            {EntityKind::Measure, fieldSpecs<SecurityMeasure>()},
            {EntityKind::Cookie, fieldSpecs<Cookie>()}};
}

/// Every field at any depth, with its path as "purposes[].legalBasis".
void collect(const QList<FieldSpec> &specs, const QString &prefix, QList<QPair<QString, FieldSpec>> &out)
{
    for (const FieldSpec &s : specs) {
        const QString path = prefix + s.key;
        out.append({path, s});
        if (s.type == FieldSpec::Group)
            collect(s.children, path + QLatin1Char('.'), out);
        else if (s.type == FieldSpec::List)
            collect(s.children, path + QStringLiteral("[]."), out);
    }
}

/// A label that is a key or a code: "legalBasis", "not-assessed", "dpo.email", "purposes[0]".
bool looksLikeCode(const QString &text)
{
    static const QRegularExpression code(QStringLiteral("^[a-z][a-z0-9]*([A-Z_-][a-z0-9]*)*$|\\[\\d*\\]|\\w\\.\\w|^[A-Z]{2}$"));
    return text.trimmed().isEmpty() || code.match(text).hasMatch();
}

/// The finished translations of a .ts file: context -> source -> translation.
QHash<QString, QHash<QString, QString>> finishedTranslations(const QString &path, QString *error)
{
    QHash<QString, QHash<QString, QString>> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context, source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"source")
            source = xml.readElementText();
        else if (xml.name() == u"translation") {
            const bool finished = xml.attributes().value(QStringLiteral("type")).isEmpty();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            if (finished && !text.isEmpty())
                out[context].insert(source, text);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

} // namespace

class TestLabels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void init() { installUiLanguage(QStringLiteral("en")); }

    void shouldLabelEveryFieldOfEveryKind_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("path");
        for (const KindFields &k : everyKind()) {
            QList<QPair<QString, FieldSpec>> fields;
            collect(k.specs, {}, fields);
            for (const auto &[path, spec] : fields)
                QTest::addRow("%s/%s", kindInfo(k.kind).listKey, qPrintable(path)) << int(k.kind) << path;
        }
    }

    void shouldLabelEveryFieldOfEveryKind()
    {
        QFETCH(int, kind);
        QFETCH(QString, path);
        QList<QPair<QString, FieldSpec>> fields;
        for (const KindFields &k : everyKind())
            if (int(k.kind) == kind)
                collect(k.specs, {}, fields);
        FieldSpec spec;
        for (const auto &[p, s] : fields)
            if (p == path)
                spec = s;
        // THEN the field has a label of its own, which is no key and no code
        QVERIFY2(hasFieldLabel(spec.key), qPrintable(QStringLiteral("no label for the field “%1”").arg(spec.key)));
        const QString label = fieldLabel(spec.key);
        QVERIFY2(label != spec.key && !looksLikeCode(label), qPrintable(label));
        // AND its path reads as labels, an element of a list included
        const QString shown = fieldPathLabel(QString(path).replace(QStringLiteral("[]"), QStringLiteral("[0]")));
        QVERIFY2(!looksLikeCode(shown) && !shown.contains(QLatin1Char('[')), qPrintable(shown));
        if (spec.type == FieldSpec::List && !spec.children.isEmpty()) {
            const QString element = fieldPathLabel(spec.key + QStringLiteral("[1]"));
            QVERIFY2(element.endsWith(QLatin1String(" 2")) && element != label + QStringLiteral(" 2"),
                     qPrintable(QStringLiteral("an element of “%1” reads “%2”").arg(spec.key, element)));
        }
        // AND every value it can hold has a name: each enum code, each reference code
        for (const QString &code : std::as_const(spec.enumCodes)) {
            QVERIFY2(hasCodeLabel(code), qPrintable(QStringLiteral("no label for the code “%1”").arg(code)));
            QVERIFY2(!looksLikeCode(valueLabel(path, code)), qPrintable(code));
        }
        if (spec.type == FieldSpec::Code)
            for (const QString &code : ReferenceData::instance().codes(spec.codeList)) {
                // valueLabel() knows the field's list, so the name is the list's
                QCOMPARE(valueLabel(path, code), referenceLabel(spec.codeList, code));
                QVERIFY2(valueLabel(path, code) != code, qPrintable(QStringLiteral("“%1” shows as itself").arg(code)));
            }
    }

    void shouldTranslateEveryLabel_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        for (const char *lang : {"da", "nb", "sv"}) {
            for (const LabelText &t : labelTexts())
                QTest::addRow("%s: %s", lang, qPrintable(t.key))
                    << QString::fromLatin1(lang) << QString::fromLatin1(t.context) << QString::fromUtf8(t.source);
            for (const KindFields &k : everyKind())
                QTest::addRow("%s: kind:%s", lang, kindInfo(k.kind).listKey)
                    << QString::fromLatin1(lang) << QStringLiteral("Fortegnelse::Kinds")
                    << QString::fromUtf8(kindInfo(k.kind).title);
        }
    }

    void shouldTranslateEveryLabel()
    {
        QFETCH(QString, language);
        QFETCH(QString, context);
        QFETCH(QString, source);
        static QHash<QString, QHash<QString, QHash<QString, QString>>> files;
        if (!files.contains(language)) {
            QString error;
            files.insert(language, finishedTranslations(Test::sourcePath(QStringLiteral("translations/fortegnelse_%1.ts").arg(language)), &error));
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        const QString translation = files.value(language).value(context).value(source);
        QVERIFY2(!translation.isEmpty(),
                 qPrintable(QStringLiteral("translations/fortegnelse_%1.ts has no finished translation of “%2” (%3)")
                                .arg(language, source, context)));
    }

    void shouldSpeakTheOfficersLanguageInQtsOwnDialogs_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("cancel");
        QTest::addRow("da") << QStringLiteral("da") << QStringLiteral("Annuller");
        QTest::addRow("nb") << QStringLiteral("nb") << QStringLiteral("Avbryt");
        QTest::addRow("sv") << QStringLiteral("sv") << QStringLiteral("Avbryt");
    }

    void shouldSpeakTheOfficersLanguageInQtsOwnDialogs()
    {
        // GIVEN the interface in a Nordic language (Debian has Qt's own catalogue only for da)
        QFETCH(QString, language);
        QFETCH(QString, cancel);
        QCOMPARE(installUiLanguage(language), language);
        // THEN the standard buttons and the line edit's menu are in that language
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Save
                                 | QDialogButtonBox::Discard);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')), cancel);
        for (auto which : {QDialogButtonBox::Save, QDialogButtonBox::Discard}) {
            const QString text = buttons.button(which)->text().remove(QLatin1Char('&'));
            QVERIFY2(text != u"Save" && text != u"Discard", qPrintable(text));
        }
        QLineEdit line;
        std::unique_ptr<QMenu> menu(line.createStandardContextMenu());
        QStringList english;
        for (QAction *a : menu->actions())
            if (!a->isSeparator()
                && QStringList{u"Undo"_s, u"Redo"_s, u"Cut"_s, u"Copy"_s, u"Paste"_s, u"Delete"_s, u"Select All"_s}
                       .contains(a->text().remove(QLatin1Char('&')).section(QLatin1Char('\t'), 0, 0)))
                english.append(a->text());
        QVERIFY2(english.isEmpty(), qPrintable(english.join(u", ")));
        // AND the file dialog's kind of a folder (a string Debian's Danish catalogue lacks)
        QVERIFY(QCoreApplication::translate("QAbstractFileIconProvider", "Folder", "All other platforms") != u"Folder");
        if (qEnvironmentVariableIsSet("FORTEGNELSE_SCREENSHOTS")) {
            QFileDialog files(nullptr, QString(), Test::sourcePath(QStringLiteral("resources")));
            files.setOption(QFileDialog::DontUseNativeDialog);
            files.resize(760, 460);
            files.show();
            QVERIFY(QTest::qWaitForWindowExposed(&files));
            Test::save(&files, QStringLiteral("qt-file-dialog-%1.png").arg(language));
        }
        installUiLanguage(QStringLiteral("en"));
    }

    void shouldShowNoCodeWhereANameExists_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en: SCCs") << "en"
                                  << "mechanism"
                                  << "art46-2-c"
                                  << "Standard contractual clauses (Article 46(2)(c))";
        QTest::newRow("da: SCCs") << "da"
                                  << "mechanism"
                                  << "art46-2-c"
                                  << "Standardkontraktbestemmelser (artikel 46, stk. 2, litra c)";
        QTest::newRow("da: CPR ground") << "da"
                                        << "purposes[0].cprGround"
                                        << "dbl-11-2-1"
                                        << "følger af lovgivningen";
        QTest::newRow("en: consent") << "en"
                                     << "purposes[2].legalBasis"
                                     << "a"
                                     << "";
        QTest::newRow("en: the register's language") << "en"
                                                     << "language"
                                                     << "da"
                                                     << "Danish";
        QTest::newRow("en: a country") << "en"
                                       << "country"
                                       << "US"
                                       << "";
        QTest::newRow("en: a destination") << "en"
                                           << "destination"
                                           << "INTL:EPO"
                                           << "";
        QTest::newRow("en: a policy section") << "en"
                                              << "sections[0].anchor"
                                              << "transfers"
                                              << "Transfers outside the EU/EEA";
        QTest::newRow("en: an answer") << "en"
                                       << "dpia.required"
                                       << "not-assessed"
                                       << "Not assessed";
        QTest::newRow("da: an answer") << "da"
                                       << "dpia.required"
                                       << "not-assessed"
                                       << "";
        QTest::newRow("en: free text stays") << "en"
                                             << "name"
                                             << "Løn"
                                             << "Løn";
    }

    void shouldShowNoCodeWhereANameExists()
    {
        QFETCH(QString, language);
        QFETCH(QString, field);
        QFETCH(QString, code);
        QFETCH(QString, expected);
        installUiLanguage(language);
        const QString shown = valueLabel(field, code);
        if (!expected.isEmpty())
            QCOMPARE(shown, expected);
        if (expected != code)
            QVERIFY2(shown != code && !shown.isEmpty(), qPrintable(shown));
    }

    void shouldNameATransferWithoutItsId()
    {
        // GIVEN a transfer that names neither its recipient nor its country, and one that does
        Register reg = Test::sampleRegister();
        Transfer bare;
        bare.id = QStringLiteral("transfer-1");
        reg.transfers.append(bare);
        // THEN neither shows its id, and a country shows by its name
        QCOMPARE(itemLabel(reg, EntityKind::Transfer, QStringLiteral("transfer-1")), QStringLiteral("Transfer 2"));
        const QString named = itemLabel(reg, EntityKind::Transfer, QStringLiteral("us-cloud"));
        QCOMPARE(named, QStringLiteral("Cloud Inc. (%1)").arg(referenceLabel(CodeList::Country, QStringLiteral("US"))));
        QVERIFY(!named.contains(QStringLiteral("(US)")));
    }

    void shouldShowNoCodeInTheProblemsPanel()
    {
        // GIVEN the sample register with a transfer that names nothing yet
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(Test::openSample(dir, window));
        Transfer bare;
        bare.activities = {QStringLiteral("sales")};
        const QString id = window.document()->add(bare);
        QVERIFY(!id.isEmpty());
        // THEN every row names its item and field, never by an id or a path
        QTreeWidget *list = window.problems()->list();
        bool found = false;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *row = list->topLevelItem(i);
            const QString itemId = row->data(1, Qt::UserRole).toString();
            QVERIFY2(itemId.isEmpty() || !row->text(1).contains(itemId), qPrintable(row->text(1)));
            QVERIFY2(!looksLikeCode(row->text(2)) || row->data(2, Qt::UserRole).toString().isEmpty(), qPrintable(row->text(2)));
            found = found || itemId == id;
        }
        QVERIFY2(found, "the bare transfer has no problem listed");
    }
};

int main(int argc, char *argv[])
{
    Test::setUpDeterministicEnvironment();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FortegnelseTests"));
    TestLabels tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}
#include "tst_labels.moc"
