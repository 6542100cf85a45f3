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


def compare(ours, ref, counts=cjk):
    """(counted characters of ref, those written the same, {(ref context, our context): count} of CJK differences)"""
    total = sum(1 for c in ref if counts(c))
    same = 0
    diffs = collections.Counter()
    if len(ours) == len(ref):
        blocks = [("equal", 0, len(ref), 0, len(ref))]
        i = 0
        while i < len(ref):
            if ours[i] != ref[i]:
                j = i
                while j < len(ref) and ours[j] != ref[j]:
                    j += 1
                blocks.append(("replace", i, j, i, j))
                i = j
            else:
                i += 1
        same = sum(1 for a, b in zip(ours, ref) if a == b and counts(b))
    else:
        blocks = difflib.SequenceMatcher(None, ref, ours, autojunk=False).get_opcodes()
        same = sum(sum(1 for c in ref[i1:i2] if counts(c)) for op, i1, i2, _, _ in blocks if op == "equal")
    for op, i1, i2, j1, j2 in blocks:
        if op != "equal" and any(cjk(c) for c in ref[i1:i2] + ours[j1:j2]):
            ctx = lambda s, a, b: (s[max(0, a - 2):b + 2]).replace("\n", " ")
            diffs[(ctx(ref, i1, i2), ctx(ours, j1, j2))] += 1
    return total, same, diffs


def table(results, seeds, counts, title):
    print(title)
    print("| seed | characters | " + " | ".join(f"{c} ~ {r}" for c, r in PAIRS) + " |")
    print("|---" * (len(PAIRS) + 2) + "|")
    every = {pair: collections.Counter() for pair in PAIRS}
    for seed in seeds:
        cells = []
        chars = None
        for conv, ref in PAIRS:
            ours = open(os.path.join(results, f"{seed}.{conv}"), encoding="utf-8").read()
            reference = open(os.path.join(results, f"{seed}.opencc-{ref}"), encoding="utf-8").read()
            total, same, diffs = compare(ours, reference, counts)
            chars = total if chars is None else chars
            every[(conv, ref)].update(diffs)
            cells.append(f"{100.0 * same / total:.2f} % ({total - same})")
        print(f"| {seed} | {chars:,} | " + " | ".join(cells) + " |")
    return every


def main():
    results, seeds = sys.argv[1], sys.argv[2].split()
    table(results, seeds, lambda c: not c.isspace(),
          "agreement with OpenCC 1.1.6, all characters but white space (characters written otherwise):")
    print()
    every = table(results, seeds, cjk, "the same over Chinese characters alone:")
    for (conv, ref), diffs in every.items():
        with open(os.path.join(results, f"differences-{conv}-{ref}.txt"), "w", encoding="utf-8") as out:
            for (theirs, ours), n in diffs.most_common():
                out.write(f"{n}\t{ref}: {theirs}\t{conv}: {ours}\n")


if __name__ == "__main__":
    main()
