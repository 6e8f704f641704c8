#include "tableimport.h"

#include "cellparsing.h"
#include "readersupport.h"
#include "referencedata.h"
#include "tablereader.h"

#include <QSet>
#include <QRegularExpression>

namespace Fortegnelse::Tables {

namespace {

/// Builds the imported items into a register, one activity at a time.
class ImportBuilder
{
public:
    ImportBuilder(Register *reg, ImportReport *report, const QString &language)
        : m_reg(reg)
        , m_report(report)
        , m_language(language)
        , m_linesOnly(report->layout.kind == LayoutKind::Fortegnelse)
    {
    }

    /// A list cell's items: one per line in Fortegnelse's own export, where an item may
    /// hold a ";"; split on ";", lines and bullets otherwise.
    QStringList split(const QString &text) const { return m_linesOnly ? splitLines(text) : splitList(text); }

    bool generatedLinks() const { return m_generated; }

    void addActivity(const RawActivity &raw)
    {
        RowReport row{raw.place, raw.values.value(ImportField::Name).text.simplified(), RowStatus::Ok, {}};
        const auto warn = [&row](const QString &place, const QString &message) {
            row.messages.append(trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: %2")).arg(place, message));
            if (row.status == RowStatus::Ok)
                row.status = RowStatus::Warning;
        };
        if (row.name.isEmpty() && !raw.values.contains(ImportField::Name)
            && !split(raw.values.value(ImportField::Purpose).text).isEmpty()) {
            // Templates such as the ICO's have no name column: the first purpose names it.
            row.name = split(raw.values.value(ImportField::Purpose).text).first();
            warn(raw.values.value(ImportField::Purpose).place,
                 trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "The file gives no name for the activity; it is named after its purpose.")));
        }
        if (row.name.isEmpty()) {
            row.status = RowStatus::Invalid;
            row.messages.append(trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: The activity has no name.")).arg(raw.place));
            m_report->rows.append(row);
            return;
        }
        if (m_activityNames.isEmpty()) {
            for (const ProcessingActivity &other : std::as_const(m_reg->activities)) {
                for (const QString &text : other.name.texts())
                    m_activityNames.insert(foldHeader(text));
            }
        }
        const QString folded = foldHeader(row.name);
        if (m_activityNames.contains(folded))
            warn(raw.values.value(ImportField::Name).place,
                 trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "An activity named \"%1\" is already in the register; both are kept.")).arg(row.name));
        m_activityNames.insert(folded);

        ProcessingActivity activity;
        activity.id = newId(m_reg->activities, QStringLiteral("activity"));
        activity.name = text(row.name);
        activity.status = ActivityStatus::Draft;
        const auto value = [&raw](ImportField field) { return raw.values.value(field); };
        activity.description = text(value(ImportField::Description).text);
        activity.department = value(ImportField::Department).text.simplified();
        activity.systems = split(value(ImportField::Systems).text);

        for (const QString &purpose : split(value(ImportField::Purpose).text))
            activity.purposes.append(Purpose{text(purpose), {}, {}, false, {}, {}, {}, {}, {}});
        applyLegalGrounds(value(ImportField::LegalBasis), value(ImportField::SpecialCondition), &activity, warn);

        const QStringList subjects = categories<SubjectCategory>(value(ImportField::Subjects), m_reg->subjectCategories,
                                                                 ReferenceData::instance().commonSubjects(), QStringLiteral("subject"));
        QStringList data = categories<DataCategory>(value(ImportField::Data), m_reg->dataCategories,
                                                    ReferenceData::instance().commonData(), QStringLiteral("data"));
        const QList<QStringList> dataOfRows = rowCategories(raw.dataRows);
        for (const QStringList &ids : dataOfRows)
            for (const QString &id : ids)
                if (!data.contains(id))
                    data.append(id);
        activity.data = data;
        if (raw.hasLinks)
            applyLinks(raw, subjects, split(value(ImportField::Recipients).text), &activity, warn);
        else
            generateLinks(subjects, data, value(ImportField::Subjects), value(ImportField::Recipients), &activity, warn);

