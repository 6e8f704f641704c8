<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name>Fortegnelse</name>
    <message>
        <source>The register is on a network drive (%1). Two people editing it at once can damage it there; keep one copy per person, or use a Fortegnelse server for a team.</source>
        <translation type="vanished">Protokollen ligger på en nettverksstasjon (%1). Hvis to personer redigerer den samtidig, kan den bli skadet; ha én kopi per person, eller bruk en Fortegnelse-server for et team.</translation>
    </message>
    <message>
        <source>Updating the register on the server to schema %1 failed, and it was left at %2: %3</source>
        <translation type="vanished">Oppdateringen av protokollen på serveren til skjema %1 mislyktes, og den står fortsatt på skjema %2: %3</translation>
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
        <translation type="vanished">nei</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation type="vanished">Ingen forskjeller.</translation>
    </message>
    <message>
        <source>%1: added</source>
        <translation type="vanished">%1: lagt til</translation>
    </message>
    <message>
        <source>%1: removed</source>
        <translation type="vanished">%1: fjernet</translation>
    </message>
    <message>
        <source>the register was changed outside Fortegnelse after %1, so its earlier state is not known</source>
        <translation type="vanished">protokollen ble endret utenfor Fortegnelse etter %1, så den tidligere tilstanden er ukjent</translation>
    </message>
    <message>
        <source>the earlier state could not be rebuilt</source>
        <translation type="vanished">den tidligere tilstanden kunne ikke gjenskapes</translation>
    </message>
    <message>
        <source>the earlier state could not be rebuilt: %1</source>
        <translation type="vanished">den tidligere tilstanden kunne ikke gjenskapes: %1</translation>
    </message>
    <message>
        <source>%1 exists already; a copy never replaces a register.</source>
        <translation type="vanished">%1 finnes allerede; en kopi erstatter aldri en protokoll.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::AboutDialog</name>
    <message>
        <location filename="../views/aboutdialog.cpp" line="+11"/>
        <source>Keeps the record of processing activities (GDPR Article 30) and writes the privacy policy from it.</source>
        <translation>Fører protokollen over behandlingsaktiviteter (personvernforordningen artikkel 30) og skriver personvernerklæringen ut fra den.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licence: none is stated yet. Ask the authors before you redistribute it.</source>
        <translation>Lisens: ingen er oppgitt ennå. Spør forfatterne før du distribuerer programmet videre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Bygget med Qt %1, kjører på Qt %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Made with %1. Each licence&apos;s full text is in /usr/share/doc/&lt;i&gt;package&lt;/i&gt;/copyright.</source>
        <translation>Laget med %1. Den fullstendige teksten til hver lisens ligger i /usr/share/doc/&lt;i&gt;pakke&lt;/i&gt;/copyright.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fortegnelse helps keep a record and write a notice. It is not legal advice: have a lawyer review the generated texts for your organisation.</source>
        <translation>Fortegnelse hjelper deg med å føre en protokoll og skrive en personvernerklæring. Det er ikke juridisk rådgivning: la en jurist gå gjennom de genererte tekstene for organisasjonen din.</translation>
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
        <translation>Oversikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purposes and bases</source>
        <translation>Formål og grunnlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People and data</source>
        <translation>Personer og opplysninger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Mottakere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfers</source>
        <translation>Overføringer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention</source>
        <translation>Lagring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Sikkerhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPIA and review</source>
        <translation>DPIA og gjennomgang</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Fill from a Danish activity template…</source>
        <translation>Fyll ut fra en dansk aktivitetsmal…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adds the template&apos;s purposes and legal bases, people and data, retention rules and typical recipients to this activity, as one step you can undo. Check every value.</source>
        <translation>Legger til malens formål og behandlingsgrunnlag, personer og opplysninger, lagringsregler og typiske mottakere i denne aktiviteten, som ett trinn du kan angre. Kontroller hver verdi.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New data category…</source>
        <translation>Ny kategori av personopplysninger…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New subject…</source>
        <translation>Ny kategori av registrerte…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New party…</source>
        <translation>Ny part…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a shipped retention rule…</source>
        <translation>Legg til en medfølgende lagringsregel…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add a common security measure…</source>
        <translation>Legg til et vanlig sikkerhetstiltak…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Create</source>
        <translation>Opprett</translation>
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
        <translation>Fullført: alle obligatoriske felt er fylt ut, og kontrollene finner ingenting.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %2 required fields filled; %n problem(s) in this section.</source>
        <translation>
            <numerusform>%1 av %2 obligatoriske felt er fylt ut; %n problem i denne delen.</numerusform>
            <numerusform>%1 av %2 obligatoriske felt er fylt ut; %n problemer i denne delen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No transfer of the register names this activity.</source>
        <translation>Ingen overføring i protokollen viser til denne aktiviteten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfers recorded for this activity:</source>
        <translation>Overføringer som er ført opp for denne aktiviteten:</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Checks</name>
    <message>
        <location filename="../model/checksupport.cpp" line="+50"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../model/checksactivity.cpp" line="+28"/>
        <source>the Norwegian Datatilsynet’s list</source>
        <translation>Datatilsynets liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IMY’s list</source>
        <translation>IMYs liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Danish Datatilsynet’s list</source>
        <translation>det danske Datatilsynets liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your supervisory authority’s list</source>
        <translation>tilsynsmyndighetens liste</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>purpose %1</source>
        <translation>formål %1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The disclosure of “%1” to “%2” does not say which data categories and which categories of data subjects it concerns. Datatilsynet’s 2020 guidance on Art. 30(1)(d) asks for both, and a notice for one category of data subjects leaves the recipient out unless the disclosure names that category.</source>
        <translation>Utleveringen til «%2» i «%1» angir ikke hvilke kategorier av personopplysninger og hvilke kategorier av registrerte den gjelder. Det danske Datatilsynets veiledning fra 2020 om art. 30 nr. 1 bokstav d ber om begge deler, og en erklæring for én kategori av registrerte utelater mottakeren med mindre utleveringen nevner den kategorien.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” discloses data to “%2” in %3, but the register records no transfer to %3 for it. Art. 30(1)(e) requires every transfer to a third country to be recorded.</source>
        <translation>«%1» utleverer opplysninger til «%2» i %3, men protokollen har ingen overføring til %3 for denne behandlingsaktiviteten. Etter art. 30 nr. 1 bokstav e skal alle overføringer til tredjeland føres i protokollen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” discloses data to “%2”, whose processor chain includes “%3” in %4, but the register records no transfer to %4 for it. Transfers follow the processor and sub-processor chain, and Art. 30(1)(e) requires each to be recorded.</source>
        <translation>«%1» utleverer opplysninger til «%2», hvis kjede av databehandlere omfatter «%3» i %4, men protokollen har ingen overføring til %4 for denne behandlingsaktiviteten. Overføringer følger kjeden av databehandlere og underdatabehandlere, og etter art. 30 nr. 1 bokstav e skal hver av dem føres i protokollen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is recorded as transferring no data to third countries, but a recipient is outside the EU/EEA or a transfer is recorded for it. Correct one or the other: Art. 13(1)(f) and 30(1)(e) require the transfers to be stated as they are.</source>
        <translation>«%1» er ført opp som at den ikke overfører opplysninger til tredjeland, men en mottaker er utenfor EU/EØS, eller det er ført opp en overføring for den. Rett det ene eller det andre: Etter art. 13 nr. 1 bokstav f og art. 30 nr. 1 bokstav e skal overføringene oppgis slik de faktisk er.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is recorded as transferring data to third countries, but no transfer says where to or on which mechanism. Art. 30(1)(e) and 13(1)(f) require the third country and the safeguards.</source>
        <translation>«%1» er ført opp som at den overfører opplysninger til tredjeland, men ingen overføring oppgir hvor eller på hvilket overføringsgrunnlag. Etter art. 30 nr. 1 bokstav e og art. 13 nr. 1 bokstav f skal tredjelandet og garantiene oppgis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” discloses data to %2, whose country is not recorded, so no document can say whether data leaves the EU/EEA. Record each recipient’s country, or record that the activity transfers no data to third countries (Art. 13(1)(f), Art. 30(1)(e)).</source>
        <translation>«%1» utleverer opplysninger til %2, der landet ikke er ført opp, så ingen dokumenter kan si om opplysningene forlater EU/EØS. Før opp landet for hver mottaker, eller før opp at behandlingsaktiviteten ikke overfører opplysninger til tredjeland (art. 13 nr. 1 bokstav f, art. 30 nr. 1 bokstav e).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is carried out as joint controller but names no other controller. Art. 30(1)(a) requires the joint controllers in the record, and Art. 26 an arrangement with them.</source>
        <translation>«%1» utføres som felles behandlingsansvarlig, men ingen annen behandlingsansvarlig er oppgitt. Etter art. 30 nr. 1 bokstav a skal de felles behandlingsansvarlige føres i protokollen, og art. 26 krever en ordning med dem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” has no purpose. Art. 30(1)(b) requires the purposes of the processing in the record, and Art. 13(1)(c) in the privacy notice.</source>
        <translation>«%1» har ikke noe formål. Etter art. 30 nr. 1 bokstav b skal formålene med behandlingen føres i protokollen, og etter art. 13 nr. 1 bokstav c oppgis i personvernerklæringen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The purpose “%1” of “%2” has no legal basis. Every purpose needs one under Art. 6(1), and Art. 13(1)(c) requires it in the privacy notice.</source>
        <translation>Formålet «%1» i «%2» har ikke noe behandlingsgrunnlag. Alle formål må ha et etter art. 6 nr. 1, og etter art. 13 nr. 1 bokstav c skal det oppgis i personvernerklæringen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The purpose “%1” of “%2” relies on legitimate interests, but the interest pursued is not described. Art. 13(1)(d) requires telling people what it is.</source>
        <translation>Formålet «%1» i «%2» bygger på berettiget interesse, men interessen som forfølges, er ikke beskrevet. Etter art. 13 nr. 1 bokstav d skal de registrerte få vite hvilken interesse det er.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The purpose “%1” of “%2” relies on %3, which is the law of %4, but the organisation is not established there. Record the ground of the controller’s own national law.</source>
        <translation>Formålet «%1» i «%2» bygger på %3, som hører til lovgivningen i %4, men organisasjonen er ikke etablert der. Før opp grunnlaget i den behandlingsansvarliges egen nasjonale lovgivning.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The purpose “%1” of “%2” relies on consent, but the register does not say where proof of consent is kept. Art. 7(1) requires the controller to be able to demonstrate consent.</source>
        <translation>Formålet «%1» i «%2» bygger på samtykke, men protokollen sier ikke hvor dokumentasjonen på samtykket oppbevares. Etter art. 7 nr. 1 må den behandlingsansvarlige kunne påvise samtykket.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>“%1” processes special categories of data (%2), but no purpose names an Art. 9(2) condition. Art. 9(1) prohibits the processing without one.</source>
        <translation>«%1» behandler særlige kategorier av personopplysninger (%2), men ingen formål angir et unntak etter art. 9 nr. 2. Uten et slikt unntak er behandlingen forbudt etter art. 9 nr. 1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” processes data about criminal offences (%2), but no purpose names a basis in databeskyttelsesloven § 8. Art. 10 allows the processing only where national law authorises it.</source>
        <translation>«%1» behandler opplysninger om straffedommer og lovovertredelser (%2), men ingen formål angir et grunnlag i den danske databeskyttelsesloven (DBL) § 8. Etter art. 10 er behandlingen bare tillatt når nasjonal rett gir hjemmel for den.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” processes data about criminal offences (%2), but no purpose names personopplysningsloven § 11 as its basis. Art. 10 allows the processing only where national law authorises it.</source>
        <translation>«%1» behandler opplysninger om straffbare forhold (%2), men ingen formål oppgir personopplysningsloven § 11 som grunnlag. Etter art. 10 er behandlingen bare tillatt når nasjonal rett gir hjemmel for den.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” processes data about criminal offences (%2), but no purpose names dataskyddslagen (2018:218) 3 kap. 8 § with förordning (2018:219) as its basis. Art. 10 allows the processing only where national law authorises it.</source>
        <translation>«%1» behandler opplysninger om straffbare forhold (%2), men ingen formål oppgir dataskyddslagen (2018:218) 3 kap. 8 § med förordning (2018:219) som grunnlag. Etter art. 10 er behandlingen bare tillatt når nasjonal rett gir hjemmel for den.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” processes data about criminal offences (%2). Art. 10 allows this only where national law authorises it; record the provision you rely on.</source>
        <translation>«%1» behandler opplysninger om straffedommer og lovovertredelser (%2). Etter art. 10 er dette bare tillatt når nasjonal rett gir hjemmel for det; før opp bestemmelsen du bygger på.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” processes CPR numbers (%2), but no purpose names a ground in databeskyttelsesloven § 11. Private controllers may process CPR numbers only on the grounds in § 11(2).</source>
        <translation>«%1» behandler CPR-numre (%2), men ingen formål angir et grunnlag i den danske databeskyttelsesloven (DBL) § 11. Private behandlingsansvarlige kan bare behandle CPR-numre på grunnlagene i § 11 annet ledd.</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>In “%1”, the import linked %2 to every category of personal data, because the file did not say which data concern whom. Confirm or prune the links: until then the record shows them as not stated (Art. 30(1)(c), Datatilsynet’s 2020 guidance).</source>
        <translation>I «%1» koblet importen %2 til alle kategorier av personopplysninger, fordi filen ikke sa hvilke opplysninger som gjelder hvem. Bekreft eller rett koblingene: inntil da viser protokollen dem som ikke oppgitt (art. 30 nr. 1 bokstav c, det danske Datatilsynets veiledning fra 2020).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In “%1”, the import gave %2 every category of personal data about everyone, because the file did not say what each recipient receives. Confirm or narrow it: until then the record shows it as not stated (Art. 30(1)(d)).</source>
        <translation>I «%1» ga importen %2 alle kategorier av personopplysninger om alle registrerte, fordi filen ikke sa hva hver mottaker får. Bekreft eller avgrens det: inntil da viser protokollen det som ikke oppgitt (art. 30 nr. 1 bokstav d).</translation>
    </message>
    <message>
        <source>“%1” processes national identification numbers (%2). Art. 87 lets national law set conditions for them (e.g. personopplysningsloven § 12, dataskyddslagen 3 kap. 10 §); record the ground you rely on.</source>
        <translation type="vanished">«%1» behandler nasjonale identifikasjonsnumre (%2). Etter art. 87 kan nasjonal rett fastsette vilkår for dem (f.eks. personopplysningsloven § 12, dataskyddslagen 3 kap. 10 §); før opp grunnlaget du bygger på.</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>“%1” relies on consent and concerns children. In Denmark the age of digital consent is 15 (databeskyttelsesloven § 6(2), Art. 8(1)); below it a parent must give or authorise consent.</source>
        <translation>«%1» bygger på samtykke og gjelder barn. I Danmark er aldersgrensen for digitalt samtykke 15 år (den danske databeskyttelsesloven (DBL) § 6 annet ledd, art. 8 nr. 1); under denne alderen må den som har foreldreansvaret, gi eller godkjenne samtykket.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” lists no categories of personal data. Art. 30(1)(c) requires them in the record.</source>
        <translation>«%1» angir ingen kategorier av personopplysninger. Etter art. 30 nr. 1 bokstav c skal de føres i protokollen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>In “%1”, %2 is not linked to any category of data subjects. Datatilsynet’s 2020 guidance on Art. 30(1)(c) requires a clear link between data categories and data subjects.</source>
        <translation>I «%1» er %2 ikke knyttet til noen kategori av registrerte. Det danske Datatilsynets veiledning fra 2020 om art. 30 nr. 1 bokstav c krever en klar kobling mellom kategorier av personopplysninger og registrerte.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>In “%1”, no retention rule covers %2. Art. 30(1)(f) asks for the time limits for erasure, and Art. 13(2)(a) requires them in the privacy notice.</source>
        <translation>I «%1» finnes det ingen lagringsregel som omfatter %2. Art. 30 nr. 1 bokstav f ber om de planlagte tidsfristene for sletting, og etter art. 13 nr. 2 bokstav a skal de oppgis i personvernerklæringen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A retention rule of “%1” gives neither a period nor a criterion. Art. 13(2)(a) requires one or the other (WP260 rev.01).</source>
        <translation>En lagringsregel i «%1» angir verken en periode eller et kriterium. Art. 13 nr. 2 bokstav a krever det ene eller det andre (WP260 rev.01).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A retention rule of “%1” says only that data is kept as long as necessary. WP260 rev.01 does not accept this: state a period, or a criterion such as an event or a statutory period.</source>
        <translation>En lagringsregel i «%1» sier bare at opplysningene lagres så lenge det er nødvendig. Det godtar ikke WP260 rev.01: oppgi en periode eller et kriterium, for eksempel en hendelse eller en lovfestet frist.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” makes automated decisions, but the logic involved or their significance and consequences are not described. Art. 13(2)(f) and 14(2)(g) require both.</source>
        <translation>«%1» treffer automatiserte avgjørelser, men den underliggende logikken eller betydningen og konsekvensene av dem er ikke beskrevet. Art. 13 nr. 2 bokstav f og art. 14 nr. 2 bokstav g krever begge deler.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>automated decisions based on profiling (Art. 35(3)(a))</source>
        <translation>automatiserte avgjørelser basert på profilering (art. 35 nr. 3 bokstav a)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>special categories or criminal-offence data about several groups of people or children (Art. 35(3)(b))</source>
        <translation>særlige kategorier av personopplysninger eller opplysninger om straffedommer og lovovertredelser om flere grupper av personer eller om barn (art. 35 nr. 3 bokstav b)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>systematic monitoring (Art. 35(3)(c))</source>
        <translation>systematisk overvåking (art. 35 nr. 3 bokstav c)</translation>
    </message>
    <message>
        <source>“%1” involves %2, so a data protection impact assessment is likely required (Art. 35 and Datatilsynet’s list). Record a DPIA, or the reason none is needed.</source>
        <translation type="vanished">«%1» omfatter %2, så det kreves trolig en vurdering av personvernkonsekvenser (art. 35 og det danske Datatilsynets liste). Før opp en vurdering av personvernkonsekvenser (DPIA) eller begrunnelsen for at det ikke trengs noen.</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>“%1” processes national identity numbers (%2), but no purpose names personopplysningsloven § 12 as its ground. They may be processed only where there is an objective need for secure identification and the method is necessary (Art. 87).</source>
        <translation>«%1» behandler fødselsnumre (%2), men ingen formål oppgir personopplysningsloven § 12 som grunnlag. De kan bare behandles når det er saklig behov for sikker identifisering og metoden er nødvendig (art. 87).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” processes personal identity numbers (%2), but no purpose names dataskyddslagen (2018:218) 3 kap. 10 § as its ground. Without consent they may be processed only where clearly justified (Art. 87).</source>
        <translation>«%1» behandler svenske personnumre (%2), men ingen formål oppgir dataskyddslagen (2018:218) 3 kap. 10 § som grunnlag. Uten samtykke kan de bare behandles når det er klart begrunnet (art. 87).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” processes national identification numbers (%2). Art. 87 lets national law set conditions for them; record the ground you rely on.</source>
        <translation>«%1» behandler nasjonale identitetsnumre (%2). Etter art. 87 kan nasjonal rett fastsette vilkår for dem; før opp grunnlaget behandlingen bygger på.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” relies on consent and concerns children. In Norway the age of digital consent is 13 (personopplysningsloven § 5, Art. 8(1)); below it a parent must give or authorise consent.</source>
        <translation>«%1» bygger på samtykke og gjelder barn. I Norge er aldersgrensen for digitalt samtykke 13 år (personopplysningsloven § 5, art. 8 nr. 1); under denne alderen må en forelder gi eller godkjenne samtykket.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” relies on consent and concerns children. In Sweden the age of digital consent is 13 (dataskyddslagen (2018:218) 2 kap. 4 §, Art. 8(1)); below it a parent must give or authorise consent.</source>
        <translation>«%1» bygger på samtykke og gjelder barn. I Sverige er aldersgrensen for digitalt samtykke 13 år (dataskyddslagen (2018:218) 2 kap. 4 §, art. 8 nr. 1); under denne alderen må en forelder gi eller godkjenne samtykket.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>In “%1”, %2 is not linked to any category of data subjects. Art. 30(1)(c) asks for the categories of data subjects and of personal data, and the record is clearer when each data category is tied to the people it concerns.</source>
        <translation>I «%1» er %2 ikke knyttet til noen kategori av registrerte. Etter art. 30 nr. 1 bokstav c skal kategoriene av registrerte og av personopplysninger føres opp, og protokollen blir tydeligere når hver kategori av opplysninger er knyttet til personene den gjelder.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In “%1”, no category of personal data is ticked for %2. Art. 30(1)(c) asks which data the activity processes about each category of data subjects; the record shows the row as not stated.</source>
        <translation>I «%1» er ingen kategori av personopplysninger krysset av for %2. Art. 30 nr. 1 bokstav c spør hvilke opplysninger aktiviteten behandler om hver kategori av registrerte; protokollen viser raden som ikke angitt.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nobody has recorded whether “%1” involves automated decisions, including profiling. Art. 13(2)(f) and 14(2)(g) require the privacy notice to say so: record the answer, its reason and the date.</source>
        <translation>Ingen har ført opp om «%1» omfatter automatiserte avgjørelser, inkludert profilering. Etter art. 13 nr. 2 bokstav f og art. 14 nr. 2 bokstav g skal personvernerklæringen opplyse om dette: før opp svaret, begrunnelsen og datoen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody has recorded whether people must provide the data for “%1”. Art. 13(2)(e) requires the privacy notice to say whether it is a statutory or contractual requirement, and what happens if they do not: record the answer, its reason and the date.</source>
        <translation>Ingen har ført opp om de registrerte må gi opplysningene til «%1». Etter art. 13 nr. 2 bokstav e skal personvernerklæringen opplyse om det er et lovpålagt eller avtalefestet krav, og hva som skjer hvis de ikke gjør det: før opp svaret, begrunnelsen og datoen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” involves %2, so a data protection impact assessment is likely required (Art. 35 and %3). Record a DPIA, or the reason none is needed.</source>
        <translation>«%1» omfatter %2, så det kreves trolig en vurdering av personvernkonsekvenser (art. 35 og %3). Før opp en vurdering av personvernkonsekvenser (DPIA) eller begrunnelsen for at det ikke trengs noen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody has recorded whether “%1” needs a data protection impact assessment. Art. 35(1) asks the controller to decide before the processing starts, and Art. 5(2) to be able to show it: record the answer, its reason and the date.</source>
        <translation>Ingen har ført opp om «%1» krever en vurdering av personvernkonsekvenser. Etter art. 35 nr. 1 skal den behandlingsansvarlige ta stilling før behandlingen starter, og etter art. 5 nr. 2 kunne påvise det: før opp svaret, begrunnelsen og datoen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A data protection impact assessment is required for “%1” but not recorded as done. Art. 35(1) requires it before the processing starts.</source>
        <translation>Det kreves en vurdering av personvernkonsekvenser for «%1», men den er ikke ført opp som utført. Etter art. 35 nr. 1 skal den gjennomføres før behandlingen starter.</translation>
    </message>
    <message>
        <location filename="../model/checks.cpp" line="+65"/>
        <source>The organisation has no name. The record must name the controller (Art. 30(1)(a)), and so must the privacy notice (Art. 13(1)(a)).</source>
        <translation>Organisasjonen har ikke noe navn. Protokollen må oppgi navnet på den behandlingsansvarlige (art. 30 nr. 1 bokstav a), og det må personvernerklæringen også (art. 13 nr. 1 bokstav a).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The organisation has no postal address. Art. 13(1)(a) and 14(1)(a) require the controller’s contact details in the privacy notice.</source>
        <translation>Organisasjonen har ingen postadresse. Etter art. 13 nr. 1 bokstav a og art. 14 nr. 1 bokstav a skal den behandlingsansvarliges kontaktopplysninger stå i personvernerklæringen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The organisation has neither an e-mail address nor a phone number. People need a direct way to reach the controller (Art. 13(1)(a), Art. 12(2)).</source>
        <translation>Organisasjonen har verken e-postadresse eller telefonnummer. De registrerte trenger en direkte måte å kontakte den behandlingsansvarlige på (art. 13 nr. 1 bokstav a, art. 12 nr. 2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The privacy policy can give no way to contact the controller: there is no e-mail address, phone number or contact page. Art. 13(1)(a) and 14(1)(a) require the controller’s contact details, and Art. 12(2) that people can exercise their rights.</source>
        <translation>Personvernerklæringen kan ikke oppgi noen måte å kontakte den behandlingsansvarlige på: det finnes ingen e-postadresse, intet telefonnummer og ingen kontaktside. Etter art. 13 nr. 1 bokstav a og art. 14 nr. 1 bokstav a skal den behandlingsansvarliges kontaktopplysninger oppgis, og etter art. 12 nr. 2 skal de registrerte kunne utøve rettighetene sine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data protection officer “%1” has no e-mail address or phone number. Art. 37(7) and 13(1)(b) require the DPO’s contact details to be published.</source>
        <translation>Personvernombudet «%1» har verken e-postadresse eller telefonnummer. Etter art. 37 nr. 7 og art. 13 nr. 1 bokstav b skal personvernombudets kontaktopplysninger offentliggjøres.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The privacy policy has not been published yet. The information in Art. 13 and 14 must be given to people when their data is collected.</source>
        <translation>Personvernerklæringen er ikke publisert ennå. Informasjonen i art. 13 og 14 skal gis til de registrerte når opplysningene om dem samles inn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The privacy policy was published on %1, but the register has changed since, on %2. Publish it again so that the information given under Art. 13 and 14 matches the record (WP260 rev.01 on changes to the information).</source>
        <translation>Personvernerklæringen ble publisert %1, men protokollen er endret siden, sist %2. Publiser den på nytt, slik at informasjonen etter art. 13 og 14 stemmer med protokollen (WP260 rev.01 om endringer i informasjonen).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The website sets cookies that need consent, but the register does not say where visitors withdraw it, so the privacy policy says nothing about it. Art. 7(3) requires withdrawing consent to be as easy as giving it, and the notice to say so.</source>
        <translation>Nettstedet bruker informasjonskapsler som krever samtykke, men protokollen angir ikke hvor besøkende trekker det tilbake, så personvernerklæringen sier ingenting om det. Art. 7 nr. 3 krever at det er like enkelt å trekke tilbake samtykket som å gi det, og at den registrerte får vite det.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The cookie “%1” does not say where its provider is, so the privacy policy cannot say whether data leaves the EU/EEA. Art. 13(1)(f) requires the notice to state transfers to third countries.</source>
        <translation>Informasjonskapselen «%1» oppgir ikke hvor leverandøren er, så personvernerklæringen kan ikke si om opplysningene forlater EU/EØS. Etter art. 13 nr. 1 bokstav f skal personvernerklæringen opplyse om overføringer til tredjeland.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The provider of the cookie “%1” is in %2, but the register records no transfer to %2. Art. 13(1)(f) and 30(1)(e) require the transfer and its mechanism to be recorded.</source>
        <translation>Leverandøren av informasjonskapselen «%1» er i %2, men protokollen har ingen overføring til %2. Etter art. 13 nr. 1 bokstav f og art. 30 nr. 1 bokstav e skal overføringen og overføringsgrunnlaget føres opp.</translation>
    </message>
    <message>
        <location filename="../model/checksactivity.cpp" line="+49"/>
        <source>“%1” is carried out as processor but does not name the controller it is done for. Art. 30(2)(a) requires the name and contact details of each controller.</source>
        <translation>«%1» utføres som databehandler, men den behandlingsansvarlige som behandlingen utføres for, er ikke oppgitt. Etter art. 30 nr. 2 bokstav a skal navn og kontaktopplysninger for hver behandlingsansvarlig føres opp.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The data protection impact assessment of “%1” was due for review on %2. Art. 35(11) asks for a review at least when the risk of the processing changes.</source>
        <translation>Vurderingen av personvernkonsekvenser for «%1» skulle vært gjennomgått senest %2. Etter art. 35 nr. 11 skal det foretas en gjennomgang i det minste når risikoen ved behandlingen endres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” was due for review on %2. Keeping the record up to date is part of accountability (Art. 5(2), Art. 24(1)).</source>
        <translation>«%1» skulle vært gjennomgått senest %2. Å holde protokollen oppdatert er en del av ansvarsprinsippet (art. 5 nr. 2, art. 24 nr. 1).</translation>
    </message>
    <message>
        <location filename="../model/checksparty.cpp" line="+34"/>
        <source>“%1” is a class of clients, but the register does not say where the clients are listed. Art. 30(2)(a) requires the name and contact details of each controller we act for: record where the list is kept (CRM, agreement archive).</source>
        <translation>«%1» er en gruppe kunder, men protokollen sier ikke hvor kundene er oppført. Etter art. 30 nr. 2 bokstav a skal navn og kontaktopplysninger for hver behandlingsansvarlig vi handler på vegne av, føres opp: før opp hvor listen oppbevares (CRM, avtalearkiv).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” has no country. Where a recipient is established decides whether the transfer rules in Chapter V apply and what Art. 30(1)(e) requires to be recorded.</source>
        <translation>«%1» har ikke noe land. Hvor en mottaker er etablert, avgjør om reglene om overføring i kapittel V gjelder, og hva som etter art. 30 nr. 1 bokstav e skal føres i protokollen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sub-processor “%1” is not linked to the processor that engaged it, and no activity we carry out as processor discloses data to it. Art. 28(2) and (4) tie every sub-processor to a processor, and transfers follow that chain.</source>
        <translation>Underdatabehandleren «%1» er ikke knyttet til databehandleren som engasjerte den, og ingen behandlingsaktivitet som vi utfører som databehandler, utleverer opplysninger til den. Art. 28 nr. 2 og 4 knytter hver underdatabehandler til en databehandler, og overføringer følger denne kjeden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sub-processor “%1” is placed under “%2”, which is not a processor. Under Art. 28(4) a sub-processor is engaged by a processor.</source>
        <translation>Underdatabehandleren «%1» er plassert under «%2», som ikke er databehandler. Etter art. 28 nr. 4 engasjeres en underdatabehandler av en databehandler.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No data processing agreement is recorded for the processor “%1”. Art. 28(3) and (4) require a written contract (Art. 28(9)).</source>
        <translation>Det er ikke ført opp noen databehandleravtale for databehandleren «%1». Art. 28 nr. 3 og 4 krever en skriftlig avtale (art. 28 nr. 9).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agreement with “%1” was due for review on %2. Review it to show it still meets Art. 28(3) (accountability, Art. 5(2)).</source>
        <translation>Avtalen med «%1» skulle vært gjennomgått senest %2. Gå gjennom den for å vise at den fortsatt oppfyller art. 28 nr. 3 (ansvarsprinsippet, art. 5 nr. 2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The essence of the arrangement with the joint controller “%1” is not described. Art. 26(2) requires it to be made available to the data subjects.</source>
        <translation>Hovedinnholdet i ordningen med den felles behandlingsansvarlige «%1» er ikke beskrevet. Etter art. 26 nr. 2 skal det gjøres tilgjengelig for de registrerte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transfers to “%1” in the United States rely on the adequacy decision, but “%1” is not recorded as certified under the EU-US Data Privacy Framework. Decision (EU) 2023/1795 covers certified organisations only.</source>
        <translation>Overføringer til «%1» i USA bygger på beslutningen om tilstrekkelig beskyttelsesnivå, men «%1» er ikke ført opp som sertifisert under EU-US Data Privacy Framework. Beslutning (EU) 2023/1795 omfatter bare sertifiserte organisasjoner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is not recorded when the Data Privacy Framework certification of “%1” was checked. Check the DPF list and record the date, since adequacy under Decision (EU) 2023/1795 lasts only while the certification does.</source>
        <translation>Det er ikke ført opp når Data Privacy Framework-sertifiseringen til «%1» ble kontrollert. Kontroller DPF-listen og før opp datoen, siden tilstrekkelig beskyttelsesnivå etter beslutning (EU) 2023/1795 bare gjelder så lenge sertifiseringen gjør det.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Data Privacy Framework certification of “%1” was last checked on %2, more than a year ago. Certifications lapse; check the DPF list again (Decision (EU) 2023/1795).</source>
        <translation>Data Privacy Framework-sertifiseringen til «%1» ble sist kontrollert %2, for mer enn ett år siden. Sertifiseringer kan falle bort; kontroller DPF-listen på nytt (beslutning (EU) 2023/1795).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The transfer to “%1” goes to %2, which is in the EU/EEA. Chapter V does not apply there, so this is not a transfer to record under Art. 30(1)(e); the recipient belongs in the activities’ recipients.</source>
        <translation>Overføringen til «%1» går til %2, som ligger i EU/EØS. Kapittel V gjelder ikke der, så dette er ikke en overføring som skal føres opp etter art. 30 nr. 1 bokstav e; mottakeren hører hjemme blant mottakerne i behandlingsaktivitetene.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The transfer to “%1” goes to %2, which has no adequacy decision, and names no transfer mechanism. Art. 44 and 46 require appropriate safeguards or, for occasional transfers, an Art. 49 derogation.</source>
        <translation>Overføringen til «%1» går til %2, som ikke har noen beslutning om tilstrekkelig beskyttelsesnivå, og angir ikke noe overføringsgrunnlag. Art. 44 og 46 krever nødvendige garantier eller, ved enkeltstående overføringer, et unntak etter art. 49.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The transfer to “%1” names no mechanism, and the adequacy decision for %2 covers only part of the recipients there. Choose Art. 45 if the recipient is covered, or another mechanism.</source>
        <translation>Overføringen til «%1» angir ikke noe overføringsgrunnlag, og beslutningen om tilstrekkelig beskyttelsesnivå for %2 omfatter bare en del av mottakerne der. Velg art. 45 hvis mottakeren er omfattet, eller et annet overføringsgrunnlag.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The transfer to “%1” relies on the adequacy decision for %2 (%3), which is not yet incorporated in the EEA Agreement, so an exporter in %4 cannot rely on it. Use Art. 46 safeguards until it is.</source>
        <translation>Overføringen til «%1» bygger på beslutningen om tilstrekkelig beskyttelsesnivå for %2 (%3), som ennå ikke er innlemmet i EØS-avtalen, så en dataeksportør i %4 kan ikke bygge på den. Bruk garantier etter art. 46 inntil den er det.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The transfer to “%1” relies on an adequacy decision, but the Commission has adopted none for %2 (Art. 45). Use Art. 46 safeguards instead.</source>
        <translation>Overføringen til «%1» bygger på en beslutning om tilstrekkelig beskyttelsesnivå, men Kommisjonen har ikke vedtatt noen for %2 (art. 45). Bruk garantier etter art. 46 i stedet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The transfer to “%1” relies on an Art. 49 derogation but is part of an ongoing processing activity. Derogations are for occasional transfers only (EDPB Guidelines 2/2018); use Art. 46 safeguards for regular transfers.</source>
        <translation>Overføringen til «%1» bygger på et unntak etter art. 49, men er en del av en løpende behandlingsaktivitet. Unntakene gjelder bare enkeltstående overføringer (EDPBs retningslinjer 2/2018); bruk garantier etter art. 46 for regelmessige overføringer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The transfer to “%1” relies on compelling legitimate interests, but the assessment and the safeguards are not documented. Art. 49(6) and 30(1)(e) require them in the record.</source>
        <translation>Overføringen til «%1» bygger på tvingende berettigede interesser, men vurderingen og garantiene er ikke dokumentert. Etter art. 49 nr. 6 og art. 30 nr. 1 bokstav e skal de føres i protokollen.</translation>
    </message>
    <message>
        <location filename="../model/checks.cpp" line="+85"/>
        <source>Error</source>
        <translation>Feil</translation>
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
        <translation>Overføringen til «%1» angir ikke tredjelandet eller den internasjonale organisasjonen. Det krever art. 30 nr. 1 bokstav e og art. 13 nr. 1 bokstav f: finn det i mottakerens liste over underdatabehandlere.</translation>
    </message>
    <message>
        <location filename="../model/formatchecks.cpp" line="+39"/>
        <source>“%1” is not an e-mail address. Contact details in the register are given to the people it concerns and to the supervisory authority, so they must work (Art. 13(1)(a) and (b), Art. 30(1)(a)).</source>
        <translation>«%1» er ikke en e-postadresse. Kontaktopplysningene i protokollen gis til dem den gjelder og til tilsynsmyndigheten, så de må fungere (art. 13 nr. 1 bokstav a og b, art. 30 nr. 1 bokstav a).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a web address that can be followed. Write it in full, for example https://www.example.dk.</source>
        <translation>«%1» er ikke en nettadresse som kan følges. Skriv den fullstendig, for eksempel https://www.example.no.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A name is required. The record and the privacy policy name every item they list, and the problems list names it by it (Art. 30(1)).</source>
        <translation>Navn må fylles ut. Protokollen og personvernerklæringen oppgir navnet på hvert element de lister opp, og problemlisten viser til elementet med navnet (art. 30 nr. 1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/checkslanguage.cpp" line="+162"/>
        <source>%n text(s) written in the register have no %1 version, so a %1 privacy policy or record shows them in another language, such as %2. Art. 12(1) asks for the information in clear and plain language the reader understands.</source>
        <translation>
            <numerusform>%n tekst i protokollen finnes ikke på %1, så en personvernerklæring eller protokoll på %1 viser den på et annet språk, for eksempel %2. Etter art. 12 nr. 1 skal informasjonen gis på et klart og enkelt språk som leseren forstår.</numerusform>
            <numerusform>%n tekster i protokollen finnes ikke på %1, så en personvernerklæring eller protokoll på %1 viser dem på et annet språk, for eksempel %2. Etter art. 12 nr. 1 skal informasjonen gis på et klart og enkelt språk som leseren forstår.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Codes</name>
    <message>
        <location filename="../model/labels.cpp" line="+150"/>
        <source>Controller</source>
        <translation>Behandlingsansvarlig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint controller</source>
        <translation>Felles behandlingsansvarlig</translation>
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
        <translation>Behandlingsansvarlig kunde</translation>
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
        <translation>Avsluttet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordinary</source>
        <translation>Alminnelig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special category (Art. 9)</source>
        <translation>Særlig kategori (art. 9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criminal offences (Art. 10)</source>
        <translation>Straffedommer og lovovertredelser (art. 10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPR or national identity number</source>
        <translation>CPR-nummer eller nasjonalt identitetsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Dager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weeks</source>
        <translation>Uker</translation>
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
        <translation>Funksjonell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistics</source>
        <translation>Statistikk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing</source>
        <translation>Markedsføring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not required</source>
        <translation>Ikke påkrevd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not assessed</source>
        <translation>Ikke vurdert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voluntary</source>
        <translation>Frivillig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required by law</source>
        <translation>Påkrevd ved lov</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required by contract</source>
        <translation>Påkrevd etter avtale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed to enter into a contract</source>
        <translation>Nødvendig for å inngå en avtale</translation>
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
        <translation>Etter</translation>
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
        <translation>Nettstedets innstillinger for informasjonskapsler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The visitor&apos;s browser settings</source>
        <translation>Den besøkendes nettleserinnstillinger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In short</source>
        <translation>Kort fortalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is responsible</source>
        <translation>Hvem som er ansvarlig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data protection officer</source>
        <translation>Personvernombud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When we process data for others</source>
        <translation>Når vi behandler opplysninger for andre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purposes and legal bases</source>
        <translation>Formål og behandlingsgrunnlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data we process</source>
        <translation>Opplysningene vi behandler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the data comes from</source>
        <translation>Hvor opplysningene kommer fra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Mottakere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfers outside the EU/EEA</source>
        <translation>Overføringer til land utenfor EU/EØS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long we keep the data</source>
        <translation>Hvor lenge vi lagrer opplysningene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automated decisions</source>
        <translation>Automatiserte avgjørelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must you provide the data?</source>
        <translation>Må du gi oss opplysningene?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Sikkerhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your rights</source>
        <translation>Dine rettigheter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation>Klage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cookies</source>
        <translation>Informasjonskapsler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes to this policy</source>
        <translation>Endringer i denne personvernerklæringen</translation>
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
        <translation type="vanished">Bruk:
  fortegnelse [FIL.ropa]                       åpne protokollen i programmet
  fortegnelse import IN.json -o OUT.ropa       lag en protokoll fra JSON
  fortegnelse export-json IN.ropa -o OUT.json  skriv en protokoll som JSON (-o - for standard utdata)
  fortegnelse policy IN.ropa --lang da|nb|sv|en --format html|snippet|md|txt|odt|pdf
                     [--audience KATEGORI] [--templates MAPPE] -o OUT
                                               skriv personvernerklæringen
  fortegnelse ropa-pdf IN.ropa --lang da|nb|sv|en [--record controller|processor|both]
                     -o OUT.pdf               skriv protokollen etter artikkel 30 som PDF
  fortegnelse check IN.ropa [--lang da|nb|sv|en] [--format text|json]
                                               kontroller protokollen mot personvernforordningen
  fortegnelse repair REG.ropa                  reparer en skadet protokoll (en sikkerhetskopi beholdes)
Avslutningsstatus: 0 vellykket, 2 ugyldige argumenter eller ugyldige inndata; check avslutter med 1 når den finner feil.</translation>
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
        <translation type="vanished">Bruk:
  fortegnelse [FIL.ropa]                       åpne protokollen i programmet
  fortegnelse import IN.json -o OUT.ropa       lag en protokoll fra JSON
  fortegnelse export-json IN.ropa -o OUT.json  skriv en protokoll som JSON (-o - for standard utdata)
  fortegnelse policy IN.ropa --lang da|nb|sv|en --format html|snippet|md|txt|odt|pdf
                     [--audience KATEGORI] [--templates MAPPE] -o OUT
                                               skriv personvernerklæringen
  fortegnelse ropa-pdf IN.ropa --lang da|nb|sv|en [--record controller|processor|both]
                     -o OUT.pdf               skriv protokollen etter artikkel 30 som PDF
  fortegnelse check IN.ropa [--lang da|nb|sv|en] [--format text|json]
                                               kontroller protokollen mot personvernforordningen
  fortegnelse repair REG.ropa                  reparer en skadet protokoll (en sikkerhetskopi beholdes)
  fortegnelse import-table FIL [--layout auto|horizontal|vertical|ico|fortegnelse]
                     [--sheet NAVN] [--lang da|nb|sv|en] [--map KOLONNE=FELT]
                     [--dry-run] [--format text|json] -o OUT.ropa
                                               lag en protokoll fra et regneark eller Word-tabeller
  fortegnelse export-table IN.ropa --format xlsx|ods|csv [--lang da|nb|sv|en] -o OUT
                                               skriv protokollen som regneark
  fortegnelse server-init postgresql://BRUKER@VERT/DB
                                               sett opp en database for en protokoll, med rollene
  fortegnelse copy KILDE MÅL                   kopier en protokoll mellom en fil og en server
Der en protokoll leses, kan en postgresql://-URL stå i stedet for filen.
Avslutningsstatus: 0 vellykket, 2 ugyldige argumenter eller ugyldige inndata; check avslutter med 1 når den finner feil, import-table --dry-run når en rad har advarsler.</translation>
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
        <translation type="vanished">Bruk:
  fortegnelse [FIL.ropa]                       åpne protokollen i programmet
  fortegnelse import IN.json -o OUT.ropa       lag en protokoll fra JSON
  fortegnelse export-json IN.ropa -o OUT.json  skriv en protokoll som JSON (-o - for standard utdata)
  fortegnelse policy IN.ropa --lang da|nb|sv|en --format html|snippet|md|txt|odt|pdf
                     [--audience KATEGORI] [--templates MAPPE] -o OUT
                                               skriv personvernerklæringen
  fortegnelse ropa-pdf IN.ropa --lang da|nb|sv|en [--record controller|processor|both]
                     [--changes-since-submitted] -o OUT.pdf
                                               skriv protokollen etter artikkel 30 som PDF
  fortegnelse check IN.ropa [--lang da|nb|sv|en] [--format text|json]
                                               kontroller protokollen mot personvernforordningen
  fortegnelse repair REG.ropa                  reparer en skadet protokoll (en sikkerhetskopi beholdes)
  fortegnelse import-table FIL [--layout auto|horizontal|vertical|ico|fortegnelse]
                     [--sheet NAVN] [--lang da|nb|sv|en] [--map KOLONNE=FELT]
                     [--dry-run] [--format text|json] -o OUT.ropa
                                               lag en protokoll fra et regneark eller Word-tabeller
  fortegnelse export-table IN.ropa --format xlsx|ods|csv [--lang da|nb|sv|en] -o OUT
                                               skriv protokollen som regneark
  fortegnelse server-init postgresql://BRUKER@VERT/DB
                                               sett opp en database for en protokoll, med rollene
  fortegnelse copy KILDE MÅL                   kopier en protokoll mellom en fil og en server
Der en protokoll leses, kan en postgresql://-URL stå i stedet for filen.
Avslutningsstatus: 0 vellykket, 2 ugyldige argumenter eller ugyldige inndata; check avslutter med 1 når den finner feil, import-table --dry-run når en rad har advarsler.</translation>
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
        <translation type="vanished">Bruk:
  fortegnelse [FIL.ropa]                       åpne protokollen i programmet
  fortegnelse import IN.json -o OUT.ropa       lag en protokoll fra JSON
  fortegnelse export-json IN.ropa -o OUT.json  skriv en protokoll som JSON (-o - for standard utdata)
  fortegnelse policy IN.ropa --lang da|nb|sv|en --format html|snippet|md|txt|odt|pdf
                     [--audience KATEGORI] [--templates MAPPE] [--first-layer URL] -o OUT
                                               skriv personvernerklæringen (eller bare det første
                                               laget, med lenke til hele teksten)
  fortegnelse ropa-pdf IN.ropa --lang da|nb|sv|en [--record controller|processor|both]
                     [--changes-since-submitted] -o OUT.pdf
                                               skriv protokollen etter artikkel 30 som PDF
  fortegnelse check IN.ropa [--lang da|nb|sv|en] [--format text|json]
                                               kontroller protokollen mot personvernforordningen
  fortegnelse repair REG.ropa                  reparer en skadet protokoll (en sikkerhetskopi beholdes)
  fortegnelse import-table FIL [--layout auto|horizontal|vertical|ico|fortegnelse]
                     [--sheet NAVN] [--lang da|nb|sv|en] [--map KOLONNE=FELT]
                     [--dry-run] [--format text|json] -o OUT.ropa
                                               lag en protokoll fra et regneark eller Word-tabeller
  fortegnelse export-table IN.ropa --format xlsx|ods|csv [--lang da|nb|sv|en] -o OUT
                                               skriv protokollen som regneark
  fortegnelse server-init postgresql://BRUKER@VERT/DB
                                               sett opp en database for en protokoll, med rollene
  fortegnelse copy KILDE MÅL                   kopier en protokoll mellom en fil og en server
Der en protokoll leses, kan en postgresql://-URL stå i stedet for filen.
Avslutningsstatus: 0 vellykket, 2 ugyldige argumenter eller ugyldige inndata; check avslutter med 1 når den finner feil, import-table --dry-run når en rad har advarsler.</translation>
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
        <translation type="vanished">Bruk:
  fortegnelse [FIL.ropa]                       åpne protokollen i programmet
  fortegnelse import IN.json -o OUT.ropa       lag en protokoll fra JSON
  fortegnelse export-json IN.ropa -o OUT.json  skriv en protokoll som JSON (-o - for standard utdata)
  fortegnelse policy IN.ropa --lang da|nb|sv|en --format html|snippet|md|txt|odt|pdf
                     [--audience KATEGORI] [--templates MAPPE] [--first-layer URL] -o OUT
                                               skriv personvernerklæringen (eller bare det første
                                               laget, med lenke til hele teksten)
  fortegnelse ropa-pdf IN.ropa --lang da|nb|sv|en [--record controller|processor|both]
                     [--changes-since-submitted] -o OUT.pdf
                                               skriv protokollen etter artikkel 30 som PDF
  fortegnelse check IN.ropa [--lang da|nb|sv|en] [--format text|json]
                                               kontroller protokollen mot personvernforordningen
  fortegnelse repair REG.ropa                  reparer en skadet protokoll (en sikkerhetskopi beholdes)
  fortegnelse import-table FIL [--layout auto|horizontal|vertical|ico|fortegnelse]
                     [--sheet NAVN] [--lang da|nb|sv|en] [--map KOLONNE=FELT]
                     [--dry-run] [--format text|json] -o OUT.ropa | --into REG.ropa
                                               lag en protokoll fra et regneark eller Word-tabeller,
                                               eller flettet inn i en som ett trinn som kan angres
  fortegnelse export-table IN.ropa --format xlsx|ods|csv [--lang da|nb|sv|en] -o OUT
                                               skriv protokollen som regneark
  fortegnelse server-init postgresql://BRUKER@VERT/DB
                                               sett opp en database for en protokoll, med rollene
  fortegnelse copy KILDE MÅL                   kopier en protokoll mellom en fil og en server
Der en protokoll leses, kan en postgresql://-URL stå i stedet for filen.
Avslutningsstatus: 0 vellykket, 2 ugyldige argumenter eller ugyldige inndata; check avslutter med 1 når den finner feil, import-table --dry-run når en rad har advarsler.</translation>
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
        <translation type="vanished">Bruk:
  fortegnelse [FIL.ropa]                       åpne protokollen i programmet
  fortegnelse import IN.json -o OUT.ropa       lag en protokoll fra JSON
  fortegnelse export-json IN.ropa -o OUT.json  skriv en protokoll som JSON (-o - for standard utdata)
  fortegnelse policy IN.ropa --lang da|nb|sv|en --format html|snippet|md|txt|odt|pdf
                     [--audience KATEGORI] [--templates MAPPE] [--first-layer URL] -o OUT
                                               skriv personvernerklæringen (eller bare det første
                                               laget, med lenke til hele teksten)
  fortegnelse ropa-pdf IN.ropa --lang da|nb|sv|en [--record controller|processor|both]
                     [--changes-since-submitted] [--format pdf|odt] -o OUT.pdf
                                               skriv protokollen etter artikkel 30 som PDF eller som
                                               ODT med navngitte stiler for redigering
  fortegnelse check IN.ropa [--lang da|nb|sv|en] [--format text|json]
                                               kontroller protokollen mot personvernforordningen
  fortegnelse repair REG.ropa                  reparer en skadet protokoll (en sikkerhetskopi beholdes)
  fortegnelse import-table FIL [--layout auto|horizontal|vertical|ico|fortegnelse]
                     [--sheet NAVN] [--lang da|nb|sv|en] [--map KOLONNE=FELT]
                     [--dry-run] [--format text|json] -o OUT.ropa | --into REG.ropa
                                               lag en protokoll fra et regneark eller Word-tabeller,
                                               eller flettet inn i en som ett trinn som kan angres
  fortegnelse export-table IN.ropa --format xlsx|ods|csv [--lang da|nb|sv|en] -o OUT
                                               skriv protokollen som regneark
  fortegnelse server-init postgresql://BRUKER@VERT/DB
                                               sett opp en database for en protokoll, med rollene
  fortegnelse copy KILDE MÅL                   kopier en protokoll mellom en fil og en server
Der en protokoll leses, kan en postgresql://-URL stå i stedet for filen.
Avslutningsstatus: 0 vellykket, 2 ugyldige argumenter eller ugyldige inndata; check avslutter med 1 når den finner feil, import-table --dry-run når en rad har advarsler.</translation>
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
        <translation>Bruk:
  fortegnelse [FIL.ropa]                       åpne protokollen i programmet
  fortegnelse import IN.json -o OUT.ropa       lag en protokoll fra JSON
  fortegnelse export-json IN.ropa -o OUT.json  skriv en protokoll som JSON (-o - for standard utdata)
  fortegnelse policy IN.ropa --lang da|nb|sv|en --format html|snippet|md|txt|odt|pdf
                     [--audience KATEGORI] [--templates MAPPE] [--first-layer URL] -o OUT
                                               skriv personvernerklæringen (eller bare det første
                                               laget, med lenke til hele teksten)
  fortegnelse ropa-pdf IN.ropa --lang da|nb|sv|en [--record controller|processor|both]
                     [--changes-since-submitted] [--format pdf|odt] -o OUT.pdf
                                               skriv protokollen etter artikkel 30 som PDF eller som
                                               ODT med navngitte stiler for redigering
  fortegnelse check IN.ropa [--lang da|nb|sv|en] [--format text|json]
                                               kontroller protokollen mot personvernforordningen
  fortegnelse repair REG.ropa                  reparer en skadet protokoll (en sikkerhetskopi beholdes)
  fortegnelse import-table FIL [--layout auto|horizontal|vertical|ico|fortegnelse|cnil]
                     [--sheet NAVN] [--lang da|nb|sv|en] [--map KOLONNE=FELT]
                     [--dry-run] [--format text|json] -o OUT.ropa | --into REG.ropa
                                               lag en protokoll fra et regneark eller Word-tabeller,
                                               eller flettet inn i en som ett trinn som kan angres
  fortegnelse export-table IN.ropa --format xlsx|ods|csv [--lang da|nb|sv|en] -o OUT
                                               skriv protokollen som regneark
  fortegnelse server-init postgresql://BRUKER@VERT/DB
                                               sett opp en database for en protokoll, med rollene
  fortegnelse copy KILDE MÅL                   kopier en protokoll mellom en fil og en server
Der en protokoll leses, kan en postgresql://-URL stå i stedet for filen.
Avslutningsstatus: 0 vellykket, 2 ugyldige argumenter eller ugyldige inndata; check avslutter med 1 når den finner feil, import-table --dry-run når en rad har advarsler.</translation>
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
        <translation>ingen inndatafil oppgitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one input file expected, got %1</source>
        <translation>forventet én inndatafil, fikk %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no output file given (-o FILE)</source>
        <translation>ingen utdatafil oppgitt (-o FIL)</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="vanished">%1: kan ikke leses: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="vanished">det er en mappe</translation>
    </message>
    <message>
        <source>standard output: write failed</source>
        <translation type="vanished">standard ut: skriving mislyktes</translation>
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
        <translation>en protokoll er en fil; oppgi navnet med -o FIL.ropa</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: nothing to repair</source>
        <translation>%1: ingenting å reparere</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: repaired %n problem(s); the file as it was is kept as %2</source>
        <translation>
            <numerusform>%1: reparerte %n problem; filen slik den var, er beholdt som %2</numerusform>
            <numerusform>%1: reparerte %n problemer; filen slik den var, er beholdt som %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../operations/driftcommand.cpp" line="+13"/>
        <source>  fortegnelse drift REG.ropa [--lang da|nb|sv|en] [--format text|json]
                                               which sections of the published policy would
                                               read differently now; exits 1 when any would</source>
        <translation>  fortegnelse drift REG.ropa [--lang da|nb|sv|en] [--format text|json]
                                               vis hvilke avsnitt i den publiserte personvernerklæringen
                                               som ville fått en annen ordlyd nå; avslutter med 1 hvis noen ville det</translation>
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
        <translation type="vanished">  fortegnelse history REG.ropa [--item [TYPE/]ID] [--since DATO] [--user NAVN]
                     [--kind edit|undo|redo|repair] [--format text|json]
                                               vis endringene i protokollen, nyeste først
  fortegnelse diff GAMMEL NY [--format text|json|md] [--lang da|nb|sv|en]
                                               vis forskjellene; hver side er en .ropa-fil,
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
                                               vis endringene i protokollen, nyeste først
  fortegnelse diff GAMMEL NY [--format text|json|md] [--lang da|nb|sv|en]
                                               vis forskjellene; hver side er en .ropa-fil,
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
        <translation>Fra og med.</translation>
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
        <translation>Bruker.</translation>
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
        <translation>ukjent type &quot;%1&quot;; bruk edit, undo, redo, repair eller import</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a date (yyyy-mm-dd) or a date and time</source>
        <translation>&quot;%1&quot; er ikke en dato (åååå-mm-dd) eller en dato med klokkeslett</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>two registers to compare expected, got %1</source>
        <translation>forventet to protokoller å sammenligne, fikk %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown format &quot;%1&quot;; use text, json or md</source>
        <translation>ukjent format &quot;%1&quot;; bruk text, json eller md</translation>
    </message>
    <message>
        <location filename="../operations/subcommands.cpp" line="-107"/>
        <source>Leave the history out.</source>
        <translation>Utelat historikken.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Subject category.</source>
        <translation>Kategori av registrerte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category</source>
        <translation>kategori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template folder.</source>
        <translation>Malmappe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder</source>
        <translation>mappe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first layer alone.</source>
        <translation>Bare det første laget.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown format &quot;%1&quot;; use html, snippet, md, txt, odt or pdf</source>
        <translation>ukjent format &quot;%1&quot;; bruk html, snippet, md, txt, odt eller pdf</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--first-layer needs the web address of the full policy, such as https://example.dk/privacy; &quot;%1&quot; is not one</source>
        <translation>--first-layer trenger nettadressen til hele personvernerklæringen, for eksempel https://example.dk/privacy; &quot;%1&quot; er ikke en nettadresse</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Changes since the record submitted.</source>
        <translation>Endringer siden protokollen ble sendt inn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown format &quot;%1&quot;; use pdf or odt</source>
        <translation>ukjent format &quot;%1&quot;; bruk pdf eller odt</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Reviews due.</source>
        <translation>Gjennomganger som forfaller.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days.</source>
        <translation>Dager.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>days</source>
        <translation>dager</translation>
    </message>
    <message>
        <location filename="../operations/commandline.cpp" line="+12"/>
        <source>unknown language &quot;%1&quot;; use da, nb, sv or en</source>
        <translation>ukjent språk &quot;%1&quot;; bruk da, nb, sv eller en</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>unknown command; see fortegnelse --help</source>
        <translation>ukjent kommando; se fortegnelse --help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no such file</source>
        <translation>%1: filen finnes ikke</translation>
    </message>
    <message>
        <location filename="../operations/driftcommand.cpp" line="+7"/>
        <location filename="../operations/historycommands.cpp" line="-46"/>
        <location filename="../operations/snapshotcommands.cpp" line="-36"/>
        <location filename="../operations/subcommands.cpp" line="+13"/>
        <location filename="../operations/tablecommands.cpp" line="+22"/>
        <source>unknown format &quot;%1&quot;; use text or json</source>
        <translation>ukjent format &quot;%1&quot;; bruk text eller json</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 advice
</source>
        <translation type="vanished">%1 feil, %2 advarsler, %3 råd
</translation>
    </message>
    <message>
        <location filename="../operations/snapshotcommands.cpp" line="+58"/>
        <location filename="../operations/subcommands.cpp" line="-34"/>
        <source>unknown record &quot;%1&quot;; use controller, processor or both</source>
        <translation>ukjent protokoll &quot;%1&quot;; bruk controller, processor eller both</translation>
    </message>
    <message>
        <location line="-19"/>
        <location filename="../operations/subcommands.cpp" line="-31"/>
        <source>Record.</source>
        <translation>Protokoll.</translation>
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
                                               vis hva som er publisert og sendt inn
  fortegnelse snapshots REG.ropa --show N|published|submitted [--document SPRÅK/FORMAT]
                                               skriv ut protokollen i et øyeblikksbilde (JSON) eller en lagret tekst
  fortegnelse submit REG.ropa --on DATO [--case NR] [--authority NAVN]
                     [--lang da|nb|sv|en] [--record controller|processor|both] -o OUT.pdf
                                               skriv protokollen og lagre den som sendt inn
En side i diff kan også være REG.ropa@published eller REG.ropa@submitted.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Snapshot.</source>
        <translation>Øyeblikksbilde.</translation>
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
        <translation>--document krever --show</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a snapshot; give its number, published or submitted</source>
        <translation>&quot;%1&quot; er ikke et øyeblikksbilde; oppgi nummeret, published eller submitted</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>snapshot %1 keeps no texts</source>
        <translation>øyeblikksbilde %1 inneholder ingen tekster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>snapshot %1 keeps no &quot;%2&quot;; it keeps %3</source>
        <translation>øyeblikksbilde %1 inneholder ingen &quot;%2&quot;; det inneholder %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date.</source>
        <translation>Dato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number.</source>
        <translation>Saksnummer.</translation>
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
        <translation>protokoll</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give the day the record is submitted with --on yyyy-mm-dd</source>
        <translation>oppgi dagen protokollen sendes inn, med --on åååå-mm-dd</translation>
    </message>
    <message>
        <location filename="../operations/serveroperations.cpp" line="+66"/>
        <source>give the server as postgresql://user@host/database</source>
        <translation>oppgi serveren som postgresql://bruker@vert/database</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>give the register to copy and where to copy it: copy SOURCE TARGET</source>
        <translation>oppgi protokollen som skal kopieres, og hvor den skal kopieres til: copy KILDE MÅL</translation>
    </message>
    <message>
        <location filename="../operations/tablecommands.cpp" line="-24"/>
        <source>Layout.</source>
        <translation>Oppsett.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layout</source>
        <translation>oppsett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet.</source>
        <translation>Ark.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the file.</source>
        <translation>Språket i filen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register to merge into.</source>
        <translation>Protokollen det skal flettes inn i.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report only.</source>
        <translation>Bare rapporter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Map a column to a field: C=purpose.</source>
        <translation>Knytt en kolonne til et felt: C=purpose.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column=field</source>
        <translation>kolonne=felt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown layout &quot;%1&quot;; use auto, horizontal, vertical, ico or fortegnelse</source>
        <translation>ukjent oppsett &quot;%1&quot;; bruk auto, horizontal, vertical, ico eller fortegnelse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--into writes into that register; leave out -o</source>
        <translation>--into skriver i den protokollen; utelat -o</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no output file given (-o FILE or --into REG), and no --dry-run</source>
        <translation>ingen utdatafil oppgitt (-o FIL eller --into PROTOKOLL) og ingen --dry-run</translation>
    </message>
    <message>
        <source>--into is not available yet; import into a new register with -o</source>
        <translation type="vanished">--into er ikke tilgjengelig ennå; importer til en ny protokoll med -o</translation>
    </message>
    <message>
        <source>no output file given (-o FILE), and no --dry-run</source>
        <translation type="vanished">ingen utdatafil oppgitt (-o FIL), og ingen --dry-run</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--map &quot;%1&quot;: give a column and a field, such as C=purpose; the fields are %2 and none</source>
        <translation>--map &quot;%1&quot;: oppgi en kolonne og et felt, for eksempel C=purpose; feltene er %2 og none</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>unknown format &quot;%1&quot;; use xlsx, ods or csv</source>
        <translation>ukjent format &quot;%1&quot;; bruk xlsx, ods eller csv</translation>
    </message>
    <message>
        <location filename="../operations/reviewcommands.cpp" line="-27"/>
        <source>  fortegnelse check REG.ropa --due [--within DAYS]
                                               list the reviews due or overdue (exit 1 if any)
  fortegnelse reviews REG.ropa --ics OUT.ics   write every review date as an iCalendar file</source>
        <translation>  fortegnelse check REG.ropa --due [--within DAGER]
                                               vis gjennomganger som forfaller eller er forfalt (avslutter med 1 hvis noen)
  fortegnelse reviews REG.ropa --ics OUT.ics   skriv alle gjennomgangsdatoer som en iCalendar-fil</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a number of days</source>
        <translation>&quot;%1&quot; er ikke et antall dager</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>iCalendar file.</source>
        <translation>iCalendar-fil.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no output file given (--ics FILE)</source>
        <translation>ingen utdatafil oppgitt (--ics FIL)</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::ConflictDialog</name>
    <message>
        <location filename="../views/conflictdialog.cpp" line="+20"/>
        <source>Changed by a colleague</source>
        <translation>Endret av en kollega</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You deleted it too; nothing is left to decide.</source>
        <translation>Du slettet det også; det er ingenting igjen å avgjøre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your change was not made. Take theirs and the item stays deleted; keep yours and it is made again as you had it.</source>
        <translation>Endringen din ble ikke utført. Velger du deres, forblir elementet slettet; beholder du din, opprettes det på nytt slik du hadde det.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your deletion was not made. Take theirs and the item stays as they left it; keep yours and it is deleted now.</source>
        <translation>Slettingen din ble ikke utført. Velger du deres, forblir elementet slik de etterlot det; beholder du din, slettes det nå.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your change was not made. Take theirs and the item stays as they left it; keep yours and your values below are written over theirs as a new change, which you can undo.</source>
        <translation>Endringen din ble ikke utført. Velger du deres, forblir elementet slik de etterlot det; beholder du din, skrives verdiene dine nedenfor over deres som en ny endring, som du kan angre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Their value</source>
        <translation>Deres verdi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your value</source>
        <translation>Din verdi</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You both changed this field.</source>
        <translation>Dere endret begge dette feltet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>They also changed: %1. Those stay as they left them either way.</source>
        <translation>De endret også: %1. Disse forblir slik de etterlot dem uansett.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take theirs</source>
        <translation>Velg deres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep mine</source>
        <translation>Behold min</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Change not saved</source>
        <translation>Endringen ble ikke lagret</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Conflicts</name>
    <message>
        <location filename="../operations/conflictoperations.cpp" line="+84"/>
        <source>Someone else</source>
        <translation>Noen andre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 deleted &quot;%2&quot; at %3, after your step was made.</source>
        <translation>%1 slettet &quot;%2&quot; %3, etter at trinnet ditt ble utført.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 deleted &quot;%2&quot; at %3, after your window read it.</source>
        <translation>%1 slettet &quot;%2&quot; %3, etter at vinduet ditt leste det inn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changed &quot;%2&quot; at %3, after your step was made.</source>
        <translation>%1 endret &quot;%2&quot; %3, etter at trinnet ditt ble utført.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed &quot;%2&quot; at %3, after your window read it.</source>
        <translation>%1 endret &quot;%2&quot; %3, etter at vinduet ditt leste det inn.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Keep my change to %1</source>
        <translation>Behold endringen min av %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>your version refers to items that no longer exist: %1</source>
        <translation>din versjon viser til elementer som ikke lenger finnes: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>your change was not made; the item is as your colleague left it</source>
        <translation>endringen din ble ikke utført; elementet er slik kollegaen din etterlot det</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::ConnectDialog</name>
    <message>
        <location filename="../views/connectdialog.cpp" line="+22"/>
        <source>Connect to server</source>
        <translation>Koble til server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A register a team keeps together lives in a database on a PostgreSQL server. Your password is never kept here: PostgreSQL reads it from ~/.pgpass.</source>
        <translation>En protokoll som et team fører sammen, ligger i en database på en PostgreSQL-server. Passordet ditt lagres aldri her: PostgreSQL leser det fra ~/.pgpass.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>db.example.org (empty: this computer)</source>
        <translation>db.example.org (tom: denne datamaskinen)</translation>
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
        <translation>P&amp;rotokoll (database):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty: your login name</source>
        <translation>tom: påloggingsnavnet ditt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Bruker:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypted, server&apos;s name checked</source>
        <translation>Kryptert, servernavnet kontrolleres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted</source>
        <translation>Kryptert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted when the server offers it</source>
        <translation>Kryptert når serveren tilbyr det</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not encrypted (this computer only)</source>
        <translation>Ikke kryptert (bare denne datamaskinen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connection:</source>
        <translation>&amp;Tilkobling:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connect</source>
        <translation>Koble til</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Name the register&apos;s database.</source>
        <translation>Oppgi protokollens database.</translation>
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
        <translation type="vanished">PostgreSQL-driveren for Qt er ikke installert (pakken libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation type="vanished">Kunne ikke koble til %1: %2</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::CountryPicker</name>
    <message>
        <location filename="../views/pickers.cpp" line="+119"/>
        <source>Type a country&apos;s name or code</source>
        <translation>Skriv inn navnet eller koden til et land</translation>
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
        <translation>beslutning om tilstrekkelig beskyttelsesnivå</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partial adequacy</source>
        <translation>delvis tilstrekkelig beskyttelsesnivå</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>third country, no adequacy</source>
        <translation>tredjeland, ikke tilstrekkelig beskyttelsesnivå</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>No country is called “%1”. Type its name or its two-letter code.</source>
        <translation>Ingen land heter «%1». Skriv inn navnet eller landkoden på to bokstaver.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” could be %2. Type more of the name.</source>
        <translation>«%1» kan være %2. Skriv inn mer av navnet.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Document</name>
    <message>
        <location filename="../model/document.cpp" line="+74"/>
        <source>%1 has this register open for editing, so it is open read-only here. Their changes appear as they make them.</source>
        <translation>%1 har denne protokollen åpen for redigering, så den er åpnet skrivebeskyttet her. Endringene vises etter hvert som de gjøres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is read-only, so the register is open read-only.</source>
        <translation>Filen er skrivebeskyttet, så protokollen er åpnet skrivebeskyttet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>The register is open read-only.</source>
        <translation>Protokollen er åpnet skrivebeskyttet.</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+338"/>
        <source>The register is damaged and is open read-only until it is repaired.</source>
        <translation>Protokollen er skadet og er åpnet skrivebeskyttet til den er reparert.</translation>
    </message>
    <message>
        <source>This register cannot be copied to a file.</source>
        <translation type="vanished">Denne protokollen kan ikke kopieres til en fil.</translation>
    </message>
    <message>
        <location line="-384"/>
        <source>The register is on a network drive (%1). Two people editing it at once can damage it there; keep one copy per person, or use a Fortegnelse server for a team.</source>
        <translation>Protokollen ligger på en nettverksstasjon (%1). Hvis to personer redigerer den samtidig, kan den bli skadet; ha én kopi per person, eller bruk en Fortegnelse-server for et team.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The register on the server is damaged and is open read-only; its administrator can repair it from a copy (fortegnelse copy).</source>
        <translation>Protokollen på serveren er skadet og er åpnet skrivebeskyttet; administratoren kan reparere den fra en kopi (fortegnelse copy).</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The change was not made: %1</source>
        <translation>Endringen ble ikke utført: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The change was not made: %1.</source>
        <translation>Endringen ble ikke utført: %1.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The connection was lost while the change was being saved, so it is not known whether it was made. The register is read again when the connection is back, and Fortegnelse then says which.</source>
        <translation>Forbindelsen ble brutt mens endringen ble lagret, så det er ikke kjent om den ble gjort. Protokollen leses på nytt når forbindelsen er tilbake, og Fortegnelse sier da hva som skjedde.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The change could not be saved, so it was not made: %1</source>
        <translation>Endringen kunne ikke lagres og er derfor ikke utført: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The register is open read-only; open it for editing to repair it.</source>
        <translation>Protokollen er åpnet skrivebeskyttet; åpne den for redigering for å reparere den.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The repair could not be saved; the register is as it was, and a backup is at %1.</source>
        <translation>Reparasjonen kunne ikke lagres; protokollen er slik den var, og en sikkerhetskopi ligger i %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 The register is read-only until it is back; Fortegnelse reconnects by itself.</source>
        <translation>%1 Protokollen er skrivebeskyttet til forbindelsen er tilbake; Fortegnelse kobler seg til igjen av seg selv.</translation>
    </message>
    <message>
        <location filename="../model/documentsync.cpp" line="+71"/>
        <source>someone else</source>
        <translation>noen andre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The step was not redone: &quot;%1&quot; has been deleted since, by %2.</source>
        <translation>Trinnet ble ikke gjort om: &quot;%1&quot; har siden blitt slettet av %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The step was not undone: &quot;%1&quot; has been deleted since, by %2.</source>
        <translation>Trinnet ble ikke angret: &quot;%1&quot; har siden blitt slettet av %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The step was not redone: %2 changed &quot;%1&quot; at %3, after it was undone here, and redoing it would overwrite their change.</source>
        <translation>Trinnet ble ikke gjort om: %2 endret &quot;%1&quot; %3, etter at det ble angret her, og å gjøre det om ville overskrive endringen deres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The step was not undone: %2 changed &quot;%1&quot; at %3, after it was made here, and undoing it would overwrite their change.</source>
        <translation>Trinnet ble ikke angret: %2 endret &quot;%1&quot; %3, etter at det ble utført her, og å angre det ville overskrive endringen deres.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The connection is back. Your change “%1” was not saved; make it again if you still want it.</source>
        <translation>Forbindelsen er tilbake. Endringen din «%1» ble ikke lagret; gjør den på nytt hvis du fortsatt vil ha den.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection is back. Your change “%1” was saved after all; undo takes it back.</source>
        <translation>Forbindelsen er tilbake. Endringen din «%1» ble lagret likevel; angre tar den tilbake.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The register was changed by another program and could not be read again: %1</source>
        <translation>Protokollen ble endret av et annet program og kunne ikke leses inn på nytt: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The register was changed by the person editing it; this window shows the changes.</source>
        <translation>Protokollen ble endret av personen som redigerer den; dette vinduet viser endringene.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register was changed elsewhere and has been read again. Undo still works for your changes, except where an item was changed since.</source>
        <translation>Protokollen ble endret et annet sted og er lest inn på nytt. Du kan fortsatt angre endringene dine, unntatt der et element er endret siden.</translation>
    </message>
    <message>
        <source>The register was changed by another program and has been read again. The undo history was cleared, since it no longer applies.</source>
        <translation type="vanished">Protokollen ble endret av et annet program og er lest inn på nytt. Angrehistorikken er tømt, siden den ikke lenger gjelder.</translation>
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
        <translation>Hva som er galt: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The change was not made.</source>
        <translation>Endringen ble ikke gjort.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::ExportDialog</name>
    <message>
        <location filename="../views/exportdialog.cpp" line="+35"/>
        <source>Web page (HTML)</source>
        <translation>Nettside (HTML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web snippet for a website (HTML)</source>
        <translation>HTML-utdrag til et nettsted (HTML)</translation>
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
        <translation>&amp;Bare første lag, som lenker til hele erklæringen på:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+158"/>
        <source>Export policy</source>
        <translation>Eksporter personvernerklæring</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>The essentials on one screen: who you are, what you do and why, who receives the data, transfers, rights and how to complain. Publish the full policy at the address you give; the first layer&apos;s links lead into it.</source>
        <translation>Det viktigste på én skjerm: hvem dere er, hva dere gjør og hvorfor, hvem som mottar opplysningene, overføringer, rettigheter og hvordan man klager. Publiser hele erklæringen på adressen du oppgir; lenkene i første lag fører inn i den.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://example.dk/privacy</source>
        <translation>https://example.no/personvern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Everyone (the whole policy)</source>
        <translation>Alle (hele personvernerklæringen)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The register has %n error(s). The policy will show a gap where a required fact is missing; fix the errors before you publish it.</source>
        <translation>
            <numerusform>Protokollen har %n feil. Personvernerklæringen vil ha et hull der en påkrevd opplysning mangler; rett feilen før du publiserer den.</numerusform>
            <numerusform>Protokollen har %n feil. Personvernerklæringen vil ha et hull der en påkrevd opplysning mangler; rett feilene før du publiserer den.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show the &amp;errors</source>
        <translation>Vis &amp;feilene</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Language:</source>
        <translation>S&amp;pråk:</translation>
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
        <translation>&amp;Bla gjennom...</translation>
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
        <translation>«%1» er ikke en nettadresse som https://example.no/personvern uten en #-del.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>privacy-policy</source>
        <translation>personvernerklaering</translation>
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
        <translation type="vanished">beslutning om tilstrekkelig beskyttelsesnivå</translation>
    </message>
    <message>
        <source>partial adequacy</source>
        <translation type="vanished">delvis tilstrekkelig beskyttelsesnivå</translation>
    </message>
    <message>
        <source>third country, no adequacy</source>
        <translation type="vanished">tredjeland uten beslutning om tilstrekkelig beskyttelsesnivå</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="vanished">ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Not a date yet: write it as YYYY-MM-DD, for example 2026-06-08. The field keeps its last valid value until then.</source>
        <translation type="vanished">Ikke en dato ennå: skriv den som ÅÅÅÅ-MM-DD, for eksempel 2026-06-08. Feltet beholder den siste gyldige verdien til da.</translation>
    </message>
    <message>
        <location filename="../views/fieldset.cpp" line="+177"/>
        <source>nordlys.dk or https://nordlys.dk/privacy</source>
        <translation>nordlys.dk eller https://nordlys.dk/privacy</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Not a date: write it as %1 (or YYYY-MM-DD), for example %2. The register keeps %3 until then.</source>
        <translation>Ikke en dato: skriv den som %1 (eller ÅÅÅÅ-MM-DD), for eksempel %2. Protokollen beholder %3 inntil da.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a date: write it as %1 (or YYYY-MM-DD), for example %2. The register keeps no date until then.</source>
        <translation>Ikke en dato: skriv den som %1 (eller ÅÅÅÅ-MM-DD), for eksempel %2. Protokollen har ingen dato inntil da.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>One per line</source>
        <translation>Én per linje</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation type="vanished">Dette er ikke en e-postadresse.</translation>
    </message>
    <message>
        <source>Write a web address, for example https://www.example.dk.</source>
        <translation type="vanished">Skriv en nettadresse, for eksempel https://www.example.no.</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation type="vanished">Navn må fylles ut.</translation>
    </message>
    <message>
        <source>A sub-processor needs the processor above it (Art. 28(2) and (4)).</source>
        <translation type="vanished">En underdatabehandler må ha en databehandler over seg (art. 28 nr. 2 og 4).</translation>
    </message>
    <message>
        <source>Name the controller you process for (Art. 30(2)).</source>
        <translation type="vanished">Oppgi den behandlingsansvarlige du behandler for (art. 30 nr. 2).</translation>
    </message>
    <message>
        <source>Describe the interest pursued; the policy must state it (Art. 13(1)(d)).</source>
        <translation type="vanished">Beskriv interessen som forfølges; personvernerklæringen må oppgi den (art. 13 nr. 1 bokstav d).</translation>
    </message>
    <message>
        <source>The activity processes special categories: choose an Art. 9(2) condition.</source>
        <translation type="vanished">Behandlingsaktiviteten omfatter særlige kategorier av personopplysninger: velg et unntak etter art. 9 nr. 2.</translation>
    </message>
    <message>
        <location filename="../views/listeditor.cpp" line="+33"/>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>(new, not filled in)</source>
        <translation>(ny, ikke utfylt)</translation>
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
        <translation>CVR-nummer, organisasjonsnummer eller lignende.</translation>
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
        <translation>Nettsted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact page</source>
        <translation>Kontaktside</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A web page people can contact you through, e.g. a form. The policy gives it when there is no e-mail address.</source>
        <translation>En nettside der folk kan kontakte deg, f.eks. et skjema. Personvernerklæringen oppgir den når det ikke finnes noen e-postadresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data protection officer</source>
        <translation>Personvernombud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 37-39; contact details go in the policy, Art. 13(1)(b).</source>
        <translation>Art. 37–39; kontaktopplysningene skal stå i personvernerklæringen, art. 13 nr. 1 bokstav b.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU representative</source>
        <translation>Representant i EU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 27, for controllers outside the EU.</source>
        <translation>Art. 27, for behandlingsansvarlige utenfor EU.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead supervisory authority</source>
        <translation>Ledende tilsynsmyndighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the register</source>
        <translation>Protokollens språk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The language you write the register&apos;s texts in.</source>
        <translation>Språket du skriver tekstene i protokollen på.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security measures, general description</source>
        <translation>Sikkerhetstiltak, generell beskrivelse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 30(1)(g) and Art. 32.</source>
        <translation>Art. 30 nr. 1 bokstav g og art. 32.</translation>
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
        <translation>Omfatter barn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The Danish age of digital consent is 15 (DBL § 6(2)).</source>
        <translation>I Danmark er aldersgrensen for digitalt samtykke 15 år (den danske databeskyttelsesloven (DBL) § 6 annet ledd).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of data</source>
        <translation>Type opplysninger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Special categories: Art. 9. Criminal offences: Art. 10. CPR numbers: DBL § 11.</source>
        <translation>Særlige kategorier: art. 9. Straffedommer og lovovertredelser: art. 10. CPR-numre: den danske databeskyttelsesloven (DBL) § 11.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Leverandør</translation>
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
        <translation>Øktinformasjonskapsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Varighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration unit</source>
        <translation>Enhet for varighet</translation>
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
        <translation>Navn på dette språket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For a party named by what it does (&quot;Newsletter provider&quot;): its name in the language you write in. Left empty, documents use the name above.</source>
        <translation>For en part som er navngitt etter det den gjør («Leverandør av nyhetsbrevløsning»): navnet på språket du skriver på. Står feltet tomt, bruker dokumentene navnet ovenfor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Tjeneste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they do for us, or what we share with them.</source>
        <translation>Hva de gjør for oss, eller hva vi deler med dem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processor above</source>
        <translation>Overordnet databehandler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For a sub-processor: the processor that engaged it (Art. 28(2) and (4)).</source>
        <translation>For en underdatabehandler: databehandleren som engasjerte den (art. 28 nr. 2 og 4).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy policy link</source>
        <translation>Lenke til personvernerklæring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data processing agreement link</source>
        <translation>Lenke til databehandleravtale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-processor list link</source>
        <translation>Lenke til liste over underdatabehandlere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other links</source>
        <translation>Andre lenker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Lenke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data processing agreement</source>
        <translation>Databehandleravtale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 28(3).</source>
        <translation>Art. 28 nr. 3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Referanse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Signert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review</source>
        <translation>Neste gjennomgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certifications</source>
        <translation>Sertifiseringer</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+48"/>
        <source>One per line.</source>
        <translation>Én per linje.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Certified under the EU-US Data Privacy Framework</source>
        <translation>Sertifisert under EU-US Data Privacy Framework</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision (EU) 2023/1795: adequacy for the US covers certified organisations only.</source>
        <translation>Beslutning (EU) 2023/1795: beslutningen om tilstrekkelig beskyttelsesnivå for USA omfatter bare sertifiserte organisasjoner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPF certification checked on</source>
        <translation>DPF-sertifisering kontrollert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Essence of the arrangement</source>
        <translation>Hovedinnholdet i ordningen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Joint controllers, Art. 26(2): made available to data subjects.</source>
        <translation>Felles behandlingsansvarlige, art. 26 nr. 2: gjøres tilgjengelig for de registrerte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing done for this controller</source>
        <translation>Behandling utført for denne behandlingsansvarlige</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 30(2)(b).</source>
        <translation>Art. 30 nr. 2 bokstav b.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A class of clients, not one named client</source>
        <translation>En gruppe kunder, ikke én navngitt kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For example all customers of a platform; each client is named in the list of clients.</source>
        <translation>For eksempel alle kunder på en plattform; hver kunde er oppført i kundelisten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the list of clients is kept</source>
        <translation>Hvor kundelisten oppbevares</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CRM, agreement archive: Art. 30(2)(a) requires each controller&apos;s name and contact details.</source>
        <translation>CRM, avtalearkiv: Etter art. 30 nr. 2 bokstav a skal navn og kontaktopplysninger for hver behandlingsansvarlig føres opp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client controller</source>
        <translation>Behandlingsansvarlig kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When we process as a processor: the controller we act for, Art. 30(2).</source>
        <translation>Når vi behandler som databehandler: den behandlingsansvarlige vi opptrer på vegne av, art. 30 nr. 2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint controllers</source>
        <translation>Felles behandlingsansvarlige</translation>
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
        <translation>Formål og behandlingsgrunnlag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 30(1)(b); the basis of each purpose goes in the policy, Art. 13(1)(c).</source>
        <translation>Art. 30 nr. 1 bokstav b; grunnlaget for hvert formål skal stå i personvernerklæringen, art. 13 nr. 1 bokstav c.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis (Art. 6(1))</source>
        <translation>Behandlingsgrunnlag (art. 6 nr. 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legitimate interest pursued</source>
        <translation>Berettiget interesse som forfølges</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required where the basis is Art. 6(1)(f); Art. 13(1)(d).</source>
        <translation>Påkrevd når grunnlaget er art. 6 nr. 1 bokstav f; art. 13 nr. 1 bokstav d.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct marketing</source>
        <translation>Direkte markedsføring</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gives the absolute right to object, Art. 21(2)-(4).</source>
        <translation>Gir ubetinget rett til å protestere, art. 21 nr. 2–4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition for special categories (Art. 9(2))</source>
        <translation>Unntak for særlige kategorier (art. 9 nr. 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis for criminal-offence data (Art. 10: DBL § 8, personopplysningsloven § 11, dataskyddslagen 3 kap. 8 §)</source>
        <translation>Grunnlag for opplysninger om straffbare forhold (art. 10: DBL § 8, personopplysningsloven § 11, dataskyddslagen 3 kap. 8 §)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ground for national identity numbers (DBL § 11, personopplysningsloven § 12, dataskyddslagen 3 kap. 10 §)</source>
        <translation>Grunnlag for nasjonale identitetsnumre (DBL § 11, personopplysningsloven § 12, dataskyddslagen 3 kap. 10 §)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not confirmed (generated by an import)</source>
        <translation>Ikke bekreftet (laget ved en import)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Consent to cookies is withdrawn in</source>
        <translation>Samtykke til informasjonskapsler trekkes tilbake i</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The policy tells visitors where; left empty, it says nothing about it and the checks ask.</source>
        <translation>Erklæringen forteller besøkende hvor; står feltet tomt, sier den ingenting om det, og kontrollene spør.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Transfer %1</source>
        <translation>Overføring %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purpose %1</source>
        <translation>Formål %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matrix row %1</source>
        <translation>Matriserad %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient %1</source>
        <translation>Mottaker %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source %1</source>
        <translation>Kilde %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention rule %1</source>
        <translation>Lagringsregel %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link %1</source>
        <translation>Lenke %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section %1</source>
        <translation>Avsnitt %1</translation>
    </message>
    <message>
        <source>Basis for criminal-offence data (DBL § 8)</source>
        <translation type="vanished">Grunnlag for opplysninger om straffedommer og lovovertredelser (DBL § 8)</translation>
    </message>
    <message>
        <source>Ground for CPR numbers (DBL § 11)</source>
        <translation type="vanished">Grunnlag for CPR-numre (DBL § 11)</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>National law references</source>
        <translation>Henvisninger til nasjonal rett</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One per line: a reference key such as bogforingsloven-10, or free text.</source>
        <translation>Én per linje: en referansenøkkel som bogforingsloven-10, eller fritekst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where consent is recorded</source>
        <translation>Hvor samtykket er registrert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 7(1): you must be able to show consent was given.</source>
        <translation>Art. 7 nr. 1: du må kunne påvise at samtykke er gitt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data categories</source>
        <translation>Kategorier av personopplysninger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 30(1)(c).</source>
        <translation>Art. 30 nr. 1 bokstav c.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which data concern whom</source>
        <translation>Hvilke opplysninger om hvem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Datatilsynet&apos;s 2020 guidance: link each data category to the subject categories it concerns.</source>
        <translation>Det danske Datatilsynets veiledning fra 2020: knytt hver kategori av personopplysninger til kategoriene av registrerte den gjelder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject category</source>
        <translation>Kategori av registrerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject categories</source>
        <translation>Kategorier av registrerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Mottakere</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 30(1)(d): for each recipient, the data and subject categories it receives.</source>
        <translation>Art. 30 nr. 1 bokstav d: for hver mottaker kategoriene av personopplysninger og av registrerte som mottakeren får.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category of recipients</source>
        <translation>Kategori av mottakere</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When no single party is named.</source>
        <translation>Når ingen bestemt part er oppgitt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Kilder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where data comes from when not from the data subject, Art. 14(2)(f).</source>
        <translation>Hvor opplysningene kommer fra når de ikke kommer fra den registrerte, art. 14 nr. 2 bokstav f.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publicly available</source>
        <translation>Offentlig tilgjengelige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No data is collected from the data subjects</source>
        <translation>Ingen opplysninger samles inn fra de registrerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must the data be provided?</source>
        <translation>Må opplysningene gis?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 13(2)(e).</source>
        <translation>Art. 13 nr. 2 bokstav e.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consequence of not providing it</source>
        <translation>Konsekvens av ikke å gi dem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this answer</source>
        <translation>Begrunnelse for svaret</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+11"/>
        <source>Answered on</source>
        <translation>Besvart den</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Data goes outside the EU/EEA</source>
        <translation>Opplysninger overføres ut av EU/EØS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not assessed: derived from the recipients&apos; countries. No: confirms that none of the data leaves the EU/EEA, even where a country is unknown.</source>
        <translation>Ikke vurdert: utledes av mottakernes land. Nei: bekrefter at ingen av opplysningene forlater EU/EØS, heller ikke der et land er ukjent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automated decisions</source>
        <translation>Automatiserte avgjørelser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 22; Art. 13(2)(f).</source>
        <translation>Art. 22; art. 13 nr. 2 bokstav f.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used</source>
        <translation>Brukes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiling</source>
        <translation>Profilering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logic involved</source>
        <translation>Underliggende logikk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Significance and consequences</source>
        <translation>Betydning og konsekvenser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data protection impact assessment</source>
        <translation>Vurdering av personvernkonsekvenser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 35.</source>
        <translation>Art. 35.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>Påkrevd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Systems</source>
        <translation>Systemer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention</source>
        <translation>Lagring</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Art. 30(1)(f) and Art. 13(2)(a): a period, or the criteria for it.</source>
        <translation>Art. 30 nr. 1 bokstav f og art. 13 nr. 2 bokstav a: en periode eller kriteriene for den.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Enhet</translation>
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
        <translation>Hvordan opplysningene slettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security measures</source>
        <translation>Sikkerhetstiltak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last reviewed</source>
        <translation>Sist gjennomgått</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country or organisation</source>
        <translation>Land eller organisasjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>Mottaker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing activities</source>
        <translation>Behandlingsaktiviteter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer mechanism</source>
        <translation>Overføringsgrunnlag</translation>
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
        <translation>Ved art. 49 nr. 1 annet ledd: dokumentasjonen som art. 30 nr. 1 bokstav e krever.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document reference</source>
        <translation>Dokumentreferanse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer impact assessment date</source>
        <translation>Dato for vurdering av overføringens virkninger (TIA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the policy covers</source>
        <translation>Hva personvernerklæringen omfatter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last updated</source>
        <translation>Sist oppdatert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Publisert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Governing law</source>
        <translation>Lovvalg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Verneting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests answered within (days)</source>
        <translation>Henvendelser besvares innen (dager)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>0: within one month, Art. 12(3).</source>
        <translation>0: innen én måned, art. 12 nr. 3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy contact e-mail</source>
        <translation>E-post for personvernhenvendelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy contact phone</source>
        <translation>Telefon for personvernhenvendelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cookie policy link</source>
        <translation>Lenke til erklæring om informasjonskapsler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How readers are told of changes</source>
        <translation>Hvordan leserne varsles om endringer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own sections</source>
        <translation>Egne avsnitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blank lines separate paragraphs; lines starting with &quot;- &quot; make a list.</source>
        <translation>Tomme linjer skiller avsnitt; linjer som begynner med «- », blir en liste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed next to</source>
        <translation>Plassert ved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placement</source>
        <translation>Plassering</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::History</name>
    <message>
        <source>this version keeps no snapshot of what was %1 yet</source>
        <translation type="vanished">denne versjonen lagrer ennå ikke noe øyeblikksbilde av det som ble %1</translation>
    </message>
    <message>
        <source>published</source>
        <translation type="vanished">publisert</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="vanished">sendt inn</translation>
    </message>
    <message>
        <location filename="../operations/historyoperations.cpp" line="+78"/>
        <source>&quot;%1&quot; is not a date (yyyy-mm-dd), a date and time, published or submitted</source>
        <translation>&quot;%1&quot; er ikke en dato (åååå-mm-dd), en dato med klokkeslett, published eller submitted</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the register&apos;s journal begins %1; what it held before then is not known</source>
        <translation>endringsloggen til protokollen begynner %1; hva den inneholdt før det, er ukjent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>with its next change</source>
        <translation>med neste endring</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>no single item &quot;%1&quot;; name it as KIND/ID, e.g. activity/sales</source>
        <translation>ikke ett bestemt element &quot;%1&quot;; oppgi det som TYPE/ID, f.eks. activity/sales</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No changes in the journal.</source>
        <translation>Ingen endringer i endringsloggen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>edit</source>
        <translation>redigering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undo</source>
        <translation>angring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redo</source>
        <translation>omgjøring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repair</source>
        <translation>reparasjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the earlier state refers to items that no longer exist: %1</source>
        <translation>den tidligere tilstanden viser til elementer som ikke lenger finnes: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the organisation and the policy settings cannot be removed</source>
        <translation>organisasjonen og innstillingene for personvernerklæringen kan ikke fjernes</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <location line="+19"/>
        <source>the change could not be saved</source>
        <translation>endringen kunne ikke lagres</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>the stored item is not %1</source>
        <translation>det lagrede elementet er ikke %1</translation>
    </message>
    <message>
        <location filename="../operations/itemoperations.cpp" line="+94"/>
        <source>The policy was not published: it cannot be made: %1</source>
        <translation>Personvernerklæringen ble ikke publisert: den kan ikke lages: %1</translation>
    </message>
    <message>
        <location filename="../operations/snapshotoperations.cpp" line="+116"/>
        <source>the day the record was submitted is missing</source>
        <translation>datoen da protokollen ble sendt inn, mangler</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the snapshot could not be kept</source>
        <translation>øyeblikksbildet kunne ikke lagres</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the register keeps no snapshot %1</source>
        <translation>protokollen har ikke noe øyeblikksbilde %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the record has not been marked as submitted yet</source>
        <translation>protokollen er ikke merket som sendt inn ennå</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the policy has not been published since the register began keeping snapshots</source>
        <translation>personvernerklæringen er ikke publisert siden protokollen begynte å lagre øyeblikksbilder</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>snapshot %1 cannot be read: %2</source>
        <translation>øyeblikksbilde %1 kan ikke leses: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This is the register as it stood at a snapshot: %1 (%2, by %3). It is kept as it was and cannot be changed; File &gt; Save a copy as... makes a register of it that can be edited.</source>
        <translation>Dette er protokollen slik den var i et øyeblikksbilde: %1 (%2, av %3). Den er bevart slik den var, og kan ikke endres; Fil &gt; Lagre en kopi som … lager en protokoll av den som kan redigeres.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Policy version %1 published</source>
        <translation>Personvernerklæring, versjon %1, publisert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record submitted to %1 on %2</source>
        <translation>Protokollen sendt inn til %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record submitted to %1 on %2, case no. %3</source>
        <translation>Protokollen sendt inn til %1 %2, saksnr. %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No snapshots: the policy has not been published nor the record submitted since the register began keeping them.</source>
        <translation>Ingen øyeblikksbilder: personvernerklæringen er ikke publisert og protokollen ikke sendt inn siden protokollen begynte å lagre dem.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::HistoryActions</name>
    <message>
        <location filename="../views/historyactions.cpp" line="+16"/>
        <location line="+51"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+51"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Angre %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Gjør om %1</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::HistoryDialog</name>
    <message>
        <location filename="../views/historydialog.cpp" line="+63"/>
        <source>Any</source>
        <translation>Ingen grense</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Edit</source>
        <translation>Redigering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Angring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Omgjøring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair</source>
        <translation>Reparasjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Register &amp;history...</source>
        <translation>&amp;Historikk for protokollen...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Item history...</source>
        <translation>Historikk for &amp;elementet...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;napshots...</source>
        <translation>Øyeblikks&amp;bilder...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>History of “%1”</source>
        <translation>Historikk for «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History of the register</source>
        <translation>Historikk for protokollen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All users</source>
        <translation>Alle brukere</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;User:</source>
        <translation>&amp;Bruker:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>F&amp;ra:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When</source>
        <translation>Tidspunkt</translation>
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
        <translation>Felt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Trinn</translation>
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
        <translation>Etter</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+243"/>
        <source>&amp;Restore this state</source>
        <translation>&amp;Gjenopprett denne tilstanden</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>Makes the item as this change left it, as a new step you can undo.</source>
        <translation>Gjør elementet slik denne endringen etterlot det, som et nytt trinn du kan angre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+241"/>
        <source>Restore the state &amp;before</source>
        <translation>Gjenopprett tilstanden &amp;før</translation>
    </message>
    <message>
        <location line="-239"/>
        <source>Makes the item as it was before this change, as a new step you can undo.</source>
        <translation>Gjør elementet slik det var før denne endringen, som et nytt trinn du kan angre.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Load more</source>
        <translation>&amp;Hent flere</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>Choose a change to see its fields before and after.</source>
        <translation>Velg en endring for å se feltene før og etter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 by %2 on %3: %4</source>
        <translation>%1 utført av %2, %3: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(did not exist)</source>
        <translation>(fantes ikke)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(deleted)</source>
        <translation>(slettet)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Restore this state (deletes the item)</source>
        <translation>&amp;Gjenopprett denne tilstanden (sletter elementet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the state &amp;before (deletes the item)</source>
        <translation>Gjenopprett tilstanden &amp;før (sletter elementet)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot restore</source>
        <translation>Kan ikke gjenopprette</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The history cannot be read: %1</source>
        <translation>Historikken kan ikke leses: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No changes in the journal match.</source>
        <translation>Ingen endringer i endringsloggen passer til filteret.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The newest %n change(s); more are kept.</source>
        <translation>
            <numerusform>Den nyeste %n endringen; flere er lagret.</numerusform>
            <numerusform>De nyeste %n endringene; flere er lagret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n endring.</numerusform>
            <numerusform>%n endringer.</numerusform>
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
        <translation>Må sjekkes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not imported</source>
        <translation>Importeres ikke</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As a &amp;new register:</source>
        <translation>Som en &amp;ny protokoll:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Bla gjennom...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <location line="+217"/>
        <source>Found automatically</source>
        <translation>Funnet automatisk</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>A table, one row per activity</source>
        <translation>En tabell med én rad per aktivitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms, one per activity (label and value)</source>
        <translation>Skjemaer, ett per aktivitet (feltnavn og verdi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ICO&apos;s controller template</source>
        <translation>ICOs mal for behandlingsansvarlige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A spreadsheet exported by Fortegnelse</source>
        <translation>Et regneark eksportert fra Fortegnelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CNIL&apos;s simplified register</source>
        <translation>CNILs forenklede protokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Oppbygning:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Ark:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The language the file is written in; its texts are kept in that language</source>
        <translation>Språket filen er skrevet på; tekstene lagres på det språket</translation>
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
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add to the open register, “%1”, as one step you can undo</source>
        <translation>Legg til i den åpne protokollen, «%1», som ett trinn du kan angre</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Reading %1... %p%</source>
        <translation>Leser %1... %p%</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Stopped</source>
        <translation>Stoppet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not read</source>
        <translation>Ikke lest</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Read</source>
        <translation>Lest</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read as forms, one per activity, on %1.</source>
        <translation>Lest som skjemaer, ett per aktivitet, i %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as the ICO&apos;s controller template, sheet %1.</source>
        <translation>Lest som ICOs mal for behandlingsansvarlige, ark %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as a spreadsheet exported by Fortegnelse, sheet %1.</source>
        <translation>Lest som et regneark eksportert fra Fortegnelse, ark %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as the CNIL&apos;s simplified register, one fiche per activity: %1.</source>
        <translation>Lest som CNILs forenklede protokoll, ett skjema per aktivitet: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read as a table with one row per activity: sheet %1, headers in row %2.</source>
        <translation>Lest som en tabell med én rad per aktivitet: ark %1, overskrifter i rad %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text encoding: %1.</source>
        <translation>Tegnkoding: %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(not imported)</source>
        <translation>(importeres ikke)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column %1: choose what it holds</source>
        <translation>Kolonne %1: velg hva den inneholder</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n activities: %1 OK, %2 to check, %3 not importable.</source>
        <translation>
            <numerusform>%n aktivitet: %1 OK, %2 må sjekkes, %3 kan ikke importeres.</numerusform>
            <numerusform>%n aktiviteter: %1 OK, %2 må sjekkes, %3 kan ikke importeres.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: nothing to check.</source>
        <translation>%1: ingenting å sjekke.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A row cannot be imported; correct it in the file or change the mapping</source>
        <translation>En rad kan ikke importeres; rett den i filen, eller endre hva kolonnene betyr</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New register</source>
        <translation>Ny protokoll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registers (*.ropa)</source>
        <translation>Protokoller (*.ropa)</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::ItemForm</name>
    <message>
        <location filename="../views/itemform.cpp" line="+86"/>
        <source>Select an item in the list, or add one.</source>
        <translation>Velg et element i listen, eller legg til et.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Json</name>
    <message>
        <location filename="../model/jsoncodec.cpp" line="+310"/>
        <source>raw control character U+%1 at byte %2 in a string; write it as \u%1</source>
        <translation>rått kontrolltegn U+%1 ved byte %2 i en streng; skriv det som \u%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the key &quot;%1&quot; is given more than once in this object</source>
        <translation>nøkkelen &quot;%1&quot; er oppgitt mer enn én gang i dette objektet</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Kinds</name>
    <message>
        <location filename="../model/kinds.cpp" line="+14"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Policy settings</source>
        <translation>Innstillinger for personvernerklæring</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subject categories</source>
        <translation>Kategorier av registrerte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data categories</source>
        <translation>Kategorier av personopplysninger</translation>
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
        <translation>Overføringer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Security measures</source>
        <translation>Sikkerhetstiltak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cookies</source>
        <translation>Informasjonskapsler</translation>
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
        <translation>Ny kategori av registrerte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New data category</source>
        <translation>Ny kategori av personopplysninger</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New security measure</source>
        <translation>Nytt sikkerhetstiltak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New cookie</source>
        <translation>Ny informasjonskapsel</translation>
    </message>
    <message>
        <location filename="../views/listpage.cpp" line="+38"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;History...</source>
        <translation>&amp;Historikk...</translation>
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
        <translation>Overføring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-processor chains</source>
        <translation>Kjeder av underdatabehandlere</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Add</source>
        <translation>&amp;Legg til</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dupli&amp;cate</source>
        <translation>&amp;Dupliser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Delete “%1”?</source>
        <translation>Slette «%1»?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These items refer to it and will no longer do so:</source>
        <translation>Disse elementene viser til det og vil ikke lenger gjøre det:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>Du kan angre dette med Rediger &gt; Angre.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>recorded</source>
        <translation>registrert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not recorded</source>
        <translation>ikke registrert</translation>
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
        <translation>Forhåndsvisning av personvernerklæring</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../views/mainwindowlayout.cpp" line="+2"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;åpnet&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../views/mainwindowlayout.cpp" line="-1"/>
        <source>Undo history</source>
        <translation>Angrehistorikk</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New register...</source>
        <translation>&amp;Ny protokoll …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open...</source>
        <translation>&amp;Åpne …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to &amp;server...</source>
        <translation>Koble til &amp;server …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;recent</source>
        <translation>Åpne nylig &amp;brukte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open an e&amp;xample</source>
        <translation>Åpne et e&amp;ksempel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a &amp;copy as...</source>
        <translation>Lagre en &amp;kopi som …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import JSON...</source>
        <translation>&amp;Importer JSON …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a &amp;spreadsheet or Word table...</source>
        <translation>Importer et &amp;regneark eller en Word-tabell …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export JSON...</source>
        <translation>&amp;Eksporter JSON …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;policy...</source>
        <translation>Eksporter &amp;personvernerklæring …</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../views/mainwindowfiles.cpp" line="+312"/>
        <source>P&amp;ublish policy...</source>
        <translation>P&amp;ubliser personvernerklæring …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../views/mainwindowfiles.cpp" line="-1"/>
        <source>P&amp;ublish policy (administrators only)...</source>
        <translation>P&amp;ubliser personvernerklæring (bare administratorer)...</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="vanished">&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="vanished">&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="+10"/>
        <source>&amp;Add</source>
        <translation>&amp;Legg til</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dupli&amp;cate</source>
        <translation>&amp;Dupliser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find...</source>
        <translation>&amp;Finn...</translation>
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
        <translation>&amp;Hjelp</translation>
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
        <translation>Endringen ble ikke lagret</translation>
    </message>
    <message>
        <source>Open a register with File &gt; Open, create one with File &gt; New, or drop a .ropa or .json file here.</source>
        <translation type="vanished">Åpne en protokoll med Fil &gt; Åpne, opprett en med Fil &gt; Ny protokoll, eller slipp en .ropa- eller .json-fil her.</translation>
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
        <translation>%1 kan ikke leses: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a register Fortegnelse can import.

%2</source>
        <translation>%1 er ikke en protokoll som Fortegnelse kan importere.

%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+100"/>
        <source>The register could not be written to %1.

%2</source>
        <translation>Protokollen kunne ikke skrives til %1.

%2</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Imported %1 into %2</source>
        <translation>Importerte %1 til %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be changed: %2

Open it read-only?</source>
        <translation>%1 kan ikke endres: %2

Vil du åpne den skrivebeskyttet?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is open for editing by %2. Only one person can change a register at a time.

Open it read-only? The window will show their changes as they make them.</source>
        <translation>%1 er åpen for redigering hos %2. Bare én person om gangen kan endre en protokoll.

Vil du åpne den skrivebeskyttet? Vinduet viser endringene etter hvert som de gjøres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register in use</source>
        <translation>Protokollen er i bruk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open read-only</source>
        <translation>Åpne skrivebeskyttet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open register</source>
        <translation>Kan ikke åpne protokollen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 cannot be opened.

%2</source>
        <translation>%1 kan ikke åpnes.

%2</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… og %n til</numerusform>
            <numerusform>… og %n til</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register needs repair</source>
        <translation>Protokollen må repareres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 opened, but Fortegnelse found problems it can repair:

%2

A backup copy of the file is kept next to it, and the repair can be undone.</source>
        <translation>%1 ble åpnet, men Fortegnelse fant problemer som kan repareres:

%2

En sikkerhetskopi av filen beholdes ved siden av den, og reparasjonen kan angres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repair</source>
        <translation>Reparer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The register was updated to the current file format; the old file is kept as %1</source>
        <translation>Protokollen ble oppdatert til gjeldende filformat; den gamle filen er beholdt som %1</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="+11"/>
        <source>Cannot repair</source>
        <translation>Kan ikke reparere</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The register was repaired. The file as it was is kept as %1.</source>
        <translation>Protokollen ble reparert. Filen slik den var, er beholdt som %1.</translation>
    </message>
    <message>
        <source>New register</source>
        <translation type="vanished">Ny protokoll</translation>
    </message>
    <message>
        <location filename="../views/mainwindowfiles.cpp" line="+77"/>
        <source>Registers (*.ropa)</source>
        <translation>Protokoller (*.ropa)</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+5"/>
        <source>Cannot create register</source>
        <translation>Kan ikke opprette protokollen</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+28"/>
        <source>The folder %1 cannot be made.</source>
        <translation>Mappen %1 kan ikke opprettes.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The register is saved as %1. Every change is saved as you make it.</source>
        <translation>Protokollen er lagret som %1. Alle endringer lagres etter hvert som du gjør dem.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <location line="+10"/>
        <source>Cannot open the example</source>
        <translation>Kan ikke åpne eksempelet</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Fortegnelse examples</source>
        <translation>Fortegnelse-eksempler</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This is your own copy of the example, saved as %1. Change it as you like.</source>
        <translation>Dette er din egen kopi av eksempelet, lagret som %1. Endre den som du vil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open register</source>
        <translation>Åpne protokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registers (*.ropa);;JSON registers (*.json)</source>
        <translation>Protokoller (*.ropa);;JSON-protokoller (*.json)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save a copy as</source>
        <translation>Lagre en kopi som</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot save a copy</source>
        <translation>Kan ikke lagre en kopi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved a copy as %1</source>
        <translation>Lagret en kopi som %1</translation>
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
        <translation>JSON-protokoller (*.json)</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Import a record</source>
        <translation>Importer en protokoll</translation>
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
            <numerusform>Importerte %n aktivitet som utkast; problemlisten viser hva som må bekreftes.</numerusform>
            <numerusform>Importerte %n aktiviteter som utkast; problemlisten viser hva som må bekreftes.</numerusform>
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
        <translation type="vanished">Nettside (*.html)</translation>
    </message>
    <message>
        <source>Web snippet (*.html)</source>
        <translation type="vanished">Nettsidefragment (*.html)</translation>
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
        <translation type="vanished">Eksporter personvernerklæring</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot export policy</source>
        <translation>Kan ikke eksportere personvernerklæringen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Policy written to %1</source>
        <translation>Personvernerklæringen ble skrevet til %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publish policy</source>
        <translation>Publiser personvernerklæring</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version of the policy you publish now:</source>
        <translation>Versjon av personvernerklæringen du publiserer nå:</translation>
    </message>
    <message>
        <source>The language changes when you start Fortegnelse again.</source>
        <translation type="vanished">Språket endres når du starter Fortegnelse på nytt.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="-289"/>
        <location line="+51"/>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <source>Problems (%1 errors, %2 warnings)</source>
        <translation type="vanished">Problemer (%1 feil, %2 advarsler)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Article 30 &amp;record...</source>
        <translation>&amp;Protokoll etter artikkel 30 …</translation>
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
        <translation>Bekreft som importert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The people this activity concerns:</source>
        <translation>Personene denne aktiviteten gjelder:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What the activity processes, or what one recipient receives of it</source>
        <translation>Hva aktiviteten behandler, eller hva én mottaker mottar av det</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accept the links the import generated as they stand</source>
        <translation>Godta koblingene importen laget, slik de er</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>What the activity processes</source>
        <translation>Hva aktiviteten behandler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recipient %1 (not named yet)</source>
        <translation>Mottaker %1 (ikke navngitt ennå)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What %1 receives</source>
        <translation>Hva %1 mottar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: click to tick or clear the column</source>
        <translation>%1: klikk for å krysse av eller fjerne kryssene i kolonnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: generated by the import, not confirmed; click to tick or clear the row</source>
        <translation>%1: laget ved importen, ikke bekreftet; klikk for å krysse av eller tømme raden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: click to tick or clear the row</source>
        <translation>%1: klikk for å krysse av eller fjerne kryssene i raden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 about %2, sent to this recipient</source>
        <translation>%1 om %2, sendt til denne mottakeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 about %2</source>
        <translation>%1 om %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear all</source>
        <translation>Fjern alle kryss</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tick all</source>
        <translation>Kryss av alle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not confirmed: the import gave this recipient everything the activity processes, because the file did not say what it receives. Clear what it does not receive, or confirm it as it is; until then the record shows it as not stated.</source>
        <translation>Ikke bekreftet: importen ga denne mottakeren alt aktiviteten behandler, fordi filen ikke sa hva den får. Fjern det den ikke får, eller bekreft det slik det er; inntil da viser protokollen det som ikke oppgitt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not confirmed: the import linked every category of data to the people in italics, because the file did not say which data concern whom. Clear what does not apply, or confirm the rows as they are; until then the record shows them as not stated.</source>
        <translation>Ikke bekreftet: importen koblet alle kategorier av opplysninger til de registrerte i kursiv, fordi filen ikke sa hvilke opplysninger som gjelder hvem. Fjern det som ikke stemmer, eller bekreft radene slik de er; inntil da viser protokollen dem som ikke oppgitt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the activity&apos;s data categories and the people it concerns; then tick which data concern which people.</source>
        <translation>Velg aktivitetens kategorier av personopplysninger og personene den gjelder; kryss deretter av for hvilke opplysninger som gjelder hvilke personer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick what this recipient receives. It receives the ticked data about the ticked people: a tick adds its row and column, clearing one removes its column. Grey cells are not processed.</source>
        <translation>Kryss av for hva denne mottakeren mottar. Den mottar de avkryssede opplysningene om de avkryssede personene: et kryss legger til raden og kolonnen, og fjerner du et, fjernes kolonnen. Grå celler behandles ikke.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick which data concern which people: click a cell, or a row or column header for the whole row or column; arrow keys and Space work too.</source>
        <translation>Kryss av for hvilke opplysninger som gjelder hvilke personer: klikk på en celle, eller på en rad- eller kolonneoverskrift for hele raden eller kolonnen; piltastene og mellomromstasten fungerer også.</translation>
    </message>
    <message>
        <source>Choose the activity&apos;s data categories above; then tick which of them concern which people.</source>
        <translation type="vanished">Velg kategoriene av personopplysninger for behandlingsaktiviteten ovenfor; kryss deretter av for hvilke av dem som gjelder hvem.</translation>
    </message>
    <message>
        <source>Tick which data categories concern which people.</source>
        <translation type="vanished">Kryss av for hvilke kategorier av personopplysninger som gjelder hvem.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::NewRegisterDialog</name>
    <message>
        <location filename="../views/newregisterdialog.cpp" line="+67"/>
        <location line="+98"/>
        <source>New register</source>
        <translation>Ny protokoll</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>A few facts to start from. Everything can be changed later, and every change is saved as you make it.</source>
        <translation>Noen opplysninger å begynne med. Alt kan endres senere, og alle endringer lagres etter hvert som du gjør dem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisasjon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Data protection officer:</source>
        <translation>&amp;Personvernombud:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPO&apos;s &amp;e-mail:</source>
        <translation>Personvernombudets &amp;e-post:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Supervisory authority:</source>
        <translation>&amp;Tilsynsmyndighet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register &amp;language:</source>
        <translation>Protokollens s&amp;pråk:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Bla gjennom...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File:</source>
        <translation>F&amp;il:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty if none is appointed</source>
        <translation>La stå tomt hvis det ikke er utpekt noe personvernombud</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create</source>
        <translation>Opprett</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Skriv inn navnet på organisasjonen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already exists. Choose another name.</source>
        <translation>%1 finnes allerede. Velg et annet navn.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Registers (*.ropa)</source>
        <translation>Protokoller (*.ropa)</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Operations</name>
    <message>
        <location filename="../operations/documentoperations.cpp" line="+66"/>
        <source>%1 errors, %2 warnings, %3 advice
</source>
        <translation>%1 feil, %2 advarsler, %3 råd
</translation>
    </message>
    <message>
        <location filename="../operations/registeroperations.cpp" line="+33"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kan ikke leses: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a folder</source>
        <translation>det er en mappe</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>standard output: write failed: %1</source>
        <translation>standard utdata: skriving mislyktes: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>standard output: write failed</source>
        <translation>standard utdata: skriving mislyktes</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kan ikke skrives: %2</translation>
    </message>
    <message>
        <location filename="../operations/serveroperations.cpp" line="-42"/>
        <source>%1: a register cannot be copied onto itself</source>
        <translation>%1: en protokoll kan ikke kopieres til seg selv</translation>
    </message>
    <message>
        <location filename="../operations/historyexport.cpp" line="+83"/>
        <source>the register kept changing while it was read; try again when it is not being edited</source>
        <translation>protokollen ble endret hele tiden mens den ble lest; prøv igjen når den ikke redigeres</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::PdfJoin</name>
    <message>
        <location filename="../generators/pdfjoin.cpp" line="+19"/>
        <source>There are no pages to join.</source>
        <translation>Det er ingen sider å sette sammen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The parts of the PDF could not be joined: %1</source>
        <translation>Delene av PDF-filen kunne ikke settes sammen: %1</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::PgStore</name>
    <message>
        <location filename="../model/pgload.cpp" line="+138"/>
        <source>Updating the register on the server to schema %1 failed, and it was left at %2: %3</source>
        <translation>Oppdateringen av protokollen på serveren til skjema %1 mislyktes, og den står fortsatt på skjema %2: %3</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>created the register&apos;s tables in %1</source>
        <translation>opprettet protokollens tabeller i %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database has a table &quot;meta&quot; but no register in it.</source>
        <translation>Databasen har en tabell &quot;meta&quot;, men ingen protokoll.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The register on the server was set up by a newer version of Fortegnelse (schema %1; this version knows up to %2).</source>
        <translation>Protokollen på serveren ble satt opp av en nyere versjon av Fortegnelse (skjema %1; denne versjonen kjenner til opptil %2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>updated the register&apos;s tables from schema %1 to %2</source>
        <translation>oppdaterte protokollens tabeller fra skjema %1 til %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the register&apos;s tables were there already</source>
        <translation>protokollens tabeller fantes allerede</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>roles %1 (may read), %2 (may edit) and %3 (may also give both to others)</source>
        <translation>rollene %1 (kan lese), %2 (kan redigere) og %3 (kan også gi begge deler til andre)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 holds no register; run &quot;fortegnelse server-init&quot; on it first.</source>
        <translation>%1 inneholder ingen protokoll; kjør &quot;fortegnelse server-init&quot; på den først.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The register on the server has schema version %1; this Fortegnelse writes %2.</source>
        <translation>Protokollen på serveren har skjemaversjon %1; denne versjonen av Fortegnelse skriver %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 already holds a register; a copy never replaces one.</source>
        <translation>%1 inneholder allerede en protokoll; en kopi erstatter aldri en protokoll.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 already holds a history of changes; a copy never adds to one.</source>
        <translation>%1 inneholder allerede en endringshistorikk; en kopi legges aldri til i en eksisterende historikk.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The register on the server is damaged: %1</source>
        <translation>Protokollen på serveren er skadet: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The database %1 does not hold a Fortegnelse register.</source>
        <translation>Databasen %1 inneholder ingen Fortegnelse-protokoll.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The register on the server was set up by a newer version of Fortegnelse (schema %1; this version reads up to %2). Update Fortegnelse to open it.</source>
        <translation>Protokollen på serveren ble satt opp av en nyere versjon av Fortegnelse (skjema %1; denne versjonen leser opptil %2). Oppdater Fortegnelse for å åpne den.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The register on the server has schema version %1 and this version of Fortegnelse needs %2: the database&apos;s owner updates it with &quot;fortegnelse server-init&quot;.</source>
        <translation>Protokollen på serveren har skjemaversjon %1, og denne versjonen av Fortegnelse trenger %2: databasens eier oppdaterer den med &quot;fortegnelse server-init&quot;.</translation>
    </message>
    <message>
        <location line="-353"/>
        <location filename="../model/pgstore.cpp" line="+80"/>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation>PostgreSQL-driveren for Qt er ikke installert (pakken libqt6sql6-psql).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../model/pgstore.cpp" line="+14"/>
        <source>Could not connect to %1: %2</source>
        <translation>Kunne ikke koble til %1: %2</translation>
    </message>
    <message>
        <location filename="../model/pgstore.cpp" line="+20"/>
        <source>%1 holds no register; run &quot;fortegnelse server-init&quot; on it first (%2).</source>
        <translation>%1 inneholder ingen protokoll; kjør &quot;fortegnelse server-init&quot; på den først (%2).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the connection to the server was lost (%1)</source>
        <translation>forbindelsen til serveren ble brutt (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your login (%1) may not change this register</source>
        <translation>påloggingen din (%1) har ikke tillatelse til å endre denne protokollen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your login (%1) may only read this register, so it is open read-only.</source>
        <translation>Påloggingen din (%1) har bare lesetilgang til denne protokollen, så den er åpnet skrivebeskyttet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only the register&apos;s administrators (role %1) publish the policy and submit the record; your login (%2) is not one of them.</source>
        <translation>Bare protokollens administratorer (rollen %1) publiserer personvernerklæringen og sender inn protokollen; påloggingen din (%2) er ikke en av dem.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to the server was lost.</source>
        <translation>Forbindelsen til serveren ble brutt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the register is open read-only</source>
        <translation>protokollen er åpnet skrivebeskyttet</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>a colleague</source>
        <translation>en kollega</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a colleague deleted %1 after this window read it. The register is read again.</source>
        <translation>en kollega slettet %1 etter at dette vinduet leste det inn. Protokollen er lest inn på nytt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 changed %2 at %3 after this window read it. Their version is shown now; make your change again if it still applies.</source>
        <translation>%1 endret %2 %3, etter at dette vinduet leste det inn. Den versjonen vises nå; gjør endringen din på nytt hvis den fortsatt er aktuell.</translation>
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
        <translation type="vanished">Overføring til %1</translation>
    </message>
    <message>
        <source>Transfer (recipient and country not given yet)</source>
        <translation type="vanished">Overføring (mottaker og land er ikke oppgitt ennå)</translation>
    </message>
    <message>
        <location filename="../model/labels.cpp" line="+243"/>
        <source>Unnamed %1</source>
        <translation>%1 uten navn</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::PolicyDocument</name>
    <message>
        <location filename="../generators/policydocument.cpp" line="+126"/>
        <source>Template output, line %1, column %2: %3</source>
        <translation>Malens utdata, linje %1, kolonne %2: %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>text &quot;%1&quot; outside a paragraph in &lt;%2&gt;</source>
        <translation>teksten &quot;%1&quot; utenfor et avsnitt i &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&lt;%1&gt; is not allowed here</source>
        <translation>&lt;%1&gt; er ikke tillatt her</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>text outside &lt;li&gt; in &lt;%1&gt;</source>
        <translation>tekst utenfor &lt;li&gt; i &lt;%1&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+74"/>
        <source>&lt;%1&gt; is not allowed in &lt;%2&gt;</source>
        <translation>&lt;%1&gt; er ikke tillatt i &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>&lt;%1&gt; is not allowed in &lt;table&gt;</source>
        <translation>&lt;%1&gt; er ikke tillatt i &lt;table&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;%1&gt; is not allowed in &lt;tr&gt;</source>
        <translation>&lt;%1&gt; er ikke tillatt i &lt;tr&gt;</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::PolicyDrift</name>
    <message>
        <location filename="../operations/policydrift.cpp" line="+308"/>
        <source>the policy cannot be made from the register now: %1</source>
        <translation>personvernerklæringen kan ikke lages ut fra protokollen nå: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the published policy keeps no text in &quot;%1&quot;</source>
        <translation>den publiserte personvernerklæringen inneholder ingen tekst på &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the published text cannot be read back: %1</source>
        <translation>den publiserte teksten kan ikke leses inn igjen: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>it keeps no HTML</source>
        <translation>den inneholder ingen HTML</translation>
    </message>
    <message numerus="yes">
        <location filename="../operations/policydriftreport.cpp" line="+60"/>
        <source>The privacy policy published as version %1 would read differently now in %n section(s): %2. Publish it again so that the information given under Art. 13 and 14 matches the record (WP260 rev.01 on changes to the information); fortegnelse drift lists the sentences.</source>
        <translation>
            <numerusform>Personvernerklæringen som ble publisert som versjon %1, ville nå fått en annen ordlyd i %n avsnitt: %2. Publiser den på nytt, slik at informasjonen etter art. 13 og 14 stemmer med protokollen (WP260 rev.01 om endringer i informasjonen); fortegnelse drift viser setningene.</numerusform>
            <numerusform>Personvernerklæringen som ble publisert som versjon %1, ville nå fått en annen ordlyd i %n avsnitt: %2. Publiser den på nytt, slik at informasjonen etter art. 13 og 14 stemmer med protokollen (WP260 rev.01 om endringer i informasjonen); fortegnelse drift viser setningene.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The policy has not been published since the register began keeping snapshots, so there is nothing to compare with.</source>
        <translation>Personvernerklæringen er ikke publisert siden protokollen begynte å lagre øyeblikksbilder, så det finnes ingenting å sammenligne med.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The drift cannot be worked out: %1</source>
        <translation>Avviket kan ikke fastslås: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The policy published as version %1 would read the same if it were made now (%2).</source>
        <translation>Personvernerklæringen som ble publisert som versjon %1, ville fått samme ordlyd om den ble laget nå (%2).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n section(s) of the policy published as version %1 would read differently now (%2):</source>
        <translation>
            <numerusform>%n avsnitt i personvernerklæringen som ble publisert som versjon %1, ville nå fått en annen ordlyd (%2):</numerusform>
            <numerusform>%n avsnitt i personvernerklæringen som ble publisert som versjon %1, ville nå fått en annen ordlyd (%2):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The policy made again from the register as published differs from the kept text, so the kept text itself was compared; a change of a link&apos;s target alone is not seen.</source>
        <translation>Personvernerklæringen laget på nytt ut fra protokollen slik den var ved publiseringen, avviker fra den lagrede teksten, så det er den lagrede teksten selv som er sammenlignet; en endring som bare gjelder hvor en lenke peker, blir ikke oppdaget.</translation>
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
        <translation>Avsnitt som ikke lenger finnes: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>- removed: %1</source>
        <translation>- fjernet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+ added: %1</source>
        <translation>+ lagt til: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  the same sentences, in another order</source>
        <translation>  de samme setningene, i en annen rekkefølge</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::PolicyGenerator</name>
    <message>
        <source>Template %1: %2</source>
        <translation type="vanished">Mal %1: %2</translation>
    </message>
    <message>
        <location filename="../generators/policygenerator.cpp" line="+94"/>
        <source>No subject category &quot;%1&quot; in the register; use one of: %2</source>
        <translation>Protokollen har ingen kategori av registrerte med navnet &quot;%1&quot;; bruk en av: %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The templates left a {{ marker }} in the policy.</source>
        <translation>Malene etterlot en {{ markør }} i personvernerklæringen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This notice has no first layer: it is the short notice of a processor already.</source>
        <translation>Denne meldingen har ikke noe første lag: den er allerede den korte meldingen fra en databehandler.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::PolicyPreview</name>
    <message>
        <location filename="../views/policypreview.cpp" line="+33"/>
        <source>&amp;Language:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;or:</source>
        <translation>F&amp;or:</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Everyone (the whole policy)</source>
        <translation>Alle (hele personvernerklæringen)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The policy cannot be generated: %1</source>
        <translation>Personvernerklæringen kan ikke genereres: %1</translation>
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
        <translation>Hurtigretting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixes for the selected problem, where one is obvious</source>
        <translation>Rettinger for det valgte problemet, der en retting er åpenbar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Severity</source>
        <translation>Alvorlighet</translation>
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
        <translation>Rettingen ble ikke utført: protokollen er endret siden problemet ble oppført, eller endringen kunne ikke lagres.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n feil</numerusform>
            <numerusform>%n feil</numerusform>
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
        <translation>Før opp overføringen til %1 for «%2» (du velger overføringsgrunnlaget etterpå)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Keep %1 as “%2”: %3 from %4</source>
        <translation>Lagre %1 som «%2»: %3 fra %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Answer whether “%1” needs a DPIA</source>
        <translation>Svar på om «%1» krever en vurdering av personvernkonsekvenser</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Review which data concern whom in “%1”</source>
        <translation>Gå gjennom hvilke opplysninger som gjelder hvem i «%1»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confirm that each recipient receives everything listed, as imported</source>
        <translation>Bekreft at hver mottaker får alt som er oppført, slik det ble importert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm that all the data concern every category of data subjects, as imported</source>
        <translation>Bekreft at alle opplysningene gjelder alle kategorier av registrerte, slik det ble importert</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::RecordExportDialog</name>
    <message>
        <location filename="../views/recordexportdialog.cpp" line="+93"/>
        <location line="+158"/>
        <source>Export record</source>
        <translation>Eksporter protokoll</translation>
    </message>
    <message numerus="yes">
        <location line="-146"/>
        <source>The register has %n error(s). The record will show a gap where a fact the law requires is missing; fix the errors before you send it.</source>
        <translation>
            <numerusform>Protokollen har %n feil. Der en opplysning som loven krever, mangler, vil dokumentet ha et hull; rett feilen før du sender den.</numerusform>
            <numerusform>Protokollen har %n feil. Der en opplysning som loven krever, mangler, vil dokumentet ha et hull; rett feilene før du sender den.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Language of the record:</source>
        <translation>Protokollens språk:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF, to print or send</source>
        <translation>PDF, for utskrift eller innsending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ODT, to edit in LibreOffice or Word</source>
        <translation>ODT, for redigering i LibreOffice eller Word</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Bla gjennom...</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Print record</source>
        <translation>Skriv ut protokoll</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;File:</source>
        <translation>F&amp;il:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Append the changes since the record submitted on %1</source>
        <translation>&amp;Legg ved endringene siden protokollen som ble sendt inn %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Append the changes since the record last submitted</source>
        <translation>&amp;Legg ved endringene siden protokollen sist ble sendt inn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No record has been marked as submitted yet, so there is nothing to compare with.</source>
        <translation>Ingen protokoll er merket som sendt inn ennå, så det finnes ingenting å sammenligne med.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Mark as submitted to the supervisory authority on</source>
        <translation>&amp;Merk som sendt inn til tilsynsmyndigheten den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark as submitted to %1 on</source>
        <translation>&amp;Merk som sendt inn til %1 den</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>if the authority gave one</source>
        <translation>hvis myndigheten har gitt et</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;case no.</source>
        <translation>&amp;saksnr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The register then keeps the record&apos;s contents, so you can show later what was sent and print it again.</source>
        <translation>Innholdet i protokollen lagres da, slik at du senere kan vise hva som ble sendt, og skrive den ut igjen.</translation>
    </message>
    <message>
        <source>The register then keeps the record&apos;s contents and the SHA-256 of the same record as PDF, so you can show later what was sent.</source>
        <translation type="vanished">Innholdet i protokollen og SHA-256 for den samme protokollen som PDF lagres da, slik at du senere kan vise hva som ble sendt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+48"/>
        <source>The register then keeps the record&apos;s contents and the SHA-256 of the file, so you can show later what was sent.</source>
        <translation>Innholdet i protokollen og SHA-256 for filen lagres da, slik at du senere kan vise hva som ble sendt.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Print...</source>
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Only the PDF can be marked as submitted: it is what the authority receives.</source>
        <translation>Bare PDF-filen kan merkes som innsendt: det er den tilsynsmyndigheten mottar.</translation>
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
        <translation>&quot;%1&quot; er ikke et språk for protokollen; bruk da, nb, sv eller en.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record needs the date it is made on.</source>
        <translation>Protokollen må ha datoen den er utarbeidet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The record was cancelled.</source>
        <translation>Genereringen av protokollen ble avbrutt.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The templates left a {{ marker }} in the record.</source>
        <translation>Malene etterlot en {{ markør }} i protokollen.</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>The record template %1 is missing.</source>
        <translation>Malen for protokollen, %1, mangler.</translation>
    </message>
    <message>
        <source>Template %1: %2</source>
        <translation type="vanished">Mal %1: %2</translation>
    </message>
    <message>
        <location filename="../generators/recordannex.cpp" line="+59"/>
        <source>The names of the fields in &quot;%1&quot; are not in this program, so the record&apos;s annex of changes cannot be written.</source>
        <translation>Feltnavnene på språket &quot;%1&quot; finnes ikke i dette programmet, så vedlegget til protokollen med endringene kan ikke skrives.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::RecordPainter</name>
    <message>
        <location filename="../generators/recordlayout.cpp" line="+336"/>
        <location filename="../generators/recordpainter.cpp" line="+143"/>
        <location line="+37"/>
        <source>The record was cancelled.</source>
        <translation>Protokollen ble avbrutt.</translation>
    </message>
    <message>
        <location filename="../generators/recordpainter.cpp" line="-92"/>
        <source>The record cannot be painted on this device.</source>
        <translation>Protokollen kan ikke tegnes på denne enheten.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>A new page could not be started.</source>
        <translation>En ny side kunne ikke startes.</translation>
    </message>
    <message>
        <location filename="../generators/recordlayout.cpp" line="-177"/>
        <source>The record is too long to lay out at this resolution (%1 pages in one section). Make the controller and processor records separately, or print at a lower resolution.</source>
        <translation>Protokollen er for lang til å settes opp med denne oppløsningen (%1 sider i én del). Lag protokollene som behandlingsansvarlig og som databehandler hver for seg, eller skriv ut med lavere oppløsning.</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>The table of contents does not match the headings of the record.</source>
        <translation>Innholdsfortegnelsen samsvarer ikke med overskriftene i protokollen.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::RecordWindow</name>
    <message>
        <location filename="../views/recordwindow.cpp" line="+38"/>
        <source>&amp;Make record</source>
        <translation>&amp;Lag protokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export PDF...</source>
        <translation>&amp;Eksporter PDF …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print...</source>
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Record of processing activities</source>
        <translation>Protokoll over behandlingsaktiviteter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Controller and processor records</source>
        <translation>Protokoller som behandlingsansvarlig og databehandler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controller record (Art. 30(1))</source>
        <translation>Protokoll som behandlingsansvarlig (art. 30 nr. 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processor record (Art. 30(2))</source>
        <translation>Protokoll som databehandler (art. 30 nr. 2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit width</source>
        <translation>Tilpass bredde</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Page</source>
        <translation>Side</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The record could not be made.</source>
        <translation>Protokollen kunne ikke lages.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Record</source>
        <translation>Protokoll</translation>
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
        <translation>Det finnes ingen protokoll å eksportere ennå.</translation>
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
        <translation>Eksporter protokoll</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record was written to %1 and marked as submitted to %2 on %3.</source>
        <translation>Protokollen ble skrevet til %1 og merket som sendt inn til %2 %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The record was written to %1.</source>
        <translation>Protokollen ble skrevet til %1.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>No record has been marked as submitted yet, so there are no changes to append.</source>
        <translation>Ingen protokoll er merket som sendt inn ennå, så det finnes ingen endringer å legge ved.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The record was printed and marked as submitted to %1 on %2.</source>
        <translation>Protokollen ble skrevet ut og merket som sendt inn til %1 %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no record to print yet.</source>
        <translation>Det finnes ingen protokoll å skrive ut ennå.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record was not printed: %1</source>
        <translation>Protokollen ble ikke skrevet ut: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The record was printed, but not marked as submitted: %1</source>
        <translation>Protokollen ble skrevet ut, men ikke merket som sendt inn: %1</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>The record was neither written nor marked as submitted: %1</source>
        <translation>Protokollen ble verken skrevet eller merket som sendt inn: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The record was marked as submitted, but %1 could not be written: %2</source>
        <translation>Protokollen ble merket som sendt inn, men %1 kunne ikke skrives: %2</translation>
    </message>
    <message>
        <source>fortegnelse.pdf</source>
        <translation type="vanished">protokoll.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="vanished">PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Print record</source>
        <translation>Skriv ut protokoll</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::ReferenceData</name>
    <message>
        <location filename="../model/referencedata.cpp" line="+230"/>
        <source>“%1” is not a known %2</source>
        <extracomment>%1 is a code as stored, %2 the list it is not in (&quot;Art. 6(1) legal basis&quot;)</extracomment>
        <translation>«%1» er ikke en kjent kode (%2)</translation>
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
        <translation>nei</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+28"/>
        <source>No differences.</source>
        <translation>Ingen forskjeller.</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+30"/>
        <source>%1: added</source>
        <translation>%1: lagt til</translation>
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
        <translation>protokollen ble endret utenfor Fortegnelse etter %1, så den tidligere tilstanden er ukjent</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the earlier state could not be rebuilt</source>
        <translation>den tidligere tilstanden kunne ikke gjenskapes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the earlier state could not be rebuilt: %1</source>
        <translation>den tidligere tilstanden kunne ikke gjenskapes: %1</translation>
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
        <translation>adressen inneholder et passord; Fortegnelse lagrer aldri passord. Legg det i ~/.pgpass (eller bruk en tjenestefil), og oppgi adressen uten passordet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the address contains a password; Fortegnelse never keeps one. Put it in ~/.pgpass.</source>
        <translation>adressen inneholder et passord; Fortegnelse lagrer aldri passord. Legg det i ~/.pgpass.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the option &quot;%1&quot; of the address has a space or &quot;;&quot; in it, which cannot be passed on</source>
        <translation>alternativet &quot;%1&quot; i adressen inneholder et mellomrom eller &quot;;&quot;, og det kan ikke sendes videre</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the address names no database: postgresql://user@host/database</source>
        <translation>adressen angir ingen database: postgresql://bruker@vert/database</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 exists already; a copy never replaces a register.</source>
        <translation>%1 finnes allerede; en kopi erstatter aldri en protokoll.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::RegisterLock</name>
    <message>
        <location filename="../model/registerlock.cpp" line="+40"/>
        <source>another user</source>
        <translation>en annen bruker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2 since %3</source>
        <translation>%1 på %2 siden %3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The lock file %1 cannot be written next to the register.</source>
        <translation>Låsefilen %1 kan ikke skrives ved siden av protokollen.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::RetentionPage</name>
    <message>
        <location filename="../views/retentionpage.cpp" line="+22"/>
        <source>Retention schedule</source>
        <translation>Oversikt over lagring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every retention rule in the register. Rules are kept with their processing activity: double-click a rule to edit it there.</source>
        <translation>Alle lagringsregler i protokollen. Reglene hører til behandlingsaktiviteten sin: dobbeltklikk på en regel for å redigere den der.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>All of the activity&apos;s data</source>
        <translation>Alle opplysningene i aktiviteten</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Reviews</name>
    <message>
        <location filename="../operations/reviews.cpp" line="+118"/>
        <source>Review the processing activity “%1”</source>
        <translation>Gå gjennom behandlingsaktiviteten «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the agreement with “%1”</source>
        <translation>Gå gjennom avtalen med «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the Data Privacy Framework certification of “%1”</source>
        <translation>Kontroller Data Privacy Framework-sertifiseringen til «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the data protection impact assessment of “%1”</source>
        <translation>Gå gjennom vurderingen av personvernkonsekvenser for «%1»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>overdue</source>
        <translation>forfalt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>due</source>
        <translation>forfaller</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n review(s) due</source>
        <translation>
            <numerusform>%n gjennomgang forfaller</numerusform>
            <numerusform>%n gjennomganger forfaller</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n forfalt</numerusform>
            <numerusform>%n forfalt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fortegnelse::SafeOutput</name>
    <message>
        <location filename="../operations/safeoutput.cpp" line="+34"/>
        <source>it is a symbolic link; give the name of the file itself</source>
        <translation>det er en symbolsk lenke; oppgi navnet på selve filen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a folder</source>
        <translation>det er en mappe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a named pipe, not a file</source>
        <translation>det er en navngitt pipe, ikke en fil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is a device, not a file</source>
        <translation>det er en enhet, ikke en fil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a socket, not a file</source>
        <translation>det er en socket, ikke en fil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not an ordinary file</source>
        <translation>det er ikke en vanlig fil</translation>
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
        <translation>%1: kan ikke skrives: det er inndatafilen %2; oppgi en annen utdatafil</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the disk is full</source>
        <translation>disken er full</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::SearchPalette</name>
    <message>
        <location filename="../views/searchpalette.cpp" line="+27"/>
        <source>Find in the register</source>
        <translation>Søk i protokollen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name, text or code, e.g. Løn, Mailchimp, art46-2-c</source>
        <translation>Navn, tekst eller kode, f.eks. Lønn, Mailchimp, art46-2-c</translation>
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
        <translation type="vanished">adressen inneholder et passord; Fortegnelse lagrer aldri passord. Legg det i ~/.pgpass (eller bruk en tjenestefil), og oppgi adressen uten passordet.</translation>
    </message>
    <message>
        <source>the address contains a password; Fortegnelse never keeps one. Put it in ~/.pgpass.</source>
        <translation type="vanished">adressen inneholder et passord; Fortegnelse lagrer aldri passord. Legg det i ~/.pgpass.</translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; of the address has a space or &quot;;&quot; in it, which cannot be passed on</source>
        <translation type="vanished">alternativet &quot;%1&quot; i adressen inneholder et mellomrom eller &quot;;&quot;, og det kan ikke sendes videre</translation>
    </message>
    <message>
        <source>the address names no database: postgresql://user@host/database</source>
        <translation type="vanished">adressen angir ingen database: postgresql://bruker@vert/database</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::SnapshotsDialog</name>
    <message>
        <location filename="../views/snapshotsdialog.cpp" line="+48"/>
        <source>No new folder can be made in %1.</source>
        <translation>Det kan ikke opprettes noen ny mappe i %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Snapshots: what was published and submitted</source>
        <translation>Øyeblikksbilder: hva som er publisert og sendt inn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the documents in</source>
        <translation>Lagre dokumentene i</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publishing the policy and submitting the record keep what the register said at that moment. Compare one with the register now, or save what was sent.</source>
        <translation>Når personvernerklæringen publiseres og protokollen sendes inn, lagres det protokollen inneholdt i det øyeblikket. Sammenlign et øyeblikksbilde med protokollen slik den er nå, eller lagre det som ble sendt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Compare with now</source>
        <translation>&amp;Sammenlign med nå</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save documents...</source>
        <translation>&amp;Lagre dokumenter...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the &amp;published text...</source>
        <translation>Vis den &amp;publiserte teksten...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open read-only</source>
        <translation>&amp;Åpne skrivebeskyttet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the register as it stood at this snapshot in a window of its own, where it can be read, checked and exported but not changed.</source>
        <translation>Åpner protokollen slik den var i dette øyeblikksbildet, i et eget vindu der den kan leses, kontrolleres og eksporteres, men ikke endres.</translation>
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
        <translation>Da</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Nå</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The snapshots cannot be read: %1</source>
        <translation>Øyeblikksbildene kan ikke leses: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SHA-256 of the record sent: %1</source>
        <translation>SHA-256 for protokollen som ble sendt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No snapshots yet: the policy has not been published nor the record submitted since the register began keeping them.</source>
        <translation>Ingen øyeblikksbilder ennå: personvernerklæringen er ikke publisert og protokollen ikke sendt inn siden protokollen begynte å lagre dem.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+23"/>
        <location line="+38"/>
        <location line="+15"/>
        <source>Cannot read the snapshot</source>
        <translation>Kan ikke lese øyeblikksbildet</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>The snapshot keeps no text in this language.</source>
        <translation>Øyeblikksbildet inneholder ingen tekst på dette språket.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, as published</source>
        <translation>%1 – teksten slik den ble publisert</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The snapshot is no longer in the register.</source>
        <translation>Øyeblikksbildet finnes ikke lenger i protokollen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(did not exist)</source>
        <translation>(fantes ikke)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(deleted)</source>
        <translation>(slettet)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing has changed since %1.</source>
        <translation>Ingenting er endret siden %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n difference(s) between %1 and now:</source>
        <translation>
            <numerusform>%n forskjell mellom %1 og nå:</numerusform>
            <numerusform>%n forskjeller mellom %1 og nå:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Policy %1 published %2</source>
        <translation>Personvernerklæring versjon %1 publisert %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record submitted %1</source>
        <translation>Protokoll sendt inn %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These are the texts as they were published.</source>
        <translation>Dette er tekstene slik de ble publisert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The record is made again from the register as it was submitted on paper: its content is the record printed.</source>
        <translation>Protokollen lages på nytt fra registeret slik det var da protokollen ble sendt inn på papir: innholdet er den utskrevne protokollen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record is made again from the register as it was submitted: its content is the record sent, its bytes are not. The file sent had SHA-256 %1.</source>
        <translation>Protokollen er laget på nytt ut fra det protokollen inneholdt da den ble sendt inn: innholdet er det samme som i protokollen som ble sendt, men filen er ikke identisk byte for byte. Filen som ble sendt, hadde SHA-256 %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot save the documents</source>
        <translation>Kan ikke lagre dokumentene</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The snapshot holds no documents.</source>
        <translation>Øyeblikksbildet inneholder ingen dokumenter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documents saved</source>
        <translation>Dokumentene er lagret</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) saved in %1.</source>
        <translation>
            <numerusform>%n fil er lagret i %1.</numerusform>
            <numerusform>%n filer er lagret i %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fortegnelse::StartPage</name>
    <message>
        <location filename="../views/startpage.cpp" line="+67"/>
        <source>Øsyn: an optician&apos;s shop with a web shop (Danish)</source>
        <translation>Øsyn: en optikerforretning med nettbutikk (dansk)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Octopus: an energy supplier (English)</source>
        <translation>Octopus: en energileverandør (engelsk)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deskhero: a software company with a help desk (English)</source>
        <translation>Deskhero: et programvareselskap med brukerstøtte (engelsk)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Welcome to Fortegnelse</source>
        <translation>Velkommen til Fortegnelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fortegnelse keeps your record of processing activities (GDPR Article 30) and writes your privacy policy from it. Every change is saved as you make it.</source>
        <translation>Fortegnelse fører protokollen over behandlingsaktiviteter (personvernforordningen artikkel 30) og skriver personvernerklæringen ut fra den. Alle endringer lagres etter hvert som du gjør dem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New register...</source>
        <translation>&amp;Ny protokoll...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open...</source>
        <translation>&amp;Åpne...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import a spreadsheet or Word table...</source>
        <translation>&amp;Importer et regneark eller en Word-tabell...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a register from the record you keep today (XLSX, ODS, CSV, DOCX or ODT)</source>
        <translation>Importer protokollen du fører i dag (XLSX, ODS, CSV, DOCX eller ODT)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recent registers</source>
        <translation>Nylig brukte protokoller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None yet. A register you open or create appears here.</source>
        <translation>Ingen ennå. Protokoller du åpner eller oppretter, vises her.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Examples</source>
        <translation>Eksempler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registers made from three real privacy policies. Opening one makes a copy you can change; the window&apos;s title says where it is.</source>
        <translation>Protokoller laget ut fra tre virkelige personvernerklæringer. Når du åpner en, lages en kopi du kan endre; vindustittelen viser hvor den ligger.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the register holds</source>
        <translation>Hva protokollen inneholder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Privacy policy</source>
        <translation>Personvernerklæring</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reviews</source>
        <translation>Gjennomganger</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record of processing activities</source>
        <translation>Protokoll over behandlingsaktiviteter</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The checks find nothing to report.</source>
        <translation>Kontrollene finner ingenting å melde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2 to look at</source>
        <translation>%1 og %2 å se på</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n feil</numerusform>
            <numerusform>%n feil</numerusform>
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
        <translation>Ikke publisert ennå. Når du publiserer den (Fil &gt; Publiser personvernerklæring), husker protokollen versjonen og tidspunktet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1 published on %2.</source>
        <translation>Versjon %1 publisert %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;The register has changed since then&lt;/b&gt;: the published policy may be out of date.</source>
        <translation>&lt;b&gt;Protokollen er endret siden den gang&lt;/b&gt;: den publiserte personvernerklæringen kan være utdatert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The register has not changed since then.</source>
        <translation>Protokollen er ikke endret siden den gang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the policy...</source>
        <translation>Eksporter personvernerklæringen...</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Nothing is due for review in the next %n day(s).</source>
        <translation>
            <numerusform>Ingenting skal gjennomgås i løpet av den neste %n dagen.</numerusform>
            <numerusform>Ingenting skal gjennomgås i løpet av de neste %n dagene.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 overdue, %2 due in the next %3 days:</source>
        <translation>%1 forfalt, %2 forfaller i løpet av de neste %3 dagene:</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n due in the next %1 days:</source>
        <translation>
            <numerusform>%n forfaller i løpet av de neste %1 dagene:</numerusform>
            <numerusform>%n forfaller i løpet av de neste %1 dagene:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (overdue since %2)</source>
        <translation>%1 (forfalt siden %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (by %2)</source>
        <translation>%1 (innen %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>and %n more.</source>
        <translation>
            <numerusform>og %n til.</numerusform>
            <numerusform>og %n til.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Whether the record was submitted cannot be read.</source>
        <translation>Det kan ikke leses om protokollen er sendt inn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not submitted to the supervisory authority from this register yet.</source>
        <translation>Ingen protokoll er sendt inn til tilsynsmyndigheten herfra ennå.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the record...</source>
        <translation>Vis protokollen...</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Storage</name>
    <message>
        <location filename="../model/storage.cpp" line="+19"/>
        <source>This register cannot be copied to a file.</source>
        <translation>Denne protokollen kan ikke kopieres til en fil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This register cannot be backed up here.</source>
        <translation>Det kan ikke tas sikkerhetskopi av denne protokollen her.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This register cannot be repaired here.</source>
        <translation>Denne protokollen kan ikke repareres her.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This register keeps no snapshots.</source>
        <translation>Denne protokollen lagrer ingen øyeblikksbilder.</translation>
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
        <translation>%1: det lagrede elementet har en annen ID: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../model/store.cpp" line="+74"/>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>SQLite-driveren for Qt er ikke installert (pakken libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location filename="../model/storefiles.cpp" line="-131"/>
        <source>The file does not exist.</source>
        <translation>Filen finnes ikke.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a file.</source>
        <translation>Dette er ikke en fil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file cannot be read: %1</source>
        <translation>Filen kan ikke leses: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is empty, so it is not a register.</source>
        <translation>Filen er tom og er derfor ikke en protokoll.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a Fortegnelse register: it is not an SQLite database.</source>
        <translation>Dette er ikke en Fortegnelse-protokoll: det er ikke en SQLite-database.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is read-only; Fortegnelse saves every change at once, so it needs to write to it and its folder. Open it read-only or open a copy instead.</source>
        <translation>Filen er skrivebeskyttet; Fortegnelse lagrer hver endring med én gang og må derfor kunne skrive til den og mappen den ligger i. Åpne den skrivebeskyttet, eller åpne en kopi i stedet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is a link; give the name of the file itself.</source>
        <translation>%1 er en lenke; oppgi navnet på selve filen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a regular file, so it is not replaced.</source>
        <translation>%1 er ikke en vanlig fil, så den erstattes ikke.</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+6"/>
        <source>a private copy could not be written</source>
        <translation>en privat kopi kunne ikke skrives</translation>
    </message>
    <message>
        <source>The file is read-only; Fortegnelse saves every change at once, so it needs to write to it. Open a copy instead.</source>
        <translation type="vanished">Filen er skrivebeskyttet; Fortegnelse lagrer hver endring med én gang og må derfor kunne skrive til den. Åpne en kopi i stedet.</translation>
    </message>
    <message>
        <location filename="../model/store.cpp" line="+144"/>
        <source>The file cannot be opened as a database: %1</source>
        <translation>Filen kan ikke åpnes som database: %1</translation>
    </message>
    <message>
        <location filename="../model/storeload.cpp" line="-147"/>
        <location line="+17"/>
        <source>The register is busy: another program is writing it. Try again in a moment.</source>
        <translation>Protokollen er opptatt: et annet program skriver til den. Prøv igjen om et øyeblikk.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The file is damaged beyond what Fortegnelse can repair: SQLite cannot read it (%1).</source>
        <translation>Filen er for skadet til at Fortegnelse kan reparere den: SQLite kan ikke lese den (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file cannot be read as a database: %1</source>
        <translation>Filen kan ikke leses som en database: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file is damaged (the database integrity check failed): %1</source>
        <translation>Filen er skadet (integritetskontrollen av databasen mislyktes): %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is damaged (the database integrity check failed).</source>
        <translation>Filen er skadet (integritetskontrollen av databasen mislyktes).</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <location line="+7"/>
        <source>This is an SQLite database, but not a Fortegnelse register.</source>
        <translation>Dette er en SQLite-database, men ikke en Fortegnelse-protokoll.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is damaged: it has no valid schema version.</source>
        <translation>Filen er skadet: den har ingen gyldig skjemaversjon.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This register was saved by a newer version of Fortegnelse (file format %1; this version reads up to %2). Update Fortegnelse to open it.</source>
        <translation>Denne protokollen ble lagret av en nyere versjon av Fortegnelse (filformat %1; denne versjonen leser opptil %2). Oppdater Fortegnelse for å åpne den.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the table is not defined the way Fortegnelse defines it</source>
        <translation>tabellen er ikke definert slik Fortegnelse definerer den</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fortegnelse never creates this; it was not run</source>
        <translation>Fortegnelse oppretter aldri dette; det ble ikke kjørt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the table is missing</source>
        <translation>tabellen mangler</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>a second item with this id</source>
        <translation>et element til med denne id-en</translation>
    </message>
    <message>
        <location filename="../model/storecopies.cpp" line="-48"/>
        <location filename="../model/storefiles.cpp" line="+36"/>
        <source>the disk is full</source>
        <translation>disken er full</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk could not be written (input/output error): %1</source>
        <translation>kunne ikke skrive til disken (inn/ut-feil): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another program is writing the register; try again in a moment</source>
        <translation>et annet program skriver til protokollen; prøv igjen om et øyeblikk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file or its folder is read-only</source>
        <translation>filen eller mappen den ligger i, er skrivebeskyttet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it took too long and was stopped</source>
        <translation>det tok for lang tid og ble stoppet</translation>
    </message>
    <message>
        <location filename="../model/store.cpp" line="-75"/>
        <location filename="../operations/historyexport.cpp" line="-9"/>
        <source>The file is damaged: %1. Run &quot;fortegnelse repair&quot; or open it in Fortegnelse to repair it.</source>
        <translation>Filen er skadet: %1. Kjør &quot;fortegnelse repair&quot;, eller åpne den i Fortegnelse for å reparere den.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The register is open for editing by %1.</source>
        <translation>Protokollen er åpen for redigering hos %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file is damaged: %1</source>
        <translation>Filen er skadet: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The register needs updating to the current file format, but a backup could not be written to %1. The file was left as it was.</source>
        <translation>Protokollen må oppdateres til gjeldende filformat, men en sikkerhetskopi kunne ikke skrives til %1. Filen er ikke endret.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Updating the file format failed: %1. A backup of the file as it was is beside it.</source>
        <translation>Oppdateringen av filformatet mislyktes: %1. En sikkerhetskopi av filen slik den var, ligger ved siden av den.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The register was left mid-write by a crash and could not be recovered: %1</source>
        <translation>Skrivingen av protokollen ble avbrutt av et krasj, og den kunne ikke gjenopprettes: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Reading the file took longer than %1 seconds and was stopped.</source>
        <translation>Innlesingen av filen tok mer enn %1 sekunder og ble stoppet.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>the folder it would go in does not exist</source>
        <translation>mappen den skulle ligge i, finnes ikke</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The register is open for editing by %1; close it there first.</source>
        <translation>Protokollen er åpen for redigering hos %1; lukk den der først.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the register is open read-only</source>
        <translation>protokollen er åpnet skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../model/storecopies.cpp" line="+27"/>
        <source>A copy cannot replace the register it is a copy of.</source>
        <translation>En kopi kan ikke erstatte protokollen den er en kopi av.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is open for editing by %2.</source>
        <translation>%1 er åpen for redigering hos %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A backup could not be written to %1.</source>
        <translation>En sikkerhetskopi kunne ikke skrives til %1.</translation>
    </message>
    <message>
        <location filename="../model/sqliteguard.cpp" line="+52"/>
        <source>The database connection is not an SQLite connection.</source>
        <translation>Databasetilkoblingen er ikke en SQLite-tilkobling.</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/step.cpp" line="+75"/>
        <source> (and %n more)</source>
        <translation>
            <numerusform> (og %n til)</numerusform>
            <numerusform> (og %n til)</numerusform>
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
        <translation>endringsloggen skrives bare innenfor et trinn</translation>
    </message>
    <message>
        <location filename="../model/pgsnapshots.cpp" line="+15"/>
        <location filename="../model/storesnapshots.cpp" line="+101"/>
        <source>a snapshot is kept only within a step</source>
        <translation>et øyeblikksbilde lagres bare innenfor et trinn</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::StoreFiles</name>
    <message>
        <source>The file does not exist.</source>
        <translation type="vanished">Filen finnes ikke.</translation>
    </message>
    <message>
        <source>This is not a file.</source>
        <translation type="vanished">Dette er ikke en fil.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="vanished">Filen kan ikke leses: %1</translation>
    </message>
    <message>
        <source>The file is empty, so it is not a register.</source>
        <translation type="vanished">Filen er tom, så den er ikke en protokoll.</translation>
    </message>
    <message>
        <source>This is not a Fortegnelse register: it is not an SQLite database.</source>
        <translation type="vanished">Dette er ikke en Fortegnelse-protokoll: det er ikke en SQLite-database.</translation>
    </message>
    <message>
        <source>The file is read-only; Fortegnelse saves every change at once, so it needs to write to it and its folder. Open it read-only or open a copy instead.</source>
        <translation type="vanished">Filen er skrivebeskyttet; Fortegnelse lagrer hver endring med én gang og må derfor kunne skrive til den og mappen den ligger i. Åpne den skrivebeskyttet, eller åpne en kopi i stedet.</translation>
    </message>
    <message>
        <source>%1 is a link; give the name of the file itself.</source>
        <translation type="vanished">%1 er en lenke; oppgi navnet på selve filen.</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it is not replaced.</source>
        <translation type="vanished">%1 er ikke en vanlig fil, så den erstattes ikke.</translation>
    </message>
    <message>
        <source>a private copy could not be written</source>
        <translation type="vanished">en privat kopi kunne ikke skrives</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="vanished">Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="vanished">disken er full</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::StoreLoad</name>
    <message>
        <source>The register is busy: another program is writing it. Try again in a moment.</source>
        <translation type="vanished">Protokollen er opptatt: et annet program skriver til den. Prøv igjen om et øyeblikk.</translation>
    </message>
    <message>
        <source>The file is damaged beyond what Fortegnelse can repair: SQLite cannot read it (%1).</source>
        <translation type="vanished">Filen er for skadet til at Fortegnelse kan reparere den: SQLite kan ikke lese den (%1).</translation>
    </message>
    <message>
        <source>The file cannot be read as a database: %1</source>
        <translation type="vanished">Filen kan ikke leses som en database: %1</translation>
    </message>
    <message>
        <source>The file is damaged (the database integrity check failed): %1</source>
        <translation type="vanished">Filen er skadet (integritetskontrollen av databasen mislyktes): %1</translation>
    </message>
    <message>
        <source>The file is damaged (the database integrity check failed).</source>
        <translation type="vanished">Filen er skadet (integritetskontrollen av databasen mislyktes).</translation>
    </message>
    <message>
        <source>This is an SQLite database, but not a Fortegnelse register.</source>
        <translation type="vanished">Dette er en SQLite-database, men ikke en Fortegnelse-protokoll.</translation>
    </message>
    <message>
        <source>The file is damaged: it has no valid schema version.</source>
        <translation type="vanished">Filen er skadet: den har ingen gyldig skjemaversjon.</translation>
    </message>
    <message>
        <source>This register was saved by a newer version of Fortegnelse (file format %1; this version reads up to %2). Update Fortegnelse to open it.</source>
        <translation type="vanished">Denne protokollen ble lagret av en nyere versjon av Fortegnelse (filformat %1; denne versjonen leser opptil %2). Oppdater Fortegnelse for å åpne den.</translation>
    </message>
    <message>
        <source>the table is not defined the way Fortegnelse defines it</source>
        <translation type="vanished">tabellen er ikke definert slik Fortegnelse definerer den</translation>
    </message>
    <message>
        <source>Fortegnelse never creates this; it was not run</source>
        <translation type="vanished">Fortegnelse oppretter aldri dette; det ble ikke kjørt</translation>
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
        <translation type="vanished">%1: det lagrede elementet har id &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a second item with this id</source>
        <translation type="vanished">et element til med denne id-en</translation>
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
        <translation>Avdeling</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purposes</source>
        <translation>Formål</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Legal basis</source>
        <translation>Behandlingsgrunnlag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Condition for special categories</source>
        <translation>Unntak for særlige kategorier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Categories of data subjects</source>
        <translation>Kategorier av registrerte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Categories of personal data</source>
        <translation>Kategorier av personopplysninger</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recipients</source>
        <translation>Mottakere</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Third countries</source>
        <translation>Tredjeland</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transfer safeguards</source>
        <translation>Garantier ved overføring</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retention</source>
        <translation>Lagring</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Security measures</source>
        <translation>Sikkerhetstiltak</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Systems</source>
        <translation>Systemer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>(not imported)</source>
        <translation>(ikke importert)</translation>
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
        <translation>en tabell med én rad per aktivitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forms with a label and a value per line, one per activity</source>
        <translation>skjemaer med et feltnavn og en verdi per linje, ett per aktivitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the ICO&apos;s controller template</source>
        <translation>ICOs mal for behandlingsansvarlige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fortegnelse&apos;s own export</source>
        <translation>Fortegnelses egen eksport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the CNIL&apos;s simplified register, one fiche per activity</source>
        <translation>CNILs forenklede protokoll, ett skjema per aktivitet</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, read as %1</source>
        <translation>, lest som %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forms: %1; labels in column %2.</source>
        <translation>Skjemaer: %1; feltnavn i kolonne %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sheet &quot;%1&quot;, headers in row %2.</source>
        <translation>Ark &quot;%1&quot;, overskrifter i rad %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns:</source>
        <translation>Kolonner:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data protection officer</source>
        <translation>Personvernombud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative</source>
        <translation>Representant</translation>
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
        <translation>%1: Filen er større enn %2 MB, mer enn noen protokoll trenger.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1: The file cannot be read: %2</source>
        <translation>%1: Filen kan ikke leses: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: line %2: the text is neither UTF-8 nor Windows-1252; save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>%1: linje %2: teksten er verken UTF-8 eller Windows-1252; lagre filen som &quot;CSV UTF-8&quot; og importer den på nytt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: The file holds NUL characters; it is not a CSV file.</source>
        <translation>%1: Filen inneholder NUL-tegn; den er ikke en CSV-fil.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: line %2 has more than 16,384 cells.</source>
        <translation>%1: linje %2 har mer enn 16&#xa0;384 celler.</translation>
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
        <translation>%1: %2 inneholder mer enn %3 tegn, mer enn en celle i et regneark kan romme.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2: a quoted cell is never closed.</source>
        <translation>%1: %2: en celle i anførselstegn blir aldri avsluttet.</translation>
    </message>
    <message>
        <location filename="../operations/tables/zipsource.cpp" line="+8"/>
        <source>%1: The file is not a readable ZIP archive (an office file is one).</source>
        <translation>%1: Filen er ikke et lesbart ZIP-arkiv (kontorfiler er ZIP-arkiver).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: The archive&apos;s table of contents is damaged.</source>
        <translation>%1: Innholdsfortegnelsen i arkivet er skadet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: The part %2 is missing.</source>
        <translation>%1: Delen %2 mangler.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 unpacks to more than %3 MB; it is refused as a ZIP bomb or a sheet larger than any record.</source>
        <translation>%1: %2 pakkes ut til mer enn %3 MB; den avvises som en ZIP-bombe eller et ark som er større enn noen protokoll.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: The archive unpacks to more than %2 MB in all; it is refused as a ZIP bomb.</source>
        <translation>%1: Arkivet pakkes ut til mer enn %2 MB til sammen; det avvises som en ZIP-bombe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 is compressed more than %3 times; it is refused as a ZIP bomb.</source>
        <translation>%1: %2 er komprimert mer enn %3 ganger; den avvises som en ZIP-bombe.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: The part %2 cannot be found in the archive.</source>
        <translation>%1: Delen %2 finnes ikke i arkivet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: The part %2 cannot be opened (damaged or encrypted).</source>
        <translation>%1: Delen %2 kan ikke åpnes (skadet eller kryptert).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: The part %2 is damaged.</source>
        <translation>%1: Delen %2 er skadet.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: The part %2 is damaged (its checksum does not match).</source>
        <translation>%1: Delen %2 er skadet (kontrollsummen stemmer ikke).</translation>
    </message>
    <message>
        <location filename="../operations/tables/docxreader.cpp" line="+37"/>
        <source>The document has more than %1 tables.</source>
        <translation>Dokumentet har mer enn %1 tabeller.</translation>
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
        <translation>En tabell har mer enn 1&#xa0;048&#xa0;576 rader.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../operations/tables/odfreader.cpp" line="+56"/>
        <source>A row has more than 16,384 columns.</source>
        <translation>En rad har mer enn 16&#xa0;384 kolonner.</translation>
    </message>
    <message>
        <location line="+65"/>
        <location filename="../operations/tables/odfreader.cpp" line="+46"/>
        <source>A cell holds more than %1 characters.</source>
        <translation>En celle inneholder mer enn %1 tegn.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: The document has no tables.</source>
        <translation>%1: Dokumentet har ingen tabeller.</translation>
    </message>
    <message>
        <location filename="../operations/tables/odfreader.cpp" line="-115"/>
        <source>The file has more than %1 tables.</source>
        <translation>Filen har mer enn %1 tabeller.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The table &quot;%1&quot; has more than 1,048,576 rows.</source>
        <translation>Tabellen &quot;%1&quot; har mer enn 1&#xa0;048&#xa0;576 rader.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>%1: The file is an OpenDocument file of a kind that holds no tables to import.</source>
        <translation>%1: Filen er en OpenDocument-fil av en type som ikke inneholder tabeller som kan importeres.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: The file has no tables.</source>
        <translation>%1: Filen har ingen tabeller.</translation>
    </message>
    <message>
        <location filename="../operations/tables/readersupport.cpp" line="+10"/>
        <source>%1 holds more than %2 characters, more than a spreadsheet cell can.</source>
        <translation>%1 inneholder mer enn %2 tegn, mer enn en celle i et regneark kan romme.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the file has more than %2 cells that hold something; it is refused as larger than any record.</source>
        <translation>%1: filen har mer enn %2 celler med innhold; den avvises fordi den er større enn noen protokoll.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the cells lie so far apart that the sheet would take more memory than any record needs.</source>
        <translation>%1: cellene ligger så langt fra hverandre at arket ville ta mer minne enn noen protokoll trenger.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: a merged range covers more cells than any record has.</source>
        <translation>%1: et sammenslått område dekker flere celler enn noen protokoll har.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: %2, line %3: %4</source>
        <translation>%1: %2, linje %3: %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The part declares a document type, which office files never do; it is refused so that no entity is expanded.</source>
        <translation>Delen deklarerer en dokumenttype, noe kontorfiler aldri gjør; den avvises slik at ingen entitet blir ekspandert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The part refers to an entity that is not declared.</source>
        <translation>Delen viser til en entitet som ikke er deklarert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The elements nest deeper than %1 levels.</source>
        <translation>Elementene er nøstet dypere enn %1 nivåer.</translation>
    </message>
    <message>
        <location filename="../operations/tables/tableimport.cpp" line="-72"/>
        <source>The file gives no name for the activity; it is named after its purpose.</source>
        <translation>Filen oppgir ikke noe navn på aktiviteten; den får navn etter formålet sitt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: The activity has no name.</source>
        <translation>%1: Aktiviteten har ikke noe navn.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An activity named &quot;%1&quot; is already in the register; both are kept.</source>
        <translation>Det finnes allerede en aktivitet med navnet &quot;%1&quot; i protokollen; begge beholdes.</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Every category of data subjects is linked to every category of data (%1 links); confirm or remove them.</source>
        <translation>Alle kategorier av registrerte er knyttet til alle kategorier av personopplysninger (%1 koblinger); bekreft eller fjern dem.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each recipient is given every category of data of every data subject; confirm or narrow them.</source>
        <translation>Hver mottaker har fått alle kategorier av personopplysninger om alle registrerte; bekreft eller avgrens det.</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Imported from %1:</source>
        <translation>Importert fra %1:</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&quot;Pays adéquat&quot; is not taken from the file: whether %1 is adequate, and on which decision, is to be recorded.</source>
        <translation>&quot;Pays adéquat&quot; hentes ikke fra filen: om %1 har et tilstrekkelig beskyttelsesnivå, og etter hvilken beslutning, må registreres.</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+123"/>
        <location line="+98"/>
        <source>Imported from %1, %2.</source>
        <translation>Importert fra %1, %2.</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>&quot;%1&quot; and &quot;%2&quot; are not among the activity&apos;s categories; the link is not imported.</source>
        <translation>&quot;%1&quot; og &quot;%2&quot; er ikke blant aktivitetens kategorier; koblingen importeres ikke.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The recipient &quot;%1&quot; is not among the activity&apos;s recipients; the link is not imported.</source>
        <translation>Mottakeren &quot;%1&quot; er ikke blant aktivitetens mottakere; koblingen importeres ikke.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The legal basis &quot;%1&quot; is not recognised; it is kept in the notes.</source>
        <translation>Behandlingsgrunnlaget &quot;%1&quot; gjenkjennes ikke; det beholdes i notatene.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not placed, to review: %1.</source>
        <translation>Ikke plassert, må gjennomgås: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 legal bases for %2 purposes: choose the basis of each purpose.</source>
        <translation>%1 behandlingsgrunnlag for %2 formål: velg grunnlaget for hvert formål.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Several %1 grounds (%2): choose the one of each purpose.</source>
        <translation>Flere grunnlag etter %1 (%2): velg det som gjelder for hvert formål.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The retention &quot;%1&quot; was not read as one period; it is kept as the criterion.</source>
        <translation>Lagringstiden &quot;%1&quot; kunne ikke leses som én periode; den beholdes som kriterium.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The country &quot;%1&quot; is not recognised; no transfer is recorded for it.</source>
        <translation>Landet &quot;%1&quot; gjenkjennes ikke; det føres ikke opp noen overføring dit.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file relies on the EU-US Privacy Shield, invalid since 16 July 2020: review this transfer and record the mechanism it relies on now.</source>
        <translation>Filen bygger på EU-US Privacy Shield, som har vært ugyldig siden 16. juli 2020: gå gjennom denne overføringen og før opp overføringsgrunnlaget den nå bygger på.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The transfer to %1 relies on the Privacy Shield, invalid since 2020; it is imported without a mechanism, to review.</source>
        <translation>Overføringen til %1 bygger på Privacy Shield, som har vært ugyldig siden 2020; den importeres uten overføringsgrunnlag og må gjennomgås.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The transfer to %1 has no mechanism the importer recognises; choose it.</source>
        <translation>Overføringen til %1 har ikke noe overføringsgrunnlag som importen gjenkjenner; velg det.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1: The table has no activities under its headers.</source>
        <translation>%1: Tabellen har ingen aktiviteter under overskriftene.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: The import was cancelled; nothing was imported.</source>
        <translation>%1: Importen ble avbrutt; ingenting ble importert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The imported activities are drafts: the subject x data links and what each recipient receives were generated from the lists in the file and are marked unconfirmed; the checks list each to confirm.</source>
        <translation>De importerte aktivitetene er utkast: koblingene mellom registrerte og opplysninger og det hver mottaker får, er laget ut fra listene i filen og merket som ikke bekreftet; kontrollene viser hver enkelt som må bekreftes.</translation>
    </message>
    <message>
        <location filename="../operations/tables/tablemerge.cpp" line="+26"/>
        <location line="+39"/>
        <location line="+42"/>
        <source>%1: nothing was imported: %2</source>
        <translation>%1: ingenting ble importert: %2</translation>
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
        <translation>%1: Det finnes ikke noe ark med navnet &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: No sheet is Fortegnelse&apos;s own export (a sheet &quot;Activities&quot; with &quot;Processing activity&quot; in A1).</source>
        <translation>%1: Ingen ark er Fortegnelses egen eksport (et ark &quot;Activities&quot; med &quot;Processing activity&quot; i A1).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: No sheet is laid out as the ICO&apos;s template (a sheet &quot;Template&quot; with &quot;Business function&quot; in A9).</source>
        <translation>%1: Ingen ark er satt opp som ICOs mal (et ark &quot;Template&quot; med &quot;Business function&quot; i A9).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: No sheet is a filled-in fiche of the CNIL&apos;s register (a sheet with &quot;Finalité principale&quot; and &quot;Catégories de données personnelles concernées&quot; in column A).</source>
        <translation>%1: Ingen ark er et utfylt skjema fra CNILs protokoll (et ark med &quot;Finalité principale&quot; og &quot;Catégories de données personnelles concernées&quot; i kolonne A).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: No row names at least %2 fields of the record (such as &quot;Formål&quot;, &quot;Kategorier af registrerede&quot;, &quot;Modtagere&quot;).</source>
        <translation>%1: Ingen rad inneholder navnene på minst %2 av protokollens felt (for eksempel &quot;Formål&quot;, &quot;Kategorier av registrerte&quot;, &quot;Mottakere&quot;).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: No sheet or table has a column of at least %2 labels of the record (such as &quot;Formål&quot;, &quot;Kategorier af registrerede&quot;, &quot;Modtagere&quot;).</source>
        <translation>%1: Ingen ark eller tabeller har en kolonne med minst %2 av protokollens feltnavn (for eksempel &quot;Formål&quot;, &quot;Kategorier av registrerte&quot;, &quot;Mottakere&quot;).</translation>
    </message>
    <message>
        <location filename="../operations/tables/tablereader.cpp" line="+18"/>
        <source>%1: The file does not exist.</source>
        <translation>%1: Filen finnes ikke.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: This is not an ordinary file.</source>
        <translation>%1: Dette er ikke en vanlig fil.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: The ZIP archive is not a spreadsheet or a document with tables.</source>
        <translation>%1: ZIP-arkivet er verken et regneark eller et dokument med tabeller.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: The file is in Office&apos;s old binary format (.xls or .doc); save it as .xlsx, .docx or .ods and import that.</source>
        <translation>%1: Filen er i det gamle binære Office-formatet (.xls eller .doc); lagre den som .xlsx, .docx eller .ods og importer den nye filen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: The file is named .%2 but is not a ZIP archive, as such a file is.</source>
        <translation>%1: Filen har filtypen .%2, men er ikke et ZIP-arkiv, noe slike filer alltid er.</translation>
    </message>
    <message>
        <location filename="../operations/tables/xlsxreader.cpp" line="+96"/>
        <source>%1: The workbook has no sheets.</source>
        <translation>%1: Arbeidsboken har ingen ark.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The workbook has more than %1 sheets.</source>
        <translation>Arbeidsboken har mer enn %1 ark.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sheet &quot;%1&quot; has no part.</source>
        <translation>Arket &quot;%1&quot; har ingen tilhørende del.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A shared string holds more than %1 characters.</source>
        <translation>En delt streng inneholder mer enn %1 tegn.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>A cell refers to shared string %1, which does not exist.</source>
        <translation>En celle viser til den delte strengen %1, som ikke finnes.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The cell reference &quot;%1&quot; is not valid here.</source>
        <translation>Cellereferansen &quot;%1&quot; er ikke gyldig her.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The merged range &quot;%1&quot; is not valid.</source>
        <translation>Det sammenslåtte området &quot;%1&quot; er ikke gyldig.</translation>
    </message>
    <message>
        <location filename="../operations/tables/tablemerge.cpp" line="-29"/>
        <source>%1 exists already; an import never replaces a file. Choose another name.</source>
        <translation>%1 finnes allerede; en import erstatter aldri en fil. Velg et annet navn.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1: The register changed after the preview; nothing was imported. Check the preview again.</source>
        <translation>%1: Protokollen ble endret etter forhåndsvisningen; ingenting ble importert. Se forhåndsvisningen igjen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: The import would reorder the register; nothing was imported.</source>
        <translation>%1: Importen ville ha endret rekkefølgen i protokollen; ingenting ble importert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: The file adds nothing to the register.</source>
        <translation>%1: Filen legger ikke til noe i protokollen.</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Tables::ZipSource</name>
    <message>
        <source>%1: The file is larger than %2 MB, more than any record needs.</source>
        <translation type="vanished">%1: Filen er større enn %2 MB, mer enn noen protokoll trenger.</translation>
    </message>
    <message>
        <source>%1: The file is not a readable ZIP archive (an office file is one).</source>
        <translation type="vanished">%1: Filen er ikke et lesbart ZIP-arkiv (kontorfiler er ZIP-arkiver).</translation>
    </message>
    <message>
        <source>%1: The archive&apos;s table of contents is damaged.</source>
        <translation type="vanished">%1: Innholdsfortegnelsen i arkivet er skadet.</translation>
    </message>
    <message>
        <source>%1: The part %2 is missing.</source>
        <translation type="vanished">%1: Delen %2 mangler.</translation>
    </message>
    <message>
        <source>%1: %2 unpacks to more than %3 MB; it is refused as a ZIP bomb or a sheet larger than any record.</source>
        <translation type="vanished">%1: %2 pakkes ut til mer enn %3 MB; den avvises som en ZIP-bombe eller et ark som er større enn noen protokoll.</translation>
    </message>
    <message>
        <source>%1: The archive unpacks to more than %2 MB in all; it is refused as a ZIP bomb.</source>
        <translation type="vanished">%1: Arkivet pakkes ut til mer enn %2 MB til sammen; det avvises som en ZIP-bombe.</translation>
    </message>
    <message>
        <source>%1: %2 is compressed more than %3 times; it is refused as a ZIP bomb.</source>
        <translation type="vanished">%1: %2 er komprimert mer enn %3 ganger; den avvises som en ZIP-bombe.</translation>
    </message>
    <message>
        <source>%1: The part %2 cannot be found in the archive.</source>
        <translation type="vanished">%1: Delen %2 finnes ikke i arkivet.</translation>
    </message>
    <message>
        <source>%1: The part %2 cannot be opened (damaged or encrypted).</source>
        <translation type="vanished">%1: Delen %2 kan ikke åpnes (skadet eller kryptert).</translation>
    </message>
    <message>
        <source>%1: The part %2 is damaged.</source>
        <translation type="vanished">%1: Delen %2 er skadet.</translation>
    </message>
    <message>
        <source>%1: The part %2 is damaged (its checksum does not match).</source>
        <translation type="vanished">%1: Delen %2 er skadet (kontrollsummen stemmer ikke).</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::TemplateData</name>
    <message>
        <location filename="../generators/templatedata.cpp" line="+105"/>
        <source>Template %1, line %2: %3 is not supported; templates may use only variables, sections and comments.</source>
        <translation>Mal %1, linje %2: %3 støttes ikke; maler kan bare bruke variabler, seksjoner og kommentarer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a partial ({{&gt;name}})</source>
        <translation>en delmal ({{&gt;name}})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changing the delimiters ({{=...=}})</source>
        <translation>endring av skilletegnene ({{=...=}})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Template %1, line %2: %3</source>
        <translation>Mal %1, linje %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the section &quot;%1&quot; is inside a section of the same name.</source>
        <translation>seksjonen &quot;%1&quot; ligger inne i en seksjon med samme navn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sections are nested more than %1 deep.</source>
        <translation>seksjonene er nestet mer enn %1 nivåer dypt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+12"/>
        <source>Template %1: %2</source>
        <translation>Mal %1: %2</translation>
    </message>
</context>
<context>
    <name>Fortegnelse::TemplateSet</name>
    <message>
        <location filename="../generators/templateset.cpp" line="+25"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan ikke leses: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no template %1 for the language &quot;%2&quot;.</source>
        <translation>Det finnes ingen mal %1 for språket &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a policy language; use da, nb, sv or en.</source>
        <translation>&quot;%1&quot; er ikke et språk for personvernerklæringen; bruk da, nb, sv eller en.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The template folder %1 does not exist.</source>
        <translation>Malmappen %1 finnes ikke.</translation>
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
        <translation>Protokoll</translation>
    </message>
</context>
<context>
    <name>Undo Commands</name>
    <message>
        <location filename="../model/document.cpp" line="-16"/>
        <source>Repair the register</source>
        <translation>Reparer protokollen</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 of “%2”</source>
        <extracomment>An undo step and the item it changes: &quot;Change name of “Lønadministration”&quot;</extracomment>
        <translation>%1 av «%2»</translation>
    </message>
    <message>
        <location filename="../model/kinds.cpp" line="-22"/>
        <source>subject category</source>
        <translation>kategori av registrerte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>data category</source>
        <translation>kategori av personopplysninger</translation>
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
        <translation>overføring</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>security measure</source>
        <translation>sikkerhetstiltak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cookie</source>
        <translation>informasjonskapsel</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>organisation</source>
        <translation>organisasjon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>policy settings</source>
        <translation>innstillinger for personvernerklæring</translation>
    </message>
    <message>
        <location filename="../model/document_impl.h" line="+41"/>
        <source>Edit %1</source>
        <translation>Rediger %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit %1 “%2”</source>
        <translation>Rediger %1 «%2»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add %1</source>
        <translation>Legg til %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Duplicate %1</source>
        <translation>Dupliser %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate %1 “%2”</source>
        <translation>Dupliser %1 «%2»</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Delete %1</source>
        <translation>Slett %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete %1 “%2”</source>
        <translation>Slett %1 «%2»</translation>
    </message>
    <message>
        <location filename="../operations/itemoperations.cpp" line="+53"/>
        <location filename="../views/itemadapter.h" line="+68"/>
        <source>Change %1</source>
        <translation>Endre %1</translation>
    </message>
    <message>
        <location filename="../views/itemadapter.h" line="+41"/>
        <location line="+36"/>
        <source>Add to %1</source>
        <translation>Legg til i %1</translation>
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
        <translation>Publiser personvernerklæring, versjon %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+19"/>
        <source>Change which data concern whom</source>
        <translation>Endre hvilke opplysninger som gjelder hvem</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Change which data concern whom in “%1”</source>
        <translation>Endre hvilke opplysninger som gjelder hvem, i «%1»</translation>
    </message>
    <message>
        <location filename="../operations/historyoperations.cpp" line="-30"/>
        <source>Restore %1</source>
        <translation>Gjenopprett %1</translation>
    </message>
    <message>
        <location filename="../operations/activitytemplates.cpp" line="+144"/>
        <source>Fill “%1” from the template “%2”</source>
        <translation>Fyll ut «%1» fra malen «%2»</translation>
    </message>
    <message>
        <location filename="../operations/catalogues.cpp" line="+226"/>
        <source>Add data category “%1” to “%2”</source>
        <translation>Legg til kategorien av personopplysninger «%1» i «%2»</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+78"/>
        <source>Add subject category “%1” to “%2”</source>
        <translation>Legg til kategorien av registrerte «%1» i «%2»</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Add recipient “%1” to “%2”</source>
        <translation>Legg til mottakeren «%1» i «%2»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add measure “%1” to “%2”</source>
        <translation>Legg til tiltaket «%1» i «%2»</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add retention rule “%1” to “%2”</source>
        <translation>Legg til lagringsregelen «%1» i «%2»</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove subject category “%1” from “%2”</source>
        <translation>Fjern kategorien av registrerte «%1» fra «%2»</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Tick %n matrix cell(s) in “%1”</source>
        <translation>
            <numerusform>Kryss av %n matrisecelle i «%1»</numerusform>
            <numerusform>Kryss av %n matriseceller i «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Clear %n matrix cell(s) in “%1”</source>
        <translation>
            <numerusform>Fjern krysset i %n matrisecelle i «%1»</numerusform>
            <numerusform>Fjern kryssene i %n matriseceller i «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Confirm %n imported link(s) in “%1”</source>
        <translation>
            <numerusform>Bekreft %n importert kobling i «%1»</numerusform>
            <numerusform>Bekreft %n importerte koblinger i «%1»</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Change what “%1” receives in “%2”</source>
        <translation>Endre hva «%1» mottar i «%2»</translation>
    </message>
    <message>
        <location filename="../operations/quickfixes.cpp" line="+24"/>
        <source>Record the transfer to %1 for %2</source>
        <translation>Før opp overføringen til %1 for %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Apply the retention rule “%1” to %2</source>
        <translation>Bruk lagringsregelen «%1» på %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../operations/tables/tablemerge.cpp" line="+3"/>
        <source>Import %n activities from %1</source>
        <translation>
            <numerusform>Importer %n aktivitet fra %1</numerusform>
            <numerusform>Importer %n aktiviteter fra %1</numerusform>
        </translation>
    </message>
</context>
</TS>
