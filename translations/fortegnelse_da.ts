<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>Fortegnelse::Checks</name>
    <message>
        <source>“%1”</source>
        <translation>”%1”</translation>
    </message>
    <message>
        <source>purpose %1</source>
        <translation>formål %1</translation>
    </message>
    <message>
        <source>The disclosure of “%1” to “%2” does not say which data categories and which categories of data subjects it concerns. Datatilsynet’s 2020 guidance on Art. 30(1)(d) asks for both.</source>
        <translation>Videregivelsen til ”%2” i ”%1” angiver ikke, hvilke kategorier af personoplysninger og hvilke kategorier af registrerede den vedrører. Datatilsynets vejledning fra 2020 om art. 30, stk. 1, litra d, beder om begge dele.</translation>
    </message>
    <message>
        <source>“%1” discloses data to “%2” in %3, but the register records no transfer to %3 for it. Art. 30(1)(e) requires every transfer to a third country to be recorded.</source>
        <translation>”%1” videregiver oplysninger til ”%2” i %3, men fortegnelsen indeholder ingen overførsel til %3 for aktiviteten. Efter art. 30, stk. 1, litra e, skal enhver overførsel til et tredjeland fremgå af fortegnelsen.</translation>
    </message>
    <message>
        <source>“%1” discloses data to “%2”, whose processor chain includes “%3” in %4, but the register records no transfer to %4 for it. Transfers follow the processor and sub-processor chain, and Art. 30(1)(e) requires each to be recorded.</source>
        <translation>”%1” videregiver oplysninger til ”%2”, hvis kæde af databehandlere omfatter ”%3” i %4, men fortegnelsen indeholder ingen overførsel til %4 for aktiviteten. Overførsler følger kæden af databehandlere og underdatabehandlere, og efter art. 30, stk. 1, litra e, skal hver af dem fremgå af fortegnelsen.</translation>
    </message>
    <message>
        <source>“%1” is carried out as joint controller but names no other controller. Art. 30(1)(a) requires the joint controllers in the record, and Art. 26 an arrangement with them.</source>
        <translation>”%1” udføres som fælles dataansvarlig, men der er ikke angivet nogen anden dataansvarlig. Efter art. 30, stk. 1, litra a, skal de fælles dataansvarlige fremgå af fortegnelsen, og art. 26 kræver en ordning med dem.</translation>
    </message>
    <message>
        <source>“%1” has no purpose. Art. 30(1)(b) requires the purposes of the processing in the record, and Art. 13(1)(c) in the privacy notice.</source>
        <translation>”%1” har intet formål. Efter art. 30, stk. 1, litra b, skal formålene med behandlingen fremgå af fortegnelsen, og efter art. 13, stk. 1, litra c, af privatlivspolitikken.</translation>
    </message>
    <message>
        <source>The purpose “%1” of “%2” has no legal basis. Every purpose needs one under Art. 6(1), and Art. 13(1)(c) requires it in the privacy notice.</source>
        <translation>Formålet ”%1” i ”%2” har intet behandlingsgrundlag. Ethvert formål skal have et efter art. 6, stk. 1, og efter art. 13, stk. 1, litra c, skal det fremgå af privatlivspolitikken.</translation>
    </message>
    <message>
        <source>The purpose “%1” of “%2” relies on legitimate interests, but the interest pursued is not described. Art. 13(1)(d) requires telling people what it is.</source>
        <translation>Formålet ”%1” i ”%2” bygger på legitim interesse, men den forfulgte interesse er ikke beskrevet. Efter art. 13, stk. 1, litra d, skal de registrerede have oplyst, hvilken interesse det er.</translation>
    </message>
    <message>
        <source>The purpose “%1” of “%2” relies on consent, but the register does not say where proof of consent is kept. Art. 7(1) requires the controller to be able to demonstrate consent.</source>
        <translation>Formålet ”%1” i ”%2” bygger på samtykke, men fortegnelsen angiver ikke, hvor dokumentationen for samtykket opbevares. Efter art. 7, stk. 1, skal den dataansvarlige kunne påvise samtykket.</translation>
    </message>
    <message>
        <source>“%1” processes special categories of data (%2), but no purpose names an Art. 9(2) condition. Art. 9(1) prohibits the processing without one.</source>
        <translation>”%1” behandler særlige kategorier af personoplysninger (%2), men intet formål angiver en undtagelse i art. 9, stk. 2. Uden en sådan undtagelse er behandlingen forbudt efter art. 9, stk. 1.</translation>
    </message>
    <message>
        <source>“%1” processes data about criminal offences (%2), but no purpose names a basis in databeskyttelsesloven § 8. Art. 10 allows the processing only where national law authorises it.</source>
        <translation>”%1” behandler oplysninger om strafbare forhold (%2), men intet formål angiver et grundlag i databeskyttelseslovens § 8. Efter art. 10 må behandlingen kun ske, hvis national ret giver hjemmel til det.</translation>
    </message>
    <message>
        <source>“%1” processes data about criminal offences (%2). Art. 10 allows this only where national law authorises it; record the provision you rely on.</source>
        <translation>”%1” behandler oplysninger om strafbare forhold (%2). Efter art. 10 er det kun tilladt, hvis national ret giver hjemmel til det; angiv den bestemmelse, du bygger på.</translation>
    </message>
    <message>
        <source>“%1” processes CPR numbers (%2), but no purpose names a ground in databeskyttelsesloven § 11. Private controllers may process CPR numbers only on the grounds in § 11(2).</source>
        <translation>”%1” behandler CPR-numre (%2), men intet formål angiver et grundlag i databeskyttelseslovens § 11. Private dataansvarlige må kun behandle CPR-numre på de grundlag, der er nævnt i § 11, stk. 2.</translation>
    </message>
    <message>
        <source>“%1” processes national identification numbers (%2). Art. 87 lets national law set conditions for them (e.g. personopplysningsloven § 12, dataskyddslagen 3 kap. 10 §); record the ground you rely on.</source>
        <translation>”%1” behandler nationale identifikationsnumre (%2). Efter art. 87 kan national ret fastsætte betingelser for dem (f.eks. personopplysningsloven § 12, dataskyddslagen 3 kap. 10 §); angiv det grundlag, du bygger på.</translation>
    </message>
    <message>
        <source>“%1” relies on consent and concerns children. In Denmark the age of digital consent is 15 (databeskyttelsesloven § 6(2), Art. 8(1)); below it a parent must give or authorise consent.</source>
        <translation>”%1” bygger på samtykke og vedrører børn. I Danmark er aldersgrænsen for digitalt samtykke 15 år (databeskyttelseslovens § 6, stk. 2, og art. 8, stk. 1); under den skal indehaveren af forældremyndigheden give eller godkende samtykket.</translation>
    </message>
    <message>
        <source>“%1” lists no categories of personal data. Art. 30(1)(c) requires them in the record.</source>
        <translation>”%1” angiver ingen kategorier af personoplysninger. Efter art. 30, stk. 1, litra c, skal de fremgå af fortegnelsen.</translation>
    </message>
    <message>
        <source>In “%1”, %2 is not linked to any category of data subjects. Datatilsynet’s 2020 guidance on Art. 30(1)(c) requires a clear link between data categories and data subjects.</source>
        <translation>I ”%1” er %2 ikke knyttet til nogen kategori af registrerede. Datatilsynets vejledning fra 2020 om art. 30, stk. 1, litra c, kræver en klar sammenhæng mellem kategorier af personoplysninger og registrerede.</translation>
    </message>
    <message>
        <source>In “%1”, no retention rule covers %2. Art. 30(1)(f) asks for the time limits for erasure, and Art. 13(2)(a) requires them in the privacy notice.</source>
        <translation>I ”%1” er der ingen opbevaringsregel, der omfatter %2. Art. 30, stk. 1, litra f, beder om de forventede tidsfrister for sletning, og efter art. 13, stk. 2, litra a, skal de fremgå af privatlivspolitikken.</translation>
    </message>
    <message>
        <source>A retention rule of “%1” gives neither a period nor a criterion. Art. 13(2)(a) requires one or the other (WP260 rev.01).</source>
        <translation>En opbevaringsregel i ”%1” angiver hverken en periode eller et kriterium. Art. 13, stk. 2, litra a, kræver det ene eller det andet (WP260 rev.01).</translation>
    </message>
    <message>
        <source>A retention rule of “%1” says only that data is kept as long as necessary. WP260 rev.01 does not accept this: state a period, or a criterion such as an event or a statutory period.</source>
        <translation>En opbevaringsregel i ”%1” siger kun, at oplysningerne opbevares, så længe det er nødvendigt. Det godtager WP260 rev.01 ikke: angiv en periode eller et kriterium, f.eks. en hændelse eller en lovbestemt frist.</translation>
    </message>
    <message>
        <source>“%1” makes automated decisions, but the logic involved or their significance and consequences are not described. Art. 13(2)(f) and 14(2)(g) require both.</source>
        <translation>”%1” træffer automatiske afgørelser, men logikken bag dem eller deres betydning og konsekvenser er ikke beskrevet. Art. 13, stk. 2, litra f, og art. 14, stk. 2, litra g, kræver begge dele.</translation>
    </message>
    <message>
        <source>automated decisions based on profiling (Art. 35(3)(a))</source>
        <translation>automatiske afgørelser baseret på profilering (art. 35, stk. 3, litra a)</translation>
    </message>
    <message>
        <source>special categories or criminal-offence data about several groups of people or children (Art. 35(3)(b))</source>
        <translation>særlige kategorier af personoplysninger eller oplysninger om strafbare forhold om flere grupper af personer eller om børn (art. 35, stk. 3, litra b)</translation>
    </message>
    <message>
        <source>systematic monitoring (Art. 35(3)(c))</source>
        <translation>systematisk overvågning (art. 35, stk. 3, litra c)</translation>
    </message>
    <message>
        <source>“%1” involves %2, so a data protection impact assessment is likely required (Art. 35 and Datatilsynet’s list). Record a DPIA, or the reason none is needed.</source>
        <translation>”%1” omfatter %2, så der kræves sandsynligvis en konsekvensanalyse vedrørende databeskyttelse (art. 35 og Datatilsynets liste). Registrer en konsekvensanalyse eller begrundelsen for, at der ikke er brug for en.</translation>
    </message>
    <message>
        <source>A data protection impact assessment is required for “%1” but not recorded as done. Art. 35(1) requires it before the processing starts.</source>
        <translation>Der kræves en konsekvensanalyse vedrørende databeskyttelse for ”%1”, men den er ikke registreret som udført. Efter art. 35, stk. 1, skal den foretages, før behandlingen påbegyndes.</translation>
    </message>
    <message>
        <source>The organisation has no name. The record must name the controller (Art. 30(1)(a)), and so must the privacy notice (Art. 13(1)(a)).</source>
        <translation>Organisationen har intet navn. Fortegnelsen skal angive den dataansvarliges navn (art. 30, stk. 1, litra a), og det skal privatlivspolitikken også (art. 13, stk. 1, litra a).</translation>
    </message>
    <message>
        <source>The organisation has no postal address. Art. 13(1)(a) and 14(1)(a) require the controller’s contact details in the privacy notice.</source>
        <translation>Organisationen har ingen postadresse. Efter art. 13, stk. 1, litra a, og art. 14, stk. 1, litra a, skal den dataansvarliges kontaktoplysninger fremgå af privatlivspolitikken.</translation>
    </message>
    <message>
        <source>The organisation has neither an e-mail address nor a phone number. People need a direct way to reach the controller (Art. 13(1)(a), Art. 12(2)).</source>
        <translation>Organisationen har hverken en e-mailadresse eller et telefonnummer. De registrerede skal have en direkte måde at kontakte den dataansvarlige på (art. 13, stk. 1, litra a, og art. 12, stk. 2).</translation>
    </message>
    <message>
        <source>The data protection officer “%1” has no e-mail address or phone number. Art. 37(7) and 13(1)(b) require the DPO’s contact details to be published.</source>
        <translation>Databeskyttelsesrådgiveren ”%1” har hverken e-mailadresse eller telefonnummer. Efter art. 37, stk. 7, og art. 13, stk. 1, litra b, skal databeskyttelsesrådgiverens kontaktoplysninger offentliggøres.</translation>
    </message>
    <message>
        <source>The privacy policy has not been published yet. The information in Art. 13 and 14 must be given to people when their data is collected.</source>
        <translation>Privatlivspolitikken er endnu ikke offentliggjort. Oplysningerne i art. 13 og 14 skal gives til de registrerede, når deres oplysninger indsamles.</translation>
    </message>
    <message>
        <source>The privacy policy was published on %1, but the register has changed since, on %2. Publish it again so that the information given under Art. 13 and 14 matches the record (WP260 rev.01 on changes to the information).</source>
        <translation>Privatlivspolitikken blev offentliggjort den %1, men fortegnelsen er siden blevet ændret, senest den %2. Offentliggør den igen, så oplysningerne efter art. 13 og 14 svarer til fortegnelsen (WP260 rev.01 om ændringer af oplysningerne).</translation>
    </message>
    <message>
        <source>“%1” is carried out as processor but does not name the controller it is done for. Art. 30(2)(a) requires the name and contact details of each controller.</source>
        <translation>”%1” udføres som databehandler, men den dataansvarlige, som behandlingen udføres for, er ikke angivet. Efter art. 30, stk. 2, litra a, skal navn og kontaktoplysninger på hver dataansvarlig fremgå.</translation>
    </message>
    <message>
        <source>“%1” was due for review on %2. Keeping the record up to date is part of accountability (Art. 5(2), Art. 24(1)).</source>
        <translation>”%1” skulle have været gennemgået senest den %2. At holde fortegnelsen ajour er en del af ansvarligheden (art. 5, stk. 2, og art. 24, stk. 1).</translation>
    </message>
    <message>
        <source>“%1” has no country. Where a recipient is established decides whether the transfer rules in Chapter V apply and what Art. 30(1)(e) requires to be recorded.</source>
        <translation>”%1” har intet land. Hvor en modtager er etableret, afgør, om reglerne om overførsel i kapitel V gælder, og hvad der efter art. 30, stk. 1, litra e, skal fremgå af fortegnelsen.</translation>
    </message>
    <message>
        <source>The sub-processor “%1” is not linked to the processor that engaged it, and no activity we carry out as processor discloses data to it. Art. 28(2) and (4) tie every sub-processor to a processor, and transfers follow that chain.</source>
        <translation>Underdatabehandleren ”%1” er ikke knyttet til den databehandler, der har antaget den, og ingen aktivitet, som vi udfører som databehandler, videregiver oplysninger til den. Art. 28, stk. 2 og 4, knytter enhver underdatabehandler til en databehandler, og overførsler følger denne kæde.</translation>
    </message>
    <message>
        <source>The sub-processor “%1” is placed under “%2”, which is not a processor. Under Art. 28(4) a sub-processor is engaged by a processor.</source>
        <translation>Underdatabehandleren ”%1” er placeret under ”%2”, som ikke er databehandler. Efter art. 28, stk. 4, antages en underdatabehandler af en databehandler.</translation>
    </message>
    <message>
        <source>No data processing agreement is recorded for the processor “%1”. Art. 28(3) and (4) require a written contract (Art. 28(9)).</source>
        <translation>Der er ikke registreret nogen databehandleraftale for databehandleren ”%1”. Art. 28, stk. 3 og 4, kræver en skriftlig kontrakt (art. 28, stk. 9).</translation>
    </message>
    <message>
        <source>The agreement with “%1” was due for review on %2. Review it to show it still meets Art. 28(3) (accountability, Art. 5(2)).</source>
        <translation>Aftalen med ”%1” skulle have været gennemgået senest den %2. Gennemgå den for at vise, at den stadig opfylder art. 28, stk. 3 (ansvarlighed, art. 5, stk. 2).</translation>
    </message>
    <message>
        <source>The essence of the arrangement with the joint controller “%1” is not described. Art. 26(2) requires it to be made available to the data subjects.</source>
        <translation>Det væsentligste indhold af ordningen med den fælles dataansvarlige ”%1” er ikke beskrevet. Efter art. 26, stk. 2, skal det stilles til rådighed for de registrerede.</translation>
    </message>
    <message>
        <source>Transfers to “%1” in the United States rely on the adequacy decision, but “%1” is not recorded as certified under the EU-US Data Privacy Framework. Decision (EU) 2023/1795 covers certified organisations only.</source>
        <translation>Overførsler til ”%1” i USA bygger på tilstrækkelighedsafgørelsen, men ”%1” er ikke registreret som certificeret under EU-US Data Privacy Framework. Afgørelse (EU) 2023/1795 omfatter kun certificerede organisationer.</translation>
    </message>
    <message>
        <source>It is not recorded when the Data Privacy Framework certification of “%1” was checked. Check the DPF list and record the date, since adequacy under Decision (EU) 2023/1795 lasts only while the certification does.</source>
        <translation>Det er ikke registreret, hvornår Data Privacy Framework-certificeringen af ”%1” blev kontrolleret. Kontroller DPF-listen, og registrer datoen, da tilstrækkeligheden efter afgørelse (EU) 2023/1795 kun gælder, så længe certificeringen gør.</translation>
    </message>
    <message>
        <source>The Data Privacy Framework certification of “%1” was last checked on %2, more than a year ago. Certifications lapse; check the DPF list again (Decision (EU) 2023/1795).</source>
        <translation>Data Privacy Framework-certificeringen af ”%1” blev sidst kontrolleret den %2, for mere end et år siden. Certificeringer kan bortfalde; kontroller DPF-listen igen (afgørelse (EU) 2023/1795).</translation>
    </message>
    <message>
        <source>The transfer to “%1” goes to %2, which is in the EU/EEA. Chapter V does not apply there, so this is not a transfer to record under Art. 30(1)(e); the recipient belongs in the activities’ recipients.</source>
        <translation>Overførslen til ”%1” går til %2, som ligger i EU/EØS. Kapitel V gælder ikke dér, så det er ikke en overførsel, der skal registreres efter art. 30, stk. 1, litra e; modtageren hører til blandt behandlingsaktiviteternes modtagere.</translation>
    </message>
    <message>
        <source>The transfer to “%1” goes to %2, which has no adequacy decision, and names no transfer mechanism. Art. 44 and 46 require appropriate safeguards or, for occasional transfers, an Art. 49 derogation.</source>
        <translation>Overførslen til ”%1” går til %2, som ikke har nogen tilstrækkelighedsafgørelse, og angiver intet overførselsgrundlag. Art. 44 og 46 kræver fornødne garantier eller, ved lejlighedsvise overførsler, en undtagelse efter art. 49.</translation>
    </message>
    <message>
        <source>The transfer to “%1” names no mechanism, and the adequacy decision for %2 covers only part of the recipients there. Choose Art. 45 if the recipient is covered, or another mechanism.</source>
        <translation>Overførslen til ”%1” angiver intet overførselsgrundlag, og tilstrækkelighedsafgørelsen for %2 omfatter kun en del af modtagerne dér. Vælg art. 45, hvis modtageren er omfattet, eller et andet overførselsgrundlag.</translation>
    </message>
    <message>
        <source>The transfer to “%1” relies on an adequacy decision, but the Commission has adopted none for %2 (Art. 45). Use Art. 46 safeguards instead.</source>
        <translation>Overførslen til ”%1” bygger på en tilstrækkelighedsafgørelse, men Kommissionen har ikke vedtaget nogen for %2 (art. 45). Brug i stedet garantier efter art. 46.</translation>
    </message>
    <message>
        <source>The transfer to “%1” relies on an Art. 49 derogation but is part of an ongoing processing activity. Derogations are for occasional transfers only (EDPB Guidelines 2/2018); use Art. 46 safeguards for regular transfers.</source>
        <translation>Overførslen til ”%1” bygger på en undtagelse efter art. 49, men er en del af en løbende behandlingsaktivitet. Undtagelserne gælder kun lejlighedsvise overførsler (EDPB&apos;s retningslinjer 2/2018); brug garantier efter art. 46 til regelmæssige overførsler.</translation>
    </message>
    <message>
        <source>The transfer to “%1” relies on compelling legitimate interests, but the assessment and the safeguards are not documented. Art. 49(6) and 30(1)(e) require them in the record.</source>
        <translation>Overførslen til ”%1” bygger på vægtige legitime interesser, men vurderingen og garantierne er ikke dokumenteret. Efter art. 49, stk. 6, og art. 30, stk. 1, litra e, skal de fremgå af fortegnelsen.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Råd</translation>
    </message>
    <message>
        <source>The transfer to “%1” does not name the third country or international organisation. Art. 30(1)(e) and Art. 13(1)(f) require it: find it in the recipient’s sub-processor list.</source>
        <translation>Overførslen til ”%1” angiver ikke tredjelandet eller den internationale organisation. Det kræver art. 30, stk. 1, litra e, og art. 13, stk. 1, litra f: find det i modtagerens liste over underdatabehandlere.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Codes</name>
    <message>
        <source>Controller</source>
        <translation>Dataansvarlig</translation>
    </message>
    <message>
        <source>Joint controller</source>
        <translation>Fælles dataansvarlig</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Databehandler</translation>
    </message>
    <message>
        <source>Sub-processor</source>
        <translation>Underdatabehandler</translation>
    </message>
    <message>
        <source>Client controller</source>
        <translation>Dataansvarlig kunde</translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation>Offentlig myndighed</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Ophørt</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Almindelig</translation>
    </message>
    <message>
        <source>Special category (Art. 9)</source>
        <translation>Særlig kategori (art. 9)</translation>
    </message>
    <message>
        <source>Criminal offences (Art. 10)</source>
        <translation>Strafbare forhold (art. 10)</translation>
    </message>
    <message>
        <source>CPR or national identity number</source>
        <translation>CPR- eller andet nationalt identifikationsnummer</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dage</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Uger</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Måneder</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Necessary</source>
        <translation>Nødvendig</translation>
    </message>
    <message>
        <source>Functional</source>
        <translation>Funktionel</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Markedsføring</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Ikke påkrævet</translation>
    </message>
    <message>
        <source>Required by law</source>
        <translation>Påkrævet ved lov</translation>
    </message>
    <message>
        <source>Required by contract</source>
        <translation>Påkrævet ved kontrakt</translation>
    </message>
    <message>
        <source>Needed to enter into a contract</source>
        <translation>Nødvendigt for at indgå en kontrakt</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Teknisk</translation>
    </message>
    <message>
        <source>Organisational</source>
        <translation>Organisatorisk</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::CommandLine</name>
    <message>
        <source>Output file.</source>
        <translation>Outputfil.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>no input file given</source>
        <translation>ingen inputfil angivet</translation>
    </message>
    <message>
        <source>one input file expected, got %1</source>
        <translation>forventede én inputfil, fik %1</translation>
    </message>
    <message>
        <source>no output file given (-o FILE)</source>
        <translation>ingen outputfil angivet (-o FIL)</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kan ikke læses: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>det er en mappe</translation>
    </message>
    <message>
        <source>standard output: write failed</source>
        <translation>standardoutput: skrivning mislykkedes</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kan ikke skrives: %2</translation>
    </message>
    <message>
        <source>%1: cannot be written: it is a folder</source>
        <translation>%1: kan ikke skrives: det er en mappe</translation>
    </message>
    <message>
        <source>a register is a file; give its name with -o FILE.ropa</source>
        <translation>en fortegnelse er en fil; angiv dens navn med -o FIL.ropa</translation>
    </message>
    <message>
        <source>Language.</source>
        <translation>Sprog.</translation>
    </message>
    <message>
        <source>lang</source>
        <translation>sprog</translation>
    </message>
    <message>
        <source>Format.</source>
        <translation>Format.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Subject category.</source>
        <translation>Kategori af registrerede.</translation>
    </message>
    <message>
        <source>category</source>
        <translation>kategori</translation>
    </message>
    <message>
        <source>Template folder.</source>
        <translation>Skabelonmappe.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>mappe</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use html, snippet, md, txt, odt or pdf</source>
        <translation>ukendt format &quot;%1&quot;; brug html, snippet, md, txt, odt eller pdf</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use da, nb, sv or en</source>
        <translation>ukendt sprog &quot;%1&quot;; brug da, nb, sv eller en</translation>
    </message>
    <message>
        <source>unknown command; see fortegnelse --help</source>
        <translation>ukendt kommando; se fortegnelse --help</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: filen findes ikke</translation>
    </message>
    <message>
        <source>Usage:
  fortegnelse [FILE.ropa]                      open the register in the app
  fortegnelse import IN.json -o OUT.ropa       make a register from JSON
  fortegnelse export-json IN.ropa -o OUT.json  write a register as JSON (-o - for standard output)
  fortegnelse policy IN.ropa --lang da|nb|sv|en --format html|snippet|md|txt|odt|pdf
                     [--audience CATEGORY] [--templates FOLDER] -o OUT
                                               write the privacy policy
  fortegnelse ropa-pdf IN.ropa --lang da|nb|sv|en [--record controller|processor|both]
                     -o OUT.pdf               write the Article 30 record as PDF
  fortegnelse check IN.ropa [--lang da|nb|sv|en] [--format text|json]
                                               check the register against the GDPR
