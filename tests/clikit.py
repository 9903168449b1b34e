"""What the CLI tests share: a process environment naming only a test store, and a runner of
``arbiter.cli.main`` that returns (exit code, stdout, stderr) and fails on a traceback."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from arbiter.cli import main

Run = Callable[..., tuple[int, str, str]]


def cli_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Clear every ARBITER_* variable and point the CLI at a SQLite store in ``tmp_path`` (the data dir and
    secret as tests.conftest.make_settings has them); returns the store URL."""
    for k in [k for k in os.environ if k.startswith("ARBITER_")]:
        monkeypatch.delenv(k)
    url = f"sqlite:///{tmp_path / 'arbiter.db'}"
    monkeypatch.setenv("ARBITER_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("ARBITER_DATABASE_URL", url)
    return url


def runner(capsys: pytest.CaptureFixture[str]) -> Run:
    """Run ``arbiter <args>`` in process."""
    def go(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(list(args))
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        return code, out, err
    return go