        applyRetention(value(ImportField::Retention), data, &activity, warn);
        // A retention period per category, where the file gives one per row (the CNIL's).
        for (qsizetype i = 0; i < raw.dataRows.size(); ++i)
            applyRetention(raw.dataRows.at(i).retention, dataOfRows.at(i), &activity, warn);
        for (const QString &measure : split(value(ImportField::Measures).text))
            activity.measures.append(measureId(measure, value(ImportField::Measures).place));
        applyTransfers(value(ImportField::ThirdCountries), value(ImportField::Safeguards), &activity, warn);
        for (const RawTransfer &transfer : raw.transferRows) {
            // The CNIL's list marks the United States "adéquat" (before Schrems II and the
            // Data Privacy Framework): a country's adequacy is the reference data's to say,
            // so that guarantee is not taken as a mechanism.
            SourceValue safeguards = transfer.safeguards;
            if (foldHeader(safeguards.text) == u"pays adéquat") {
                warn(safeguards.place, trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "\"Pays adéquat\" is not taken from the file: "
                                                                                         "whether %1 is adequate, and on which decision, is to be recorded."))
                                           .arg(transfer.country.text));
                safeguards.text.clear();
            }
            applyTransfers(transfer.country, safeguards, &activity, warn);
        }

        QStringList provenance{trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "Imported from %1:")).arg(m_report->fileName)};
        for (ImportField field : importFields()) {
            if (raw.values.contains(field))
                provenance.append(trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: %2")).arg(fieldTitle(field), raw.values.value(field).place));
        }
        const QString notes = value(ImportField::Notes).text.trimmed();
        activity.notes = (notes.isEmpty() ? QString() : notes + QStringLiteral("\n\n")) + provenance.join(u'\n');
        m_reg->activities.append(activity);
        m_report->rows.append(row);
    }

