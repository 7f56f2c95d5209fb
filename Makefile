# Entry points of the LAKIP kit. Only Python 3.11+ and make are needed:
# the first target run creates .venv and installs the pinned versions.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
YEAR   ?= 2024

.PHONY: help install report test test-slow lab kernel clean-notebooks bench lock clean

# JupyterLab refuses to start as root unless told to (containers, many office servers run as root)
LAB_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root,)

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev,lab]'
	@# notebooks are committed without outputs: git strips them on `git add` (.gitattributes names the filter)
	@if git rev-parse --git-dir >/dev/null 2>&1; then git config filter.lakip-strip.clean '.venv/bin/python -m lakip_lib.workspace'; fi
	@touch $@

install: $(STAMP)  ## create .venv with the pinned versions

report: $(STAMP)  ## build outputs/$(YEAR)/ from the sample data (YEAR=2024)
	$(BIN)/lakip build --year $(YEAR)

test: $(STAMP)  ## run the test suite, but the tests marked slow (real kernels and browsers: make test-slow)
	$(BIN)/python -m pytest -m "not slow"

test-slow: $(STAMP)  ## run the tests marked slow: builds through real kernels, the preview, the browser and Word
	$(BIN)/python -m pytest -m slow

lab: kernel  ## open JupyterLab on notebooks/ in the kit's environment
	$(BIN)/jupyter lab --notebook-dir=notebooks $(LAB_ROOT) $(LAB_ARGS)

kernel: $(STAMP)  ## register the kit's environment as the Jupyter kernel "LAKIP kit" (VS Code, a system Jupyter)
	$(BIN)/python -m ipykernel install --user --name lakip-kit --display-name "LAKIP kit"

clean-notebooks: $(STAMP)  ## strip outputs and execution counts from notebooks/*.ipynb (saved after a run)
	$(BIN)/python -c 'import sys; from lakip_lib.workspace import strip_files; [print("stripped", p) for p in strip_files(sys.argv[1:])]' notebooks/*.ipynb

bench: $(STAMP)  ## run the benchmarks (a few minutes) and write benchmarks/results/
	$(BIN)/python -m benchmarks

lock:  ## re-resolve and pin every dependency into constraints.txt
	rm -rf .venv-lock && $(PYTHON) -m venv .venv-lock
	.venv-lock/bin/python -m pip install --quiet --upgrade pip
	.venv-lock/bin/python -m pip install --quiet -e '.[dev,lab]'
	{ echo "# Pinned versions of every package the kit installs (make, CI, environment.yml agree)."; \
	  echo "# Regenerate: make lock"; \
	  .venv-lock/bin/python -m pip freeze --exclude-editable | grep -v '^-e'; } > constraints.txt
	rm -rf .venv-lock

clean:  ## remove generated outputs (keeps .venv and raw data)
	rm -rf outputs/* data/processed/* .pytest_cache
	@touch outputs/.gitkeep data/processed/.gitkeep
