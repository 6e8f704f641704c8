// The privacy policy generated from the register: every seed fact stated, golden files
// per example and language, hostile input escaped, and each Art. 13/14 item present
// exactly when its condition holds.

#include "jsoncodec.h"
#include "policygenerator.h"
#include "policywriters.h"
#include "referencedata.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QPdfDocument>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <functional>
#include <map>

using namespace Fortegnelse;

namespace {

const QStringList examples{QStringLiteral("oesyn"), QStringLiteral("octopus"), QStringLiteral("deskhero")};
const QStringList languages{QStringLiteral("da"), QStringLiteral("nb"), QStringLiteral("sv"), QStringLiteral("en")};

bool loadExample(const QString &name, Register *reg)
{
    *reg = Test::exampleRegister(name); // stops the test when it cannot be read
    return true;
}

PolicyDocument generate(const Register &reg, const QString &lang = QStringLiteral("da"),
                        const QString &audience = {})
{
    PolicyDocument doc;
    QString error;
    PolicyOptions options;
    options.language = lang;
    options.audience = audience;
    if (!PolicyGenerator::generate(reg, options, &doc, &error))
        qWarning("generation failed: %s", qPrintable(error));
    return doc;
}

bool hasSection(const PolicyDocument &doc, const QString &anchor)
{
    for (const Block &b : doc.blocks)
        if (b.kind == Block::Heading && b.anchor == anchor)
            return true;
    return false;
}

/// A text search that ignores line breaks and runs of spaces.
bool mentions(const QString &text, const QString &fact)
{
    return text.simplified().contains(fact.simplified(), Qt::CaseSensitive);
}

} // namespace

class TestPolicy : public QObject
{
    Q_OBJECT

private slots:
    void shouldStateEverySeedFactInDanish_data()
    {
        QTest::addColumn<QString>("example");
        for (const QString &e : examples)
            QTest::newRow(qPrintable(e)) << e;
    }
    void shouldStateEverySeedFactInDanish()
    {
        QFETCH(QString, example);
        Register reg;
        if (!loadExample(example, &reg))
            QSKIP("example not present yet");
        const QString text = generate(reg).plainText();
        QVERIFY(!text.isEmpty());
        QFile facts(Test::sourcePath(QStringLiteral("tests/data/seedfacts/%1.txt").arg(example)));
        QVERIFY2(facts.open(QIODevice::ReadOnly | QIODevice::Text), "fact list missing");
        QStringList missing;
        int count = 0;
        for (const QString &line : QString::fromUtf8(facts.readAll()).split(QLatin1Char('\n'))) {
            if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            ++count;
            if (!mentions(text, line.trimmed()))
                missing.append(line.trimmed());
        }
        QVERIFY(count >= 10);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not stated: ") + missing.join(QStringLiteral(" | "))));
        // The organisation's own authority with its current address, never an obsolete one.
        const auto *authority = ReferenceData::instance().authority(reg.organisation.supervisoryAuthority);
        QVERIFY(authority);
        QVERIFY2(mentions(text, authority->address), qPrintable(authority->address));
        if (reg.organisation.supervisoryAuthority == u"DK")
            QVERIFY(mentions(text, QStringLiteral("Carl Jacobsens Vej 35, 2500 Valby")));
        QVERIFY(!text.contains(QStringLiteral("Borgergade")));
    }