private:
    LocalText text(const QString &value) const
    {
        return value.trimmed().isEmpty() ? LocalText() : LocalText(m_language, value.trimmed());
    }

    template <class T> static QString newId(const EntityList<T> &list, const QString &prefix, const QString &wanted = {})
    {
        if (!wanted.isEmpty() && !list.contains(wanted))
            return wanted;
        for (int n = list.size() + 1;; ++n) {
            const QString id = prefix + u'-' + QString::number(n);
            if (!list.contains(id))
                return id;
        }
    }

    /// The id of the item of \a list named \a name in any language, through a cache of
    /// folded names that is kept as items are added (a 2,000-row sheet names the same
    /// categories thousands of times).
    template <class T> QString findByName(const EntityList<T> &list, const QString &name)
    {
        QHash<QString, QString> &names = m_names[T::kind];
        if (names.isEmpty()) {
            for (const T &item : list) {
                if constexpr (std::is_same_v<decltype(T::name), QString>)
                    names.insert(foldHeader(item.name), item.id);
                else
                    for (const QString &text : item.name.texts())
                        names.insert(foldHeader(text), item.id);
            }
            names.insert(QString(), QString()); // built, even for an empty list
        }
        return names.value(foldHeader(name));
    }
    template <class T> void remember(const T &item, const QString &name)
    {
        m_names[T::kind].insert(foldHeader(name), item.id);
    }

    /// The ids of the categories a cell lists: found in the register by name, else made,
    /// matched to a shipped common category where one has the name.
    template <class T>
    QStringList categories(const SourceValue &cell, EntityList<T> &list,
                           const QList<ReferenceData::CommonCategory> &common, const QString &prefix)
    {
        QStringList ids;
        for (const QString &name : split(cell.text)) {
            QString id = findByName(list, name);
            if (id.isEmpty()) {
                T item;
                if (const ReferenceData::CommonCategory *category = commonCategoryNamed(common, name)) {
                    item.ref = category->key;
                    if constexpr (std::is_same_v<T, DataCategory>)
                        item.dataKind = fromCode<DataKind>(category->kind).value_or(DataKind::Ordinary);
                }
                item.id = id = newId(list, prefix, item.ref);
                item.name = text(name);
                item.description = text(trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "Imported from %1, %2.")).arg(m_report->fileName, cell.place));
                remember(item, name);
                list.append(item);
            }
            if (!ids.contains(id))
                ids.append(id);
        }
        return ids;
    }

    /// The 2020 link: the file says which subjects and which data, not which data of
    /// whom. With one category of data subjects, or one of data, the lists settle it; else
    /// every pair is generated, marked unconfirmed, and the officer asked to confirm or
    /// prune them (the check "links-unconfirmed"). Likewise what each recipient receives,
    /// which the lists settle only for one subject and one data category.
    template <class Warn>
    void generateLinks(const QStringList &subjects, const QStringList &data, const SourceValue &subjectCell,
                       const SourceValue &recipientCell, ProcessingActivity *activity, const Warn &warn)
    {
        const bool guessedMatrix = subjects.size() > 1 && data.size() > 1;
        for (const QString &subject : subjects)
            activity->matrix.append(MatrixRow{subject, data, guessedMatrix});
        if (guessedMatrix)
            warn(subjectCell.place,
                 trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "Every category of data subjects is linked to every category of data (%1 links); confirm "
                                                                   "or remove them."))
                     .arg(subjects.size() * data.size()));
        const bool guessedRecipients = subjects.size() > 1 || data.size() > 1;
        for (const QString &recipient : split(recipientCell.text)) {
            activity->recipients.append(disclosure(recipient, subjects, data));
            activity->recipients.last().unconfirmed = guessedRecipients;
        }
        if (!activity->recipients.isEmpty() && guessedRecipients)
            warn(recipientCell.place,
                 trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "Each recipient is given every category of data of every data subject; confirm or narrow them.")));
        m_generated |= guessedMatrix || (!activity->recipients.isEmpty() && guessedRecipients);
    }

    /// Fortegnelse's own export says which data concern whom and what each recipient
    /// receives, row by row: the matrix and the disclosures are read, not generated, and a
    /// link it marks unconfirmed stays so.
    template <class Warn>
    void applyLinks(const RawActivity &raw, const QStringList &subjects, const QStringList &recipients,
                    ProcessingActivity *activity, const Warn &warn)
    {
        for (const QString &subject : subjects)
            activity->matrix.append(MatrixRow{subject, {}, false});
        for (const QString &recipient : recipients)
            activity->recipients.append(disclosure(recipient, {}, {}));
        const auto add = [](QStringList &list, const QString &id) {
            if (!id.isEmpty() && !list.contains(id))
                list.append(id);
        };
        for (const RawLink &link : raw.links) {
            const QString subject = findByName(m_reg->subjectCategories, link.subject);
            const QString data = findByName(m_reg->dataCategories, link.data);
            if (data.isEmpty() || (!link.subject.isEmpty() && !subjects.contains(subject))) {
                warn(link.place, trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "\"%1\" and \"%2\" are not among the activity's "
                                                                                   "categories; the link is not imported."))
                                     .arg(link.subject, link.data));
                continue;
            }
            for (MatrixRow &row : activity->matrix) {
                if (row.subject != subject)
                    continue;
                add(row.data, data);
                row.unconfirmed |= !link.confirmed;
            }
            if (link.recipient.isEmpty())
                continue;
            const qsizetype at = recipients.indexOf(link.recipient);
            if (at < 0) {
                warn(link.place, trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "The recipient \"%1\" is not among the "
                                                                                   "activity's recipients; the link is not imported."))
                                     .arg(link.recipient));
                continue;
            }
            Disclosure &to = activity->recipients[at];
            add(to.subjects, subject);
            add(to.data, data);
            to.unconfirmed |= !link.confirmed;
        }
    }

    /// The data category of each row, found or made; a category this import makes takes
    /// the kind its row gives (a sensitive row is Art. 9 data, the NIR a national number).
    QList<QStringList> rowCategories(const QList<RawData> &rows)
    {
        QList<QStringList> out;
        for (const RawData &row : rows) {
            const bool existed = !findByName(m_reg->dataCategories, row.name.text).isEmpty();
            const QStringList ids = categories<DataCategory>(row.name, m_reg->dataCategories,
                                                             ReferenceData::instance().commonData(), QStringLiteral("data"));
            if (!existed && !row.kind.isEmpty())
                for (const QString &id : ids) {
                    const int at = m_reg->dataCategories.indexOf(id);
                    DataCategory category = m_reg->dataCategories.at(at);
                    category.dataKind = fromCode<DataKind>(row.kind).value_or(category.dataKind);
                    m_reg->dataCategories.replace(at, category);
                }
            out.append(ids);
        }
        return out;
    }

    Disclosure disclosure(const QString &recipient, const QStringList &subjects, const QStringList &data)
    {
        Disclosure out;
        out.party = findByName(m_reg->parties, recipient);
        if (out.party.isEmpty())
            out.recipientCategory = text(recipient);
        out.data = data;
        out.subjects = subjects;
        return out;
    }

    QString measureId(const QString &name, const QString &place)
    {
        QString id = findByName(m_reg->measures, name);
        if (id.isEmpty()) {
            SecurityMeasure measure;
            measure.id = id = newId(m_reg->measures, QStringLiteral("measure"));
            measure.name = text(name);
            measure.description = text(trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "Imported from %1, %2.")).arg(m_report->fileName, place));
            remember(measure, name);
            m_reg->measures.append(measure);
        }
        return id;
    }

    template <class Warn>
    void applyLegalGrounds(const SourceValue &basis, const SourceValue &special, ProcessingActivity *activity, Warn warn)
    {
        if (basis.text.isEmpty() && special.text.isEmpty())
            return;
        LegalGrounds grounds = parseLegalGrounds(basis.text);
        const LegalGrounds specialGrounds = parseLegalGrounds(special.text);
        for (const QString &letter : specialGrounds.art9)
            if (!grounds.art9.contains(letter))
                grounds.art9.append(letter);
        grounds.unsure += specialGrounds.unsure;
        const QString place = basis.place.isEmpty() ? special.place : basis.place;
        if (grounds.isEmpty()) {
            warn(place, trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "The legal basis \"%1\" is not recognised; it is kept in the notes.")).arg((basis.text + u' ' + special.text).simplified()));
            return;
        }
        if (!grounds.unsure.isEmpty())
            warn(place, trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "Not placed, to review: %1.")).arg(grounds.unsure.join(QStringLiteral(", "))));
        if (activity->purposes.isEmpty())
            activity->purposes.append(Purpose{});
        QList<Purpose> &purposes = activity->purposes;
        if (grounds.art6.size() == purposes.size()) {
            for (qsizetype i = 0; i < purposes.size(); ++i)
                purposes[i].legalBasis = grounds.art6.at(i);
        } else if (grounds.art6.size() == 1) {
            for (Purpose &purpose : purposes)
                purpose.legalBasis = grounds.art6.first();
        } else if (!grounds.art6.isEmpty()) {
            warn(place, trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1 legal bases for %2 purposes: choose the basis of each purpose.")).arg(grounds.art6.size()).arg(purposes.size()));
        }
        const auto single = [&](const QStringList &codes, QString Purpose::*member, const QString &what) {
            if (codes.size() == 1) {
                for (Purpose &purpose : purposes)
                    purpose.*member = codes.first();
            } else if (codes.size() > 1) {
                warn(place, trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "Several %1 grounds (%2): choose the one of each purpose.")).arg(what, codes.join(QStringLiteral(", "))));
            }
        };
        single(grounds.art9, &Purpose::specialCondition, QStringLiteral("Art. 9(2)"));
        single(grounds.art10, &Purpose::criminalBasis, QStringLiteral("§ 8"));
        single(grounds.cpr, &Purpose::cprGround, QStringLiteral("§ 11"));
        for (Purpose &purpose : purposes)
            purpose.lawReferences += grounds.lawReferences;
    }

    template <class Warn>
    void applyRetention(const SourceValue &cell, const QStringList &data, ProcessingActivity *activity, Warn warn)
    {
        if (cell.text.trimmed().isEmpty())
            return;
        const RetentionPhrase phrase = parseRetention(cell.text);
        RetentionRule rule;
        rule.data = data;
        if (phrase.sure) {
            rule.amount = phrase.amount;
            rule.unit = phrase.unit;
            rule.trigger = text(phrase.trigger);
        } else {
            rule.criterion = text(phrase.text);
            warn(cell.place, trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "The retention \"%1\" was not read as one period; it is kept as the criterion.")).arg(phrase.text));
        }
        activity->retention.append(rule);
    }

    template <class Warn>
    void applyTransfers(const SourceValue &countries, const SourceValue &safeguards, ProcessingActivity *activity, Warn warn)
    {
        static const QRegularExpression none(QStringLiteral(
            "^(?:ingen|nej|none|no|nei|inga|aucun|aucune|non|n a|ingen overførsel|ingen overføring|no transfers?)$"));
        const QString folded = foldHeader(countries.text);
        if (folded.isEmpty())
            return;
        if (none.match(folded).hasMatch()) {
            activity->thirdCountryTransfers = Answer::No;
            return;
        }
        const QString mechanism = transferMechanismOf(safeguards.text);
        const bool shield = mentionsPrivacyShield(countries.text) || mentionsPrivacyShield(safeguards.text);
        for (const QString &item : split(countries.text)) {
            QString name = item;
            name.remove(QRegularExpression(QStringLiteral("\\(.*\\)|privacy shield"), QRegularExpression::CaseInsensitiveOption));
            const QString code = countryCode(name.simplified());
            if (code.isEmpty()) {
                warn(countries.place, trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "The country \"%1\" is not recognised; no transfer is recorded for it.")).arg(item));
                continue;
            }
            Transfer transfer;
            transfer.id = newId(m_reg->transfers, QStringLiteral("transfer"));
            transfer.destination = code;
            transfer.activities = {activity->id};
            transfer.safeguards = text(safeguards.text);
            QString notes = trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "Imported from %1, %2.")).arg(m_report->fileName, countries.place);
            if (shield) {
                // The Privacy Shield was struck down in 2020 (C-311/18): never a mechanism today.
                notes += u' ' + trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "The file relies on the EU-US Privacy Shield, invalid since 16 July 2020: "
                                                                                  "review this transfer and record the mechanism it relies on now."));
                warn(countries.place, trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "The transfer to %1 relies on the Privacy Shield, invalid since 2020; "
                                                                                        "it is imported without a mechanism, to review."))
                                          .arg(code));
            } else if (mechanism.isEmpty()) {
                warn(countries.place, trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "The transfer to %1 has no mechanism the importer recognises; choose it.")).arg(code));
            } else {
                transfer.mechanism = mechanism;
            }
            transfer.notes = text(notes);
            m_reg->transfers.append(transfer);
        }
    }

    Register *m_reg;
    ImportReport *m_report;
    bool m_generated = false; ///< some link was generated, not read
    QString m_language;
    bool m_linesOnly;
    QSet<QString> m_activityNames; ///< folded, to warn of a name given twice
    QHash<EntityKind, QHash<QString, QString>> m_names; ///< folded name -> id, per kind
};

} // namespace

