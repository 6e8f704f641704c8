#!/usr/bin/env python3
"""Checks that every translatable string is filed under the context the code looks it up in.

A source file whose strings go through a local helper, `QString tr(const char *text)
{ return QCoreApplication::translate("Ctx", text); }`, is looked up in "Ctx" at run time,
but lupdate files a plain tr("...") call under the class or namespace around it
("Fortegnelse::StoreLoad"), so such a string would never be translated. Files with a helper
write their strings as QT_TRANSLATE_NOOP("Ctx", "...") instead; this check fails when a
string of such a file sits in any context the file does not name.

Usage: tools/check-translation-contexts.py [TS_FILE]   (default: translations/fortegnelse_da.ts)
Exit 0 when all agree, 1 with a line per misfiled string.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
ts = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "translations", "fortegnelse_da.ts")
helper = re.compile(r'QString (?:tr|trText)\(const char \*\w+\)\s*\{\s*return QCoreApplication::translate\("([^"]+)"')
named = re.compile(r'(?:translate|QT_TRANSLATE_NOOP|QT_TRANSLATE_N_NOOP)\(\s*"([^"]+)"')

allowed = {}
for folder, _, files in os.walk(root):
    if "/build" in folder or "/.git" in folder:
        continue
    for name in files:
        if not name.endswith((".cpp", ".h")):
            continue
        path = os.path.join(folder, name)
        text = open(path, encoding="utf-8").read()
        m = helper.search(text)
        if m:
            rel = "../" + os.path.relpath(path, root)
            allowed[rel] = set(named.findall(text)) | {m.group(1)}

bad = 0
for context in ET.parse(ts).getroot().findall("context"):
    cname = context.find("name").text
    for message in context.findall("message"):
        if message.find("translation").get("type") in ("vanished", "obsolete"):
            continue
        for location in message.findall("location"):
            f = location.get("filename")
            if f in allowed and cname not in allowed[f]:
                bad += 1
                print(f"{f}:{location.get('line')}: \"{message.find('source').text[:60]}\" is filed under "
                      f"{cname}, but the code looks it up in {sorted(allowed[f])}")
if bad:
    print(f"check-translation-contexts: {bad} string(s) would never be translated", file=sys.stderr)
sys.exit(1 if bad else 0)
