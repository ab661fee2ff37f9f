# Lotse – set-up, run and test. `make run` and `make test` work on a fresh clone.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test test-cluster lint bench eval nlu-report nlu-train nlu-serve catalogue messages clean help

help:
	@echo "make run   – install and start Lotse on http://127.0.0.1:8000/"
	@echo "make test  – install and run the whole test suite"
	@echo "make test-cluster – two app processes behind nginx on PostgreSQL and Redis, with fault tests"
	@echo "make lint  – ruff and mypy"
	@echo "make bench – speed and memory figures as tables (NLU, web chat, Telegram, turns against Rasa's parse)"
	@echo "make eval  – scripted conversations and crisis sets (blind ones too) as a table"
	@echo "make nlu-report – train Rasa, compare both NLU backends, write docs/nlu-report.md"
	@echo "make nlu-serve  – train if needed and run the Rasa NLU server on 127.0.0.1:5005"
	@echo "make messages   – extract the German texts into bot/locale/lotse.pot and update every language's .po"

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed ($(PYTHON) not found)"; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/lotse db upgrade
	$(BIN)/lotse serve --host 127.0.0.1 --port 8000

# the suite runs in several processes (pytest-xdist), a file's tests in one of them; each has
# its own PostgreSQL and Redis database (tests/conftest.py). TEST_WORKERS=0 runs it in this one.
TEST_WORKERS ?= 3
test: $(STAMP)
	scripts/ensure-chromium
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist loadfile

test-cluster: $(STAMP)
	scripts/ensure-nginx
	$(BIN)/python -m pytest -q -m cluster tests/cluster

bench: $(STAMP)
	scripts/ensure-wrk
	$(BIN)/python -m bench.run
	$(BIN)/python -m bench.turns
	$(BIN)/python -m bench.internships

eval: $(STAMP)
	$(BIN)/python -m tests.e2e.dialogue_eval
	$(BIN)/python -m tests.bot.crisis_eval

lint: $(STAMP)
	$(BIN)/ruff check bot nlu matching tests scripts bench
	$(BIN)/mypy bot nlu matching bench

nlu-train: $(STAMP)
	$(BIN)/lotse nlu train

nlu-serve: $(STAMP)
	$(BIN)/lotse nlu serve

nlu-report: $(STAMP)
	$(BIN)/lotse nlu report tests/nlu/test_nlu.yml --out docs/nlu-report.md

catalogue: $(STAMP)
	$(BIN)/lotse catalogue check
	$(BIN)/lotse catalogue report

# the message catalogues (docs/languages.md): extract, update every bot/locale/<code>/…/lotse.po,
# and print what each language still lacks
messages: $(STAMP)
	$(BIN)/python -m bot.i18n.messages

clean:
	rm -rf $(VENV) var .pytest_cache
