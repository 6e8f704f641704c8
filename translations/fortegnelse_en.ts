<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Fortegnelse::CommandLine</name>
    <message numerus="yes">
        <location filename="../operations/subcommands.cpp" line="+42"/>
        <source>%1: repaired %n problem(s); the file as it was is kept as %2</source>
        <translation>
            <numerusform>%1: repaired %n problem; the file as it was is kept as %2</numerusform>
            <numerusform>%1: repaired %n problems; the file as it was is kept as %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fortegnelse::MainWindow</name>
    <message numerus="yes">
        <location filename="../views/mainwindowfiles.cpp" line="+84"/>
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
        <location filename="../views/problemspanel.cpp" line="+80"/>
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
</TS>
