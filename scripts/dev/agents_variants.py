#!/usr/bin/env python3
"""One-off helper: after each hand-written line of dict/agents.txt whose phrase
contains a hyphen or a possessive clitic, add the variant cut the way dyad's
segmenter cuts words (ANTI-GOVERNMENT -> ANTI_-_GOVERNMENT, PEOPLE'S ->
PEOPLE_'S), and the variant with every hyphen split. Idempotent. Usage: python3 scripts/dev/agents_variants.py dict/agents.txt
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_countries import full_split, token_split  # noqa: E402

path = sys.argv[1]
lines = open(path, encoding="utf-8").read().split("\n")
existing = {l.split()[0] for l in lines if l and not l.startswith("#")}
out = []
for l in lines:
    out.append(l)
    if not l or l.startswith("#"):
        continue
    m = re.match(r"^(\S+)(\s*\{[^}]*\})?(\s*\[[^\]]+\].*)$", l)
    if not m:
        continue
    head, plural, rest = m.group(1), m.group(2) or "", m.group(3)
    for split in (token_split, full_split):
        t = split(head).rstrip("_")
        if t == head or t in existing:
            continue
        pl = plural
        if pl.strip() not in ("", "{}"):
            inner = pl.strip()[1:-1]
            pl = " {" + split(inner).rstrip("_") + "}"
        out.append(t + pl + rest)
        existing.add(t)
open(path, "w", encoding="utf-8").write("\n".join(out))
