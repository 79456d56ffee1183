# bulletsite: `make run` serves the site, `make test` runs everything CI runs.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON_VERSION := 3.13
PYENV_ROOT ?= $(HOME)/.pyenv
# A pyenv shim named python3.13 can exist and still fail, so each candidate is run, not just found.
PYTHON ?= $(shell for p in python$(PYTHON_VERSION) \
	$$(ls -d $(PYENV_ROOT)/versions/$(PYTHON_VERSION)*/bin/python$(PYTHON_VERSION) 2>/dev/null | sort -rV) \
	/usr/local/bin/python$(PYTHON_VERSION) /usr/bin/python$(PYTHON_VERSION); do \
	"$$p" -c "" >/dev/null 2>&1 && { command -v "$$p"; break; }; done)

UV ?= $(shell command -v uv 2>/dev/null || echo .tools/bin/uv)
export UV_PYTHON_DOWNLOADS := never
export UV_LINK_MODE := copy

VENV := .venv
MANAGE := $(VENV)/bin/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

CHROMIUM ?= /usr/bin/chromium
export BULLETSITE_CHROMIUM := $(CHROMIUM)
SCREENSHOTS := $(CURDIR)/screenshots
export BULLETSITE_SCREENSHOTS := $(SCREENSHOTS)
# The Nu HTML checker, at the version tools/vnu/package-lock.json pins, run on Debian's Java.
VNU_JAR := .tools/vnu/node_modules/vnu-jar/build/dist/vnu.jar
export BULLETSITE_VNU_JAR := $(CURDIR)/$(VNU_JAR)
# apt-get needs root; a developer who is not root gets it through sudo.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: help install messages browsers validator run migrate seed test lint format check pytest pytest-postgres bench backup restore clean

help: ## List the targets.
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

.tools/bin/uv:
	@test -n "$(PYTHON)" || { echo "Python $(PYTHON_VERSION) not found: install it or pass PYTHON=/path/to/python$(PYTHON_VERSION)"; exit 1; }
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet --disable-pip-version-check uv

install: $(if $(filter .tools/bin/uv,$(UV)),.tools/bin/uv) ## Install uv if missing, then the locked dependencies into .venv.
	@test -n "$(PYTHON)" || { echo "Python $(PYTHON_VERSION) not found: install it or pass PYTHON=/path/to/python$(PYTHON_VERSION)"; exit 1; }
	$(UV) sync --locked --python "$(PYTHON)"

