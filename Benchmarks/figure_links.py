#!/usr/bin/env python3
"""Linking precision and recall of figure comparisons against the blind reference
Tests/Fixtures/reference/figure_links.csv (issue 12). Usage, from the project root:

    python3 Benchmarks/figure_links.py [ANALYZE] [BENCH_DIR] [-- OPTION ...]
    python3 Benchmarks/figure_links.py --heldout [ANALYZE] [-- OPTION ...]
    python3 Benchmarks/figure_links.py --heldout2 [ANALYZE] [-- OPTION ...]

ANALYZE defaults to .build/release/analyze, BENCH_DIR to ../shared/bench (the BBC text,
research use only, never committed); options after `--` go to analyze (`--figure-link-min 0.4`). Each story of the reference becomes a corpus of its
own (BBC files with outlet "BBC News"; `soleimani` is the bundled Corpus/), analysed with
default options; figures.csv gives each figure's comparison group.

With --heldout it scores the held-out reference instead:
Tests/Fixtures/reference/figure_links_heldout/ (three stories, six outlets each, written for
this test by a helper who never saw the linker and annotated blind by another); each story
folder under its texts/ is a corpus with its own metadata.csv. With --heldout2 it scores the
second held-out reference, Tests/Fixtures/reference/figure_links_heldout2/ (three stories,
five outlets each, written and annotated blind on 2026-12-03).

Annotated figures are matched to the program's figures of the same file in order of
appearance, by the numbers they hold (digits, or number words). A reference pair is two
annotated figures of different documents with the same quantity label; the program groups a
pair when both are matched and share a comparison group. Recall: reference pairs grouped /
reference pairs. Precision: grouped pairs of the same quantity / grouped pairs between
matched figures of different documents. Pairs within one document are not counted (their
rules are not the linker's).
"""
import csv
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from itertools import combinations

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
heldout = "--heldout" in sys.argv or "--heldout2" in sys.argv
arguments = [a for a in (sys.argv[1:sys.argv.index("--")] if "--" in sys.argv else sys.argv[1:]) if a not in ("--heldout", "--heldout2")]
options = sys.argv[sys.argv.index("--") + 1:] if "--" in sys.argv else []
analyze = arguments[0] if len(arguments) > 0 else os.path.join(root, ".build/release/analyze")
bench = arguments[1] if len(arguments) > 1 else os.path.join(root, "..", "shared", "bench")
heldout_dir = os.path.join(root, "Tests/Fixtures/reference/figure_links_heldout2" if "--heldout2" in sys.argv else "Tests/Fixtures/reference/figure_links_heldout")
reference_path = os.path.join(heldout_dir, "figure_links.csv") if heldout else os.path.join(root, "Tests/Fixtures/reference/figure_links.csv")
reference = list(csv.DictReader(open(reference_path, encoding="utf-8")))

WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
         "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20", "dozen": "12", "hundred": "100",
         "hundreds": "100", "thousand": "1000", "thousands": "1000", "million": "m", "millions": "m", "billion": "bn",
         "billions": "bn", "half": "half", "quarter": "quarter", "dozens": "12"}


def numbers(surface):
    s = surface.lower().replace(",", "")
    found = re.findall(r"\d+(?:\.\d+)?", s)
    found += [WORDS[w] for w in re.findall(r"[a-z]+", s) if w in WORDS]
    return set(found)


def run_story(story, files, work):
    corpus = os.path.join(work, story)
    if heldout:
        shutil.copytree(os.path.join(heldout_dir, "texts", story), corpus)
    elif story == "soleimani":
        shutil.copytree(os.path.join(root, "Corpus"), corpus)
    else:
        os.makedirs(corpus)
        with open(os.path.join(corpus, "metadata.csv"), "w", encoding="utf-8") as meta:
            meta.write("file,outlet\n")
            for name in files:
                shutil.copy(os.path.join(bench, "news", name), corpus)
                meta.write(f"{name},BBC News\n")
    out = os.path.join(work, story + "-out")
    subprocess.run([analyze, corpus, "--out", out, "--quiet", "--only", "figures"] + options, check=True)
    return list(csv.DictReader(open(os.path.join(out, "figures.csv"), encoding="utf-8")))


def main():
    stories = defaultdict(list)
    for row in reference:
        stories[row["story"]].append(row)
    totals = defaultdict(int)
    lines = []
    with tempfile.TemporaryDirectory() as work:
        for story, rows in stories.items():
            files = sorted({r["file"] for r in rows})
            figures = run_story(story, files, work)
            by_file = defaultdict(list)
            for f in figures:
                by_file[os.path.basename(f["file"])].append(f)
            group_of = {}   # reference row index -> comparison group ("" when none)
            used = set()
            for index, row in enumerate(rows):
                wanted = numbers(row["surface"])
                for k, f in enumerate(by_file[row["file"]]):
                    if (row["file"], k) in used:
                        continue
                    if wanted & numbers(f["surface"]):
                        used.add((row["file"], k))
                        group_of[index] = f["comparison_group"]
                        break
            positives = grouped = true_grouped = 0
            for a, b in combinations(range(len(rows)), 2):
                ra, rb = rows[a], rows[b]
                if ra["file"] == rb["file"]:
                    continue
                same = ra["quantity"] == rb["quantity"]
                together = a in group_of and b in group_of and group_of[a] != "" and group_of[a] == group_of[b]
                positives += same
                grouped += together
                true_grouped += same and together
            matched = len(group_of)
            lines.append(f"{story:10} figures {len(rows):4} matched {matched:4} | same-quantity pairs {positives:4} "
                         f"grouped {true_grouped:4} | grouped pairs {grouped:4}, of different quantities {grouped - true_grouped:4}")
            for key, value in (("positives", positives), ("grouped", grouped), ("true", true_grouped),
                               ("figures", len(rows)), ("matched", matched)):
                totals[key] += value
    print("\n".join(lines))
    recall = totals["true"] / totals["positives"] if totals["positives"] else 0
    precision = totals["true"] / totals["grouped"] if totals["grouped"] else float("nan")
    print(f"all: {totals['figures']} annotated figures, {totals['matched']} matched; recall {recall:.2f} "
          f"({totals['true']}/{totals['positives']} same-quantity pairs across documents grouped), "
          f"precision {precision:.2f} ({totals['true']}/{totals['grouped']} grouped pairs are the same quantity)")


if __name__ == "__main__":
    main()
