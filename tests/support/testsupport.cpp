#include "testsupport.h"

#include "jsoncodec.h"
#include "store.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace Fortegnelse::Test {

void setUpDeterministicEnvironment()
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_HASH_SEED", "0");
    qputenv("LC_ALL", "C.UTF-8");
    qputenv("TZ", "UTC");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

QString runSql(const QString &path, const QStringList &statements)
{
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("test-raw"));
        db.setDatabaseName(path);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            for (const QString &sql : statements) {
                QSqlQuery q(db);
                if (!q.exec(sql) && error.isEmpty())
                    error = sql + QStringLiteral(": ") + q.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test-raw"));
    return error;
}

QString queryOne(const QString &path, const QString &sql)
{
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("test-peek"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toString();
            else
                value = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test-peek"));
    return value;
}

QByteArray fileContents(const QString &path)
{
    Register reg;
    QString error;
    if (!Store::read(path, &reg, &error))
        return error.toUtf8();
    return Json::write(reg);
}

QString sourcePath(const QString &relative)
{
    return QStringLiteral(FORTEGNELSE_SOURCE_DIR "/") + relative;
}

FileFingerprint FileFingerprint::of(const QString &path)
{
    FileFingerprint f;
    QFile file(path);
    f.exists = file.exists();
    if (file.open(QIODevice::ReadOnly))
        f.bytes = file.readAll();
    f.modified = QFileInfo(path).lastModified();
    return f;
}

Register exampleRegister(const QString &name)
{
    QFile file(sourcePath(QStringLiteral("resources/examples/%1.json").arg(name)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the example %s", qPrintable(name));
    Register reg;
    QList<Json::Error> errors;
    if (!Json::read(file.readAll(), &reg, &errors))
        qFatal("%s", qPrintable(Json::summarize(errors)));
    return reg;
}

Register sampleRegister()
{
    const QString da = QStringLiteral("da");
    const QString en = QStringLiteral("en");
    Register reg = Register::createEmpty(da);
    Organisation &o = reg.organisation;
    o.name = QStringLiteral("Eksempel ApS");
    o.registrationNumber = QStringLiteral("12345678");
    o.address = QStringLiteral("Vestergade 1\n8000 Aarhus C");
    o.email = QStringLiteral("privacy@eksempel.dk");
    o.dpo = {QStringLiteral("Ida Holm"), QStringLiteral("dpo@eksempel.dk"), {}, {}};
    o.securityOverview = LocalText(da, QStringLiteral("Adgangsstyring og kryptering."));

    reg.policy.title = LocalText(da, QStringLiteral("Privatlivspolitik"));
    reg.policy.title.set(en, QStringLiteral("Privacy policy"));
    reg.policy.version = QStringLiteral("1.0");
    reg.policy.lastUpdated = QDate(2026, 6, 8);
    reg.policy.venue = LocalText(da, QStringLiteral("Retten i Aarhus"));
    reg.policy.sections.append({LocalText(da, QStringLiteral("AI")), LocalText(da, QStringLiteral("Vi bruger AI.")),
                                QStringLiteral("automated"), SectionPlacement::After});

    reg.subjectCategories.append({QStringLiteral("customers"), QStringLiteral("customers"), LocalText(da, QStringLiteral("Kunder")), {}, false});
    reg.subjectCategories.append({QStringLiteral("children"), {}, LocalText(da, QStringLiteral("Børn")), {}, true});
    reg.dataCategories.append({QStringLiteral("name"), QStringLiteral("name"), LocalText(da, QStringLiteral("Navn")), DataKind::Ordinary, {}});
    reg.dataCategories.append({QStringLiteral("health"), {}, LocalText(da, QStringLiteral("Helbred")), DataKind::Special, {}});
    reg.measures.append({QStringLiteral("mfa"), LocalText(da, QStringLiteral("Tofaktorgodkendelse")), MeasureType::Technical, {}});

    Party processor;
    processor.id = QStringLiteral("hosting");
    processor.role = PartyRole::Processor;
    processor.name = QStringLiteral("Hosting A/S");
    processor.country = QStringLiteral("DK");
    processor.agreement.reference = QStringLiteral("DPA-1");
    processor.agreement.signed_ = QDate(2025, 1, 15);
    reg.parties.append(processor);
    Party sub;
    sub.id = QStringLiteral("cloud");
    sub.role = PartyRole::SubProcessor;
    sub.name = QStringLiteral("Cloud Inc.");
    sub.country = QStringLiteral("US");
    sub.parent = QStringLiteral("hosting");
    sub.dpfCertified = true;
    sub.dpfChecked = QDate(2026, 5, 1);
    reg.parties.append(sub);

    ProcessingActivity a;
    a.id = QStringLiteral("sales");
    a.name = LocalText(da, QStringLiteral("Salg"));
    a.name.set(en, QStringLiteral("Sales"));
    Purpose p;
    p.description = LocalText(da, QStringLiteral("Levere varer"));
    p.legalBasis = QStringLiteral("b");
    a.purposes.append(p);
    a.data = {QStringLiteral("name"), QStringLiteral("health")};
    a.matrix.append({QStringLiteral("customers"), {QStringLiteral("name")}});
    a.recipients.append({QStringLiteral("hosting"), {}, {QStringLiteral("name")}, {QStringLiteral("customers")}, {}, {}});
    RetentionRule r;
    r.data = {QStringLiteral("name")};
    r.amount = 5;
    r.unit = PeriodUnit::Years;
    r.lawReferences = {QStringLiteral("bogforingsloven-10")};
    a.retention.append(r);
    a.measures = {QStringLiteral("mfa")};
    // The answers a document states only when given (issue 12).
    a.provision = ProvisionRequirement::NotRequired;
    a.automated.used = Answer::No;
    a.dpia.required = Answer::No;
    a.created = QDate(2026, 1, 2);
    reg.activities.append(a);

    Transfer t;
    t.id = QStringLiteral("us-cloud");
    t.destination = QStringLiteral("US");
    t.party = QStringLiteral("cloud");
    t.activities = {QStringLiteral("sales")};
    t.mechanism = QStringLiteral("art45");
    reg.transfers.append(t);

    Cookie c;
    c.id = QStringLiteral("session");
    c.name = QStringLiteral("PHPSESSID");
    c.party = QStringLiteral("hosting");
    c.session = true;
    reg.cookies.append(c);
    return reg;
}

} // namespace Fortegnelse::Test
