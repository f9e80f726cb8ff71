"""Reference tools timed on the same corpus as `analyze`, for Benchmarks/compare.sh.

    python baselines.py countvectorizer DIR   # scikit-learn CountVectorizer, unigram counts
    python baselines.py vader DIR             # vaderSentiment polarity of every non-empty line

Both read every .txt file under DIR (hidden files and folders left out, as analyze does)
and print one line: the tool, the documents, what was counted or scored, and the seconds
spent after the interpreter started (reading the files included).
"""
import os
import sys
import time


def text_files(root):
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        for name in sorted(files):
            if name.endswith(".txt") and not name.startswith("."):
                yield os.path.join(folder, name)


def read_all(root):
    texts = []
    for path in text_files(root):
        with open(path, encoding="utf-8", errors="replace") as handle:
            texts.append(handle.read())
    return texts


def countvectorizer(root):
    from sklearn.feature_extraction.text import CountVectorizer

    start = time.perf_counter()
    texts = read_all(root)
    matrix = CountVectorizer().fit_transform(texts)
    totals = matrix.sum(axis=0)
    seconds = time.perf_counter() - start
    print(f"countvectorizer documents={len(texts)} terms={matrix.shape[1]} tokens={int(totals.sum())} seconds={seconds:.3f}")


def vader(root):
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    start = time.perf_counter()
    texts = read_all(root)
    analyzer = SentimentIntensityAnalyzer()
    lines = 0
    total = 0.0
    for text in texts:
        for line in text.splitlines():
            if line.strip():
                total += analyzer.polarity_scores(line)["compound"]
                lines += 1
    seconds = time.perf_counter() - start
    print(f"vader documents={len(texts)} lines={lines} mean_compound={total / max(lines, 1):.4f} seconds={seconds:.3f}")


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("countvectorizer", "vader"):
        sys.exit(__doc__)
    {"countvectorizer": countvectorizer, "vader": vader}[sys.argv[1]](sys.argv[2])
