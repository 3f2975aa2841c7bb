# newslab: two commands on a fresh machine.
#   make lab    create .venv, install newslab with its notebook tools, open the notebooks
#   make test   create .venv, install newslab with its test tools, run every test
#   make notebooks  rebuild notebooks/*.ipynb from notebook-sources/*.py and execute them
#   make app    the notebooks as a code-free classroom app (Voila), at http://127.0.0.1:8866
#   make screenshots   refresh docs/screenshots/ from the browser tests (needs Debian's chromium)
#   make example-report   regenerate docs/example-report.html (the bundled article's HTML report)
# All only need python3 (3.10 or newer) with venv, and access to the package index.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root,)

.PHONY: lab app test notebooks screenshots example-report lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 >/dev/null
	touch $(STAMP)

# JupyterLab's news pop-up and update check off: the settings file Binder also uses (binder/postBuild).
LAB_SETTINGS := $(VENV)/share/jupyter/lab/settings/overrides.json
LAB_QUIET := --LabApp.news_url=None --LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate

$(LAB_SETTINGS): binder/overrides.json $(STAMP)
	mkdir -p $(dir $(LAB_SETTINGS))
	cp binder/overrides.json $(LAB_SETTINGS)

lab: $(STAMP) $(LAB_SETTINGS)
	$(BIN)/jupyter lab $(ROOT_FLAG) $(LAB_QUIET) notebooks/00_start_here.ipynb

app: $(STAMP)
	$(BIN)/newslab app notebooks

test: $(STAMP)
	$(BIN)/lint-imports
	$(BIN)/python -m pytest

notebooks: $(STAMP)
	$(BIN)/python scripts/build_notebooks.py
	$(BIN)/python scripts/run_notebooks.py

screenshots: $(STAMP)
	$(BIN)/python -m pytest tests/browser --screenshots

example-report: $(STAMP)
	$(BIN)/newslab report -o docs/example-report.html

lint: $(STAMP)
	$(BIN)/ruff check newslab tests scripts

clean:
	rm -rf $(VENV)
