"""The two README commands: `make run` on any port, `make test` quiet and parallel."""

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(
    not shutil.which("make"), reason="make is not installed"
)


def dry_run(*arguments) -> str:
    """What make would run, without running it."""
    result = subprocess.run(
        ["make", "--dry-run", "--always-make", *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    return result.stdout


def test_make_run_serves_on_the_port_asked_for():
    commands = dry_run("run", "PORT=8001")
    assert "runserver 127.0.0.1:8001" in commands
    assert "SITE_URL=http://127.0.0.1:8001" in commands  # links in emails too
    assert "127.0.0.1:8000" not in commands


def test_setup_is_quiet():
    commands = dry_run("setup")
    assert "pip -qq" in commands and "--root-user-action=ignore" in commands
    assert "EMAIL_BACKEND=django.core.mail.backends.dummy.EmailBackend" in commands


def test_make_test_runs_in_parallel_and_says_how_long_it_took():
    commands = dry_run("test")
    assert "pytest -n auto" in commands
    assert 'echo "make test: ' in commands
