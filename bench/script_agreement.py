#!/usr/bin/env python3
"""Agreement of converted seed texts with OpenCC's own output (bench/script.sh).

Usage: script_agreement.py RESULTS_DIR "002 003 004"

RESULTS_DIR holds SEED.CONVERTER (hanlp, t, tw, twp, hk) and SEED.opencc-CONFIG (s2t, s2tw, s2twp, s2hk). Agreement is
the share of the reference's characters that the converter wrote the same, the two texts aligned position by position
(difflib where a converter changed the length): once over all characters (as issue 11 measured it: quotation marks
count) and once over the Chinese characters (CJK ideographs) alone. Every difference in Chinese characters is listed,
with two characters of context either side, in RESULTS_DIR/differences-CONVERTER-CONFIG.txt, most frequent first.
"""
import collections
import difflib
import os
import sys

PAIRS = [("hanlp", "s2t"), ("hanlp", "s2tw"), ("hanlp", "s2twp"), ("t", "s2t"), ("tw", "s2tw"), ("tw", "s2twp"),
         ("twp", "s2twp"), ("hk", "s2hk")]


def cjk(c):
    return "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" or c >= "\U00020000"


def align(ours, ref):
    """Opcodes aligning ref with ours: position by position when the lengths agree, else difflib's."""
    if len(ours) != len(ref):
        return difflib.SequenceMatcher(None, ref, ours, autojunk=False).get_opcodes()
    blocks, i = [], 0
    while i < len(ref):
        j = i
        same = ours[i] == ref[i]
        while j < len(ref) and (ours[j] == ref[j]) == same:
            j += 1
        blocks.append(("equal" if same else "replace", i, j, i, j))
        i = j
    return blocks


def count(ref, blocks, counts):
    """(counted characters of ref, those in equal blocks)"""
    total = sum(1 for c in ref if counts(c))
    same = sum(sum(1 for c in ref[i1:i2] if counts(c)) for op, i1, i2, _, _ in blocks if op == "equal")
    return total, same


def differences(ours, ref, blocks):
    """{(ref context, our context): count} for each difference touching a Chinese character"""
    diffs = collections.Counter()
    ctx = lambda s, a, b: (s[max(0, a - 2):b + 2]).replace("\n", " ")
    for op, i1, i2, j1, j2 in blocks:
        if op != "equal" and any(cjk(c) for c in ref[i1:i2] + ours[j1:j2]):
            diffs[(ctx(ref, i1, i2), ctx(ours, j1, j2))] += 1
    return diffs


def main():
    results, seeds = sys.argv[1], sys.argv[2].split()
    rows = {"all": [], "cjk": []}
    every = {pair: collections.Counter() for pair in PAIRS}
    for seed in seeds:
        cells = {"all": [], "cjk": []}
        chars = {}
        for conv, ref in PAIRS:
            ours = open(os.path.join(results, f"{seed}.{conv}"), encoding="utf-8").read()
            reference = open(os.path.join(results, f"{seed}.opencc-{ref}"), encoding="utf-8").read()
            blocks = align(ours, reference)
            for kind, counts in (("all", lambda c: not c.isspace()), ("cjk", cjk)):
                total, same = count(reference, blocks, counts)
                chars[kind] = total
                cells[kind].append(f"{100.0 * same / total:.2f} % ({total - same})")
            every[(conv, ref)].update(differences(ours, reference, blocks))
        for kind in rows:
            rows[kind].append(f"| {seed} | {chars[kind]:,} | " + " | ".join(cells[kind]) + " |")
    header = "| seed | characters | " + " | ".join(f"{c} ~ {r}" for c, r in PAIRS) + " |\n" + "|---" * (len(PAIRS) + 2) + "|"
    print("agreement with OpenCC 1.1.6, all characters but white space (characters written otherwise):")
    print(header, *rows["all"], sep="\n")
    print()
    print("the same over Chinese characters alone:")
    print(header, *rows["cjk"], sep="\n")
    for (conv, ref), diffs in every.items():
        with open(os.path.join(results, f"differences-{conv}-{ref}.txt"), "w", encoding="utf-8") as out:
            for (theirs, ours), n in diffs.most_common():
                out.write(f"{n}\t{ref}: {theirs}\t{conv}: {ours}\n")


if __name__ == "__main__":
    main()
