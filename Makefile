# Two commands do all the set-up on a fresh Debian machine with Python 3.11:
#   make run    install, migrate, load demo data, serve http://127.0.0.1:8000
#               (make run PORT=8001 serves on another port)
#   make test   the same set-up, then lint and the whole test suite, in parallel
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
# Quiet: warnings only when something fails (-qq), and none about installing as root.
PIP_INSTALL := $(PY) -m pip -qq --disable-pip-version-check install --root-user-action=ignore
# pytest-xdist workers: one per core (each has its own test database and live server).
TEST_WORKERS ?= auto
# Debian packages the tests use: the browser, fonts for every script, HarfBuzz's
# subsetter (WeasyPrint embeds only the glyphs a certificate uses; without it, it falls
# back to a slower one and says so on every PDF), gettext, and poppler's and zbar's
# tools (the certificate tests read the PDFs' text, fonts, pages and QR codes).
DEBIAN_TEST_PACKAGES := chromium fonts-noto-core fonts-noto-cjk libharfbuzz-subset0 \
	gettext poppler-utils zbar-tools

.PHONY: run test bench setup install system-packages messages allauth-messages lint format clean

$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP_INSTALL) --upgrade pip
	$(PIP_INSTALL) -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

# The demo's emails (enrollments of thirty people) are not printed.
setup: install
	mkdir -p var
	$(PY) manage.py migrate --noinput -v 0
	EMAIL_BACKEND=django.core.mail.backends.dummy.EmailBackend $(PY) manage.py seed_demo

run: setup
	@echo "Serving on http://127.0.0.1:$(PORT) (Ctrl-C stops it)."
	SITE_URL=http://127.0.0.1:$(PORT) $(PY) manage.py runserver 127.0.0.1:$(PORT)

# When this make began: `make test` says how long it took, set-up included.
STARTED := $(shell date +%s)

test: system-packages setup
	@$(PY) manage.py makemigrations --check --dry-run && \
	$(PY) -m ruff check . && \
	$(PY) -m ruff format --check . && \
	$(PY) -m pytest -n $(TEST_WORKERS); status=$$?; \
	echo "make test: $$(( $$(date +%s) - $(STARTED) )) s"; exit $$status

system-packages:
	@missing=""; for pkg in $(DEBIAN_TEST_PACKAGES); do \
		dpkg -s $$pkg >/dev/null 2>&1 || missing="$$missing $$pkg"; done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing Debian packages:$$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	else \
		echo "Not installed:$$missing. As root: apt-get install$$missing"; \
		echo "Browser tests will be skipped until then."; \
	fi

# Lesson page: queries, median server time, page weight, beside two floors (test
# client); pages at scale and the exchange of 2,000 reflections (test client);
# certificate PDFs beside WeasyPrint alone (and, with PostgreSQL, 300 through a
# db_worker); a 1,000-member partner dashboard and its exports; then every
# participant page through gunicorn over HTTP, in both set-ups.
bench: install
	mkdir -p var
	rm -f var/bench.sqlite3
	$(PY) -m benchmarks.lesson_page
	$(PY) -m benchmarks.cohort_pages
	$(PY) -m benchmarks.exchange_page
	$(PY) -m benchmarks.certificate_pdf
	$(PY) -m benchmarks.partner_dashboard
	$(PY) -m benchmarks.my_data
	$(PY) -m benchmarks.http_pages embedded
	@if pg_isready -h 127.0.0.1 -q && redis-cli -h 127.0.0.1 ping >/dev/null 2>&1; then \
		createdb -h 127.0.0.1 -U postgres lms_bench_http 2>/dev/null; \
		createdb -h 127.0.0.1 -U postgres lms_bench_exchange 2>/dev/null; \
		createdb -h 127.0.0.1 -U postgres lms_bench_certificates 2>/dev/null; \
		createdb -h 127.0.0.1 -U postgres lms_bench_partners 2>/dev/null; \
		createdb -h 127.0.0.1 -U postgres lms_bench_my_data 2>/dev/null; \
		BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/lms_bench_exchange \
			REDIS_URL=redis://127.0.0.1:6379/9 $(PY) -m benchmarks.exchange_page; \
		BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/lms_bench_certificates \
			REDIS_URL=redis://127.0.0.1:6379/9 $(PY) -m benchmarks.certificate_pdf; \
		BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/lms_bench_partners \
			REDIS_URL=redis://127.0.0.1:6379/8 $(PY) -m benchmarks.partner_dashboard; \
		BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/lms_bench_my_data \
			REDIS_URL=redis://127.0.0.1:6379/7 $(PY) -m benchmarks.my_data; \
		$(PY) -m benchmarks.http_pages production; \
	else echo "PostgreSQL or Redis not running: production set-up not measured."; fi

# Refresh the translation catalogs after changing user-facing strings. makemessages
# writes only into locale/; compilemessages also compiles lms/locale_allauth/ and
# lms/locale_django/.
messages: install
	$(PY) manage.py makemessages --all --ignore='.venv/*' --ignore='var/*' --ignore='benchmarks/*' --no-obsolete
	$(PY) manage.py compilemessages --ignore='.venv/*'

# After upgrading django-allauth or Django: merge allauth's strings into
# lms/locale_allauth/ and the Django strings its forms show into lms/locale_django/.
allauth-messages: install
	$(PY) manage.py allauth_messages

lint: install
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format: install
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

clean:
	rm -rf $(VENV) var staticfiles
