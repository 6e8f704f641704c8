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
        <location filename="../operations/subcommands.cpp" line="+43"/>
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
    <name>Fortegnelse::MainWindow</name>
    <message numerus="yes">
        <location filename="../views/mainwindowfiles.cpp" line="+87"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
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
    <name>Fortegnelse::Reviews</name>
    <message numerus="yes">
        <location filename="../operations/reviews.cpp" line="+121"/>
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
    <name>Fortegnelse::StartPage</name>
    <message numerus="yes">
        <location filename="../views/startpage.cpp" line="+175"/>
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
</TS>
