#pragma once

#include "entitykind.h"
#include "localtext.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace Fortegnelse {

/// The legal vocabularies and facts shipped as data in resources/reference/: countries and
/// their adequacy status, legal bases, Danish act references, common categories and
/// retention rules, supervisory authorities. Loaded once, read-only, shared.
class ReferenceData
{
public:
    struct Entry
    {
        QString code;
        LocalText label;
        LocalText meaning;
        QString extra; ///< art9: the DBL key; art10, cpr: the country whose law it is; mechanisms: "derogation"
    };
    struct Country
    {
        QString code;
        LocalText name;
        QString status; ///< eu, eea, adequate, adequate-partial, third
        QString decision;
        LocalText scope;
        bool notInEea = false; ///< an adequacy decision not yet incorporated in the EEA Agreement
        bool isEea() const { return status == u"eu" || status == u"eea"; }
        bool hasAdequacy() const { return status.startsWith(u"adequate"); }
    };
    struct Authority
    {
        QString country;
        LocalText name;
        QString address;
        QString phone;
        QString email;
        QString website;
    };
    struct RetentionTemplate
    {
        QString key;
        QString country;
        LocalText label;
        int amount = 0;
        QString unit;
        LocalText trigger;
        LocalText criterion;
        QString legalReference;
        LocalText note;
    };
    struct CommonCategory
    {
        QString key;
        QString kind; ///< data categories only
        LocalText label;
    };

    static const ReferenceData &instance();

    bool contains(CodeList list, const QString &code) const;
    QStringList codes(CodeList list) const;
    const Entry *entry(CodeList list, const QString &code) const;
    /// A human name for the list, for messages ("Art. 6(1) legal basis").
    static QString listName(CodeList list);
    /// Why \a value cannot stand in a field of \a list, in the UI language: "“art6-1-f”
    /// is not a known Art. 6(1) legal basis". The reader and Document say the same.
    static QString unknownCodeMessage(CodeList list, const QString &value);

    const Country *country(const QString &code) const;
    const QList<Country> &countries() const { return m_countries; }
    const Authority *authority(const QString &country) const;
    const QList<Authority> &authorities() const { return m_authorities; }
    QString edpbMembersUrl() const { return m_edpbMembers; }
    const QList<RetentionTemplate> &retentionTemplates() const { return m_retention; }
    const QList<CommonCategory> &commonSubjects() const { return m_subjects; }
    const QList<CommonCategory> &commonData() const { return m_data; }
    /// The citation of a national-law key in a language ("databeskyttelseslovens § 6, stk. 2"),
    /// or the key itself when it is free text.
    QString citation(const QString &key, const QString &language) const;
    QString countriesVerified() const { return m_countriesVerified; }

    /// The retention template whose legal reference is \a lawKey and which knows the
    /// statutory period ("bogforingsloven-10": 5 years), or null (issue 12, item 11).
    const RetentionTemplate *statutoryPeriod(const QString &lawKey) const;
    /// The country whose national law a ground of \a list belongs to ("DK", "NO", "SE"), or
    /// empty when it is no national ground.
    QString groundCountry(CodeList list, const QString &code) const;
    /// The country whose national data protection act applies to an organisation in
    /// \a organisationCountry: "DK" (also when none is given), "NO", "SE", or empty for
    /// any other country, whose act Fortegnelse does not know.
    static QString nationalLaw(const QString &organisationCountry);
    /// An exporter in an EEA/EFTA state (NO, IS, LI) relies on EU adequacy decisions only
    /// once they are incorporated in the EEA Agreement.
    static bool isEeaEfta(const QString &organisationCountry);

    static const QStringList &languages();
    static const QStringList &policySections();
    /// Where a visitor withdraws consent to cookies: "banner" (the website's cookie
    /// settings) or "browser" (the browser's own settings).
    static const QStringList &cookieWithdrawals();

private:
    ReferenceData();
    void load();

    QHash<CodeList, QList<Entry>> m_lists;
    QHash<CodeList, QHash<QString, int>> m_index;
    QList<Country> m_countries;
    QHash<QString, int> m_countryIndex;
    QList<Authority> m_authorities;
    QList<RetentionTemplate> m_retention;
    QList<CommonCategory> m_subjects;
    QList<CommonCategory> m_data;
    QHash<QString, LocalText> m_citations;
    QString m_edpbMembers;
    QString m_countriesVerified;
};

} // namespace Fortegnelse
