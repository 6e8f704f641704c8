#include "recordtable.h"

#include "referencedata.h"

#include <QCoreApplication>

namespace Fortegnelse::Tables {

namespace {

class SheetBuilder
{
public:
    SheetBuilder(const Register &reg, const QString &language)
        : m_reg(reg)
        , m_language(language.isEmpty() ? reg.organisation.language : language)
    {
        if (m_language.isEmpty())
            m_language = QStringLiteral("da");
    }

    QString text(const LocalText &value) const { return value.resolve(m_language, m_reg.organisation.language); }
    QString yesNo(bool yes) const
    {
        if (m_language == u"en")
            return yes ? QStringLiteral("yes") : QStringLiteral("no");
        if (m_language == u"nb")
            return yes ? QStringLiteral("ja") : QStringLiteral("nei");
        return yes ? QStringLiteral("ja") : QStringLiteral("nej");
    }

    template <class T> QString name(const EntityList<T> &list, const QString &id) const
    {
        const T *item = list.find(id);
        if (!item)
            return id;
        if constexpr (std::is_same_v<decltype(T::name), QString>)
            return item->name;
        else
            return text(item->name);
    }
    template <class T> QString names(const EntityList<T> &list, const QStringList &ids) const
    {
        QStringList out;
        for (const QString &id : ids)
            out.append(name(list, id));
        return out.join(u'\n');
    }

    QString country(const QString &code) const
    {
        const ReferenceData::Country *country = ReferenceData::instance().country(code);
        return country ? country->name.resolve(m_language, QStringLiteral("en")) : code;
    }

    /// "Art. 6(1)(b)" per purpose, with the Art. 9(2) condition and the DBL grounds, in the
    /// form the importer reads.
    QString legalBases(const ProcessingActivity &activity) const
    {
        QStringList lines;
        for (const Purpose &purpose : activity.purposes) {
            QStringList grounds;
            if (!purpose.legalBasis.isEmpty())
                grounds.append(QStringLiteral("Art. 6(1)(%1)").arg(purpose.legalBasis));
            if (!purpose.specialCondition.isEmpty())
                grounds.append(QStringLiteral("Art. 9(2)(%1)").arg(purpose.specialCondition));
            for (const QString &code : {purpose.criminalBasis, purpose.cprGround}) {
                const QStringList parts = code.split(u'-');
                if (code.startsWith(QStringLiteral("dbl-")) && parts.size() >= 3 && parts.at(2).size() == 1) {
                    QString cite = QStringLiteral("DBL § %1, stk. %2").arg(parts.at(1), parts.at(2));
                    if (parts.size() == 4 && parts.at(3).size() == 1)
                        cite += QStringLiteral(", nr. %1").arg(parts.at(3));
                    grounds.append(cite);
                } else if (!code.isEmpty()) {
                    grounds.append(code);
                }
            }
            lines.append(grounds.join(QStringLiteral(", ")));
        }
        return lines.join(u'\n');
    }

    QString retention(const ProcessingActivity &activity) const
    {
        static const char *units[] = {"days", "weeks", "months", "years"};
        QStringList lines;
        for (const RetentionRule &rule : activity.retention) {
            QString line;
            if (rule.amount > 0) {
                line = QStringLiteral("%1 %2").arg(rule.amount).arg(QLatin1String(units[int(rule.unit)]));
                if (!text(rule.trigger).isEmpty())
                    line += QStringLiteral(" from ") + text(rule.trigger);
            }
            const QString criterion = text(rule.criterion);
            if (!criterion.isEmpty())
                line = line.isEmpty() ? criterion : line + QStringLiteral(". ") + criterion;
            if (!line.isEmpty())
                lines.append(line);
        }
        return lines.join(u'\n');
    }

    QString mechanism(const QString &code) const
    {
        if (code == u"art46-2-c")
            return QStringLiteral("Standard contractual clauses");
        if (code == u"art46-2-b")
            return QStringLiteral("Binding corporate rules");
        if (code == u"art45")
            return QStringLiteral("Adequacy decision");
        const ReferenceData::Entry *entry = ReferenceData::instance().entry(CodeList::Mechanism, code);
        return entry ? text(entry->label) : code;
    }

    QString recipient(const Disclosure &disclosure) const
    {
        return disclosure.party.isEmpty() ? text(disclosure.recipientCategory) : name(m_reg.parties, disclosure.party);
    }