Exit status: 0 success, 2 bad arguments or bad input; check exits 1 when it finds errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text or json</source>
        <translation>ukendt format &quot;%1&quot;; brug text eller json</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 advice
</source>
        <translation>%1 fejl, %2 advarsler, %3 råd
</translation>
    </message>
    <message>
        <source>unknown record &quot;%1&quot;; use controller, processor or both</source>
        <translation>ukendt fortegnelse &quot;%1&quot;; brug controller, processor eller both</translation>
    </message>
    <message>
        <source>Record.</source>
        <translation>Fortegnelse.</translation>
    </message>
    <message>
        <source>record</source>
        <translation>fortegnelse</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Document</name>
    <message>
        <source>The change could not be saved, so it was not made: %1</source>
        <translation>Ændringen kunne ikke gemmes og er derfor ikke foretaget: %1</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::FieldSet</name>
    <message>
        <source>EU</source>
        <translation>EU</translation>
    </message>
    <message>
        <source>EEA</source>
        <translation>EØS</translation>
    </message>
    <message>
        <source>adequacy decision</source>
        <translation>tilstrækkelighedsafgørelse</translation>
    </message>
    <message>
        <source>partial adequacy</source>
        <translation>delvis tilstrækkelighedsafgørelse</translation>
    </message>
    <message>
        <source>third country, no adequacy</source>
        <translation>tredjeland uden tilstrækkelighedsafgørelse</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Not a date yet: write it as YYYY-MM-DD, for example 2026-06-08. The field keeps its last valid value until then.</source>
        <translation>Endnu ikke en dato: skriv den som ÅÅÅÅ-MM-DD, f.eks. 2026-06-08. Feltet beholder sin seneste gyldige værdi indtil da.</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Én pr. linje</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Dette er ikke en e-mailadresse.</translation>
    </message>
    <message>
        <source>Write a web address, for example https://www.example.dk.</source>
        <translation>Skriv en webadresse, f.eks. https://www.example.dk.</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>Der skal angives et navn.</translation>
    </message>
    <message>
        <source>A sub-processor needs the processor above it (Art. 28(2) and (4)).</source>
        <translation>En underdatabehandler skal have en databehandler over sig (art. 28, stk. 2 og 4).</translation>
    </message>
    <message>
        <source>Name the controller you process for (Art. 30(2)).</source>
        <translation>Angiv den dataansvarlige, du behandler for (art. 30, stk. 2).</translation>
    </message>
    <message>
        <source>Describe the interest pursued; the policy must state it (Art. 13(1)(d)).</source>
        <translation>Beskriv den forfulgte interesse; privatlivspolitikken skal angive den (art. 13, stk. 1, litra d).</translation>
    </message>
    <message>
        <source>The activity processes special categories: choose an Art. 9(2) condition.</source>
        <translation>Aktiviteten behandler særlige kategorier af personoplysninger: vælg en undtagelse i art. 9, stk. 2.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>(new, not filled in)</source>
        <translation>(ny, ikke udfyldt)</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Fields</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registreringsnummer</translation>
    </message>
    <message>
        <source>CVR number, organisation number or similar.</source>
        <translation>CVR-nummer, organisationsnummer el.lign.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Websted</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Databeskyttelsesrådgiver</translation>
    </message>
    <message>
        <source>Art. 37-39; contact details go in the policy, Art. 13(1)(b).</source>
        <translation>Art. 37-39; kontaktoplysningerne skal stå i privatlivspolitikken, art. 13, stk. 1, litra b.</translation>
    </message>
    <message>
        <source>EU representative</source>
        <translation>Repræsentant i EU</translation>
    </message>
    <message>
        <source>Art. 27, for controllers outside the EU.</source>
        <translation>Art. 27, for dataansvarlige uden for EU.</translation>
    </message>
    <message>
        <source>Lead supervisory authority</source>
        <translation>Ledende tilsynsmyndighed</translation>
    </message>
    <message>
        <source>Language of the register</source>
        <translation>Fortegnelsens sprog</translation>
    </message>
    <message>
        <source>The language you write the register&apos;s texts in.</source>
        <translation>Det sprog, du skriver fortegnelsens tekster på.</translation>
    </message>
    <message>
        <source>Security measures, general description</source>
        <translation>Sikkerhedsforanstaltninger, generel beskrivelse</translation>
    </message>
    <message>
        <source>Art. 30(1)(g) and Art. 32.</source>
        <translation>Art. 30, stk. 1, litra g, og art. 32.</translation>
    </message>
    <message>
        <source>Common category</source>
        <translation>Standardkategori</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Includes children</source>
        <translation>Omfatter børn</translation>
    </message>
    <message>
        <source>The Danish age of digital consent is 15 (DBL § 6(2)).</source>
        <translation>Den danske aldersgrænse for digitalt samtykke er 15 år (DBL § 6, stk. 2).</translation>
    </message>
    <message>
        <source>Kind of data</source>
        <translation>Type af oplysninger</translation>
    </message>
    <message>
        <source>Special categories: Art. 9. Criminal offences: Art. 10. CPR numbers: DBL § 11.</source>
        <translation>Særlige kategorier: art. 9. Strafbare forhold: art. 10. CPR-numre: DBL § 11.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Udbyder</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Session cookie</source>
        <translation>Sessionscookie</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varighed</translation>
    </message>
    <message>
        <source>Duration unit</source>
        <translation>Enhed for varighed</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Ydelse</translation>
    </message>
    <message>
        <source>What they do for us, or what we share with them.</source>
        <translation>Hvad de gør for os, eller hvad vi deler med dem.</translation>
    </message>
    <message>
        <source>Processor above</source>
        <translation>Overordnet databehandler</translation>
    </message>
    <message>
        <source>For a sub-processor: the processor that engaged it (Art. 28(2) and (4)).</source>
        <translation>For en underdatabehandler: den databehandler, der har antaget den (art. 28, stk. 2 og 4).</translation>
    </message>
    <message>
        <source>Privacy policy link</source>
        <translation>Link til privatlivspolitik</translation>
    </message>
    <message>
        <source>Data processing agreement link</source>
        <translation>Link til databehandleraftale</translation>
    </message>
    <message>
        <source>Sub-processor list link</source>
        <translation>Link til liste over underdatabehandlere</translation>
    </message>
    <message>
        <source>Other links</source>
        <translation>Andre links</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Data processing agreement</source>
        <translation>Databehandleraftale</translation>
    </message>
    <message>
        <source>Art. 28(3).</source>
        <translation>Art. 28, stk. 3.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Underskrevet</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Næste gennemgang</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certificeringer</translation>
    </message>
    <message>
        <source>One per line.</source>
        <translation>Én pr. linje.</translation>
    </message>
    <message>
        <source>Certified under the EU-US Data Privacy Framework</source>
        <translation>Certificeret under EU-US Data Privacy Framework</translation>
    </message>
    <message>
        <source>Decision (EU) 2023/1795: adequacy for the US covers certified organisations only.</source>
        <translation>Afgørelse (EU) 2023/1795: tilstrækkelighedsafgørelsen for USA omfatter kun certificerede organisationer.</translation>
    </message>
    <message>
        <source>DPF certification checked on</source>
        <translation>DPF-certificering kontrolleret den</translation>
    </message>
    <message>
        <source>Essence of the arrangement</source>
        <translation>Ordningens væsentligste indhold</translation>
    </message>
    <message>
        <source>Joint controllers, Art. 26(2): made available to data subjects.</source>
        <translation>Fælles dataansvarlige, art. 26, stk. 2: stilles til rådighed for de registrerede.</translation>
    </message>
    <message>
        <source>Processing done for this controller</source>
        <translation>Behandling udført for denne dataansvarlige</translation>
    </message>
    <message>
        <source>Art. 30(2)(b).</source>
        <translation>Art. 30, stk. 2, litra b.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Client controller</source>
        <translation>Dataansvarlig kunde</translation>
    </message>
    <message>
        <source>When we process as a processor: the controller we act for, Art. 30(2).</source>
        <translation>Når vi behandler som databehandler: den dataansvarlige, vi handler på vegne af, art. 30, stk. 2.</translation>
    </message>
    <message>
        <source>Joint controllers</source>
        <translation>Fælles dataansvarlige</translation>
    </message>
    <message>
        <source>Art. 26.</source>
        <translation>Art. 26.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Purposes and legal bases</source>
        <translation>Formål og behandlingsgrundlag</translation>
    </message>
    <message>
        <source>Art. 30(1)(b); the basis of each purpose goes in the policy, Art. 13(1)(c).</source>
        <translation>Art. 30, stk. 1, litra b; grundlaget for hvert formål skal stå i privatlivspolitikken, art. 13, stk. 1, litra c.</translation>
    </message>
    <message>
        <source>Legal basis (Art. 6(1))</source>
        <translation>Behandlingsgrundlag (art. 6, stk. 1)</translation>
    </message>
    <message>
        <source>Legitimate interest pursued</source>
        <translation>Forfulgt legitim interesse</translation>
    </message>
    <message>
        <source>Required where the basis is Art. 6(1)(f); Art. 13(1)(d).</source>
        <translation>Påkrævet, når grundlaget er art. 6, stk. 1, litra f; art. 13, stk. 1, litra d.</translation>
    </message>
    <message>
        <source>Direct marketing</source>
        <translation>Direkte markedsføring</translation>
    </message>
    <message>
        <source>Gives the absolute right to object, Art. 21(2)-(4).</source>
        <translation>Giver ubetinget ret til indsigelse, art. 21, stk. 2-4.</translation>
    </message>
    <message>
        <source>Condition for special categories (Art. 9(2))</source>
        <translation>Undtagelse for særlige kategorier (art. 9, stk. 2)</translation>
    </message>
    <message>
        <source>Basis for criminal-offence data (DBL § 8)</source>
        <translation>Grundlag for oplysninger om strafbare forhold (DBL § 8)</translation>
    </message>
    <message>
        <source>Ground for CPR numbers (DBL § 11)</source>
        <translation>Grundlag for CPR-numre (DBL § 11)</translation>
    </message>
    <message>
        <source>National law references</source>
        <translation>Henvisninger til national ret</translation>
    </message>
    <message>
        <source>One per line: a reference key such as bogforingsloven-10, or free text.</source>
        <translation>Én pr. linje: en referencenøgle som bogforingsloven-10 eller fri tekst.</translation>
    </message>
    <message>
        <source>Where consent is recorded</source>
        <translation>Hvor samtykket er registreret</translation>
    </message>
    <message>
        <source>Art. 7(1): you must be able to show consent was given.</source>
        <translation>Art. 7, stk. 1: du skal kunne påvise, at der er givet samtykke.</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Kategorier af personoplysninger</translation>
    </message>
    <message>
        <source>Art. 30(1)(c).</source>
        <translation>Art. 30, stk. 1, litra c.</translation>
    </message>
    <message>
        <source>Which data concern whom</source>
        <translation>Hvilke oplysninger om hvem</translation>
    </message>
    <message>
        <source>Datatilsynet&apos;s 2020 guidance: link each data category to the subject categories it concerns.</source>
        <translation>Datatilsynets vejledning fra 2020: knyt hver kategori af personoplysninger til de kategorier af registrerede, den vedrører.</translation>
    </message>
    <message>
        <source>Subject category</source>
        <translation>Kategori af registrerede</translation>
    </message>
    <message>
        <source>Subject categories</source>
        <translation>Kategorier af registrerede</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Modtagere</translation>
    </message>
    <message>
        <source>Art. 30(1)(d): for each recipient, the data and subject categories it receives.</source>
        <translation>Art. 30, stk. 1, litra d: for hver modtager de kategorier af personoplysninger og af registrerede, som modtageren får oplysninger om.</translation>
    </message>
    <message>
        <source>Category of recipients</source>
        <translation>Kategori af modtagere</translation>
    </message>
    <message>
        <source>When no single party is named.</source>
        <translation>Når der ikke angives en bestemt part.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Kilder</translation>
    </message>
    <message>
        <source>Where data comes from when not from the data subject, Art. 14(2)(f).</source>
        <translation>Hvor oplysningerne stammer fra, når de ikke kommer fra den registrerede, art. 14, stk. 2, litra f.</translation>
    </message>
    <message>
        <source>Publicly available</source>
        <translation>Offentligt tilgængelige</translation>
    </message>
    <message>
        <source>No data is collected from the data subjects</source>
        <translation>Der indsamles ingen oplysninger hos de registrerede</translation>
    </message>
    <message>
        <source>Must the data be provided?</source>
        <translation>Skal oplysningerne gives?</translation>
    </message>
    <message>
        <source>Art. 13(2)(e).</source>
        <translation>Art. 13, stk. 2, litra e.</translation>
    </message>
    <message>
        <source>Consequence of not providing it</source>
        <translation>Konsekvens af ikke at give dem</translation>
    </message>
    <message>
        <source>Automated decisions</source>
        <translation>Automatiske afgørelser</translation>
    </message>
    <message>
        <source>Art. 22; Art. 13(2)(f).</source>
        <translation>Art. 22; art. 13, stk. 2, litra f.</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Anvendes</translation>
    </message>
    <message>
        <source>Profiling</source>
        <translation>Profilering</translation>
    </message>
    <message>
        <source>Logic involved</source>
        <translation>Logikken bag</translation>
    </message>
    <message>
        <source>Significance and consequences</source>
        <translation>Betydning og konsekvenser</translation>
    </message>
    <message>
        <source>Data protection impact assessment</source>
        <translation>Konsekvensanalyse vedrørende databeskyttelse</translation>
    </message>
    <message>
        <source>Art. 35.</source>
        <translation>Art. 35.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Påkrævet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systemer</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Opbevaring</translation>
    </message>
    <message>
        <source>Art. 30(1)(f) and Art. 13(2)(a): a period, or the criteria for it.</source>
        <translation>Art. 30, stk. 1, litra f, og art. 13, stk. 2, litra a: en periode eller kriterierne for den.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Regnet fra</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>How it is deleted</source>
        <translation>Hvordan oplysningerne slettes</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Sikkerhedsforanstaltninger</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Sidst gennemgået</translation>
    </message>
    <message>
        <source>Country or organisation</source>
        <translation>Land eller organisation</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Modtager</translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation>Behandlingsaktiviteter</translation>
    </message>
    <message>
        <source>Transfer mechanism</source>
        <translation>Overførselsgrundlag</translation>
    </message>
    <message>
        <source>Art. 45, 46 or 49.</source>
        <translation>Art. 45, 46 eller 49.</translation>
    </message>
    <message>
        <source>Safeguards or assessment</source>
        <translation>Garantier eller vurdering</translation>
    </message>
    <message>
        <source>For Art. 49(1) second subparagraph, the documentation Art. 30(1)(e) requires.</source>
        <translation>Ved art. 49, stk. 1, andet afsnit: den dokumentation, som art. 30, stk. 1, litra e, kræver.</translation>
    </message>
    <message>
        <source>Document reference</source>
        <translation>Dokumentreference</translation>
    </message>
    <message>
        <source>Transfer impact assessment date</source>
        <translation>Dato for vurdering af overførslens virkning (TIA)</translation>
    </message>
    <message>
        <source>What the policy covers</source>
        <translation>Hvad privatlivspolitikken omfatter</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Sidst opdateret</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Offentliggjort</translation>
    </message>
    <message>
        <source>Governing law</source>
        <translation>Lovvalg</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Værneting</translation>
    </message>
    <message>
        <source>Requests answered within (days)</source>
        <translation>Anmodninger besvares inden for (dage)</translation>
    </message>
    <message>
        <source>0: within one month, Art. 12(3).</source>
        <translation>0: inden for en måned, art. 12, stk. 3.</translation>
    </message>
    <message>
        <source>Privacy contact e-mail</source>
        <translation>E-mail til henvendelser om databeskyttelse</translation>
    </message>
    <message>
        <source>Privacy contact phone</source>
        <translation>Telefon til henvendelser om databeskyttelse</translation>
    </message>
    <message>
        <source>Cookie policy link</source>
        <translation>Link til cookiepolitik</translation>
    </message>
    <message>
        <source>How readers are told of changes</source>
        <translation>Hvordan læserne får besked om ændringer</translation>
    </message>
    <message>
        <source>Your own sections</source>
        <translation>Egne afsnit</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Blank lines separate paragraphs; lines starting with &quot;- &quot; make a list.</source>
        <translation>Tomme linjer adskiller afsnit; linjer, der begynder med ”- ”, bliver til en liste.</translation>
    </message>
    <message>
        <source>Placed next to</source>
        <translation>Placeret ved</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placering</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::ItemForm</name>
    <message>
        <source>Select an item in the list, or add one.</source>
        <translation>Vælg et element på listen, eller tilføj et.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Kinds</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Policy settings</source>
        <translation>Indstillinger for privatlivspolitik</translation>
    </message>
    <message>
        <source>Subject categories</source>
        <translation>Kategorier af registrerede</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Kategorier af personoplysninger</translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation>Behandlingsaktiviteter</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Overførsler</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Sikkerhedsforanstaltninger</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::ListPage</name>
    <message>
        <source>New processing activity</source>
        <translation>Ny behandlingsaktivitet</translation>
    </message>
    <message>
        <source>New party</source>
        <translation>Ny part</translation>
    </message>
    <message>
        <source>New subject category</source>
        <translation>Ny kategori af registrerede</translation>
    </message>
    <message>
        <source>New data category</source>
        <translation>Ny kategori af personoplysninger</translation>
    </message>
    <message>
        <source>New security measure</source>
        <translation>Ny sikkerhedsforanstaltning</translation>
    </message>
    <message>
        <source>New cookie</source>
        <translation>Ny cookie</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Processor and its sub-processors</source>
        <translation>Databehandler og dens underdatabehandlere</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Overførsel</translation>
    </message>
    <message>
        <source>Sub-processor chains</source>
        <translation>Kæder af underdatabehandlere</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tilføj</translation>
    </message>
    <message>
        <source>Dupli&amp;cate</source>
        <translation>&amp;Dupliker</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Slet ”%1”?</translation>
    </message>
    <message>
        <source>These items refer to it and will no longer do so:</source>
        <translation>Disse elementer henviser til det og vil ikke længere gøre det:</translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>Du kan fortryde dette med Rediger &gt; Fortryd.</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>registreret</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ikke registreret</translation>
    </message>
    <message>
        <source>%1 (no processor above it)</source>
        <translation>%1 (ingen overordnet databehandler)</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::MainWindow</name>
    <message>
        <source>Privacy policy preview</source>
        <translation>Forhåndsvisning af privatlivspolitik</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;åbnet&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Fortrydelseshistorik</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;New register...</source>
        <translation>&amp;Ny fortegnelse...</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Åbn...</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <source>Save a &amp;copy as...</source>
        <translation>Gem en &amp;kopi som...</translation>
    </message>
    <message>
        <source>&amp;Import JSON...</source>
        <translation>&amp;Importer JSON...</translation>
    </message>
    <message>
        <source>&amp;Export JSON...</source>
        <translation>&amp;Eksporter JSON...</translation>
    </message>
    <message>
        <source>Export &amp;policy...</source>
        <translation>Eksporter &amp;privatlivspolitik...</translation>
    </message>
    <message>
        <source>P&amp;ublish policy...</source>
        <translation>&amp;Offentliggør privatlivspolitik...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tilføj</translation>
    </message>
    <message>
        <source>Dupli&amp;cate</source>
        <translation>&amp;Dupliker</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemets sprog</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Ændringen blev ikke gemt</translation>
    </message>
    <message>
        <source>Open a register with File &gt; Open, create one with File &gt; New, or drop a .ropa or .json file here.</source>
        <translation>Åbn en fortegnelse med Fil &gt; Åbn, opret en med Fil &gt; Ny fortegnelse, eller træk en .ropa- eller .json-fil hertil.</translation>
    </message>
    <message>
        <source>Fortegnelse</source>
        <translation>Fortegnelse</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Kan ikke importere</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan ikke læses: %2</translation>
    </message>
    <message>
        <source>%1 is not a register Fortegnelse can import.

