<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Fortegnelse::ActivityEditor</name>
    <message numerus="yes">
        <location filename="../views/activityeditor.cpp" line="+302"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 of %2 required fields filled; %n problem(s) in this section.</source>
        <translation>
            <numerusform>%1 of %2 required fields filled; %n problem in this section.</numerusform>
            <numerusform>%1 of %2 required fields filled; %n problems in this section.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fortegnelse::CommandLine</name>
    <message numerus="yes">
        <location filename="../operations/subcommands.cpp" line="+44"/>
        <source>%1: repaired %n problem(s); the file as it was is kept as %2</source>
        <translation>
            <numerusform>%1: repaired %n problem; the file as it was is kept as %2</numerusform>
            <numerusform>%1: repaired %n problems; the file as it was is kept as %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fortegnelse::ExportDialog</name>
    <message numerus="yes">
        <location filename="../views/exportdialog.cpp" line="+76"/>
        <source>The register has %n error(s). The policy will show a gap where a required fact is missing; fix the errors before you publish it.</source>
        <translation>
            <numerusform>The register has %n error. The policy will show a gap where a required fact is missing; fix the errors before you publish it.</numerusform>
            <numerusform>The register has %n errors. The policy will show a gap where a required fact is missing; fix the errors before you publish it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fortegnelse::HistoryDialog</name>
    <message numerus="yes">
        <location filename="../views/historydialog.cpp" line="+445"/>
        <source>The newest %n change(s); more are kept.</source>
        <translation>
            <numerusform>The newest change; more are kept.</numerusform>
            <numerusform>The newest %n changes; more are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n change.</numerusform>
            <numerusform>%n changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fortegnelse::MainWindow</name>
    <message numerus="yes">
        <source>Imported %n activities as drafts; the problems list shows what to confirm.</source>
        <translation>
            <numerusform>Imported %n activity as a draft; the problems list shows what to confirm.</numerusform>
            <numerusform>Imported %n activities as drafts; the problems list shows what to confirm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindowfiles.cpp" line="+89"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fortegnelse::PolicyDrift</name>
    <message numerus="yes">
        <location filename="../operations/policydriftreport.cpp" line="+60"/>
        <source>The privacy policy published as version %1 would read differently now in %n section(s): %2. Publish it again so that the information given under Art. 13 and 14 matches the record (WP260 rev.01 on changes to the information); fortegnelse drift lists the sentences.</source>
        <translation>
            <numerusform>The privacy policy published as version %1 would read differently now in %n section: %2. Publish it again so that the information given under Art. 13 and 14 matches the record (WP260 rev.01 on changes to the information); fortegnelse drift lists the sentences.</numerusform>
            <numerusform>The privacy policy published as version %1 would read differently now in %n sections: %2. Publish it again so that the information given under Art. 13 and 14 matches the record (WP260 rev.01 on changes to the information); fortegnelse drift lists the sentences.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n section(s) of the policy published as version %1 would read differently now (%2):</source>
        <translation>
            <numerusform>%n section of the policy published as version %1 would read differently now (%2):</numerusform>
            <numerusform>%n sections of the policy published as version %1 would read differently now (%2):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fortegnelse::ProblemsPanel</name>
    <message numerus="yes">
        <location filename="../views/problemspanel.cpp" line="+281"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n advice</source>
        <translation>
            <numerusform>%n advice</numerusform>
            <numerusform>%n advice</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fortegnelse::RecordExportDialog</name>
    <message numerus="yes">
        <location filename="../views/recordexportdialog.cpp" line="+104"/>
        <source>The register has %n error(s). The record will show a gap where a fact the law requires is missing; fix the errors before you send it.</source>
        <translation>
            <numerusform>The register has %n error. The record will show a gap where a fact the law requires is missing; fix the errors before you send it.</numerusform>
            <numerusform>The register has %n errors. The record will show a gap where a fact the law requires is missing; fix the errors before you send it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Reviews</name>
    <message numerus="yes">
        <location filename="../operations/reviews.cpp" line="+137"/>
        <source>%n review(s) due</source>
        <translation>
            <numerusform>%n review due</numerusform>
            <numerusform>%n reviews due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fortegnelse::SnapshotsDialog</name>
    <message numerus="yes">
        <location filename="../views/snapshotsdialog.cpp" line="+291"/>
        <source>%n difference(s) between %1 and now:</source>
        <translation>
            <numerusform>%n difference between %1 and now:</numerusform>
            <numerusform>%n differences between %1 and now:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%n file(s) saved in %1.</source>
        <translation>
            <numerusform>%n file saved in %1.</numerusform>
            <numerusform>%n files saved in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fortegnelse::StartPage</name>
    <message numerus="yes">
        <location filename="../views/startpage.cpp" line="+194"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>Nothing is due for review in the next %n day(s).</source>
        <translation>
            <numerusform>Nothing is due for review in the next day.</numerusform>
            <numerusform>Nothing is due for review in the next %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n due in the next %1 days:</source>
        <translation>
            <numerusform>%n due in the next %1 days:</numerusform>
            <numerusform>%n due in the next %1 days:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>and %n more.</source>
        <translation>
            <numerusform>and %n more.</numerusform>
            <numerusform>and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Store</name>
    <message numerus="yes">
        <location filename="../model/step.cpp" line="+43"/>
        <source> (and %n more)</source>
        <translation>
            <numerusform> (and %n more)</numerusform>
            <numerusform> (and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Undo Commands</name>
    <message numerus="yes">
        <source>Import %n activities from %1</source>
        <translation>
            <numerusform>Import %n activity from %1</numerusform>
            <numerusform>Import %n activities from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirm %n imported link(s) in “%1”</source>
        <translation>
            <numerusform>Confirm %n imported link in “%1”</numerusform>
            <numerusform>Confirm %n imported links in “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../operations/catalogues.cpp" line="+338"/>
        <source>Tick %n matrix cell(s) in “%1”</source>
        <translation>
            <numerusform>Tick %n matrix cell in “%1”</numerusform>
            <numerusform>Tick %n matrix cells in “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Clear %n matrix cell(s) in “%1”</source>
        <translation>
            <numerusform>Clear %n matrix cell in “%1”</numerusform>
            <numerusform>Clear %n matrix cells in “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fortegnelse::ImportDialog</name>
    <message numerus="yes">
        <source>%n activities: %1 OK, %2 to check, %3 not importable.</source>
        <translation>
            <numerusform>%n activity: %1 OK, %2 to check, %3 not importable.</numerusform>
            <numerusform>%n activities: %1 OK, %2 to check, %3 not importable.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fortegnelse::Checks</name>
    <message numerus="yes">
        <source>%n text(s) written in the register have no %1 version, so a %1 privacy policy or record shows them in another language, such as %2. Art. 12(1) asks for the information in clear and plain language the reader understands.</source>
        <translation>
            <numerusform>%n text written in the register has no %1 version, so a %1 privacy policy or record shows it in another language, such as %2. Art. 12(1) asks for the information in clear and plain language the reader understands.</numerusform>
            <numerusform>%n texts written in the register have no %1 version, so a %1 privacy policy or record shows them in another language, such as %2. Art. 12(1) asks for the information in clear and plain language the reader understands.</numerusform>
        </translation>
    </message>
</context>
</TS>