    RecordSheet activities() const
    {
        RecordSheet sheet{QStringLiteral("Activities"),
                          {{QStringLiteral("Processing activity"), QStringLiteral("Description"), QStringLiteral("Department"),
                            QStringLiteral("Purposes"), QStringLiteral("Legal basis"),
                            QStringLiteral("Categories of data subjects"), QStringLiteral("Categories of personal data"),
                            QStringLiteral("Recipients"), QStringLiteral("Third countries"), QStringLiteral("Safeguards"),
                            QStringLiteral("Retention"), QStringLiteral("Technical and organisational security measures"),
                            QStringLiteral("Systems")}}};
        for (const ProcessingActivity &activity : m_reg.activities) {
            QStringList purposes, recipients, countries, safeguards;
            for (const Purpose &purpose : activity.purposes)
                purposes.append(text(purpose.description));
            for (const Disclosure &disclosure : activity.recipients) {
                if (!recipients.contains(recipient(disclosure)))
                    recipients.append(recipient(disclosure));
            }
            for (const Transfer &transfer : m_reg.transfers) {
                if (!transfer.activities.contains(activity.id))
                    continue;
                countries.append(country(transfer.destination));
                if (!transfer.mechanism.isEmpty() && !safeguards.contains(mechanism(transfer.mechanism)))
                    safeguards.append(mechanism(transfer.mechanism));
            }
            sheet.rows.append({text(activity.name), text(activity.description), activity.department, purposes.join(u'\n'),
                               legalBases(activity), names(m_reg.subjectCategories, activity.subjects()),
                               names(m_reg.dataCategories, activity.data), recipients.join(u'\n'), countries.join(u'\n'),
                               safeguards.join(u'\n'), retention(activity), names(m_reg.measures, activity.measures),
                               activity.systems.join(u'\n')});
        }
        return sheet;
    }

    RecordSheet links() const
    {
        RecordSheet sheet{QStringLiteral("Links"),
                          {{QStringLiteral("Processing activity"), QStringLiteral("Category of data subjects"),
                            QStringLiteral("Category of personal data"), QStringLiteral("Recipient"),
                            QStringLiteral("Confirmed")}}};
        for (const ProcessingActivity &activity : m_reg.activities) {
            for (const MatrixRow &row : activity.matrix) {
                for (const QString &data : row.data) {
                    QList<const Disclosure *> recipients;
                    for (const Disclosure &disclosure : activity.recipients) {
                        if (disclosure.data.contains(data) && disclosure.subjects.contains(row.subject))
                            recipients.append(&disclosure);
                    }
                    if (recipients.isEmpty())
                        recipients.append(nullptr);
                    // A link an import generated says so (rule U1): the row's or the recipient's.
                    for (const Disclosure *to : std::as_const(recipients))
                        sheet.rows.append({text(activity.name), name(m_reg.subjectCategories, row.subject),
                                           name(m_reg.dataCategories, data), to ? recipient(*to) : QString(),
                                           yesNo(!row.unconfirmed && !(to && to->unconfirmed))});
                }
            }
            // A disclosure that does not say whose data it carries is not linked to every
            // subject: its rows leave the subject empty, as the register does.
            for (const Disclosure &disclosure : activity.recipients)
                if (disclosure.subjects.isEmpty())
                    for (const QString &data : disclosure.data)
                        sheet.rows.append({text(activity.name), QString(), name(m_reg.dataCategories, data),
                                           recipient(disclosure), yesNo(!disclosure.unconfirmed)});
        }
        return sheet;
    }

    RecordSheet processorRecord() const
    {
        RecordSheet sheet{QStringLiteral("Processor record"),
                          {{QStringLiteral("Processing activity"), QStringLiteral("Controller"),
                            QStringLiteral("Categories of processing"), QStringLiteral("Third countries"),
                            QStringLiteral("Technical and organisational security measures")}}};
        for (const ProcessingActivity &activity : m_reg.activities) {
            if (activity.role != ActivityRole::Processor)
                continue;
            const Party *client = m_reg.parties.find(activity.client);
            QStringList countries;
            for (const Transfer &transfer : m_reg.transfers) {
                if (transfer.activities.contains(activity.id))
                    countries.append(country(transfer.destination));
            }
            sheet.rows.append({text(activity.name), client ? client->name : QString(),
                               client && !text(client->processing).isEmpty() ? text(client->processing) : text(activity.description),
                               countries.join(u'\n'), names(m_reg.measures, activity.measures)});
        }
        return sheet;
    }

private:
    const Register &m_reg;
    QString m_language;
};

} // namespace

QList<RecordSheet> recordSheets(const Register &reg, const QString &language)
{
    const SheetBuilder builder(reg, language);
    return {builder.activities(), builder.links(), builder.processorRecord()};
}

} // namespace Fortegnelse::Tables