bool planImport(const QString &path, const ImportOptions &options, const Register &base, Register *result,
                ImportReport *report, QString *error)
{
    *report = ImportReport{};
    TableWorkbook book;
    if (!readTableFile(path, &book, error) || !detectLayout(book, options.layout, options.sheet, &report->layout, error))
        return false;
    report->layout.overrides = options.mapping;
    applyOverrides(&report->layout);
    report->fileName = book.fileName;
    report->format = book.format;
    report->encoding = book.encoding;
    QStringList sheets;
    for (int index : std::as_const(report->layout.sheets))
        sheets.append(book.sheets.at(index).name);
    report->sheet = sheets.join(QStringLiteral(", "));
    for (const TableSheet &sheet : std::as_const(book.sheets))
        report->sheetNames.append(sheet.name);
    const QList<RawActivity> activities = extractActivities(book, report->layout, &report->block);
    if (activities.isEmpty()) {
        *error = trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: The table has no activities under its headers.")).arg(book.fileName);
        return false;
    }
    *result = base;
    Organisation &organisation = result->organisation;
    if (organisation.name.isEmpty())
        organisation.name = report->block.organisation.text;
    if (organisation.dpo.name.isEmpty())
        organisation.dpo.name = report->block.dpo.text;
    if (organisation.representative.name.isEmpty())
        organisation.representative.name = report->block.representative.text;
    ImportBuilder builder(result, report, options.language);
    const auto cancelled = [&](int done) {
        if (!options.progress || options.progress(done, int(activities.size())))
            return false;
        *error = trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: The import was cancelled; nothing was imported.")).arg(book.fileName);
        return true;
    };
    if (cancelled(0))
        return false;
    for (qsizetype i = 0; i < activities.size(); ++i) {
        builder.addActivity(activities.at(i));
        if (cancelled(int(i + 1)))
            return false;
    }
    if (builder.generatedLinks())
        report->notices.append(trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "The imported activities are drafts: the subject x data links and what "
                                                                                 "each recipient receives were generated from the lists in the file and "
                                                                                 "are marked unconfirmed; the checks list each to confirm.")));
    return true;
}

} // namespace Fortegnelse::Tables
