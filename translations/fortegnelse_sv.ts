<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>Fortegnelse</name>
    <message>
        <source>The register is on a network drive (%1). Two people editing it at once can damage it there; keep one copy per person, or use a Fortegnelse server for a team.</source>
        <translation type="vanished">Registret ligger på en nätverksenhet (%1). Om två personer redigerar det samtidigt kan det skadas; ha en kopia per person, eller använd en Fortegnelse-server för ett team.</translation>
    </message>
    <message>
        <source>Updating the register on the server to schema %1 failed, and it was left at %2: %3</source>
        <translation type="vanished">Uppdateringen av registret på servern till schema %1 misslyckades, och det är kvar på %2: %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="vanished">(tomt)</translation>
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
        <translation type="vanished">Inga skillnader.</translation>
    </message>
    <message>
        <source>%1: added</source>
        <translation type="vanished">%1: tillagd</translation>
    </message>
    <message>
        <source>%1: removed</source>
        <translation type="vanished">%1: borttagen</translation>
    </message>
    <message>
        <source>the register was changed outside Fortegnelse after %1, so its earlier state is not known</source>
        <translation type="vanished">registret ändrades utanför Fortegnelse efter %1, så dess tidigare tillstånd är inte känt</translation>
    </message>
    <message>
        <source>the earlier state could not be rebuilt</source>
        <translation type="vanished">det tidigare tillståndet kunde inte återskapas</translation>
    </message>
    <message>
        <source>the earlier state could not be rebuilt: %1</source>
        <translation type="vanished">det tidigare tillståndet kunde inte återskapas: %1</translation>
    </message>
    <message>
        <source>%1 exists already; a copy never replaces a register.</source>
        <translation type="vanished">%1 finns redan; en kopia ersätter aldrig ett register.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::AboutDialog</name>
    <message>
        <location filename="../views/aboutdialog.cpp" line="+11"/>
        <source>Keeps the record of processing activities (GDPR Article 30) and writes the privacy policy from it.</source>
        <translation>För registret över behandling (artikel 30 i dataskyddsförordningen) och skriver integritetspolicyn utifrån det.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licence: none is stated yet. Ask the authors before you redistribute it.</source>
        <translation>Licens: ingen har angetts ännu. Fråga upphovspersonerna innan du distribuerar programmet vidare.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Byggt med Qt %1, körs på Qt %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Made with %1. Each licence&apos;s full text is in /usr/share/doc/&lt;i&gt;package&lt;/i&gt;/copyright.</source>
        <translation>Gjort med %1. Den fullständiga texten till varje licens finns i /usr/share/doc/&lt;i&gt;paket&lt;/i&gt;/copyright.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fortegnelse helps keep a record and write a notice. It is not legal advice: have a lawyer review the generated texts for your organisation.</source>
        <translation>Fortegnelse hjälper dig att föra ett register och skriva en integritetspolicy. Det är inte juridisk rådgivning: låt en jurist granska de genererade texterna för din organisation.</translation>
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
        <translation>Översikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purposes and bases</source>
        <translation>Ändamål och rättsliga grunder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People and data</source>
        <translation>Registrerade och uppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfers</source>
        <translation>Överföringar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention</source>
        <translation>Lagring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPIA and review</source>
        <translation>Konsekvensbedömning och granskning</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Fill from a Danish activity template…</source>
        <translation>Fyll i från en dansk mall för behandling…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adds the template&apos;s purposes and legal bases, people and data, retention rules and typical recipients to this activity, as one step you can undo. Check every value.</source>
        <translation>Lägger till mallens ändamål och rättsliga grunder, registrerade och uppgifter, lagringsregler och typiska mottagare i den här behandlingen, som ett steg som du kan ångra. Kontrollera varje värde.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New data category…</source>
        <translation>Ny kategori av personuppgifter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New subject…</source>
        <translation>Ny kategori av registrerade…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New party…</source>
        <translation>Ny part…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a shipped retention rule…</source>
        <translation>Lägg till en medföljande lagringsregel…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add a common security measure…</source>
        <translation>Lägg till en vanlig säkerhetsåtgärd…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Create</source>
        <translation>Skapa</translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problem</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complete: every required field is filled and the checks find nothing.</source>
        <translation>Klar: alla obligatoriska fält är ifyllda och kontrollerna hittar inget.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %2 required fields filled; %n problem(s) in this section.</source>
        <translation>
            <numerusform>%1 av %2 obligatoriska fält ifyllda; %n problem i det här avsnittet.</numerusform>
            <numerusform>%1 av %2 obligatoriska fält ifyllda; %n problem i det här avsnittet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No transfer of the register names this activity.</source>
        <translation>Ingen överföring i registret anger den här behandlingen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfers recorded for this activity:</source>
        <translation>Överföringar som registrerats för den här behandlingen:</translation>
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
        <translation>norska Datatilsynets förteckning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IMY’s list</source>
        <translation>IMY:s förteckning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Danish Datatilsynet’s list</source>
        <translation>danska Datatilsynets förteckning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your supervisory authority’s list</source>
        <translation>tillsynsmyndighetens förteckning</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>purpose %1</source>
        <translation>ändamål %1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The disclosure of “%1” to “%2” does not say which data categories and which categories of data subjects it concerns. Datatilsynet’s 2020 guidance on Art. 30(1)(d) asks for both, and a notice for one category of data subjects leaves the recipient out unless the disclosure names that category.</source>
        <translation>Utlämnandet till ”%2” i ”%1” anger inte vilka kategorier av personuppgifter och vilka kategorier av registrerade det gäller. Danska Datatilsynets vägledning från 2020 om art. 30.1 d efterfrågar båda, och ett meddelande till en kategori av registrerade utelämnar mottagaren om inte utlämnandet anger den kategorin.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” discloses data to “%2” in %3, but the register records no transfer to %3 for it. Art. 30(1)(e) requires every transfer to a third country to be recorded.</source>
        <translation>”%1” lämnar ut uppgifter till ”%2” i %3, men registret anger ingen överföring till %3 för behandlingen. Enligt art. 30.1 e ska varje överföring till tredjeland framgå av registret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” discloses data to “%2”, whose processor chain includes “%3” in %4, but the register records no transfer to %4 for it. Transfers follow the processor and sub-processor chain, and Art. 30(1)(e) requires each to be recorded.</source>
        <translation>”%1” lämnar ut uppgifter till ”%2”, vars kedja av personuppgiftsbiträden omfattar ”%3” i %4, men registret anger ingen överföring till %4 för behandlingen. Överföringar följer kedjan av personuppgiftsbiträden och underbiträden, och enligt art. 30.1 e ska var och en framgå av registret.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is recorded as transferring no data to third countries, but a recipient is outside the EU/EEA or a transfer is recorded for it. Correct one or the other: Art. 13(1)(f) and 30(1)(e) require the transfers to be stated as they are.</source>
        <translation>”%1” är registrerad som att inga uppgifter överförs till tredjeland, men en mottagare finns utanför EU/EES eller en överföring är registrerad för den. Rätta det ena eller det andra: enligt art. 13.1 f och 30.1 e ska överföringarna anges som de faktiskt är.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is recorded as transferring data to third countries, but no transfer says where to or on which mechanism. Art. 30(1)(e) and 13(1)(f) require the third country and the safeguards.</source>
        <translation>”%1” är registrerad som att uppgifter överförs till tredjeland, men ingen överföring anger vart eller med vilken överföringsmekanism. Enligt art. 30.1 e och 13.1 f ska tredjelandet och skyddsåtgärderna anges.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” discloses data to %2, whose country is not recorded, so no document can say whether data leaves the EU/EEA. Record each recipient’s country, or record that the activity transfers no data to third countries (Art. 13(1)(f), Art. 30(1)(e)).</source>
        <translation>”%1” lämnar ut uppgifter till %2, vars land inte är registrerat, så inget dokument kan ange om uppgifterna lämnar EU/EES. Registrera varje mottagares land, eller registrera att behandlingen inte överför några uppgifter till tredjeland (art. 13.1 f, art. 30.1 e).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is carried out as joint controller but names no other controller. Art. 30(1)(a) requires the joint controllers in the record, and Art. 26 an arrangement with them.</source>
        <translation>”%1” utförs som gemensamt personuppgiftsansvarig, men ingen annan personuppgiftsansvarig anges. Enligt art. 30.1 a ska de gemensamt personuppgiftsansvariga framgå av registret, och art. 26 kräver ett arrangemang med dem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” has no purpose. Art. 30(1)(b) requires the purposes of the processing in the record, and Art. 13(1)(c) in the privacy notice.</source>
        <translation>”%1” har inget ändamål. Enligt art. 30.1 b ska ändamålen med behandlingen framgå av registret och enligt art. 13.1 c av integritetspolicyn.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The purpose “%1” of “%2” has no legal basis. Every purpose needs one under Art. 6(1), and Art. 13(1)(c) requires it in the privacy notice.</source>
        <translation>Ändamålet ”%1” i ”%2” saknar rättslig grund. Varje ändamål måste ha en enligt art. 6.1, och enligt art. 13.1 c ska den anges i integritetspolicyn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The purpose “%1” of “%2” relies on legitimate interests, but the interest pursued is not described. Art. 13(1)(d) requires telling people what it is.</source>
        <translation>Ändamålet ”%1” i ”%2” grundar sig på berättigat intresse, men det intresse som eftersträvas beskrivs inte. Enligt art. 13.1 d ska de registrerade få veta vilket intresse det är.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The purpose “%1” of “%2” relies on %3, which is the law of %4, but the organisation is not established there. Record the ground of the controller’s own national law.</source>
        <translation>Ändamålet ”%1” i ”%2” grundar sig på %3, som hör till lagstiftningen i %4, men organisationen är inte etablerad där. Registrera grunden i den personuppgiftsansvariges egen nationella rätt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The purpose “%1” of “%2” relies on consent, but the register does not say where proof of consent is kept. Art. 7(1) requires the controller to be able to demonstrate consent.</source>
        <translation>Ändamålet ”%1” i ”%2” grundar sig på samtycke, men registret anger inte var bevisen på samtycket förvaras. Enligt art. 7.1 ska den personuppgiftsansvarige kunna visa att samtycke har lämnats.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>“%1” processes special categories of data (%2), but no purpose names an Art. 9(2) condition. Art. 9(1) prohibits the processing without one.</source>
        <translation>”%1” behandlar särskilda kategorier av personuppgifter (%2), men inget ändamål anger ett undantag enligt art. 9.2. Utan ett sådant undantag är behandlingen förbjuden enligt art. 9.1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” processes data about criminal offences (%2), but no purpose names a basis in databeskyttelsesloven § 8. Art. 10 allows the processing only where national law authorises it.</source>
        <translation>”%1” behandlar uppgifter om lagöverträdelser (%2), men inget ändamål anger en grund i den danska databeskyttelsesloven (DBL) § 8. Enligt art. 10 är behandlingen tillåten endast om nationell rätt medger den.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” processes data about criminal offences (%2), but no purpose names personopplysningsloven § 11 as its basis. Art. 10 allows the processing only where national law authorises it.</source>
        <translation>”%1” behandlar uppgifter om lagöverträdelser (%2), men inget ändamål anger personopplysningsloven § 11 som grund. Enligt art. 10 får behandlingen endast ske om den är tillåten enligt nationell rätt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” processes data about criminal offences (%2), but no purpose names dataskyddslagen (2018:218) 3 kap. 8 § with förordning (2018:219) as its basis. Art. 10 allows the processing only where national law authorises it.</source>
        <translation>”%1” behandlar uppgifter om lagöverträdelser (%2), men inget ändamål anger 3 kap. 8 § dataskyddslagen (2018:218) med förordning (2018:219) som grund. Enligt art. 10 får behandlingen endast ske om den är tillåten enligt nationell rätt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” processes data about criminal offences (%2). Art. 10 allows this only where national law authorises it; record the provision you rely on.</source>
        <translation>”%1” behandlar uppgifter om lagöverträdelser (%2). Enligt art. 10 är detta tillåtet endast om nationell rätt medger det; ange den bestämmelse som du stöder dig på.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” processes CPR numbers (%2), but no purpose names a ground in databeskyttelsesloven § 11. Private controllers may process CPR numbers only on the grounds in § 11(2).</source>
        <translation>”%1” behandlar CPR-nummer (%2), men inget ändamål anger en grund i den danska databeskyttelsesloven (DBL) § 11. Privata personuppgiftsansvariga får behandla CPR-nummer endast på de grunder som anges i § 11 andra stycket.</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>In “%1”, the import linked %2 to every category of personal data, because the file did not say which data concern whom. Confirm or prune the links: until then the record shows them as not stated (Art. 30(1)(c), Datatilsynet’s 2020 guidance).</source>
        <translation>I ”%1” kopplade importen %2 till alla kategorier av personuppgifter, eftersom filen inte angav vilka uppgifter som gäller vem. Bekräfta eller rensa kopplingarna: till dess visar registret dem som ej angivna (artikel 30.1 c, danska Datatilsynets vägledning från 2020).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In “%1”, the import gave %2 every category of personal data about everyone, because the file did not say what each recipient receives. Confirm or narrow it: until then the record shows it as not stated (Art. 30(1)(d)).</source>
        <translation>I ”%1” gav importen %2 alla kategorier av personuppgifter om alla registrerade, eftersom filen inte angav vad varje mottagare får. Bekräfta eller begränsa det: till dess visar registret det som ej angivet (artikel 30.1 d).</translation>
    </message>
    <message>
        <source>“%1” processes national identification numbers (%2). Art. 87 lets national law set conditions for them (e.g. personopplysningsloven § 12, dataskyddslagen 3 kap. 10 §); record the ground you rely on.</source>
        <translation type="vanished">”%1” behandlar nationella identifikationsnummer (%2). Enligt art. 87 får nationell rätt fastställa villkor för dem (t.ex. personopplysningsloven § 12, 3 kap. 10 § dataskyddslagen); ange den grund som du stöder dig på.</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>“%1” relies on consent and concerns children. In Denmark the age of digital consent is 15 (databeskyttelsesloven § 6(2), Art. 8(1)); below it a parent must give or authorise consent.</source>
        <translation>”%1” grundar sig på samtycke och gäller barn. I Danmark är åldersgränsen för digitalt samtycke 15 år (den danska databeskyttelsesloven (DBL) § 6 andra stycket, art. 8.1); under den åldern måste den som har föräldraansvar för barnet lämna eller godkänna samtycket.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” lists no categories of personal data. Art. 30(1)(c) requires them in the record.</source>
        <translation>”%1” anger inga kategorier av personuppgifter. Enligt art. 30.1 c ska de framgå av registret.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>In “%1”, %2 is not linked to any category of data subjects. Datatilsynet’s 2020 guidance on Art. 30(1)(c) requires a clear link between data categories and data subjects.</source>
        <translation>I ”%1” saknar %2 koppling till någon kategori av registrerade. Danska Datatilsynets vägledning från 2020 om art. 30.1 c kräver en tydlig koppling mellan kategorier av personuppgifter och registrerade.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>In “%1”, no retention rule covers %2. Art. 30(1)(f) asks for the time limits for erasure, and Art. 13(2)(a) requires them in the privacy notice.</source>
        <translation>I ”%1” finns ingen lagringsregel som omfattar %2. Art. 30.1 f efterfrågar de förutsedda tidsfristerna för radering, och enligt art. 13.2 a ska de anges i integritetspolicyn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A retention rule of “%1” gives neither a period nor a criterion. Art. 13(2)(a) requires one or the other (WP260 rev.01).</source>
        <translation>En lagringsregel i ”%1” anger varken en period eller ett kriterium. Art. 13.2 a kräver det ena eller det andra (WP260 rev.01).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A retention rule of “%1” says only that data is kept as long as necessary. WP260 rev.01 does not accept this: state a period, or a criterion such as an event or a statutory period.</source>
        <translation>En lagringsregel i ”%1” säger bara att uppgifterna sparas så länge det är nödvändigt. Det godtar inte WP260 rev.01: ange en period eller ett kriterium, till exempel en händelse eller en lagstadgad tidsfrist.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” makes automated decisions, but the logic involved or their significance and consequences are not described. Art. 13(2)(f) and 14(2)(g) require both.</source>
        <translation>”%1” fattar automatiserade beslut, men logiken bakom dem eller deras betydelse och följder beskrivs inte. Art. 13.2 f och 14.2 g kräver båda.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>automated decisions based on profiling (Art. 35(3)(a))</source>
        <translation>automatiserade beslut som grundar sig på profilering (art. 35.3 a)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>special categories or criminal-offence data about several groups of people or children (Art. 35(3)(b))</source>
        <translation>särskilda kategorier av personuppgifter eller uppgifter om lagöverträdelser om flera grupper av personer eller om barn (art. 35.3 b)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>systematic monitoring (Art. 35(3)(c))</source>
        <translation>systematisk övervakning (art. 35.3 c)</translation>
    </message>
    <message>
        <source>“%1” involves %2, so a data protection impact assessment is likely required (Art. 35 and Datatilsynet’s list). Record a DPIA, or the reason none is needed.</source>
        <translation type="vanished">”%1” innefattar %2, så en konsekvensbedömning avseende dataskydd krävs sannolikt (art. 35 och danska Datatilsynets förteckning). Registrera en konsekvensbedömning eller skälet till att ingen behövs.</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>“%1” processes national identity numbers (%2), but no purpose names personopplysningsloven § 12 as its ground. They may be processed only where there is an objective need for secure identification and the method is necessary (Art. 87).</source>
        <translation>”%1” behandlar nationella identitetsnummer (%2), men inget ändamål anger personopplysningsloven § 12 som grund. De får endast behandlas när det finns ett sakligt behov av säker identifiering och metoden är nödvändig (art. 87).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” processes personal identity numbers (%2), but no purpose names dataskyddslagen (2018:218) 3 kap. 10 § as its ground. Without consent they may be processed only where clearly justified (Art. 87).</source>
        <translation>”%1” behandlar personnummer (%2), men inget ändamål anger 3 kap. 10 § dataskyddslagen (2018:218) som grund. Utan samtycke får de behandlas endast när det är klart motiverat (art. 87).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” processes national identification numbers (%2). Art. 87 lets national law set conditions for them; record the ground you rely on.</source>
        <translation>”%1” behandlar nationella identitetsnummer (%2). Enligt art. 87 får nationell rätt fastställa villkor för dem; registrera den grund som behandlingen bygger på.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” relies on consent and concerns children. In Norway the age of digital consent is 13 (personopplysningsloven § 5, Art. 8(1)); below it a parent must give or authorise consent.</source>
        <translation>”%1” grundar sig på samtycke och gäller barn. I Norge är åldersgränsen för digitalt samtycke 13 år (personopplysningsloven § 5, art. 8.1); under den måste en förälder ge eller godkänna samtycket.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” relies on consent and concerns children. In Sweden the age of digital consent is 13 (dataskyddslagen (2018:218) 2 kap. 4 §, Art. 8(1)); below it a parent must give or authorise consent.</source>
        <translation>”%1” grundar sig på samtycke och gäller barn. I Sverige är åldersgränsen för digitalt samtycke 13 år (2 kap. 4 § dataskyddslagen (2018:218), art. 8.1); under den måste en förälder ge eller godkänna samtycket.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>In “%1”, %2 is not linked to any category of data subjects. Art. 30(1)(c) asks for the categories of data subjects and of personal data, and the record is clearer when each data category is tied to the people it concerns.</source>
        <translation>I ”%1” är %2 inte kopplad till någon kategori av registrerade. Enligt art. 30.1 c ska kategorierna av registrerade och av personuppgifter anges, och registret blir tydligare när varje uppgiftskategori är kopplad till de personer den gäller.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In “%1”, no category of personal data is ticked for %2. Art. 30(1)(c) asks which data the activity processes about each category of data subjects; the record shows the row as not stated.</source>
        <translation>I ”%1” är ingen kategori av personuppgifter markerad för %2. Art. 30.1 c frågar vilka uppgifter verksamheten behandlar om varje kategori av registrerade; registret visar raden som inte angiven.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nobody has recorded whether “%1” involves automated decisions, including profiling. Art. 13(2)(f) and 14(2)(g) require the privacy notice to say so: record the answer, its reason and the date.</source>
        <translation>Ingen har registrerat om ”%1” innefattar automatiserat beslutsfattande, inbegripet profilering. Enligt art. 13.2 f och 14.2 g ska integritetspolicyn ange detta: registrera svaret, skälet och datumet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody has recorded whether people must provide the data for “%1”. Art. 13(2)(e) requires the privacy notice to say whether it is a statutory or contractual requirement, and what happens if they do not: record the answer, its reason and the date.</source>
        <translation>Ingen har registrerat om de registrerade måste lämna uppgifterna för ”%1”. Enligt art. 13.2 e ska integritetspolicyn ange om det är ett lagstadgat eller avtalsenligt krav och vad som händer om de inte gör det: registrera svaret, skälet och datumet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” involves %2, so a data protection impact assessment is likely required (Art. 35 and %3). Record a DPIA, or the reason none is needed.</source>
        <translation>”%1” innefattar %2, så en konsekvensbedömning avseende dataskydd krävs sannolikt (art. 35 och %3). Registrera en konsekvensbedömning eller skälet till att ingen behövs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody has recorded whether “%1” needs a data protection impact assessment. Art. 35(1) asks the controller to decide before the processing starts, and Art. 5(2) to be able to show it: record the answer, its reason and the date.</source>
        <translation>Ingen har registrerat om ”%1” kräver en konsekvensbedömning avseende dataskydd. Enligt art. 35.1 ska den personuppgiftsansvarige ta ställning innan behandlingen påbörjas, och enligt art. 5.2 kunna visa det: registrera svaret, skälet och datumet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A data protection impact assessment is required for “%1” but not recorded as done. Art. 35(1) requires it before the processing starts.</source>
        <translation>En konsekvensbedömning avseende dataskydd krävs för ”%1” men är inte registrerad som genomförd. Enligt art. 35.1 ska den göras innan behandlingen påbörjas.</translation>
    </message>
    <message>
        <location filename="../model/checks.cpp" line="+65"/>
        <source>The organisation has no name. The record must name the controller (Art. 30(1)(a)), and so must the privacy notice (Art. 13(1)(a)).</source>
        <translation>Organisationen saknar namn. Registret måste ange den personuppgiftsansvariges namn (art. 30.1 a), och det måste integritetspolicyn också (art. 13.1 a).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The organisation has no postal address. Art. 13(1)(a) and 14(1)(a) require the controller’s contact details in the privacy notice.</source>
        <translation>Organisationen saknar postadress. Enligt art. 13.1 a och 14.1 a ska den personuppgiftsansvariges kontaktuppgifter anges i integritetspolicyn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The organisation has neither an e-mail address nor a phone number. People need a direct way to reach the controller (Art. 13(1)(a), Art. 12(2)).</source>
        <translation>Organisationen har varken e-postadress eller telefonnummer. De registrerade behöver ett direkt sätt att nå den personuppgiftsansvarige (art. 13.1 a, art. 12.2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The privacy policy can give no way to contact the controller: there is no e-mail address, phone number or contact page. Art. 13(1)(a) and 14(1)(a) require the controller’s contact details, and Art. 12(2) that people can exercise their rights.</source>
        <translation>Integritetspolicyn kan inte ange något sätt att kontakta den personuppgiftsansvarige: det finns ingen e-postadress, inget telefonnummer och ingen kontaktsida. Enligt art. 13.1 a och 14.1 a ska den personuppgiftsansvariges kontaktuppgifter anges, och enligt art. 12.2 ska de registrerade kunna utöva sina rättigheter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data protection officer “%1” has no e-mail address or phone number. Art. 37(7) and 13(1)(b) require the DPO’s contact details to be published.</source>
        <translation>Dataskyddsombudet ”%1” saknar både e-postadress och telefonnummer. Enligt art. 37.7 och 13.1 b ska dataskyddsombudets kontaktuppgifter offentliggöras.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The privacy policy has not been published yet. The information in Art. 13 and 14 must be given to people when their data is collected.</source>
        <translation>Integritetspolicyn har inte publicerats än. Informationen i art. 13 och 14 ska lämnas till de registrerade när deras uppgifter samlas in.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The privacy policy was published on %1, but the register has changed since, on %2. Publish it again so that the information given under Art. 13 and 14 matches the record (WP260 rev.01 on changes to the information).</source>
        <translation>Integritetspolicyn publicerades den %1, men registret har ändrats sedan dess, senast den %2. Publicera den igen så att informationen enligt art. 13 och 14 stämmer med registret (WP260 rev.01 om ändringar av informationen).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The website sets cookies that need consent, but the register does not say where visitors withdraw it, so the privacy policy says nothing about it. Art. 7(3) requires withdrawing consent to be as easy as giving it, and the notice to say so.</source>
        <translation>Webbplatsen använder kakor som kräver samtycke, men registret anger inte var besökare återkallar det, så integritetspolicyn säger ingenting om det. Art. 7.3 kräver att det är lika lätt att återkalla samtycket som att ge det, och att den registrerade informeras om det.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The cookie “%1” does not say where its provider is, so the privacy policy cannot say whether data leaves the EU/EEA. Art. 13(1)(f) requires the notice to state transfers to third countries.</source>
        <translation>Kakan ”%1” anger inte var leverantören finns, så integritetspolicyn kan inte ange om uppgifterna lämnar EU/EES. Enligt art. 13.1 f ska integritetspolicyn ange överföringar till tredjeland.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The provider of the cookie “%1” is in %2, but the register records no transfer to %2. Art. 13(1)(f) and 30(1)(e) require the transfer and its mechanism to be recorded.</source>
        <translation>Leverantören av kakan ”%1” finns i %2, men registret anger ingen överföring till %2. Enligt art. 13.1 f och 30.1 e ska överföringen och dess överföringsmekanism registreras.</translation>
    </message>
    <message>
        <location filename="../model/checksactivity.cpp" line="+49"/>
        <source>“%1” is carried out as processor but does not name the controller it is done for. Art. 30(2)(a) requires the name and contact details of each controller.</source>
        <translation>”%1” utförs som personuppgiftsbiträde, men den personuppgiftsansvarige som behandlingen utförs för anges inte. Enligt art. 30.2 a ska namn och kontaktuppgifter för varje personuppgiftsansvarig anges.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The data protection impact assessment of “%1” was due for review on %2. Art. 35(11) asks for a review at least when the risk of the processing changes.</source>
        <translation>Konsekvensbedömningen avseende dataskydd för ”%1” skulle ha granskats senast den %2. Enligt art. 35.11 ska en översyn göras åtminstone när den risk som behandlingen medför förändras.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” was due for review on %2. Keeping the record up to date is part of accountability (Art. 5(2), Art. 24(1)).</source>
        <translation>”%1” skulle ha granskats senast den %2. Att hålla registret uppdaterat är en del av ansvarsskyldigheten (art. 5.2, art. 24.1).</translation>
    </message>
    <message>
        <location filename="../model/checksparty.cpp" line="+34"/>
        <source>“%1” is a class of clients, but the register does not say where the clients are listed. Art. 30(2)(a) requires the name and contact details of each controller we act for: record where the list is kept (CRM, agreement archive).</source>
        <translation>”%1” är en kategori av kunder, men registret anger inte var kunderna förtecknas. Enligt art. 30.2 a ska namn och kontaktuppgifter för varje personuppgiftsansvarig som vi agerar för anges: registrera var förteckningen förvaras (CRM, avtalsarkiv).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” has no country. Where a recipient is established decides whether the transfer rules in Chapter V apply and what Art. 30(1)(e) requires to be recorded.</source>
        <translation>”%1” saknar land. Var en mottagare är etablerad avgör om reglerna om överföring i kapitel V gäller och vad som enligt art. 30.1 e ska framgå av registret.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sub-processor “%1” is not linked to the processor that engaged it, and no activity we carry out as processor discloses data to it. Art. 28(2) and (4) tie every sub-processor to a processor, and transfers follow that chain.</source>
        <translation>Underbiträdet ”%1” är inte kopplat till det personuppgiftsbiträde som anlitade det, och ingen behandling som vi utför som personuppgiftsbiträde lämnar ut uppgifter till det. Art. 28.2 och 28.4 knyter varje underbiträde till ett personuppgiftsbiträde, och överföringar följer den kedjan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sub-processor “%1” is placed under “%2”, which is not a processor. Under Art. 28(4) a sub-processor is engaged by a processor.</source>
        <translation>Underbiträdet ”%1” är placerat under ”%2”, som inte är personuppgiftsbiträde. Enligt art. 28.4 anlitas ett underbiträde av ett personuppgiftsbiträde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No data processing agreement is recorded for the processor “%1”. Art. 28(3) and (4) require a written contract (Art. 28(9)).</source>
        <translation>Inget personuppgiftsbiträdesavtal har registrerats för personuppgiftsbiträdet ”%1”. Art. 28.3 och 28.4 kräver ett skriftligt avtal (art. 28.9).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agreement with “%1” was due for review on %2. Review it to show it still meets Art. 28(3) (accountability, Art. 5(2)).</source>
        <translation>Avtalet med ”%1” skulle ha granskats senast den %2. Granska det för att visa att det fortfarande uppfyller art. 28.3 (ansvarsskyldighet, art. 5.2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The essence of the arrangement with the joint controller “%1” is not described. Art. 26(2) requires it to be made available to the data subjects.</source>
        <translation>Det väsentliga innehållet i arrangemanget med den gemensamt personuppgiftsansvarige ”%1” beskrivs inte. Enligt art. 26.2 ska det göras tillgängligt för de registrerade.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transfers to “%1” in the United States rely on the adequacy decision, but “%1” is not recorded as certified under the EU-US Data Privacy Framework. Decision (EU) 2023/1795 covers certified organisations only.</source>
        <translation>Överföringar till ”%1” i USA grundar sig på beslutet om adekvat skyddsnivå, men ”%1” är inte registrerad som certifierad enligt EU-US Data Privacy Framework. Beslut (EU) 2023/1795 omfattar endast certifierade organisationer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is not recorded when the Data Privacy Framework certification of “%1” was checked. Check the DPF list and record the date, since adequacy under Decision (EU) 2023/1795 lasts only while the certification does.</source>
        <translation>Det är inte registrerat när Data Privacy Framework-certifieringen av ”%1” kontrollerades. Kontrollera DPF-listan och registrera datumet, eftersom adekvat skyddsnivå enligt beslut (EU) 2023/1795 bara gäller så länge certifieringen gör det.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Data Privacy Framework certification of “%1” was last checked on %2, more than a year ago. Certifications lapse; check the DPF list again (Decision (EU) 2023/1795).</source>
        <translation>Data Privacy Framework-certifieringen av ”%1” kontrollerades senast den %2, för mer än ett år sedan. Certifieringar kan upphöra; kontrollera DPF-listan igen (beslut (EU) 2023/1795).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The transfer to “%1” goes to %2, which is in the EU/EEA. Chapter V does not apply there, so this is not a transfer to record under Art. 30(1)(e); the recipient belongs in the activities’ recipients.</source>
        <translation>Överföringen till ”%1” går till %2, som ligger i EU/EES. Kapitel V gäller inte där, så detta är ingen överföring som ska registreras enligt art. 30.1 e; mottagaren hör hemma bland behandlingarnas mottagare.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The transfer to “%1” goes to %2, which has no adequacy decision, and names no transfer mechanism. Art. 44 and 46 require appropriate safeguards or, for occasional transfers, an Art. 49 derogation.</source>
        <translation>Överföringen till ”%1” går till %2, som saknar beslut om adekvat skyddsnivå, och anger ingen överföringsmekanism. Art. 44 och 46 kräver lämpliga skyddsåtgärder eller, vid tillfälliga överföringar, ett undantag enligt art. 49.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The transfer to “%1” names no mechanism, and the adequacy decision for %2 covers only part of the recipients there. Choose Art. 45 if the recipient is covered, or another mechanism.</source>
        <translation>Överföringen till ”%1” anger ingen överföringsmekanism, och beslutet om adekvat skyddsnivå för %2 omfattar bara en del av mottagarna där. Välj art. 45 om mottagaren omfattas, eller en annan överföringsmekanism.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The transfer to “%1” relies on the adequacy decision for %2 (%3), which is not yet incorporated in the EEA Agreement, so an exporter in %4 cannot rely on it. Use Art. 46 safeguards until it is.</source>
        <translation>Överföringen till ”%1” grundar sig på beslutet om adekvat skyddsnivå för %2 (%3), som ännu inte har införlivats i EES-avtalet, så en dataexportör i %4 kan inte grunda sig på det. Använd skyddsåtgärder enligt art. 46 tills det har gjorts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The transfer to “%1” relies on an adequacy decision, but the Commission has adopted none for %2 (Art. 45). Use Art. 46 safeguards instead.</source>
        <translation>Överföringen till ”%1” grundar sig på ett beslut om adekvat skyddsnivå, men kommissionen har inte antagit något för %2 (art. 45). Använd skyddsåtgärder enligt art. 46 i stället.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The transfer to “%1” relies on an Art. 49 derogation but is part of an ongoing processing activity. Derogations are for occasional transfers only (EDPB Guidelines 2/2018); use Art. 46 safeguards for regular transfers.</source>
        <translation>Överföringen till ”%1” grundar sig på ett undantag enligt art. 49 men ingår i en pågående behandling. Undantagen gäller bara tillfälliga överföringar (EDPB:s riktlinjer 2/2018); använd skyddsåtgärder enligt art. 46 för regelbundna överföringar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The transfer to “%1” relies on compelling legitimate interests, but the assessment and the safeguards are not documented. Art. 49(6) and 30(1)(e) require them in the record.</source>
        <translation>Överföringen till ”%1” grundar sig på tvingande berättigade intressen, men bedömningen och skyddsåtgärderna är inte dokumenterade. Enligt art. 49.6 och 30.1 e ska de framgå av registret.</translation>
    </message>
    <message>
        <location filename="../model/checks.cpp" line="+85"/>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advice</source>
        <translation>Råd</translation>
    </message>
    <message>
        <location filename="../model/checksparty.cpp" line="-48"/>
        <source>The transfer to “%1” does not name the third country or international organisation. Art. 30(1)(e) and Art. 13(1)(f) require it: find it in the recipient’s sub-processor list.</source>
        <translation>Överföringen till ”%1” anger inte tredjelandet eller den internationella organisationen. Det krävs enligt art. 30.1 e och art. 13.1 f: hitta det i mottagarens förteckning över underbiträden.</translation>
    </message>
    <message>
        <location filename="../model/formatchecks.cpp" line="+39"/>
        <source>“%1” is not an e-mail address. Contact details in the register are given to the people it concerns and to the supervisory authority, so they must work (Art. 13(1)(a) and (b), Art. 30(1)(a)).</source>
        <translation>”%1” är ingen e-postadress. Kontaktuppgifterna i registret lämnas till de registrerade och till tillsynsmyndigheten, så de måste fungera (art. 13.1 a och b, art. 30.1 a).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a web address that can be followed. Write it in full, for example https://www.example.dk.</source>
        <translation>”%1” är ingen webbadress som går att följa. Skriv den fullständigt, till exempel https://www.example.se.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A name is required. The record and the privacy policy name every item they list, and the problems list names it by it (Art. 30(1)).</source>
        <translation>Ett namn krävs. Registret och integritetspolicyn anger namnet på varje objekt som de tar upp, och problemlistan hänvisar till objektet med det (art. 30.1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/checkslanguage.cpp" line="+162"/>
        <source>%n text(s) written in the register have no %1 version, so a %1 privacy policy or record shows them in another language, such as %2. Art. 12(1) asks for the information in clear and plain language the reader understands.</source>
        <translation>
            <numerusform>%n text i registret finns inte på %1, så en integritetspolicy eller ett register på %1 visar den på ett annat språk, till exempel %2. Enligt artikel 12.1 ska informationen ges på ett klart och tydligt språk som läsaren förstår.</numerusform>
            <numerusform>%n texter i registret finns inte på %1, så en integritetspolicy eller ett register på %1 visar dem på ett annat språk, till exempel %2. Enligt artikel 12.1 ska informationen ges på ett klart och tydligt språk som läsaren förstår.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Codes</name>
    <message>
        <location filename="../model/labels.cpp" line="+150"/>
        <source>Controller</source>
        <translation>Personuppgiftsansvarig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint controller</source>
        <translation>Gemensamt personuppgiftsansvarig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processor</source>
        <translation>Personuppgiftsbiträde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-processor</source>
        <translation>Underbiträde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client controller</source>
        <translation>Personuppgiftsansvarig kund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public authority</source>
        <translation>Offentlig myndighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordinary</source>
        <translation>Vanlig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special category (Art. 9)</source>
        <translation>Särskild kategori (art. 9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criminal offences (Art. 10)</source>
        <translation>Lagöverträdelser (art. 10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPR or national identity number</source>
        <translation>CPR-nummer eller personnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weeks</source>
        <translation>Veckor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months</source>
        <translation>Månader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years</source>
        <translation>År</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Necessary</source>
        <translation>Nödvändig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Functional</source>
        <translation>Funktionell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing</source>
        <translation>Marknadsföring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not required</source>
        <translation>Krävs inte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not assessed</source>
        <translation>Inte bedömt</translation>
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
        <translation>Krävs enligt lag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required by contract</source>
        <translation>Krävs enligt avtal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed to enter into a contract</source>
        <translation>Nödvändigt för att ingå ett avtal</translation>
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
        <translation>Före</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Danish</source>
        <translation>Danska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norwegian (Bokmål)</source>
        <translation>Norska (bokmål)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The website&apos;s cookie settings</source>
        <translation>Webbplatsens inställningar för kakor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The visitor&apos;s browser settings</source>
        <translation>Besökarens webbläsarinställningar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In short</source>
        <translation>I korthet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is responsible</source>
        <translation>Vem som är ansvarig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data protection officer</source>
        <translation>Dataskyddsombud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When we process data for others</source>
        <translation>När vi behandlar uppgifter för andras räkning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purposes and legal bases</source>
        <translation>Ändamål och rättsliga grunder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data we process</source>
        <translation>Uppgifter som vi behandlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the data comes from</source>
        <translation>Varifrån uppgifterna kommer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfers outside the EU/EEA</source>
        <translation>Överföringar utanför EU/EES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long we keep the data</source>
        <translation>Hur länge vi sparar uppgifterna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automated decisions</source>
        <translation>Automatiserade beslut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must you provide the data?</source>
        <translation>Måste du lämna uppgifterna?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your rights</source>
        <translation>Dina rättigheter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation>Klagomål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cookies</source>
        <translation>Kakor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes to this policy</source>
        <translation>Ändringar i den här integritetspolicyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Governing law</source>
        <translation>Tillämplig lag</translation>
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
        <translation type="vanished">Användning:
  fortegnelse [FIL.ropa]                       öppna registret i programmet
  fortegnelse import IN.json -o OUT.ropa       skapa ett register från JSON
  fortegnelse export-json IN.ropa -o OUT.json  skriv ett register som JSON (-o - för standard ut)
  fortegnelse policy IN.ropa --lang da|nb|sv|en --format html|snippet|md|txt|odt|pdf
                     [--audience KATEGORI] [--templates MAPP] -o OUT
                                               skriv integritetspolicyn
  fortegnelse ropa-pdf IN.ropa --lang da|nb|sv|en [--record controller|processor|both]
                     -o OUT.pdf               skriv registret enligt artikel 30 som PDF
  fortegnelse check IN.ropa [--lang da|nb|sv|en] [--format text|json]
                                               kontrollera registret mot dataskyddsförordningen
  fortegnelse repair REG.ropa                  reparera ett skadat register (en säkerhetskopia sparas)
Slutstatus: 0 lyckades, 2 felaktiga argument eller felaktig indata; check avslutas med 1 när det hittar fel.</translation>
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
        <translation type="vanished">Användning:
  fortegnelse [FIL.ropa]                       öppna registret i programmet
  fortegnelse import IN.json -o OUT.ropa       skapa ett register från JSON
  fortegnelse export-json IN.ropa -o OUT.json  skriv ett register som JSON (-o - för standard ut)
  fortegnelse policy IN.ropa --lang da|nb|sv|en --format html|snippet|md|txt|odt|pdf
                     [--audience KATEGORI] [--templates MAPP] -o OUT
                                               skriv integritetspolicyn
  fortegnelse ropa-pdf IN.ropa --lang da|nb|sv|en [--record controller|processor|both]
                     -o OUT.pdf               skriv registret enligt artikel 30 som PDF
  fortegnelse check IN.ropa [--lang da|nb|sv|en] [--format text|json]
                                               kontrollera registret mot dataskyddsförordningen
  fortegnelse repair REG.ropa                  reparera ett skadat register (en säkerhetskopia sparas)
  fortegnelse import-table FIL [--layout auto|horizontal|vertical|ico|fortegnelse]
                     [--sheet NAMN] [--lang da|nb|sv|en] [--map KOLUMN=FÄLT]
                     [--dry-run] [--format text|json] -o OUT.ropa
                                               skapa ett register från ett kalkylark eller Word-tabeller
  fortegnelse export-table IN.ropa --format xlsx|ods|csv [--lang da|nb|sv|en] -o OUT
                                               skriv registret som kalkylark
  fortegnelse server-init postgresql://ANVÄNDARE@VÄRD/DB
                                               konfigurera en databas för ett register, och dess roller
  fortegnelse copy KÄLLA MÅL                   kopiera ett register mellan en fil och en server
Överallt där ett register läses kan en postgresql://-URL stå i stället för filen.
Slutstatus: 0 lyckades, 2 felaktiga argument eller felaktig indata; check avslutas med 1 när det hittar fel, import-table --dry-run när en rad har varningar.</translation>
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
        <translation type="vanished">Användning:
  fortegnelse [FIL.ropa]                       öppna registret i programmet
  fortegnelse import IN.json -o OUT.ropa       skapa ett register från JSON
  fortegnelse export-json IN.ropa -o OUT.json  skriv ett register som JSON (-o - för standard ut)
  fortegnelse policy IN.ropa --lang da|nb|sv|en --format html|snippet|md|txt|odt|pdf
                     [--audience KATEGORI] [--templates MAPP] -o OUT
                                               skriv integritetspolicyn
  fortegnelse ropa-pdf IN.ropa --lang da|nb|sv|en [--record controller|processor|both]
                     [--changes-since-submitted] -o OUT.pdf
                                               skriv registret enligt artikel 30 som PDF
  fortegnelse check IN.ropa [--lang da|nb|sv|en] [--format text|json]
                                               kontrollera registret mot dataskyddsförordningen
  fortegnelse repair REG.ropa                  reparera ett skadat register (en säkerhetskopia sparas)
  fortegnelse import-table FIL [--layout auto|horizontal|vertical|ico|fortegnelse]
                     [--sheet NAMN] [--lang da|nb|sv|en] [--map KOLUMN=FÄLT]
                     [--dry-run] [--format text|json] -o OUT.ropa
                                               skapa ett register från ett kalkylark eller Word-tabeller
  fortegnelse export-table IN.ropa --format xlsx|ods|csv [--lang da|nb|sv|en] -o OUT
                                               skriv registret som kalkylark
  fortegnelse server-init postgresql://ANVÄNDARE@VÄRD/DB
                                               konfigurera en databas för ett register, och dess roller
  fortegnelse copy KÄLLA MÅL                   kopiera ett register mellan en fil och en server
Överallt där ett register läses kan en postgresql://-URL stå i stället för filen.
Slutstatus: 0 lyckades, 2 felaktiga argument eller felaktig indata; check avslutas med 1 när det hittar fel, import-table --dry-run när en rad har varningar.</translation>
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
        <translation type="vanished">Användning:
  fortegnelse [FIL.ropa]                       öppna registret i programmet
  fortegnelse import IN.json -o OUT.ropa       skapa ett register från JSON
  fortegnelse export-json IN.ropa -o OUT.json  skriv ett register som JSON (-o - för standard ut)
  fortegnelse policy IN.ropa --lang da|nb|sv|en --format html|snippet|md|txt|odt|pdf
                     [--audience KATEGORI] [--templates MAPP] [--first-layer URL] -o OUT
                                               skriv integritetspolicyn (eller endast det första
                                               lagret, med en länk till hela texten)
  fortegnelse ropa-pdf IN.ropa --lang da|nb|sv|en [--record controller|processor|both]
                     [--changes-since-submitted] -o OUT.pdf
                                               skriv registret enligt artikel 30 som PDF
  fortegnelse check IN.ropa [--lang da|nb|sv|en] [--format text|json]
                                               kontrollera registret mot dataskyddsförordningen
  fortegnelse repair REG.ropa                  reparera ett skadat register (en säkerhetskopia sparas)
  fortegnelse import-table FIL [--layout auto|horizontal|vertical|ico|fortegnelse]
                     [--sheet NAMN] [--lang da|nb|sv|en] [--map KOLUMN=FÄLT]
                     [--dry-run] [--format text|json] -o OUT.ropa
                                               skapa ett register från ett kalkylark eller Word-tabeller
  fortegnelse export-table IN.ropa --format xlsx|ods|csv [--lang da|nb|sv|en] -o OUT
                                               skriv registret som kalkylark
  fortegnelse server-init postgresql://ANVÄNDARE@VÄRD/DB
                                               konfigurera en databas för ett register, och dess roller
  fortegnelse copy KÄLLA MÅL                   kopiera ett register mellan en fil och en server
Överallt där ett register läses kan en postgresql://-URL stå i stället för filen.
Slutstatus: 0 lyckades, 2 felaktiga argument eller felaktig indata; check avslutas med 1 när det hittar fel, import-table --dry-run när en rad har varningar.</translation>
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
        <translation type="vanished">Användning:
  fortegnelse [FIL.ropa]                       öppna registret i programmet
  fortegnelse import IN.json -o OUT.ropa       skapa ett register från JSON
  fortegnelse export-json IN.ropa -o OUT.json  skriv ett register som JSON (-o - för standard ut)
  fortegnelse policy IN.ropa --lang da|nb|sv|en --format html|snippet|md|txt|odt|pdf
                     [--audience KATEGORI] [--templates MAPP] [--first-layer URL] -o OUT
                                               skriv integritetspolicyn (eller endast det första
                                               lagret, med en länk till hela texten)
  fortegnelse ropa-pdf IN.ropa --lang da|nb|sv|en [--record controller|processor|both]
                     [--changes-since-submitted] -o OUT.pdf
                                               skriv registret enligt artikel 30 som PDF
  fortegnelse check IN.ropa [--lang da|nb|sv|en] [--format text|json]
                                               kontrollera registret mot dataskyddsförordningen
  fortegnelse repair REG.ropa                  reparera ett skadat register (en säkerhetskopia sparas)
  fortegnelse import-table FIL [--layout auto|horizontal|vertical|ico|fortegnelse]
                     [--sheet NAMN] [--lang da|nb|sv|en] [--map KOLUMN=FÄLT]
                     [--dry-run] [--format text|json] -o OUT.ropa | --into REG.ropa
                                               skapa ett register från ett kalkylark eller Word-tabeller,
                                               eller sammanfogade med ett som ett steg som kan ångras
  fortegnelse export-table IN.ropa --format xlsx|ods|csv [--lang da|nb|sv|en] -o OUT
                                               skriv registret som kalkylark
  fortegnelse server-init postgresql://ANVÄNDARE@VÄRD/DB
                                               konfigurera en databas för ett register, och dess roller
  fortegnelse copy KÄLLA MÅL                   kopiera ett register mellan en fil och en server
Överallt där ett register läses kan en postgresql://-URL stå i stället för filen.
Slutstatus: 0 lyckades, 2 felaktiga argument eller felaktig indata; check avslutas med 1 när det hittar fel, import-table --dry-run när en rad har varningar.</translation>
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
        <translation type="vanished">Användning:
  fortegnelse [FIL.ropa]                       öppna registret i programmet
  fortegnelse import IN.json -o OUT.ropa       skapa ett register från JSON
  fortegnelse export-json IN.ropa -o OUT.json  skriv ett register som JSON (-o - för standard ut)
  fortegnelse policy IN.ropa --lang da|nb|sv|en --format html|snippet|md|txt|odt|pdf
                     [--audience KATEGORI] [--templates MAPP] [--first-layer URL] -o OUT
                                               skriv integritetspolicyn (eller endast det första
                                               lagret, med en länk till hela texten)
  fortegnelse ropa-pdf IN.ropa --lang da|nb|sv|en [--record controller|processor|both]
                     [--changes-since-submitted] [--format pdf|odt] -o OUT.pdf
                                               skriv registret enligt artikel 30 som PDF eller som
                                               ODT med namngivna formatmallar för redigering
  fortegnelse check IN.ropa [--lang da|nb|sv|en] [--format text|json]
                                               kontrollera registret mot dataskyddsförordningen
  fortegnelse repair REG.ropa                  reparera ett skadat register (en säkerhetskopia sparas)
  fortegnelse import-table FIL [--layout auto|horizontal|vertical|ico|fortegnelse]
                     [--sheet NAMN] [--lang da|nb|sv|en] [--map KOLUMN=FÄLT]
                     [--dry-run] [--format text|json] -o OUT.ropa | --into REG.ropa
                                               skapa ett register från ett kalkylark eller Word-tabeller,
                                               eller sammanfogade med ett som ett steg som kan ångras
  fortegnelse export-table IN.ropa --format xlsx|ods|csv [--lang da|nb|sv|en] -o OUT
                                               skriv registret som kalkylark
  fortegnelse server-init postgresql://ANVÄNDARE@VÄRD/DB
                                               konfigurera en databas för ett register, och dess roller
  fortegnelse copy KÄLLA MÅL                   kopiera ett register mellan en fil och en server
Överallt där ett register läses kan en postgresql://-URL stå i stället för filen.
Slutstatus: 0 lyckades, 2 felaktiga argument eller felaktig indata; check avslutas med 1 när det hittar fel, import-table --dry-run när en rad har varningar.</translation>
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
        <translation>Användning:
  fortegnelse [FIL.ropa]                       öppna registret i programmet
  fortegnelse import IN.json -o OUT.ropa       skapa ett register från JSON
  fortegnelse export-json IN.ropa -o OUT.json  skriv ett register som JSON (-o - för standard ut)
  fortegnelse policy IN.ropa --lang da|nb|sv|en --format html|snippet|md|txt|odt|pdf
                     [--audience KATEGORI] [--templates MAPP] [--first-layer URL] -o OUT
                                               skriv integritetspolicyn (eller endast det första
                                               lagret, med en länk till hela texten)
  fortegnelse ropa-pdf IN.ropa --lang da|nb|sv|en [--record controller|processor|both]
                     [--changes-since-submitted] [--format pdf|odt] -o OUT.pdf
                                               skriv registret enligt artikel 30 som PDF eller som
                                               ODT med namngivna formatmallar för redigering
  fortegnelse check IN.ropa [--lang da|nb|sv|en] [--format text|json]
                                               kontrollera registret mot dataskyddsförordningen
  fortegnelse repair REG.ropa                  reparera ett skadat register (en säkerhetskopia sparas)
  fortegnelse import-table FIL [--layout auto|horizontal|vertical|ico|fortegnelse|cnil]
                     [--sheet NAMN] [--lang da|nb|sv|en] [--map KOLUMN=FÄLT]
                     [--dry-run] [--format text|json] -o OUT.ropa | --into REG.ropa
                                               skapa ett register från ett kalkylark eller Word-tabeller,
                                               eller sammanfogade med ett som ett steg som kan ångras
  fortegnelse export-table IN.ropa --format xlsx|ods|csv [--lang da|nb|sv|en] -o OUT
                                               skriv registret som kalkylark
  fortegnelse server-init postgresql://ANVÄNDARE@VÄRD/DB
                                               konfigurera en databas för ett register, och dess roller
  fortegnelse copy KÄLLA MÅL                   kopiera ett register mellan en fil och en server
Överallt där ett register läses kan en postgresql://-URL stå i stället för filen.
Slutstatus: 0 lyckades, 2 felaktiga argument eller felaktig indata; check avslutas med 1 när det hittar fel, import-table --dry-run när en rad har varningar.</translation>
    </message>
    <message>
        <location line="+57"/>
        <location filename="../operations/tablecommands.cpp" line="+29"/>
        <source>Output file.</source>
        <translation>Utdatafil.</translation>
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
        <translation>ingen indatafil angiven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one input file expected, got %1</source>
        <translation>förväntade en indatafil, fick %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no output file given (-o FILE)</source>
        <translation>ingen utdatafil angiven (-o FIL)</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="vanished">%1: kan inte läsas: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="vanished">det är en mapp</translation>
    </message>
    <message>
        <source>standard output: write failed</source>
        <translation type="vanished">standard ut: skrivningen misslyckades</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="vanished">%1: kan inte skrivas: %2</translation>
    </message>
    <message>
        <source>%1: cannot be written: it is a folder</source>
        <translation type="vanished">%1: kan inte skrivas: det är en mapp</translation>
    </message>
    <message>
        <location filename="../operations/subcommands.cpp" line="+24"/>
        <source>a register is a file; give its name with -o FILE.ropa</source>
        <translation>ett register är en fil; ange dess namn med -o FIL.ropa</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: nothing to repair</source>
        <translation>%1: inget att reparera</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: repaired %n problem(s); the file as it was is kept as %2</source>
        <translation>
            <numerusform>%1: reparerade %n problem; filen som den var har sparats som %2</numerusform>
            <numerusform>%1: reparerade %n problem; filen som den var har sparats som %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../operations/driftcommand.cpp" line="+13"/>
        <source>  fortegnelse drift REG.ropa [--lang da|nb|sv|en] [--format text|json]
                                               which sections of the published policy would
                                               read differently now; exits 1 when any would</source>
        <translation>  fortegnelse drift REG.ropa [--lang da|nb|sv|en] [--format text|json]
                                               vilka avsnitt i den publicerade integritetspolicyn som
                                               skulle lyda annorlunda nu; avslutar med 1 om något gör det</translation>
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
        <translation>Språk.</translation>
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
        <translation>språk</translation>
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
        <translation type="vanished">  fortegnelse history REG.ropa [--item [TYP/]ID] [--since DATUM] [--user NAMN]
                     [--kind edit|undo|redo|repair] [--format text|json]
                                               lista registrets ändringar, nyaste först
  fortegnelse diff GAMMAL NY [--format text|json|md] [--lang da|nb|sv|en]
                                               lista skillnaderna; varje sida är en .ropa-fil,
                                               en .json-fil eller REG.ropa@DATUM</translation>
    </message>
    <message>
        <location filename="../operations/historycommands.cpp" line="-59"/>
        <source>  fortegnelse history REG.ropa [--item [KIND/]ID] [--since DATE] [--user NAME]
                     [--kind edit|undo|redo|repair] [--format text|json]
                                               list the register&apos;s changes, newest first
  fortegnelse diff OLD NEW [--format text|json|md] [--lang da|nb|sv|en]
                                               list what differs; each side is a .ropa,
                                               a .json file, REG.ropa@DATE, @published or @submitted</source>
        <translation>  fortegnelse history REG.ropa [--item [KIND/]ID] [--since DATE] [--user NAME]
                     [--kind edit|undo|redo|repair] [--format text|json]
                                               lista registrets ändringar, nyaste först
  fortegnelse diff OLD NEW [--format text|json|md] [--lang da|nb|sv|en]
                                               lista skillnaderna; varje sida är en .ropa-fil,
                                               en .json-fil, REG.ropa@DATE, @published eller @submitted</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Item.</source>
        <translation>Objekt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since.</source>
        <translation>Sedan.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../operations/snapshotcommands.cpp" line="+52"/>
        <source>date</source>
        <translation>datum</translation>
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
        <translation>Användare.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../operations/snapshotcommands.cpp" line="+54"/>
        <location filename="../operations/tablecommands.cpp" line="-92"/>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind.</source>
        <translation>Typ.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kind</source>
        <translation>typ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown kind &quot;%1&quot;; use edit, undo, redo, repair or import</source>
        <translation>okänd typ &quot;%1&quot;; använd edit, undo, redo, repair eller import</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a date (yyyy-mm-dd) or a date and time</source>
        <translation>&quot;%1&quot; är inte ett datum (åååå-mm-dd) eller ett datum med tid</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>two registers to compare expected, got %1</source>
        <translation>förväntade två register att jämföra, fick %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown format &quot;%1&quot;; use text, json or md</source>
        <translation>okänt format &quot;%1&quot;; använd text, json eller md</translation>
    </message>
    <message>
        <location filename="../operations/subcommands.cpp" line="-107"/>
        <source>Leave the history out.</source>
        <translation>Utelämna historiken.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Subject category.</source>
        <translation>Kategori av registrerade.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category</source>
        <translation>kategori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template folder.</source>
        <translation>Mallmapp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder</source>
        <translation>mapp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first layer alone.</source>
        <translation>Endast det första lagret.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown format &quot;%1&quot;; use html, snippet, md, txt, odt or pdf</source>
        <translation>okänt format &quot;%1&quot;; använd html, snippet, md, txt, odt eller pdf</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--first-layer needs the web address of the full policy, such as https://example.dk/privacy; &quot;%1&quot; is not one</source>
        <translation>--first-layer behöver webbadressen till hela integritetspolicyn, till exempel https://example.dk/privacy; &quot;%1&quot; är ingen webbadress</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Changes since the record submitted.</source>
        <translation>Ändringar sedan det inlämnade registret.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown format &quot;%1&quot;; use pdf or odt</source>
        <translation>okänt format &quot;%1&quot;; använd pdf eller odt</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Reviews due.</source>
        <translation>Granskningar som ska göras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days.</source>
        <translation>Dagar.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>days</source>
        <translation>dagar</translation>
    </message>
    <message>
        <location filename="../operations/commandline.cpp" line="+12"/>
        <source>unknown language &quot;%1&quot;; use da, nb, sv or en</source>
        <translation>okänt språk &quot;%1&quot;; använd da, nb, sv eller en</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>unknown command; see fortegnelse --help</source>
        <translation>okänt kommando; se fortegnelse --help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no such file</source>
        <translation>%1: filen finns inte</translation>
    </message>
    <message>
        <location filename="../operations/driftcommand.cpp" line="+7"/>
        <location filename="../operations/historycommands.cpp" line="-46"/>
        <location filename="../operations/snapshotcommands.cpp" line="-36"/>
        <location filename="../operations/subcommands.cpp" line="+13"/>
        <location filename="../operations/tablecommands.cpp" line="+22"/>
        <source>unknown format &quot;%1&quot;; use text or json</source>
        <translation>okänt format &quot;%1&quot;; använd text eller json</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 advice
</source>
        <translation type="vanished">%1 fel, %2 varningar, %3 råd
</translation>
    </message>
    <message>
        <location filename="../operations/snapshotcommands.cpp" line="+58"/>
        <location filename="../operations/subcommands.cpp" line="-34"/>
        <source>unknown record &quot;%1&quot;; use controller, processor or both</source>
        <translation>okänt register &quot;%1&quot;; använd controller, processor eller both</translation>
    </message>
    <message>
        <location line="-19"/>
        <location filename="../operations/subcommands.cpp" line="-31"/>
        <source>Record.</source>
        <translation>Register.</translation>
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
                                               lista vad som har publicerats och lämnats in
  fortegnelse snapshots REG.ropa --show N|published|submitted [--document LANG/FORMAT]
                                               skriv ut en ögonblicksbilds register (JSON) eller en sparad text
  fortegnelse submit REG.ropa --on DATE [--case NO] [--authority NAME]
                     [--lang da|nb|sv|en] [--record controller|processor|both] -o OUT.pdf
                                               skriv registret och spara det som inlämnat
En sida i diff kan också vara REG.ropa@published eller REG.ropa@submitted.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Snapshot.</source>
        <translation>Ögonblicksbild.</translation>
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
        <translation>språk/format</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--document needs --show</source>
        <translation>--document kräver --show</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a snapshot; give its number, published or submitted</source>
        <translation>&quot;%1&quot; är inte en ögonblicksbild; ange dess nummer, published eller submitted</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>snapshot %1 keeps no texts</source>
        <translation>ögonblicksbild %1 innehåller inga texter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>snapshot %1 keeps no &quot;%2&quot;; it keeps %3</source>
        <translation>ögonblicksbild %1 innehåller inget &quot;%2&quot;; den innehåller %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date.</source>
        <translation>Datum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number.</source>
        <translation>Diarienummer.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority.</source>
        <translation>Myndighet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../operations/subcommands.cpp" line="+1"/>
        <source>record</source>
        <translation>register</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give the day the record is submitted with --on yyyy-mm-dd</source>
        <translation>ange dagen då registret lämnas in med --on yyyy-mm-dd</translation>
    </message>
    <message>
        <location filename="../operations/serveroperations.cpp" line="+66"/>
        <source>give the server as postgresql://user@host/database</source>
        <translation>ange servern som postgresql://användare@värd/databas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>give the register to copy and where to copy it: copy SOURCE TARGET</source>
        <translation>ange registret som ska kopieras och vart det ska kopieras: copy KÄLLA MÅL</translation>
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
        <translation>Blad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the file.</source>
        <translation>Filens språk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register to merge into.</source>
        <translation>Register att slå samman med.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report only.</source>
        <translation>Rapportera endast.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Map a column to a field: C=purpose.</source>
        <translation>Koppla en kolumn till ett fält: C=purpose.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column=field</source>
        <translation>kolumn=fält</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown layout &quot;%1&quot;; use auto, horizontal, vertical, ico or fortegnelse</source>
        <translation>okänd layout &quot;%1&quot;; använd auto, horizontal, vertical, ico eller fortegnelse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--into writes into that register; leave out -o</source>
        <translation>--into skriver i det registret; utelämna -o</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no output file given (-o FILE or --into REG), and no --dry-run</source>
        <translation>ingen utdatafil angiven (-o FIL eller --into REGISTER) och ingen --dry-run</translation>
    </message>
    <message>
        <source>--into is not available yet; import into a new register with -o</source>
        <translation type="vanished">--into är inte tillgängligt än; importera till ett nytt register med -o</translation>
    </message>
    <message>
        <source>no output file given (-o FILE), and no --dry-run</source>
        <translation type="vanished">ingen utdatafil angiven (-o FIL) och ingen --dry-run</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--map &quot;%1&quot;: give a column and a field, such as C=purpose; the fields are %2 and none</source>
        <translation>--map &quot;%1&quot;: ange en kolumn och ett fält, till exempel C=purpose; fälten är %2 och none</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>unknown format &quot;%1&quot;; use xlsx, ods or csv</source>
        <translation>okänt format &quot;%1&quot;; använd xlsx, ods eller csv</translation>
    </message>
    <message>
        <location filename="../operations/reviewcommands.cpp" line="-27"/>
        <source>  fortegnelse check REG.ropa --due [--within DAYS]
                                               list the reviews due or overdue (exit 1 if any)
  fortegnelse reviews REG.ropa --ics OUT.ics   write every review date as an iCalendar file</source>
        <translation>  fortegnelse check REG.ropa --due [--within DAYS]
                                               lista granskningar som ska göras eller är försenade (avslutar med 1 om det finns några)
  fortegnelse reviews REG.ropa --ics OUT.ics   skriv alla granskningsdatum till en iCalendar-fil</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a number of days</source>
        <translation>&quot;%1&quot; är inte ett antal dagar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>iCalendar file.</source>
        <translation>iCalendar-fil.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no output file given (--ics FILE)</source>
        <translation>ingen utdatafil angiven (--ics FILE)</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::ConflictDialog</name>
    <message>
        <location filename="../views/conflictdialog.cpp" line="+20"/>
        <source>Changed by a colleague</source>
        <translation>Ändrad av en kollega</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You deleted it too; nothing is left to decide.</source>
        <translation>Du tog också bort den; det finns inget kvar att avgöra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your change was not made. Take theirs and the item stays deleted; keep yours and it is made again as you had it.</source>
        <translation>Din ändring gjordes inte. Väljer du deras förblir posten borttagen; behåller du din återskapas den som du hade den.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your deletion was not made. Take theirs and the item stays as they left it; keep yours and it is deleted now.</source>
        <translation>Din borttagning gjordes inte. Väljer du deras förblir posten som kollegan lämnade den; behåller du din tas den bort nu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your change was not made. Take theirs and the item stays as they left it; keep yours and your values below are written over theirs as a new change, which you can undo.</source>
        <translation>Din ändring gjordes inte. Väljer du deras förblir posten som kollegan lämnade den; behåller du din skriver dina värden nedan över deras som en ny ändring, som du kan ångra.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Their value</source>
        <translation>Deras värde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your value</source>
        <translation>Ditt värde</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You both changed this field.</source>
        <translation>Ni har båda ändrat det här fältet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>They also changed: %1. Those stay as they left them either way.</source>
        <translation>Kollegan ändrade också: %1. De förblir som kollegan lämnade dem oavsett vad du väljer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take theirs</source>
        <translation>Välj deras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep mine</source>
        <translation>Behåll min</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Change not saved</source>
        <translation>Ändringen sparades inte</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Conflicts</name>
    <message>
        <location filename="../operations/conflictoperations.cpp" line="+84"/>
        <source>Someone else</source>
        <translation>Någon annan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 deleted &quot;%2&quot; at %3, after your step was made.</source>
        <translation>%1 tog bort &quot;%2&quot; den %3, efter att ditt steg gjordes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 deleted &quot;%2&quot; at %3, after your window read it.</source>
        <translation>%1 tog bort &quot;%2&quot; den %3, efter att ditt fönster läste in den.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changed &quot;%2&quot; at %3, after your step was made.</source>
        <translation>%1 ändrade &quot;%2&quot; den %3, efter att ditt steg gjordes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed &quot;%2&quot; at %3, after your window read it.</source>
        <translation>%1 ändrade &quot;%2&quot; den %3, efter att ditt fönster läste in den.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Keep my change to %1</source>
        <translation>Behåll min ändring av %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>your version refers to items that no longer exist: %1</source>
        <translation>din version hänvisar till poster som inte längre finns: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>your change was not made; the item is as your colleague left it</source>
        <translation>din ändring gjordes inte; posten är som din kollega lämnade den</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::ConnectDialog</name>
    <message>
        <location filename="../views/connectdialog.cpp" line="+22"/>
        <source>Connect to server</source>
        <translation>Anslut till server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A register a team keeps together lives in a database on a PostgreSQL server. Your password is never kept here: PostgreSQL reads it from ~/.pgpass.</source>
        <translation>Ett register som ett team för gemensamt ligger i en databas på en PostgreSQL-server. Ditt lösenord sparas aldrig här: PostgreSQL läser det från ~/.pgpass.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>db.example.org (empty: this computer)</source>
        <translation>db.example.org (tomt: den här datorn)</translation>
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
        <translation>&amp;Register (databas):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty: your login name</source>
        <translation>tomt: ditt inloggningsnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Användare:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypted, server&apos;s name checked</source>
        <translation>Krypterad, serverns namn kontrolleras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted</source>
        <translation>Krypterad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted when the server offers it</source>
        <translation>Krypterad när servern erbjuder det</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not encrypted (this computer only)</source>
        <translation>Okrypterad (endast den här datorn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connection:</source>
        <translation>A&amp;nslutning:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connect</source>
        <translation>Anslut</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Name the register&apos;s database.</source>
        <translation>Ange registrets databas.</translation>
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
        <translation type="vanished">PostgreSQL-drivrutinen för Qt är inte installerad (paketet libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation type="vanished">Kunde inte ansluta till %1: %2</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::CountryPicker</name>
    <message>
        <location filename="../views/pickers.cpp" line="+119"/>
        <source>Type a country&apos;s name or code</source>
        <translation>Skriv ett lands namn eller kod</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>EU</source>
        <translation>EU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EEA</source>
        <translation>EES</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>adequacy decision</source>
        <translation>beslut om adekvat skyddsnivå</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partial adequacy</source>
        <translation>delvis adekvat skyddsnivå</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>third country, no adequacy</source>
        <translation>tredjeland, ingen adekvat skyddsnivå</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>No country is called “%1”. Type its name or its two-letter code.</source>
        <translation>Inget land heter ”%1”. Skriv landets namn eller dess landskod med två bokstäver.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” could be %2. Type more of the name.</source>
        <translation>”%1” kan vara %2. Skriv mer av namnet.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Document</name>
    <message>
        <location filename="../model/document.cpp" line="+74"/>
        <source>%1 has this register open for editing, so it is open read-only here. Their changes appear as they make them.</source>
        <translation>%1 har det här registret öppet för redigering, så det är öppnat skrivskyddat här. Ändringarna visas allteftersom de görs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is read-only, so the register is open read-only.</source>
        <translation>Filen är skrivskyddad, så registret är öppnat skrivskyddat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>The register is open read-only.</source>
        <translation>Registret är öppnat skrivskyddat.</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+338"/>
        <source>The register is damaged and is open read-only until it is repaired.</source>
        <translation>Registret är skadat och är öppnat skrivskyddat tills det har reparerats.</translation>
    </message>
    <message>
        <source>This register cannot be copied to a file.</source>
        <translation type="vanished">Det här registret kan inte kopieras till en fil.</translation>
    </message>
    <message>
        <location line="-384"/>
        <source>The register is on a network drive (%1). Two people editing it at once can damage it there; keep one copy per person, or use a Fortegnelse server for a team.</source>
        <translation>Registret ligger på en nätverksenhet (%1). Om två personer redigerar det samtidigt kan det skadas; ha en kopia per person, eller använd en Fortegnelse-server för ett team.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The register on the server is damaged and is open read-only; its administrator can repair it from a copy (fortegnelse copy).</source>
        <translation>Registret på servern är skadat och är öppnat skrivskyddat; dess administratör kan reparera det från en kopia (fortegnelse copy).</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The change was not made: %1</source>
        <translation>Ändringen gjordes inte: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The change was not made: %1.</source>
        <translation>Ändringen gjordes inte: %1.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The connection was lost while the change was being saved, so it is not known whether it was made. The register is read again when the connection is back, and Fortegnelse then says which.</source>
        <translation>Anslutningen bröts medan ändringen sparades, så det är inte känt om den gjordes. Registret läses in igen när anslutningen är tillbaka, och Fortegnelse säger då vilket det blev.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The change could not be saved, so it was not made: %1</source>
        <translation>Ändringen kunde inte sparas och har därför inte gjorts: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The register is open read-only; open it for editing to repair it.</source>
        <translation>Registret är öppnat skrivskyddat; öppna det för redigering för att reparera det.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The repair could not be saved; the register is as it was, and a backup is at %1.</source>
        <translation>Reparationen kunde inte sparas; registret är som det var, och en säkerhetskopia finns i %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 The register is read-only until it is back; Fortegnelse reconnects by itself.</source>
        <translation>%1 Registret är skrivskyddat tills anslutningen är tillbaka; Fortegnelse ansluter igen automatiskt.</translation>
    </message>
    <message>
        <location filename="../model/documentsync.cpp" line="+71"/>
        <source>someone else</source>
        <translation>någon annan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The step was not redone: &quot;%1&quot; has been deleted since, by %2.</source>
        <translation>Steget gjordes inte om: &quot;%1&quot; har sedan dess tagits bort av %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The step was not undone: &quot;%1&quot; has been deleted since, by %2.</source>
        <translation>Steget ångrades inte: &quot;%1&quot; har sedan dess tagits bort av %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The step was not redone: %2 changed &quot;%1&quot; at %3, after it was undone here, and redoing it would overwrite their change.</source>
        <translation>Steget gjordes inte om: %2 ändrade &quot;%1&quot; den %3, efter att steget ångrades här, och att göra om det skulle skriva över kollegans ändring.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The step was not undone: %2 changed &quot;%1&quot; at %3, after it was made here, and undoing it would overwrite their change.</source>
        <translation>Steget ångrades inte: %2 ändrade &quot;%1&quot; den %3, efter att steget gjordes här, och att ångra det skulle skriva över kollegans ändring.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The connection is back. Your change “%1” was not saved; make it again if you still want it.</source>
        <translation>Anslutningen är tillbaka. Din ändring ”%1” sparades inte; gör den igen om du fortfarande vill ha den.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection is back. Your change “%1” was saved after all; undo takes it back.</source>
        <translation>Anslutningen är tillbaka. Din ändring ”%1” sparades ändå; ångra tar tillbaka den.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The register was changed by another program and could not be read again: %1</source>
        <translation>Registret ändrades av ett annat program och kunde inte läsas in igen: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The register was changed by the person editing it; this window shows the changes.</source>
        <translation>Registret ändrades av personen som redigerar det; det här fönstret visar ändringarna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register was changed elsewhere and has been read again. Undo still works for your changes, except where an item was changed since.</source>
        <translation>Registret ändrades på annat håll och har lästs in igen. Du kan fortfarande ångra dina ändringar, utom där en post har ändrats sedan dess.</translation>
    </message>
    <message>
        <source>The register was changed by another program and has been read again. The undo history was cleared, since it no longer applies.</source>
        <translation type="vanished">Registret ändrades av ett annat program och har lästs in igen. Ångrahistoriken har rensats eftersom den inte längre gäller.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::DocumentBanner</name>
    <message>
        <location filename="../views/documentbanner.cpp" line="+23"/>
        <source>Repair…</source>
        <translation>Reparera…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>What is wrong: %1</source>
        <translation>Vad som är fel: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The change was not made.</source>
        <translation>Ändringen gjordes inte.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::ExportDialog</name>
    <message>
        <location filename="../views/exportdialog.cpp" line="+35"/>
        <source>Web page (HTML)</source>
        <translation>Webbsida (HTML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web snippet for a website (HTML)</source>
        <translation>Kodavsnitt för en webbplats (HTML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain text</source>
        <translation>Oformaterad text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument text (ODT)</source>
        <translation>OpenDocument-text (ODT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Only the first layer, which links to the full policy at:</source>
        <translation>&amp;Endast första lagret, som länkar till hela policyn på:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+158"/>
        <source>Export policy</source>
        <translation>Exportera integritetspolicy</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>The essentials on one screen: who you are, what you do and why, who receives the data, transfers, rights and how to complain. Publish the full policy at the address you give; the first layer&apos;s links lead into it.</source>
        <translation>Det viktigaste på en skärm: vilka ni är, vad ni gör och varför, vem som tar emot uppgifterna, överföringar, rättigheter och hur man klagar. Publicera hela policyn på adressen du anger; länkarna i första lagret leder in i den.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://example.dk/privacy</source>
        <translation>https://example.se/integritet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Everyone (the whole policy)</source>
        <translation>Alla (hela integritetspolicyn)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The register has %n error(s). The policy will show a gap where a required fact is missing; fix the errors before you publish it.</source>
        <translation>
            <numerusform>Registret har %n fel. Integritetspolicyn får en lucka där en obligatorisk uppgift saknas; rätta felet innan du publicerar den.</numerusform>
            <numerusform>Registret har %n fel. Integritetspolicyn får en lucka där en obligatorisk uppgift saknas; rätta felen innan du publicerar den.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show the &amp;errors</source>
        <translation>Visa &amp;felen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audience:</source>
        <translation>&amp;Målgrupp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Bläddra...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File:</source>
        <translation>F&amp;il:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>“%1” is not a web address such as https://example.dk/privacy, without a #part.</source>
        <translation>”%1” är inte en webbadress som https://example.se/integritet utan en #-del.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>privacy-policy</source>
        <translation>integritetspolicy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>first-layer</source>
        <translation>första-lagret</translation>
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
        <translation type="vanished">EES</translation>
    </message>
    <message>
        <source>adequacy decision</source>
        <translation type="vanished">beslut om adekvat skyddsnivå</translation>
    </message>
    <message>
        <source>partial adequacy</source>
        <translation type="vanished">delvis adekvat skyddsnivå</translation>
    </message>
    <message>
        <source>third country, no adequacy</source>
        <translation type="vanished">tredjeland utan beslut om adekvat skyddsnivå</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="vanished">ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Not a date yet: write it as YYYY-MM-DD, for example 2026-06-08. The field keeps its last valid value until then.</source>
        <translation type="vanished">Inte ett datum än: skriv det som ÅÅÅÅ-MM-DD, till exempel 2026-06-08. Fältet behåller sitt senaste giltiga värde tills dess.</translation>
    </message>
    <message>
        <location filename="../views/fieldset.cpp" line="+177"/>
        <source>nordlys.dk or https://nordlys.dk/privacy</source>
        <translation>nordlys.dk eller https://nordlys.dk/privacy</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Not a date: write it as %1 (or YYYY-MM-DD), for example %2. The register keeps %3 until then.</source>
        <translation>Inte ett datum: skriv det som %1 (eller ÅÅÅÅ-MM-DD), till exempel %2. Registret behåller %3 tills dess.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a date: write it as %1 (or YYYY-MM-DD), for example %2. The register keeps no date until then.</source>
        <translation>Inte ett datum: skriv det som %1 (eller ÅÅÅÅ-MM-DD), till exempel %2. Registret har inget datum tills dess.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>One per line</source>
        <translation>En per rad</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation type="vanished">Det här är ingen e-postadress.</translation>
    </message>
    <message>
        <source>Write a web address, for example https://www.example.dk.</source>
        <translation type="vanished">Skriv en webbadress, till exempel https://www.example.se.</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation type="vanished">Ett namn krävs.</translation>
    </message>
    <message>
        <source>A sub-processor needs the processor above it (Art. 28(2) and (4)).</source>
        <translation type="vanished">Ett underbiträde måste ha ett personuppgiftsbiträde över sig (art. 28.2 och 28.4).</translation>
    </message>
    <message>
        <source>Name the controller you process for (Art. 30(2)).</source>
        <translation type="vanished">Ange den personuppgiftsansvarige som du behandlar för (art. 30.2).</translation>
    </message>
    <message>
        <source>Describe the interest pursued; the policy must state it (Art. 13(1)(d)).</source>
        <translation type="vanished">Beskriv det intresse som eftersträvas; integritetspolicyn måste ange det (art. 13.1 d).</translation>
    </message>
    <message>
        <source>The activity processes special categories: choose an Art. 9(2) condition.</source>
        <translation type="vanished">Behandlingen omfattar särskilda kategorier av personuppgifter: välj ett undantag enligt art. 9.2.</translation>
    </message>
    <message>
        <location filename="../views/listeditor.cpp" line="+33"/>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>(new, not filled in)</source>
        <translation>(ny, inte ifylld)</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Fields</name>
    <message>
        <location filename="../model/labels.cpp" line="-209"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration number</source>
        <translation>Registreringsnummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CVR number, organisation number or similar.</source>
        <translation>CVR-nummer, organisationsnummer eller liknande.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact page</source>
        <translation>Kontaktsida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A web page people can contact you through, e.g. a form. The policy gives it when there is no e-mail address.</source>
        <translation>En webbsida där man kan kontakta dig, t.ex. ett formulär. Integritetspolicyn anger den när det inte finns någon e-postadress.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data protection officer</source>
        <translation>Dataskyddsombud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 37-39; contact details go in the policy, Art. 13(1)(b).</source>
        <translation>Art. 37–39; kontaktuppgifterna ska stå i integritetspolicyn, art. 13.1 b.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU representative</source>
        <translation>Företrädare i EU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 27, for controllers outside the EU.</source>
        <translation>Art. 27, för personuppgiftsansvariga utanför EU.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead supervisory authority</source>
        <translation>Ansvarig tillsynsmyndighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the register</source>
        <translation>Registrets språk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The language you write the register&apos;s texts in.</source>
        <translation>Det språk som du skriver registrets texter på.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security measures, general description</source>
        <translation>Säkerhetsåtgärder, allmän beskrivning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 30(1)(g) and Art. 32.</source>
        <translation>Art. 30.1 g och art. 32.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common category</source>
        <translation>Standardkategori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Includes children</source>
        <translation>Omfattar barn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The Danish age of digital consent is 15 (DBL § 6(2)).</source>
        <translation>I Danmark är åldersgränsen för digitalt samtycke 15 år (den danska databeskyttelsesloven (DBL) § 6 andra stycket).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of data</source>
        <translation>Typ av uppgifter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Special categories: Art. 9. Criminal offences: Art. 10. CPR numbers: DBL § 11.</source>
        <translation>Särskilda kategorier: art. 9. Lagöverträdelser: art. 10. CPR-nummer: den danska databeskyttelsesloven (DBL) § 11.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Leverantör</translation>
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
        <translation>Ändamål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session cookie</source>
        <translation>Sessionskaka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Varaktighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration unit</source>
        <translation>Enhet för varaktighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in this language</source>
        <translation>Namn på det här språket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For a party named by what it does (&quot;Newsletter provider&quot;): its name in the language you write in. Left empty, documents use the name above.</source>
        <translation>För en part som har fått namn efter vad den gör (”Leverantör av nyhetsbrevstjänst”): dess namn på det språk du skriver på. Lämnas fältet tomt används namnet ovan i dokumenten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they do for us, or what we share with them.</source>
        <translation>Vad de gör åt oss, eller vad vi delar med dem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processor above</source>
        <translation>Överordnat personuppgiftsbiträde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For a sub-processor: the processor that engaged it (Art. 28(2) and (4)).</source>
        <translation>För ett underbiträde: det personuppgiftsbiträde som anlitade det (art. 28.2 och 28.4).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy policy link</source>
        <translation>Länk till integritetspolicy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data processing agreement link</source>
        <translation>Länk till personuppgiftsbiträdesavtal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-processor list link</source>
        <translation>Länk till lista över underbiträden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other links</source>
        <translation>Andra länkar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Länk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data processing agreement</source>
        <translation>Personuppgiftsbiträdesavtal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 28(3).</source>
        <translation>Art. 28.3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Undertecknat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review</source>
        <translation>Nästa granskning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certifications</source>
        <translation>Certifieringar</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+48"/>
        <source>One per line.</source>
        <translation>En per rad.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Certified under the EU-US Data Privacy Framework</source>
        <translation>Certifierad enligt EU-US Data Privacy Framework</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision (EU) 2023/1795: adequacy for the US covers certified organisations only.</source>
        <translation>Beslut (EU) 2023/1795: beslutet om adekvat skyddsnivå för USA omfattar bara certifierade organisationer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPF certification checked on</source>
        <translation>DPF-certifiering kontrollerad den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Essence of the arrangement</source>
        <translation>Arrangemangets väsentliga innehåll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Joint controllers, Art. 26(2): made available to data subjects.</source>
        <translation>Gemensamt personuppgiftsansvariga, art. 26.2: görs tillgängligt för de registrerade.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing done for this controller</source>
        <translation>Behandling som utförs för den här personuppgiftsansvarige</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 30(2)(b).</source>
        <translation>Art. 30.2 b.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A class of clients, not one named client</source>
        <translation>En kategori av kunder, inte en namngiven kund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For example all customers of a platform; each client is named in the list of clients.</source>
        <translation>Till exempel alla kunder på en plattform; varje kund anges i kundförteckningen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the list of clients is kept</source>
        <translation>Var kundförteckningen förvaras</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CRM, agreement archive: Art. 30(2)(a) requires each controller&apos;s name and contact details.</source>
        <translation>CRM, avtalsarkiv: enligt art. 30.2 a ska varje personuppgiftsansvarigs namn och kontaktuppgifter anges.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Avdelning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client controller</source>
        <translation>Personuppgiftsansvarig kund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When we process as a processor: the controller we act for, Art. 30(2).</source>
        <translation>När vi behandlar som personuppgiftsbiträde: den personuppgiftsansvarige som vi agerar för, art. 30.2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint controllers</source>
        <translation>Gemensamt personuppgiftsansvariga</translation>
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
        <translation>Ändamål och rättsliga grunder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 30(1)(b); the basis of each purpose goes in the policy, Art. 13(1)(c).</source>
        <translation>Art. 30.1 b; den rättsliga grunden för varje ändamål ska stå i integritetspolicyn, art. 13.1 c.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis (Art. 6(1))</source>
        <translation>Rättslig grund (art. 6.1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legitimate interest pursued</source>
        <translation>Berättigat intresse som eftersträvas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required where the basis is Art. 6(1)(f); Art. 13(1)(d).</source>
        <translation>Krävs när den rättsliga grunden är art. 6.1 f; art. 13.1 d.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct marketing</source>
        <translation>Direkt marknadsföring</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gives the absolute right to object, Art. 21(2)-(4).</source>
        <translation>Ger en ovillkorlig rätt att invända, art. 21.2–21.4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition for special categories (Art. 9(2))</source>
        <translation>Undantag för särskilda kategorier (art. 9.2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis for criminal-offence data (Art. 10: DBL § 8, personopplysningsloven § 11, dataskyddslagen 3 kap. 8 §)</source>
        <translation>Grund för uppgifter om lagöverträdelser (art. 10: DBL § 8, personopplysningsloven § 11, 3 kap. 8 § dataskyddslagen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ground for national identity numbers (DBL § 11, personopplysningsloven § 12, dataskyddslagen 3 kap. 10 §)</source>
        <translation>Grund för nationella identitetsnummer (DBL § 11, personopplysningsloven § 12, 3 kap. 10 § dataskyddslagen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not confirmed (generated by an import)</source>
        <translation>Ej bekräftad (skapad vid en import)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Consent to cookies is withdrawn in</source>
        <translation>Samtycke till kakor återkallas i</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The policy tells visitors where; left empty, it says nothing about it and the checks ask.</source>
        <translation>Policyn talar om för besökare var; lämnas fältet tomt säger den ingenting om det, och kontrollerna frågar.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Transfer %1</source>
        <translation>Överföring %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purpose %1</source>
        <translation>Ändamål %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matrix row %1</source>
        <translation>Matrisrad %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient %1</source>
        <translation>Mottagare %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source %1</source>
        <translation>Källa %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention rule %1</source>
        <translation>Lagringsregel %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link %1</source>
        <translation>Länk %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section %1</source>
        <translation>Avsnitt %1</translation>
    </message>
    <message>
        <source>Basis for criminal-offence data (DBL § 8)</source>
        <translation type="vanished">Grund för uppgifter om lagöverträdelser (DBL § 8)</translation>
    </message>
    <message>
        <source>Ground for CPR numbers (DBL § 11)</source>
        <translation type="vanished">Grund för CPR-nummer (DBL § 11)</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>National law references</source>
        <translation>Hänvisningar till nationell rätt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One per line: a reference key such as bogforingsloven-10, or free text.</source>
        <translation>En per rad: en referensnyckel som bogforingsloven-10, eller fritext.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where consent is recorded</source>
        <translation>Var samtycket registreras</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 7(1): you must be able to show consent was given.</source>
        <translation>Art. 7.1: du måste kunna visa att samtycke har lämnats.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data categories</source>
        <translation>Kategorier av personuppgifter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 30(1)(c).</source>
        <translation>Art. 30.1 c.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which data concern whom</source>
        <translation>Vilka uppgifter om vem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Datatilsynet&apos;s 2020 guidance: link each data category to the subject categories it concerns.</source>
        <translation>Danska Datatilsynets vägledning från 2020: koppla varje kategori av personuppgifter till de kategorier av registrerade som den gäller.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject category</source>
        <translation>Kategori av registrerade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject categories</source>
        <translation>Kategorier av registrerade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 30(1)(d): for each recipient, the data and subject categories it receives.</source>
        <translation>Art. 30.1 d: för varje mottagare de kategorier av personuppgifter och av registrerade som mottagaren tar emot.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category of recipients</source>
        <translation>Kategori av mottagare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When no single party is named.</source>
        <translation>När ingen enskild part anges.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where data comes from when not from the data subject, Art. 14(2)(f).</source>
        <translation>Varifrån uppgifterna kommer när de inte kommer från den registrerade, art. 14.2 f.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publicly available</source>
        <translation>Allmänt tillgängliga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No data is collected from the data subjects</source>
        <translation>Inga uppgifter samlas in från de registrerade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must the data be provided?</source>
        <translation>Måste uppgifterna lämnas?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 13(2)(e).</source>
        <translation>Art. 13.2 e.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consequence of not providing it</source>
        <translation>Följd av att inte lämna dem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this answer</source>
        <translation>Skäl för svaret</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+11"/>
        <source>Answered on</source>
        <translation>Besvarat den</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Data goes outside the EU/EEA</source>
        <translation>Uppgifter överförs utanför EU/EES</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not assessed: derived from the recipients&apos; countries. No: confirms that none of the data leaves the EU/EEA, even where a country is unknown.</source>
        <translation>Inte bedömt: härleds från mottagarnas länder. Nej: bekräftar att inga av uppgifterna lämnar EU/EES, inte heller där ett land är okänt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automated decisions</source>
        <translation>Automatiserade beslut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 22; Art. 13(2)(f).</source>
        <translation>Art. 22; art. 13.2 f.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used</source>
        <translation>Används</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiling</source>
        <translation>Profilering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logic involved</source>
        <translation>Logiken bakom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Significance and consequences</source>
        <translation>Betydelse och följder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data protection impact assessment</source>
        <translation>Konsekvensbedömning avseende dataskydd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 35.</source>
        <translation>Art. 35.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>Krävs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Systems</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention</source>
        <translation>Lagring</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 30(1)(f) and Art. 13(2)(a): a period, or the criteria for it.</source>
        <translation>Art. 30.1 f och art. 13.2 a: en period eller kriterierna för den.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted from</source>
        <translation>Räknat från</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it is deleted</source>
        <translation>Hur uppgifterna raderas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security measures</source>
        <translation>Säkerhetsåtgärder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last reviewed</source>
        <translation>Senast granskad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country or organisation</source>
        <translation>Land eller organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing activities</source>
        <translation>Behandlingar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer mechanism</source>
        <translation>Överföringsmekanism</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 45, 46 or 49.</source>
        <translation>Art. 45, 46 eller 49.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safeguards or assessment</source>
        <translation>Skyddsåtgärder eller bedömning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For Art. 49(1) second subparagraph, the documentation Art. 30(1)(e) requires.</source>
        <translation>Vid art. 49.1 andra stycket: den dokumentation som art. 30.1 e kräver.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document reference</source>
        <translation>Dokumentreferens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer impact assessment date</source>
        <translation>Datum för överföringsbedömning (TIA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the policy covers</source>
        <translation>Vad integritetspolicyn omfattar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last updated</source>
        <translation>Senast uppdaterad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Publicerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Governing law</source>
        <translation>Tillämplig lag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Behörig domstol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests answered within (days)</source>
        <translation>Begäranden besvaras inom (dagar)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>0: within one month, Art. 12(3).</source>
        <translation>0: inom en månad, art. 12.3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy contact e-mail</source>
        <translation>E-post för dataskyddsfrågor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy contact phone</source>
        <translation>Telefon för dataskyddsfrågor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cookie policy link</source>
        <translation>Länk till kakpolicy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How readers are told of changes</source>
        <translation>Hur läsarna informeras om ändringar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own sections</source>
        <translation>Egna avsnitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blank lines separate paragraphs; lines starting with &quot;- &quot; make a list.</source>
        <translation>Tomma rader skiljer stycken åt; rader som börjar med ”- ” blir en lista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed next to</source>
        <translation>Placerat vid</translation>
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
        <translation type="vanished">den här versionen sparar ännu ingen ögonblicksbild av det som %1</translation>
    </message>
    <message>
        <source>published</source>
        <translation type="vanished">publicerades</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="vanished">skickades in</translation>
    </message>
    <message>
        <location filename="../operations/historyoperations.cpp" line="+78"/>
        <source>&quot;%1&quot; is not a date (yyyy-mm-dd), a date and time, published or submitted</source>
        <translation>&quot;%1&quot; är inte ett datum (åååå-mm-dd), ett datum med tid, published eller submitted</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the register&apos;s journal begins %1; what it held before then is not known</source>
        <translation>registrets ändringslogg börjar %1; vad registret innehöll dessförinnan är inte känt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>with its next change</source>
        <translation>med nästa ändring</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>no single item &quot;%1&quot;; name it as KIND/ID, e.g. activity/sales</source>
        <translation>inget enskilt objekt &quot;%1&quot;; ange det som TYP/ID, t.ex. activity/sales</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No changes in the journal.</source>
        <translation>Inga ändringar i ändringsloggen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>edit</source>
        <translation>redigering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undo</source>
        <translation>ångra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redo</source>
        <translation>gör om</translation>
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
        <translation>det tidigare tillståndet hänvisar till objekt som inte längre finns: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the organisation and the policy settings cannot be removed</source>
        <translation>organisationen och inställningarna för integritetspolicyn kan inte tas bort</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <location line="+19"/>
        <source>the change could not be saved</source>
        <translation>ändringen kunde inte sparas</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>the stored item is not %1</source>
        <translation>det lagrade objektet är inte %1</translation>
    </message>
    <message>
        <location filename="../operations/itemoperations.cpp" line="+94"/>
        <source>The policy was not published: it cannot be made: %1</source>
        <translation>Integritetspolicyn publicerades inte: den kan inte skapas: %1</translation>
    </message>
    <message>
        <location filename="../operations/snapshotoperations.cpp" line="+116"/>
        <source>the day the record was submitted is missing</source>
        <translation>dagen då registret lämnades in saknas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the snapshot could not be kept</source>
        <translation>ögonblicksbilden kunde inte sparas</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the register keeps no snapshot %1</source>
        <translation>registret har ingen ögonblicksbild %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the record has not been marked as submitted yet</source>
        <translation>registret har inte markerats som inlämnat ännu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the policy has not been published since the register began keeping snapshots</source>
        <translation>integritetspolicyn har inte publicerats sedan registret började spara ögonblicksbilder</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>snapshot %1 cannot be read: %2</source>
        <translation>ögonblicksbild %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This is the register as it stood at a snapshot: %1 (%2, by %3). It is kept as it was and cannot be changed; File &gt; Save a copy as... makes a register of it that can be edited.</source>
        <translation>Det här är registret som det såg ut vid en ögonblicksbild: %1 (%2, av %3). Det sparas som det var och kan inte ändras; Arkiv &gt; Spara en kopia som... gör ett register av det som kan redigeras.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Policy version %1 published</source>
        <translation>Integritetspolicy version %1 publicerad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record submitted to %1 on %2</source>
        <translation>Registret lämnat in till %1 den %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record submitted to %1 on %2, case no. %3</source>
        <translation>Registret lämnat in till %1 den %2, diarienr %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No snapshots: the policy has not been published nor the record submitted since the register began keeping them.</source>
        <translation>Inga ögonblicksbilder: integritetspolicyn har inte publicerats och registret har inte lämnats in sedan registret började spara dem.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::HistoryActions</name>
    <message>
        <location filename="../views/historyactions.cpp" line="+16"/>
        <location line="+51"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+51"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ångra %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Gör om %1</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::HistoryDialog</name>
    <message>
        <location filename="../views/historydialog.cpp" line="+63"/>
        <source>Any</source>
        <translation>Ingen gräns</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Edit</source>
        <translation>Redigering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Gör om</translation>
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
        <translation>Registrets &amp;historik...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Item history...</source>
        <translation>&amp;Postens historik...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;napshots...</source>
        <translation>Ögon&amp;blicksbilder...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>History of “%1”</source>
        <translation>Historik för ”%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History of the register</source>
        <translation>Registrets historik</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All users</source>
        <translation>Alla användare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;User:</source>
        <translation>&amp;Användare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>T&amp;ill:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fields</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Före</translation>
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
        <translation>&amp;Återställ det här tillståndet</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>Makes the item as this change left it, as a new step you can undo.</source>
        <translation>Återställer posten till hur den här ändringen lämnade den, som ett nytt steg som du kan ångra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+241"/>
        <source>Restore the state &amp;before</source>
        <translation>Återställ tillståndet före ä&amp;ndringen</translation>
    </message>
    <message>
        <location line="-239"/>
        <source>Makes the item as it was before this change, as a new step you can undo.</source>
        <translation>Återställer posten till hur den var före den här ändringen, som ett nytt steg som du kan ångra.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Load more</source>
        <translation>&amp;Läs in fler</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>Choose a change to see its fields before and after.</source>
        <translation>Välj en ändring för att se dess fält före och efter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 by %2 on %3: %4</source>
        <translation>%1 av %2 den %3: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(did not exist)</source>
        <translation>(fanns inte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(deleted)</source>
        <translation>(borttagen)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Restore this state (deletes the item)</source>
        <translation>&amp;Återställ det här tillståndet (tar bort posten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the state &amp;before (deletes the item)</source>
        <translation>Återställ tillståndet före ä&amp;ndringen (tar bort posten)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot restore</source>
        <translation>Det går inte att återställa</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The history cannot be read: %1</source>
        <translation>Historiken kan inte läsas: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No changes in the journal match.</source>
        <translation>Inga ändringar i ändringsloggen matchar urvalet.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The newest %n change(s); more are kept.</source>
        <translation>
            <numerusform>Den senaste %n ändringen; fler finns sparade.</numerusform>
            <numerusform>De senaste %n ändringarna; fler finns sparade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n ändring.</numerusform>
            <numerusform>%n ändringar.</numerusform>
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
        <translation>Att kontrollera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not imported</source>
        <translation>Importeras inte</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Stop</source>
        <translation>Stoppa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As a &amp;new register:</source>
        <translation>Som ett &amp;nytt register:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Bläddra...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import %1</source>
        <translation>Importera %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <location line="+217"/>
        <source>Found automatically</source>
        <translation>Automatiskt</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>A table, one row per activity</source>
        <translation>En tabell med en rad per behandling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms, one per activity (label and value)</source>
        <translation>Formulär, ett per behandling (fältnamn och värde)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ICO&apos;s controller template</source>
        <translation>ICO:s mall för personuppgiftsansvariga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A spreadsheet exported by Fortegnelse</source>
        <translation>Ett kalkylark exporterat från Fortegnelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CNIL&apos;s simplified register</source>
        <translation>CNIL:s förenklade register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Uppbyggnad:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sheet:</source>
        <translation>Bl&amp;ad:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The language the file is written in; its texts are kept in that language</source>
        <translation>Språket filen är skriven på; dess texter sparas på det språket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written in:</source>
        <translation>Skriven på:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Header in the file</source>
        <translation>Rubrik i filen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported as</source>
        <translation>Importeras som</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Activities</source>
        <translation>Behandlingar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activity</source>
        <translation>Behandling</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add to the open register, “%1”, as one step you can undo</source>
        <translation>Lägg till i det öppna registret, ”%1”, som ett steg du kan ångra</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Reading %1... %p%</source>
        <translation>Läser %1... %p%</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Stopped</source>
        <translation>Stoppad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not read</source>
        <translation>Inte läst</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Read</source>
        <translation>Läst</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read as forms, one per activity, on %1.</source>
        <translation>Läst som formulär, ett per behandling, i %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as the ICO&apos;s controller template, sheet %1.</source>
        <translation>Läst som ICO:s mall för personuppgiftsansvariga, blad %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as a spreadsheet exported by Fortegnelse, sheet %1.</source>
        <translation>Läst som ett kalkylark exporterat från Fortegnelse, blad %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as the CNIL&apos;s simplified register, one fiche per activity: %1.</source>
        <translation>Läst som CNIL:s förenklade register, ett formulär per behandling: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read as a table with one row per activity: sheet %1, headers in row %2.</source>
        <translation>Läst som en tabell med en rad per behandling: blad %1, rubriker på rad %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text encoding: %1.</source>
        <translation>Teckenkodning: %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(not imported)</source>
        <translation>(importeras inte)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column %1: choose what it holds</source>
        <translation>Kolumn %1: välj vad den innehåller</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n activities: %1 OK, %2 to check, %3 not importable.</source>
        <translation>
            <numerusform>%n behandling: %1 OK, %2 att kontrollera, %3 kan inte importeras.</numerusform>
            <numerusform>%n behandlingar: %1 OK, %2 att kontrollera, %3 kan inte importeras.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: nothing to check.</source>
        <translation>%1: inget att kontrollera.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A row cannot be imported; correct it in the file or change the mapping</source>
        <translation>En rad kan inte importeras; rätta den i filen eller ändra vad kolumnerna betyder</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New register</source>
        <translation>Nytt register</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registers (*.ropa)</source>
        <translation>Register (*.ropa)</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::ItemForm</name>
    <message>
        <location filename="../views/itemform.cpp" line="+86"/>
        <source>Select an item in the list, or add one.</source>
        <translation>Välj ett objekt i listan eller lägg till ett.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Json</name>
    <message>
        <location filename="../model/jsoncodec.cpp" line="+310"/>
        <source>raw control character U+%1 at byte %2 in a string; write it as \u%1</source>
        <translation>rått styrtecken U+%1 vid byte %2 i en sträng; skriv det som \u%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the key &quot;%1&quot; is given more than once in this object</source>
        <translation>nyckeln &quot;%1&quot; anges mer än en gång i det här objektet</translation>
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
        <translation>Inställningar för integritetspolicy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subject categories</source>
        <translation>Kategorier av registrerade</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data categories</source>
        <translation>Kategorier av personuppgifter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Processing activities</source>
        <translation>Behandlingar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transfers</source>
        <translation>Överföringar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Security measures</source>
        <translation>Säkerhetsåtgärder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cookies</source>
        <translation>Kakor</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::ListPage</name>
    <message>
        <location line="-14"/>
        <source>New processing activity</source>
        <translation>Ny behandling</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New party</source>
        <translation>Ny part</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>New subject category</source>
        <translation>Ny kategori av registrerade</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New data category</source>
        <translation>Ny kategori av personuppgifter</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New security measure</source>
        <translation>Ny säkerhetsåtgärd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New cookie</source>
        <translation>Ny kaka</translation>
    </message>
    <message>
        <location filename="../views/listpage.cpp" line="+38"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Filter</source>
        <translation>Filtrera</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;History...</source>
        <translation>&amp;Historik...</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Processor and its sub-processors</source>
        <translation>Personuppgiftsbiträde och dess underbiträden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transfer</source>
        <translation>Överföring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-processor chains</source>
        <translation>Kedjor av underbiträden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dupli&amp;cate</source>
        <translation>&amp;Duplicera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Delete “%1”?</source>
        <translation>Ta bort ”%1”?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These items refer to it and will no longer do so:</source>
        <translation>De här objekten hänvisar till det och kommer inte längre att göra det:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>Du kan ångra detta med Redigera &gt; Ångra.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>recorded</source>
        <translation>registrerad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not recorded</source>
        <translation>inte registrerad</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (no processor above it)</source>
        <translation>%1 (inget överordnat personuppgiftsbiträde)</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::MainWindow</name>
    <message>
        <location filename="../views/mainwindow.cpp" line="+111"/>
        <location filename="../views/mainwindowlayout.cpp" line="+91"/>
        <source>Privacy policy preview</source>
        <translation>Förhandsgranskning av integritetspolicy</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../views/mainwindowlayout.cpp" line="+2"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;öppnat&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../views/mainwindowlayout.cpp" line="-1"/>
        <source>Undo history</source>
        <translation>Ångrahistorik</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New register...</source>
        <translation>&amp;Nytt register...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open...</source>
        <translation>&amp;Öppna...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to &amp;server...</source>
        <translation>Anslut till &amp;server...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open an e&amp;xample</source>
        <translation>Öppna ett e&amp;xempel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a &amp;copy as...</source>
        <translation>Spara en &amp;kopia som...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import JSON...</source>
        <translation>&amp;Importera JSON...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a &amp;spreadsheet or Word table...</source>
        <translation>Importera ett ka&amp;lkylark eller en Word-tabell...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export JSON...</source>
        <translation>&amp;Exportera JSON...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;policy...</source>
        <translation>Exportera integritets&amp;policy...</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../views/mainwindowfiles.cpp" line="+312"/>
        <source>P&amp;ublish policy...</source>
        <translation>P&amp;ublicera integritetspolicy...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../views/mainwindowfiles.cpp" line="-1"/>
        <source>P&amp;ublish policy (administrators only)...</source>
        <translation>P&amp;ublicera integritetspolicy (endast administratörer)...</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="vanished">&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="vanished">&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="+10"/>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dupli&amp;cate</source>
        <translation>&amp;Duplicera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find...</source>
        <translation>&amp;Sök...</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Navigator</source>
        <translation>&amp;Navigator</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System language</source>
        <translation>Systemspråk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
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
        <translation>Ändringen sparades inte</translation>
    </message>
    <message>
        <source>Open a register with File &gt; Open, create one with File &gt; New, or drop a .ropa or .json file here.</source>
        <translation type="vanished">Öppna ett register med Arkiv &gt; Öppna, skapa ett med Arkiv &gt; Nytt register, eller släpp en .ropa- eller .json-fil här.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Fortegnelse</source>
        <translation>Fortegnelse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, read-only</source>
        <translation>%1, skrivskyddad</translation>
    </message>
    <message>
        <location filename="../views/mainwindowfiles.cpp" line="-260"/>
        <location line="+4"/>
        <location line="+9"/>
        <source>Cannot import</source>
        <translation>Det går inte att importera</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan inte läsas: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a register Fortegnelse can import.

%2</source>
        <translation>%1 är inte ett register som Fortegnelse kan importera.

%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+100"/>
        <source>The register could not be written to %1.

%2</source>
        <translation>Registret kunde inte skrivas till %1.

%2</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Imported %1 into %2</source>
        <translation>Importerade %1 till %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be changed: %2

Open it read-only?</source>
        <translation>%1 kan inte ändras: %2

Vill du öppna den skrivskyddad?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is open for editing by %2. Only one person can change a register at a time.

Open it read-only? The window will show their changes as they make them.</source>
        <translation>%1 är öppet för redigering av %2. Bara en person i taget kan ändra ett register.

Vill du öppna det skrivskyddat? Fönstret visar ändringarna allteftersom de görs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register in use</source>
        <translation>Registret används</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open read-only</source>
        <translation>Öppna skrivskyddat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open register</source>
        <translation>Det går inte att öppna registret</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 cannot be opened.

%2</source>
        <translation>%1 kan inte öppnas.

%2</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… och %n till</numerusform>
            <numerusform>… och %n till</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register needs repair</source>
        <translation>Registret behöver repareras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 opened, but Fortegnelse found problems it can repair:

%2

A backup copy of the file is kept next to it, and the repair can be undone.</source>
        <translation>%1 öppnades, men Fortegnelse hittade problem som kan repareras:

%2

En säkerhetskopia av filen sparas bredvid den, och reparationen kan ångras.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repair</source>
        <translation>Reparera</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The register was updated to the current file format; the old file is kept as %1</source>
        <translation>Registret uppdaterades till det aktuella filformatet; den gamla filen finns kvar som %1</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="+11"/>
        <source>Cannot repair</source>
        <translation>Kan inte reparera</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The register was repaired. The file as it was is kept as %1.</source>
        <translation>Registret har reparerats. Filen som den var har sparats som %1.</translation>
    </message>
    <message>
        <source>New register</source>
        <translation type="vanished">Nytt register</translation>
    </message>
    <message>
        <location filename="../views/mainwindowfiles.cpp" line="+77"/>
        <source>Registers (*.ropa)</source>
        <translation>Register (*.ropa)</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+5"/>
        <source>Cannot create register</source>
        <translation>Det går inte att skapa registret</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+28"/>
        <source>The folder %1 cannot be made.</source>
        <translation>Mappen %1 kan inte skapas.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The register is saved as %1. Every change is saved as you make it.</source>
        <translation>Registret sparas som %1. Varje ändring sparas direkt när du gör den.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <location line="+10"/>
        <source>Cannot open the example</source>
        <translation>Det går inte att öppna exemplet</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Fortegnelse examples</source>
        <translation>Fortegnelse-exempel</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This is your own copy of the example, saved as %1. Change it as you like.</source>
        <translation>Det här är din egen kopia av exemplet, sparad som %1. Ändra den som du vill.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open register</source>
        <translation>Öppna register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registers (*.ropa);;JSON registers (*.json)</source>
        <translation>Register (*.ropa);;JSON-register (*.json)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save a copy as</source>
        <translation>Spara en kopia som</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot save a copy</source>
        <translation>Det går inte att spara en kopia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved a copy as %1</source>
        <translation>Sparade en kopia som %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import JSON</source>
        <translation>Importera JSON</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+42"/>
        <source>JSON registers (*.json)</source>
        <translation>JSON-register (*.json)</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Import a record</source>
        <translation>Importera ett register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets and Word tables (*.xlsx *.ods *.csv *.tsv *.txt *.docx *.odt)</source>
        <translation>Kalkylark och Word-tabeller (*.xlsx *.ods *.csv *.tsv *.txt *.docx *.odt)</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Imported %n activities as drafts; the problems list shows what to confirm.</source>
        <translation>
            <numerusform>Importerade %n behandling som utkast; problemlistan visar vad som ska bekräftas.</numerusform>
            <numerusform>Importerade %n behandlingar som utkast; problemlistan visar vad som ska bekräftas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export JSON</source>
        <translation>Exportera JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot export</source>
        <translation>Det går inte att exportera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan inte skrivas: %2</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="vanished">Webbsida (*.html)</translation>
    </message>
    <message>
        <source>Web snippet (*.html)</source>
        <translation type="vanished">Webbfragment (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="vanished">Markdown (*.md)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation type="vanished">Oformaterad text (*.txt)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation type="vanished">OpenDocument-text (*.odt)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="vanished">PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export policy</source>
        <translation type="vanished">Exportera integritetspolicy</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot export policy</source>
        <translation>Det går inte att exportera integritetspolicyn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Policy written to %1</source>
        <translation>Integritetspolicyn skrevs till %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publish policy</source>
        <translation>Publicera integritetspolicy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version of the policy you publish now:</source>
        <translation>Version av integritetspolicyn som du publicerar nu:</translation>
    </message>
    <message>
        <source>The language changes when you start Fortegnelse again.</source>
        <translation type="vanished">Språket ändras när du startar Fortegnelse igen.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="-289"/>
        <location line="+51"/>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problems (%1 errors, %2 warnings)</source>
        <translation type="vanished">Problem (%1 fel, %2 varningar)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Article 30 &amp;record...</source>
        <translation>&amp;Register enligt artikel 30...</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Retention rules</source>
        <translation>Lagringsregler</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::MatrixEditor</name>
    <message>
        <location filename="../views/matrixeditor.cpp" line="+30"/>
        <source>Confirm as imported</source>
        <translation>Bekräfta som importerat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The people this activity concerns:</source>
        <translation>De registrerade som behandlingen gäller:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What the activity processes, or what one recipient receives of it</source>
        <translation>Vad behandlingen omfattar, eller vad en mottagare får av det</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accept the links the import generated as they stand</source>
        <translation>Godta kopplingarna som importen skapade, som de är</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>What the activity processes</source>
        <translation>Vad behandlingen omfattar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recipient %1 (not named yet)</source>
        <translation>Mottagare %1 (inget namn ännu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What %1 receives</source>
        <translation>Vad %1 får</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: click to tick or clear the column</source>
        <translation>%1: klicka för att markera eller avmarkera kolumnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: generated by the import, not confirmed; click to tick or clear the row</source>
        <translation>%1: skapad vid importen, ej bekräftad; klicka för att markera eller rensa raden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: click to tick or clear the row</source>
        <translation>%1: klicka för att markera eller avmarkera raden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 about %2, sent to this recipient</source>
        <translation>%1 om %2, lämnas till den här mottagaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 about %2</source>
        <translation>%1 om %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear all</source>
        <translation>Avmarkera alla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tick all</source>
        <translation>Markera alla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not confirmed: the import gave this recipient everything the activity processes, because the file did not say what it receives. Clear what it does not receive, or confirm it as it is; until then the record shows it as not stated.</source>
        <translation>Ej bekräftat: importen gav mottagaren allt som behandlingen omfattar, eftersom filen inte angav vad den får. Rensa det den inte får, eller bekräfta det som det är; till dess visar registret det som ej angivet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not confirmed: the import linked every category of data to the people in italics, because the file did not say which data concern whom. Clear what does not apply, or confirm the rows as they are; until then the record shows them as not stated.</source>
        <translation>Ej bekräftat: importen kopplade alla kategorier av uppgifter till de registrerade i kursiv stil, eftersom filen inte angav vilka uppgifter som gäller vem. Rensa det som inte stämmer, eller bekräfta raderna som de är; till dess visar registret dem som ej angivna.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the activity&apos;s data categories and the people it concerns; then tick which data concern which people.</source>
        <translation>Välj behandlingens kategorier av personuppgifter och de registrerade som den gäller; markera sedan vilka uppgifter som gäller vilka registrerade.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick what this recipient receives. It receives the ticked data about the ticked people: a tick adds its row and column, clearing one removes its column. Grey cells are not processed.</source>
        <translation>Markera vad den här mottagaren får. Mottagaren får de markerade uppgifterna om de markerade registrerade: en markering lägger till dess rad och kolumn, en avmarkering tar bort dess kolumn. Grå celler behandlas inte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick which data concern which people: click a cell, or a row or column header for the whole row or column; arrow keys and Space work too.</source>
        <translation>Markera vilka uppgifter som gäller vilka registrerade: klicka på en cell, eller på en rad- eller kolumnrubrik för hela raden eller kolumnen; piltangenterna och blanksteg fungerar också.</translation>
    </message>
    <message>
        <source>Choose the activity&apos;s data categories above; then tick which of them concern which people.</source>
        <translation type="vanished">Välj behandlingens kategorier av personuppgifter ovan; markera sedan vilka av dem som gäller vilka personer.</translation>
    </message>
    <message>
        <source>Tick which data categories concern which people.</source>
        <translation type="vanished">Markera vilka kategorier av personuppgifter som gäller vilka personer.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::NewRegisterDialog</name>
    <message>
        <location filename="../views/newregisterdialog.cpp" line="+67"/>
        <location line="+98"/>
        <source>New register</source>
        <translation>Nytt register</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>A few facts to start from. Everything can be changed later, and every change is saved as you make it.</source>
        <translation>Några uppgifter att börja med. Allt kan ändras senare, och varje ändring sparas direkt när du gör den.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Data protection officer:</source>
        <translation>&amp;Dataskyddsombud:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPO&apos;s &amp;e-mail:</source>
        <translation>Dataskyddsombudets &amp;e-post:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Supervisory authority:</source>
        <translation>&amp;Tillsynsmyndighet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register &amp;language:</source>
        <translation>Registrets &amp;språk:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Bläddra...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File:</source>
        <translation>F&amp;il:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty if none is appointed</source>
        <translation>Lämna tomt om inget har utsetts</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create</source>
        <translation>Skapa</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Ange organisationens namn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already exists. Choose another name.</source>
        <translation>%1 finns redan. Välj ett annat namn.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Registers (*.ropa)</source>
        <translation>Register (*.ropa)</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Operations</name>
    <message>
        <location filename="../operations/documentoperations.cpp" line="+66"/>
        <source>%1 errors, %2 warnings, %3 advice
</source>
        <translation>%1 fel, %2 varningar, %3 råd
</translation>
    </message>
    <message>
        <location filename="../operations/registeroperations.cpp" line="+33"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kan inte läsas: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a folder</source>
        <translation>det är en mapp</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>standard output: write failed: %1</source>
        <translation>standard ut: skrivning misslyckades: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>standard output: write failed</source>
        <translation>standard ut: skrivning misslyckades</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kan inte skrivas: %2</translation>
    </message>
    <message>
        <location filename="../operations/serveroperations.cpp" line="-42"/>
        <source>%1: a register cannot be copied onto itself</source>
        <translation>%1: ett register kan inte kopieras till sig självt</translation>
    </message>
    <message>
        <location filename="../operations/historyexport.cpp" line="+83"/>
        <source>the register kept changing while it was read; try again when it is not being edited</source>
        <translation>registret ändrades hela tiden medan det lästes; försök igen när det inte redigeras</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::PdfJoin</name>
    <message>
        <location filename="../generators/pdfjoin.cpp" line="+19"/>
        <source>There are no pages to join.</source>
        <translation>Det finns inga sidor att foga samman.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The parts of the PDF could not be joined: %1</source>
        <translation>PDF-filens delar kunde inte fogas samman: %1</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::PgStore</name>
    <message>
        <location filename="../model/pgload.cpp" line="+138"/>
        <source>Updating the register on the server to schema %1 failed, and it was left at %2: %3</source>
        <translation>Uppdateringen av registret på servern till schema %1 misslyckades, och det är kvar på %2: %3</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>created the register&apos;s tables in %1</source>
        <translation>skapade registrets tabeller i %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database has a table &quot;meta&quot; but no register in it.</source>
        <translation>Databasen har en tabell &quot;meta&quot; men inget register i den.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The register on the server was set up by a newer version of Fortegnelse (schema %1; this version knows up to %2).</source>
        <translation>Registret på servern skapades av en nyare version av Fortegnelse (schema %1; den här versionen känner till upp till %2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>updated the register&apos;s tables from schema %1 to %2</source>
        <translation>uppdaterade registrets tabeller från schema %1 till %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the register&apos;s tables were there already</source>
        <translation>registrets tabeller fanns redan</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>roles %1 (may read), %2 (may edit) and %3 (may also give both to others)</source>
        <translation>rollerna %1 (får läsa), %2 (får redigera) och %3 (får även ge båda till andra)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 holds no register; run &quot;fortegnelse server-init&quot; on it first.</source>
        <translation>%1 innehåller inget register; kör först &quot;fortegnelse server-init&quot; på den.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The register on the server has schema version %1; this Fortegnelse writes %2.</source>
        <translation>Registret på servern har schemaversion %1; den här versionen av Fortegnelse skriver %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 already holds a register; a copy never replaces one.</source>
        <translation>%1 innehåller redan ett register; en kopia ersätter aldrig ett register.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 already holds a history of changes; a copy never adds to one.</source>
        <translation>%1 innehåller redan en ändringshistorik; en kopia läggs aldrig till i en befintlig historik.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The register on the server is damaged: %1</source>
        <translation>Registret på servern är skadat: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The database %1 does not hold a Fortegnelse register.</source>
        <translation>Databasen %1 innehåller inget Fortegnelse-register.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The register on the server was set up by a newer version of Fortegnelse (schema %1; this version reads up to %2). Update Fortegnelse to open it.</source>
        <translation>Registret på servern skapades av en nyare version av Fortegnelse (schema %1; den här versionen läser upp till %2). Uppdatera Fortegnelse för att öppna det.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The register on the server has schema version %1 and this version of Fortegnelse needs %2: the database&apos;s owner updates it with &quot;fortegnelse server-init&quot;.</source>
        <translation>Registret på servern har schemaversion %1 och den här versionen av Fortegnelse behöver %2: databasens ägare uppdaterar det med &quot;fortegnelse server-init&quot;.</translation>
    </message>
    <message>
        <location line="-353"/>
        <location filename="../model/pgstore.cpp" line="+80"/>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation>PostgreSQL-drivrutinen för Qt är inte installerad (paketet libqt6sql6-psql).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../model/pgstore.cpp" line="+14"/>
        <source>Could not connect to %1: %2</source>
        <translation>Kunde inte ansluta till %1: %2</translation>
    </message>
    <message>
        <location filename="../model/pgstore.cpp" line="+20"/>
        <source>%1 holds no register; run &quot;fortegnelse server-init&quot; on it first (%2).</source>
        <translation>%1 innehåller inget register; kör först &quot;fortegnelse server-init&quot; på den (%2).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the connection to the server was lost (%1)</source>
        <translation>anslutningen till servern bröts (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your login (%1) may not change this register</source>
        <translation>din inloggning (%1) får inte ändra det här registret</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your login (%1) may only read this register, so it is open read-only.</source>
        <translation>Din inloggning (%1) får bara läsa det här registret, så det är öppnat skrivskyddat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only the register&apos;s administrators (role %1) publish the policy and submit the record; your login (%2) is not one of them.</source>
        <translation>Endast registrets administratörer (roll %1) publicerar integritetspolicyn och lämnar in registret; din inloggning (%2) är inte en av dem.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to the server was lost.</source>
        <translation>Anslutningen till servern bröts.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the register is open read-only</source>
        <translation>registret är öppnat skrivskyddat</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>a colleague</source>
        <translation>en kollega</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a colleague deleted %1 after this window read it. The register is read again.</source>
        <translation>en kollega tog bort %1 efter att det här fönstret läste in det. Registret läses in igen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 changed %2 at %3 after this window read it. Their version is shown now; make your change again if it still applies.</source>
        <translation>%1 ändrade %2 den %3 efter att det här fönstret läste in det. Den versionen visas nu; gör din ändring igen om den fortfarande gäller.</translation>
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
        <translation type="vanished">Överföring till %1</translation>
    </message>
    <message>
        <source>Transfer (recipient and country not given yet)</source>
        <translation type="vanished">Överföring (mottagare och land inte angivna ännu)</translation>
    </message>
    <message>
        <location filename="../model/labels.cpp" line="+243"/>
        <source>Unnamed %1</source>
        <translation>%1 utan namn</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::PolicyDocument</name>
    <message>
        <location filename="../generators/policydocument.cpp" line="+126"/>
        <source>Template output, line %1, column %2: %3</source>
        <translation>Mallens utdata, rad %1, kolumn %2: %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>text &quot;%1&quot; outside a paragraph in &lt;%2&gt;</source>
        <translation>texten &quot;%1&quot; utanför ett stycke i &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&lt;%1&gt; is not allowed here</source>
        <translation>&lt;%1&gt; är inte tillåtet här</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>text outside &lt;li&gt; in &lt;%1&gt;</source>
        <translation>text utanför &lt;li&gt; i &lt;%1&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+74"/>
        <source>&lt;%1&gt; is not allowed in &lt;%2&gt;</source>
        <translation>&lt;%1&gt; är inte tillåtet i &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>&lt;%1&gt; is not allowed in &lt;table&gt;</source>
        <translation>&lt;%1&gt; är inte tillåtet i &lt;table&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;%1&gt; is not allowed in &lt;tr&gt;</source>
        <translation>&lt;%1&gt; är inte tillåtet i &lt;tr&gt;</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::PolicyDrift</name>
    <message>
        <location filename="../operations/policydrift.cpp" line="+308"/>
        <source>the policy cannot be made from the register now: %1</source>
        <translation>integritetspolicyn kan inte skapas från registret nu: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the published policy keeps no text in &quot;%1&quot;</source>
        <translation>den publicerade integritetspolicyn innehåller ingen text på &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the published text cannot be read back: %1</source>
        <translation>den publicerade texten kan inte läsas in igen: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>it keeps no HTML</source>
        <translation>den innehåller ingen HTML</translation>
    </message>
    <message numerus="yes">
        <location filename="../operations/policydriftreport.cpp" line="+60"/>
        <source>The privacy policy published as version %1 would read differently now in %n section(s): %2. Publish it again so that the information given under Art. 13 and 14 matches the record (WP260 rev.01 on changes to the information); fortegnelse drift lists the sentences.</source>
        <translation>
            <numerusform>Integritetspolicyn som publicerades som version %1 skulle nu lyda annorlunda i %n avsnitt: %2. Publicera den igen så att informationen enligt art. 13 och 14 stämmer med registret (WP260 rev.01 om ändringar av informationen); fortegnelse drift listar meningarna.</numerusform>
            <numerusform>Integritetspolicyn som publicerades som version %1 skulle nu lyda annorlunda i %n avsnitt: %2. Publicera den igen så att informationen enligt art. 13 och 14 stämmer med registret (WP260 rev.01 om ändringar av informationen); fortegnelse drift listar meningarna.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The policy has not been published since the register began keeping snapshots, so there is nothing to compare with.</source>
        <translation>Integritetspolicyn har inte publicerats sedan registret började spara ögonblicksbilder, så det finns inget att jämföra med.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The drift cannot be worked out: %1</source>
        <translation>Avvikelsen från den publicerade integritetspolicyn kan inte fastställas: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The policy published as version %1 would read the same if it were made now (%2).</source>
        <translation>Integritetspolicyn som publicerades som version %1 skulle lyda likadant om den skapades nu (%2).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n section(s) of the policy published as version %1 would read differently now (%2):</source>
        <translation>
            <numerusform>%n avsnitt i integritetspolicyn som publicerades som version %1 skulle lyda annorlunda nu (%2):</numerusform>
            <numerusform>%n avsnitt i integritetspolicyn som publicerades som version %1 skulle lyda annorlunda nu (%2):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The policy made again from the register as published differs from the kept text, so the kept text itself was compared; a change of a link&apos;s target alone is not seen.</source>
        <translation>Integritetspolicyn, skapad på nytt från registret som det såg ut vid publiceringen, skiljer sig från den sparade texten, så det var den sparade texten som jämfördes; en ändring av enbart en länks mål syns inte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Section: %1</source>
        <translation>Avsnitt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New section: %1</source>
        <translation>Nytt avsnitt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section no longer there: %1</source>
        <translation>Avsnitt som inte längre finns: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>- removed: %1</source>
        <translation>- borttagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+ added: %1</source>
        <translation>+ tillagd: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  the same sentences, in another order</source>
        <translation>  samma meningar, i en annan ordning</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::PolicyGenerator</name>
    <message>
        <source>Template %1: %2</source>
        <translation type="vanished">Mall %1: %2</translation>
    </message>
    <message>
        <location filename="../generators/policygenerator.cpp" line="+94"/>
        <source>No subject category &quot;%1&quot; in the register; use one of: %2</source>
        <translation>Registret har ingen kategori av registrerade med namnet &quot;%1&quot;; använd en av: %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The templates left a {{ marker }} in the policy.</source>
        <translation>Mallarna lämnade kvar en {{ markör }} i integritetspolicyn.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This notice has no first layer: it is the short notice of a processor already.</source>
        <translation>Det här meddelandet har inget första lager: det är redan det korta meddelandet från ett personuppgiftsbiträde.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::PolicyPreview</name>
    <message>
        <location filename="../views/policypreview.cpp" line="+33"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;or:</source>
        <translation>&amp;För:</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Everyone (the whole policy)</source>
        <translation>Alla (hela integritetspolicyn)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The policy cannot be generated: %1</source>
        <translation>Integritetspolicyn kan inte skapas: %1</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::PolicyWriters</name>
    <message>
        <source>The ODT document could not be written.</source>
        <translation type="vanished">ODT-dokumentet kunde inte skrivas.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::ProblemsPanel</name>
    <message>
        <location filename="../views/problemspanel.cpp" line="+78"/>
        <source>Filter problems</source>
        <translation>Filtrera problem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quick fix</source>
        <translation>Snabbkorrigering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixes for the selected problem, where one is obvious</source>
        <translation>Korrigeringar för det valda problemet, där en sådan är uppenbar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Severity</source>
        <translation>Allvarlighet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>The fix was not applied: the register has changed since the problem was listed, or the change could not be saved.</source>
        <translation>Korrigeringen tillämpades inte: registret har ändrats sedan problemet listades, eller så kunde ändringen inte sparas.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n fel</numerusform>
            <numerusform>%n fel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n varning</numerusform>
            <numerusform>%n varningar</numerusform>
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
        <translation>Inga problem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems (%1)</source>
        <translation>Problem (%1)</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::QuickFixes</name>
    <message>
        <location filename="../operations/quickfixes.cpp" line="+104"/>
        <source>Record the transfer to %1 for “%2” (you choose its mechanism next)</source>
        <translation>Registrera överföringen till %1 för ”%2” (du väljer överföringsmekanism i nästa steg)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Keep %1 as “%2”: %3 from %4</source>
        <translation>Lagra %1 enligt ”%2”: %3 från %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Answer whether “%1” needs a DPIA</source>
        <translation>Ange om ”%1” kräver en konsekvensbedömning</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Review which data concern whom in “%1”</source>
        <translation>Gå igenom vilka uppgifter som gäller vem i ”%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confirm that each recipient receives everything listed, as imported</source>
        <translation>Bekräfta att varje mottagare får allt som anges, som importerat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm that all the data concern every category of data subjects, as imported</source>
        <translation>Bekräfta att alla uppgifter gäller alla kategorier av registrerade, som importerat</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::RecordExportDialog</name>
    <message>
        <location filename="../views/recordexportdialog.cpp" line="+93"/>
        <location line="+158"/>
        <source>Export record</source>
        <translation>Exportera register</translation>
    </message>
    <message numerus="yes">
        <location line="-146"/>
        <source>The register has %n error(s). The record will show a gap where a fact the law requires is missing; fix the errors before you send it.</source>
        <translation>
            <numerusform>Registret har %n fel. Där en uppgift som lagen kräver saknas får dokumentet en lucka; rätta felet innan du skickar in det.</numerusform>
            <numerusform>Registret har %n fel. Där en uppgift som lagen kräver saknas får dokumentet en lucka; rätta felen innan du skickar in det.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Language of the record:</source>
        <translation>Registrets språk:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF, to print or send</source>
        <translation>PDF, för utskrift eller inlämning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ODT, to edit in LibreOffice or Word</source>
        <translation>ODT, för redigering i LibreOffice eller Word</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Bläddra...</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Print record</source>
        <translation>Skriv ut register</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;File:</source>
        <translation>F&amp;il:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Append the changes since the record submitted on %1</source>
        <translation>Bi&amp;foga ändringarna sedan registret som lämnades in den %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Append the changes since the record last submitted</source>
        <translation>Bi&amp;foga ändringarna sedan registret senast lämnades in</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No record has been marked as submitted yet, so there is nothing to compare with.</source>
        <translation>Inget register har markerats som inlämnat ännu, så det finns inget att jämföra med.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Mark as submitted to the supervisory authority on</source>
        <translation>&amp;Markera som inlämnat till tillsynsmyndigheten den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark as submitted to %1 on</source>
        <translation>&amp;Markera som inlämnat till %1 den</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>if the authority gave one</source>
        <translation>om myndigheten har tilldelat ett</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;case no.</source>
        <translation>&amp;diarienr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The register then keeps the record&apos;s contents, so you can show later what was sent and print it again.</source>
        <translation>Registret sparar då innehållet i det inlämnade registret, så att du senare kan visa vad som skickades och skriva ut det igen.</translation>
    </message>
    <message>
        <source>The register then keeps the record&apos;s contents and the SHA-256 of the same record as PDF, so you can show later what was sent.</source>
        <translation type="vanished">Registret sparar då innehållet i det inlämnade registret och SHA-256 för samma register som PDF, så att du senare kan visa vad som skickades.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+48"/>
        <source>The register then keeps the record&apos;s contents and the SHA-256 of the file, so you can show later what was sent.</source>
        <translation>Registret sparar då innehållet i det inlämnade registret och filens SHA-256, så att du senare kan visa vad som skickades.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Print...</source>
        <translation>Skriv &amp;ut...</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Only the PDF can be marked as submitted: it is what the authority receives.</source>
        <translation>Bara PDF-filen kan markeras som inlämnad: det är den som tillsynsmyndigheten tar emot.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument-text (*.odt)</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::RecordGenerator</name>
    <message>
        <location filename="../generators/recordgenerator.cpp" line="+73"/>
        <source>&quot;%1&quot; is not a record language; use da, nb, sv or en.</source>
        <translation>&quot;%1&quot; är inte ett språk för registret; använd da, nb, sv eller en.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record needs the date it is made on.</source>
        <translation>Registret behöver datumet då det upprättas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The record was cancelled.</source>
        <translation>Skapandet av registret avbröts.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The templates left a {{ marker }} in the record.</source>
        <translation>Mallarna lämnade kvar en {{ markör }} i registret.</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>The record template %1 is missing.</source>
        <translation>Mallen för registret, %1, saknas.</translation>
    </message>
    <message>
        <source>Template %1: %2</source>
        <translation type="vanished">Mall %1: %2</translation>
    </message>
    <message>
        <location filename="../generators/recordannex.cpp" line="+59"/>
        <source>The names of the fields in &quot;%1&quot; are not in this program, so the record&apos;s annex of changes cannot be written.</source>
        <translation>Fältnamnen på &quot;%1&quot; finns inte i det här programmet, så registrets bilaga med ändringar kan inte skrivas.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::RecordPainter</name>
    <message>
        <location filename="../generators/recordlayout.cpp" line="+336"/>
        <location filename="../generators/recordpainter.cpp" line="+143"/>
        <location line="+37"/>
        <source>The record was cancelled.</source>
        <translation>Skapandet av registret avbröts.</translation>
    </message>
    <message>
        <location filename="../generators/recordpainter.cpp" line="-92"/>
        <source>The record cannot be painted on this device.</source>
        <translation>Registret kan inte ritas på den här enheten.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>A new page could not be started.</source>
        <translation>En ny sida kunde inte påbörjas.</translation>
    </message>
    <message>
        <location filename="../generators/recordlayout.cpp" line="-177"/>
        <source>The record is too long to lay out at this resolution (%1 pages in one section). Make the controller and processor records separately, or print at a lower resolution.</source>
        <translation>Registret är för långt för att sättas upp med den här upplösningen (%1 sidor i ett avsnitt). Gör registren som personuppgiftsansvarig och som personuppgiftsbiträde var för sig, eller skriv ut med lägre upplösning.</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>The table of contents does not match the headings of the record.</source>
        <translation>Innehållsförteckningen stämmer inte med registrets rubriker.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::RecordWindow</name>
    <message>
        <location filename="../views/recordwindow.cpp" line="+38"/>
        <source>&amp;Make record</source>
        <translation>&amp;Skapa register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export PDF...</source>
        <translation>&amp;Exportera PDF...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print...</source>
        <translation>Skriv &amp;ut...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Record of processing activities</source>
        <translation>Register över behandling</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Controller and processor records</source>
        <translation>Register som personuppgiftsansvarig och personuppgiftsbiträde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controller record (Art. 30(1))</source>
        <translation>Register som personuppgiftsansvarig (art. 30.1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processor record (Art. 30(2))</source>
        <translation>Register som personuppgiftsbiträde (art. 30.2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit width</source>
        <translation>Anpassa bredd</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Page</source>
        <translation>Sida</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The record could not be made.</source>
        <translation>Registret kunde inte skapas.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Record</source>
        <translation>Register</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>of %1</source>
        <translation>av %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+52"/>
        <source>There is no record to export yet.</source>
        <translation>Det finns inget register att exportera ännu.</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+79"/>
        <location line="+15"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan inte skrivas: %2</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Export record</source>
        <translation>Exportera register</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record was written to %1 and marked as submitted to %2 on %3.</source>
        <translation>Registret skrevs till %1 och markerades som inlämnat till %2 den %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The record was written to %1.</source>
        <translation>Registret skrevs till %1.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>No record has been marked as submitted yet, so there are no changes to append.</source>
        <translation>Inget register har markerats som inlämnat ännu, så det finns inga ändringar att bifoga.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The record was printed and marked as submitted to %1 on %2.</source>
        <translation>Registret skrevs ut och markerades som inlämnat till %1 den %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no record to print yet.</source>
        <translation>Det finns inget register att skriva ut ännu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record was not printed: %1</source>
        <translation>Registret skrevs inte ut: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The record was printed, but not marked as submitted: %1</source>
        <translation>Registret skrevs ut men markerades inte som inlämnat: %1</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>The record was neither written nor marked as submitted: %1</source>
        <translation>Registret varken skrevs eller markerades som inlämnat: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The record was marked as submitted, but %1 could not be written: %2</source>
        <translation>Registret markerades som inlämnat, men %1 kunde inte skrivas: %2</translation>
    </message>
    <message>
        <source>fortegnelse.pdf</source>
        <translation type="vanished">register.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="vanished">PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Print record</source>
        <translation>Skriv ut register</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::ReferenceData</name>
    <message>
        <location filename="../model/referencedata.cpp" line="+230"/>
        <source>“%1” is not a known %2</source>
        <extracomment>%1 is a code as stored, %2 the list it is not in (&quot;Art. 6(1) legal basis&quot;)</extracomment>
        <translation>”%1” är inget känt värde för %2</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::RegisterDiff</name>
    <message>
        <location filename="../model/registerdiff.cpp" line="+181"/>
        <location line="+14"/>
        <source>(empty)</source>
        <translation>(tomt)</translation>
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
        <translation>Inga skillnader.</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+30"/>
        <source>%1: added</source>
        <translation>%1: tillagd</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+28"/>
        <source>%1: removed</source>
        <translation>%1: borttagen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the register was changed outside Fortegnelse after %1, so its earlier state is not known</source>
        <translation>registret ändrades utanför Fortegnelse efter %1, så dess tidigare tillstånd är inte känt</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the earlier state could not be rebuilt</source>
        <translation>det tidigare tillståndet kunde inte återskapas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the earlier state could not be rebuilt: %1</source>
        <translation>det tidigare tillståndet kunde inte återskapas: %1</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::RegisterLocation</name>
    <message>
        <location filename="../model/registerlocation.cpp" line="+32"/>
        <source>&quot;%1&quot; is not a postgresql:// address</source>
        <translation>&quot;%1&quot; är ingen postgresql://-adress</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the address contains a password; Fortegnelse never keeps one. Put it in ~/.pgpass (or use a service file), and give the address without it.</source>
        <translation>adressen innehåller ett lösenord; Fortegnelse sparar aldrig lösenord. Lägg det i ~/.pgpass (eller använd en tjänstefil) och ange adressen utan det.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the address contains a password; Fortegnelse never keeps one. Put it in ~/.pgpass.</source>
        <translation>adressen innehåller ett lösenord; Fortegnelse sparar aldrig lösenord. Lägg det i ~/.pgpass.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the option &quot;%1&quot; of the address has a space or &quot;;&quot; in it, which cannot be passed on</source>
        <translation>adressens alternativ &quot;%1&quot; innehåller ett blanksteg eller &quot;;&quot;, vilket inte kan skickas vidare</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the address names no database: postgresql://user@host/database</source>
        <translation>adressen anger ingen databas: postgresql://användare@värd/databas</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 exists already; a copy never replaces a register.</source>
        <translation>%1 finns redan; en kopia ersätter aldrig ett register.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::RegisterLock</name>
    <message>
        <location filename="../model/registerlock.cpp" line="+40"/>
        <source>another user</source>
        <translation>en annan användare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2 since %3</source>
        <translation>%1 på %2 sedan %3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The lock file %1 cannot be written next to the register.</source>
        <translation>Låsfilen %1 kan inte skrivas bredvid registret.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::RetentionPage</name>
    <message>
        <location filename="../views/retentionpage.cpp" line="+22"/>
        <source>Retention schedule</source>
        <translation>Översikt över lagring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every retention rule in the register. Rules are kept with their processing activity: double-click a rule to edit it there.</source>
        <translation>Alla lagringsregler i registret. Reglerna hör till sin behandling: dubbelklicka på en regel för att redigera den där.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>All of the activity&apos;s data</source>
        <translation>Alla uppgifter i behandlingen</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Reviews</name>
    <message>
        <location filename="../operations/reviews.cpp" line="+118"/>
        <source>Review the processing activity “%1”</source>
        <translation>Granska behandlingen ”%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the agreement with “%1”</source>
        <translation>Granska avtalet med ”%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the Data Privacy Framework certification of “%1”</source>
        <translation>Kontrollera certifieringen enligt Data Privacy Framework för ”%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the data protection impact assessment of “%1”</source>
        <translation>Granska konsekvensbedömningen avseende dataskydd för ”%1”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>overdue</source>
        <translation>försenad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>due</source>
        <translation>ska göras</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n review(s) due</source>
        <translation>
            <numerusform>%n granskning ska göras</numerusform>
            <numerusform>%n granskningar ska göras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n försenad</numerusform>
            <numerusform>%n försenade</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fortegnelse::SafeOutput</name>
    <message>
        <location filename="../operations/safeoutput.cpp" line="+34"/>
        <source>it is a symbolic link; give the name of the file itself</source>
        <translation>det är en symbolisk länk; ange namnet på själva filen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a folder</source>
        <translation>det är en mapp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a named pipe, not a file</source>
        <translation>det är en namngiven pipe, inte en fil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is a device, not a file</source>
        <translation>det är en enhet, inte en fil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a socket, not a file</source>
        <translation>det är en socket, inte en fil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not an ordinary file</source>
        <translation>det är inte en vanlig fil</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+48"/>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kan inte skrivas: %2</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>%1: cannot be written: it is the input %2; give another output file</source>
        <translation>%1: kan inte skrivas: det är indatafilen %2; ange en annan utdatafil</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::SearchPalette</name>
    <message>
        <location filename="../views/searchpalette.cpp" line="+27"/>
        <source>Find in the register</source>
        <translation>Sök i registret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name, text or code, e.g. Løn, Mailchimp, art46-2-c</source>
        <translation>Namn, text eller kod, t.ex. Løn, Mailchimp, art46-2-c</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::ServerAddress</name>
    <message>
        <source>&quot;%1&quot; is not a postgresql:// address</source>
        <translation type="vanished">&quot;%1&quot; är ingen postgresql://-adress</translation>
    </message>
    <message>
        <source>the address contains a password; Fortegnelse never keeps one. Put it in ~/.pgpass (or use a service file), and give the address without it.</source>
        <translation type="vanished">adressen innehåller ett lösenord; Fortegnelse sparar aldrig lösenord. Lägg det i ~/.pgpass (eller använd en tjänstefil) och ange adressen utan det.</translation>
    </message>
    <message>
        <source>the address contains a password; Fortegnelse never keeps one. Put it in ~/.pgpass.</source>
        <translation type="vanished">adressen innehåller ett lösenord; Fortegnelse sparar aldrig lösenord. Lägg det i ~/.pgpass.</translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; of the address has a space or &quot;;&quot; in it, which cannot be passed on</source>
        <translation type="vanished">adressens alternativ &quot;%1&quot; innehåller ett blanksteg eller &quot;;&quot;, vilket inte kan skickas vidare</translation>
    </message>
    <message>
        <source>the address names no database: postgresql://user@host/database</source>
        <translation type="vanished">adressen anger ingen databas: postgresql://användare@värd/databas</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::SnapshotsDialog</name>
    <message>
        <location filename="../views/snapshotsdialog.cpp" line="+48"/>
        <source>No new folder can be made in %1.</source>
        <translation>Ingen ny mapp kan skapas i %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Snapshots: what was published and submitted</source>
        <translation>Ögonblicksbilder: vad som har publicerats och lämnats in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the documents in</source>
        <translation>Spara dokumenten i</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publishing the policy and submitting the record keep what the register said at that moment. Compare one with the register now, or save what was sent.</source>
        <translation>När integritetspolicyn publiceras och registret lämnas in sparas det som registret innehöll just då. Jämför en ögonblicksbild med registret nu, eller spara det som skickades.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Compare with now</source>
        <translation>&amp;Jämför med nu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save documents...</source>
        <translation>&amp;Spara dokument...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the &amp;published text...</source>
        <translation>Visa den &amp;publicerade texten...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open read-only</source>
        <translation>&amp;Öppna skrivskyddat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the register as it stood at this snapshot in a window of its own, where it can be read, checked and exported but not changed.</source>
        <translation>Öppnar registret som det såg ut vid den här ögonblicksbilden i ett eget fönster, där det kan läsas, kontrolleras och exporteras men inte ändras.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Item</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Then</source>
        <translation>Då</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The snapshots cannot be read: %1</source>
        <translation>Ögonblicksbilderna kan inte läsas: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SHA-256 of the record sent: %1</source>
        <translation>SHA-256 för det inlämnade registret: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No snapshots yet: the policy has not been published nor the record submitted since the register began keeping them.</source>
        <translation>Inga ögonblicksbilder ännu: integritetspolicyn har inte publicerats och registret har inte lämnats in sedan registret började spara dem.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+23"/>
        <location line="+38"/>
        <location line="+15"/>
        <source>Cannot read the snapshot</source>
        <translation>Det går inte att läsa ögonblicksbilden</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>The snapshot keeps no text in this language.</source>
        <translation>Ögonblicksbilden innehåller ingen text på det här språket.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, as published</source>
        <translation>%1 – texten som den publicerades</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The snapshot is no longer in the register.</source>
        <translation>Ögonblicksbilden finns inte längre i registret.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(did not exist)</source>
        <translation>(fanns inte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(deleted)</source>
        <translation>(borttagen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing has changed since %1.</source>
        <translation>Inget har ändrats sedan %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n difference(s) between %1 and now:</source>
        <translation>
            <numerusform>%n skillnad mellan %1 och nu:</numerusform>
            <numerusform>%n skillnader mellan %1 och nu:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Policy %1 published %2</source>
        <translation>Integritetspolicy %1 publicerad %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record submitted %1</source>
        <translation>Register inlämnat %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These are the texts as they were published.</source>
        <translation>Det här är texterna som de publicerades.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The record is made again from the register as it was submitted on paper: its content is the record printed.</source>
        <translation>Registret skapas på nytt utifrån uppgifterna som de var när registret lämnades in på papper: innehållet är det utskrivna registret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record is made again from the register as it was submitted: its content is the record sent, its bytes are not. The file sent had SHA-256 %1.</source>
        <translation>Registret har skapats på nytt från registret som det såg ut när det lämnades in: innehållet är detsamma som i det inskickade registret, men filen är inte identisk byte för byte. Den inskickade filen hade SHA-256 %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot save the documents</source>
        <translation>Det går inte att spara dokumenten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The snapshot holds no documents.</source>
        <translation>Ögonblicksbilden innehåller inga dokument.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documents saved</source>
        <translation>Dokumenten har sparats</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) saved in %1.</source>
        <translation>
            <numerusform>%n fil sparad i %1.</numerusform>
            <numerusform>%n filer sparade i %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fortegnelse::StartPage</name>
    <message>
        <location filename="../views/startpage.cpp" line="+67"/>
        <source>Øsyn: an optician&apos;s shop with a web shop (Danish)</source>
        <translation>Øsyn: en optikerbutik med webbutik (danska)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Octopus: an energy supplier (English)</source>
        <translation>Octopus: ett energibolag (engelska)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deskhero: a software company with a help desk (English)</source>
        <translation>Deskhero: ett programvaruföretag med kundtjänst (engelska)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Welcome to Fortegnelse</source>
        <translation>Välkommen till Fortegnelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fortegnelse keeps your record of processing activities (GDPR Article 30) and writes your privacy policy from it. Every change is saved as you make it.</source>
        <translation>Fortegnelse för ditt register över behandling (artikel 30 i dataskyddsförordningen) och skriver din integritetspolicy utifrån det. Varje ändring sparas direkt när du gör den.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New register...</source>
        <translation>&amp;Nytt register...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open...</source>
        <translation>&amp;Öppna...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import a spreadsheet or Word table...</source>
        <translation>&amp;Importera ett kalkylark eller en Word-tabell...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a register from the record you keep today (XLSX, ODS, CSV, DOCX or ODT)</source>
        <translation>Importera det register du för i dag (XLSX, ODS, CSV, DOCX eller ODT)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recent registers</source>
        <translation>Senaste register</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None yet. A register you open or create appears here.</source>
        <translation>Inga ännu. Register som du öppnar eller skapar visas här.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Examples</source>
        <translation>Exempel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registers made from three real privacy policies. Opening one makes a copy you can change; the window&apos;s title says where it is.</source>
        <translation>Register som bygger på tre verkliga integritetspolicyer. När du öppnar ett skapas en kopia som du kan ändra; fönstrets titel visar var den finns.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the register holds</source>
        <translation>Vad registret innehåller</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Privacy policy</source>
        <translation>Integritetspolicy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reviews</source>
        <translation>Granskningar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record of processing activities</source>
        <translation>Register över behandling</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The checks find nothing to report.</source>
        <translation>Kontrollerna hittar inget att rapportera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2 to look at</source>
        <translation>%1 och %2 att titta på</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n fel</numerusform>
            <numerusform>%n fel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n varning</numerusform>
            <numerusform>%n varningar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Checking...</source>
        <translation>Kontrollerar...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not published yet. When you publish it (File &gt; Publish policy), the register remembers the version and when.</source>
        <translation>Inte publicerad ännu. När du publicerar den (Arkiv &gt; Publicera integritetspolicy) sparar registret versionen och tidpunkten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1 published on %2.</source>
        <translation>Version %1 publicerad den %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;The register has changed since then&lt;/b&gt;: the published policy may be out of date.</source>
        <translation>&lt;b&gt;Registret har ändrats sedan dess&lt;/b&gt;: den publicerade integritetspolicyn kan vara inaktuell.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The register has not changed since then.</source>
        <translation>Registret har inte ändrats sedan dess.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the policy...</source>
        <translation>Exportera integritetspolicyn...</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Nothing is due for review in the next %n day(s).</source>
        <translation>
            <numerusform>Inget ska granskas inom %n dag.</numerusform>
            <numerusform>Inget ska granskas inom de närmaste %n dagarna.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 overdue, %2 due in the next %3 days:</source>
        <translation>%1 skulle redan ha gjorts och %2 ska göras inom de närmaste %3 dagarna:</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n due in the next %1 days:</source>
        <translation>
            <numerusform>%n granskning ska göras inom de närmaste %1 dagarna:</numerusform>
            <numerusform>%n granskningar ska göras inom de närmaste %1 dagarna:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (overdue since %2)</source>
        <translation>%1 (försenad sedan %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (by %2)</source>
        <translation>%1 (senast %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>and %n more.</source>
        <translation>
            <numerusform>och %n till.</numerusform>
            <numerusform>och %n till.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Whether the record was submitted cannot be read.</source>
        <translation>Det går inte att läsa om registret har lämnats in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not submitted to the supervisory authority from this register yet.</source>
        <translation>Ännu inte inlämnat till tillsynsmyndigheten från det här registret.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the record...</source>
        <translation>Visa registret...</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Storage</name>
    <message>
        <location filename="../model/storage.cpp" line="+19"/>
        <source>This register cannot be copied to a file.</source>
        <translation>Det här registret kan inte kopieras till en fil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This register cannot be backed up here.</source>
        <translation>Det går inte att säkerhetskopiera det här registret här.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This register cannot be repaired here.</source>
        <translation>Det går inte att reparera det här registret här.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This register keeps no snapshots.</source>
        <translation>Det här registret sparar inga ögonblicksbilder.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Store</name>
    <message>
        <location filename="../model/storecopies.cpp" line="+76"/>
        <location filename="../model/storefiles.cpp" line="+182"/>
        <source>Could not write %1: %2</source>
        <translation>Kunde inte skriva %1: %2</translation>
    </message>
    <message>
        <location filename="../model/storeload.cpp" line="+245"/>
        <source>%1: the stored item has the id &quot;%2&quot;</source>
        <translation>%1: det lagrade objektet har ett annat id: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../model/store.cpp" line="+74"/>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>SQLite-drivrutinen för Qt är inte installerad (paketet libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location filename="../model/storefiles.cpp" line="-131"/>
        <source>The file does not exist.</source>
        <translation>Filen finns inte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a file.</source>
        <translation>Det här är ingen fil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file cannot be read: %1</source>
        <translation>Filen kan inte läsas: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is empty, so it is not a register.</source>
        <translation>Filen är tom och är därför inget register.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a Fortegnelse register: it is not an SQLite database.</source>
        <translation>Det här är inget Fortegnelse-register: det är ingen SQLite-databas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is read-only; Fortegnelse saves every change at once, so it needs to write to it and its folder. Open it read-only or open a copy instead.</source>
        <translation>Filen är skrivskyddad; Fortegnelse sparar varje ändring direkt och måste därför kunna skriva till den och dess mapp. Öppna den skrivskyddad eller öppna en kopia i stället.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is a link; give the name of the file itself.</source>
        <translation>%1 är en länk; ange namnet på själva filen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a regular file, so it is not replaced.</source>
        <translation>%1 är inte en vanlig fil, så den ersätts inte.</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+6"/>
        <source>a private copy could not be written</source>
        <translation>det gick inte att skriva en privat kopia</translation>
    </message>
    <message>
        <source>The file is read-only; Fortegnelse saves every change at once, so it needs to write to it. Open a copy instead.</source>
        <translation type="vanished">Filen är skrivskyddad; Fortegnelse sparar varje ändring direkt och måste därför kunna skriva till den. Öppna en kopia i stället.</translation>
    </message>
    <message>
        <location filename="../model/store.cpp" line="+144"/>
        <source>The file cannot be opened as a database: %1</source>
        <translation>Filen kan inte öppnas som databas: %1</translation>
    </message>
    <message>
        <location filename="../model/storeload.cpp" line="-147"/>
        <location line="+17"/>
        <source>The register is busy: another program is writing it. Try again in a moment.</source>
        <translation>Registret är upptaget: ett annat program skriver till det. Försök igen om en stund.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The file is damaged beyond what Fortegnelse can repair: SQLite cannot read it (%1).</source>
        <translation>Filen är för skadad för att Fortegnelse ska kunna reparera den: SQLite kan inte läsa den (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file cannot be read as a database: %1</source>
        <translation>Filen kan inte läsas som en databas: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file is damaged (the database integrity check failed): %1</source>
        <translation>Filen är skadad (databasens integritetskontroll misslyckades): %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is damaged (the database integrity check failed).</source>
        <translation>Filen är skadad (databasens integritetskontroll misslyckades).</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <location line="+7"/>
        <source>This is an SQLite database, but not a Fortegnelse register.</source>
        <translation>Det här är en SQLite-databas, men inget Fortegnelse-register.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is damaged: it has no valid schema version.</source>
        <translation>Filen är skadad: den saknar giltig schemaversion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This register was saved by a newer version of Fortegnelse (file format %1; this version reads up to %2). Update Fortegnelse to open it.</source>
        <translation>Det här registret sparades av en nyare version av Fortegnelse (filformat %1; den här versionen läser upp till %2). Uppdatera Fortegnelse för att öppna det.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the table is not defined the way Fortegnelse defines it</source>
        <translation>tabellen är inte definierad så som Fortegnelse definierar den</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fortegnelse never creates this; it was not run</source>
        <translation>Fortegnelse skapar aldrig detta; det kördes inte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the table is missing</source>
        <translation>tabellen saknas</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>a second item with this id</source>
        <translation>ytterligare ett objekt med detta id</translation>
    </message>
    <message>
        <location filename="../model/storecopies.cpp" line="-48"/>
        <location filename="../model/storefiles.cpp" line="+36"/>
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk could not be written (input/output error): %1</source>
        <translation>det gick inte att skriva till disken (in/ut-fel): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another program is writing the register; try again in a moment</source>
        <translation>ett annat program skriver till registret; försök igen om en stund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file or its folder is read-only</source>
        <translation>filen eller dess mapp är skrivskyddad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it took too long and was stopped</source>
        <translation>det tog för lång tid och avbröts</translation>
    </message>
    <message>
        <location filename="../model/store.cpp" line="-75"/>
        <location filename="../operations/historyexport.cpp" line="-9"/>
        <source>The file is damaged: %1. Run &quot;fortegnelse repair&quot; or open it in Fortegnelse to repair it.</source>
        <translation>Filen är skadad: %1. Kör &quot;fortegnelse repair&quot; eller öppna den i Fortegnelse för att reparera den.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The register is open for editing by %1.</source>
        <translation>Registret är öppet för redigering av %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file is damaged: %1</source>
        <translation>Filen är skadad: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The register needs updating to the current file format, but a backup could not be written to %1. The file was left as it was.</source>
        <translation>Registret behöver uppdateras till det aktuella filformatet, men det gick inte att skriva en säkerhetskopia till %1. Filen har inte ändrats.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Updating the file format failed: %1. A backup of the file as it was is beside it.</source>
        <translation>Uppdateringen av filformatet misslyckades: %1. En säkerhetskopia av filen som den var ligger bredvid den.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The register was left mid-write by a crash and could not be recovered: %1</source>
        <translation>Skrivningen av registret avbröts av en krasch, och det kunde inte återställas: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Reading the file took longer than %1 seconds and was stopped.</source>
        <translation>Inläsningen av filen tog mer än %1 sekunder och avbröts.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>the folder it would go in does not exist</source>
        <translation>mappen den skulle ligga i finns inte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The register is open for editing by %1; close it there first.</source>
        <translation>Registret är öppet för redigering av %1; stäng det där först.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the register is open read-only</source>
        <translation>registret är öppnat skrivskyddat</translation>
    </message>
    <message>
        <location filename="../model/storecopies.cpp" line="+27"/>
        <source>A copy cannot replace the register it is a copy of.</source>
        <translation>En kopia kan inte ersätta det register som den är en kopia av.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is open for editing by %2.</source>
        <translation>%1 är öppet för redigering av %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A backup could not be written to %1.</source>
        <translation>Det gick inte att skriva en säkerhetskopia till %1.</translation>
    </message>
    <message>
        <location filename="../model/sqliteguard.cpp" line="+52"/>
        <source>The database connection is not an SQLite connection.</source>
        <translation>Databasanslutningen är inte en SQLite-anslutning.</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/step.cpp" line="+75"/>
        <source> (and %n more)</source>
        <translation>
            <numerusform> (och %n till)</numerusform>
            <numerusform> (och %n till)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/storerepair.cpp" line="+114"/>
        <source>The file&apos;s structure could not be repaired: %1</source>
        <translation>Filens struktur kunde inte repareras: %1</translation>
    </message>
    <message>
        <location filename="../model/pgjournal.cpp" line="+26"/>
        <location filename="../model/storejournal.cpp" line="+94"/>
        <source>the journal is written only within a step</source>
        <translation>ändringsloggen skrivs endast inom ett steg</translation>
    </message>
    <message>
        <location filename="../model/pgsnapshots.cpp" line="+15"/>
        <location filename="../model/storesnapshots.cpp" line="+101"/>
        <source>a snapshot is kept only within a step</source>
        <translation>en ögonblicksbild sparas endast inom ett steg</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::StoreFiles</name>
    <message>
        <source>The file does not exist.</source>
        <translation type="vanished">Filen finns inte.</translation>
    </message>
    <message>
        <source>This is not a file.</source>
        <translation type="vanished">Detta är inte en fil.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="vanished">Filen kan inte läsas: %1</translation>
    </message>
    <message>
        <source>The file is empty, so it is not a register.</source>
        <translation type="vanished">Filen är tom, så den är inte ett register.</translation>
    </message>
    <message>
        <source>This is not a Fortegnelse register: it is not an SQLite database.</source>
        <translation type="vanished">Det här är inget Fortegnelse-register: det är ingen SQLite-databas.</translation>
    </message>
    <message>
        <source>The file is read-only; Fortegnelse saves every change at once, so it needs to write to it and its folder. Open it read-only or open a copy instead.</source>
        <translation type="vanished">Filen är skrivskyddad; Fortegnelse sparar varje ändring direkt och måste därför kunna skriva till den och dess mapp. Öppna den skrivskyddad eller öppna en kopia i stället.</translation>
    </message>
    <message>
        <source>%1 is a link; give the name of the file itself.</source>
        <translation type="vanished">%1 är en länk; ange namnet på själva filen.</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it is not replaced.</source>
        <translation type="vanished">%1 är inte en vanlig fil, så den ersätts inte.</translation>
    </message>
    <message>
        <source>a private copy could not be written</source>
        <translation type="vanished">det gick inte att skriva en privat kopia</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="vanished">Kunde inte skriva %1: %2</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="vanished">disken är full</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::StoreLoad</name>
    <message>
        <source>The register is busy: another program is writing it. Try again in a moment.</source>
        <translation type="vanished">Registret är upptaget: ett annat program skriver till det. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>The file is damaged beyond what Fortegnelse can repair: SQLite cannot read it (%1).</source>
        <translation type="vanished">Filen är för skadad för att Fortegnelse ska kunna reparera den: SQLite kan inte läsa den (%1).</translation>
    </message>
    <message>
        <source>The file cannot be read as a database: %1</source>
        <translation type="vanished">Filen kan inte läsas som en databas: %1</translation>
    </message>
    <message>
        <source>The file is damaged (the database integrity check failed): %1</source>
        <translation type="vanished">Filen är skadad (databasens integritetskontroll misslyckades): %1</translation>
    </message>
    <message>
        <source>The file is damaged (the database integrity check failed).</source>
        <translation type="vanished">Filen är skadad (databasens integritetskontroll misslyckades).</translation>
    </message>
    <message>
        <source>This is an SQLite database, but not a Fortegnelse register.</source>
        <translation type="vanished">Det här är en SQLite-databas, men inget Fortegnelse-register.</translation>
    </message>
    <message>
        <source>The file is damaged: it has no valid schema version.</source>
        <translation type="vanished">Filen är skadad: den saknar giltig schemaversion.</translation>
    </message>
    <message>
        <source>This register was saved by a newer version of Fortegnelse (file format %1; this version reads up to %2). Update Fortegnelse to open it.</source>
        <translation type="vanished">Det här registret sparades av en nyare version av Fortegnelse (filformat %1; den här versionen läser upp till %2). Uppdatera Fortegnelse för att öppna det.</translation>
    </message>
    <message>
        <source>the table is not defined the way Fortegnelse defines it</source>
        <translation type="vanished">tabellen är inte definierad så som Fortegnelse definierar den</translation>
    </message>
    <message>
        <source>Fortegnelse never creates this; it was not run</source>
        <translation type="vanished">Fortegnelse skapar aldrig detta; det kördes inte</translation>
    </message>
    <message>
        <source>the table is missing</source>
        <translation type="vanished">tabellen saknas</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::StoreLoad::T</name>
    <message>
        <source>%1: the stored item has the id &quot;%2&quot;</source>
        <translation type="vanished">%1: det lagrade objektet har id &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a second item with this id</source>
        <translation type="vanished">ytterligare ett objekt med detta id</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Tables</name>
    <message>
        <location filename="../generators/tables/recordtablewriters.cpp" line="+171"/>
        <location line="+76"/>
        <source>The spreadsheet could not be written in a temporary folder.</source>
        <translation>Kalkylarket kunde inte skrivas i en tillfällig mapp.</translation>
    </message>
    <message>
        <location filename="../operations/tables/importfields.cpp" line="+31"/>
        <source>Activity</source>
        <translation>Behandling</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>Avdelning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purposes</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Legal basis</source>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Condition for special categories</source>
        <translation>Undantag för särskilda kategorier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Categories of data subjects</source>
        <translation>Kategorier av registrerade</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Categories of personal data</source>
        <translation>Kategorier av personuppgifter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recipients</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Third countries</source>
        <translation>Tredjeländer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transfer safeguards</source>
        <translation>Skyddsåtgärder vid överföring</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retention</source>
        <translation>Lagring</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Security measures</source>
        <translation>Säkerhetsåtgärder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Systems</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>(not imported)</source>
        <translation>(importeras inte)</translation>
    </message>
    <message>
        <location filename="../operations/tables/importreport.cpp" line="+18"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>varning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid</source>
        <translation>ogiltig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a table with one row per activity</source>
        <translation>en tabell med en rad per behandling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forms with a label and a value per line, one per activity</source>
        <translation>formulär med ett fältnamn och ett värde per rad, ett per behandling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the ICO&apos;s controller template</source>
        <translation>ICO:s mall för personuppgiftsansvariga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fortegnelse&apos;s own export</source>
        <translation>Fortegnelses egen export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the CNIL&apos;s simplified register, one fiche per activity</source>
        <translation>CNIL:s förenklade register, ett formulär per behandling</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, read as %1</source>
        <translation>, läst som %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forms: %1; labels in column %2.</source>
        <translation>Formulär: %1; fältnamn i kolumn %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sheet &quot;%1&quot;, headers in row %2.</source>
        <translation>Blad &quot;%1&quot;, rubriker på rad %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns:</source>
        <translation>Kolumner:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data protection officer</source>
        <translation>Dataskyddsombud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative</source>
        <translation>Företrädare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activities:</source>
        <translation>Behandlingar:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 activities: %2 ok, %3 with warnings, %4 invalid.</source>
        <translation>%1 behandlingar: %2 ok, %3 med varningar, %4 ogiltiga.</translation>
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
        <translation>%1: Filen är större än %2 MB, mer än något register behöver.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1: The file cannot be read: %2</source>
        <translation>%1: Filen kan inte läsas: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: line %2: the text is neither UTF-8 nor Windows-1252; save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>%1: rad %2: texten är varken UTF-8 eller Windows-1252; spara filen som &quot;CSV UTF-8&quot; och importera den igen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: The file holds NUL characters; it is not a CSV file.</source>
        <translation>%1: Filen innehåller NUL-tecken; det är ingen CSV-fil.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: line %2 has more than 16,384 cells.</source>
        <translation>%1: rad %2 har mer än 16&#xa0;384 celler.</translation>
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
        <translation>%1: %2 innehåller mer än %3 tecken, mer än en cell i ett kalkylark kan rymma.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2: a quoted cell is never closed.</source>
        <translation>%1: %2: en cell inom citattecken avslutas aldrig.</translation>
    </message>
    <message>
        <location filename="../operations/tables/zipsource.cpp" line="+8"/>
        <source>%1: The file is not a readable ZIP archive (an office file is one).</source>
        <translation>%1: Filen är inget läsbart ZIP-arkiv (vilket en Office-fil är).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: The archive&apos;s table of contents is damaged.</source>
        <translation>%1: Arkivets innehållsförteckning är skadad.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: The part %2 is missing.</source>
        <translation>%1: Delen %2 saknas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 unpacks to more than %3 MB; it is refused as a ZIP bomb or a sheet larger than any record.</source>
        <translation>%1: %2 packas upp till mer än %3 MB; den avvisas som en ZIP-bomb eller ett blad som är större än något register.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: The archive unpacks to more than %2 MB in all; it is refused as a ZIP bomb.</source>
        <translation>%1: Arkivet packas upp till mer än %2 MB totalt; det avvisas som en ZIP-bomb.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 is compressed more than %3 times; it is refused as a ZIP bomb.</source>
        <translation>%1: %2 är komprimerad mer än %3 gånger; den avvisas som en ZIP-bomb.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: The part %2 cannot be found in the archive.</source>
        <translation>%1: Delen %2 finns inte i arkivet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: The part %2 cannot be opened (damaged or encrypted).</source>
        <translation>%1: Delen %2 kan inte öppnas (skadad eller krypterad).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: The part %2 is damaged.</source>
        <translation>%1: Delen %2 är skadad.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: The part %2 is damaged (its checksum does not match).</source>
        <translation>%1: Delen %2 är skadad (kontrollsumman stämmer inte).</translation>
    </message>
    <message>
        <location filename="../operations/tables/docxreader.cpp" line="+37"/>
        <source>The document has more than %1 tables.</source>
        <translation>Dokumentet har mer än %1 tabeller.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../operations/tables/odfreader.cpp" line="+48"/>
        <source>Table %1</source>
        <translation>Tabell %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A table has more than 1,048,576 rows.</source>
        <translation>En tabell har mer än 1&#xa0;048&#xa0;576 rader.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../operations/tables/odfreader.cpp" line="+56"/>
        <source>A row has more than 16,384 columns.</source>
        <translation>En rad har mer än 16&#xa0;384 kolumner.</translation>
    </message>
    <message>
        <location line="+65"/>
        <location filename="../operations/tables/odfreader.cpp" line="+46"/>
        <source>A cell holds more than %1 characters.</source>
        <translation>En cell innehåller mer än %1 tecken.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: The document has no tables.</source>
        <translation>%1: Dokumentet har inga tabeller.</translation>
    </message>
    <message>
        <location filename="../operations/tables/odfreader.cpp" line="-115"/>
        <source>The file has more than %1 tables.</source>
        <translation>Filen har mer än %1 tabeller.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The table &quot;%1&quot; has more than 1,048,576 rows.</source>
        <translation>Tabellen &quot;%1&quot; har mer än 1&#xa0;048&#xa0;576 rader.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>%1: The file is an OpenDocument file of a kind that holds no tables to import.</source>
        <translation>%1: Filen är en OpenDocument-fil av en typ som inte innehåller några tabeller att importera.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: The file has no tables.</source>
        <translation>%1: Filen har inga tabeller.</translation>
    </message>
    <message>
        <location filename="../operations/tables/readersupport.cpp" line="+10"/>
        <source>%1 holds more than %2 characters, more than a spreadsheet cell can.</source>
        <translation>%1 innehåller mer än %2 tecken, mer än en cell i ett kalkylark kan rymma.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the file has more than %2 cells that hold something; it is refused as larger than any record.</source>
        <translation>%1: filen har mer än %2 celler med innehåll; den avvisas eftersom den är större än något register.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the cells lie so far apart that the sheet would take more memory than any record needs.</source>
        <translation>%1: cellerna ligger så långt ifrån varandra att bladet skulle ta mer minne än något register behöver.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: a merged range covers more cells than any record has.</source>
        <translation>%1: ett sammanfogat område täcker fler celler än något register har.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: %2, line %3: %4</source>
        <translation>%1: %2, rad %3: %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The part declares a document type, which office files never do; it is refused so that no entity is expanded.</source>
        <translation>Delen deklarerar en dokumenttyp, vilket Office-filer aldrig gör; den avvisas så att ingen entitet expanderas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The part refers to an entity that is not declared.</source>
        <translation>Delen refererar till en entitet som inte är deklarerad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The elements nest deeper than %1 levels.</source>
        <translation>Elementen är nästlade djupare än %1 nivåer.</translation>
    </message>
    <message>
        <location filename="../operations/tables/tableimport.cpp" line="-72"/>
        <source>The file gives no name for the activity; it is named after its purpose.</source>
        <translation>Filen anger inget namn på behandlingen; den namnges efter sitt ändamål.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: The activity has no name.</source>
        <translation>%1: Behandlingen har inget namn.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An activity named &quot;%1&quot; is already in the register; both are kept.</source>
        <translation>Det finns redan en behandling med namnet &quot;%1&quot; i registret; båda behålls.</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Every category of data subjects is linked to every category of data (%1 links); confirm or remove them.</source>
        <translation>Alla kategorier av registrerade är kopplade till alla kategorier av personuppgifter (%1 kopplingar); bekräfta eller ta bort dem.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each recipient is given every category of data of every data subject; confirm or narrow them.</source>
        <translation>Varje mottagare har fått alla kategorier av personuppgifter om alla registrerade; bekräfta eller begränsa det.</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Imported from %1:</source>
        <translation>Importerad från %1:</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&quot;Pays adéquat&quot; is not taken from the file: whether %1 is adequate, and on which decision, is to be recorded.</source>
        <translation>&quot;Pays adéquat&quot; hämtas inte från filen: om %1 har en adekvat skyddsnivå, och enligt vilket beslut, ska registreras.</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+123"/>
        <location line="+98"/>
        <source>Imported from %1, %2.</source>
        <translation>Importerad från %1, %2.</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>&quot;%1&quot; and &quot;%2&quot; are not among the activity&apos;s categories; the link is not imported.</source>
        <translation>&quot;%1&quot; och &quot;%2&quot; finns inte bland behandlingens kategorier; kopplingen importeras inte.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The recipient &quot;%1&quot; is not among the activity&apos;s recipients; the link is not imported.</source>
        <translation>Mottagaren &quot;%1&quot; finns inte bland behandlingens mottagare; kopplingen importeras inte.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The legal basis &quot;%1&quot; is not recognised; it is kept in the notes.</source>
        <translation>Den rättsliga grunden &quot;%1&quot; känns inte igen; den sparas i anteckningarna.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not placed, to review: %1.</source>
        <translation>Inte placerat, behöver granskas: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 legal bases for %2 purposes: choose the basis of each purpose.</source>
        <translation>%1 rättsliga grunder för %2 ändamål: välj grunden för varje ändamål.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Several %1 grounds (%2): choose the one of each purpose.</source>
        <translation>Flera grunder enligt %1 (%2): välj den som gäller för varje ändamål.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The retention &quot;%1&quot; was not read as one period; it is kept as the criterion.</source>
        <translation>Lagringstiden &quot;%1&quot; kunde inte läsas som en period; den sparas som kriterium.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The country &quot;%1&quot; is not recognised; no transfer is recorded for it.</source>
        <translation>Landet &quot;%1&quot; känns inte igen; ingen överföring registreras dit.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file relies on the EU-US Privacy Shield, invalid since 16 July 2020: review this transfer and record the mechanism it relies on now.</source>
        <translation>Filen stöder sig på EU-US Privacy Shield, som har varit ogiltig sedan den 16 juli 2020: granska den här överföringen och registrera den överföringsmekanism som den nu grundar sig på.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The transfer to %1 relies on the Privacy Shield, invalid since 2020; it is imported without a mechanism, to review.</source>
        <translation>Överföringen till %1 stöder sig på Privacy Shield, som har varit ogiltig sedan 2020; den importeras utan överföringsmekanism och behöver granskas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The transfer to %1 has no mechanism the importer recognises; choose it.</source>
        <translation>Överföringen till %1 har ingen överföringsmekanism som importen känner igen; välj den.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1: The table has no activities under its headers.</source>
        <translation>%1: Tabellen har inga behandlingar under rubrikerna.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: The import was cancelled; nothing was imported.</source>
        <translation>%1: Importen avbröts; inget importerades.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The imported activities are drafts: the subject x data links and what each recipient receives were generated from the lists in the file and are marked unconfirmed; the checks list each to confirm.</source>
        <translation>De importerade behandlingarna är utkast: kopplingarna mellan registrerade och uppgifter och det som varje mottagare får har skapats utifrån listorna i filen och markerats som ej bekräftade; kontrollerna visar var och en som ska bekräftas.</translation>
    </message>
    <message>
        <location filename="../operations/tables/tablemerge.cpp" line="+26"/>
        <location line="+39"/>
        <location line="+42"/>
        <source>%1: nothing was imported: %2</source>
        <translation>%1: inget importerades: %2</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+21"/>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kan inte skrivas: %2</translation>
    </message>
    <message>
        <location filename="../operations/tables/tablelayout.cpp" line="+233"/>
        <source>%1: There is no sheet named &quot;%2&quot;.</source>
        <translation>%1: Det finns inget blad med namnet &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: No sheet is Fortegnelse&apos;s own export (a sheet &quot;Activities&quot; with &quot;Processing activity&quot; in A1).</source>
        <translation>%1: Inget blad är Fortegnelses egen export (ett blad &quot;Activities&quot; med &quot;Processing activity&quot; i A1).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: No sheet is laid out as the ICO&apos;s template (a sheet &quot;Template&quot; with &quot;Business function&quot; in A9).</source>
        <translation>%1: Inget blad är upplagt som ICO:s mall (ett blad &quot;Template&quot; med &quot;Business function&quot; i A9).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: No sheet is a filled-in fiche of the CNIL&apos;s register (a sheet with &quot;Finalité principale&quot; and &quot;Catégories de données personnelles concernées&quot; in column A).</source>
        <translation>%1: Inget blad är ett ifyllt formulär från CNIL:s register (ett blad med &quot;Finalité principale&quot; och &quot;Catégories de données personnelles concernées&quot; i kolumn A).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: No row names at least %2 fields of the record (such as &quot;Formål&quot;, &quot;Kategorier af registrerede&quot;, &quot;Modtagere&quot;).</source>
        <translation>%1: Ingen rad innehåller namnen på minst %2 av registrets fält (till exempel &quot;Ändamål&quot;, &quot;Kategorier av registrerade&quot;, &quot;Mottagare&quot;).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: No sheet or table has a column of at least %2 labels of the record (such as &quot;Formål&quot;, &quot;Kategorier af registrerede&quot;, &quot;Modtagere&quot;).</source>
        <translation>%1: Inget blad och ingen tabell har en kolumn med minst %2 av registrets fältnamn (till exempel &quot;Ändamål&quot;, &quot;Kategorier av registrerade&quot;, &quot;Mottagare&quot;).</translation>
    </message>
    <message>
        <location filename="../operations/tables/tablereader.cpp" line="+18"/>
        <source>%1: The file does not exist.</source>
        <translation>%1: Filen finns inte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: This is not an ordinary file.</source>
        <translation>%1: Detta är inte en vanlig fil.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: The ZIP archive is not a spreadsheet or a document with tables.</source>
        <translation>%1: ZIP-arkivet är varken ett kalkylark eller ett dokument med tabeller.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: The file is in Office&apos;s old binary format (.xls or .doc); save it as .xlsx, .docx or .ods and import that.</source>
        <translation>%1: Filen är i Offices gamla binära format (.xls eller .doc); spara den som .xlsx, .docx eller .ods och importera den nya filen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: The file is named .%2 but is not a ZIP archive, as such a file is.</source>
        <translation>%1: Filen har filändelsen .%2 men är inget ZIP-arkiv, vilket sådana filer alltid är.</translation>
    </message>
    <message>
        <location filename="../operations/tables/xlsxreader.cpp" line="+96"/>
        <source>%1: The workbook has no sheets.</source>
        <translation>%1: Arbetsboken har inga blad.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The workbook has more than %1 sheets.</source>
        <translation>Arbetsboken har mer än %1 blad.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sheet &quot;%1&quot; has no part.</source>
        <translation>Bladet &quot;%1&quot; har ingen tillhörande del.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A shared string holds more than %1 characters.</source>
        <translation>En delad sträng innehåller mer än %1 tecken.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>A cell refers to shared string %1, which does not exist.</source>
        <translation>En cell refererar till den delade strängen %1, som inte finns.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The cell reference &quot;%1&quot; is not valid here.</source>
        <translation>Cellreferensen &quot;%1&quot; är inte giltig här.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The merged range &quot;%1&quot; is not valid.</source>
        <translation>Det sammanfogade området &quot;%1&quot; är ogiltigt.</translation>
    </message>
    <message>
        <location filename="../operations/tables/tablemerge.cpp" line="-29"/>
        <source>%1 exists already; an import never replaces a file. Choose another name.</source>
        <translation>%1 finns redan; en import ersätter aldrig en fil. Välj ett annat namn.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1: The register changed after the preview; nothing was imported. Check the preview again.</source>
        <translation>%1: Registret ändrades efter förhandsvisningen; inget importerades. Se förhandsvisningen igen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: The import would reorder the register; nothing was imported.</source>
        <translation>%1: Importen skulle ändra ordningen i registret; inget importerades.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: The file adds nothing to the register.</source>
        <translation>%1: Filen tillför inget till registret.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Tables::ZipSource</name>
    <message>
        <source>%1: The file is larger than %2 MB, more than any record needs.</source>
        <translation type="vanished">%1: Filen är större än %2 MB, mer än något register behöver.</translation>
    </message>
    <message>
        <source>%1: The file is not a readable ZIP archive (an office file is one).</source>
        <translation type="vanished">%1: Filen är inget läsbart ZIP-arkiv (vilket en Office-fil är).</translation>
    </message>
    <message>
        <source>%1: The archive&apos;s table of contents is damaged.</source>
        <translation type="vanished">%1: Arkivets innehållsförteckning är skadad.</translation>
    </message>
    <message>
        <source>%1: The part %2 is missing.</source>
        <translation type="vanished">%1: Delen %2 saknas.</translation>
    </message>
    <message>
        <source>%1: %2 unpacks to more than %3 MB; it is refused as a ZIP bomb or a sheet larger than any record.</source>
        <translation type="vanished">%1: %2 packas upp till mer än %3 MB; den avvisas som en ZIP-bomb eller ett blad som är större än något register.</translation>
    </message>
    <message>
        <source>%1: The archive unpacks to more than %2 MB in all; it is refused as a ZIP bomb.</source>
        <translation type="vanished">%1: Arkivet packas upp till mer än %2 MB totalt; det avvisas som en ZIP-bomb.</translation>
    </message>
    <message>
        <source>%1: %2 is compressed more than %3 times; it is refused as a ZIP bomb.</source>
        <translation type="vanished">%1: %2 är komprimerad mer än %3 gånger; den avvisas som en ZIP-bomb.</translation>
    </message>
    <message>
        <source>%1: The part %2 cannot be found in the archive.</source>
        <translation type="vanished">%1: Delen %2 finns inte i arkivet.</translation>
    </message>
    <message>
        <source>%1: The part %2 cannot be opened (damaged or encrypted).</source>
        <translation type="vanished">%1: Delen %2 kan inte öppnas (skadad eller krypterad).</translation>
    </message>
    <message>
        <source>%1: The part %2 is damaged.</source>
        <translation type="vanished">%1: Delen %2 är skadad.</translation>
    </message>
    <message>
        <source>%1: The part %2 is damaged (its checksum does not match).</source>
        <translation type="vanished">%1: Delen %2 är skadad (kontrollsumman stämmer inte).</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::TemplateData</name>
    <message>
        <location filename="../generators/templatedata.cpp" line="+105"/>
        <source>Template %1, line %2: %3 is not supported; templates may use only variables, sections and comments.</source>
        <translation>Mall %1, rad %2: %3 stöds inte; mallar får endast använda variabler, sektioner och kommentarer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a partial ({{&gt;name}})</source>
        <translation>en delmall ({{&gt;name}})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changing the delimiters ({{=...=}})</source>
        <translation>byte av avgränsare ({{=...=}})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Template %1, line %2: %3</source>
        <translation>Mall %1, rad %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the section &quot;%1&quot; is inside a section of the same name.</source>
        <translation>sektionen &quot;%1&quot; ligger inuti en sektion med samma namn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sections are nested more than %1 deep.</source>
        <translation>sektionerna är nästlade mer än %1 nivåer djupt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+12"/>
        <source>Template %1: %2</source>
        <translation>Mall %1: %2</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::TemplateSet</name>
    <message>
        <location filename="../generators/templateset.cpp" line="+25"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan inte läsas: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no template %1 for the language &quot;%2&quot;.</source>
        <translation>Det finns ingen mall %1 för språket &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a policy language; use da, nb, sv or en.</source>
        <translation>&quot;%1&quot; är inte ett språk för integritetspolicyn; använd da, nb, sv eller en.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The template folder %1 does not exist.</source>
        <translation>Mallmappen %1 finns inte.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>language.json for &quot;%1&quot; is not a JSON object: %2</source>
        <translation>language.json för &quot;%1&quot; är inte ett JSON-objekt: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../views/newregisterdialog.cpp" line="-121"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
</context>
<context>
    <name>Undo Commands</name>
    <message>
        <location filename="../model/document.cpp" line="-16"/>
        <source>Repair the register</source>
        <translation>Reparera registret</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 of “%2”</source>
        <extracomment>An undo step and the item it changes: &quot;Change name of “Lønadministration”&quot;</extracomment>
        <translation>%1 för ”%2”</translation>
    </message>
    <message>
        <location filename="../model/kinds.cpp" line="-22"/>
        <source>subject category</source>
        <translation>kategori av registrerade</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>data category</source>
        <translation>kategori av personuppgifter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>processing activity</source>
        <translation>behandling</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>party</source>
        <translation>part</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>transfer</source>
        <translation>överföring</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>security measure</source>
        <translation>säkerhetsåtgärd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cookie</source>
        <translation>kaka</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>policy settings</source>
        <translation>inställningar för integritetspolicy</translation>
    </message>
    <message>
        <location filename="../model/document_impl.h" line="+41"/>
        <source>Edit %1</source>
        <translation>Redigera %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit %1 “%2”</source>
        <translation>Redigera %1 ”%2”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add %1</source>
        <translation>Lägg till %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Duplicate %1</source>
        <translation>Duplicera %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate %1 “%2”</source>
        <translation>Duplicera %1 ”%2”</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Delete %1</source>
        <translation>Ta bort %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete %1 “%2”</source>
        <translation>Ta bort %1 ”%2”</translation>
    </message>
    <message>
        <location filename="../operations/itemoperations.cpp" line="+53"/>
        <location filename="../views/itemadapter.h" line="+68"/>
        <source>Change %1</source>
        <translation>Ändra %1</translation>
    </message>
    <message>
        <location filename="../views/itemadapter.h" line="+41"/>
        <location line="+36"/>
        <source>Add to %1</source>
        <translation>Lägg till i %1</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+35"/>
        <source>Remove from %1</source>
        <translation>Ta bort från %1</translation>
    </message>
    <message>
        <location filename="../operations/itemoperations.cpp" line="-50"/>
        <source>Publish policy version %1</source>
        <translation>Publicera integritetspolicy, version %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+19"/>
        <source>Change which data concern whom</source>
        <translation>Ändra vilka uppgifter som gäller vem</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Change which data concern whom in “%1”</source>
        <translation>Ändra vilka uppgifter som gäller vem i ”%1”</translation>
    </message>
    <message>
        <location filename="../operations/historyoperations.cpp" line="-30"/>
        <source>Restore %1</source>
        <translation>Återställ %1</translation>
    </message>
    <message>
        <location filename="../operations/activitytemplates.cpp" line="+144"/>
        <source>Fill “%1” from the template “%2”</source>
        <translation>Fyll i ”%1” från mallen ”%2”</translation>
    </message>
    <message>
        <location filename="../operations/catalogues.cpp" line="+226"/>
        <source>Add data category “%1” to “%2”</source>
        <translation>Lägg till kategorin av personuppgifter ”%1” i ”%2”</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+78"/>
        <source>Add subject category “%1” to “%2”</source>
        <translation>Lägg till kategorin av registrerade ”%1” i ”%2”</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Add recipient “%1” to “%2”</source>
        <translation>Lägg till mottagaren ”%1” i ”%2”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add measure “%1” to “%2”</source>
        <translation>Lägg till åtgärden ”%1” i ”%2”</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add retention rule “%1” to “%2”</source>
        <translation>Lägg till lagringsregeln ”%1” i ”%2”</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove subject category “%1” from “%2”</source>
        <translation>Ta bort kategorin av registrerade ”%1” från ”%2”</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Tick %n matrix cell(s) in “%1”</source>
        <translation>
            <numerusform>Markera %n matriscell i ”%1”</numerusform>
            <numerusform>Markera %n matrisceller i ”%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Clear %n matrix cell(s) in “%1”</source>
        <translation>
            <numerusform>Avmarkera %n matriscell i ”%1”</numerusform>
            <numerusform>Avmarkera %n matrisceller i ”%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Confirm %n imported link(s) in “%1”</source>
        <translation>
            <numerusform>Bekräfta %n importerad koppling i ”%1”</numerusform>
            <numerusform>Bekräfta %n importerade kopplingar i ”%1”</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Change what “%1” receives in “%2”</source>
        <translation>Ändra vad ”%1” får i ”%2”</translation>
    </message>
    <message>
        <location filename="../operations/quickfixes.cpp" line="+24"/>
        <source>Record the transfer to %1 for %2</source>
        <translation>Registrera överföringen till %1 för %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Apply the retention rule “%1” to %2</source>
        <translation>Tillämpa lagringsregeln ”%1” på %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../operations/tables/tablemerge.cpp" line="+3"/>
        <source>Import %n activities from %1</source>
        <translation>
            <numerusform>Importera %n behandling från %1</numerusform>
            <numerusform>Importera %n behandlingar från %1</numerusform>
        </translation>
    </message>
</context>
</TS>
