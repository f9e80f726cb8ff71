"""Reference values for the document-level tests (issue 13), computed with scipy/numpy,
independently of the Swift code. Run from the project root:

    .build/bench-venv/bin/python Tests/Fixtures/reference/document_tests.py > Tests/Fixtures/reference/document_tests.csv

(`make bench-compare` creates that environment; any Python with scipy and numpy will do.)

Rows: case,function,inputs,output,value, as in statistics.csv.
- welch_moments: Welch's t-test (scipy.stats.ttest_ind, equal_var=False) of two samples.
- keyness_welch: the same on per-document rates count/tokens of the small corpus that
  KeynessDocumentTests builds (group A and group B, six documents each, 50 tokens each).
- gries_dp: Gries' DP, 0.5 * sum |v_d - s_d| over all documents of the sample (zeros
  included), from the definition in Gries (2008).
"""
import csv
import sys

import numpy as np
from scipy import stats

rows = []


def add(function, inputs, output, value):
    rows.append([len(rows) + 1, function, inputs, output, repr(float(value))])


def fmt(values):
    return "|".join(repr(float(v)) for v in values)


welch_cases = [
    ([0.12, 0.30, -0.05, 0.22, 0.18, 0.09], [-0.10, 0.02, -0.21, 0.05, -0.08]),
    ([0.5, 0.5, 0.5, 0.7], [0.1, 0.2, 0.0, 0.15, 0.05, 0.1, 0.12]),
    ([0.01, 0.0, 0.0, 0.0, 0.02, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.01]),
]
for x, y in welch_cases:
    result = stats.ttest_ind(x, y, equal_var=False)
    inputs = f"x={fmt(x)};y={fmt(y)}"
    add("welch_moments", inputs, "t", result.statistic)
    add("welch_moments", inputs, "p", result.pvalue)

# The corpus of KeynessDocumentTests: counts per document of two terms, 50 tokens each.
tokens = 50
corpus = {
    # one document of A repeats "spike" 40 times; no other document uses it
    "spike": ([40, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0]),
    # "steady" is used by every document of A, and by two of B, once each
    "steady": ([2, 2, 3, 2, 2, 3], [0, 1, 0, 0, 1, 0]),
}
for term, (a, b) in corpus.items():
    x = np.array(a) / tokens
    y = np.array(b) / tokens
    result = stats.ttest_ind(x, y, equal_var=False)
    inputs = f"term={term};a={fmt(a)};b={fmt(b)};tokens={tokens}"
    add("keyness_welch", inputs, "t", result.statistic)
    add("keyness_welch", inputs, "p", result.pvalue)


def gries_dp(counts, sizes):
    counts = np.array(counts, dtype=float)
    sizes = np.array(sizes, dtype=float)
    v = counts / counts.sum()
    s = sizes / sizes.sum()
    return 0.5 * np.abs(v - s).sum()


dp_cases = [
    ([40, 0, 0, 0, 0, 0], [50] * 6),
    ([2, 2, 3, 2, 2, 3], [50] * 6),
    ([1, 2, 3, 4], [100, 200, 300, 400]),
    ([5, 0, 1, 0, 0], [120, 80, 400, 33, 67]),
]
for counts, sizes in dp_cases:
    add("gries_dp", f"counts={fmt(counts)};tokens={fmt(sizes)}", "dp", gries_dp(counts, sizes))

writer = csv.writer(sys.stdout, lineterminator="\n")
writer.writerow(["case", "function", "inputs", "output", "value"])
writer.writerows(rows)
