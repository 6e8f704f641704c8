<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>Fortegnelse</name>
    <message>
        <source>The register is on a network drive (%1). Two people editing it at once can damage it there; keep one copy per person, or use a Fortegnelse server for a team.</source>
        <translation type="vanished">Fortegnelsen ligger på et netværksdrev (%1). Hvis to personer redigerer den samtidig, kan den blive beskadiget; hav én kopi pr. person, eller brug en Fortegnelse-server til et team.</translation>
    </message>
    <message>
        <source>Updating the register on the server to schema %1 failed, and it was left at %2: %3</source>
        <translation type="vanished">Opdateringen af fortegnelsen på serveren til skema %1 mislykkedes, og den står stadig på skema %2: %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="vanished">(tom)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="vanished">ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="vanished">nej</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation type="vanished">Ingen forskelle.</translation>
    </message>
    <message>
        <source>%1: added</source>
        <translation type="vanished">%1: tilføjet</translation>
    </message>
    <message>
        <source>%1: removed</source>
        <translation type="vanished">%1: fjernet</translation>
    </message>
    <message>
        <source>the register was changed outside Fortegnelse after %1, so its earlier state is not known</source>
        <translation type="vanished">fortegnelsen blev ændret uden for Fortegnelse efter %1, så dens tidligere tilstand kendes ikke</translation>
    </message>
    <message>
        <source>the earlier state could not be rebuilt</source>
        <translation type="vanished">den tidligere tilstand kunne ikke genskabes</translation>
    </message>
    <message>
        <source>the earlier state could not be rebuilt: %1</source>
        <translation type="vanished">den tidligere tilstand kunne ikke genskabes: %1</translation>
    </message>
    <message>
        <source>%1 exists already; a copy never replaces a register.</source>
        <translation type="vanished">%1 findes allerede; en kopi erstatter aldrig en fortegnelse.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::AboutDialog</name>
    <message>
        <location filename="../views/aboutdialog.cpp" line="+11"/>
        <source>Keeps the record of processing activities (GDPR Article 30) and writes the privacy policy from it.</source>
        <translation>Fører fortegnelsen over behandlingsaktiviteter (GDPR artikel 30) og skriver privatlivspolitikken ud fra den.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licence: none is stated yet. Ask the authors before you redistribute it.</source>
        <translation>Licens: der er endnu ikke angivet nogen. Spørg forfatterne, før du videredistribuerer programmet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Bygget med Qt %1, kører på Qt %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Made with %1. Each licence&apos;s full text is in /usr/share/doc/&lt;i&gt;package&lt;/i&gt;/copyright.</source>
        <translation>Lavet med %1. Den fulde tekst af hver licens findes i /usr/share/doc/&lt;i&gt;pakke&lt;/i&gt;/copyright.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fortegnelse helps keep a record and write a notice. It is not legal advice: have a lawyer review the generated texts for your organisation.</source>
        <translation>Fortegnelse hjælper med at føre en fortegnelse og skrive en privatlivspolitik. Det er ikke juridisk rådgivning: lad en advokat gennemgå de dannede tekster for din organisation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Fortegnelse</source>
        <translation>Om Fortegnelse</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::ActivityEditor</name>
    <message>
        <location filename="../views/activityeditor.cpp" line="+40"/>
        <source>Overview</source>
        <translation>Oversigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purposes and bases</source>
        <translation>Formål og grundlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People and data</source>
        <translation>Registrerede og oplysninger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Modtagere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfers</source>
        <translation>Overførsler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention</source>
        <translation>Opbevaring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Sikkerhed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPIA and review</source>
        <translation>Konsekvensanalyse og gennemgang</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Fill from a Danish activity template…</source>
        <translation>Udfyld fra en dansk aktivitetsskabelon…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adds the template&apos;s purposes and legal bases, people and data, retention rules and typical recipients to this activity, as one step you can undo. Check every value.</source>
        <translation>Tilføjer skabelonens formål og behandlingsgrundlag, registrerede og oplysninger, opbevaringsregler og typiske modtagere til denne aktivitet som ét trin, du kan fortryde. Kontrollér hver værdi.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New data category…</source>
        <translation>Ny kategori af personoplysninger…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New subject…</source>
        <translation>Ny kategori af registrerede…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New party…</source>
        <translation>Ny part…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a shipped retention rule…</source>
        <translation>Tilføj en medfølgende opbevaringsregel…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add a common security measure…</source>
        <translation>Tilføj en almindelig sikkerhedsforanstaltning…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Create</source>
        <translation>Opret</translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problemer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complete: every required field is filled and the checks find nothing.</source>
        <translation>Færdig: alle påkrævede felter er udfyldt, og kontrollen finder intet.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %2 required fields filled; %n problem(s) in this section.</source>
        <translation>
            <numerusform>%1 af %2 påkrævede felter udfyldt; %n problem i dette afsnit.</numerusform>
            <numerusform>%1 af %2 påkrævede felter udfyldt; %n problemer i dette afsnit.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No transfer of the register names this activity.</source>
        <translation>Ingen overførsel i fortegnelsen angiver denne aktivitet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfers recorded for this activity:</source>
        <translation>Overførsler registreret for denne aktivitet:</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Checks</name>
    <message>
        <location filename="../model/checksupport.cpp" line="+50"/>
        <source>“%1”</source>
        <translation>”%1”</translation>
    </message>
    <message>
        <location filename="../model/checksactivity.cpp" line="+28"/>
        <source>the Norwegian Datatilsynet’s list</source>
        <translation>det norske Datatilsynets liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IMY’s list</source>
        <translation>IMY&apos;s liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Danish Datatilsynet’s list</source>
        <translation>Datatilsynets liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your supervisory authority’s list</source>
        <translation>din tilsynsmyndigheds liste</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>purpose %1</source>
        <translation>formål %1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The disclosure of “%1” to “%2” does not say which data categories and which categories of data subjects it concerns. Datatilsynet’s 2020 guidance on Art. 30(1)(d) asks for both, and a notice for one category of data subjects leaves the recipient out unless the disclosure names that category.</source>
        <translation>Videregivelsen til ”%2” i ”%1” angiver ikke, hvilke kategorier af personoplysninger og hvilke kategorier af registrerede den vedrører. Datatilsynets vejledning fra 2020 om art. 30, stk. 1, litra d, beder om begge dele, og en meddelelse til én kategori af registrerede udelader modtageren, medmindre videregivelsen nævner den kategori.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” discloses data to “%2” in %3, but the register records no transfer to %3 for it. Art. 30(1)(e) requires every transfer to a third country to be recorded.</source>
        <translation>”%1” videregiver oplysninger til ”%2” i %3, men fortegnelsen indeholder ingen overførsel til %3 for aktiviteten. Efter art. 30, stk. 1, litra e, skal enhver overførsel til et tredjeland fremgå af fortegnelsen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” discloses data to “%2”, whose processor chain includes “%3” in %4, but the register records no transfer to %4 for it. Transfers follow the processor and sub-processor chain, and Art. 30(1)(e) requires each to be recorded.</source>
        <translation>”%1” videregiver oplysninger til ”%2”, hvis kæde af databehandlere omfatter ”%3” i %4, men fortegnelsen indeholder ingen overførsel til %4 for aktiviteten. Overførsler følger kæden af databehandlere og underdatabehandlere, og efter art. 30, stk. 1, litra e, skal hver af dem fremgå af fortegnelsen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is recorded as transferring no data to third countries, but a recipient is outside the EU/EEA or a transfer is recorded for it. Correct one or the other: Art. 13(1)(f) and 30(1)(e) require the transfers to be stated as they are.</source>
        <translation>”%1” er registreret som en aktivitet uden overførsel af oplysninger til tredjelande, men en modtager er uden for EU/EØS, eller der er registreret en overførsel til den. Ret det ene eller det andet: Efter art. 13, stk. 1, litra f, og art. 30, stk. 1, litra e, skal overførslerne angives, som de faktisk er.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is recorded as transferring data to third countries, but no transfer says where to or on which mechanism. Art. 30(1)(e) and 13(1)(f) require the third country and the safeguards.</source>
        <translation>”%1” er registreret som en aktivitet med overførsel af oplysninger til tredjelande, men ingen overførsel angiver hvortil eller på hvilket overførselsgrundlag. Efter art. 30, stk. 1, litra e, og art. 13, stk. 1, litra f, skal tredjelandet og de fornødne garantier angives.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” discloses data to %2, whose country is not recorded, so no document can say whether data leaves the EU/EEA. Record each recipient’s country, or record that the activity transfers no data to third countries (Art. 13(1)(f), Art. 30(1)(e)).</source>
        <translation>”%1” videregiver oplysninger til %2, hvis land ikke er registreret, så intet dokument kan angive, om oplysningerne forlader EU/EØS. Registrer hver modtagers land, eller registrer, at aktiviteten ikke overfører oplysninger til tredjelande (art. 13, stk. 1, litra f, art. 30, stk. 1, litra e).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is carried out as joint controller but names no other controller. Art. 30(1)(a) requires the joint controllers in the record, and Art. 26 an arrangement with them.</source>
        <translation>”%1” udføres som fælles dataansvarlig, men der er ikke angivet nogen anden dataansvarlig. Efter art. 30, stk. 1, litra a, skal de fælles dataansvarlige fremgå af fortegnelsen, og art. 26 kræver en ordning med dem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” has no purpose. Art. 30(1)(b) requires the purposes of the processing in the record, and Art. 13(1)(c) in the privacy notice.</source>
        <translation>”%1” har intet formål. Efter art. 30, stk. 1, litra b, skal formålene med behandlingen fremgå af fortegnelsen, og efter art. 13, stk. 1, litra c, af privatlivspolitikken.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The purpose “%1” of “%2” has no legal basis. Every purpose needs one under Art. 6(1), and Art. 13(1)(c) requires it in the privacy notice.</source>
        <translation>Formålet ”%1” i ”%2” har intet behandlingsgrundlag. Ethvert formål skal have et efter art. 6, stk. 1, og efter art. 13, stk. 1, litra c, skal det fremgå af privatlivspolitikken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The purpose “%1” of “%2” relies on legitimate interests, but the interest pursued is not described. Art. 13(1)(d) requires telling people what it is.</source>
        <translation>Formålet ”%1” i ”%2” bygger på legitim interesse, men den forfulgte interesse er ikke beskrevet. Efter art. 13, stk. 1, litra d, skal de registrerede have oplyst, hvilken interesse det er.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The purpose “%1” of “%2” relies on %3, which is the law of %4, but the organisation is not established there. Record the ground of the controller’s own national law.</source>
        <translation>Formålet ”%1” i ”%2” bygger på %3, som hører til lovgivningen i %4, men organisationen er ikke etableret der. Registrer grundlaget i den dataansvarliges egen nationale lovgivning.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The purpose “%1” of “%2” relies on consent, but the register does not say where proof of consent is kept. Art. 7(1) requires the controller to be able to demonstrate consent.</source>
        <translation>Formålet ”%1” i ”%2” bygger på samtykke, men fortegnelsen angiver ikke, hvor dokumentationen for samtykket opbevares. Efter art. 7, stk. 1, skal den dataansvarlige kunne påvise samtykket.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>“%1” processes special categories of data (%2), but no purpose names an Art. 9(2) condition. Art. 9(1) prohibits the processing without one.</source>
        <translation>”%1” behandler særlige kategorier af personoplysninger (%2), men intet formål angiver en undtagelse i art. 9, stk. 2. Uden en sådan undtagelse er behandlingen forbudt efter art. 9, stk. 1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” processes data about criminal offences (%2), but no purpose names a basis in databeskyttelsesloven § 8. Art. 10 allows the processing only where national law authorises it.</source>
        <translation>”%1” behandler oplysninger om strafbare forhold (%2), men intet formål angiver et grundlag i databeskyttelseslovens § 8. Efter art. 10 må behandlingen kun ske, hvis national ret giver hjemmel til det.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” processes data about criminal offences (%2), but no purpose names personopplysningsloven § 11 as its basis. Art. 10 allows the processing only where national law authorises it.</source>
        <translation>”%1” behandler oplysninger om strafbare forhold (%2), men intet formål angiver personopplysningsloven § 11 som grundlag. Efter art. 10 må behandlingen kun finde sted, hvis national ret giver hjemmel til det.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” processes data about criminal offences (%2), but no purpose names dataskyddslagen (2018:218) 3 kap. 8 § with förordning (2018:219) as its basis. Art. 10 allows the processing only where national law authorises it.</source>
        <translation>”%1” behandler oplysninger om strafbare forhold (%2), men intet formål angiver dataskyddslagen (2018:218) 3 kap. 8 § med förordning (2018:219) som grundlag. Efter art. 10 må behandlingen kun finde sted, hvis national ret giver hjemmel til det.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” processes data about criminal offences (%2). Art. 10 allows this only where national law authorises it; record the provision you rely on.</source>
        <translation>”%1” behandler oplysninger om strafbare forhold (%2). Efter art. 10 er det kun tilladt, hvis national ret giver hjemmel til det; angiv den bestemmelse, du bygger på.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” processes CPR numbers (%2), but no purpose names a ground in databeskyttelsesloven § 11. Private controllers may process CPR numbers only on the grounds in § 11(2).</source>
        <translation>”%1” behandler CPR-numre (%2), men intet formål angiver et grundlag i databeskyttelseslovens § 11. Private dataansvarlige må kun behandle CPR-numre på de grundlag, der er nævnt i § 11, stk. 2.</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>In “%1”, the import linked %2 to every category of personal data, because the file did not say which data concern whom. Confirm or prune the links: until then the record shows them as not stated (Art. 30(1)(c), Datatilsynet’s 2020 guidance).</source>
        <translation>I ”%1” har importen knyttet %2 til alle kategorier af personoplysninger, fordi filen ikke angav, hvilke oplysninger der vedrører hvem. Bekræft eller ret sammenhængene: indtil da viser fortegnelsen dem som ikke angivet (art. 30, stk. 1, litra c, Datatilsynets vejledning fra 2020).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In “%1”, the import gave %2 every category of personal data about everyone, because the file did not say what each recipient receives. Confirm or narrow it: until then the record shows it as not stated (Art. 30(1)(d)).</source>
        <translation>I ”%1” har importen givet %2 alle kategorier af personoplysninger om alle registrerede, fordi filen ikke angav, hvad hver modtager får. Bekræft eller indskrænk det: indtil da viser fortegnelsen det som ikke angivet (art. 30, stk. 1, litra d).</translation>
    </message>
    <message>
        <source>“%1” processes national identification numbers (%2). Art. 87 lets national law set conditions for them (e.g. personopplysningsloven § 12, dataskyddslagen 3 kap. 10 §); record the ground you rely on.</source>
        <translation type="vanished">”%1” behandler nationale identifikationsnumre (%2). Efter art. 87 kan national ret fastsætte betingelser for dem (f.eks. personopplysningsloven § 12, dataskyddslagen 3 kap. 10 §); angiv det grundlag, du bygger på.</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>“%1” relies on consent and concerns children. In Denmark the age of digital consent is 15 (databeskyttelsesloven § 6(2), Art. 8(1)); below it a parent must give or authorise consent.</source>
        <translation>”%1” bygger på samtykke og vedrører børn. I Danmark er aldersgrænsen for digitalt samtykke 15 år (databeskyttelseslovens § 6, stk. 2, og art. 8, stk. 1); under den skal indehaveren af forældremyndigheden give eller godkende samtykket.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” lists no categories of personal data. Art. 30(1)(c) requires them in the record.</source>
        <translation>”%1” angiver ingen kategorier af personoplysninger. Efter art. 30, stk. 1, litra c, skal de fremgå af fortegnelsen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>In “%1”, %2 is not linked to any category of data subjects. Datatilsynet’s 2020 guidance on Art. 30(1)(c) requires a clear link between data categories and data subjects.</source>
        <translation>I ”%1” er %2 ikke knyttet til nogen kategori af registrerede. Datatilsynets vejledning fra 2020 om art. 30, stk. 1, litra c, kræver en klar sammenhæng mellem kategorier af personoplysninger og registrerede.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>In “%1”, no retention rule covers %2. Art. 30(1)(f) asks for the time limits for erasure, and Art. 13(2)(a) requires them in the privacy notice.</source>
        <translation>I ”%1” er der ingen opbevaringsregel, der omfatter %2. Art. 30, stk. 1, litra f, beder om de forventede tidsfrister for sletning, og efter art. 13, stk. 2, litra a, skal de fremgå af privatlivspolitikken.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A retention rule of “%1” gives neither a period nor a criterion. Art. 13(2)(a) requires one or the other (WP260 rev.01).</source>
        <translation>En opbevaringsregel i ”%1” angiver hverken en periode eller et kriterium. Art. 13, stk. 2, litra a, kræver det ene eller det andet (WP260 rev.01).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A retention rule of “%1” says only that data is kept as long as necessary. WP260 rev.01 does not accept this: state a period, or a criterion such as an event or a statutory period.</source>
        <translation>En opbevaringsregel i ”%1” siger kun, at oplysningerne opbevares, så længe det er nødvendigt. Det godtager WP260 rev.01 ikke: angiv en periode eller et kriterium, f.eks. en hændelse eller en lovbestemt frist.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” makes automated decisions, but the logic involved or their significance and consequences are not described. Art. 13(2)(f) and 14(2)(g) require both.</source>
        <translation>”%1” træffer automatiske afgørelser, men logikken bag dem eller deres betydning og konsekvenser er ikke beskrevet. Art. 13, stk. 2, litra f, og art. 14, stk. 2, litra g, kræver begge dele.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>automated decisions based on profiling (Art. 35(3)(a))</source>
        <translation>automatiske afgørelser baseret på profilering (art. 35, stk. 3, litra a)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>special categories or criminal-offence data about several groups of people or children (Art. 35(3)(b))</source>
        <translation>særlige kategorier af personoplysninger eller oplysninger om strafbare forhold om flere grupper af personer eller om børn (art. 35, stk. 3, litra b)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>systematic monitoring (Art. 35(3)(c))</source>
        <translation>systematisk overvågning (art. 35, stk. 3, litra c)</translation>
    </message>
    <message>
        <source>“%1” involves %2, so a data protection impact assessment is likely required (Art. 35 and Datatilsynet’s list). Record a DPIA, or the reason none is needed.</source>
        <translation type="vanished">”%1” omfatter %2, så der kræves sandsynligvis en konsekvensanalyse vedrørende databeskyttelse (art. 35 og Datatilsynets liste). Registrer en konsekvensanalyse eller begrundelsen for, at der ikke er brug for en.</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>“%1” processes national identity numbers (%2), but no purpose names personopplysningsloven § 12 as its ground. They may be processed only where there is an objective need for secure identification and the method is necessary (Art. 87).</source>
        <translation>”%1” behandler nationale identifikationsnumre (%2), men intet formål angiver personopplysningsloven § 12 som grundlag. De må kun behandles, når der er et sagligt behov for sikker identifikation, og metoden er nødvendig (art. 87).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” processes personal identity numbers (%2), but no purpose names dataskyddslagen (2018:218) 3 kap. 10 § as its ground. Without consent they may be processed only where clearly justified (Art. 87).</source>
        <translation>”%1” behandler svenske personnumre (%2), men intet formål angiver dataskyddslagen (2018:218) 3 kap. 10 § som grundlag. Uden samtykke må de kun behandles, når det er klart begrundet (art. 87).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” processes national identification numbers (%2). Art. 87 lets national law set conditions for them; record the ground you rely on.</source>
        <translation>”%1” behandler nationale identifikationsnumre (%2). Efter art. 87 kan national ret fastsætte betingelser for dem; registrer det grundlag, behandlingen bygger på.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” relies on consent and concerns children. In Norway the age of digital consent is 13 (personopplysningsloven § 5, Art. 8(1)); below it a parent must give or authorise consent.</source>
        <translation>”%1” bygger på samtykke og vedrører børn. I Norge er aldersgrænsen for digitalt samtykke 13 år (personopplysningsloven § 5, art. 8, stk. 1); under den skal en forælder give eller godkende samtykket.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” relies on consent and concerns children. In Sweden the age of digital consent is 13 (dataskyddslagen (2018:218) 2 kap. 4 §, Art. 8(1)); below it a parent must give or authorise consent.</source>
        <translation>”%1” bygger på samtykke og vedrører børn. I Sverige er aldersgrænsen for digitalt samtykke 13 år (dataskyddslagen (2018:218) 2 kap. 4 §, art. 8, stk. 1); under den skal en forælder give eller godkende samtykket.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>In “%1”, %2 is not linked to any category of data subjects. Art. 30(1)(c) asks for the categories of data subjects and of personal data, and the record is clearer when each data category is tied to the people it concerns.</source>
        <translation>I ”%1” er %2 ikke knyttet til nogen kategori af registrerede. Efter art. 30, stk. 1, litra c, skal kategorierne af registrerede og af personoplysninger fremgå, og fortegnelsen bliver tydeligere, når hver kategori af oplysninger er knyttet til de personer, den vedrører.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In “%1”, no category of personal data is ticked for %2. Art. 30(1)(c) asks which data the activity processes about each category of data subjects; the record shows the row as not stated.</source>
        <translation>I ”%1” er der ikke krydset nogen kategori af personoplysninger af for %2. Art. 30, stk. 1, litra c, spørger, hvilke oplysninger aktiviteten behandler om hver kategori af registrerede; fortegnelsen viser rækken som ikke angivet.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nobody has recorded whether “%1” involves automated decisions, including profiling. Art. 13(2)(f) and 14(2)(g) require the privacy notice to say so: record the answer, its reason and the date.</source>
        <translation>Ingen har registreret, om ”%1” omfatter automatiske afgørelser, herunder profilering. Efter art. 13, stk. 2, litra f, og art. 14, stk. 2, litra g, skal privatlivspolitikken oplyse om det: registrer svaret, begrundelsen og datoen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody has recorded whether people must provide the data for “%1”. Art. 13(2)(e) requires the privacy notice to say whether it is a statutory or contractual requirement, and what happens if they do not: record the answer, its reason and the date.</source>
        <translation>Ingen har registreret, om de registrerede skal give oplysningerne til ”%1”. Efter art. 13, stk. 2, litra e, skal privatlivspolitikken oplyse, om det er et lovkrav eller et kontraktligt krav, og hvad følgerne er, hvis de ikke gør det: registrer svaret, begrundelsen og datoen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” involves %2, so a data protection impact assessment is likely required (Art. 35 and %3). Record a DPIA, or the reason none is needed.</source>
        <translation>”%1” omfatter %2, så der kræves sandsynligvis en konsekvensanalyse vedrørende databeskyttelse (art. 35 og %3). Registrer en konsekvensanalyse eller begrundelsen for, at der ikke er brug for en.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody has recorded whether “%1” needs a data protection impact assessment. Art. 35(1) asks the controller to decide before the processing starts, and Art. 5(2) to be able to show it: record the answer, its reason and the date.</source>
        <translation>Ingen har registreret, om ”%1” kræver en konsekvensanalyse vedrørende databeskyttelse. Efter art. 35, stk. 1, skal den dataansvarlige tage stilling, før behandlingen påbegyndes, og efter art. 5, stk. 2, kunne påvise det: registrer svaret, begrundelsen og datoen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A data protection impact assessment is required for “%1” but not recorded as done. Art. 35(1) requires it before the processing starts.</source>
        <translation>Der kræves en konsekvensanalyse vedrørende databeskyttelse for ”%1”, men den er ikke registreret som udført. Efter art. 35, stk. 1, skal den foretages, før behandlingen påbegyndes.</translation>
    </message>
    <message>
        <location filename="../model/checks.cpp" line="+65"/>
        <source>The organisation has no name. The record must name the controller (Art. 30(1)(a)), and so must the privacy notice (Art. 13(1)(a)).</source>
        <translation>Organisationen har intet navn. Fortegnelsen skal angive den dataansvarliges navn (art. 30, stk. 1, litra a), og det skal privatlivspolitikken også (art. 13, stk. 1, litra a).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The organisation has no postal address. Art. 13(1)(a) and 14(1)(a) require the controller’s contact details in the privacy notice.</source>
        <translation>Organisationen har ingen postadresse. Efter art. 13, stk. 1, litra a, og art. 14, stk. 1, litra a, skal den dataansvarliges kontaktoplysninger fremgå af privatlivspolitikken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The organisation has neither an e-mail address nor a phone number. People need a direct way to reach the controller (Art. 13(1)(a), Art. 12(2)).</source>
        <translation>Organisationen har hverken en e-mailadresse eller et telefonnummer. De registrerede skal have en direkte måde at kontakte den dataansvarlige på (art. 13, stk. 1, litra a, og art. 12, stk. 2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The privacy policy can give no way to contact the controller: there is no e-mail address, phone number or contact page. Art. 13(1)(a) and 14(1)(a) require the controller’s contact details, and Art. 12(2) that people can exercise their rights.</source>
        <translation>Privatlivspolitikken kan ikke angive nogen måde at kontakte den dataansvarlige på: der er ingen e-mailadresse, intet telefonnummer og ingen kontaktside. Efter art. 13, stk. 1, litra a, og art. 14, stk. 1, litra a, skal den dataansvarliges kontaktoplysninger fremgå, og efter art. 12, stk. 2, skal de registrerede kunne udøve deres rettigheder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data protection officer “%1” has no e-mail address or phone number. Art. 37(7) and 13(1)(b) require the DPO’s contact details to be published.</source>
        <translation>Databeskyttelsesrådgiveren ”%1” har hverken e-mailadresse eller telefonnummer. Efter art. 37, stk. 7, og art. 13, stk. 1, litra b, skal databeskyttelsesrådgiverens kontaktoplysninger offentliggøres.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The privacy policy has not been published yet. The information in Art. 13 and 14 must be given to people when their data is collected.</source>
        <translation>Privatlivspolitikken er endnu ikke offentliggjort. Oplysningerne i art. 13 og 14 skal gives til de registrerede, når deres oplysninger indsamles.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The privacy policy was published on %1, but the register has changed since, on %2. Publish it again so that the information given under Art. 13 and 14 matches the record (WP260 rev.01 on changes to the information).</source>
        <translation>Privatlivspolitikken blev offentliggjort den %1, men fortegnelsen er siden blevet ændret, senest den %2. Offentliggør den igen, så oplysningerne efter art. 13 og 14 svarer til fortegnelsen (WP260 rev.01 om ændringer af oplysningerne).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The website sets cookies that need consent, but the register does not say where visitors withdraw it, so the privacy policy says nothing about it. Art. 7(3) requires withdrawing consent to be as easy as giving it, and the notice to say so.</source>
        <translation>Hjemmesiden sætter cookies, der kræver samtykke, men fortegnelsen angiver ikke, hvor besøgende trækker det tilbage, så privatlivspolitikken siger intet om det. Art. 7, stk. 3, kræver, at det er lige så let at trække samtykket tilbage som at give det, og at den registrerede får det at vide.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The cookie “%1” does not say where its provider is, so the privacy policy cannot say whether data leaves the EU/EEA. Art. 13(1)(f) requires the notice to state transfers to third countries.</source>
        <translation>Cookien ”%1” angiver ikke, hvor udbyderen er, så privatlivspolitikken kan ikke oplyse, om oplysningerne forlader EU/EØS. Efter art. 13, stk. 1, litra f, skal privatlivspolitikken oplyse om overførsler til tredjelande.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The provider of the cookie “%1” is in %2, but the register records no transfer to %2. Art. 13(1)(f) and 30(1)(e) require the transfer and its mechanism to be recorded.</source>
        <translation>Udbyderen af cookien ”%1” er i %2, men fortegnelsen indeholder ingen overførsel til %2. Efter art. 13, stk. 1, litra f, og art. 30, stk. 1, litra e, skal overførslen og dens overførselsgrundlag registreres.</translation>
    </message>
    <message>
        <location filename="../model/checksactivity.cpp" line="+49"/>
        <source>“%1” is carried out as processor but does not name the controller it is done for. Art. 30(2)(a) requires the name and contact details of each controller.</source>
        <translation>”%1” udføres som databehandler, men den dataansvarlige, som behandlingen udføres for, er ikke angivet. Efter art. 30, stk. 2, litra a, skal navn og kontaktoplysninger på hver dataansvarlig fremgå.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The data protection impact assessment of “%1” was due for review on %2. Art. 35(11) asks for a review at least when the risk of the processing changes.</source>
        <translation>Konsekvensanalysen vedrørende databeskyttelse for ”%1” skulle have været gennemgået senest den %2. Efter art. 35, stk. 11, skal der foretages en fornyet vurdering, i det mindste når der er ændringer i den risiko, som behandlingen udgør.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” was due for review on %2. Keeping the record up to date is part of accountability (Art. 5(2), Art. 24(1)).</source>
        <translation>”%1” skulle have været gennemgået senest den %2. At holde fortegnelsen ajour er en del af ansvarligheden (art. 5, stk. 2, og art. 24, stk. 1).</translation>
    </message>
    <message>
        <location filename="../model/checksparty.cpp" line="+34"/>
        <source>“%1” is a class of clients, but the register does not say where the clients are listed. Art. 30(2)(a) requires the name and contact details of each controller we act for: record where the list is kept (CRM, agreement archive).</source>
        <translation>”%1” er en gruppe af kunder, men fortegnelsen angiver ikke, hvor kunderne er opført. Efter art. 30, stk. 2, litra a, skal navn og kontaktoplysninger på hver dataansvarlig, vi handler på vegne af, fremgå: registrer, hvor listen opbevares (CRM, aftalearkiv).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” has no country. Where a recipient is established decides whether the transfer rules in Chapter V apply and what Art. 30(1)(e) requires to be recorded.</source>
        <translation>”%1” har intet land. Hvor en modtager er etableret, afgør, om reglerne om overførsel i kapitel V gælder, og hvad der efter art. 30, stk. 1, litra e, skal fremgå af fortegnelsen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sub-processor “%1” is not linked to the processor that engaged it, and no activity we carry out as processor discloses data to it. Art. 28(2) and (4) tie every sub-processor to a processor, and transfers follow that chain.</source>
        <translation>Underdatabehandleren ”%1” er ikke knyttet til den databehandler, der har antaget den, og ingen aktivitet, som vi udfører som databehandler, videregiver oplysninger til den. Art. 28, stk. 2 og 4, knytter enhver underdatabehandler til en databehandler, og overførsler følger denne kæde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sub-processor “%1” is placed under “%2”, which is not a processor. Under Art. 28(4) a sub-processor is engaged by a processor.</source>
        <translation>Underdatabehandleren ”%1” er placeret under ”%2”, som ikke er databehandler. Efter art. 28, stk. 4, antages en underdatabehandler af en databehandler.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No data processing agreement is recorded for the processor “%1”. Art. 28(3) and (4) require a written contract (Art. 28(9)).</source>
        <translation>Der er ikke registreret nogen databehandleraftale for databehandleren ”%1”. Art. 28, stk. 3 og 4, kræver en skriftlig kontrakt (art. 28, stk. 9).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agreement with “%1” was due for review on %2. Review it to show it still meets Art. 28(3) (accountability, Art. 5(2)).</source>
        <translation>Aftalen med ”%1” skulle have været gennemgået senest den %2. Gennemgå den for at vise, at den stadig opfylder art. 28, stk. 3 (ansvarlighed, art. 5, stk. 2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The essence of the arrangement with the joint controller “%1” is not described. Art. 26(2) requires it to be made available to the data subjects.</source>
        <translation>Det væsentligste indhold af ordningen med den fælles dataansvarlige ”%1” er ikke beskrevet. Efter art. 26, stk. 2, skal det stilles til rådighed for de registrerede.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transfers to “%1” in the United States rely on the adequacy decision, but “%1” is not recorded as certified under the EU-US Data Privacy Framework. Decision (EU) 2023/1795 covers certified organisations only.</source>
        <translation>Overførsler til ”%1” i USA bygger på tilstrækkelighedsafgørelsen, men ”%1” er ikke registreret som certificeret under EU-US Data Privacy Framework. Afgørelse (EU) 2023/1795 omfatter kun certificerede organisationer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is not recorded when the Data Privacy Framework certification of “%1” was checked. Check the DPF list and record the date, since adequacy under Decision (EU) 2023/1795 lasts only while the certification does.</source>
        <translation>Det er ikke registreret, hvornår Data Privacy Framework-certificeringen af ”%1” blev kontrolleret. Kontroller DPF-listen, og registrer datoen, da tilstrækkeligheden efter afgørelse (EU) 2023/1795 kun gælder, så længe certificeringen gør.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Data Privacy Framework certification of “%1” was last checked on %2, more than a year ago. Certifications lapse; check the DPF list again (Decision (EU) 2023/1795).</source>
        <translation>Data Privacy Framework-certificeringen af ”%1” blev sidst kontrolleret den %2, for mere end et år siden. Certificeringer kan bortfalde; kontroller DPF-listen igen (afgørelse (EU) 2023/1795).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The transfer to “%1” goes to %2, which is in the EU/EEA. Chapter V does not apply there, so this is not a transfer to record under Art. 30(1)(e); the recipient belongs in the activities’ recipients.</source>
        <translation>Overførslen til ”%1” går til %2, som ligger i EU/EØS. Kapitel V gælder ikke dér, så det er ikke en overførsel, der skal registreres efter art. 30, stk. 1, litra e; modtageren hører til blandt behandlingsaktiviteternes modtagere.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The transfer to “%1” goes to %2, which has no adequacy decision, and names no transfer mechanism. Art. 44 and 46 require appropriate safeguards or, for occasional transfers, an Art. 49 derogation.</source>
        <translation>Overførslen til ”%1” går til %2, som ikke har nogen tilstrækkelighedsafgørelse, og angiver intet overførselsgrundlag. Art. 44 og 46 kræver fornødne garantier eller, ved lejlighedsvise overførsler, en undtagelse efter art. 49.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The transfer to “%1” names no mechanism, and the adequacy decision for %2 covers only part of the recipients there. Choose Art. 45 if the recipient is covered, or another mechanism.</source>
        <translation>Overførslen til ”%1” angiver intet overførselsgrundlag, og tilstrækkelighedsafgørelsen for %2 omfatter kun en del af modtagerne dér. Vælg art. 45, hvis modtageren er omfattet, eller et andet overførselsgrundlag.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The transfer to “%1” relies on the adequacy decision for %2 (%3), which is not yet incorporated in the EEA Agreement, so an exporter in %4 cannot rely on it. Use Art. 46 safeguards until it is.</source>
        <translation>Overførslen til ”%1” bygger på tilstrækkelighedsafgørelsen for %2 (%3), som endnu ikke er indarbejdet i EØS-aftalen, så en dataeksportør i %4 kan ikke bygge på den. Brug garantier efter art. 46, indtil den er.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The transfer to “%1” relies on an adequacy decision, but the Commission has adopted none for %2 (Art. 45). Use Art. 46 safeguards instead.</source>
        <translation>Overførslen til ”%1” bygger på en tilstrækkelighedsafgørelse, men Kommissionen har ikke vedtaget nogen for %2 (art. 45). Brug i stedet garantier efter art. 46.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The transfer to “%1” relies on an Art. 49 derogation but is part of an ongoing processing activity. Derogations are for occasional transfers only (EDPB Guidelines 2/2018); use Art. 46 safeguards for regular transfers.</source>
        <translation>Overførslen til ”%1” bygger på en undtagelse efter art. 49, men er en del af en løbende behandlingsaktivitet. Undtagelserne gælder kun lejlighedsvise overførsler (EDPB&apos;s retningslinjer 2/2018); brug garantier efter art. 46 til regelmæssige overførsler.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The transfer to “%1” relies on compelling legitimate interests, but the assessment and the safeguards are not documented. Art. 49(6) and 30(1)(e) require them in the record.</source>
        <translation>Overførslen til ”%1” bygger på vægtige legitime interesser, men vurderingen og garantierne er ikke dokumenteret. Efter art. 49, stk. 6, og art. 30, stk. 1, litra e, skal de fremgå af fortegnelsen.</translation>
    </message>
    <message>
        <location filename="../model/checks.cpp" line="+85"/>
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advice</source>
        <translation>Råd</translation>
    </message>
    <message>
        <location filename="../model/checksparty.cpp" line="-48"/>
        <source>The transfer to “%1” does not name the third country or international organisation. Art. 30(1)(e) and Art. 13(1)(f) require it: find it in the recipient’s sub-processor list.</source>
        <translation>Overførslen til ”%1” angiver ikke tredjelandet eller den internationale organisation. Det kræver art. 30, stk. 1, litra e, og art. 13, stk. 1, litra f: find det i modtagerens liste over underdatabehandlere.</translation>
    </message>
    <message>
        <location filename="../model/formatchecks.cpp" line="+39"/>
        <source>“%1” is not an e-mail address. Contact details in the register are given to the people it concerns and to the supervisory authority, so they must work (Art. 13(1)(a) and (b), Art. 30(1)(a)).</source>
        <translation>”%1” er ikke en e-mailadresse. Kontaktoplysningerne i fortegnelsen gives til de registrerede og til tilsynsmyndigheden, så de skal virke (art. 13, stk. 1, litra a og b, og art. 30, stk. 1, litra a).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a web address that can be followed. Write it in full, for example https://www.example.dk.</source>
        <translation>”%1” er ikke en webadresse, der kan følges. Skriv den fuldt ud, f.eks. https://www.example.dk.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A name is required. The record and the privacy policy name every item they list, and the problems list names it by it (Art. 30(1)).</source>
        <translation>Der skal angives et navn. Fortegnelsen og privatlivspolitikken angiver navnet på hvert element, de opregner, og problemlisten henviser til elementet ved dets navn (art. 30, stk. 1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/checkslanguage.cpp" line="+162"/>
        <source>%n text(s) written in the register have no %1 version, so a %1 privacy policy or record shows them in another language, such as %2. Art. 12(1) asks for the information in clear and plain language the reader understands.</source>
        <translation>
            <numerusform>%n tekst i fortegnelsen findes ikke på %1, så en privatlivspolitik eller fortegnelse på %1 viser den på et andet sprog, fx %2. Efter art. 12, stk. 1, skal oplysningerne gives i et klart og enkelt sprog, som læseren forstår.</numerusform>
            <numerusform>%n tekster i fortegnelsen findes ikke på %1, så en privatlivspolitik eller fortegnelse på %1 viser dem på et andet sprog, fx %2. Efter art. 12, stk. 1, skal oplysningerne gives i et klart og enkelt sprog, som læseren forstår.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Codes</name>
    <message>
        <location filename="../model/labels.cpp" line="+150"/>
        <source>Controller</source>
        <translation>Dataansvarlig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint controller</source>
        <translation>Fælles dataansvarlig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processor</source>
        <translation>Databehandler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-processor</source>
        <translation>Underdatabehandler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client controller</source>
        <translation>Dataansvarlig kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public authority</source>
        <translation>Offentlig myndighed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>Ophørt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordinary</source>
        <translation>Almindelig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special category (Art. 9)</source>
        <translation>Særlig kategori (art. 9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criminal offences (Art. 10)</source>
        <translation>Strafbare forhold (art. 10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPR or national identity number</source>
        <translation>CPR- eller andet nationalt identifikationsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Dage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weeks</source>
        <translation>Uger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months</source>
        <translation>Måneder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years</source>
        <translation>År</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Necessary</source>
        <translation>Nødvendig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Functional</source>
        <translation>Funktionel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing</source>
        <translation>Markedsføring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not required</source>
        <translation>Ikke påkrævet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not assessed</source>
        <translation>Ikke vurderet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voluntary</source>
        <translation>Frivilligt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required by law</source>
        <translation>Påkrævet ved lov</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required by contract</source>
        <translation>Påkrævet ved kontrakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed to enter into a contract</source>
        <translation>Nødvendigt for at indgå en kontrakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical</source>
        <translation>Teknisk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisational</source>
        <translation>Organisatorisk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norwegian (Bokmål)</source>
        <translation>Norsk (bokmål)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swedish</source>
        <translation>Svensk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The website&apos;s cookie settings</source>
        <translation>Hjemmesidens cookieindstillinger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The visitor&apos;s browser settings</source>
        <translation>Den besøgendes browserindstillinger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In short</source>
        <translation>Kort fortalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is responsible</source>
        <translation>Hvem er dataansvarlig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data protection officer</source>
        <translation>Databeskyttelsesrådgiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When we process data for others</source>
        <translation>Når vi behandler oplysninger for andre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purposes and legal bases</source>
        <translation>Formål og behandlingsgrundlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data we process</source>
        <translation>De oplysninger, vi behandler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the data comes from</source>
        <translation>Hvor oplysningerne kommer fra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Modtagere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfers outside the EU/EEA</source>
        <translation>Overførsler uden for EU/EØS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long we keep the data</source>
        <translation>Hvor længe vi opbevarer oplysningerne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automated decisions</source>
        <translation>Automatiske afgørelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must you provide the data?</source>
        <translation>Skal du give oplysningerne?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Sikkerhed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your rights</source>
        <translation>Dine rettigheder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation>Klager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes to this policy</source>
        <translation>Ændringer i denne privatlivspolitik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Governing law</source>
        <translation>Lovvalg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
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
  fortegnelse ropa-pdf IN.ropa --lang da|nb|sv|en [--record controller|processor|both]
                     -o OUT.pdf               write the Article 30 record as PDF
  fortegnelse check IN.ropa [--lang da|nb|sv|en] [--format text|json]
                                               check the register against the GDPR
  fortegnelse repair REG.ropa                  repair a damaged register (a backup is kept)
Exit status: 0 success, 2 bad arguments or bad input; check exits 1 when it finds errors.</source>
        <translation type="vanished">Brug:
  fortegnelse [FIL.ropa]                       åbn fortegnelsen i programmet
  fortegnelse import IN.json -o OUT.ropa       opret en fortegnelse fra JSON
  fortegnelse export-json IN.ropa -o OUT.json  skriv en fortegnelse som JSON (-o - for standardoutput)
  fortegnelse policy IN.ropa --lang da|nb|sv|en --format html|snippet|md|txt|odt|pdf
                     [--audience KATEGORI] [--templates MAPPE] -o OUT
                                               skriv privatlivspolitikken
  fortegnelse ropa-pdf IN.ropa --lang da|nb|sv|en [--record controller|processor|both]
                     -o OUT.pdf               skriv fortegnelsen efter artikel 30 som PDF
  fortegnelse check IN.ropa [--lang da|nb|sv|en] [--format text|json]
                                               kontrollér fortegnelsen i forhold til GDPR
  fortegnelse repair REG.ropa                  reparer en beskadiget fortegnelse (der gemmes en sikkerhedskopi)
Afslutningsstatus: 0 gennemført, 2 ugyldige argumenter eller ugyldigt input; check afslutter med 1, når den finder fejl.</translation>
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
  fortegnelse repair REG.ropa                  repair a damaged register (a backup is kept)
  fortegnelse import-table FILE [--layout auto|horizontal|vertical|ico|fortegnelse]
                     [--sheet NAME] [--lang da|nb|sv|en] [--map COLUMN=FIELD]
                     [--dry-run] [--format text|json] -o OUT.ropa
                                               a register from a spreadsheet or Word tables
  fortegnelse export-table IN.ropa --format xlsx|ods|csv [--lang da|nb|sv|en] -o OUT
                                               write the record as a spreadsheet
  fortegnelse server-init postgresql://USER@HOST/DB
                                               set up a database for a register, and its roles
  fortegnelse copy SOURCE TARGET               copy a register between a file and a server
Wherever a register is read, a postgresql:// URL may stand for the file.
Exit status: 0 success, 2 bad arguments or bad input; check exits 1 when it finds errors, import-table --dry-run when a row has warnings.</source>
        <translation type="vanished">Brug:
  fortegnelse [FIL.ropa]                       åbn fortegnelsen i programmet
  fortegnelse import IN.json -o OUT.ropa       opret en fortegnelse fra JSON
  fortegnelse export-json IN.ropa -o OUT.json  skriv en fortegnelse som JSON (-o - for standardoutput)
  fortegnelse policy IN.ropa --lang da|nb|sv|en --format html|snippet|md|txt|odt|pdf
                     [--audience KATEGORI] [--templates MAPPE] -o OUT
                                               skriv privatlivspolitikken
  fortegnelse ropa-pdf IN.ropa --lang da|nb|sv|en [--record controller|processor|both]
                     -o OUT.pdf               skriv fortegnelsen efter artikel 30 som PDF
  fortegnelse check IN.ropa [--lang da|nb|sv|en] [--format text|json]
                                               kontrollér fortegnelsen i forhold til GDPR
  fortegnelse repair REG.ropa                  reparer en beskadiget fortegnelse (der gemmes en sikkerhedskopi)
  fortegnelse import-table FIL [--layout auto|horizontal|vertical|ico|fortegnelse]
                     [--sheet NAVN] [--lang da|nb|sv|en] [--map KOLONNE=FELT]
                     [--dry-run] [--format text|json] -o OUT.ropa
                                               opret en fortegnelse fra et regneark eller Word-tabeller
  fortegnelse export-table IN.ropa --format xlsx|ods|csv [--lang da|nb|sv|en] -o OUT
                                               skriv fortegnelsen som regneark
  fortegnelse server-init postgresql://BRUGER@VÆRT/DB
                                               opret en database til en fortegnelse og dens roller
  fortegnelse copy KILDE MÅL                   kopier en fortegnelse mellem en fil og en server
Overalt, hvor en fortegnelse læses, kan en postgresql://-URL stå i stedet for filen.
Afslutningsstatus: 0 gennemført, 2 ugyldige argumenter eller ugyldigt input; check afslutter med 1, når den finder fejl, og import-table --dry-run, når en række har advarsler.</translation>
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
                     [--changes-since-submitted] -o OUT.pdf
                                               write the Article 30 record as PDF
  fortegnelse check IN.ropa [--lang da|nb|sv|en] [--format text|json]
                                               check the register against the GDPR
  fortegnelse repair REG.ropa                  repair a damaged register (a backup is kept)
  fortegnelse import-table FILE [--layout auto|horizontal|vertical|ico|fortegnelse]
                     [--sheet NAME] [--lang da|nb|sv|en] [--map COLUMN=FIELD]
                     [--dry-run] [--format text|json] -o OUT.ropa
                                               a register from a spreadsheet or Word tables
  fortegnelse export-table IN.ropa --format xlsx|ods|csv [--lang da|nb|sv|en] -o OUT
                                               write the record as a spreadsheet
  fortegnelse server-init postgresql://USER@HOST/DB
                                               set up a database for a register, and its roles
  fortegnelse copy SOURCE TARGET               copy a register between a file and a server
Wherever a register is read, a postgresql:// URL may stand for the file.
Exit status: 0 success, 2 bad arguments or bad input; check exits 1 when it finds errors, import-table --dry-run when a row has warnings.</source>
        <translation type="vanished">Brug:
  fortegnelse [FIL.ropa]                       åbn fortegnelsen i programmet
  fortegnelse import IN.json -o OUT.ropa       opret en fortegnelse fra JSON
  fortegnelse export-json IN.ropa -o OUT.json  skriv en fortegnelse som JSON (-o - for standardoutput)
  fortegnelse policy IN.ropa --lang da|nb|sv|en --format html|snippet|md|txt|odt|pdf
                     [--audience KATEGORI] [--templates MAPPE] -o OUT
                                               skriv privatlivspolitikken
  fortegnelse ropa-pdf IN.ropa --lang da|nb|sv|en [--record controller|processor|both]
                     [--changes-since-submitted] -o OUT.pdf
                                               skriv fortegnelsen efter artikel 30 som PDF
  fortegnelse check IN.ropa [--lang da|nb|sv|en] [--format text|json]
                                               kontrollér fortegnelsen i forhold til GDPR
  fortegnelse repair REG.ropa                  reparer en beskadiget fortegnelse (der gemmes en sikkerhedskopi)
  fortegnelse import-table FIL [--layout auto|horizontal|vertical|ico|fortegnelse]
                     [--sheet NAVN] [--lang da|nb|sv|en] [--map KOLONNE=FELT]
                     [--dry-run] [--format text|json] -o OUT.ropa
                                               opret en fortegnelse fra et regneark eller Word-tabeller
  fortegnelse export-table IN.ropa --format xlsx|ods|csv [--lang da|nb|sv|en] -o OUT
                                               skriv fortegnelsen som regneark
  fortegnelse server-init postgresql://BRUGER@VÆRT/DB
                                               opret en database til en fortegnelse og dens roller
  fortegnelse copy KILDE MÅL                   kopier en fortegnelse mellem en fil og en server
Overalt, hvor en fortegnelse læses, kan en postgresql://-URL stå i stedet for filen.
Afslutningsstatus: 0 gennemført, 2 ugyldige argumenter eller ugyldigt input; check afslutter med 1, når den finder fejl, og import-table --dry-run, når en række har advarsler.</translation>
    </message>
    <message>
        <source>Usage:
  fortegnelse [FILE.ropa]                      open the register in the app
  fortegnelse import IN.json -o OUT.ropa       make a register from JSON
  fortegnelse export-json IN.ropa -o OUT.json  write a register as JSON (-o - for standard output)
  fortegnelse policy IN.ropa --lang da|nb|sv|en --format html|snippet|md|txt|odt|pdf
                     [--audience CATEGORY] [--templates FOLDER] [--first-layer URL] -o OUT
                                               write the privacy policy (or its first
                                               layer alone, linking to the full one)
  fortegnelse ropa-pdf IN.ropa --lang da|nb|sv|en [--record controller|processor|both]
                     [--changes-since-submitted] -o OUT.pdf
                                               write the Article 30 record as PDF
  fortegnelse check IN.ropa [--lang da|nb|sv|en] [--format text|json]
                                               check the register against the GDPR
  fortegnelse repair REG.ropa                  repair a damaged register (a backup is kept)
  fortegnelse import-table FILE [--layout auto|horizontal|vertical|ico|fortegnelse]
                     [--sheet NAME] [--lang da|nb|sv|en] [--map COLUMN=FIELD]
                     [--dry-run] [--format text|json] -o OUT.ropa
                                               a register from a spreadsheet or Word tables
  fortegnelse export-table IN.ropa --format xlsx|ods|csv [--lang da|nb|sv|en] -o OUT
                                               write the record as a spreadsheet
  fortegnelse server-init postgresql://USER@HOST/DB
                                               set up a database for a register, and its roles
  fortegnelse copy SOURCE TARGET               copy a register between a file and a server
Wherever a register is read, a postgresql:// URL may stand for the file.
Exit status: 0 success, 2 bad arguments or bad input; check exits 1 when it finds errors, import-table --dry-run when a row has warnings.</source>
        <translation type="vanished">Brug:
  fortegnelse [FIL.ropa]                       åbn fortegnelsen i programmet
  fortegnelse import IN.json -o OUT.ropa       opret en fortegnelse fra JSON
  fortegnelse export-json IN.ropa -o OUT.json  skriv en fortegnelse som JSON (-o - for standardoutput)
  fortegnelse policy IN.ropa --lang da|nb|sv|en --format html|snippet|md|txt|odt|pdf
                     [--audience KATEGORI] [--templates MAPPE] [--first-layer URL] -o OUT
                                               skriv privatlivspolitikken (eller kun dens første
                                               lag med et link til den fulde)
  fortegnelse ropa-pdf IN.ropa --lang da|nb|sv|en [--record controller|processor|both]
                     [--changes-since-submitted] -o OUT.pdf
                                               skriv fortegnelsen efter artikel 30 som PDF
  fortegnelse check IN.ropa [--lang da|nb|sv|en] [--format text|json]
                                               kontrollér fortegnelsen i forhold til GDPR
  fortegnelse repair REG.ropa                  reparer en beskadiget fortegnelse (der gemmes en sikkerhedskopi)
  fortegnelse import-table FIL [--layout auto|horizontal|vertical|ico|fortegnelse]
                     [--sheet NAVN] [--lang da|nb|sv|en] [--map KOLONNE=FELT]
                     [--dry-run] [--format text|json] -o OUT.ropa
                                               opret en fortegnelse fra et regneark eller Word-tabeller
  fortegnelse export-table IN.ropa --format xlsx|ods|csv [--lang da|nb|sv|en] -o OUT
                                               skriv fortegnelsen som regneark
  fortegnelse server-init postgresql://BRUGER@VÆRT/DB
                                               opret en database til en fortegnelse og dens roller
  fortegnelse copy KILDE MÅL                   kopier en fortegnelse mellem en fil og en server
Overalt, hvor en fortegnelse læses, kan en postgresql://-URL stå i stedet for filen.
Afslutningsstatus: 0 gennemført, 2 ugyldige argumenter eller ugyldigt input; check afslutter med 1, når den finder fejl, og import-table --dry-run, når en række har advarsler.</translation>
    </message>
    <message>
        <source>Usage:
  fortegnelse [FILE.ropa]                      open the register in the app
  fortegnelse import IN.json -o OUT.ropa       make a register from JSON
  fortegnelse export-json IN.ropa -o OUT.json  write a register as JSON (-o - for standard output)
  fortegnelse policy IN.ropa --lang da|nb|sv|en --format html|snippet|md|txt|odt|pdf
                     [--audience CATEGORY] [--templates FOLDER] [--first-layer URL] -o OUT
                                               write the privacy policy (or its first
                                               layer alone, linking to the full one)
  fortegnelse ropa-pdf IN.ropa --lang da|nb|sv|en [--record controller|processor|both]
                     [--changes-since-submitted] -o OUT.pdf
                                               write the Article 30 record as PDF
  fortegnelse check IN.ropa [--lang da|nb|sv|en] [--format text|json]
                                               check the register against the GDPR
  fortegnelse repair REG.ropa                  repair a damaged register (a backup is kept)
  fortegnelse import-table FILE [--layout auto|horizontal|vertical|ico|fortegnelse]
                     [--sheet NAME] [--lang da|nb|sv|en] [--map COLUMN=FIELD]
                     [--dry-run] [--format text|json] -o OUT.ropa | --into REG.ropa
                                               a register from a spreadsheet or Word tables,
                                               or merged into one as one undoable step
  fortegnelse export-table IN.ropa --format xlsx|ods|csv [--lang da|nb|sv|en] -o OUT
                                               write the record as a spreadsheet
  fortegnelse server-init postgresql://USER@HOST/DB
                                               set up a database for a register, and its roles
  fortegnelse copy SOURCE TARGET               copy a register between a file and a server
Wherever a register is read, a postgresql:// URL may stand for the file.
Exit status: 0 success, 2 bad arguments or bad input; check exits 1 when it finds errors, import-table --dry-run when a row has warnings.</source>
        <translation type="vanished">Brug:
  fortegnelse [FIL.ropa]                       åbn fortegnelsen i programmet
  fortegnelse import IN.json -o OUT.ropa       opret en fortegnelse fra JSON
  fortegnelse export-json IN.ropa -o OUT.json  skriv en fortegnelse som JSON (-o - for standardoutput)
  fortegnelse policy IN.ropa --lang da|nb|sv|en --format html|snippet|md|txt|odt|pdf
                     [--audience KATEGORI] [--templates MAPPE] [--first-layer URL] -o OUT
                                               skriv privatlivspolitikken (eller kun dens første
                                               lag med et link til den fulde)
  fortegnelse ropa-pdf IN.ropa --lang da|nb|sv|en [--record controller|processor|both]
                     [--changes-since-submitted] -o OUT.pdf
                                               skriv fortegnelsen efter artikel 30 som PDF
  fortegnelse check IN.ropa [--lang da|nb|sv|en] [--format text|json]
                                               kontrollér fortegnelsen i forhold til GDPR
  fortegnelse repair REG.ropa                  reparer en beskadiget fortegnelse (der gemmes en sikkerhedskopi)
  fortegnelse import-table FIL [--layout auto|horizontal|vertical|ico|fortegnelse]
                     [--sheet NAVN] [--lang da|nb|sv|en] [--map KOLONNE=FELT]
                     [--dry-run] [--format text|json] -o OUT.ropa | --into REG.ropa
                                               opret en fortegnelse fra et regneark eller Word-tabeller,
                                               eller flettet ind i en som ét trin, der kan fortrydes
  fortegnelse export-table IN.ropa --format xlsx|ods|csv [--lang da|nb|sv|en] -o OUT
                                               skriv fortegnelsen som regneark
  fortegnelse server-init postgresql://BRUGER@VÆRT/DB
                                               opret en database til en fortegnelse og dens roller
  fortegnelse copy KILDE MÅL                   kopier en fortegnelse mellem en fil og en server
Overalt, hvor en fortegnelse læses, kan en postgresql://-URL stå i stedet for filen.
Afslutningsstatus: 0 gennemført, 2 ugyldige argumenter eller ugyldigt input; check afslutter med 1, når den finder fejl, og import-table --dry-run, når en række har advarsler.</translation>
    </message>
    <message>
        <source>Usage:
  fortegnelse [FILE.ropa]                      open the register in the app
  fortegnelse import IN.json -o OUT.ropa       make a register from JSON
  fortegnelse export-json IN.ropa -o OUT.json  write a register as JSON (-o - for standard output)
  fortegnelse policy IN.ropa --lang da|nb|sv|en --format html|snippet|md|txt|odt|pdf
                     [--audience CATEGORY] [--templates FOLDER] [--first-layer URL] -o OUT
                                               write the privacy policy (or its first
                                               layer alone, linking to the full one)
  fortegnelse ropa-pdf IN.ropa --lang da|nb|sv|en [--record controller|processor|both]
                     [--changes-since-submitted] [--format pdf|odt] -o OUT.pdf
                                               write the Article 30 record as PDF, or as
                                               ODT with named styles for editing
  fortegnelse check IN.ropa [--lang da|nb|sv|en] [--format text|json]
                                               check the register against the GDPR
  fortegnelse repair REG.ropa                  repair a damaged register (a backup is kept)
  fortegnelse import-table FILE [--layout auto|horizontal|vertical|ico|fortegnelse]
                     [--sheet NAME] [--lang da|nb|sv|en] [--map COLUMN=FIELD]
                     [--dry-run] [--format text|json] -o OUT.ropa | --into REG.ropa
                                               a register from a spreadsheet or Word tables,
                                               or merged into one as one undoable step
  fortegnelse export-table IN.ropa --format xlsx|ods|csv [--lang da|nb|sv|en] -o OUT
                                               write the record as a spreadsheet
  fortegnelse server-init postgresql://USER@HOST/DB
                                               set up a database for a register, and its roles
  fortegnelse copy SOURCE TARGET               copy a register between a file and a server
Wherever a register is read, a postgresql:// URL may stand for the file.
Exit status: 0 success, 2 bad arguments or bad input; check exits 1 when it finds errors, import-table --dry-run when a row has warnings.</source>
        <translation type="vanished">Brug:
  fortegnelse [FIL.ropa]                       åbn fortegnelsen i programmet
  fortegnelse import IN.json -o OUT.ropa       opret en fortegnelse fra JSON
  fortegnelse export-json IN.ropa -o OUT.json  skriv en fortegnelse som JSON (-o - for standardoutput)
  fortegnelse policy IN.ropa --lang da|nb|sv|en --format html|snippet|md|txt|odt|pdf
                     [--audience KATEGORI] [--templates MAPPE] [--first-layer URL] -o OUT
                                               skriv privatlivspolitikken (eller kun dens første
                                               lag med et link til den fulde)
  fortegnelse ropa-pdf IN.ropa --lang da|nb|sv|en [--record controller|processor|both]
                     [--changes-since-submitted] [--format pdf|odt] -o OUT.pdf
                                               skriv fortegnelsen efter artikel 30 som PDF eller som
                                               ODT med navngivne typografier til redigering
  fortegnelse check IN.ropa [--lang da|nb|sv|en] [--format text|json]
                                               kontrollér fortegnelsen i forhold til GDPR
  fortegnelse repair REG.ropa                  reparer en beskadiget fortegnelse (der gemmes en sikkerhedskopi)
  fortegnelse import-table FIL [--layout auto|horizontal|vertical|ico|fortegnelse]
                     [--sheet NAVN] [--lang da|nb|sv|en] [--map KOLONNE=FELT]
                     [--dry-run] [--format text|json] -o OUT.ropa | --into REG.ropa
                                               opret en fortegnelse fra et regneark eller Word-tabeller,
                                               eller flettet ind i en som ét trin, der kan fortrydes
  fortegnelse export-table IN.ropa --format xlsx|ods|csv [--lang da|nb|sv|en] -o OUT
                                               skriv fortegnelsen som regneark
  fortegnelse server-init postgresql://BRUGER@VÆRT/DB
                                               opret en database til en fortegnelse og dens roller
  fortegnelse copy KILDE MÅL                   kopier en fortegnelse mellem en fil og en server
Overalt, hvor en fortegnelse læses, kan en postgresql://-URL stå i stedet for filen.
Afslutningsstatus: 0 gennemført, 2 ugyldige argumenter eller ugyldigt input; check afslutter med 1, når den finder fejl, og import-table --dry-run, når en række har advarsler.</translation>
    </message>
    <message>
        <location filename="../operations/commandline.cpp" line="+20"/>
        <source>Usage:
  fortegnelse [FILE.ropa]                      open the register in the app
  fortegnelse import IN.json -o OUT.ropa       make a register from JSON
  fortegnelse export-json IN.ropa -o OUT.json  write a register as JSON (-o - for standard output)
  fortegnelse policy IN.ropa --lang da|nb|sv|en --format html|snippet|md|txt|odt|pdf
                     [--audience CATEGORY] [--templates FOLDER] [--first-layer URL] -o OUT
                                               write the privacy policy (or its first
                                               layer alone, linking to the full one)
  fortegnelse ropa-pdf IN.ropa --lang da|nb|sv|en [--record controller|processor|both]
                     [--changes-since-submitted] [--format pdf|odt] -o OUT.pdf
                                               write the Article 30 record as PDF, or as
                                               ODT with named styles for editing
  fortegnelse check IN.ropa [--lang da|nb|sv|en] [--format text|json]
                                               check the register against the GDPR
  fortegnelse repair REG.ropa                  repair a damaged register (a backup is kept)
  fortegnelse import-table FILE [--layout auto|horizontal|vertical|ico|fortegnelse|cnil]
                     [--sheet NAME] [--lang da|nb|sv|en] [--map COLUMN=FIELD]
                     [--dry-run] [--format text|json] -o OUT.ropa | --into REG.ropa
                                               a register from a spreadsheet or Word tables,
                                               or merged into one as one undoable step
  fortegnelse export-table IN.ropa --format xlsx|ods|csv [--lang da|nb|sv|en] -o OUT
                                               write the record as a spreadsheet
  fortegnelse server-init postgresql://USER@HOST/DB
                                               set up a database for a register, and its roles
  fortegnelse copy SOURCE TARGET               copy a register between a file and a server
Wherever a register is read, a postgresql:// URL may stand for the file.
Exit status: 0 success, 2 bad arguments or bad input; check exits 1 when it finds errors, import-table --dry-run when a row has warnings.</source>
        <translation>Brug:
  fortegnelse [FIL.ropa]                       åbn fortegnelsen i programmet
  fortegnelse import IN.json -o OUT.ropa       opret en fortegnelse fra JSON
  fortegnelse export-json IN.ropa -o OUT.json  skriv en fortegnelse som JSON (-o - for standardoutput)
  fortegnelse policy IN.ropa --lang da|nb|sv|en --format html|snippet|md|txt|odt|pdf
                     [--audience KATEGORI] [--templates MAPPE] [--first-layer URL] -o OUT
                                               skriv privatlivspolitikken (eller kun dens første
                                               lag med et link til den fulde)
  fortegnelse ropa-pdf IN.ropa --lang da|nb|sv|en [--record controller|processor|both]
                     [--changes-since-submitted] [--format pdf|odt] -o OUT.pdf
                                               skriv fortegnelsen efter artikel 30 som PDF eller som
                                               ODT med navngivne typografier til redigering
  fortegnelse check IN.ropa [--lang da|nb|sv|en] [--format text|json]
                                               kontrollér fortegnelsen i forhold til GDPR
  fortegnelse repair REG.ropa                  reparer en beskadiget fortegnelse (der gemmes en sikkerhedskopi)
  fortegnelse import-table FIL [--layout auto|horizontal|vertical|ico|fortegnelse|cnil]
                     [--sheet NAVN] [--lang da|nb|sv|en] [--map KOLONNE=FELT]
                     [--dry-run] [--format text|json] -o OUT.ropa | --into REG.ropa
                                               opret en fortegnelse fra et regneark eller Word-tabeller,
                                               eller flettet ind i en som ét trin, der kan fortrydes
  fortegnelse export-table IN.ropa --format xlsx|ods|csv [--lang da|nb|sv|en] -o OUT
                                               skriv fortegnelsen som regneark
  fortegnelse server-init postgresql://BRUGER@VÆRT/DB
                                               opret en database til en fortegnelse og dens roller
  fortegnelse copy KILDE MÅL                   kopier en fortegnelse mellem en fil og en server
Overalt, hvor en fortegnelse læses, kan en postgresql://-URL stå i stedet for filen.
Afslutningsstatus: 0 gennemført, 2 ugyldige argumenter eller ugyldigt input; check afslutter med 1, når den finder fejl, og import-table --dry-run, når en række har advarsler.</translation>
    </message>
    <message>
        <location line="+57"/>
        <location filename="../operations/tablecommands.cpp" line="+29"/>
        <source>Output file.</source>
        <translation>Outputfil.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../operations/reviewcommands.cpp" line="+39"/>
        <location filename="../operations/tablecommands.cpp" line="-5"/>
        <location line="+5"/>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no input file given</source>
        <translation>ingen inputfil angivet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one input file expected, got %1</source>
        <translation>forventede én inputfil, fik %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no output file given (-o FILE)</source>
        <translation>ingen outputfil angivet (-o FIL)</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="vanished">%1: kan ikke læses: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="vanished">det er en mappe</translation>
    </message>
    <message>
        <source>standard output: write failed</source>
        <translation type="vanished">standardoutput: skrivning mislykkedes</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="vanished">%1: kan ikke skrives: %2</translation>
    </message>
    <message>
        <source>%1: cannot be written: it is a folder</source>
        <translation type="vanished">%1: kan ikke skrives: det er en mappe</translation>
    </message>
    <message>
        <location filename="../operations/subcommands.cpp" line="+24"/>
        <source>a register is a file; give its name with -o FILE.ropa</source>
        <translation>en fortegnelse er en fil; angiv dens navn med -o FIL.ropa</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: nothing to repair</source>
        <translation>%1: intet at reparere</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: repaired %n problem(s); the file as it was is kept as %2</source>
        <translation>
            <numerusform>%1: %n problem repareret; filen, som den var, er gemt som %2</numerusform>
            <numerusform>%1: %n problemer repareret; filen, som den var, er gemt som %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../operations/driftcommand.cpp" line="+13"/>
        <source>  fortegnelse drift REG.ropa [--lang da|nb|sv|en] [--format text|json]
                                               which sections of the published policy would
                                               read differently now; exits 1 when any would</source>
        <translation>  fortegnelse drift REG.ropa [--lang da|nb|sv|en] [--format text|json]
                                               vis de afsnit af den offentliggjorte privatlivspolitik,
                                               der ville lyde anderledes nu; afslutter med 1, hvis der er nogen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../operations/historycommands.cpp" line="+28"/>
        <location line="+45"/>
        <location filename="../operations/reviewcommands.cpp" line="+1"/>
        <location filename="../operations/snapshotcommands.cpp" line="+35"/>
        <location line="+51"/>
        <location filename="../operations/subcommands.cpp" line="+25"/>
        <location line="+43"/>
        <location line="+48"/>
        <location filename="../operations/tablecommands.cpp" line="+84"/>
        <source>Language.</source>
        <translation>Sprog.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../operations/historycommands.cpp" line="-44"/>
        <location line="+45"/>
        <location filename="../operations/reviewcommands.cpp" line="+1"/>
        <location filename="../operations/snapshotcommands.cpp" line="-50"/>
        <location line="+51"/>
        <location filename="../operations/subcommands.cpp" line="-90"/>
        <location line="+43"/>
        <location line="+48"/>
        <location filename="../operations/tablecommands.cpp" line="-91"/>
        <location line="+91"/>
        <source>lang</source>
        <translation>sprog</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../operations/historycommands.cpp" line="-48"/>
        <location line="+45"/>
        <location filename="../operations/snapshotcommands.cpp" line="-57"/>
        <location filename="../operations/subcommands.cpp" line="-90"/>
        <location line="+48"/>
        <location line="+43"/>
        <location filename="../operations/tablecommands.cpp" line="-87"/>
        <location line="+86"/>
        <source>Format.</source>
        <translation>Format.</translation>
    </message>
    <message>
        <source>  fortegnelse history REG.ropa [--item [KIND/]ID] [--since DATE] [--user NAME]
                     [--kind edit|undo|redo|repair] [--format text|json]
                                               list the register&apos;s changes, newest first
  fortegnelse diff OLD NEW [--format text|json|md] [--lang da|nb|sv|en]
                                               list what differs; each side is a .ropa,
                                               a .json file, or REG.ropa@DATE</source>
        <translation type="vanished">  fortegnelse history REG.ropa [--item [TYPE/]ID] [--since DATO] [--user NAVN]
                     [--kind edit|undo|redo|repair] [--format text|json]
                                               vis fortegnelsens ændringer, nyeste først
  fortegnelse diff GAMMEL NY [--format text|json|md] [--lang da|nb|sv|en]
                                               vis forskellene; hver side er en .ropa-fil,
                                               en .json-fil eller REG.ropa@DATO</translation>
    </message>
    <message>
        <location filename="../operations/historycommands.cpp" line="-59"/>
        <source>  fortegnelse history REG.ropa [--item [KIND/]ID] [--since DATE] [--user NAME]
                     [--kind edit|undo|redo|repair] [--format text|json]
                                               list the register&apos;s changes, newest first
  fortegnelse diff OLD NEW [--format text|json|md] [--lang da|nb|sv|en]
                                               list what differs; each side is a .ropa,
                                               a .json file, REG.ropa@DATE, @published or @submitted</source>
        <translation>  fortegnelse history REG.ropa [--item [TYPE/]ID] [--since DATO] [--user NAVN]
                     [--kind edit|undo|redo|repair] [--format text|json]
                                               vis fortegnelsens ændringer, nyeste først
  fortegnelse diff GAMMEL NY [--format text|json|md] [--lang da|nb|sv|en]
                                               vis forskellene; hver side er en .ropa-fil,
                                               en .json-fil, REG.ropa@DATO, @published eller @submitted</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Item.</source>
        <translation>Element.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since.</source>
        <translation>Siden.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../operations/snapshotcommands.cpp" line="+52"/>
        <source>date</source>
        <translation>dato</translation>
    </message>
    <message>
        <location filename="../operations/driftcommand.cpp" line="+1"/>
        <location filename="../operations/historycommands.cpp" line="+2"/>
        <location line="+45"/>
        <location filename="../operations/snapshotcommands.cpp" line="-51"/>
        <location filename="../operations/subcommands.cpp" line="-90"/>
        <location line="+48"/>
        <location line="+43"/>
        <location filename="../operations/tablecommands.cpp" line="-85"/>
        <location line="+85"/>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location filename="../operations/historycommands.cpp" line="-42"/>
        <source>User.</source>
        <translation>Bruger.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../operations/snapshotcommands.cpp" line="+54"/>
        <location filename="../operations/tablecommands.cpp" line="-92"/>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind.</source>
        <translation>Type.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown kind &quot;%1&quot;; use edit, undo, redo, repair or import</source>
        <translation>ukendt type &quot;%1&quot;; brug edit, undo, redo, repair eller import</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a date (yyyy-mm-dd) or a date and time</source>
        <translation>&quot;%1&quot; er ikke en dato (åååå-mm-dd) eller en dato med klokkeslæt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>two registers to compare expected, got %1</source>
        <translation>forventede to fortegnelser at sammenligne, fik %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown format &quot;%1&quot;; use text, json or md</source>
        <translation>ukendt format &quot;%1&quot;; brug text, json eller md</translation>
    </message>
    <message>
        <location filename="../operations/subcommands.cpp" line="-107"/>
        <source>Leave the history out.</source>
        <translation>Udelad historikken.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Subject category.</source>
        <translation>Kategori af registrerede.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category</source>
        <translation>kategori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template folder.</source>
        <translation>Skabelonmappe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder</source>
        <translation>mappe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first layer alone.</source>
        <translation>Kun det første lag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown format &quot;%1&quot;; use html, snippet, md, txt, odt or pdf</source>
        <translation>ukendt format &quot;%1&quot;; brug html, snippet, md, txt, odt eller pdf</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--first-layer needs the web address of the full policy, such as https://example.dk/privacy; &quot;%1&quot; is not one</source>
        <translation>--first-layer kræver webadressen på hele privatlivspolitikken, f.eks. https://example.dk/privacy; &quot;%1&quot; er ikke en webadresse</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Changes since the record submitted.</source>
        <translation>Ændringer siden den indsendte fortegnelse.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown format &quot;%1&quot;; use pdf or odt</source>
        <translation>ukendt format &quot;%1&quot;; brug pdf eller odt</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Reviews due.</source>
        <translation>Forfaldne gennemgange.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days.</source>
        <translation>Dage.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>days</source>
        <translation>dage</translation>
    </message>
    <message>
        <location filename="../operations/commandline.cpp" line="+12"/>
        <source>unknown language &quot;%1&quot;; use da, nb, sv or en</source>
        <translation>ukendt sprog &quot;%1&quot;; brug da, nb, sv eller en</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>unknown command; see fortegnelse --help</source>
        <translation>ukendt kommando; se fortegnelse --help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no such file</source>
        <translation>%1: filen findes ikke</translation>
    </message>
    <message>
        <location filename="../operations/driftcommand.cpp" line="+7"/>
        <location filename="../operations/historycommands.cpp" line="-46"/>
        <location filename="../operations/snapshotcommands.cpp" line="-36"/>
        <location filename="../operations/subcommands.cpp" line="+13"/>
        <location filename="../operations/tablecommands.cpp" line="+22"/>
        <source>unknown format &quot;%1&quot;; use text or json</source>
        <translation>ukendt format &quot;%1&quot;; brug text eller json</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 advice
</source>
        <translation type="vanished">%1 fejl, %2 advarsler, %3 råd
</translation>
    </message>
    <message>
        <location filename="../operations/snapshotcommands.cpp" line="+58"/>
        <location filename="../operations/subcommands.cpp" line="-34"/>
        <source>unknown record &quot;%1&quot;; use controller, processor or both</source>
        <translation>ukendt fortegnelse &quot;%1&quot;; brug controller, processor eller both</translation>
    </message>
    <message>
        <location line="-19"/>
        <location filename="../operations/subcommands.cpp" line="-31"/>
        <source>Record.</source>
        <translation>Fortegnelse.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>  fortegnelse snapshots REG.ropa [--format text|json]
                                               list what was published and submitted
  fortegnelse snapshots REG.ropa --show N|published|submitted [--document LANG/FORMAT]
                                               print a snapshot&apos;s register (JSON) or a kept text
  fortegnelse submit REG.ropa --on DATE [--case NO] [--authority NAME]
                     [--lang da|nb|sv|en] [--record controller|processor|both] -o OUT.pdf
                                               write the record and keep it as submitted
A side of diff may also be REG.ropa@published or REG.ropa@submitted.</source>
        <translation>  fortegnelse snapshots REG.ropa [--format text|json]
                                               vis, hvad der er offentliggjort og indsendt
  fortegnelse snapshots REG.ropa --show N|published|submitted [--document SPROG/FORMAT]
                                               udskriv et øjebliksbilledes fortegnelse (JSON) eller en gemt tekst
  fortegnelse submit REG.ropa --on DATO [--case NR] [--authority NAVN]
                     [--lang da|nb|sv|en] [--record controller|processor|both] -o OUT.pdf
                                               skriv fortegnelsen, og gem den som indsendt
En side i diff kan også være REG.ropa@published eller REG.ropa@submitted.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Snapshot.</source>
        <translation>Øjebliksbillede.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document.</source>
        <translation>Dokument.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lang/format</source>
        <translation>sprog/format</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--document needs --show</source>
        <translation>--document kræver --show</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a snapshot; give its number, published or submitted</source>
        <translation>&quot;%1&quot; er ikke et øjebliksbillede; angiv dets nummer, published eller submitted</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>snapshot %1 keeps no texts</source>
        <translation>øjebliksbillede %1 indeholder ingen tekster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>snapshot %1 keeps no &quot;%2&quot;; it keeps %3</source>
        <translation>øjebliksbillede %1 indeholder ikke &quot;%2&quot;; det indeholder %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date.</source>
        <translation>Dato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number.</source>
        <translation>Sagsnummer.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority.</source>
        <translation>Myndighed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../operations/subcommands.cpp" line="+1"/>
        <source>record</source>
        <translation>fortegnelse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give the day the record is submitted with --on yyyy-mm-dd</source>
        <translation>angiv den dag, fortegnelsen indsendes, med --on åååå-mm-dd</translation>
    </message>
    <message>
        <location filename="../operations/serveroperations.cpp" line="+66"/>
        <source>give the server as postgresql://user@host/database</source>
        <translation>angiv serveren som postgresql://bruger@vært/database</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>give the register to copy and where to copy it: copy SOURCE TARGET</source>
        <translation>angiv den fortegnelse, der skal kopieres, og hvor den skal kopieres til: copy KILDE MÅL</translation>
    </message>
    <message>
        <location filename="../operations/tablecommands.cpp" line="-24"/>
        <source>Layout.</source>
        <translation>Layout.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layout</source>
        <translation>layout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet.</source>
        <translation>Ark.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the file.</source>
        <translation>Filens sprog.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register to merge into.</source>
        <translation>Fortegnelse, der skal flettes ind i.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report only.</source>
        <translation>Kun rapport.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Map a column to a field: C=purpose.</source>
        <translation>Knyt en kolonne til et felt: C=purpose.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column=field</source>
        <translation>kolonne=felt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown layout &quot;%1&quot;; use auto, horizontal, vertical, ico or fortegnelse</source>
        <translation>ukendt layout &quot;%1&quot;; brug auto, horizontal, vertical, ico eller fortegnelse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--into writes into that register; leave out -o</source>
        <translation>--into skriver i den fortegnelse; udelad -o</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no output file given (-o FILE or --into REG), and no --dry-run</source>
        <translation>ingen outputfil angivet (-o FIL eller --into FORTEGNELSE) og ingen --dry-run</translation>
    </message>
    <message>
        <source>--into is not available yet; import into a new register with -o</source>
        <translation type="vanished">--into er endnu ikke tilgængelig; importer til en ny fortegnelse med -o</translation>
    </message>
    <message>
        <source>no output file given (-o FILE), and no --dry-run</source>
        <translation type="vanished">ingen outputfil angivet (-o FIL) og ingen --dry-run</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--map &quot;%1&quot;: give a column and a field, such as C=purpose; the fields are %2 and none</source>
        <translation>--map &quot;%1&quot;: angiv en kolonne og et felt, f.eks. C=purpose; felterne er %2 og none</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>unknown format &quot;%1&quot;; use xlsx, ods or csv</source>
        <translation>ukendt format &quot;%1&quot;; brug xlsx, ods eller csv</translation>
    </message>
    <message>
        <location filename="../operations/reviewcommands.cpp" line="-27"/>
        <source>  fortegnelse check REG.ropa --due [--within DAYS]
                                               list the reviews due or overdue (exit 1 if any)
  fortegnelse reviews REG.ropa --ics OUT.ics   write every review date as an iCalendar file</source>
        <translation>  fortegnelse check REG.ropa --due [--within DAGE]
                                               vis forfaldne og overskredne gennemgange (afslutter med 1, hvis der er nogen)
  fortegnelse reviews REG.ropa --ics OUT.ics   skriv alle datoer for gennemgang som en iCalendar-fil</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a number of days</source>
        <translation>&quot;%1&quot; er ikke et antal dage</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>iCalendar file.</source>
        <translation>iCalendar-fil.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no output file given (--ics FILE)</source>
        <translation>ingen outputfil angivet (--ics FIL)</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::ConflictDialog</name>
    <message>
        <location filename="../views/conflictdialog.cpp" line="+20"/>
        <source>Changed by a colleague</source>
        <translation>Ændret af en kollega</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You deleted it too; nothing is left to decide.</source>
        <translation>Du har også slettet det; der er intet tilbage at tage stilling til.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your change was not made. Take theirs and the item stays deleted; keep yours and it is made again as you had it.</source>
        <translation>Din ændring blev ikke foretaget. Bruger du deres, forbliver elementet slettet; beholder du din, foretages ændringen igen, som du havde den.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your deletion was not made. Take theirs and the item stays as they left it; keep yours and it is deleted now.</source>
        <translation>Din sletning blev ikke foretaget. Bruger du deres, forbliver elementet, som de efterlod det; beholder du din, slettes det nu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your change was not made. Take theirs and the item stays as they left it; keep yours and your values below are written over theirs as a new change, which you can undo.</source>
        <translation>Din ændring blev ikke foretaget. Bruger du deres, forbliver elementet, som de efterlod det; beholder du din, skrives dine værdier nedenfor over deres som en ny ændring, som du kan fortryde.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Their value</source>
        <translation>Deres værdi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your value</source>
        <translation>Din værdi</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You both changed this field.</source>
        <translation>I har begge ændret dette felt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>They also changed: %1. Those stay as they left them either way.</source>
        <translation>De ændrede også: %1. Det forbliver under alle omstændigheder, som de efterlod det.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take theirs</source>
        <translation>Brug deres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep mine</source>
        <translation>Behold min</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Change not saved</source>
        <translation>Ændringen blev ikke gemt</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Conflicts</name>
    <message>
        <location filename="../operations/conflictoperations.cpp" line="+84"/>
        <source>Someone else</source>
        <translation>En anden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 deleted &quot;%2&quot; at %3, after your step was made.</source>
        <translation>%1 slettede &quot;%2&quot; den %3, efter at dit trin blev foretaget.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 deleted &quot;%2&quot; at %3, after your window read it.</source>
        <translation>%1 slettede &quot;%2&quot; den %3, efter at dit vindue indlæste det.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changed &quot;%2&quot; at %3, after your step was made.</source>
        <translation>%1 ændrede &quot;%2&quot; den %3, efter at dit trin blev foretaget.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed &quot;%2&quot; at %3, after your window read it.</source>
        <translation>%1 ændrede &quot;%2&quot; den %3, efter at dit vindue indlæste det.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Keep my change to %1</source>
        <translation>Behold min ændring af %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>your version refers to items that no longer exist: %1</source>
        <translation>din version henviser til elementer, der ikke længere findes: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>your change was not made; the item is as your colleague left it</source>
        <translation>din ændring blev ikke foretaget; elementet er, som din kollega efterlod det</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::ConnectDialog</name>
    <message>
        <location filename="../views/connectdialog.cpp" line="+22"/>
        <source>Connect to server</source>
        <translation>Opret forbindelse til server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A register a team keeps together lives in a database on a PostgreSQL server. Your password is never kept here: PostgreSQL reads it from ~/.pgpass.</source>
        <translation>En fortegnelse, som et team fører i fællesskab, ligger i en database på en PostgreSQL-server. Din adgangskode gemmes aldrig her: PostgreSQL læser den fra ~/.pgpass.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>db.example.org (empty: this computer)</source>
        <translation>db.example.org (tom: denne computer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Register (database):</source>
        <translation>&amp;Fortegnelse (database):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty: your login name</source>
        <translation>tom: dit brugernavn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Bruger:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypted, server&apos;s name checked</source>
        <translation>Krypteret, serverens navn kontrolleret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted</source>
        <translation>Krypteret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted when the server offers it</source>
        <translation>Krypteret, når serveren tilbyder det</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not encrypted (this computer only)</source>
        <translation>Ikke krypteret (kun denne computer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connection:</source>
        <translation>F&amp;orbindelse:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connect</source>
        <translation>Opret forbindelse</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Name the register&apos;s database.</source>
        <translation>Angiv navnet på fortegnelsens database.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 on %2</source>
        <translation>%1 på %2</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Connection</name>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation type="vanished">PostgreSQL-driveren til Qt er ikke installeret (pakken libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation type="vanished">Kunne ikke oprette forbindelse til %1: %2</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::CountryPicker</name>
    <message>
        <location filename="../views/pickers.cpp" line="+119"/>
        <source>Type a country&apos;s name or code</source>
        <translation>Skriv et lands navn eller kode</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>EU</source>
        <translation>EU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EEA</source>
        <translation>EØS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>adequacy decision</source>
        <translation>tilstrækkelighedsafgørelse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partial adequacy</source>
        <translation>delvis tilstrækkelighedsafgørelse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>third country, no adequacy</source>
        <translation>tredjeland uden tilstrækkelighedsafgørelse</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>No country is called “%1”. Type its name or its two-letter code.</source>
        <translation>Intet land hedder ”%1”. Skriv landets navn eller dets kode på to bogstaver.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” could be %2. Type more of the name.</source>
        <translation>”%1” kan være %2. Skriv mere af navnet.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Document</name>
    <message>
        <location filename="../model/document.cpp" line="+74"/>
        <source>%1 has this register open for editing, so it is open read-only here. Their changes appear as they make them.</source>
        <translation>%1 har denne fortegnelse åben til redigering, så den er åbnet skrivebeskyttet her. Ændringerne vises, efterhånden som de foretages.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is read-only, so the register is open read-only.</source>
        <translation>Filen er skrivebeskyttet, så fortegnelsen er åbnet skrivebeskyttet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>The register is open read-only.</source>
        <translation>Fortegnelsen er åbnet skrivebeskyttet.</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+338"/>
        <source>The register is damaged and is open read-only until it is repaired.</source>
        <translation>Fortegnelsen er beskadiget og er åbnet skrivebeskyttet, indtil den er repareret.</translation>
    </message>
    <message>
        <source>This register cannot be copied to a file.</source>
        <translation type="vanished">Denne fortegnelse kan ikke kopieres til en fil.</translation>
    </message>
    <message>
        <location line="-384"/>
        <source>The register is on a network drive (%1). Two people editing it at once can damage it there; keep one copy per person, or use a Fortegnelse server for a team.</source>
        <translation>Fortegnelsen ligger på et netværksdrev (%1). Hvis to personer redigerer den samtidig, kan den blive beskadiget; hav én kopi pr. person, eller brug en Fortegnelse-server til et team.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The register on the server is damaged and is open read-only; its administrator can repair it from a copy (fortegnelse copy).</source>
        <translation>Fortegnelsen på serveren er beskadiget og er åbnet skrivebeskyttet; dens administrator kan reparere den ud fra en kopi (fortegnelse copy).</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The change was not made: %1</source>
        <translation>Ændringen blev ikke foretaget: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The change was not made: %1.</source>
        <translation>Ændringen blev ikke foretaget: %1.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The connection was lost while the change was being saved, so it is not known whether it was made. The register is read again when the connection is back, and Fortegnelse then says which.</source>
        <translation>Forbindelsen blev afbrudt, mens ændringen blev gemt, så det vides ikke, om den blev foretaget. Fortegnelsen læses igen, når forbindelsen er tilbage, og Fortegnelse fortæller så, hvilket det blev.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The change could not be saved, so it was not made: %1</source>
        <translation>Ændringen kunne ikke gemmes og er derfor ikke foretaget: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The register is open read-only; open it for editing to repair it.</source>
        <translation>Fortegnelsen er åbnet skrivebeskyttet; åbn den til redigering for at reparere den.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The repair could not be saved; the register is as it was, and a backup is at %1.</source>
        <translation>Reparationen kunne ikke gemmes; fortegnelsen er, som den var, og der ligger en sikkerhedskopi i %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 The register is read-only until it is back; Fortegnelse reconnects by itself.</source>
        <translation>%1 Fortegnelsen er skrivebeskyttet, indtil forbindelsen er genoprettet; Fortegnelse opretter selv forbindelse igen.</translation>
    </message>
    <message>
        <location filename="../model/documentsync.cpp" line="+71"/>
        <source>someone else</source>
        <translation>en anden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The step was not redone: &quot;%1&quot; has been deleted since, by %2.</source>
        <translation>Trinnet blev ikke gentaget: &quot;%1&quot; er siden blevet slettet af %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The step was not undone: &quot;%1&quot; has been deleted since, by %2.</source>
        <translation>Trinnet blev ikke fortrudt: &quot;%1&quot; er siden blevet slettet af %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The step was not redone: %2 changed &quot;%1&quot; at %3, after it was undone here, and redoing it would overwrite their change.</source>
        <translation>Trinnet blev ikke gentaget: %2 ændrede &quot;%1&quot; den %3, efter at trinnet blev fortrudt her, og en gentagelse ville overskrive ændringen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The step was not undone: %2 changed &quot;%1&quot; at %3, after it was made here, and undoing it would overwrite their change.</source>
        <translation>Trinnet blev ikke fortrudt: %2 ændrede &quot;%1&quot; den %3, efter at trinnet blev foretaget her, og en fortrydelse ville overskrive ændringen.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The connection is back. Your change “%1” was not saved; make it again if you still want it.</source>
        <translation>Forbindelsen er tilbage. Din ændring ”%1” blev ikke gemt; foretag den igen, hvis du stadig ønsker den.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection is back. Your change “%1” was saved after all; undo takes it back.</source>
        <translation>Forbindelsen er tilbage. Din ændring ”%1” blev gemt alligevel; fortryd tager den tilbage.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The register was changed by another program and could not be read again: %1</source>
        <translation>Fortegnelsen blev ændret af et andet program og kunne ikke indlæses igen: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The register was changed by the person editing it; this window shows the changes.</source>
        <translation>Fortegnelsen blev ændret af den person, der redigerer den; dette vindue viser ændringerne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register was changed elsewhere and has been read again. Undo still works for your changes, except where an item was changed since.</source>
        <translation>Fortegnelsen blev ændret et andet sted og er indlæst igen. Du kan stadig fortryde dine ændringer, undtagen hvor et element er ændret siden.</translation>
    </message>
    <message>
        <source>The register was changed by another program and has been read again. The undo history was cleared, since it no longer applies.</source>
        <translation type="vanished">Fortegnelsen blev ændret af et andet program og er indlæst igen. Fortrydelseshistorikken er ryddet, da den ikke længere gælder.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::DocumentBanner</name>
    <message>
        <location filename="../views/documentbanner.cpp" line="+23"/>
        <source>Repair…</source>
        <translation>Reparer…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>What is wrong: %1</source>
        <translation>Hvad der er galt: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The change was not made.</source>
        <translation>Ændringen blev ikke foretaget.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::ExportDialog</name>
    <message>
        <location filename="../views/exportdialog.cpp" line="+35"/>
        <source>Web page (HTML)</source>
        <translation>Webside (HTML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web snippet for a website (HTML)</source>
        <translation>Uddrag til et websted (HTML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain text</source>
        <translation>Ren tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument text (ODT)</source>
        <translation>OpenDocument-tekst (ODT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Only the first layer, which links to the full policy at:</source>
        <translation>&amp;Kun første lag, som linker til hele politikken på:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+158"/>
        <source>Export policy</source>
        <translation>Eksporter privatlivspolitik</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>The essentials on one screen: who you are, what you do and why, who receives the data, transfers, rights and how to complain. Publish the full policy at the address you give; the first layer&apos;s links lead into it.</source>
        <translation>Det væsentlige på én skærm: hvem I er, hvad I gør og hvorfor, hvem der modtager oplysningerne, overførsler, rettigheder og hvordan man klager. Offentliggør hele politikken på den adresse, du angiver; første lags links fører ind i den.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://example.dk/privacy</source>
        <translation>https://example.dk/privatliv</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Everyone (the whole policy)</source>
        <translation>Alle (hele privatlivspolitikken)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The register has %n error(s). The policy will show a gap where a required fact is missing; fix the errors before you publish it.</source>
        <translation>
            <numerusform>Fortegnelsen har %n fejl. Privatlivspolitikken vil have et hul, hvor en påkrævet oplysning mangler; ret fejlen, før du offentliggør den.</numerusform>
            <numerusform>Fortegnelsen har %n fejl. Privatlivspolitikken vil have et hul, hvor en påkrævet oplysning mangler; ret fejlene, før du offentliggør den.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show the &amp;errors</source>
        <translation>&amp;Vis fejlene</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Language:</source>
        <translation>S&amp;prog:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audience:</source>
        <translation>&amp;Målgruppe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Gennemse...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File:</source>
        <translation>F&amp;il:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>“%1” is not a web address such as https://example.dk/privacy, without a #part.</source>
        <translation>”%1” er ikke en webadresse som https://example.dk/privatliv uden en #-del.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>privacy-policy</source>
        <translation>privatlivspolitik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>first-layer</source>
        <translation>første-lag</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::FieldSet</name>
    <message>
        <source>EU</source>
        <translation type="vanished">EU</translation>
    </message>
    <message>
        <source>EEA</source>
        <translation type="vanished">EØS</translation>
    </message>
    <message>
        <source>adequacy decision</source>
        <translation type="vanished">tilstrækkelighedsafgørelse</translation>
    </message>
    <message>
        <source>partial adequacy</source>
        <translation type="vanished">delvis tilstrækkelighedsafgørelse</translation>
    </message>
    <message>
        <source>third country, no adequacy</source>
        <translation type="vanished">tredjeland uden tilstrækkelighedsafgørelse</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="vanished">ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Not a date yet: write it as YYYY-MM-DD, for example 2026-06-08. The field keeps its last valid value until then.</source>
        <translation type="vanished">Endnu ikke en dato: skriv den som ÅÅÅÅ-MM-DD, f.eks. 2026-06-08. Feltet beholder sin seneste gyldige værdi indtil da.</translation>
    </message>
    <message>
        <location filename="../views/fieldset.cpp" line="+177"/>
        <source>nordlys.dk or https://nordlys.dk/privacy</source>
        <translation>nordlys.dk eller https://nordlys.dk/privatlivspolitik</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Not a date: write it as %1 (or YYYY-MM-DD), for example %2. The register keeps %3 until then.</source>
        <translation>Ikke en dato: skriv den som %1 (eller ÅÅÅÅ-MM-DD), for eksempel %2. Fortegnelsen beholder %3 indtil da.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a date: write it as %1 (or YYYY-MM-DD), for example %2. The register keeps no date until then.</source>
        <translation>Ikke en dato: skriv den som %1 (eller ÅÅÅÅ-MM-DD), for eksempel %2. Fortegnelsen har ingen dato indtil da.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>One per line</source>
        <translation>Én pr. linje</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation type="vanished">Dette er ikke en e-mailadresse.</translation>
    </message>
    <message>
        <source>Write a web address, for example https://www.example.dk.</source>
        <translation type="vanished">Skriv en webadresse, f.eks. https://www.example.dk.</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation type="vanished">Der skal angives et navn.</translation>
    </message>
    <message>
        <source>A sub-processor needs the processor above it (Art. 28(2) and (4)).</source>
        <translation type="vanished">En underdatabehandler skal have en databehandler over sig (art. 28, stk. 2 og 4).</translation>
    </message>
    <message>
        <source>Name the controller you process for (Art. 30(2)).</source>
        <translation type="vanished">Angiv den dataansvarlige, du behandler for (art. 30, stk. 2).</translation>
    </message>
    <message>
        <source>Describe the interest pursued; the policy must state it (Art. 13(1)(d)).</source>
        <translation type="vanished">Beskriv den forfulgte interesse; privatlivspolitikken skal angive den (art. 13, stk. 1, litra d).</translation>
    </message>
    <message>
        <source>The activity processes special categories: choose an Art. 9(2) condition.</source>
        <translation type="vanished">Aktiviteten behandler særlige kategorier af personoplysninger: vælg en undtagelse i art. 9, stk. 2.</translation>
    </message>
    <message>
        <location filename="../views/listeditor.cpp" line="+33"/>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>(new, not filled in)</source>
        <translation>(ny, ikke udfyldt)</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Fields</name>
    <message>
        <location filename="../model/labels.cpp" line="-209"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration number</source>
        <translation>Registreringsnummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CVR number, organisation number or similar.</source>
        <translation>CVR-nummer, organisationsnummer el.lign.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Websted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact page</source>
        <translation>Kontaktside</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A web page people can contact you through, e.g. a form. The policy gives it when there is no e-mail address.</source>
        <translation>En webside, hvor folk kan kontakte dig, fx en formular. Privatlivspolitikken angiver den, når der ikke er nogen e-mailadresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data protection officer</source>
        <translation>Databeskyttelsesrådgiver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 37-39; contact details go in the policy, Art. 13(1)(b).</source>
        <translation>Art. 37-39; kontaktoplysningerne skal stå i privatlivspolitikken, art. 13, stk. 1, litra b.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU representative</source>
        <translation>Repræsentant i EU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 27, for controllers outside the EU.</source>
        <translation>Art. 27, for dataansvarlige uden for EU.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead supervisory authority</source>
        <translation>Ledende tilsynsmyndighed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the register</source>
        <translation>Fortegnelsens sprog</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The language you write the register&apos;s texts in.</source>
        <translation>Det sprog, du skriver fortegnelsens tekster på.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security measures, general description</source>
        <translation>Sikkerhedsforanstaltninger, generel beskrivelse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 30(1)(g) and Art. 32.</source>
        <translation>Art. 30, stk. 1, litra g, og art. 32.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common category</source>
        <translation>Standardkategori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Includes children</source>
        <translation>Omfatter børn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The Danish age of digital consent is 15 (DBL § 6(2)).</source>
        <translation>Den danske aldersgrænse for digitalt samtykke er 15 år (DBL § 6, stk. 2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of data</source>
        <translation>Type af oplysninger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Special categories: Art. 9. Criminal offences: Art. 10. CPR numbers: DBL § 11.</source>
        <translation>Særlige kategorier: art. 9. Strafbare forhold: art. 10. CPR-numre: DBL § 11.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Udbyder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session cookie</source>
        <translation>Sessionscookie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Varighed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration unit</source>
        <translation>Enhed for varighed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in this language</source>
        <translation>Navn på dette sprog</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For a party named by what it does (&quot;Newsletter provider&quot;): its name in the language you write in. Left empty, documents use the name above.</source>
        <translation>For en part, der er navngivet efter det, den gør (&quot;Udbyder af nyhedsbrevsløsning&quot;): dens navn på det sprog, du skriver på. Står feltet tomt, bruger dokumenterne navnet ovenfor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Ydelse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they do for us, or what we share with them.</source>
        <translation>Hvad de gør for os, eller hvad vi deler med dem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processor above</source>
        <translation>Overordnet databehandler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For a sub-processor: the processor that engaged it (Art. 28(2) and (4)).</source>
        <translation>For en underdatabehandler: den databehandler, der har antaget den (art. 28, stk. 2 og 4).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy policy link</source>
        <translation>Link til privatlivspolitik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data processing agreement link</source>
        <translation>Link til databehandleraftale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-processor list link</source>
        <translation>Link til liste over underdatabehandlere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other links</source>
        <translation>Andre links</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data processing agreement</source>
        <translation>Databehandleraftale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 28(3).</source>
        <translation>Art. 28, stk. 3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Underskrevet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review</source>
        <translation>Næste gennemgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certifications</source>
        <translation>Certificeringer</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+48"/>
        <source>One per line.</source>
        <translation>Én pr. linje.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Certified under the EU-US Data Privacy Framework</source>
        <translation>Certificeret under EU-US Data Privacy Framework</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision (EU) 2023/1795: adequacy for the US covers certified organisations only.</source>
        <translation>Afgørelse (EU) 2023/1795: tilstrækkelighedsafgørelsen for USA omfatter kun certificerede organisationer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPF certification checked on</source>
        <translation>DPF-certificering kontrolleret den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Essence of the arrangement</source>
        <translation>Ordningens væsentligste indhold</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Joint controllers, Art. 26(2): made available to data subjects.</source>
        <translation>Fælles dataansvarlige, art. 26, stk. 2: stilles til rådighed for de registrerede.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing done for this controller</source>
        <translation>Behandling udført for denne dataansvarlige</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 30(2)(b).</source>
        <translation>Art. 30, stk. 2, litra b.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A class of clients, not one named client</source>
        <translation>En gruppe af kunder, ikke én navngiven kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For example all customers of a platform; each client is named in the list of clients.</source>
        <translation>For eksempel alle kunder på en platform; hver kunde er opført i kundelisten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the list of clients is kept</source>
        <translation>Hvor kundelisten opbevares</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CRM, agreement archive: Art. 30(2)(a) requires each controller&apos;s name and contact details.</source>
        <translation>CRM, aftalearkiv: Efter art. 30, stk. 2, litra a, skal hver dataansvarligs navn og kontaktoplysninger fremgå.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client controller</source>
        <translation>Dataansvarlig kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When we process as a processor: the controller we act for, Art. 30(2).</source>
        <translation>Når vi behandler som databehandler: den dataansvarlige, vi handler på vegne af, art. 30, stk. 2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint controllers</source>
        <translation>Fælles dataansvarlige</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 26.</source>
        <translation>Art. 26.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purposes and legal bases</source>
        <translation>Formål og behandlingsgrundlag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 30(1)(b); the basis of each purpose goes in the policy, Art. 13(1)(c).</source>
        <translation>Art. 30, stk. 1, litra b; grundlaget for hvert formål skal stå i privatlivspolitikken, art. 13, stk. 1, litra c.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis (Art. 6(1))</source>
        <translation>Behandlingsgrundlag (art. 6, stk. 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legitimate interest pursued</source>
        <translation>Forfulgt legitim interesse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required where the basis is Art. 6(1)(f); Art. 13(1)(d).</source>
        <translation>Påkrævet, når grundlaget er art. 6, stk. 1, litra f; art. 13, stk. 1, litra d.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct marketing</source>
        <translation>Direkte markedsføring</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gives the absolute right to object, Art. 21(2)-(4).</source>
        <translation>Giver ubetinget ret til indsigelse, art. 21, stk. 2-4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition for special categories (Art. 9(2))</source>
        <translation>Undtagelse for særlige kategorier (art. 9, stk. 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis for criminal-offence data (Art. 10: DBL § 8, personopplysningsloven § 11, dataskyddslagen 3 kap. 8 §)</source>
        <translation>Grundlag for oplysninger om strafbare forhold (art. 10: DBL § 8, personopplysningsloven § 11, dataskyddslagen 3 kap. 8 §)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ground for national identity numbers (DBL § 11, personopplysningsloven § 12, dataskyddslagen 3 kap. 10 §)</source>
        <translation>Grundlag for nationale identifikationsnumre (DBL § 11, personopplysningsloven § 12, dataskyddslagen 3 kap. 10 §)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not confirmed (generated by an import)</source>
        <translation>Ikke bekræftet (dannet ved en import)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Consent to cookies is withdrawn in</source>
        <translation>Samtykke til cookies trækkes tilbage i</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The policy tells visitors where; left empty, it says nothing about it and the checks ask.</source>
        <translation>Politikken fortæller besøgende hvor; står feltet tomt, siger den intet om det, og kontrollerne spørger.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Transfer %1</source>
        <translation>Overførsel %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purpose %1</source>
        <translation>Formål %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matrix row %1</source>
        <translation>Matrixrække %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient %1</source>
        <translation>Modtager %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source %1</source>
        <translation>Kilde %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention rule %1</source>
        <translation>Opbevaringsregel %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link %1</source>
        <translation>Link %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section %1</source>
        <translation>Afsnit %1</translation>
    </message>
    <message>
        <source>Basis for criminal-offence data (DBL § 8)</source>
        <translation type="vanished">Grundlag for oplysninger om strafbare forhold (DBL § 8)</translation>
    </message>
    <message>
        <source>Ground for CPR numbers (DBL § 11)</source>
        <translation type="vanished">Grundlag for CPR-numre (DBL § 11)</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>National law references</source>
        <translation>Henvisninger til national ret</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One per line: a reference key such as bogforingsloven-10, or free text.</source>
        <translation>Én pr. linje: en referencenøgle som bogforingsloven-10 eller fri tekst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where consent is recorded</source>
        <translation>Hvor samtykket er registreret</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 7(1): you must be able to show consent was given.</source>
        <translation>Art. 7, stk. 1: du skal kunne påvise, at der er givet samtykke.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data categories</source>
        <translation>Kategorier af personoplysninger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 30(1)(c).</source>
        <translation>Art. 30, stk. 1, litra c.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which data concern whom</source>
        <translation>Hvilke oplysninger om hvem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Datatilsynet&apos;s 2020 guidance: link each data category to the subject categories it concerns.</source>
        <translation>Datatilsynets vejledning fra 2020: knyt hver kategori af personoplysninger til de kategorier af registrerede, den vedrører.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject category</source>
        <translation>Kategori af registrerede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject categories</source>
        <translation>Kategorier af registrerede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Modtagere</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 30(1)(d): for each recipient, the data and subject categories it receives.</source>
        <translation>Art. 30, stk. 1, litra d: for hver modtager de kategorier af personoplysninger og af registrerede, som modtageren får oplysninger om.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category of recipients</source>
        <translation>Kategori af modtagere</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When no single party is named.</source>
        <translation>Når der ikke angives en bestemt part.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Kilder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where data comes from when not from the data subject, Art. 14(2)(f).</source>
        <translation>Hvor oplysningerne stammer fra, når de ikke kommer fra den registrerede, art. 14, stk. 2, litra f.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publicly available</source>
        <translation>Offentligt tilgængelige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No data is collected from the data subjects</source>
        <translation>Der indsamles ingen oplysninger hos de registrerede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must the data be provided?</source>
        <translation>Skal oplysningerne gives?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 13(2)(e).</source>
        <translation>Art. 13, stk. 2, litra e.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consequence of not providing it</source>
        <translation>Konsekvens af ikke at give dem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this answer</source>
        <translation>Begrundelse for svaret</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+11"/>
        <source>Answered on</source>
        <translation>Besvaret den</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Data goes outside the EU/EEA</source>
        <translation>Oplysninger overføres uden for EU/EØS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not assessed: derived from the recipients&apos; countries. No: confirms that none of the data leaves the EU/EEA, even where a country is unknown.</source>
        <translation>Ikke vurderet: udledes af modtagernes lande. Nej: bekræfter, at ingen af oplysningerne forlader EU/EØS, heller ikke hvor et land er ukendt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automated decisions</source>
        <translation>Automatiske afgørelser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 22; Art. 13(2)(f).</source>
        <translation>Art. 22; art. 13, stk. 2, litra f.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used</source>
        <translation>Anvendes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiling</source>
        <translation>Profilering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logic involved</source>
        <translation>Logikken bag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Significance and consequences</source>
        <translation>Betydning og konsekvenser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data protection impact assessment</source>
        <translation>Konsekvensanalyse vedrørende databeskyttelse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 35.</source>
        <translation>Art. 35.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>Påkrævet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Systems</source>
        <translation>Systemer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention</source>
        <translation>Opbevaring</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 30(1)(f) and Art. 13(2)(a): a period, or the criteria for it.</source>
        <translation>Art. 30, stk. 1, litra f, og art. 13, stk. 2, litra a: en periode eller kriterierne for den.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted from</source>
        <translation>Regnet fra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it is deleted</source>
        <translation>Hvordan oplysningerne slettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security measures</source>
        <translation>Sikkerhedsforanstaltninger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last reviewed</source>
        <translation>Sidst gennemgået</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country or organisation</source>
        <translation>Land eller organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>Modtager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing activities</source>
        <translation>Behandlingsaktiviteter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer mechanism</source>
        <translation>Overførselsgrundlag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 45, 46 or 49.</source>
        <translation>Art. 45, 46 eller 49.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safeguards or assessment</source>
        <translation>Garantier eller vurdering</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For Art. 49(1) second subparagraph, the documentation Art. 30(1)(e) requires.</source>
        <translation>Ved art. 49, stk. 1, andet afsnit: den dokumentation, som art. 30, stk. 1, litra e, kræver.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document reference</source>
        <translation>Dokumentreference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer impact assessment date</source>
        <translation>Dato for vurdering af overførslens virkning (TIA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the policy covers</source>
        <translation>Hvad privatlivspolitikken omfatter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last updated</source>
        <translation>Sidst opdateret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Offentliggjort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Governing law</source>
        <translation>Lovvalg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Værneting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests answered within (days)</source>
        <translation>Anmodninger besvares inden for (dage)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>0: within one month, Art. 12(3).</source>
        <translation>0: inden for en måned, art. 12, stk. 3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy contact e-mail</source>
        <translation>E-mail til henvendelser om databeskyttelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy contact phone</source>
        <translation>Telefon til henvendelser om databeskyttelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cookie policy link</source>
        <translation>Link til cookiepolitik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How readers are told of changes</source>
        <translation>Hvordan læserne får besked om ændringer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own sections</source>
        <translation>Egne afsnit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blank lines separate paragraphs; lines starting with &quot;- &quot; make a list.</source>
        <translation>Tomme linjer adskiller afsnit; linjer, der begynder med ”- ”, bliver til en liste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed next to</source>
        <translation>Placeret ved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placement</source>
        <translation>Placering</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::History</name>
    <message>
        <source>this version keeps no snapshot of what was %1 yet</source>
        <translation type="vanished">denne version gemmer endnu ikke et øjebliksbillede af det, der blev %1</translation>
    </message>
    <message>
        <source>published</source>
        <translation type="vanished">offentliggjort</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="vanished">indsendt</translation>
    </message>
    <message>
        <location filename="../operations/historyoperations.cpp" line="+78"/>
        <source>&quot;%1&quot; is not a date (yyyy-mm-dd), a date and time, published or submitted</source>
        <translation>&quot;%1&quot; er ikke en dato (åååå-mm-dd), en dato med klokkeslæt, published eller submitted</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the register&apos;s journal begins %1; what it held before then is not known</source>
        <translation>fortegnelsens journal begynder %1; hvad den indeholdt før da, kendes ikke</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>with its next change</source>
        <translation>med den næste ændring</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>no single item &quot;%1&quot;; name it as KIND/ID, e.g. activity/sales</source>
        <translation>intet entydigt element &quot;%1&quot;; angiv det som TYPE/ID, f.eks. activity/sales</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No changes in the journal.</source>
        <translation>Ingen ændringer i journalen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>edit</source>
        <translation>redigering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undo</source>
        <translation>fortrydelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redo</source>
        <translation>gentagelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repair</source>
        <translation>reparation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the earlier state refers to items that no longer exist: %1</source>
        <translation>den tidligere tilstand henviser til elementer, der ikke længere findes: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the organisation and the policy settings cannot be removed</source>
        <translation>organisationen og indstillingerne for privatlivspolitik kan ikke fjernes</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <location line="+19"/>
        <source>the change could not be saved</source>
        <translation>ændringen kunne ikke gemmes</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>the stored item is not %1</source>
        <translation>det gemte element er ikke %1</translation>
    </message>
    <message>
        <location filename="../operations/itemoperations.cpp" line="+94"/>
        <source>The policy was not published: it cannot be made: %1</source>
        <translation>Privatlivspolitikken blev ikke offentliggjort: den kan ikke dannes: %1</translation>
    </message>
    <message>
        <location filename="../operations/snapshotoperations.cpp" line="+116"/>
        <source>the day the record was submitted is missing</source>
        <translation>datoen for indsendelsen af fortegnelsen mangler</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the snapshot could not be kept</source>
        <translation>øjebliksbilledet kunne ikke gemmes</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the register keeps no snapshot %1</source>
        <translation>fortegnelsen har intet øjebliksbillede %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the record has not been marked as submitted yet</source>
        <translation>fortegnelsen er endnu ikke markeret som indsendt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the policy has not been published since the register began keeping snapshots</source>
        <translation>privatlivspolitikken er ikke offentliggjort, siden fortegnelsen begyndte at gemme øjebliksbilleder</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>snapshot %1 cannot be read: %2</source>
        <translation>øjebliksbillede %1 kan ikke læses: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This is the register as it stood at a snapshot: %1 (%2, by %3). It is kept as it was and cannot be changed; File &gt; Save a copy as... makes a register of it that can be edited.</source>
        <translation>Dette er fortegnelsen, som den så ud ved et øjebliksbillede: %1 (%2, af %3). Den bevares, som den var, og kan ikke ændres; med Fil &gt; Gem en kopi som... kan du lave en fortegnelse ud fra den, som kan redigeres.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Policy version %1 published</source>
        <translation>Privatlivspolitik, version %1, offentliggjort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record submitted to %1 on %2</source>
        <translation>Fortegnelse indsendt til %1 den %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record submitted to %1 on %2, case no. %3</source>
        <translation>Fortegnelse indsendt til %1 den %2, sagsnr. %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No snapshots: the policy has not been published nor the record submitted since the register began keeping them.</source>
        <translation>Ingen øjebliksbilleder: privatlivspolitikken er ikke offentliggjort, og fortegnelsen er ikke indsendt, siden fortegnelsen begyndte at gemme dem.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::HistoryActions</name>
    <message>
        <location filename="../views/historyactions.cpp" line="+16"/>
        <location line="+51"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+51"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Fortryd %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Gentag %1</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::HistoryDialog</name>
    <message>
        <location filename="../views/historydialog.cpp" line="+63"/>
        <source>Any</source>
        <translation>Vilkårlig</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Edit</source>
        <translation>Redigering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Fortrydelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Gentagelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair</source>
        <translation>Reparation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Register &amp;history...</source>
        <translation>Fortegnelsens &amp;historik...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Item history...</source>
        <translation>&amp;Elementets historik...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;napshots...</source>
        <translation>Øjebliks&amp;billeder...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>History of “%1”</source>
        <translation>Historik for ”%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History of the register</source>
        <translation>Fortegnelsens historik</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All users</source>
        <translation>Alle brugere</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;User:</source>
        <translation>&amp;Bruger:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>T&amp;il:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fields</source>
        <translation>Felter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Trin</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+243"/>
        <source>&amp;Restore this state</source>
        <translation>&amp;Gendan denne tilstand</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>Makes the item as this change left it, as a new step you can undo.</source>
        <translation>Gendanner elementet, som det var efter denne ændring, i et nyt trin, du kan fortryde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+241"/>
        <source>Restore the state &amp;before</source>
        <translation>Gendan tilstanden &amp;før</translation>
    </message>
    <message>
        <location line="-239"/>
        <source>Makes the item as it was before this change, as a new step you can undo.</source>
        <translation>Gendanner elementet, som det var før denne ændring, i et nyt trin, du kan fortryde.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Load more</source>
        <translation>&amp;Hent flere</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>Choose a change to see its fields before and after.</source>
        <translation>Vælg en ændring for at se dens felter før og efter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 by %2 on %3: %4</source>
        <translation>%1 af %2 den %3: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(did not exist)</source>
        <translation>(fandtes ikke)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(deleted)</source>
        <translation>(slettet)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Restore this state (deletes the item)</source>
        <translation>&amp;Gendan denne tilstand (sletter elementet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the state &amp;before (deletes the item)</source>
        <translation>Gendan tilstanden &amp;før (sletter elementet)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot restore</source>
        <translation>Kan ikke gendanne</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The history cannot be read: %1</source>
        <translation>Historikken kan ikke læses: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No changes in the journal match.</source>
        <translation>Ingen ændringer i journalen passer til filtrene.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The newest %n change(s); more are kept.</source>
        <translation>
            <numerusform>Den nyeste %n ændring; der er gemt flere.</numerusform>
            <numerusform>De nyeste %n ændringer; der er gemt flere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n ændring.</numerusform>
            <numerusform>%n ændringer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fortegnelse::ImportDialog</name>
    <message>
        <location filename="../views/importdialog.cpp" line="+39"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Skal tjekkes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not imported</source>
        <translation>Importeres ikke</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As a &amp;new register:</source>
        <translation>Som en &amp;ny fortegnelse:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Gennemse...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import %1</source>
        <translation>Importér %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <location line="+217"/>
        <source>Found automatically</source>
        <translation>Fundet automatisk</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>A table, one row per activity</source>
        <translation>En tabel med én række pr. aktivitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms, one per activity (label and value)</source>
        <translation>Skemaer, ét pr. aktivitet (feltnavn og værdi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ICO&apos;s controller template</source>
        <translation>ICO&apos;s skabelon for dataansvarlige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A spreadsheet exported by Fortegnelse</source>
        <translation>Et regneark eksporteret fra Fortegnelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CNIL&apos;s simplified register</source>
        <translation>CNIL&apos;s forenklede fortegnelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Opbygning:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Ark:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The language the file is written in; its texts are kept in that language</source>
        <translation>Det sprog, filen er skrevet på; dens tekster gemmes på det sprog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written in:</source>
        <translation>Skrevet på:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Header in the file</source>
        <translation>Overskrift i filen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported as</source>
        <translation>Importeres som</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add to the open register, “%1”, as one step you can undo</source>
        <translation>Tilføj til den åbne fortegnelse, ”%1”, som ét trin, du kan fortryde</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Reading %1... %p%</source>
        <translation>Læser %1... %p%</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Stopped</source>
        <translation>Stoppet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not read</source>
        <translation>Ikke læst</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Read</source>
        <translation>Læst</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read as forms, one per activity, on %1.</source>
        <translation>Læst som skemaer, ét pr. aktivitet, i %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as the ICO&apos;s controller template, sheet %1.</source>
        <translation>Læst som ICO&apos;s skabelon for dataansvarlige, ark %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as a spreadsheet exported by Fortegnelse, sheet %1.</source>
        <translation>Læst som et regneark eksporteret fra Fortegnelse, ark %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as the CNIL&apos;s simplified register, one fiche per activity: %1.</source>
        <translation>Læst som CNIL&apos;s forenklede fortegnelse, ét skema pr. aktivitet: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read as a table with one row per activity: sheet %1, headers in row %2.</source>
        <translation>Læst som en tabel med én række pr. aktivitet: ark %1, overskrifter i række %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text encoding: %1.</source>
        <translation>Tegnkodning: %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(not imported)</source>
        <translation>(importeres ikke)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column %1: choose what it holds</source>
        <translation>Kolonne %1: vælg, hvad den indeholder</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n activities: %1 OK, %2 to check, %3 not importable.</source>
        <translation>
            <numerusform>%n aktivitet: %1 OK, %2 skal tjekkes, %3 kan ikke importeres.</numerusform>
            <numerusform>%n aktiviteter: %1 OK, %2 skal tjekkes, %3 kan ikke importeres.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: nothing to check.</source>
        <translation>%1: intet at tjekke.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A row cannot be imported; correct it in the file or change the mapping</source>
        <translation>En række kan ikke importeres; ret den i filen, eller skift kolonnernes betydning</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New register</source>
        <translation>Ny fortegnelse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registers (*.ropa)</source>
        <translation>Fortegnelser (*.ropa)</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::ItemForm</name>
    <message>
        <location filename="../views/itemform.cpp" line="+86"/>
        <source>Select an item in the list, or add one.</source>
        <translation>Vælg et element på listen, eller tilføj et.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Json</name>
    <message>
        <location filename="../model/jsoncodec.cpp" line="+310"/>
        <source>raw control character U+%1 at byte %2 in a string; write it as \u%1</source>
        <translation>rå kontroltegn U+%1 ved byte %2 i en streng; skriv det som \u%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the key &quot;%1&quot; is given more than once in this object</source>
        <translation>nøglen &quot;%1&quot; er angivet mere end én gang i dette objekt</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Kinds</name>
    <message>
        <location filename="../model/kinds.cpp" line="+14"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Policy settings</source>
        <translation>Indstillinger for privatlivspolitik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subject categories</source>
        <translation>Kategorier af registrerede</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data categories</source>
        <translation>Kategorier af personoplysninger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Processing activities</source>
        <translation>Behandlingsaktiviteter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transfers</source>
        <translation>Overførsler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Security measures</source>
        <translation>Sikkerhedsforanstaltninger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::ListPage</name>
    <message>
        <location line="-14"/>
        <source>New processing activity</source>
        <translation>Ny behandlingsaktivitet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New party</source>
        <translation>Ny part</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>New subject category</source>
        <translation>Ny kategori af registrerede</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New data category</source>
        <translation>Ny kategori af personoplysninger</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New security measure</source>
        <translation>Ny sikkerhedsforanstaltning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New cookie</source>
        <translation>Ny cookie</translation>
    </message>
    <message>
        <location filename="../views/listpage.cpp" line="+38"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;History...</source>
        <translation>&amp;Historik...</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Processor and its sub-processors</source>
        <translation>Databehandler og dens underdatabehandlere</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transfer</source>
        <translation>Overførsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-processor chains</source>
        <translation>Kæder af underdatabehandlere</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Add</source>
        <translation>&amp;Tilføj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dupli&amp;cate</source>
        <translation>&amp;Dupliker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Delete “%1”?</source>
        <translation>Slet ”%1”?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These items refer to it and will no longer do so:</source>
        <translation>Disse elementer henviser til det og vil ikke længere gøre det:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>Du kan fortryde dette med Rediger &gt; Fortryd.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>recorded</source>
        <translation>registreret</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not recorded</source>
        <translation>ikke registreret</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (no processor above it)</source>
        <translation>%1 (ingen overordnet databehandler)</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::MainWindow</name>
    <message>
        <location filename="../views/mainwindow.cpp" line="+111"/>
        <location filename="../views/mainwindowlayout.cpp" line="+91"/>
        <source>Privacy policy preview</source>
        <translation>Forhåndsvisning af privatlivspolitik</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../views/mainwindowlayout.cpp" line="+2"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;åbnet&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../views/mainwindowlayout.cpp" line="-1"/>
        <source>Undo history</source>
        <translation>Fortrydelseshistorik</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Overview</source>
        <translation>Oversigt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New register...</source>
        <translation>&amp;Ny fortegnelse...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open...</source>
        <translation>&amp;Åbn...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to &amp;server...</source>
        <translation>Opret forbindelse til se&amp;rver...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open an e&amp;xample</source>
        <translation>Åbn et ekse&amp;mpel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a &amp;copy as...</source>
        <translation>Gem en &amp;kopi som...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import JSON...</source>
        <translation>&amp;Importer JSON...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a &amp;spreadsheet or Word table...</source>
        <translation>Importér et re&amp;gneark eller en Word-tabel...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export JSON...</source>
        <translation>&amp;Eksporter JSON...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;policy...</source>
        <translation>Eksporter &amp;privatlivspolitik...</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../views/mainwindowfiles.cpp" line="+312"/>
        <source>P&amp;ublish policy...</source>
        <translation>&amp;Offentliggør privatlivspolitik...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../views/mainwindowfiles.cpp" line="-1"/>
        <source>P&amp;ublish policy (administrators only)...</source>
        <translation>&amp;Offentliggør privatlivspolitik (kun administratorer)...</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="vanished">&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="vanished">&amp;Gentag</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="+10"/>
        <source>&amp;Add</source>
        <translation>&amp;Tilføj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dupli&amp;cate</source>
        <translation>&amp;Dupliker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find...</source>
        <translation>S&amp;øg...</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Navigator</source>
        <translation>&amp;Navigator</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System language</source>
        <translation>Systemets sprog</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Fortegnelse</source>
        <translation>&amp;Om Fortegnelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Change not saved</source>
        <translation>Ændringen blev ikke gemt</translation>
    </message>
    <message>
        <source>Open a register with File &gt; Open, create one with File &gt; New, or drop a .ropa or .json file here.</source>
        <translation type="vanished">Åbn en fortegnelse med Fil &gt; Åbn, opret en med Fil &gt; Ny fortegnelse, eller træk en .ropa- eller .json-fil hertil.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Fortegnelse</source>
        <translation>Fortegnelse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, read-only</source>
        <translation>%1, skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../views/mainwindowfiles.cpp" line="-260"/>
        <location line="+4"/>
        <location line="+9"/>
        <source>Cannot import</source>
        <translation>Kan ikke importere</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan ikke læses: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a register Fortegnelse can import.

%2</source>
        <translation>%1 er ikke en fortegnelse, som Fortegnelse kan importere.

%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+100"/>
        <source>The register could not be written to %1.

%2</source>
        <translation>Fortegnelsen kunne ikke skrives til %1.

%2</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Imported %1 into %2</source>
        <translation>%1 er importeret til %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be changed: %2

Open it read-only?</source>
        <translation>%1 kan ikke ændres: %2

Vil du åbne den skrivebeskyttet?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is open for editing by %2. Only one person can change a register at a time.

Open it read-only? The window will show their changes as they make them.</source>
        <translation>%1 er åben til redigering hos %2. Kun én person ad gangen kan ændre en fortegnelse.

Vil du åbne den skrivebeskyttet? Vinduet viser ændringerne, efterhånden som de foretages.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register in use</source>
        <translation>Fortegnelsen er i brug</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open read-only</source>
        <translation>Åbn skrivebeskyttet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open register</source>
        <translation>Kan ikke åbne fortegnelsen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 cannot be opened.

%2</source>
        <translation>%1 kan ikke åbnes.

%2</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… og %n mere</numerusform>
            <numerusform>… og %n mere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register needs repair</source>
        <translation>Fortegnelsen skal repareres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 opened, but Fortegnelse found problems it can repair:

%2

A backup copy of the file is kept next to it, and the repair can be undone.</source>
        <translation>%1 blev åbnet, men Fortegnelse fandt problemer, som den kan reparere:

%2

Der gemmes en sikkerhedskopi af filen ved siden af den, og reparationen kan fortrydes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repair</source>
        <translation>Reparer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The register was updated to the current file format; the old file is kept as %1</source>
        <translation>Fortegnelsen er opdateret til det aktuelle filformat; den gamle fil er gemt som %1</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="+11"/>
        <source>Cannot repair</source>
        <translation>Kan ikke reparere</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The register was repaired. The file as it was is kept as %1.</source>
        <translation>Fortegnelsen blev repareret. Filen, som den var, er gemt som %1.</translation>
    </message>
    <message>
        <source>New register</source>
        <translation type="vanished">Ny fortegnelse</translation>
    </message>
    <message>
        <location filename="../views/mainwindowfiles.cpp" line="+77"/>
        <source>Registers (*.ropa)</source>
        <translation>Fortegnelser (*.ropa)</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+5"/>
        <source>Cannot create register</source>
        <translation>Kan ikke oprette fortegnelsen</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+28"/>
        <source>The folder %1 cannot be made.</source>
        <translation>Mappen %1 kan ikke oprettes.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The register is saved as %1. Every change is saved as you make it.</source>
        <translation>Fortegnelsen er gemt som %1. Alle ændringer gemmes, efterhånden som du foretager dem.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <location line="+10"/>
        <source>Cannot open the example</source>
        <translation>Kan ikke åbne eksemplet</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Fortegnelse examples</source>
        <translation>Fortegnelse-eksempler</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This is your own copy of the example, saved as %1. Change it as you like.</source>
        <translation>Dette er din egen kopi af eksemplet, gemt som %1. Du kan ændre den, som du vil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open register</source>
        <translation>Åbn fortegnelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registers (*.ropa);;JSON registers (*.json)</source>
        <translation>Fortegnelser (*.ropa);;JSON-fortegnelser (*.json)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save a copy as</source>
        <translation>Gem en kopi som</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot save a copy</source>
        <translation>Kan ikke gemme en kopi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved a copy as %1</source>
        <translation>En kopi er gemt som %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import JSON</source>
        <translation>Importer JSON</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+42"/>
        <source>JSON registers (*.json)</source>
        <translation>JSON-fortegnelser (*.json)</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Import a record</source>
        <translation>Importér en fortegnelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets and Word tables (*.xlsx *.ods *.csv *.tsv *.txt *.docx *.odt)</source>
        <translation>Regneark og Word-tabeller (*.xlsx *.ods *.csv *.tsv *.txt *.docx *.odt)</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Imported %n activities as drafts; the problems list shows what to confirm.</source>
        <translation>
            <numerusform>Importerede %n aktivitet som kladde; problemlisten viser, hvad der skal bekræftes.</numerusform>
            <numerusform>Importerede %n aktiviteter som kladder; problemlisten viser, hvad der skal bekræftes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export JSON</source>
        <translation>Eksporter JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot export</source>
        <translation>Kan ikke eksportere</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan ikke skrives: %2</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="vanished">Webside (*.html)</translation>
    </message>
    <message>
        <source>Web snippet (*.html)</source>
        <translation type="vanished">Webuddrag (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="vanished">Markdown (*.md)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation type="vanished">Ren tekst (*.txt)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation type="vanished">OpenDocument-tekst (*.odt)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="vanished">PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export policy</source>
        <translation type="vanished">Eksporter privatlivspolitik</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot export policy</source>
        <translation>Kan ikke eksportere privatlivspolitikken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Policy written to %1</source>
        <translation>Privatlivspolitikken er skrevet til %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publish policy</source>
        <translation>Offentliggør privatlivspolitik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version of the policy you publish now:</source>
        <translation>Version af den privatlivspolitik, du offentliggør nu:</translation>
    </message>
    <message>
        <source>The language changes when you start Fortegnelse again.</source>
        <translation type="vanished">Sproget skifter, når du starter Fortegnelse igen.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="-289"/>
        <location line="+51"/>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <source>Problems (%1 errors, %2 warnings)</source>
        <translation type="vanished">Problemer (%1 fejl, %2 advarsler)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Article 30 &amp;record...</source>
        <translation>&amp;Fortegnelse efter artikel 30...</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Retention rules</source>
        <translation>Opbevaringsregler</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::MatrixEditor</name>
    <message>
        <location filename="../views/matrixeditor.cpp" line="+30"/>
        <source>Confirm as imported</source>
        <translation>Bekræft som importeret</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The people this activity concerns:</source>
        <translation>De registrerede, som aktiviteten vedrører:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What the activity processes, or what one recipient receives of it</source>
        <translation>Hvad aktiviteten behandler, eller hvad en modtager får af det</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accept the links the import generated as they stand</source>
        <translation>Godkend de sammenhænge, importen dannede, som de er</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>What the activity processes</source>
        <translation>Hvad aktiviteten behandler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recipient %1 (not named yet)</source>
        <translation>Modtager %1 (endnu uden navn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What %1 receives</source>
        <translation>Hvad %1 modtager</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: click to tick or clear the column</source>
        <translation>%1: klik for at markere hele kolonnen eller fjerne markeringen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: generated by the import, not confirmed; click to tick or clear the row</source>
        <translation>%1: dannet ved importen, ikke bekræftet; klik for at markere eller rydde rækken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: click to tick or clear the row</source>
        <translation>%1: klik for at markere hele rækken eller fjerne markeringen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 about %2, sent to this recipient</source>
        <translation>%1 om %2, sendt til denne modtager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 about %2</source>
        <translation>%1 om %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear all</source>
        <translation>Fjern alle markeringer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tick all</source>
        <translation>Markér alle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not confirmed: the import gave this recipient everything the activity processes, because the file did not say what it receives. Clear what it does not receive, or confirm it as it is; until then the record shows it as not stated.</source>
        <translation>Ikke bekræftet: importen gav denne modtager alt, hvad aktiviteten behandler, fordi filen ikke angav, hvad den får. Fjern det, den ikke får, eller bekræft det, som det er; indtil da viser fortegnelsen det som ikke angivet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not confirmed: the import linked every category of data to the people in italics, because the file did not say which data concern whom. Clear what does not apply, or confirm the rows as they are; until then the record shows them as not stated.</source>
        <translation>Ikke bekræftet: importen knyttede alle kategorier af oplysninger til de registrerede i kursiv, fordi filen ikke angav, hvilke oplysninger der vedrører hvem. Ryd det, der ikke passer, eller bekræft rækkerne, som de er; indtil da viser fortegnelsen dem som ikke angivet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the activity&apos;s data categories and the people it concerns; then tick which data concern which people.</source>
        <translation>Vælg aktivitetens kategorier af personoplysninger og de registrerede, den vedrører; markér derefter, hvilke oplysninger der vedrører hvilke registrerede.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick what this recipient receives. It receives the ticked data about the ticked people: a tick adds its row and column, clearing one removes its column. Grey cells are not processed.</source>
        <translation>Markér, hvad denne modtager får. Modtageren får de markerede oplysninger om de markerede registrerede: en markering tilføjer rækken og kolonnen, og fjerner du en markering, fjernes kolonnen. Grå celler behandles ikke.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick which data concern which people: click a cell, or a row or column header for the whole row or column; arrow keys and Space work too.</source>
        <translation>Markér, hvilke oplysninger der vedrører hvilke registrerede: klik på en celle eller på en række- eller kolonneoverskrift for hele rækken eller kolonnen; piletasterne og mellemrumstasten virker også.</translation>
    </message>
    <message>
        <source>Choose the activity&apos;s data categories above; then tick which of them concern which people.</source>
        <translation type="vanished">Vælg aktivitetens kategorier af personoplysninger ovenfor; sæt derefter flueben ved, hvilke af dem der vedrører hvem.</translation>
    </message>
    <message>
        <source>Tick which data categories concern which people.</source>
        <translation type="vanished">Sæt flueben ved, hvilke kategorier af personoplysninger der vedrører hvem.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::NewRegisterDialog</name>
    <message>
        <location filename="../views/newregisterdialog.cpp" line="+67"/>
        <location line="+98"/>
        <source>New register</source>
        <translation>Ny fortegnelse</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>A few facts to start from. Everything can be changed later, and every change is saved as you make it.</source>
        <translation>Nogle få oplysninger at begynde med. Alt kan ændres senere, og alle ændringer gemmes, efterhånden som du foretager dem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Data protection officer:</source>
        <translation>&amp;Databeskyttelsesrådgiver:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPO&apos;s &amp;e-mail:</source>
        <translation>Databeskyttelsesrådgiverens &amp;e-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Supervisory authority:</source>
        <translation>&amp;Tilsynsmyndighed:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register &amp;language:</source>
        <translation>Fortegnelsens &amp;sprog:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Gennemse...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File:</source>
        <translation>F&amp;il:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty if none is appointed</source>
        <translation>Lad feltet stå tomt, hvis der ikke er udpeget en</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create</source>
        <translation>Opret</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Angiv organisationens navn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already exists. Choose another name.</source>
        <translation>%1 findes allerede. Vælg et andet navn.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Registers (*.ropa)</source>
        <translation>Fortegnelser (*.ropa)</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Operations</name>
    <message>
        <location filename="../operations/documentoperations.cpp" line="+66"/>
        <source>%1 errors, %2 warnings, %3 advice
</source>
        <translation>%1 fejl, %2 advarsler, %3 råd
</translation>
    </message>
    <message>
        <location filename="../operations/registeroperations.cpp" line="+33"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kan ikke læses: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a folder</source>
        <translation>det er en mappe</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>standard output: write failed: %1</source>
        <translation>standardoutput: skrivning mislykkedes: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>standard output: write failed</source>
        <translation>standardoutput: skrivning mislykkedes</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kan ikke skrives: %2</translation>
    </message>
    <message>
        <location filename="../operations/serveroperations.cpp" line="-42"/>
        <source>%1: a register cannot be copied onto itself</source>
        <translation>%1: en fortegnelse kan ikke kopieres over i sig selv</translation>
    </message>
    <message>
        <location filename="../operations/historyexport.cpp" line="+83"/>
        <source>the register kept changing while it was read; try again when it is not being edited</source>
        <translation>fortegnelsen blev ved med at ændre sig, mens den blev læst; prøv igen, når den ikke redigeres</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::PdfJoin</name>
    <message>
        <location filename="../generators/pdfjoin.cpp" line="+19"/>
        <source>There are no pages to join.</source>
        <translation>Der er ingen sider at samle.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The parts of the PDF could not be joined: %1</source>
        <translation>PDF-filens dele kunne ikke samles: %1</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::PgStore</name>
    <message>
        <location filename="../model/pgload.cpp" line="+138"/>
        <source>Updating the register on the server to schema %1 failed, and it was left at %2: %3</source>
        <translation>Opdateringen af fortegnelsen på serveren til skema %1 mislykkedes, og den står stadig på skema %2: %3</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>created the register&apos;s tables in %1</source>
        <translation>oprettede fortegnelsens tabeller i %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database has a table &quot;meta&quot; but no register in it.</source>
        <translation>Databasen har en tabel &quot;meta&quot;, men ingen fortegnelse i den.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The register on the server was set up by a newer version of Fortegnelse (schema %1; this version knows up to %2).</source>
        <translation>Fortegnelsen på serveren er oprettet af en nyere version af Fortegnelse (skema %1; denne version kender op til %2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>updated the register&apos;s tables from schema %1 to %2</source>
        <translation>opdaterede fortegnelsens tabeller fra skema %1 til %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the register&apos;s tables were there already</source>
        <translation>fortegnelsens tabeller fandtes allerede</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>roles %1 (may read), %2 (may edit) and %3 (may also give both to others)</source>
        <translation>rollerne %1 (må læse), %2 (må redigere) og %3 (må også tildele begge dele til andre)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 holds no register; run &quot;fortegnelse server-init&quot; on it first.</source>
        <translation>%1 indeholder ingen fortegnelse; kør først &quot;fortegnelse server-init&quot; på den.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The register on the server has schema version %1; this Fortegnelse writes %2.</source>
        <translation>Fortegnelsen på serveren har skemaversion %1; denne version af Fortegnelse skriver %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 already holds a register; a copy never replaces one.</source>
        <translation>%1 indeholder allerede en fortegnelse; en kopi erstatter aldrig en fortegnelse.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 already holds a history of changes; a copy never adds to one.</source>
        <translation>%1 indeholder allerede en ændringshistorik; en kopi føjes aldrig til en eksisterende historik.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The register on the server is damaged: %1</source>
        <translation>Fortegnelsen på serveren er beskadiget: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The database %1 does not hold a Fortegnelse register.</source>
        <translation>Databasen %1 indeholder ikke en fortegnelse fra Fortegnelse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The register on the server was set up by a newer version of Fortegnelse (schema %1; this version reads up to %2). Update Fortegnelse to open it.</source>
        <translation>Fortegnelsen på serveren er oprettet af en nyere version af Fortegnelse (skema %1; denne version kan læse op til %2). Opdater Fortegnelse for at åbne den.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The register on the server has schema version %1 and this version of Fortegnelse needs %2: the database&apos;s owner updates it with &quot;fortegnelse server-init&quot;.</source>
        <translation>Fortegnelsen på serveren har skemaversion %1, og denne version af Fortegnelse kræver %2: databasens ejer opdaterer den med &quot;fortegnelse server-init&quot;.</translation>
    </message>
    <message>
        <location line="-353"/>
        <location filename="../model/pgstore.cpp" line="+80"/>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation>PostgreSQL-driveren til Qt er ikke installeret (pakken libqt6sql6-psql).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../model/pgstore.cpp" line="+14"/>
        <source>Could not connect to %1: %2</source>
        <translation>Kunne ikke oprette forbindelse til %1: %2</translation>
    </message>
    <message>
        <location filename="../model/pgstore.cpp" line="+20"/>
        <source>%1 holds no register; run &quot;fortegnelse server-init&quot; on it first (%2).</source>
        <translation>%1 indeholder ingen fortegnelse; kør først &quot;fortegnelse server-init&quot; på den (%2).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the connection to the server was lost (%1)</source>
        <translation>forbindelsen til serveren blev afbrudt (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your login (%1) may not change this register</source>
        <translation>din bruger (%1) må ikke ændre denne fortegnelse</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your login (%1) may only read this register, so it is open read-only.</source>
        <translation>Din bruger (%1) må kun læse denne fortegnelse, så den er åbnet skrivebeskyttet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only the register&apos;s administrators (role %1) publish the policy and submit the record; your login (%2) is not one of them.</source>
        <translation>Kun fortegnelsens administratorer (rollen %1) offentliggør privatlivspolitikken og indsender fortegnelsen; din bruger (%2) er ikke en af dem.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to the server was lost.</source>
        <translation>Forbindelsen til serveren blev afbrudt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the register is open read-only</source>
        <translation>fortegnelsen er åbnet skrivebeskyttet</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>a colleague</source>
        <translation>en kollega</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a colleague deleted %1 after this window read it. The register is read again.</source>
        <translation>en kollega har slettet %1, efter at dette vindue indlæste fortegnelsen. Fortegnelsen indlæses igen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 changed %2 at %3 after this window read it. Their version is shown now; make your change again if it still applies.</source>
        <translation>%1 ændrede %2 den %3, efter at dette vindue indlæste fortegnelsen. Den ændrede version vises nu; foretag din ændring igen, hvis den stadig gælder.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Pickers</name>
    <message>
        <source>%1 in %2</source>
        <translation type="vanished">%1 i %2</translation>
    </message>
    <message>
        <source>Transfer to %1</source>
        <translation type="vanished">Overførsel til %1</translation>
    </message>
    <message>
        <source>Transfer (recipient and country not given yet)</source>
        <translation type="vanished">Overførsel (modtager og land endnu ikke angivet)</translation>
    </message>
    <message>
        <location filename="../model/labels.cpp" line="+243"/>
        <source>Unnamed %1</source>
        <translation>Unavngiven %1</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::PolicyDocument</name>
    <message>
        <location filename="../generators/policydocument.cpp" line="+126"/>
        <source>Template output, line %1, column %2: %3</source>
        <translation>Skabelonens output, linje %1, kolonne %2: %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>text &quot;%1&quot; outside a paragraph in &lt;%2&gt;</source>
        <translation>teksten &quot;%1&quot; uden for et afsnit i &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&lt;%1&gt; is not allowed here</source>
        <translation>&lt;%1&gt; er ikke tilladt her</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>text outside &lt;li&gt; in &lt;%1&gt;</source>
        <translation>tekst uden for &lt;li&gt; i &lt;%1&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+74"/>
        <source>&lt;%1&gt; is not allowed in &lt;%2&gt;</source>
        <translation>&lt;%1&gt; er ikke tilladt i &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>&lt;%1&gt; is not allowed in &lt;table&gt;</source>
        <translation>&lt;%1&gt; er ikke tilladt i &lt;table&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;%1&gt; is not allowed in &lt;tr&gt;</source>
        <translation>&lt;%1&gt; er ikke tilladt i &lt;tr&gt;</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::PolicyDrift</name>
    <message>
        <location filename="../operations/policydrift.cpp" line="+308"/>
        <source>the policy cannot be made from the register now: %1</source>
        <translation>privatlivspolitikken kan ikke dannes ud fra fortegnelsen nu: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the published policy keeps no text in &quot;%1&quot;</source>
        <translation>den offentliggjorte privatlivspolitik indeholder ingen tekst på &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the published text cannot be read back: %1</source>
        <translation>den offentliggjorte tekst kan ikke indlæses igen: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>it keeps no HTML</source>
        <translation>den indeholder ingen HTML</translation>
    </message>
    <message numerus="yes">
        <location filename="../operations/policydriftreport.cpp" line="+60"/>
        <source>The privacy policy published as version %1 would read differently now in %n section(s): %2. Publish it again so that the information given under Art. 13 and 14 matches the record (WP260 rev.01 on changes to the information); fortegnelse drift lists the sentences.</source>
        <translation>
            <numerusform>Den privatlivspolitik, der blev offentliggjort som version %1, ville nu lyde anderledes i %n afsnit: %2. Offentliggør den igen, så oplysningerne efter art. 13 og 14 svarer til fortegnelsen (WP260 rev.01 om ændringer af oplysningerne); fortegnelse drift viser sætningerne.</numerusform>
            <numerusform>Den privatlivspolitik, der blev offentliggjort som version %1, ville nu lyde anderledes i %n afsnit: %2. Offentliggør den igen, så oplysningerne efter art. 13 og 14 svarer til fortegnelsen (WP260 rev.01 om ændringer af oplysningerne); fortegnelse drift viser sætningerne.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The policy has not been published since the register began keeping snapshots, so there is nothing to compare with.</source>
        <translation>Privatlivspolitikken er ikke offentliggjort, siden fortegnelsen begyndte at gemme øjebliksbilleder, så der er intet at sammenligne med.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The drift cannot be worked out: %1</source>
        <translation>Afvigelsen kan ikke opgøres: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The policy published as version %1 would read the same if it were made now (%2).</source>
        <translation>Den privatlivspolitik, der blev offentliggjort som version %1, ville lyde på samme måde, hvis den blev dannet nu (%2).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n section(s) of the policy published as version %1 would read differently now (%2):</source>
        <translation>
            <numerusform>%n afsnit i den privatlivspolitik, der blev offentliggjort som version %1, ville lyde anderledes nu (%2):</numerusform>
            <numerusform>%n afsnit i den privatlivspolitik, der blev offentliggjort som version %1, ville lyde anderledes nu (%2):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The policy made again from the register as published differs from the kept text, so the kept text itself was compared; a change of a link&apos;s target alone is not seen.</source>
        <translation>Når privatlivspolitikken dannes igen ud fra fortegnelsen, som den var ved offentliggørelsen, afviger den fra den gemte tekst, så det er den gemte tekst selv, der er sammenlignet; en ændring, der kun vedrører et links mål, opdages ikke.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Section: %1</source>
        <translation>Afsnit: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New section: %1</source>
        <translation>Nyt afsnit: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section no longer there: %1</source>
        <translation>Afsnittet findes ikke længere: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>- removed: %1</source>
        <translation>- fjernet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+ added: %1</source>
        <translation>+ tilføjet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  the same sentences, in another order</source>
        <translation>  de samme sætninger i en anden rækkefølge</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::PolicyGenerator</name>
    <message>
        <source>Template %1: %2</source>
        <translation type="vanished">Skabelon %1: %2</translation>
    </message>
    <message>
        <location filename="../generators/policygenerator.cpp" line="+94"/>
        <source>No subject category &quot;%1&quot; in the register; use one of: %2</source>
        <translation>Fortegnelsen har ingen kategori af registrerede med navnet &quot;%1&quot;; brug en af: %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The templates left a {{ marker }} in the policy.</source>
        <translation>Skabelonerne efterlod en {{ markør }} i privatlivspolitikken.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This notice has no first layer: it is the short notice of a processor already.</source>
        <translation>Denne meddelelse har intet første lag: den er allerede den korte meddelelse fra en databehandler.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::PolicyPreview</name>
    <message>
        <location filename="../views/policypreview.cpp" line="+33"/>
        <source>&amp;Language:</source>
        <translation>S&amp;prog:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;or:</source>
        <translation>F&amp;or:</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Everyone (the whole policy)</source>
        <translation>Alle (hele privatlivspolitikken)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The policy cannot be generated: %1</source>
        <translation>Privatlivspolitikken kan ikke dannes: %1</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::PolicyWriters</name>
    <message>
        <source>The ODT document could not be written.</source>
        <translation type="vanished">ODT-dokumentet kunne ikke skrives.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::ProblemsPanel</name>
    <message>
        <location filename="../views/problemspanel.cpp" line="+78"/>
        <source>Filter problems</source>
        <translation>Filtrer problemer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quick fix</source>
        <translation>Hurtig rettelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixes for the selected problem, where one is obvious</source>
        <translation>Rettelser til det valgte problem, hvor en rettelse er oplagt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Severity</source>
        <translation>Alvor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>The fix was not applied: the register has changed since the problem was listed, or the change could not be saved.</source>
        <translation>Rettelsen blev ikke udført: fortegnelsen er ændret, siden problemet blev vist, eller ændringen kunne ikke gemmes.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n fejl</numerusform>
            <numerusform>%n fejl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advarsel</numerusform>
            <numerusform>%n advarsler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n advice</source>
        <translation>
            <numerusform>%n råd</numerusform>
            <numerusform>%n råd</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No problems</source>
        <translation>Ingen problemer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems (%1)</source>
        <translation>Problemer (%1)</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::QuickFixes</name>
    <message>
        <location filename="../operations/quickfixes.cpp" line="+104"/>
        <source>Record the transfer to %1 for “%2” (you choose its mechanism next)</source>
        <translation>Registrer overførslen til %1 for ”%2” (du vælger overførselsgrundlaget bagefter)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Keep %1 as “%2”: %3 from %4</source>
        <translation>Opbevar %1 som ”%2”: %3 fra %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Answer whether “%1” needs a DPIA</source>
        <translation>Angiv, om ”%1” kræver en konsekvensanalyse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Review which data concern whom in “%1”</source>
        <translation>Gennemgå, hvilke oplysninger der vedrører hvem, i ”%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confirm that each recipient receives everything listed, as imported</source>
        <translation>Bekræft, at hver modtager får alt det anførte, som importeret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm that all the data concern every category of data subjects, as imported</source>
        <translation>Bekræft, at alle oplysningerne vedrører alle kategorier af registrerede, som importeret</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::RecordExportDialog</name>
    <message>
        <location filename="../views/recordexportdialog.cpp" line="+93"/>
        <location line="+158"/>
        <source>Export record</source>
        <translation>Eksporter fortegnelse</translation>
    </message>
    <message numerus="yes">
        <location line="-146"/>
        <source>The register has %n error(s). The record will show a gap where a fact the law requires is missing; fix the errors before you send it.</source>
        <translation>
            <numerusform>Fortegnelsen har %n fejl. Dokumentet vil vise et hul, hvor en lovpligtig oplysning mangler; ret fejlen, før du sender den.</numerusform>
            <numerusform>Fortegnelsen har %n fejl. Dokumentet vil vise et hul, hvor en lovpligtig oplysning mangler; ret fejlene, før du sender den.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Language of the record:</source>
        <translation>Fortegnelsens sprog:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF, to print or send</source>
        <translation>PDF, til udskrift eller indsendelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ODT, to edit in LibreOffice or Word</source>
        <translation>ODT, til redigering i LibreOffice eller Word</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Gennemse...</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Print record</source>
        <translation>Udskriv fortegnelse</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;File:</source>
        <translation>F&amp;il:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Append the changes since the record submitted on %1</source>
        <translation>&amp;Vedlæg ændringerne siden den fortegnelse, der blev indsendt den %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Append the changes since the record last submitted</source>
        <translation>&amp;Vedlæg ændringerne siden den senest indsendte fortegnelse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No record has been marked as submitted yet, so there is nothing to compare with.</source>
        <translation>Ingen fortegnelse er endnu markeret som indsendt, så der er intet at sammenligne med.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Mark as submitted to the supervisory authority on</source>
        <translation>&amp;Markér som indsendt til tilsynsmyndigheden den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark as submitted to %1 on</source>
        <translation>&amp;Markér som indsendt til %1 den</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>if the authority gave one</source>
        <translation>hvis myndigheden har givet et</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;case no.</source>
        <translation>&amp;sagsnr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The register then keeps the record&apos;s contents, so you can show later what was sent and print it again.</source>
        <translation>Fortegnelsen gemmer derefter indholdet af den indsendte fortegnelse, så du senere kan vise, hvad der blev sendt, og udskrive den igen.</translation>
    </message>
    <message>
        <source>The register then keeps the record&apos;s contents and the SHA-256 of the same record as PDF, so you can show later what was sent.</source>
        <translation type="vanished">Fortegnelsen gemmer derefter indholdet af den indsendte fortegnelse og SHA-256 af den samme fortegnelse som PDF, så du senere kan vise, hvad der blev sendt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+48"/>
        <source>The register then keeps the record&apos;s contents and the SHA-256 of the file, so you can show later what was sent.</source>
        <translation>Fortegnelsen gemmer derefter indholdet af den indsendte fortegnelse og filens SHA-256, så du senere kan vise, hvad der blev sendt.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Print...</source>
        <translation>&amp;Udskriv...</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Only the PDF can be marked as submitted: it is what the authority receives.</source>
        <translation>Kun PDF-filen kan markeres som indsendt: det er den, tilsynsmyndigheden modtager.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument-tekst (*.odt)</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::RecordGenerator</name>
    <message>
        <location filename="../generators/recordgenerator.cpp" line="+73"/>
        <source>&quot;%1&quot; is not a record language; use da, nb, sv or en.</source>
        <translation>&quot;%1&quot; er ikke et sprog for fortegnelsen; brug da, nb, sv eller en.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record needs the date it is made on.</source>
        <translation>Fortegnelsen skal have en dato for, hvornår den er udarbejdet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The record was cancelled.</source>
        <translation>Dannelsen af fortegnelsen blev afbrudt.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The templates left a {{ marker }} in the record.</source>
        <translation>Skabelonerne efterlod en {{ markør }} i fortegnelsen.</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>The record template %1 is missing.</source>
        <translation>Skabelonen til fortegnelsen, %1, mangler.</translation>
    </message>
    <message>
        <source>Template %1: %2</source>
        <translation type="vanished">Skabelon %1: %2</translation>
    </message>
    <message>
        <location filename="../generators/recordannex.cpp" line="+59"/>
        <source>The names of the fields in &quot;%1&quot; are not in this program, so the record&apos;s annex of changes cannot be written.</source>
        <translation>Feltnavnene på &quot;%1&quot; findes ikke i dette program, så fortegnelsens bilag med ændringer kan ikke skrives.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::RecordPainter</name>
    <message>
        <location filename="../generators/recordlayout.cpp" line="+336"/>
        <location filename="../generators/recordpainter.cpp" line="+143"/>
        <location line="+37"/>
        <source>The record was cancelled.</source>
        <translation>Dannelsen af fortegnelsen blev afbrudt.</translation>
    </message>
    <message>
        <location filename="../generators/recordpainter.cpp" line="-92"/>
        <source>The record cannot be painted on this device.</source>
        <translation>Fortegnelsen kan ikke tegnes på denne enhed.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>A new page could not be started.</source>
        <translation>Der kunne ikke startes en ny side.</translation>
    </message>
    <message>
        <location filename="../generators/recordlayout.cpp" line="-177"/>
        <source>The record is too long to lay out at this resolution (%1 pages in one section). Make the controller and processor records separately, or print at a lower resolution.</source>
        <translation>Fortegnelsen er for lang til at blive sat op i denne opløsning (%1 sider i ét afsnit). Dan fortegnelserne som dataansvarlig og som databehandler hver for sig, eller udskriv i en lavere opløsning.</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>The table of contents does not match the headings of the record.</source>
        <translation>Indholdsfortegnelsen svarer ikke til fortegnelsens overskrifter.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::RecordWindow</name>
    <message>
        <location filename="../views/recordwindow.cpp" line="+38"/>
        <source>&amp;Make record</source>
        <translation>&amp;Dan fortegnelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export PDF...</source>
        <translation>&amp;Eksporter PDF...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print...</source>
        <translation>&amp;Udskriv...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Record of processing activities</source>
        <translation>Fortegnelse over behandlingsaktiviteter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Controller and processor records</source>
        <translation>Fortegnelser som dataansvarlig og databehandler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controller record (Art. 30(1))</source>
        <translation>Fortegnelse som dataansvarlig (art. 30, stk. 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processor record (Art. 30(2))</source>
        <translation>Fortegnelse som databehandler (art. 30, stk. 2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit width</source>
        <translation>Tilpas bredde</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Page</source>
        <translation>Side</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The record could not be made.</source>
        <translation>Fortegnelsen kunne ikke dannes.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Record</source>
        <translation>Fortegnelse</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>of %1</source>
        <translation>af %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+52"/>
        <source>There is no record to export yet.</source>
        <translation>Der er endnu ingen fortegnelse at eksportere.</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+79"/>
        <location line="+15"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan ikke skrives: %2</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Export record</source>
        <translation>Eksporter fortegnelse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record was written to %1 and marked as submitted to %2 on %3.</source>
        <translation>Fortegnelsen blev skrevet til %1 og markeret som indsendt til %2 den %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The record was written to %1.</source>
        <translation>Fortegnelsen blev skrevet til %1.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>No record has been marked as submitted yet, so there are no changes to append.</source>
        <translation>Ingen fortegnelse er endnu markeret som indsendt, så der er ingen ændringer at vedlægge.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The record was printed and marked as submitted to %1 on %2.</source>
        <translation>Fortegnelsen blev udskrevet og markeret som indsendt til %1 den %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no record to print yet.</source>
        <translation>Der er endnu ingen fortegnelse at udskrive.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record was not printed: %1</source>
        <translation>Fortegnelsen blev ikke udskrevet: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The record was printed, but not marked as submitted: %1</source>
        <translation>Fortegnelsen blev udskrevet, men ikke markeret som indsendt: %1</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>The record was neither written nor marked as submitted: %1</source>
        <translation>Fortegnelsen blev hverken skrevet eller markeret som indsendt: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The record was marked as submitted, but %1 could not be written: %2</source>
        <translation>Fortegnelsen blev markeret som indsendt, men %1 kunne ikke skrives: %2</translation>
    </message>
    <message>
        <source>fortegnelse.pdf</source>
        <translation type="vanished">fortegnelse.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="vanished">PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Print record</source>
        <translation>Udskriv fortegnelse</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::ReferenceData</name>
    <message>
        <location filename="../model/referencedata.cpp" line="+230"/>
        <source>“%1” is not a known %2</source>
        <extracomment>%1 is a code as stored, %2 the list it is not in (&quot;Art. 6(1) legal basis&quot;)</extracomment>
        <translation>”%1” er ikke en kendt værdi for %2</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::RegisterDiff</name>
    <message>
        <location filename="../model/registerdiff.cpp" line="+181"/>
        <location line="+14"/>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+28"/>
        <source>No differences.</source>
        <translation>Ingen forskelle.</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+30"/>
        <source>%1: added</source>
        <translation>%1: tilføjet</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+28"/>
        <source>%1: removed</source>
        <translation>%1: fjernet</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the register was changed outside Fortegnelse after %1, so its earlier state is not known</source>
        <translation>fortegnelsen blev ændret uden for Fortegnelse efter %1, så dens tidligere tilstand kendes ikke</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the earlier state could not be rebuilt</source>
        <translation>den tidligere tilstand kunne ikke genskabes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the earlier state could not be rebuilt: %1</source>
        <translation>den tidligere tilstand kunne ikke genskabes: %1</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::RegisterLocation</name>
    <message>
        <location filename="../model/registerlocation.cpp" line="+32"/>
        <source>&quot;%1&quot; is not a postgresql:// address</source>
        <translation>&quot;%1&quot; er ikke en postgresql://-adresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the address contains a password; Fortegnelse never keeps one. Put it in ~/.pgpass (or use a service file), and give the address without it.</source>
        <translation>adressen indeholder en adgangskode; Fortegnelse gemmer aldrig adgangskoder. Skriv den i ~/.pgpass (eller brug en servicefil), og angiv adressen uden den.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the address contains a password; Fortegnelse never keeps one. Put it in ~/.pgpass.</source>
        <translation>adressen indeholder en adgangskode; Fortegnelse gemmer aldrig adgangskoder. Skriv den i ~/.pgpass.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the option &quot;%1&quot; of the address has a space or &quot;;&quot; in it, which cannot be passed on</source>
        <translation>parameteren &quot;%1&quot; i adressen indeholder et mellemrum eller &quot;;&quot;, som ikke kan sendes videre</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the address names no database: postgresql://user@host/database</source>
        <translation>adressen angiver ingen database: postgresql://bruger@vært/database</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 exists already; a copy never replaces a register.</source>
        <translation>%1 findes allerede; en kopi erstatter aldrig en fortegnelse.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::RegisterLock</name>
    <message>
        <location filename="../model/registerlock.cpp" line="+40"/>
        <source>another user</source>
        <translation>en anden bruger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2 since %3</source>
        <translation>%1 på %2 siden %3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The lock file %1 cannot be written next to the register.</source>
        <translation>Låsefilen %1 kan ikke skrives ved siden af fortegnelsen.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::RetentionPage</name>
    <message>
        <location filename="../views/retentionpage.cpp" line="+22"/>
        <source>Retention schedule</source>
        <translation>Oversigt over opbevaring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every retention rule in the register. Rules are kept with their processing activity: double-click a rule to edit it there.</source>
        <translation>Alle opbevaringsregler i fortegnelsen. Reglerne hører til deres behandlingsaktivitet: dobbeltklik på en regel for at redigere den dér.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>All of the activity&apos;s data</source>
        <translation>Alle aktivitetens oplysninger</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Reviews</name>
    <message>
        <location filename="../operations/reviews.cpp" line="+118"/>
        <source>Review the processing activity “%1”</source>
        <translation>Gennemgå behandlingsaktiviteten ”%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the agreement with “%1”</source>
        <translation>Gennemgå aftalen med ”%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the Data Privacy Framework certification of “%1”</source>
        <translation>Kontrollér Data Privacy Framework-certificeringen af ”%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the data protection impact assessment of “%1”</source>
        <translation>Gennemgå konsekvensanalysen vedrørende databeskyttelse for ”%1”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>overdue</source>
        <translation>overskredet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>due</source>
        <translation>forfalden</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n review(s) due</source>
        <translation>
            <numerusform>%n gennemgang forfalden</numerusform>
            <numerusform>%n gennemgange forfaldne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overskredet</numerusform>
            <numerusform>%n overskredne</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fortegnelse::SafeOutput</name>
    <message>
        <location filename="../operations/safeoutput.cpp" line="+34"/>
        <source>it is a symbolic link; give the name of the file itself</source>
        <translation>det er et symbolsk link; angiv navnet på selve filen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a folder</source>
        <translation>det er en mappe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a named pipe, not a file</source>
        <translation>det er en navngiven pipe, ikke en fil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is a device, not a file</source>
        <translation>det er en enhed, ikke en fil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a socket, not a file</source>
        <translation>det er en socket, ikke en fil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not an ordinary file</source>
        <translation>det er ikke en almindelig fil</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+48"/>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kan ikke skrives: %2</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>%1: cannot be written: it is the input %2; give another output file</source>
        <translation>%1: kan ikke skrives: det er inputfilen %2; angiv en anden outputfil</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the disk is full</source>
        <translation>disken er fuld</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::SearchPalette</name>
    <message>
        <location filename="../views/searchpalette.cpp" line="+27"/>
        <source>Find in the register</source>
        <translation>Søg i fortegnelsen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name, text or code, e.g. Løn, Mailchimp, art46-2-c</source>
        <translation>Navn, tekst eller kode, f.eks. Løn, Mailchimp, art46-2-c</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::ServerAddress</name>
    <message>
        <source>&quot;%1&quot; is not a postgresql:// address</source>
        <translation type="vanished">&quot;%1&quot; er ikke en postgresql://-adresse</translation>
    </message>
    <message>
        <source>the address contains a password; Fortegnelse never keeps one. Put it in ~/.pgpass (or use a service file), and give the address without it.</source>
        <translation type="vanished">adressen indeholder en adgangskode; Fortegnelse gemmer aldrig adgangskoder. Skriv den i ~/.pgpass (eller brug en servicefil), og angiv adressen uden den.</translation>
    </message>
    <message>
        <source>the address contains a password; Fortegnelse never keeps one. Put it in ~/.pgpass.</source>
        <translation type="vanished">adressen indeholder en adgangskode; Fortegnelse gemmer aldrig adgangskoder. Skriv den i ~/.pgpass.</translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; of the address has a space or &quot;;&quot; in it, which cannot be passed on</source>
        <translation type="vanished">parameteren &quot;%1&quot; i adressen indeholder et mellemrum eller &quot;;&quot;, som ikke kan sendes videre</translation>
    </message>
    <message>
        <source>the address names no database: postgresql://user@host/database</source>
        <translation type="vanished">adressen angiver ingen database: postgresql://bruger@vært/database</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::SnapshotsDialog</name>
    <message>
        <location filename="../views/snapshotsdialog.cpp" line="+48"/>
        <source>No new folder can be made in %1.</source>
        <translation>Der kan ikke oprettes en ny mappe i %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Snapshots: what was published and submitted</source>
        <translation>Øjebliksbilleder: hvad der er offentliggjort og indsendt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the documents in</source>
        <translation>Gem dokumenterne i</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publishing the policy and submitting the record keep what the register said at that moment. Compare one with the register now, or save what was sent.</source>
        <translation>Når privatlivspolitikken offentliggøres, og fortegnelsen indsendes, gemmes det, fortegnelsen indeholdt på det tidspunkt. Sammenlign et øjebliksbillede med fortegnelsen nu, eller gem det, der blev sendt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Compare with now</source>
        <translation>&amp;Sammenlign med nu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save documents...</source>
        <translation>&amp;Gem dokumenter...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the &amp;published text...</source>
        <translation>Vis den &amp;offentliggjorte tekst...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open read-only</source>
        <translation>&amp;Åbn skrivebeskyttet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the register as it stood at this snapshot in a window of its own, where it can be read, checked and exported but not changed.</source>
        <translation>Åbner fortegnelsen, som den så ud ved dette øjebliksbillede, i et separat vindue, hvor den kan læses, kontrolleres og eksporteres, men ikke ændres.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Then</source>
        <translation>Dengang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The snapshots cannot be read: %1</source>
        <translation>Øjebliksbillederne kan ikke læses: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SHA-256 of the record sent: %1</source>
        <translation>SHA-256 for den indsendte fortegnelse: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No snapshots yet: the policy has not been published nor the record submitted since the register began keeping them.</source>
        <translation>Ingen øjebliksbilleder endnu: privatlivspolitikken er ikke offentliggjort, og fortegnelsen er ikke indsendt, siden fortegnelsen begyndte at gemme dem.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+23"/>
        <location line="+38"/>
        <location line="+15"/>
        <source>Cannot read the snapshot</source>
        <translation>Kan ikke læse øjebliksbilledet</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>The snapshot keeps no text in this language.</source>
        <translation>Øjebliksbilledet indeholder ingen tekst på dette sprog.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, as published</source>
        <translation>%1, som offentliggjort</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The snapshot is no longer in the register.</source>
        <translation>Øjebliksbilledet findes ikke længere i fortegnelsen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(did not exist)</source>
        <translation>(fandtes ikke)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(deleted)</source>
        <translation>(slettet)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing has changed since %1.</source>
        <translation>Intet er ændret siden %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n difference(s) between %1 and now:</source>
        <translation>
            <numerusform>%n forskel mellem %1 og nu:</numerusform>
            <numerusform>%n forskelle mellem %1 og nu:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Policy %1 published %2</source>
        <translation>Privatlivspolitik %1 offentliggjort %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record submitted %1</source>
        <translation>Fortegnelse indsendt %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These are the texts as they were published.</source>
        <translation>Dette er teksterne, som de blev offentliggjort.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The record is made again from the register as it was submitted on paper: its content is the record printed.</source>
        <translation>PDF-filen er dannet på ny ud fra fortegnelsen, som den var, da den blev indsendt på papir: indholdet er den udskrevne fortegnelse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record is made again from the register as it was submitted: its content is the record sent, its bytes are not. The file sent had SHA-256 %1.</source>
        <translation>PDF-filen er dannet på ny ud fra fortegnelsen, som den var ved indsendelsen: indholdet er det samme som i den indsendte fortegnelse, men filen er ikke identisk byte for byte. Den indsendte fil havde SHA-256 %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot save the documents</source>
        <translation>Kan ikke gemme dokumenterne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The snapshot holds no documents.</source>
        <translation>Øjebliksbilledet indeholder ingen dokumenter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documents saved</source>
        <translation>Dokumenterne er gemt</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) saved in %1.</source>
        <translation>
            <numerusform>%n fil gemt i %1.</numerusform>
            <numerusform>%n filer gemt i %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fortegnelse::StartPage</name>
    <message>
        <location filename="../views/startpage.cpp" line="+67"/>
        <source>Øsyn: an optician&apos;s shop with a web shop (Danish)</source>
        <translation>Øsyn: en optikerforretning med webshop (dansk)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Octopus: an energy supplier (English)</source>
        <translation>Octopus: en energileverandør (engelsk)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deskhero: a software company with a help desk (English)</source>
        <translation>Deskhero: en softwarevirksomhed med helpdesk (engelsk)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Welcome to Fortegnelse</source>
        <translation>Velkommen til Fortegnelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fortegnelse keeps your record of processing activities (GDPR Article 30) and writes your privacy policy from it. Every change is saved as you make it.</source>
        <translation>Fortegnelse fører din fortegnelse over behandlingsaktiviteter (GDPR artikel 30) og skriver din privatlivspolitik ud fra den. Alle ændringer gemmes, efterhånden som du foretager dem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New register...</source>
        <translation>&amp;Ny fortegnelse...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open...</source>
        <translation>&amp;Åbn...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import a spreadsheet or Word table...</source>
        <translation>&amp;Importér et regneark eller en Word-tabel...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a register from the record you keep today (XLSX, ODS, CSV, DOCX or ODT)</source>
        <translation>Importér den fortegnelse, du fører i dag (XLSX, ODS, CSV, DOCX eller ODT)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recent registers</source>
        <translation>Seneste fortegnelser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None yet. A register you open or create appears here.</source>
        <translation>Ingen endnu. En fortegnelse, du åbner eller opretter, vises her.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Examples</source>
        <translation>Eksempler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registers made from three real privacy policies. Opening one makes a copy you can change; the window&apos;s title says where it is.</source>
        <translation>Fortegnelser lavet ud fra tre virkelige privatlivspolitikker. Når du åbner en, oprettes en kopi, som du kan ændre; vinduets titel viser, hvor den ligger.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Overview</source>
        <translation>Oversigt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the register holds</source>
        <translation>Hvad fortegnelsen indeholder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Privacy policy</source>
        <translation>Privatlivspolitik</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reviews</source>
        <translation>Gennemgange</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record of processing activities</source>
        <translation>Fortegnelse over behandlingsaktiviteter</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The checks find nothing to report.</source>
        <translation>Kontrollen finder intet at bemærke.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2 to look at</source>
        <translation>%1 og %2 at se på</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n fejl</numerusform>
            <numerusform>%n fejl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advarsel</numerusform>
            <numerusform>%n advarsler</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Checking...</source>
        <translation>Kontrollerer...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not published yet. When you publish it (File &gt; Publish policy), the register remembers the version and when.</source>
        <translation>Endnu ikke offentliggjort. Når du offentliggør den (Fil &gt; Offentliggør privatlivspolitik), husker fortegnelsen versionen og tidspunktet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1 published on %2.</source>
        <translation>Version %1 offentliggjort den %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;The register has changed since then&lt;/b&gt;: the published policy may be out of date.</source>
        <translation>&lt;b&gt;Fortegnelsen er ændret siden da&lt;/b&gt;: den offentliggjorte privatlivspolitik kan være forældet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The register has not changed since then.</source>
        <translation>Fortegnelsen er ikke ændret siden da.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the policy...</source>
        <translation>Eksporter privatlivspolitikken...</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Nothing is due for review in the next %n day(s).</source>
        <translation>
            <numerusform>Ingen gennemgange forfalder inden for den næste %n dag.</numerusform>
            <numerusform>Ingen gennemgange forfalder inden for de næste %n dage.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 overdue, %2 due in the next %3 days:</source>
        <translation>%1 er overskredet, %2 forfalder inden for de næste %3 dage:</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n due in the next %1 days:</source>
        <translation>
            <numerusform>%n forfalder inden for de næste %1 dage:</numerusform>
            <numerusform>%n forfalder inden for de næste %1 dage:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (overdue since %2)</source>
        <translation>%1 (overskredet siden %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (by %2)</source>
        <translation>%1 (senest %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>and %n more.</source>
        <translation>
            <numerusform>og %n mere.</numerusform>
            <numerusform>og %n flere.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Whether the record was submitted cannot be read.</source>
        <translation>Det kan ikke læses, om fortegnelsen er indsendt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not submitted to the supervisory authority from this register yet.</source>
        <translation>Endnu ikke indsendt til tilsynsmyndigheden fra denne fortegnelse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the record...</source>
        <translation>Vis fortegnelsen...</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Storage</name>
    <message>
        <location filename="../model/storage.cpp" line="+19"/>
        <source>This register cannot be copied to a file.</source>
        <translation>Denne fortegnelse kan ikke kopieres til en fil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This register cannot be backed up here.</source>
        <translation>Der kan ikke tages en sikkerhedskopi af denne fortegnelse her.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This register cannot be repaired here.</source>
        <translation>Denne fortegnelse kan ikke repareres her.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This register keeps no snapshots.</source>
        <translation>Denne fortegnelse gemmer ingen øjebliksbilleder.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Store</name>
    <message>
        <location filename="../model/storecopies.cpp" line="+76"/>
        <location filename="../model/storefiles.cpp" line="+182"/>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <location filename="../model/storeload.cpp" line="+245"/>
        <source>%1: the stored item has the id &quot;%2&quot;</source>
        <translation>%1: det gemte element har et andet id: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../model/store.cpp" line="+74"/>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>SQLite-driveren til Qt er ikke installeret (pakken libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location filename="../model/storefiles.cpp" line="-131"/>
        <source>The file does not exist.</source>
        <translation>Filen findes ikke.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a file.</source>
        <translation>Dette er ikke en fil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file cannot be read: %1</source>
        <translation>Filen kan ikke læses: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is empty, so it is not a register.</source>
        <translation>Filen er tom og er derfor ikke en fortegnelse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a Fortegnelse register: it is not an SQLite database.</source>
        <translation>Dette er ikke en fortegnelse fra Fortegnelse: det er ikke en SQLite-database.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is read-only; Fortegnelse saves every change at once, so it needs to write to it and its folder. Open it read-only or open a copy instead.</source>
        <translation>Filen er skrivebeskyttet; Fortegnelse gemmer alle ændringer med det samme og skal derfor kunne skrive til den og dens mappe. Åbn den skrivebeskyttet, eller åbn en kopi i stedet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is a link; give the name of the file itself.</source>
        <translation>%1 er et link; angiv navnet på selve filen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a regular file, so it is not replaced.</source>
        <translation>%1 er ikke en almindelig fil, så den erstattes ikke.</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+6"/>
        <source>a private copy could not be written</source>
        <translation>der kunne ikke skrives en privat kopi</translation>
    </message>
    <message>
        <source>The file is read-only; Fortegnelse saves every change at once, so it needs to write to it. Open a copy instead.</source>
        <translation type="vanished">Filen er skrivebeskyttet; Fortegnelse gemmer alle ændringer med det samme og skal derfor kunne skrive til den. Åbn en kopi i stedet.</translation>
    </message>
    <message>
        <location filename="../model/store.cpp" line="+144"/>
        <source>The file cannot be opened as a database: %1</source>
        <translation>Filen kan ikke åbnes som database: %1</translation>
    </message>
    <message>
        <location filename="../model/storeload.cpp" line="-147"/>
        <location line="+17"/>
        <source>The register is busy: another program is writing it. Try again in a moment.</source>
        <translation>Fortegnelsen er optaget: et andet program skriver til den. Prøv igen om et øjeblik.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The file is damaged beyond what Fortegnelse can repair: SQLite cannot read it (%1).</source>
        <translation>Filen er for beskadiget til, at Fortegnelse kan reparere den: SQLite kan ikke læse den (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file cannot be read as a database: %1</source>
        <translation>Filen kan ikke læses som en database: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file is damaged (the database integrity check failed): %1</source>
        <translation>Filen er beskadiget (databasens integritetskontrol mislykkedes): %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is damaged (the database integrity check failed).</source>
        <translation>Filen er beskadiget (databasens integritetskontrol mislykkedes).</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <location line="+7"/>
        <source>This is an SQLite database, but not a Fortegnelse register.</source>
        <translation>Dette er en SQLite-database, men ikke en fortegnelse fra Fortegnelse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is damaged: it has no valid schema version.</source>
        <translation>Filen er beskadiget: den har ingen gyldig skemaversion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This register was saved by a newer version of Fortegnelse (file format %1; this version reads up to %2). Update Fortegnelse to open it.</source>
        <translation>Denne fortegnelse er gemt af en nyere version af Fortegnelse (filformat %1; denne version kan læse op til %2). Opdater Fortegnelse for at åbne den.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the table is not defined the way Fortegnelse defines it</source>
        <translation>tabellen er ikke defineret, som Fortegnelse definerer den</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fortegnelse never creates this; it was not run</source>
        <translation>Fortegnelse opretter aldrig dette; det blev ikke kørt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the table is missing</source>
        <translation>tabellen mangler</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>a second item with this id</source>
        <translation>endnu et element med dette id</translation>
    </message>
    <message>
        <location filename="../model/storecopies.cpp" line="-48"/>
        <location filename="../model/storefiles.cpp" line="+36"/>
        <source>the disk is full</source>
        <translation>disken er fuld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk could not be written (input/output error): %1</source>
        <translation>der kunne ikke skrives til disken (input/output-fejl): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another program is writing the register; try again in a moment</source>
        <translation>et andet program skriver til fortegnelsen; prøv igen om et øjeblik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file or its folder is read-only</source>
        <translation>filen eller dens mappe er skrivebeskyttet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it took too long and was stopped</source>
        <translation>det tog for lang tid og blev stoppet</translation>
    </message>
    <message>
        <location filename="../model/store.cpp" line="-75"/>
        <location filename="../operations/historyexport.cpp" line="-9"/>
        <source>The file is damaged: %1. Run &quot;fortegnelse repair&quot; or open it in Fortegnelse to repair it.</source>
        <translation>Filen er beskadiget: %1. Kør &quot;fortegnelse repair&quot;, eller åbn den i Fortegnelse for at reparere den.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The register is open for editing by %1.</source>
        <translation>Fortegnelsen er åben til redigering hos %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file is damaged: %1</source>
        <translation>Filen er beskadiget: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The register needs updating to the current file format, but a backup could not be written to %1. The file was left as it was.</source>
        <translation>Fortegnelsen skal opdateres til det aktuelle filformat, men der kunne ikke skrives en sikkerhedskopi til %1. Filen er ikke ændret.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Updating the file format failed: %1. A backup of the file as it was is beside it.</source>
        <translation>Opdateringen af filformatet mislykkedes: %1. En sikkerhedskopi af filen, som den var, ligger ved siden af den.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The register was left mid-write by a crash and could not be recovered: %1</source>
        <translation>Skrivningen af fortegnelsen blev afbrudt af et nedbrud, og den kunne ikke gendannes: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Reading the file took longer than %1 seconds and was stopped.</source>
        <translation>Indlæsningen af filen tog mere end %1 sekunder og blev stoppet.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>the folder it would go in does not exist</source>
        <translation>den mappe, den skulle ligge i, findes ikke</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The register is open for editing by %1; close it there first.</source>
        <translation>Fortegnelsen er åben til redigering hos %1; luk den der først.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the register is open read-only</source>
        <translation>fortegnelsen er åbnet skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../model/storecopies.cpp" line="+27"/>
        <source>A copy cannot replace the register it is a copy of.</source>
        <translation>En kopi kan ikke erstatte den fortegnelse, den er en kopi af.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is open for editing by %2.</source>
        <translation>%1 er åben til redigering hos %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A backup could not be written to %1.</source>
        <translation>Der kunne ikke skrives en sikkerhedskopi til %1.</translation>
    </message>
    <message>
        <location filename="../model/sqliteguard.cpp" line="+52"/>
        <source>The database connection is not an SQLite connection.</source>
        <translation>Databaseforbindelsen er ikke en SQLite-forbindelse.</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/step.cpp" line="+75"/>
        <source> (and %n more)</source>
        <translation>
            <numerusform> (og %n mere)</numerusform>
            <numerusform> (og %n mere)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/storerepair.cpp" line="+114"/>
        <source>The file&apos;s structure could not be repaired: %1</source>
        <translation>Filens struktur kunne ikke repareres: %1</translation>
    </message>
    <message>
        <location filename="../model/pgjournal.cpp" line="+26"/>
        <location filename="../model/storejournal.cpp" line="+94"/>
        <source>the journal is written only within a step</source>
        <translation>journalen skrives kun inden for et trin</translation>
    </message>
    <message>
        <location filename="../model/pgsnapshots.cpp" line="+15"/>
        <location filename="../model/storesnapshots.cpp" line="+101"/>
        <source>a snapshot is kept only within a step</source>
        <translation>et øjebliksbillede gemmes kun inden for et trin</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::StoreFiles</name>
    <message>
        <source>The file does not exist.</source>
        <translation type="vanished">Filen findes ikke.</translation>
    </message>
    <message>
        <source>This is not a file.</source>
        <translation type="vanished">Dette er ikke en fil.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="vanished">Filen kan ikke læses: %1</translation>
    </message>
    <message>
        <source>The file is empty, so it is not a register.</source>
        <translation type="vanished">Filen er tom, så den er ikke en fortegnelse.</translation>
    </message>
    <message>
        <source>This is not a Fortegnelse register: it is not an SQLite database.</source>
        <translation type="vanished">Dette er ikke en fortegnelse fra Fortegnelse: det er ikke en SQLite-database.</translation>
    </message>
    <message>
        <source>The file is read-only; Fortegnelse saves every change at once, so it needs to write to it and its folder. Open it read-only or open a copy instead.</source>
        <translation type="vanished">Filen er skrivebeskyttet; Fortegnelse gemmer alle ændringer med det samme og skal derfor kunne skrive til den og dens mappe. Åbn den skrivebeskyttet, eller åbn en kopi i stedet.</translation>
    </message>
    <message>
        <source>%1 is a link; give the name of the file itself.</source>
        <translation type="vanished">%1 er et link; angiv navnet på selve filen.</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it is not replaced.</source>
        <translation type="vanished">%1 er ikke en almindelig fil, så den erstattes ikke.</translation>
    </message>
    <message>
        <source>a private copy could not be written</source>
        <translation type="vanished">der kunne ikke skrives en privat kopi</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="vanished">Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="vanished">disken er fuld</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::StoreLoad</name>
    <message>
        <source>The register is busy: another program is writing it. Try again in a moment.</source>
        <translation type="vanished">Fortegnelsen er optaget: et andet program skriver til den. Prøv igen om et øjeblik.</translation>
    </message>
    <message>
        <source>The file is damaged beyond what Fortegnelse can repair: SQLite cannot read it (%1).</source>
        <translation type="vanished">Filen er for beskadiget til, at Fortegnelse kan reparere den: SQLite kan ikke læse den (%1).</translation>
    </message>
    <message>
        <source>The file cannot be read as a database: %1</source>
        <translation type="vanished">Filen kan ikke læses som en database: %1</translation>
    </message>
    <message>
        <source>The file is damaged (the database integrity check failed): %1</source>
        <translation type="vanished">Filen er beskadiget (databasens integritetskontrol mislykkedes): %1</translation>
    </message>
    <message>
        <source>The file is damaged (the database integrity check failed).</source>
        <translation type="vanished">Filen er beskadiget (databasens integritetskontrol mislykkedes).</translation>
    </message>
    <message>
        <source>This is an SQLite database, but not a Fortegnelse register.</source>
        <translation type="vanished">Dette er en SQLite-database, men ikke en fortegnelse fra Fortegnelse.</translation>
    </message>
    <message>
        <source>The file is damaged: it has no valid schema version.</source>
        <translation type="vanished">Filen er beskadiget: den har ingen gyldig skemaversion.</translation>
    </message>
    <message>
        <source>This register was saved by a newer version of Fortegnelse (file format %1; this version reads up to %2). Update Fortegnelse to open it.</source>
        <translation type="vanished">Denne fortegnelse er gemt af en nyere version af Fortegnelse (filformat %1; denne version kan læse op til %2). Opdater Fortegnelse for at åbne den.</translation>
    </message>
    <message>
        <source>the table is not defined the way Fortegnelse defines it</source>
        <translation type="vanished">tabellen er ikke defineret, som Fortegnelse definerer den</translation>
    </message>
    <message>
        <source>Fortegnelse never creates this; it was not run</source>
        <translation type="vanished">Fortegnelse opretter aldrig dette; det blev ikke kørt</translation>
    </message>
    <message>
        <source>the table is missing</source>
        <translation type="vanished">tabellen mangler</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::StoreLoad::T</name>
    <message>
        <source>%1: the stored item has the id &quot;%2&quot;</source>
        <translation type="vanished">%1: det gemte element har id &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a second item with this id</source>
        <translation type="vanished">endnu et element med dette id</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Tables</name>
    <message>
        <location filename="../generators/tables/recordtablewriters.cpp" line="+171"/>
        <location line="+76"/>
        <source>The spreadsheet could not be written in a temporary folder.</source>
        <translation>Regnearket kunne ikke skrives i en midlertidig mappe.</translation>
    </message>
    <message>
        <location filename="../operations/tables/importfields.cpp" line="+31"/>
        <source>Activity</source>
        <translation>Behandlingsaktivitet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purposes</source>
        <translation>Formål</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Legal basis</source>
        <translation>Behandlingsgrundlag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Condition for special categories</source>
        <translation>Undtagelse for særlige kategorier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Categories of data subjects</source>
        <translation>Kategorier af registrerede</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Categories of personal data</source>
        <translation>Kategorier af personoplysninger</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recipients</source>
        <translation>Modtagere</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Third countries</source>
        <translation>Tredjelande</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transfer safeguards</source>
        <translation>Garantier ved overførsel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retention</source>
        <translation>Opbevaring</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Security measures</source>
        <translation>Sikkerhedsforanstaltninger</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Systems</source>
        <translation>Systemer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>(not imported)</source>
        <translation>(ikke importeret)</translation>
    </message>
    <message>
        <location filename="../operations/tables/importreport.cpp" line="+18"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>advarsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid</source>
        <translation>ugyldig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a table with one row per activity</source>
        <translation>en tabel med én række pr. aktivitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forms with a label and a value per line, one per activity</source>
        <translation>skemaer med et feltnavn og en værdi pr. linje, ét pr. aktivitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the ICO&apos;s controller template</source>
        <translation>ICO&apos;s skabelon for dataansvarlige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fortegnelse&apos;s own export</source>
        <translation>Fortegnelses egen eksport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the CNIL&apos;s simplified register, one fiche per activity</source>
        <translation>CNIL&apos;s forenklede fortegnelse, ét skema pr. aktivitet</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, read as %1</source>
        <translation>, læst som %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forms: %1; labels in column %2.</source>
        <translation>Skemaer: %1; feltnavne i kolonne %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sheet &quot;%1&quot;, headers in row %2.</source>
        <translation>Ark &quot;%1&quot;, overskrifter i række %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns:</source>
        <translation>Kolonner:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data protection officer</source>
        <translation>Databeskyttelsesrådgiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative</source>
        <translation>Repræsentant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activities:</source>
        <translation>Aktiviteter:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 activities: %2 ok, %3 with warnings, %4 invalid.</source>
        <translation>%1 aktiviteter: %2 ok, %3 med advarsler, %4 ugyldige.</translation>
    </message>
    <message>
        <location filename="../operations/tables/tablegrid.cpp" line="+44"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../operations/tables/csvreader.cpp" line="+126"/>
        <location line="+11"/>
        <location filename="../operations/tables/zipsource.cpp" line="+36"/>
        <source>%1: The file is larger than %2 MB, more than any record needs.</source>
        <translation>%1: Filen er større end %2 MB, mere end nogen fortegnelse kræver.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1: The file cannot be read: %2</source>
        <translation>%1: Filen kan ikke læses: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: line %2: the text is neither UTF-8 nor Windows-1252; save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>%1: linje %2: teksten er hverken UTF-8 eller Windows-1252; gem filen som &quot;CSV UTF-8&quot;, og importér den igen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: The file holds NUL characters; it is not a CSV file.</source>
        <translation>%1: Filen indeholder NUL-tegn; den er ikke en CSV-fil.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: line %2 has more than 16,384 cells.</source>
        <translation>%1: linje %2 har mere end 16.384 celler.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../operations/tables/tableimport.cpp" line="+37"/>
        <location line="+81"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: %2 holds more than %3 characters, more than a spreadsheet cell can.</source>
        <translation>%1: %2 indeholder mere end %3 tegn, mere end en celle i et regneark kan rumme.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2: a quoted cell is never closed.</source>
        <translation>%1: %2: en celle i anførselstegn afsluttes aldrig.</translation>
    </message>
    <message>
        <location filename="../operations/tables/zipsource.cpp" line="+8"/>
        <source>%1: The file is not a readable ZIP archive (an office file is one).</source>
        <translation>%1: Filen er ikke et læsbart ZIP-arkiv (hvilket en kontorfil er).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: The archive&apos;s table of contents is damaged.</source>
        <translation>%1: Arkivets indholdsfortegnelse er beskadiget.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: The part %2 is missing.</source>
        <translation>%1: Delen %2 mangler.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 unpacks to more than %3 MB; it is refused as a ZIP bomb or a sheet larger than any record.</source>
        <translation>%1: %2 fylder mere end %3 MB udpakket; den afvises som en ZIP-bombe eller et ark, der er større end nogen fortegnelse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: The archive unpacks to more than %2 MB in all; it is refused as a ZIP bomb.</source>
        <translation>%1: Arkivet fylder i alt mere end %2 MB udpakket; det afvises som en ZIP-bombe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 is compressed more than %3 times; it is refused as a ZIP bomb.</source>
        <translation>%1: %2 er komprimeret mere end %3 gange; den afvises som en ZIP-bombe.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: The part %2 cannot be found in the archive.</source>
        <translation>%1: Delen %2 findes ikke i arkivet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: The part %2 cannot be opened (damaged or encrypted).</source>
        <translation>%1: Delen %2 kan ikke åbnes (beskadiget eller krypteret).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: The part %2 is damaged.</source>
        <translation>%1: Delen %2 er beskadiget.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: The part %2 is damaged (its checksum does not match).</source>
        <translation>%1: Delen %2 er beskadiget (kontrolsummen passer ikke).</translation>
    </message>
    <message>
        <location filename="../operations/tables/docxreader.cpp" line="+37"/>
        <source>The document has more than %1 tables.</source>
        <translation>Dokumentet har mere end %1 tabeller.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../operations/tables/odfreader.cpp" line="+48"/>
        <source>Table %1</source>
        <translation>Tabel %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A table has more than 1,048,576 rows.</source>
        <translation>En tabel har mere end 1.048.576 rækker.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../operations/tables/odfreader.cpp" line="+56"/>
        <source>A row has more than 16,384 columns.</source>
        <translation>En række har mere end 16.384 kolonner.</translation>
    </message>
    <message>
        <location line="+65"/>
        <location filename="../operations/tables/odfreader.cpp" line="+46"/>
        <source>A cell holds more than %1 characters.</source>
        <translation>En celle indeholder mere end %1 tegn.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: The document has no tables.</source>
        <translation>%1: Dokumentet har ingen tabeller.</translation>
    </message>
    <message>
        <location filename="../operations/tables/odfreader.cpp" line="-115"/>
        <source>The file has more than %1 tables.</source>
        <translation>Filen har mere end %1 tabeller.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The table &quot;%1&quot; has more than 1,048,576 rows.</source>
        <translation>Tabellen &quot;%1&quot; har mere end 1.048.576 rækker.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>%1: The file is an OpenDocument file of a kind that holds no tables to import.</source>
        <translation>%1: Filen er en OpenDocument-fil af en type, der ikke indeholder tabeller, som kan importeres.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: The file has no tables.</source>
        <translation>%1: Filen har ingen tabeller.</translation>
    </message>
    <message>
        <location filename="../operations/tables/readersupport.cpp" line="+10"/>
        <source>%1 holds more than %2 characters, more than a spreadsheet cell can.</source>
        <translation>%1 indeholder mere end %2 tegn, mere end en celle i et regneark kan rumme.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the file has more than %2 cells that hold something; it is refused as larger than any record.</source>
        <translation>%1: filen har mere end %2 udfyldte celler; den afvises, da den er større end nogen fortegnelse.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the cells lie so far apart that the sheet would take more memory than any record needs.</source>
        <translation>%1: cellerne ligger så langt fra hinanden, at arket ville optage mere hukommelse, end nogen fortegnelse kræver.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: a merged range covers more cells than any record has.</source>
        <translation>%1: et flettet område dækker flere celler, end nogen fortegnelse har.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: %2, line %3: %4</source>
        <translation>%1: %2, linje %3: %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The part declares a document type, which office files never do; it is refused so that no entity is expanded.</source>
        <translation>Delen erklærer en dokumenttype, hvilket kontorfiler aldrig gør; den afvises, så ingen entitet udvides.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The part refers to an entity that is not declared.</source>
        <translation>Delen henviser til en entitet, der ikke er erklæret.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The elements nest deeper than %1 levels.</source>
        <translation>Elementerne er indlejret dybere end %1 niveauer.</translation>
    </message>
    <message>
        <location filename="../operations/tables/tableimport.cpp" line="-72"/>
        <source>The file gives no name for the activity; it is named after its purpose.</source>
        <translation>Filen angiver intet navn på aktiviteten; den får navn efter sit formål.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: The activity has no name.</source>
        <translation>%1: Aktiviteten har intet navn.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An activity named &quot;%1&quot; is already in the register; both are kept.</source>
        <translation>Der findes allerede en aktivitet med navnet &quot;%1&quot; i fortegnelsen; begge bevares.</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Every category of data subjects is linked to every category of data (%1 links); confirm or remove them.</source>
        <translation>Alle kategorier af registrerede er knyttet til alle kategorier af personoplysninger (%1 sammenhænge); bekræft eller fjern dem.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each recipient is given every category of data of every data subject; confirm or narrow them.</source>
        <translation>Hver modtager har fået alle kategorier af personoplysninger om alle registrerede; bekræft eller indskrænk det.</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Imported from %1:</source>
        <translation>Importeret fra %1:</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&quot;Pays adéquat&quot; is not taken from the file: whether %1 is adequate, and on which decision, is to be recorded.</source>
        <translation>&quot;Pays adéquat&quot; overtages ikke fra filen: om %1 har et tilstrækkeligt beskyttelsesniveau, og efter hvilken afgørelse, skal registreres.</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+123"/>
        <location line="+98"/>
        <source>Imported from %1, %2.</source>
        <translation>Importeret fra %1, %2.</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>&quot;%1&quot; and &quot;%2&quot; are not among the activity&apos;s categories; the link is not imported.</source>
        <translation>&quot;%1&quot; og &quot;%2&quot; er ikke blandt aktivitetens kategorier; sammenhængen importeres ikke.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The recipient &quot;%1&quot; is not among the activity&apos;s recipients; the link is not imported.</source>
        <translation>Modtageren &quot;%1&quot; er ikke blandt aktivitetens modtagere; sammenhængen importeres ikke.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The legal basis &quot;%1&quot; is not recognised; it is kept in the notes.</source>
        <translation>Behandlingsgrundlaget &quot;%1&quot; genkendes ikke; det bevares i noterne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not placed, to review: %1.</source>
        <translation>Ikke placeret, skal gennemgås: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 legal bases for %2 purposes: choose the basis of each purpose.</source>
        <translation>%1 behandlingsgrundlag til %2 formål: vælg grundlaget for hvert formål.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Several %1 grounds (%2): choose the one of each purpose.</source>
        <translation>Flere grundlag efter %1 (%2): vælg det, der gælder for hvert formål.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The retention &quot;%1&quot; was not read as one period; it is kept as the criterion.</source>
        <translation>Opbevaringsangivelsen &quot;%1&quot; kunne ikke læses som én periode; den bevares som kriterium.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The country &quot;%1&quot; is not recognised; no transfer is recorded for it.</source>
        <translation>Landet &quot;%1&quot; genkendes ikke; der registreres ingen overførsel dertil.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file relies on the EU-US Privacy Shield, invalid since 16 July 2020: review this transfer and record the mechanism it relies on now.</source>
        <translation>Filen bygger på EU-US Privacy Shield, der har været ugyldig siden 16. juli 2020: gennemgå denne overførsel, og registrér det overførselsgrundlag, den nu bygger på.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The transfer to %1 relies on the Privacy Shield, invalid since 2020; it is imported without a mechanism, to review.</source>
        <translation>Overførslen til %1 bygger på Privacy Shield, der har været ugyldig siden 2020; den importeres uden overførselsgrundlag og skal gennemgås.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The transfer to %1 has no mechanism the importer recognises; choose it.</source>
        <translation>Overførslen til %1 har intet overførselsgrundlag, som importen genkender; vælg det.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1: The table has no activities under its headers.</source>
        <translation>%1: Tabellen har ingen aktiviteter under overskrifterne.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: The import was cancelled; nothing was imported.</source>
        <translation>%1: Importen blev afbrudt; intet blev importeret.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The imported activities are drafts: the subject x data links and what each recipient receives were generated from the lists in the file and are marked unconfirmed; the checks list each to confirm.</source>
        <translation>De importerede aktiviteter er kladder: sammenhængene mellem registrerede og oplysninger og det, hver modtager får, er dannet ud fra listerne i filen og markeret som ikke bekræftet; kontrollen viser hver enkelt, der skal bekræftes.</translation>
    </message>
    <message>
        <location filename="../operations/tables/tablemerge.cpp" line="+26"/>
        <location line="+39"/>
        <location line="+42"/>
        <source>%1: nothing was imported: %2</source>
        <translation>%1: intet blev importeret: %2</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+21"/>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kan ikke skrives: %2</translation>
    </message>
    <message>
        <location filename="../operations/tables/tablelayout.cpp" line="+233"/>
        <source>%1: There is no sheet named &quot;%2&quot;.</source>
        <translation>%1: Der er intet ark med navnet &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: No sheet is Fortegnelse&apos;s own export (a sheet &quot;Activities&quot; with &quot;Processing activity&quot; in A1).</source>
        <translation>%1: Intet ark er Fortegnelses egen eksport (et ark &quot;Activities&quot; med &quot;Processing activity&quot; i A1).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: No sheet is laid out as the ICO&apos;s template (a sheet &quot;Template&quot; with &quot;Business function&quot; in A9).</source>
        <translation>%1: Intet ark er opbygget som ICO&apos;s skabelon (et ark &quot;Template&quot; med &quot;Business function&quot; i A9).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: No sheet is a filled-in fiche of the CNIL&apos;s register (a sheet with &quot;Finalité principale&quot; and &quot;Catégories de données personnelles concernées&quot; in column A).</source>
        <translation>%1: Intet ark er et udfyldt skema fra CNIL&apos;s fortegnelse (et ark med &quot;Finalité principale&quot; og &quot;Catégories de données personnelles concernées&quot; i kolonne A).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: No row names at least %2 fields of the record (such as &quot;Formål&quot;, &quot;Kategorier af registrerede&quot;, &quot;Modtagere&quot;).</source>
        <translation>%1: Ingen række indeholder navnene på mindst %2 af fortegnelsens felter (f.eks. &quot;Formål&quot;, &quot;Kategorier af registrerede&quot;, &quot;Modtagere&quot;).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: No sheet or table has a column of at least %2 labels of the record (such as &quot;Formål&quot;, &quot;Kategorier af registrerede&quot;, &quot;Modtagere&quot;).</source>
        <translation>%1: Ingen ark eller tabeller har en kolonne med mindst %2 af fortegnelsens feltnavne (f.eks. &quot;Formål&quot;, &quot;Kategorier af registrerede&quot;, &quot;Modtagere&quot;).</translation>
    </message>
    <message>
        <location filename="../operations/tables/tablereader.cpp" line="+18"/>
        <source>%1: The file does not exist.</source>
        <translation>%1: Filen findes ikke.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: This is not an ordinary file.</source>
        <translation>%1: Dette er ikke en almindelig fil.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: The ZIP archive is not a spreadsheet or a document with tables.</source>
        <translation>%1: ZIP-arkivet er hverken et regneark eller et dokument med tabeller.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: The file is in Office&apos;s old binary format (.xls or .doc); save it as .xlsx, .docx or .ods and import that.</source>
        <translation>%1: Filen er i det gamle binære Office-format (.xls eller .doc); gem den som .xlsx, .docx eller .ods, og importér den nye fil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: The file is named .%2 but is not a ZIP archive, as such a file is.</source>
        <translation>%1: Filen har endelsen .%2 men er ikke et ZIP-arkiv, hvilket sådanne filer altid er.</translation>
    </message>
    <message>
        <location filename="../operations/tables/xlsxreader.cpp" line="+96"/>
        <source>%1: The workbook has no sheets.</source>
        <translation>%1: Projektmappen har ingen ark.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The workbook has more than %1 sheets.</source>
        <translation>Projektmappen har mere end %1 ark.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sheet &quot;%1&quot; has no part.</source>
        <translation>Arket &quot;%1&quot; har ingen tilhørende del.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A shared string holds more than %1 characters.</source>
        <translation>En delt streng indeholder mere end %1 tegn.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>A cell refers to shared string %1, which does not exist.</source>
        <translation>En celle henviser til den delte streng %1, som ikke findes.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The cell reference &quot;%1&quot; is not valid here.</source>
        <translation>Cellereferencen &quot;%1&quot; er ikke gyldig her.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The merged range &quot;%1&quot; is not valid.</source>
        <translation>Det flettede område &quot;%1&quot; er ugyldigt.</translation>
    </message>
    <message>
        <location filename="../operations/tables/tablemerge.cpp" line="-29"/>
        <source>%1 exists already; an import never replaces a file. Choose another name.</source>
        <translation>%1 findes allerede; en import erstatter aldrig en fil. Vælg et andet navn.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1: The register changed after the preview; nothing was imported. Check the preview again.</source>
        <translation>%1: Fortegnelsen blev ændret efter forhåndsvisningen; intet blev importeret. Se forhåndsvisningen igen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: The import would reorder the register; nothing was imported.</source>
        <translation>%1: Importen ville ændre rækkefølgen i fortegnelsen; intet blev importeret.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: The file adds nothing to the register.</source>
        <translation>%1: Filen tilføjer intet til fortegnelsen.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Tables::ZipSource</name>
    <message>
        <source>%1: The file is larger than %2 MB, more than any record needs.</source>
        <translation type="vanished">%1: Filen er større end %2 MB, mere end nogen fortegnelse kræver.</translation>
    </message>
    <message>
        <source>%1: The file is not a readable ZIP archive (an office file is one).</source>
        <translation type="vanished">%1: Filen er ikke et læsbart ZIP-arkiv (hvilket en kontorfil er).</translation>
    </message>
    <message>
        <source>%1: The archive&apos;s table of contents is damaged.</source>
        <translation type="vanished">%1: Arkivets indholdsfortegnelse er beskadiget.</translation>
    </message>
    <message>
        <source>%1: The part %2 is missing.</source>
        <translation type="vanished">%1: Delen %2 mangler.</translation>
    </message>
    <message>
        <source>%1: %2 unpacks to more than %3 MB; it is refused as a ZIP bomb or a sheet larger than any record.</source>
        <translation type="vanished">%1: %2 fylder mere end %3 MB udpakket; den afvises som en ZIP-bombe eller et ark, der er større end nogen fortegnelse.</translation>
    </message>
    <message>
        <source>%1: The archive unpacks to more than %2 MB in all; it is refused as a ZIP bomb.</source>
        <translation type="vanished">%1: Arkivet fylder i alt mere end %2 MB udpakket; det afvises som en ZIP-bombe.</translation>
    </message>
    <message>
        <source>%1: %2 is compressed more than %3 times; it is refused as a ZIP bomb.</source>
        <translation type="vanished">%1: %2 er komprimeret mere end %3 gange; den afvises som en ZIP-bombe.</translation>
    </message>
    <message>
        <source>%1: The part %2 cannot be found in the archive.</source>
        <translation type="vanished">%1: Delen %2 findes ikke i arkivet.</translation>
    </message>
    <message>
        <source>%1: The part %2 cannot be opened (damaged or encrypted).</source>
        <translation type="vanished">%1: Delen %2 kan ikke åbnes (beskadiget eller krypteret).</translation>
    </message>
    <message>
        <source>%1: The part %2 is damaged.</source>
        <translation type="vanished">%1: Delen %2 er beskadiget.</translation>
    </message>
    <message>
        <source>%1: The part %2 is damaged (its checksum does not match).</source>
        <translation type="vanished">%1: Delen %2 er beskadiget (kontrolsummen passer ikke).</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::TemplateData</name>
    <message>
        <location filename="../generators/templatedata.cpp" line="+105"/>
        <source>Template %1, line %2: %3 is not supported; templates may use only variables, sections and comments.</source>
        <translation>Skabelon %1, linje %2: %3 understøttes ikke; skabeloner må kun bruge variabler, sektioner og kommentarer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a partial ({{&gt;name}})</source>
        <translation>en delskabelon ({{&gt;name}})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changing the delimiters ({{=...=}})</source>
        <translation>ændring af skilletegnene ({{=...=}})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Template %1, line %2: %3</source>
        <translation>Skabelon %1, linje %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the section &quot;%1&quot; is inside a section of the same name.</source>
        <translation>sektionen &quot;%1&quot; ligger inde i en sektion med samme navn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sections are nested more than %1 deep.</source>
        <translation>sektionerne er indlejret mere end %1 niveauer dybt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+12"/>
        <source>Template %1: %2</source>
        <translation>Skabelon %1: %2</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::TemplateSet</name>
    <message>
        <location filename="../generators/templateset.cpp" line="+25"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan ikke læses: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no template %1 for the language &quot;%2&quot;.</source>
        <translation>Der findes ingen skabelon %1 for sproget &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a policy language; use da, nb, sv or en.</source>
        <translation>&quot;%1&quot; er ikke et sprog for privatlivspolitikken; brug da, nb, sv eller en.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The template folder %1 does not exist.</source>
        <translation>Skabelonmappen %1 findes ikke.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>language.json for &quot;%1&quot; is not a JSON object: %2</source>
        <translation>language.json for &quot;%1&quot; er ikke et JSON-objekt: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../views/newregisterdialog.cpp" line="-121"/>
        <source>Register</source>
        <translation>Fortegnelse</translation>
    </message>
</context>
<context>
    <name>Undo Commands</name>
    <message>
        <location filename="../model/document.cpp" line="-16"/>
        <source>Repair the register</source>
        <translation>Reparer fortegnelsen</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 of “%2”</source>
        <extracomment>An undo step and the item it changes: &quot;Change name of “Lønadministration”&quot;</extracomment>
        <translation>%1: ”%2”</translation>
    </message>
    <message>
        <location filename="../model/kinds.cpp" line="-22"/>
        <source>subject category</source>
        <translation>kategori af registrerede</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>data category</source>
        <translation>kategori af personoplysninger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>processing activity</source>
        <translation>behandlingsaktivitet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>party</source>
        <translation>part</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>transfer</source>
        <translation>overførsel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>security measure</source>
        <translation>sikkerhedsforanstaltning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cookie</source>
        <translation>cookie</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>policy settings</source>
        <translation>indstillinger for privatlivspolitik</translation>
    </message>
    <message>
        <location filename="../model/document_impl.h" line="+41"/>
        <source>Edit %1</source>
        <translation>Rediger %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit %1 “%2”</source>
        <translation>Rediger %1 ”%2”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add %1</source>
        <translation>Tilføj %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Duplicate %1</source>
        <translation>Dupliker %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate %1 “%2”</source>
        <translation>Dupliker %1 ”%2”</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Delete %1</source>
        <translation>Slet %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete %1 “%2”</source>
        <translation>Slet %1 ”%2”</translation>
    </message>
    <message>
        <location filename="../operations/itemoperations.cpp" line="+53"/>
        <location filename="../views/itemadapter.h" line="+68"/>
        <source>Change %1</source>
        <translation>Ret %1</translation>
    </message>
    <message>
        <location filename="../views/itemadapter.h" line="+41"/>
        <location line="+36"/>
        <source>Add to %1</source>
        <translation>Tilføj til %1</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+35"/>
        <source>Remove from %1</source>
        <translation>Fjern fra %1</translation>
    </message>
    <message>
        <location filename="../operations/itemoperations.cpp" line="-50"/>
        <source>Publish policy version %1</source>
        <translation>Offentliggør privatlivspolitik, version %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+19"/>
        <source>Change which data concern whom</source>
        <translation>Ret, hvilke oplysninger der vedrører hvem</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Change which data concern whom in “%1”</source>
        <translation>Ret, hvilke oplysninger der vedrører hvem, i ”%1”</translation>
    </message>
    <message>
        <location filename="../operations/historyoperations.cpp" line="-30"/>
        <source>Restore %1</source>
        <translation>Gendan %1</translation>
    </message>
    <message>
        <location filename="../operations/activitytemplates.cpp" line="+144"/>
        <source>Fill “%1” from the template “%2”</source>
        <translation>Udfyld ”%1” fra skabelonen ”%2”</translation>
    </message>
    <message>
        <location filename="../operations/catalogues.cpp" line="+226"/>
        <source>Add data category “%1” to “%2”</source>
        <translation>Tilføj kategorien af personoplysninger ”%1” til ”%2”</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+78"/>
        <source>Add subject category “%1” to “%2”</source>
        <translation>Tilføj kategorien af registrerede ”%1” til ”%2”</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Add recipient “%1” to “%2”</source>
        <translation>Tilføj modtageren ”%1” til ”%2”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add measure “%1” to “%2”</source>
        <translation>Tilføj foranstaltningen ”%1” til ”%2”</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add retention rule “%1” to “%2”</source>
        <translation>Tilføj opbevaringsreglen ”%1” til ”%2”</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove subject category “%1” from “%2”</source>
        <translation>Fjern kategorien af registrerede ”%1” fra ”%2”</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Tick %n matrix cell(s) in “%1”</source>
        <translation>
            <numerusform>Markér %n matrixcelle i ”%1”</numerusform>
            <numerusform>Markér %n matrixceller i ”%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Clear %n matrix cell(s) in “%1”</source>
        <translation>
            <numerusform>Fjern markeringen af %n matrixcelle i ”%1”</numerusform>
            <numerusform>Fjern markeringen af %n matrixceller i ”%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Confirm %n imported link(s) in “%1”</source>
        <translation>
            <numerusform>Bekræft %n importeret sammenhæng i ”%1”</numerusform>
            <numerusform>Bekræft %n importerede sammenhænge i ”%1”</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Change what “%1” receives in “%2”</source>
        <translation>Ret, hvad ”%1” modtager, i ”%2”</translation>
    </message>
    <message>
        <location filename="../operations/quickfixes.cpp" line="+24"/>
        <source>Record the transfer to %1 for %2</source>
        <translation>Registrer overførslen til %1 for %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Apply the retention rule “%1” to %2</source>
        <translation>Anvend opbevaringsreglen ”%1” på %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../operations/tables/tablemerge.cpp" line="+3"/>
        <source>Import %n activities from %1</source>
        <translation>
            <numerusform>Importér %n aktivitet fra %1</numerusform>
            <numerusform>Importér %n aktiviteter fra %1</numerusform>
        </translation>
    </message>
</context>
</TS>
