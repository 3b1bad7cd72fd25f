"""Merge Qt .ts translation files: the union of their messages per context.

Used when two branches both added strings: every (context, source, comment) keeps the first
finished translation found, in the order the files are given. Run `pyside6-lupdate` afterwards
to refresh locations and mark strings that no longer exist in the code.

    python scripts/merge_ts.py OUT.ts A.ts B.ts [...]
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET


def _key(message: ET.Element) -> tuple[str, str]:
    return (message.findtext("source") or "", message.findtext("comment") or "")


def merge(paths: list[str]) -> ET.ElementTree:
    base = ET.parse(paths[0])
    root = base.getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    for path in paths[1:]:
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name")
            target = contexts.get(name)
            if target is None:
                root.append(context)
                contexts[name] = context
                continue
            known = {_key(m): m for m in target.iter("message")}
            for message in context.iter("message"):
                mine = known.get(_key(message))
                if mine is None:
                    target.append(message)
                    known[_key(message)] = message
                    continue
                tr = mine.find("translation")
                if tr is not None and tr.get("type") in ("unfinished", "obsolete", "vanished") \
                        and message.find("translation") is not None \
                        and message.find("translation").get("type") is None:
                    mine.remove(tr)
                    mine.append(message.find("translation"))
    return base


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    tree = merge(argv[1:])
    tree.write(argv[0], encoding="utf-8", xml_declaration=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
