# Two commands do everything (see README): `make run` and `make test`.
VENV   ?= .venv
PYTHON ?= python3
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test setup system-packages lint screenshot bench clean translations mutation

run: setup
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
		$(VENV)/bin/rlsdesk; \
	else \
		echo "No display found: starting rlsdesk on a virtual desktop (Ctrl-C stops it)."; \
		$(PY) -m tests.vdesk run -- $(VENV)/bin/rlsdesk --data-dir \
			"$$($(PY) -c 'from rlsdesk.system.paths import resolve_data_dir; print(resolve_data_dir(None))')"; \
	fi

test: setup lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

setup: system-packages $(STAMP)

system-packages:
	@bash .ci/system-packages.sh

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	@touch $(STAMP)

lint: $(STAMP)
	$(VENV)/bin/ruff check rlsdesk tests bench
	$(VENV)/bin/mypy

screenshot: setup
	$(PY) -m tests.screenshots artifacts/screenshots --theme night --hour 19
	$(PY) -m tests.screenshots artifacts/screenshots --theme day
	cp artifacts/screenshots/tonight-night.png resources/screenshots/main-window.png
	cp artifacts/screenshots/insights-night.png resources/screenshots/insights.png

bench: setup
	cd bench && ../$(PY) startup.py
	cd bench && ../$(PY) reminder_latency.py
	cd bench && ../$(PY) diary_scale.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache .mypy_cache mutants

# Mutation testing of rlsdesk/domain/ with mutmut (configured in pyproject.toml; takes a long
# while, not part of `make test` or CI). MUTATE=safety,planner limits it to those files;
# a named file's mutants all run again; without MUTATE only those not yet run do (results
# are kept in mutants/; rm -rf mutants to start over). Property tests try at most 10
# examples each here (RLSDESK_HYPOTHESIS_PROFILE=mutation, tests/hypothesis_budget.py).
MUTATE ?=
MUTATION_CHILDREN ?= 2
mutation: export RLSDESK_HYPOTHESIS_PROFILE = mutation
mutation: $(STAMP)
	$(PY) -m pip install --quiet -e ".[test,mutation]"
	@if [ -n "$(MUTATE)" ]; then \
		for f in $$(echo "$(MUTATE)" | tr ',' ' '); do \
			$(VENV)/bin/mutmut run --max-children $(MUTATION_CHILDREN) \
				"rlsdesk.domain.$$f.*" || exit 1; \
		done; \
	else \
		$(VENV)/bin/mutmut run --max-children $(MUTATION_CHILDREN) || exit 1; \
	fi
	$(PY) -m tests.mutation_score $$(echo "$(MUTATE)" | tr ',' ' ')

# Every source with user-visible text (tests/qt/test_i18n.py scans the same list).
TRANSLATED_SOURCES := rlsdesk/ui rlsdesk/paint rlsdesk/export/report.py rlsdesk/notify rlsdesk/reminders rlsdesk/text rlsdesk/app.py

translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find $(TRANSLATED_SOURCES) -name '*.py' | sort) \
		-ts resources/i18n/rlsdesk_de.ts
	$(VENV)/bin/pyside6-lrelease resources/i18n/rlsdesk_de.ts -qm resources/i18n/rlsdesk_de.qm