%2</source>
        <translation>%1 er ikke en fortegnelse, som Fortegnelse kan importere.

%2</translation>
    </message>
    <message>
        <source>The register could not be written to %1.

%2</source>
        <translation>Fortegnelsen kunne ikke skrives til %1.

%2</translation>
    </message>
    <message>
        <source>Imported %1 into %2</source>
        <translation>%1 er importeret til %2</translation>
    </message>
    <message>
        <source>Cannot open register</source>
        <translation>Kan ikke åbne fortegnelsen</translation>
    </message>
    <message>
        <source>%1 cannot be opened.

%2</source>
        <translation>%1 kan ikke åbnes.

%2</translation>
    </message>
    <message>
        <source>The register was updated to the current file format; the old file is kept as %1</source>
        <translation>Fortegnelsen er opdateret til det aktuelle filformat; den gamle fil er gemt som %1</translation>
    </message>
    <message>
        <source>New register</source>
        <translation>Ny fortegnelse</translation>
    </message>
    <message>
        <source>Registers (*.ropa)</source>
        <translation>Fortegnelser (*.ropa)</translation>
    </message>
    <message>
        <source>Cannot create register</source>
        <translation>Kan ikke oprette fortegnelsen</translation>
    </message>
    <message>
        <source>Open register</source>
        <translation>Åbn fortegnelse</translation>
    </message>
    <message>
        <source>Registers (*.ropa);;JSON registers (*.json)</source>
        <translation>Fortegnelser (*.ropa);;JSON-fortegnelser (*.json)</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Gem en kopi som</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Kan ikke gemme en kopi</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>En kopi er gemt som %1</translation>
    </message>
    <message>
        <source>Import JSON</source>
        <translation>Importer JSON</translation>
    </message>
    <message>
        <source>JSON registers (*.json)</source>
        <translation>JSON-fortegnelser (*.json)</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>Eksporter JSON</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Kan ikke eksportere</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan ikke skrives: %2</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webside (*.html)</translation>
    </message>
    <message>
        <source>Web snippet (*.html)</source>
        <translation>Webuddrag (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Ren tekst (*.txt)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument-tekst (*.odt)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export policy</source>
        <translation>Eksporter privatlivspolitik</translation>
    </message>
    <message>
        <source>Cannot export policy</source>
        <translation>Kan ikke eksportere privatlivspolitikken</translation>
    </message>
    <message>
        <source>Policy written to %1</source>
        <translation>Privatlivspolitikken er skrevet til %1</translation>
    </message>
    <message>
        <source>Publish policy</source>
        <translation>Offentliggør privatlivspolitik</translation>
    </message>
    <message>
        <source>Version of the policy you publish now:</source>
        <translation>Version af den privatlivspolitik, du offentliggør nu:</translation>
    </message>
    <message>
        <source>The language changes when you start Fortegnelse again.</source>
        <translation>Sproget skifter, når du starter Fortegnelse igen.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <source>Problems (%1 errors, %2 warnings)</source>
        <translation>Problemer (%1 fejl, %2 advarsler)</translation>
    </message>
    <message>
        <source>Article 30 &amp;record...</source>
        <translation>&amp;Fortegnelse efter artikel 30...</translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation>Opbevaringsregler</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::MatrixEditor</name>
    <message>
        <source>%1 about %2</source>
        <translation>%1 om %2</translation>
    </message>
    <message>
        <source>Choose the activity&apos;s data categories above; then tick which of them concern which people.</source>
        <translation>Vælg aktivitetens kategorier af personoplysninger ovenfor; sæt derefter flueben ved, hvilke af dem der vedrører hvem.</translation>
    </message>
    <message>
        <source>Tick which data categories concern which people.</source>
        <translation>Sæt flueben ved, hvilke kategorier af personoplysninger der vedrører hvem.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::PdfJoin</name>
    <message>
        <source>There are no pages to join.</source>
        <translation>Der er ingen sider at samle.</translation>
    </message>
    <message>
        <source>The parts of the PDF could not be joined: %1</source>
        <translation>PDF-filens dele kunne ikke samles: %1</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::PolicyDocument</name>
    <message>
        <source>Template output, line %1, column %2: %3</source>
        <translation>Skabelonens output, linje %1, kolonne %2: %3</translation>
    </message>
    <message>
        <source>text &quot;%1&quot; outside a paragraph in &lt;%2&gt;</source>
        <translation>teksten &quot;%1&quot; uden for et afsnit i &lt;%2&gt;</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not allowed here</source>
        <translation>&lt;%1&gt; er ikke tilladt her</translation>
    </message>
    <message>
        <source>text outside &lt;li&gt; in &lt;%1&gt;</source>
        <translation>tekst uden for &lt;li&gt; i &lt;%1&gt;</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not allowed in &lt;%2&gt;</source>
        <translation>&lt;%1&gt; er ikke tilladt i &lt;%2&gt;</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not allowed in &lt;table&gt;</source>
        <translation>&lt;%1&gt; er ikke tilladt i &lt;table&gt;</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not allowed in &lt;tr&gt;</source>
        <translation>&lt;%1&gt; er ikke tilladt i &lt;tr&gt;</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::PolicyGenerator</name>
    <message>
        <source>Template %1: %2</source>
        <translation>Skabelon %1: %2</translation>
    </message>
    <message>
        <source>No subject category &quot;%1&quot; in the register; use one of: %2</source>
        <translation>Fortegnelsen har ingen kategori af registrerede med navnet &quot;%1&quot;; brug en af: %2</translation>
    </message>
    <message>
        <source>The templates left a {{ marker }} in the policy.</source>
        <translation>Skabelonerne efterlod en {{ markør }} i privatlivspolitikken.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::PolicyPreview</name>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prog:</translation>
    </message>
    <message>
        <source>F&amp;or:</source>
        <translation>F&amp;or:</translation>
    </message>
    <message>
        <source>Everyone (the whole policy)</source>
        <translation>Alle (hele privatlivspolitikken)</translation>
    </message>
    <message>
        <source>The policy cannot be generated: %1</source>
        <translation>Privatlivspolitikken kan ikke dannes: %1</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::PolicyWriters</name>
    <message>
        <source>The ODT document could not be written.</source>
        <translation>ODT-dokumentet kunne ikke skrives.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::ProblemsPanel</name>
    <message>
        <source>Filter problems</source>
        <translation>Filtrer problemer</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Alvor</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n fejl</numerusform>
            <numerusform>%n fejl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advarsel</numerusform>
            <numerusform>%n advarsler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n advice</source>
        <translation>
            <numerusform>%n råd</numerusform>
            <numerusform>%n råd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fortegnelse::RecordGenerator</name>
    <message>
        <source>&quot;%1&quot; is not a record language; use da, nb, sv or en.</source>
        <translation>&quot;%1&quot; er ikke et sprog for fortegnelsen; brug da, nb, sv eller en.</translation>
    </message>
    <message>
        <source>The record needs the date it is made on.</source>
        <translation>Fortegnelsen skal have en dato for, hvornår den er udarbejdet.</translation>
    </message>
    <message>
        <source>The record was cancelled.</source>
        <translation>Dannelsen af fortegnelsen blev afbrudt.</translation>
    </message>
    <message>
        <source>The templates left a {{ marker }} in the record.</source>
        <translation>Skabelonerne efterlod en {{ markør }} i fortegnelsen.</translation>
    </message>
    <message>
        <source>The record template %1 is missing.</source>
        <translation>Skabelonen til fortegnelsen, %1, mangler.</translation>
    </message>
    <message>
        <source>Template %1: %2</source>
        <translation>Skabelon %1: %2</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::RecordPainter</name>
    <message>
        <source>The record was cancelled.</source>
        <translation>Dannelsen af fortegnelsen blev afbrudt.</translation>
    </message>
    <message>
        <source>The record cannot be painted on this device.</source>
        <translation>Fortegnelsen kan ikke tegnes på denne enhed.</translation>
    </message>
    <message>
        <source>A new page could not be started.</source>
        <translation>Der kunne ikke startes en ny side.</translation>
    </message>
    <message>
        <source>The record is too long to lay out at this resolution (%1 pages in one section). Make the controller and processor records separately, or print at a lower resolution.</source>
        <translation>Fortegnelsen er for lang til at blive sat op i denne opløsning (%1 sider i ét afsnit). Dan fortegnelserne som dataansvarlig og som databehandler hver for sig, eller udskriv i en lavere opløsning.</translation>
    </message>
    <message>
        <source>The table of contents does not match the headings of the record.</source>
        <translation>Indholdsfortegnelsen svarer ikke til fortegnelsens overskrifter.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::RecordWindow</name>
    <message>
        <source>&amp;Make record</source>
        <translation>&amp;Dan fortegnelse</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuller</translation>
    </message>
    <message>
        <source>&amp;Export PDF...</source>
        <translation>&amp;Eksporter PDF...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Udskriv...</translation>
    </message>
    <message>
        <source>Record of processing activities</source>
        <translation>Fortegnelse over behandlingsaktiviteter</translation>
    </message>
    <message>
        <source>Controller and processor records</source>
        <translation>Fortegnelser som dataansvarlig og databehandler</translation>
    </message>
    <message>
        <source>Controller record (Art. 30(1))</source>
        <translation>Fortegnelse som dataansvarlig (art. 30, stk. 1)</translation>
    </message>
    <message>
        <source>Processor record (Art. 30(2))</source>
        <translation>Fortegnelse som databehandler (art. 30, stk. 2)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Tilpas bredde</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>The record could not be made.</source>
        <translation>Fortegnelsen kunne ikke dannes.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fortegnelse</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>af %1</translation>
    </message>
    <message>
        <source>There is no record to export yet.</source>
        <translation>Der er endnu ingen fortegnelse at eksportere.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan ikke skrives: %2</translation>
    </message>
    <message>
        <source>Export record</source>
        <translation>Eksporter fortegnelse</translation>
    </message>
    <message>
        <source>fortegnelse.pdf</source>
        <translation>fortegnelse.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print record</source>
        <translation>Udskriv fortegnelse</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::RetentionPage</name>
    <message>
        <source>Retention schedule</source>
        <translation>Oversigt over opbevaring</translation>
    </message>
    <message>
        <source>Every retention rule in the register. Rules are kept with their processing activity: double-click a rule to edit it there.</source>
        <translation>Alle opbevaringsregler i fortegnelsen. Reglerne hører til deres behandlingsaktivitet: dobbeltklik på en regel for at redigere den dér.</translation>
    </message>
    <message>
        <source>All of the activity&apos;s data</source>
        <translation>Alle aktivitetens oplysninger</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Store</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>%1: the stored item has the id &quot;%2&quot;</source>
        <translation>%1: det gemte element har et andet id: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>SQLite-driveren til Qt er ikke installeret (pakken libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Filen findes ikke.</translation>
    </message>
    <message>
        <source>This is not a file.</source>
        <translation>Dette er ikke en fil.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Filen kan ikke læses: %1</translation>
    </message>
    <message>
        <source>The file is empty, so it is not a register.</source>
        <translation>Filen er tom og er derfor ikke en fortegnelse.</translation>
    </message>
    <message>
        <source>This is not a Fortegnelse register: it is not an SQLite database.</source>
        <translation>Dette er ikke en fortegnelse fra Fortegnelse: det er ikke en SQLite-database.</translation>
    </message>
    <message>
        <source>The file is read-only; Fortegnelse saves every change at once, so it needs to write to it. Open a copy instead.</source>
        <translation>Filen er skrivebeskyttet; Fortegnelse gemmer alle ændringer med det samme og skal derfor kunne skrive til den. Åbn en kopi i stedet.</translation>
    </message>
    <message>
        <source>The file cannot be opened as a database: %1</source>
        <translation>Filen kan ikke åbnes som database: %1</translation>
    </message>
    <message>
        <source>The file is damaged (the database integrity check failed).</source>
        <translation>Filen er beskadiget (databasens integritetskontrol mislykkedes).</translation>
    </message>
    <message>
        <source>This is an SQLite database, but not a Fortegnelse register.</source>
        <translation>Dette er en SQLite-database, men ikke en fortegnelse fra Fortegnelse.</translation>
    </message>
    <message>
        <source>The file is damaged: it has no valid schema version.</source>
        <translation>Filen er beskadiget: den har ingen gyldig skemaversion.</translation>
    </message>
    <message>
        <source>This register was saved by a newer version of Fortegnelse (file format %1; this version reads up to %2). Update Fortegnelse to open it.</source>
        <translation>Denne fortegnelse er gemt af en nyere version af Fortegnelse (filformat %1; denne version kan læse op til %2). Opdater Fortegnelse for at åbne den.</translation>
    </message>
    <message>
        <source>The file is damaged: %1</source>
        <translation>Filen er beskadiget: %1</translation>
    </message>
    <message>
        <source>The register needs updating to the current file format, but a backup could not be written to %1. The file was left as it was.</source>
        <translation>Fortegnelsen skal opdateres til det aktuelle filformat, men der kunne ikke skrives en sikkerhedskopi til %1. Filen er ikke ændret.</translation>
    </message>
    <message>
        <source>Updating the file format failed: %1. A backup of the file as it was is beside it.</source>
        <translation>Opdateringen af filformatet mislykkedes: %1. En sikkerhedskopi af filen, som den var, ligger ved siden af den.</translation>
    </message>
    <message>
        <source>A copy cannot replace the register it is a copy of.</source>
        <translation>En kopi kan ikke erstatte den fortegnelse, den er en kopi af.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::TemplateSet</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan ikke læses: %2</translation>
    </message>
    <message>
        <source>There is no template %1 for the language &quot;%2&quot;.</source>
        <translation>Der findes ingen skabelon %1 for sproget &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a policy language; use da, nb, sv or en.</source>
        <translation>&quot;%1&quot; er ikke et sprog for privatlivspolitikken; brug da, nb, sv eller en.</translation>
    </message>
    <message>
        <source>The template folder %1 does not exist.</source>
        <translation>Skabelonmappen %1 findes ikke.</translation>
    </message>
    <message>
        <source>language.json for &quot;%1&quot; is not a JSON object: %2</source>
        <translation>language.json for &quot;%1&quot; er ikke et JSON-objekt: %2</translation>
    </message>
</context>
<context>
    <name>Undo Commands</name>
    <message>
        <source>subject category</source>
        <translation>kategori af registrerede</translation>
    </message>
    <message>
        <source>data category</source>
        <translation>kategori af personoplysninger</translation>
    </message>
    <message>
        <source>processing activity</source>
        <translation>behandlingsaktivitet</translation>
    </message>
    <message>
        <source>party</source>
        <translation>part</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>overførsel</translation>
    </message>
    <message>
        <source>security measure</source>
        <translation>sikkerhedsforanstaltning</translation>
    </message>
    <message>
        <source>cookie</source>
        <translation>cookie</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>policy settings</source>
        <translation>indstillinger for privatlivspolitik</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Rediger %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Tilføj %1</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Dupliker %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Slet %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Ret %1</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Tilføj til %1</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Fjern fra %1</translation>
    </message>
    <message>
        <source>Publish policy version %1</source>
        <translation>Offentliggør privatlivspolitik, version %1</translation>
    </message>
    <message>
        <source>Change which data concern whom</source>
        <translation>Ret, hvilke oplysninger der vedrører hvem</translation>
    </message>
</context>
</TS>
