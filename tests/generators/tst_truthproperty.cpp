// Issue 12, the property: for random registers, each statement the policy and the record
// make on transfers, agreements, automated decisions, DPIAs and consent withdrawal is backed
// by the register, as a second derivation written here from the rules in docs/truth.md finds.

#include "testsupport.h"
#include "truthsupport.h"

#include <QRandomGenerator>
#include <QSet>

using namespace Fortegnelse;
using namespace Fortegnelse::TruthTest;
using namespace Qt::StringLiterals;

class TestTruthProperty : public QObject
{
    Q_OBJECT

private slots:
    void shouldBackEveryStatementByTheRegister_data()
    {
        QTest::addColumn<int>("seed");
        for (int seed = 1; seed <= 40; ++seed)
            QTest::newRow(qPrintable(u"random register %1"_s.arg(seed))) << seed;
    }
    void shouldBackEveryStatementByTheRegister()
    {
        QFETCH(int, seed);
        QRandomGenerator rng{quint32(seed)};
        const auto pick = [&](const QStringList &from) { return from.at(int(rng.bounded(from.size()))); };
        const QStringList countries{u"DK"_s, u"SE"_s, u"DE"_s, u"US"_s, u"IN"_s, QString()};
        const QSet<QString> eea{u"DK"_s, u"SE"_s, u"DE"_s};
        Register reg = baseRegister();
        reg.parties.clear();
        reg.activities.clear();
        const int parties = 1 + int(rng.bounded(5));
        for (int i = 0; i < parties; ++i) {
            Party p;
            p.id = u"p%1"_s.arg(i);
            p.name = u"Part %1"_s.arg(i);
            p.country = pick(countries);
            p.role = i > 0 && rng.bounded(3) == 0 ? PartyRole::SubProcessor : PartyRole::Processor;
            if (p.role == PartyRole::SubProcessor)
                p.parent = u"p%1"_s.arg(rng.bounded(i));
            if (rng.bounded(2))
                p.agreement.reference = u"DPA"_s;
            p.dpfCertified = p.country == u"US" && rng.bounded(2);
            if (p.dpfCertified && rng.bounded(2))
                p.dpfChecked = QDate(2026, 1, 1);
            reg.parties.append(p);
        }
        const QList<Answer> answers{Answer::NotAssessed, Answer::No, Answer::Yes};
        const int activities = 1 + int(rng.bounded(3));
        for (int i = 0; i < activities; ++i) {
            ProcessingActivity a;
            a.id = u"a%1"_s.arg(i);
            a.name = da(u"Aktivitet %1"_s.arg(i));
            a.purposes.append({da(u"Formål"_s), rng.bounded(2) ? u"a"_s : u"b"_s, {}, false, {}, {}, {}, {}, {}});
            a.data = {u"name"_s};
            a.matrix.append({u"customers"_s, {u"name"_s}});
            const int recipients = int(rng.bounded(3));
            for (int r = 0; r < recipients; ++r)
                a.recipients.append({u"p%1"_s.arg(rng.bounded(parties)), {}, {u"name"_s}, {u"customers"_s}, {}, {}});
            a.thirdCountryTransfers = rng.bounded(4) == 0 ? Answer::No : Answer::NotAssessed;
            a.automated.used = answers.at(int(rng.bounded(2))); // Yes needs logic; not asked here
            a.dpia.required = answers.at(int(rng.bounded(3)));
            reg.activities.append(a);
        }
        if (rng.bounded(2)) {
            Transfer t;
            t.id = u"t"_s;
            t.party = u"p%1"_s.arg(rng.bounded(parties));
            t.destination = reg.parties.find(t.party)->country;
            t.mechanism = u"art45"_s;
            t.activities = {u"a0"_s};
            reg.transfers.append(t);
        }

        // The second derivation: the parties each activity's data reaches, and their countries.
        bool exist = !reg.transfers.isEmpty(), unknown = false;
        for (const ProcessingActivity &a : reg.activities) {
            QStringList reached;
            for (const Disclosure &d : a.recipients) {
                for (QString id = d.party; !id.isEmpty() && !reached.contains(id); id = reg.parties.find(id)->parent)
                    reached.append(id);
                QStringList below{d.party};
                for (int k = 0; k < below.size(); ++k)
                    for (const Party &p : reg.parties)
                        if (p.parent == below.at(k) && !below.contains(p.id))
                            below.append(p.id);
                reached += below;
            }
            for (const QString &id : reached) {
                const QString country = reg.parties.find(id)->country;
                exist |= !country.isEmpty() && !eea.contains(country);
                unknown |= country.isEmpty() && a.thirdCountryTransfers != Answer::No;
            }
        }
        bool allAgreed = true, noAutomated = true, consent = false;
        int dpiaNo = 0;
        QSet<QString> processors;
        for (const ProcessingActivity &a : reg.activities) {
            for (const Disclosure &d : a.recipients)
                processors.insert(d.party);
            noAutomated &= a.automated.used == Answer::No;
            dpiaNo += a.dpia.required == Answer::No;
            consent |= a.purposes.at(0).legalBasis == u"a";
        }
        for (const QString &id : processors)
            allAgreed &= reg.parties.find(id)->agreement.isRecorded();
        bool certifiedAndChecked = false;
        for (const Transfer &t : reg.transfers)
            if (const Party *p = reg.parties.find(t.party); p && p->country == u"US" && p->dpfCertified && p->dpfChecked.isValid())
                certifiedAndChecked = true;

        // Every language states the same facts: the derivation above does not depend on it.
        const Phrase transferHeading = phrase("Overførsel til lande uden for EU/EØS", "Overføring til land utenfor EU/EØS",
                                              "Överföring till länder utanför EU/EES", "Transfers outside the EU/EEA");
        const Phrase dpiaNotRequired = phrase("Konsekvensanalyse Ikke påkrævet", "Konsekvensvurdering Ikke påkrevd",
                                              "Konsekvensbedömning Krävs inte", "Impact assessment Not required");
        for (const QString &lang : languages) {
            const QString policy = policyText(reg, lang);
            const QString record = recordText(reg, lang);
            const QString why = u"seed %1, %2"_s.arg(seed).arg(lang);
            QVERIFY2(policy.contains(policyNoTransfers.in(lang)) == (!exist && !unknown), qPrintable(why));
            QVERIFY2(policy.contains(transferHeading.in(lang)) == exist, qPrintable(why));
            QVERIFY2(policy.contains(policyAgreements.in(lang)) == (!processors.isEmpty() && allAgreed), qPrintable(why));
            QVERIFY2(policy.contains(policyNoAutomated.in(lang)) == noAutomated, qPrintable(why));
            QVERIFY2(policy.contains(policyCertified.in(lang)) == certifiedAndChecked, qPrintable(why));
            QVERIFY2(policy.contains(withdraw.in(lang)) == consent, qPrintable(why));
            QVERIFY2(record.count(dpiaNotRequired.in(lang)) == dpiaNo, qPrintable(why + u": "_s + record));
        }
    }
};

FORTEGNELSE_TEST_MAIN(TestTruthProperty)
#include "tst_truthproperty.moc"