    void shouldMatchGoldenFiles_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<QString>("lang");
        for (const QString &e : examples)
            for (const QString &l : languages)
                QTest::newRow(qPrintable(e + QLatin1Char('-') + l)) << e << l;
    }
    void shouldMatchGoldenFiles()
    {
        QFETCH(QString, example);
        QFETCH(QString, lang);
        Register reg;
        if (!loadExample(example, &reg))
            QSKIP("example not present yet");
        const QByteArray md = toMarkdown(generate(reg, lang)).toUtf8();
        const QString path = Test::sourcePath(QStringLiteral("tests/data/golden/%1.%2.md").arg(example, lang));
        if (qEnvironmentVariableIsSet("FORTEGNELSE_UPDATE_GOLDEN")) {
            QDir().mkpath(QFileInfo(path).path());
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(md);
        }
        QFile golden(path);
        QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(path + QStringLiteral(" is missing; run with FORTEGNELSE_UPDATE_GOLDEN=1")));
        QCOMPARE(QString::fromUtf8(md), QString::fromUtf8(golden.readAll()));
    }

    void shouldLeaveNoTemplateMarkers_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("format");
        for (const QString &l : languages)
            for (const QString &f : {QStringLiteral("html"), QStringLiteral("snippet"), QStringLiteral("md"), QStringLiteral("txt")})
                QTest::newRow(qPrintable(l + QLatin1Char('-') + f)) << l << f;
    }
    void shouldLeaveNoTemplateMarkers()
    {
        QFETCH(QString, lang);
        QFETCH(QString, format);
        QList<Register> registers{Test::sampleRegister()};
        for (const QString &e : examples) {
            Register reg;
            if (loadExample(e, &reg))
                registers.append(reg);
        }
        for (const Register &reg : registers) {
            PolicyDocument doc;
            QString error;
            PolicyOptions options;
            options.language = lang;
            QVERIFY2(PolicyGenerator::generate(reg, options, &doc, &error), qPrintable(error));
            QByteArray out;
            QVERIFY(writePolicy(doc, *policyFormatFromName(format), &out, &error));
            QVERIFY2(!out.contains("{{") && !out.contains("}}"), out.constData());
            QVERIFY(!out.contains("&amp;amp;"));
            QVERIFY(out.contains(reg.organisation.name.toUtf8()) || reg.organisation.name.isEmpty());
        }
    }

    void shouldEscapeHostileInput_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("forbidden");
        QTest::newRow("script in html") << "<script>alert(1)</script>"
                                        << "html"
                                        << "<script>";
        QTest::newRow("script in snippet") << "<script>alert(1)</script>"
                                           << "snippet"
                                           << "<script>";
        QTest::newRow("attribute breakout") << "\" onmouseover=\"x"
                                            << "html"
                                            << "\" onmouseover";
        QTest::newRow("entity") << "R&D <b>"
                                << "html"
                                << "<b>";
        QTest::newRow("markdown emphasis") << "**bold**"
                                           << "md"
                                           << " **bold**";
        QTest::newRow("markdown link") << "[click](https://evil.example)"
                                       << "md"
                                       << "[click](";
        QTest::newRow("markdown html") << "<img src=x onerror=alert(1)>"
                                       << "md"
                                       << "<img";
        QTest::newRow("markdown heading") << "# Taken over"
                                          << "md"
                                          << "\n# Taken over";
        QTest::newRow("markdown table pipe") << "a | b"
                                             << "md"
                                             << "a | b";
        QTest::newRow("markdown code") << "`rm -rf`"
                                       << "md"
                                       << " `rm";
    }
    void shouldEscapeHostileInput()
    {
        QFETCH(QString, typed);
        QFETCH(QString, format);
        QFETCH(QString, forbidden);
        // GIVEN an officer (or an imported file) typing markup into the register
        Register reg = Test::sampleRegister();
        DataCategory c = reg.dataCategories.at(0);
        c.name = LocalText(QStringLiteral("da"), typed);
        reg.dataCategories.replace(0, c);
        ProcessingActivity a = reg.activities.at(0);
        a.description = LocalText(QStringLiteral("da"), typed);
        reg.activities.replace(0, a);
        // WHEN the policy is written
        QByteArray out;
        QString error;
        QVERIFY(writePolicy(generate(reg), *policyFormatFromName(format), &out, &error));
        // THEN the text is shown as typed, never as markup (a backslash-escaped form is
        // literal text in Markdown)
        const QRegularExpression raw(QStringLiteral("(?<!\\\\)") + QRegularExpression::escape(forbidden));
        QVERIFY2(!QString::fromUtf8(out).contains(raw), out.constData());
    }

    void shouldNeverLinkToScripts()
    {
        Register reg = Test::sampleRegister();
        reg.policy.cookiePolicyUrl = QStringLiteral("javascript:alert(1)");
        reg.cookies.clear();
        Cookie c;
        c.id = QStringLiteral("c");
        c.name = QStringLiteral("x");
        reg.cookies.append(c);
        for (const PolicyFormat f : {PolicyFormat::Html, PolicyFormat::Markdown}) {
            QByteArray out;
            QString error;
            QVERIFY(writePolicy(generate(reg), f, &out, &error));
            QVERIFY2(!out.contains("href=\"javascript") && !out.contains("](javascript"), out.constData());
        }
    }

    void shouldStateEachItemExactlyWhenItsConditionHolds_data()
    {
        QTest::addColumn<QString>("item");
        QTest::addColumn<bool>("present");
        for (const char *item : {"dpo", "legitimate interest", "portability", "objection",
                                 "direct marketing", "withdraw consent", "transfers", "automated",
                                 "sources", "provision", "joint controller", "processor role",
                                 "cookies", "special categories", "representative", "necessary cookies",
                                 "cookie consent withdrawn on the website", "cookie consent withdrawn in the browser"}) {
            QTest::newRow(qPrintable(QStringLiteral("%1 when it holds").arg(QLatin1String(item)))) << QString::fromLatin1(item) << true;
            QTest::newRow(qPrintable(QStringLiteral("%1 when it does not").arg(QLatin1String(item)))) << QString::fromLatin1(item) << false;
        }
    }
    void shouldStateEachItemExactlyWhenItsConditionHolds()
    {
        QFETCH(QString, item);
        QFETCH(bool, present);
        // GIVEN the sample register with the condition made true or false
        Register reg = Test::sampleRegister();
        ProcessingActivity a = reg.activities.at(0);
        Purpose &p = a.purposes[0];
        const QString da = QStringLiteral("da");
        QString marker; // Danish text or section anchor that states the item
        bool bySection = false;
        if (item == u"dpo") {
            marker = QStringLiteral("dpo");
            bySection = true;
            if (!present)
                reg.organisation.dpo = {};
        } else if (item == u"legitimate interest") {
            marker = QStringLiteral("Vores interesse: at kende vores kunder");
            if (present) {
                p.legalBasis = QStringLiteral("f");
                p.legitimateInterest = LocalText(da, QStringLiteral("at kende vores kunder"));
            }
        } else if (item == u"portability") {
            marker = QStringLiteral("Dataportabilitet:");
            if (!present)
                p.legalBasis = QStringLiteral("c");
        } else if (item == u"objection") {
            marker = QStringLiteral("Indsigelse af grunde");
            p.legalBasis = present ? QStringLiteral("f") : QStringLiteral("b");
        } else if (item == u"direct marketing") {
            marker = QStringLiteral("Indsigelse mod direkte markedsføring");
            p.directMarketing = present;
        } else if (item == u"withdraw consent") {
            marker = QStringLiteral("At trække dit samtykke tilbage");
            p.legalBasis = present ? QStringLiteral("a") : QStringLiteral("b");
        } else if (item == u"transfers") {
            marker = QStringLiteral("transfers");
            bySection = true;
            // A sub-processor in the US is a transfer, recorded or not (issue 12): without
            // transfers, every recipient is in the EEA.
            if (!present) {
                reg.transfers.clear();
                reg.parties.replace(reg.parties.indexOf(QStringLiteral("cloud")), [&] {
                    Party cloud = *reg.parties.find(QStringLiteral("cloud"));
                    cloud.country = QStringLiteral("DE");
                    return cloud;
                }());
            }
        } else if (item == u"automated") {
            marker = QStringLiteral("Betydning og forventede konsekvenser");
            a.automated = {present ? Answer::Yes : Answer::No, false, LocalText(da, QStringLiteral("Score")), LocalText(da, QStringLiteral("Afslag")), {}, {}};
        } else if (item == u"sources") {
            marker = QStringLiteral("sources");
            bySection = true;
            if (present)
                a.sources.append({LocalText(da, QStringLiteral("CVR-registret")), true});
        } else if (item == u"provision") {
            marker = QStringLiteral("provision");
            bySection = true;
            a.provision = present ? ProvisionRequirement::Statutory : ProvisionRequirement::NotRequired;
        } else if (item == u"joint controller") {
            marker = QStringLiteral("Fælles dataansvar med Partner A/S");
            if (present) {
                Party j;
                j.id = QStringLiteral("j");
                j.role = PartyRole::JointController;
                j.name = QStringLiteral("Partner A/S");
                j.arrangement = LocalText(da, QStringLiteral("Partner A/S besvarer henvendelser."));
                reg.parties.append(j);
                a.jointControllers = {QStringLiteral("j")};
            }
        } else if (item == u"processor role") {
            marker = QStringLiteral("processor");
            bySection = true;
            if (present) {
                Party client;
                client.id = QStringLiteral("cl");
                client.role = PartyRole::ClientController;
                client.name = QStringLiteral("Kunder");
                reg.parties.append(client);
                ProcessingActivity pa;
                pa.id = QStringLiteral("pa");
                pa.role = ActivityRole::Processor;
                pa.client = QStringLiteral("cl");
                pa.name = LocalText(da, QStringLiteral("Hosting for kunder"));
                reg.activities.append(pa);
            }
        } else if (item == u"cookies") {
            marker = QStringLiteral("cookies");
            bySection = true;
            if (!present)
                reg.cookies.clear();
        } else if (item.startsWith(u"cookie consent withdrawn") || item == u"necessary cookies") {
            // The cookie section says only what the register holds: necessary cookies when
            // some are listed, and where consent is withdrawn when the officer said where.
            const bool browser = item.endsWith(u"browser");
            marker = item == u"necessary cookies" ? QStringLiteral("Nødvendige cookies sætter vi")
                : browser                         ? QStringLiteral("ændre indstillingerne i din browser")
                                                  : QStringLiteral("tilbage i cookieindstillingerne på hjemmesiden");
            Cookie c = *reg.cookies.find(QStringLiteral("session"));
            if (item == u"necessary cookies" ? !present : true) {
                c.category = CookieCategory::Statistics;
                reg.cookies.replace(reg.cookies.indexOf(QStringLiteral("session")), c);
            }
            if (item != u"necessary cookies" && present)
                reg.policy.cookieWithdrawal = browser ? QStringLiteral("browser") : QStringLiteral("banner");
        } else if (item == u"special categories") {
            marker = QStringLiteral("Følsomme oplysninger (særlige kategorier");
            if (present)
                a.matrix[0].data.append(QStringLiteral("health"));
        } else if (item == u"representative") {
            marker = QStringLiteral("Vores repræsentant i EU");
            if (present)
                reg.organisation.representative.name = QStringLiteral("Rep GmbH");
        }
        reg.activities.replace(0, a);
        // For the data categories a notice names, only the matrix counts, for an audience.
        const PolicyDocument doc = generate(reg, da, item == u"special categories" ? QStringLiteral("customers") : QString());
        QVERIFY(!doc.blocks.isEmpty());
        const bool found = bySection ? hasSection(doc, marker) : mentions(doc.plainText(), marker);
        QVERIFY2(found == present, qPrintable(QStringLiteral("%1: expected %2").arg(marker, present ? QStringLiteral("present") : QStringLiteral("absent"))));
    }

    void shouldWriteANoticeForOneAudience()
    {
        Register reg = Test::sampleRegister();
        ProcessingActivity other;
        other.id = QStringLiteral("hr");
        other.name = LocalText(QStringLiteral("da"), QStringLiteral("Lønadministration"));
        reg.subjectCategories.append({QStringLiteral("employees"), QStringLiteral("employees"), LocalText(QStringLiteral("da"), QStringLiteral("Medarbejdere")), {}, false});
        other.matrix.append({QStringLiteral("employees"), {QStringLiteral("name")}});
        reg.activities.append(other);
        const QString forCustomers = generate(reg, QStringLiteral("da"), QStringLiteral("customers")).plainText();
        QVERIFY(forCustomers.contains(QStringLiteral("Salg")));
        QVERIFY(!forCustomers.contains(QStringLiteral("Lønadministration")));
        const QString forEmployees = generate(reg, QStringLiteral("da"), QStringLiteral("Medarbejdere")).plainText();
        QVERIFY(forEmployees.contains(QStringLiteral("Lønadministration")));
        QVERIFY(!forEmployees.contains(QStringLiteral("Salg")));
        PolicyDocument doc;
        QString error;
        PolicyOptions options;
        options.audience = QStringLiteral("martians");
        QVERIFY(!PolicyGenerator::generate(reg, options, &doc, &error));
        QVERIFY2(error.contains(QStringLiteral("martians")) && error.contains(QStringLiteral("customers")), qPrintable(error));
    }

    void shouldSetTheSubHeadingsOfAnOfficersSectionApart()
    {
        // GIVEN an officer's section with sub-headings over a paragraph and over a list,
        // a hard-wrapped sentence and a line of blanks
        Register reg = Test::sampleRegister();
        CustomSection section;
        section.title = LocalText(QStringLiteral("da"), QStringLiteral("Postkassedata"));
        section.anchor = QStringLiteral("purposes");
        section.body = LocalText(QStringLiteral("da"), QStringLiteral("Sikkerhed\nVi betragter postkassedata som fortrolige.\n\nFormål\n- Sagsstyring\n- Svar\n\n   \n"
                                                                      "Vi sletter data, når aftalen\nophører, og senest efter 30 dage."));
        reg.policy.sections = {section};
        // WHEN the policy is generated
        const PolicyDocument doc = generate(reg);
        QStringList subHeadings, paragraphs;
        for (const Block &b : doc.blocks) {
            if (b.kind == Block::Heading && b.level == 3)
                subHeadings.append(plainText(b.content));
            if (b.kind == Block::Paragraph)
                paragraphs.append(plainText(b.content));
        }
        // THEN each sub-heading is a heading of its own, and the wrapped sentence one paragraph
        QVERIFY2(subHeadings.contains(QStringLiteral("Sikkerhed")), qPrintable(subHeadings.join(QLatin1Char('|'))));
        QVERIFY2(subHeadings.contains(QStringLiteral("Formål")), qPrintable(subHeadings.join(QLatin1Char('|'))));
        QVERIFY(paragraphs.contains(QStringLiteral("Vi betragter postkassedata som fortrolige.")));
        QVERIFY(paragraphs.contains(QStringLiteral("Vi sletter data, når aftalen ophører, og senest efter 30 dage.")));
        QVERIFY(!doc.plainText().contains(QStringLiteral("Sikkerhed Vi betragter")));
    }

    void shouldUseTheOfficersOwnTemplates()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(QStringLiteral("da"));
        QFile summary(dir.filePath(QStringLiteral("da/summary.mustache")));
        QVERIFY(summary.open(QIODevice::WriteOnly));
        summary.write("<section id=\"summary\"><h2>Vores løfte</h2><p>{{org.name}} passer på dig.</p></section>");
        summary.close();
        PolicyOptions options;
        options.templateFolder = dir.path();
        PolicyDocument doc;
        QString error;
        QVERIFY2(PolicyGenerator::generate(Test::sampleRegister(), options, &doc, &error), qPrintable(error));
        QVERIFY(doc.plainText().contains(QStringLiteral("Eksempel ApS passer på dig.")));
        QVERIFY(doc.plainText().contains(QStringLiteral("Dine rettigheder"))); // the rest is built in

        // A mistake in a template is reported, naming the file, and nothing is generated.
        QVERIFY(summary.open(QIODevice::WriteOnly));
        summary.write("<section><h2>{{#org}}Uafsluttet</h2></section>");
        summary.close();
        QVERIFY(!PolicyGenerator::generate(Test::sampleRegister(), options, &doc, &error));
        QVERIFY2(error.contains(QStringLiteral("summary.mustache")), qPrintable(error));
        QVERIFY(summary.open(QIODevice::WriteOnly));
        summary.write("<section><h2>Ok</h2><div>not allowed</div></section>");
        summary.close();
        QVERIFY(!PolicyGenerator::generate(Test::sampleRegister(), options, &doc, &error));
        QVERIFY2(error.contains(QStringLiteral("<div>")), qPrintable(error));
    }

    void shouldWriteReadableOdtAndPdf()
    {
        const PolicyDocument doc = generate(Test::sampleRegister());
        QByteArray odt, pdf;
        QString error;
        QVERIFY(writePolicy(doc, PolicyFormat::Odt, &odt, &error));
        QVERIFY(odt.startsWith("PK"));
        QVERIFY(odt.contains("application/vnd.oasis.opendocument.text"));
        QVERIFY(writePolicy(doc, PolicyFormat::Pdf, &pdf, &error));
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument reader;
        reader.load(&buffer);
        QCOMPARE(reader.status(), QPdfDocument::Status::Ready);
        QVERIFY(reader.pageCount() >= 2);
        QString all;
        for (int i = 0; i < reader.pageCount(); ++i)
            all += reader.getAllText(i).text() + QLatin1Char('\n');
        QVERIFY2(mentions(all, QStringLiteral("Eksempel ApS")), qPrintable(all.left(400)));
        QVERIFY(mentions(all, QStringLiteral("artikel 6, stk. 1, litra b")));
        QCOMPARE(reader.metaData(QPdfDocument::MetaDataField::Title).toString(), doc.title);
    }
};

int main(int argc, char *argv[])
{
    Test::setUpDeterministicEnvironment();
    QGuiApplication app(argc, argv); // PDF and ODT lay out text with fonts
    TestPolicy tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}
#include "tst_policy.moc"