browsers: ## Install Debian's Chromium for the browser tests, if it is missing.
	@test -x $(CHROMIUM) || { $(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium fonts-dejavu-core; }

validator: $(VNU_JAR) ## Install Debian's Java and the Nu HTML checker for the HTML tests, if missing.
	@command -v java >/dev/null || { $(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq default-jre-headless; }

# The package's install script would download a Java runtime: it is skipped, Debian's is used.
$(VNU_JAR): tools/vnu/package.json tools/vnu/package-lock.json
	@command -v npm >/dev/null || { $(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq npm; }
	mkdir -p .tools/vnu
	cp tools/vnu/package.json tools/vnu/package-lock.json .tools/vnu/
	npm ci --prefix .tools/vnu --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

# The French interface: locale/fr/LC_MESSAGES/django.po, compiled by gettext's msgfmt.
messages: install ## Compile the translations (.po) that the site's pages use.
	@command -v msgfmt >/dev/null || { $(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq gettext; }
	$(MANAGE) compilemessages --ignore=.venv --ignore=.tools -v0

migrate: install ## Apply database migrations.
	$(MANAGE) migrate --no-input

seed: migrate ## Load the seed content (safe to repeat: it never overwrites an editor's work).
	$(MANAGE) load_seed

run: messages seed ## Install, migrate, load the seed content and serve at http://127.0.0.1:8000.
	$(MANAGE) runserver $(HOST):$(PORT)

lint: install ## Check code style with ruff (lint and format).
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install ## Reformat and autofix with ruff.
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

check: install ## Django's system checks and a check that no migration is missing.
	$(MANAGE) check --fail-level WARNING
	$(MANAGE) makemigrations --check --dry-run

pytest: install messages browsers validator ## Run the pytest suite only, browser tests included.
	$(VENV)/bin/pytest
	@echo "Browser screenshots (390 px and 1280 px wide): $(SCREENSHOTS)"

# Browser tests look at pages, which no database changes: they run once, in the SQLite run, as
# the gunicorn-process tests do.
pytest-postgres: install messages validator ## The suite again on PostgreSQL and Redis (browser tests aside), started and stopped here.
	@eval "$$(.ci/services start)"; export DATABASE_URL REDIS_URL; \
	echo "Running the suite on $$DATABASE_URL with $$REDIS_URL"; \
	$(VENV)/bin/pytest -m "not processes and not browser"; \
	status=$$?; .ci/services stop; exit $$status

# The two runs share nothing but the installed tools, and each keeps about one core busy: on a
# 2-core machine they take little longer together than the slower one alone. Each run's output
# is printed whole when it ends. What they need is installed first, one apt-get at a time.
test: lint check messages browsers validator ## Everything CI runs: lint, checks, the suite on SQLite and, at the same time, on PostgreSQL + Redis.
	@$(MAKE) --no-print-directory -j2 --output-sync=target pytest pytest-postgres

# The benchmark's PostgreSQL and Redis run beside the test suite's, never in their place.
# BENCH_OPTIONS="--seconds 2" for a quick run. Then scripts/bench_flat.py, on a PostgreSQL of its
# own whose databases it keeps between runs: BENCH_FLAT_OPTIONS="--sizes 10000,100000" is quicker.
BENCH_SERVICES := BULLETSITE_SERVICES_DIR=/tmp/bulletsite-bench-services \
	BULLETSITE_PG_PORT=25433 BULLETSITE_REDIS_PORT=26380

# The PostgreSQL run serves as production would: nginx (deploy/nginx.conf) before two app servers.
bench: install messages ## Load-test the site with gunicorn and wrk, on SQLite then PostgreSQL + Redis behind nginx.
	@command -v wrk >/dev/null || { $(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq wrk; }
	@command -v nginx >/dev/null || { $(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq nginx; }
	env -u DATABASE_URL -u REDIS_URL $(VENV)/bin/python scripts/bench.py $(BENCH_OPTIONS)
	@eval "$$($(BENCH_SERVICES) .ci/services start)"; export DATABASE_URL REDIS_URL; \
	echo "scripts/bench.py on $$DATABASE_URL with $$REDIS_URL"; \
	$(VENV)/bin/python scripts/bench.py $(BENCH_OPTIONS); status=$$?; \
	$(BENCH_SERVICES) .ci/services stop; exit $$status
	$(VENV)/bin/python scripts/bench_flat.py $(BENCH_FLAT_OPTIONS)

# On PostgreSQL, backups need pg_dump and pg_restore: Debian's postgresql-client, if missing.
PG_CLIENT := case "$$DATABASE_URL" in postgres*) command -v pg_dump >/dev/null || { \
	$(SUDO) apt-get update -qq && \
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq postgresql-client; };; esac

backup: install ## Write a consistent copy of the database to backups/ (or OUTPUT=file).
	@$(PG_CLIENT)
	$(MANAGE) dbbackup $(if $(OUTPUT),--output "$(OUTPUT)")

restore: install ## Bring back a backup (checked, the current database copied aside first): make restore FILE=backups/....
	@test -n "$(FILE)" || { echo "Name the backup to restore: make restore FILE=backups/..."; exit 1; }
	@$(PG_CLIENT)
	$(MANAGE) dbrestore "$(FILE)"

clean: ## Remove the virtualenv, tools, local database and generated media.
	rm -rf $(VENV) .tools db.sqlite3 db.sqlite3-* media staticfiles .pytest_cache .ruff_cache
