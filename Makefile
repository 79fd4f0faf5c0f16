# Two commands do everything on a fresh machine:
#   make demo   - set up, then run the monitor on the bundled demo shop (SQLite) until Ctrl-C
#   make test   - set up (test extras, PostgreSQL server binaries), then run the whole test suite
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
CYCLES ?= 0

.PHONY: demo test setup setup-test bench clean

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[test]"
	@touch $@ $(VENV)/.installed

setup: $(VENV)/.installed

setup-test: $(VENV)/.installed-test
	bash scripts/install_test_system_deps.sh

demo: setup
	$(VENV)/bin/monitor demo --cycles $(CYCLES)

test: setup-test
	$(PY) -m pytest $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) .pytest_cache
