<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>Fortegnelse</name>
    <message>
        <source>The record template %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Checks</name>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disclosure of “%1” to “%2” does not say which data categories and which categories of data subjects it concerns. Datatilsynet’s 2020 guidance on Art. 30(1)(d) asks for both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” discloses data to “%2” in %3, but the register records no transfer to %3 for it. Art. 30(1)(e) requires every transfer to a third country to be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” discloses data to “%2”, whose processor chain includes “%3” in %4, but the register records no transfer to %4 for it. Transfers follow the processor and sub-processor chain, and Art. 30(1)(e) requires each to be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is carried out as joint controller but names no other controller. Art. 30(1)(a) requires the joint controllers in the record, and Art. 26 an arrangement with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no purpose. Art. 30(1)(b) requires the purposes of the processing in the record, and Art. 13(1)(c) in the privacy notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose “%1” of “%2” has no legal basis. Every purpose needs one under Art. 6(1), and Art. 13(1)(c) requires it in the privacy notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose “%1” of “%2” relies on legitimate interests, but the interest pursued is not described. Art. 13(1)(d) requires telling people what it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose “%1” of “%2” relies on consent, but the register does not say where proof of consent is kept. Art. 7(1) requires the controller to be able to demonstrate consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” processes special categories of data (%2), but no purpose names an Art. 9(2) condition. Art. 9(1) prohibits the processing without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” processes data about criminal offences (%2), but no purpose names a basis in databeskyttelsesloven § 8. Art. 10 allows the processing only where national law authorises it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” processes data about criminal offences (%2). Art. 10 allows this only where national law authorises it; record the provision you rely on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” processes CPR numbers (%2), but no purpose names a ground in databeskyttelsesloven § 11. Private controllers may process CPR numbers only on the grounds in § 11(2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” processes national identification numbers (%2). Art. 87 lets national law set conditions for them (e.g. personopplysningsloven § 12, dataskyddslagen 3 kap. 10 §); record the ground you rely on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” relies on consent and concerns children. In Denmark the age of digital consent is 15 (databeskyttelsesloven § 6(2), Art. 8(1)); below it a parent must give or authorise consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” lists no categories of personal data. Art. 30(1)(c) requires them in the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In “%1”, %2 is not linked to any category of data subjects. Datatilsynet’s 2020 guidance on Art. 30(1)(c) requires a clear link between data categories and data subjects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In “%1”, no retention rule covers %2. Art. 30(1)(f) asks for the time limits for erasure, and Art. 13(2)(a) requires them in the privacy notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retention rule of “%1” gives neither a period nor a criterion. Art. 13(2)(a) requires one or the other (WP260 rev.01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retention rule of “%1” says only that data is kept as long as necessary. WP260 rev.01 does not accept this: state a period, or a criterion such as an event or a statutory period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” makes automated decisions, but the logic involved or their significance and consequences are not described. Art. 13(2)(f) and 14(2)(g) require both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automated decisions based on profiling (Art. 35(3)(a))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>special categories or criminal-offence data about several groups of people or children (Art. 35(3)(b))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systematic monitoring (Art. 35(3)(c))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” involves %2, so a data protection impact assessment is likely required (Art. 35 and Datatilsynet’s list). Record a DPIA, or the reason none is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data protection impact assessment is required for “%1” but not recorded as done. Art. 35(1) requires it before the processing starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation has no name. The record must name the controller (Art. 30(1)(a)), and so must the privacy notice (Art. 13(1)(a)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation has no postal address. Art. 13(1)(a) and 14(1)(a) require the controller’s contact details in the privacy notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation has neither an e-mail address nor a phone number. People need a direct way to reach the controller (Art. 13(1)(a), Art. 12(2)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data protection officer “%1” has no e-mail address or phone number. Art. 37(7) and 13(1)(b) require the DPO’s contact details to be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The privacy policy has not been published yet. The information in Art. 13 and 14 must be given to people when their data is collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The privacy policy was published on %1, but the register has changed since, on %2. Publish it again so that the information given under Art. 13 and 14 matches the record (WP260 rev.01 on changes to the information).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is carried out as processor but does not name the controller it is done for. Art. 30(2)(a) requires the name and contact details of each controller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was due for review on %2. Keeping the record up to date is part of accountability (Art. 5(2), Art. 24(1)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no country. Where a recipient is established decides whether the transfer rules in Chapter V apply and what Art. 30(1)(e) requires to be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sub-processor “%1” is not linked to the processor that engaged it, and no activity we carry out as processor discloses data to it. Art. 28(2) and (4) tie every sub-processor to a processor, and transfers follow that chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sub-processor “%1” is placed under “%2”, which is not a processor. Under Art. 28(4) a sub-processor is engaged by a processor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data processing agreement is recorded for the processor “%1”. Art. 28(3) and (4) require a written contract (Art. 28(9)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement with “%1” was due for review on %2. Review it to show it still meets Art. 28(3) (accountability, Art. 5(2)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The essence of the arrangement with the joint controller “%1” is not described. Art. 26(2) requires it to be made available to the data subjects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers to “%1” in the United States rely on the adequacy decision, but “%1” is not recorded as certified under the EU-US Data Privacy Framework. Decision (EU) 2023/1795 covers certified organisations only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not recorded when the Data Privacy Framework certification of “%1” was checked. Check the DPF list and record the date, since adequacy under Decision (EU) 2023/1795 lasts only while the certification does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Data Privacy Framework certification of “%1” was last checked on %2, more than a year ago. Certifications lapse; check the DPF list again (Decision (EU) 2023/1795).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer to “%1” does not name the third country or international organisation. Art. 30(1)(e) requires it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer to “%1” goes to %2, which is in the EU/EEA. Chapter V does not apply there, so this is not a transfer to record under Art. 30(1)(e); the recipient belongs in the activities’ recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer to “%1” goes to %2, which has no adequacy decision, and names no transfer mechanism. Art. 44 and 46 require appropriate safeguards or, for occasional transfers, an Art. 49 derogation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer to “%1” names no mechanism, and the adequacy decision for %2 covers only part of the recipients there. Choose Art. 45 if the recipient is covered, or another mechanism.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer to “%1” relies on an adequacy decision, but the Commission has adopted none for %2 (Art. 45). Use Art. 46 safeguards instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer to “%1” relies on an Art. 49 derogation but is part of an ongoing processing activity. Derogations are for occasional transfers only (EDPB Guidelines 2/2018); use Art. 46 safeguards for regular transfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer to “%1” relies on compelling legitimate interests, but the assessment and the safeguards are not documented. Art. 49(6) and 30(1)(e) require them in the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Codes</name>
    <message>
        <source>Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special category (Art. 9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal offences (Art. 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPR or national identity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Necessary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required by law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required by contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed to enter into a contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fortegnelse::CommandLine</name>
    <message>
        <source>Usage:
  fortegnelse [FILE.ropa]                      open the register in the app
  fortegnelse import IN.json -o OUT.ropa       make a register from JSON
  fortegnelse export-json IN.ropa -o OUT.json  write a register as JSON (-o - for standard output)
  fortegnelse policy IN.ropa --lang da|nb|sv|en --format html|snippet|md|txt|odt|pdf
                     [--audience CATEGORY] [--templates FOLDER] -o OUT
                                               write the privacy policy
Exit status: 0 success, 2 bad arguments or bad input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no input file given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one input file expected, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no output file given (-o FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output: write failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written: it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a register is a file; give its name with -o FILE.ropa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use html, snippet, md, txt, odt or pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use da, nb, sv or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command; see fortegnelse --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Document</name>
    <message>
        <source>The change could not be saved, so it was not made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fortegnelse::FieldSet</name>
    <message>
        <source>EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adequacy decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial adequacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third country, no adequacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date yet: write it as YYYY-MM-DD, for example 2026-06-08. The field keeps its last valid value until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a web address, for example https://www.example.dk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sub-processor needs the processor above it (Art. 28(2) and (4)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the controller you process for (Art. 30(2)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the interest pursued; the policy must state it (Art. 13(1)(d)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity processes special categories: choose an Art. 9(2) condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new, not filled in)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Fields</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVR number, organisation number or similar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 37-39; contact details go in the policy, Art. 13(1)(b).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 27, for controllers outside the EU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead supervisory authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language you write the register&apos;s texts in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security measures, general description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(1)(g) and Art. 32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Includes children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Danish age of digital consent is 15 (DBL § 6(2)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special categories: Art. 9. Criminal offences: Art. 10. CPR numbers: DBL § 11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they do for us, or what we share with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a sub-processor: the processor that engaged it (Art. 28(2) and (4)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy policy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data processing agreement link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-processor list link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data processing agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 28(3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified under the EU-US Data Privacy Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision (EU) 2023/1795: adequacy for the US covers certified organisations only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPF certification checked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essence of the arrangement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint controllers, Art. 26(2): made available to data subjects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing done for this controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(2)(b).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When we process as a processor: the controller we act for, Art. 30(2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint controllers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 26.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purposes and legal bases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(1)(b); the basis of each purpose goes in the policy, Art. 13(1)(c).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis (Art. 6(1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interest pursued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required where the basis is Art. 6(1)(f); Art. 13(1)(d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives the absolute right to object, Art. 21(2)-(4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition for special categories (Art. 9(2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis for criminal-offence data (DBL § 8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground for CPR numbers (DBL § 11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National law references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: a reference key such as bogforingsloven-10, or free text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where consent is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 7(1): you must be able to show consent was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(1)(c).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which data concern whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datatilsynet&apos;s 2020 guidance: link each data category to the subject categories it concerns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(1)(d): for each recipient, the data and subject categories it receives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category of recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When no single party is named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where data comes from when not from the data subject, Art. 14(2)(f).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publicly available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data is collected from the data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must the data be provided?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 13(2)(e).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consequence of not providing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 22; Art. 13(2)(f).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logic involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significance and consequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection impact assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 35.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(1)(f) and Art. 13(2)(a): a period, or the criteria for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 45, 46 or 49.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguards or assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For Art. 49(1) second subparagraph, the documentation Art. 30(1)(e) requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer impact assessment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the policy covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governing law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests answered within (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: within one month, Art. 12(3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy contact e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie policy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How readers are told of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank lines separate paragraphs; lines starting with &quot;- &quot; make a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed next to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fortegnelse::ItemForm</name>
    <message>
        <source>Select an item in the list, or add one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Kinds</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fortegnelse::ListPage</name>
    <message>
        <source>New processing activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New subject category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New data category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New security measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor and its sub-processors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-processor chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These items refer to it and will no longer do so:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no processor above it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fortegnelse::MainWindow</name>
    <message>
        <source>Privacy policy preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New register...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy as...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import JSON...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export JSON...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;policy...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublish policy...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a register with File &gt; Open, create one with File &gt; New, or drop a .ropa or .json file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fortegnelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a register Fortegnelse can import.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register could not be written to %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register was updated to the current file format; the old file is kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers (*.ropa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers (*.ropa);;JSON registers (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON registers (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web snippet (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version of the policy you publish now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when you start Fortegnelse again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fortegnelse::MatrixEditor</name>
    <message>
        <source>%1 about %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the activity&apos;s data categories above; then tick which of them concern which people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick which data categories concern which people.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Parser</name>
    <message>
        <source>Template output, line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text &quot;%1&quot; outside a paragraph in &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not allowed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text outside &lt;li&gt; in &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not allowed in &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not allowed in &lt;table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not allowed in &lt;tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fortegnelse::PolicyGenerator</name>
    <message>
        <source>Template %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subject category &quot;%1&quot; in the register; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The templates left a {{ marker }} in the policy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fortegnelse::PolicyPreview</name>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone (the whole policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy cannot be generated: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fortegnelse::PolicyWriters</name>
    <message>
        <source>The ODT document could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fortegnelse::RecordGenerator</name>
    <message>
        <source>&quot;%1&quot; is not a record language; use da, nb, sv or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record needs the date it is made on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The templates left a {{ marker }} in the record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Store</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the stored item has the id &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty, so it is not a register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Fortegnelse register: it is not an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is read-only; Fortegnelse saves every change at once, so it needs to write to it. Open a copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be opened as a database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged (the database integrity check failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an SQLite database, but not a Fortegnelse register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged: it has no valid schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register was saved by a newer version of Fortegnelse (file format %1; this version reads up to %2). Update Fortegnelse to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register needs updating to the current file format, but a backup could not be written to %1. The file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the file format failed: %1. A backup of the file as it was is beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy cannot replace the register it is a copy of.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Template</name>
    <message>
        <source>Template %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fortegnelse::TemplateSet</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template %1 for the language &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a policy language; use da, nb, sv or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language.json for &quot;%1&quot; is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo Commands</name>
    <message>
        <source>subject category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processing activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish policy version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change which data concern whom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
