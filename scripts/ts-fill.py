#!/usr/bin/env python3
"""Fill unfinished messages of a Qt .ts file from TSV files (context<TAB>source<TAB>translation).

Usage: scripts/ts-fill.py translations/qundesk_zh_CN.ts FILE.tsv [FILE.tsv ...]
       scripts/ts-fill.py --english-plurals translations/qundesk_en.ts
The second form gives every "(s)" plural message of the English catalogue its singular and plural.
Run lupdate first (cmake --build build --target update_translations) so every source string is in the .ts;
then this fills the ones the TSVs know and prints the ones still unfinished.
A TSV line whose context is * applies to that source text in every context.
"""
import sys
import xml.etree.ElementTree as ET


def load(paths):
    table = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) != 3:
                    sys.exit(f"{path}:{n}: expected 3 tab-separated fields, got {len(parts)}")
                ctx, src, tr = (p.replace("\\n", "\n") for p in parts)
                table[(ctx, src)] = tr
    return table


def english_plurals(ts_path):
    tree = ET.parse(ts_path)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if message.get("numerus") != "yes" or translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source")
        for child in list(translation):
            translation.remove(child)
        for text in (source.replace("(s)", ""), source.replace("(s)", "s")):
            ET.SubElement(translation, "numerusform").text = text
        del translation.attrib["type"]
        filled += 1
    write(tree, ts_path)
    print(f"{ts_path}: {filled} plural messages filled")


def write(tree, ts_path):
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    with open(ts_path, "r+", encoding="utf-8") as f:  # keep Qt's DOCTYPE line
        body = f.read()
        if "<!DOCTYPE TS>" not in body:
            body = body.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
            f.seek(0)
            f.write(body)
            f.truncate()


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--english-plurals":
        return english_plurals(sys.argv[2])
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    ts_path, tsvs = sys.argv[1], sys.argv[2:]
    table = load(tsvs)
    tree = ET.parse(ts_path)
    filled, missing = 0, []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if translation is None or translation.get("type") not in ("unfinished",):
                continue
            text = table.get((name, source), table.get(("*", source)))
            if text is None:
                missing.append((name, source))
                continue
            if message.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                form = ET.SubElement(translation, "numerusform")
                form.text = text
            else:
                translation.text = text
            del translation.attrib["type"]
            filled += 1
    write(tree, ts_path)
    print(f"{ts_path}: filled {filled}, still unfinished {len(missing)}")
    for ctx, src in missing:
        print(f"{ctx}\t{src}")


if __name__ == "__main__":
    main()
