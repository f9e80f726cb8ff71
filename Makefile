# The README's two commands: `make report` and `make test`.
# Both install what is missing first (GSL through apt; run as root or with sudo).

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps test-deps notebook-deps test-notebooks report test build bench bench-compare clean

deps:
	@if ! pkg-config --exists gsl 2>/dev/null; then \
		echo "Installing libgsl-dev and pkg-config (GSL) ..."; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libgsl-dev pkg-config; \
	fi
	@if [ ! -f /usr/include/cmark-gfm.h ]; then \
		echo "Installing libcmark-gfm-dev (cmark-gfm renders report.html) ..."; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libcmark-gfm-dev; \
	fi
	@# Sources/CCmarkGFM links the tables extension by its full file name (Debian 12 ships no
	@# libcmark-gfm-extensions.so link): another version needs that name changed there.
	@ls /usr/lib/*/libcmark-gfm-extensions.so.0.29.0.gfm.6 >/dev/null 2>&1 || { \
		echo "error: libcmark-gfm-extensions.so.0.29.0.gfm.6 (Debian 12's libcmark-gfm-dev) is missing; install that version, or put the installed file's name in Sources/CCmarkGFM/module.modulemap"; \
		exit 1; }

build: deps
	$(SWIFT) build -c release --product analyze

report: build
	.build/release/analyze Corpus --out Output

# The tests also render report.md as GitHub does (cmark-gfm), open report.html in a
# headless browser (Debian's chromium) and run one case as an unprivileged user (setpriv,
# from util-linux).
test-deps: deps
	@if ! command -v cmark-gfm >/dev/null 2>&1; then \
		echo "Installing cmark-gfm (renders report.md in the tests) ..."; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq cmark-gfm; \
	fi
	@if ! command -v chromium >/dev/null 2>&1; then \
		echo "Installing chromium (opens report.html headless in the tests) ..."; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium; \
	fi

# The notebooks run with papermill in a virtual environment of their own (pinned in
# Notebooks/requirements.txt, from PyPI), against the committed Output/, before the Swift
# tests (whose summary stays the last line).
NOTEBOOK_VENV := .build/notebook-venv

notebook-deps:
	@if ! python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then \
		echo "Installing python3-venv (the notebooks' environment) ..."; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq python3-venv; \
	fi
	@if ! cmp -s Notebooks/requirements.txt $(NOTEBOOK_VENV)/requirements.txt; then \
		echo "Installing the notebooks' Python packages into $(NOTEBOOK_VENV) ..."; \
		rm -rf $(NOTEBOOK_VENV) && python3 -m venv $(NOTEBOOK_VENV) && \
		$(NOTEBOOK_VENV)/bin/pip install -q --disable-pip-version-check -r Notebooks/requirements.txt && \
		cp Notebooks/requirements.txt $(NOTEBOOK_VENV)/requirements.txt; \
	fi

test-notebooks: deps notebook-deps
	$(SWIFT) build --product analyze
	Notebooks/run.sh

test: test-deps test-notebooks
	$(SWIFT) test

bench: build
	Benchmarks/run.sh

# analyze beside scikit-learn's CountVectorizer and vaderSentiment (a pinned Python
# environment in .build/bench-venv); not needed by `make test`.
bench-compare: build
	Benchmarks/compare.sh 50

clean:
	rm -rf .build
