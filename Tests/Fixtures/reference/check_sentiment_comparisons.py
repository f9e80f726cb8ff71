"""Recomputes the Welch tests of sentiment_comparisons.csv from sentiment_documents.csv with
scipy, independently of the Swift code (issue 13's check on the BBC text). Usage:

    .build/release/analyze ../shared/bench/news --group-by category --out /tmp/bbc
    .build/bench-venv/bin/python Tests/Fixtures/reference/check_sentiment_comparisons.py /tmp/bbc

The document means in sentiment_documents.csv are rounded to 4 decimals, so t agrees to
about 1e-4 relative and p (in the far tail) to a few parts in a thousand, not to the last
digit. Prints one line per pair and exits non-zero when a t differs by more than 1e-3.
"""
import csv
import sys
from collections import defaultdict

from scipy import stats

folder = sys.argv[1]
# Copies of earlier documents (documents.csv duplicate_of) count once: they are left out.
with open(f"{folder}/documents.csv", newline="", encoding="utf-8") as f:
    copies = {row["file"] for row in csv.DictReader(f) if row.get("duplicate_of")}
means = defaultdict(list)
with open(f"{folder}/sentiment_documents.csv", newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        if row["mean_compound"] and row["file"] not in copies:
            means[row["group"]].append(float(row["mean_compound"]))
worst = 0.0
with open(f"{folder}/sentiment_comparisons.csv", newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        if not row["p"]:
            continue
        a, b = row["group_a"], row["group_b"]
        y = means[b] if b != "(rest)" else [m for g, v in means.items() if g != a for m in v]
        result = stats.ttest_ind(means[a], y, equal_var=False)
        p, t = float(row["p"]), float(row["welch_t"])
        worst = max(worst, abs(t - result.statistic) / abs(result.statistic))
        print(f"{a} - {b}: analyze t = {t:.4f}, p = {p:.6g}; scipy t = {result.statistic:.4f}, p = {result.pvalue:.6g}; "
              f"documents {len(means[a])} and {len(y)}")
print(f"largest relative difference of t: {worst:.2g}")
sys.exit(0 if worst < 1e-3 else 1)
