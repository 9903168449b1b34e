"""Settings: database URL normalisation, generated secrets (mode 0600, reused), bad values."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from arbiter.errors import ArbiterError
from arbiter.settings import load_settings, normalize_database_url


@pytest.mark.parametrize(("given", "expected"), [
    ("sqlite:////abs/path/to.db", "sqlite:////abs/path/to.db"),
    ("sqlite:///rel/to.db", "sqlite:///rel/to.db"),
    ("postgresql://postgres@127.0.0.1:5432/test", "postgresql+psycopg://postgres@127.0.0.1:5432/test"),
    ("postgres://u:p@db.internal/arbiter?sslmode=require", "postgresql+psycopg://u:p@db.internal/arbiter?sslmode=require"),
    ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
])
def test_database_url_normalisation(given: str, expected: str) -> None:
    assert normalize_database_url(given) == expected


@pytest.mark.parametrize("url", ["mysql://root@localhost/db", "postgresql+asyncpg://u@h/db", "/var/arbiter.db", "x"])
def test_unsupported_database_url_is_a_clear_error(url: str) -> None:
    with pytest.raises(ArbiterError) as exc:
        normalize_database_url(url)
    assert exc.value.code == "BAD_SETTING"
    assert "sqlite:///" in exc.value.message and "postgresql://" in exc.value.message
    with pytest.raises(ArbiterError):
        load_settings({"ARBITER_DATA_DIR": "/nonexistent", "ARBITER_DATABASE_URL": url,
                       "ARBITER_ADMIN_TOKEN": "t", "ARBITER_SECRET": "s"})


def test_defaults_live_under_the_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    s = load_settings({})
    assert s.data_dir == tmp_path / "var"
    assert s.database_url == f"sqlite:///{tmp_path / 'var' / 'arbiter.db'}"
    assert s.allowlists_dir == tmp_path / "allowlists"
    assert (s.host, s.port, s.max_body_bytes, s.max_json_depth) == ("127.0.0.1", 8080, 1024 * 1024, 32)
    s2 = load_settings({"ARBITER_DATABASE_URL": "postgres://u@h/db", "ARBITER_PORT": "9090",
                        "ARBITER_MAX_BODY_BYTES": "4096", "ARBITER_HOST": "0.0.0.0"})
    assert (s2.database_url, s2.port, s2.max_body_bytes, s2.host) == ("postgresql+psycopg://u@h/db", 9090, 4096,
                                                                      "0.0.0.0")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_generated_admin_token_is_private_and_reused(tmp_path: Path) -> None:
    env = {"ARBITER_DATA_DIR": str(tmp_path / "data"), "ARBITER_SECRET": "s"}
    first = load_settings(env)
    token_file = tmp_path / "data" / "admin-token"
    assert first.admin_token_file == token_file
    assert _mode(token_file) == 0o600
    assert token_file.read_text().strip() == first.admin_token and len(first.admin_token) >= 40
    second = load_settings(env)
    assert second.admin_token == first.admin_token
    # Another data dir gets another token.
    assert load_settings({**env, "ARBITER_DATA_DIR": str(tmp_path / "other")}).admin_token != first.admin_token


def test_given_admin_token_is_used_and_nothing_is_written(tmp_path: Path) -> None:
    s = load_settings({"ARBITER_DATA_DIR": str(tmp_path), "ARBITER_ADMIN_TOKEN": "given-token",
                       "ARBITER_SECRET": "s"})
    assert s.admin_token == "given-token" and s.admin_token_file is None
    assert not (tmp_path / "admin-token").exists()


def test_server_secret_is_generated_once_or_taken_from_the_environment(tmp_path: Path) -> None:
    env = {"ARBITER_DATA_DIR": str(tmp_path), "ARBITER_ADMIN_TOKEN": "t"}
    first = load_settings(env)
    secret_file = tmp_path / "secret"
    assert _mode(secret_file) == 0o600
    assert first.secret == secret_file.read_text().strip().encode() and len(first.secret) >= 40
    assert load_settings(env).secret == first.secret
    given = load_settings({"ARBITER_DATA_DIR": str(tmp_path / "g"), "ARBITER_ADMIN_TOKEN": "t",
                           "ARBITER_SECRET": "from-env"})
    assert given.secret == b"from-env"
    assert not (tmp_path / "g" / "secret").exists()


@pytest.mark.parametrize(("name", "value", "words"), [
    ("ARBITER_PORT", "http", "must be an integer"),
    ("ARBITER_MAX_BODY_BYTES", "1MB", "must be an integer"),
    ("ARBITER_MAX_JSON_DEPTH", "0", "must be an integer >= 1"),
    ("ARBITER_WORKERS", "-2", "must be an integer >= 1"),
    ("ARBITER_PORT", "70000", "must be an integer <= 65535"),
    ("ARBITER_MAX_BODY_BYTES", "100", "must be an integer >= 1024"),
    ("ARBITER_AUDIT_BATCH_MAX", "2.5", "must be an integer"),
])
def test_bad_integer_settings_are_a_clear_error(tmp_path: Path, name: str, value: str, words: str) -> None:
    with pytest.raises(ArbiterError) as exc:
        load_settings({"ARBITER_DATA_DIR": str(tmp_path), "ARBITER_ADMIN_TOKEN": "t", "ARBITER_SECRET": "s",
                       name: value})
    assert exc.value.code == "BAD_SETTING"
    assert name in exc.value.message and words in exc.value.message and value in exc.value.message


@pytest.mark.parametrize("value", ["fast", "0", "-1", "nan"])
def test_bad_number_of_seconds_is_a_clear_error(tmp_path: Path, value: str) -> None:
    with pytest.raises(ArbiterError) as exc:
        load_settings({"ARBITER_DATA_DIR": str(tmp_path), "ARBITER_ADMIN_TOKEN": "t", "ARBITER_SECRET": "s",
                       "ARBITER_REGISTRY_POLL_S": value})
    assert exc.value.code == "BAD_SETTING" and "ARBITER_REGISTRY_POLL_S" in exc.value.message
    assert load_settings({"ARBITER_DATA_DIR": str(tmp_path), "ARBITER_ADMIN_TOKEN": "t", "ARBITER_SECRET": "s",
                          "ARBITER_REGISTRY_POLL_S": "0.25"}).registry_poll_s == 0.25


@pytest.mark.parametrize(("value", "expected"), [("1", True), ("true", True), ("False", False), ("0", False)])
def test_booleans_and_lists(tmp_path: Path, value: str, expected: bool) -> None:
    env = {"ARBITER_DATA_DIR": str(tmp_path), "ARBITER_ADMIN_TOKEN": "t", "ARBITER_SECRET": "s"}
    s = load_settings({**env, "ARBITER_MCP_JSON_RESPONSE": value,
                       "ARBITER_MCP_ALLOWED_ORIGINS": " https://a.example/ ,http://b.example:8080,, "})
    assert s.mcp_json_response is expected
    assert s.mcp_allowed_origins == frozenset({"https://a.example", "http://b.example:8080"})
    with pytest.raises(ArbiterError) as exc:
        load_settings({**env, "ARBITER_MCP_JSON_RESPONSE": "sometimes"})
    assert "ARBITER_MCP_JSON_RESPONSE" in exc.value.message and "true, false, 1 or 0" in exc.value.message


def test_unknown_and_empty_variables_are_ignored_and_derived_fields_cannot_be_set(tmp_path: Path) -> None:
    env = {"ARBITER_DATA_DIR": str(tmp_path), "ARBITER_SECRET": "s", "ARBITER_TEST_DATABASE_URL": "x",
           "ARBITER_PORT": "", "ARBITER_ADMIN_TOKEN_FILE": "/etc/passwd"}
    s = load_settings(env)
    assert s.port == 8080 and s.admin_token_file == tmp_path / "admin-token"


def test_processes_starting_at_once_agree_on_the_generated_secrets(tmp_path: Path) -> None:
    import subprocess
    import sys

    data_dir = str(tmp_path / "var")
    code = (f"from arbiter.settings import load_settings; s = load_settings({{'ARBITER_DATA_DIR': {data_dir!r}}}); "
            "print(s.admin_token, s.secret.decode())")
    procs = [subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(8)]
    outs = [p.communicate(timeout=60) for p in procs]
    assert all(p.returncode == 0 for p in procs), [e for _, e in outs]
    assert len({o for o, _ in outs}) == 1  # every process read the same token and secret
    assert sorted(p.name for p in (tmp_path / "var").iterdir()) == ["admin-token", "secret"]


def test_alert_settings(tmp_path: Path) -> None:
    env = {"ARBITER_DATA_DIR": str(tmp_path), "ARBITER_ADMIN_TOKEN": "t", "ARBITER_SECRET": "s"}
    s = load_settings(env)
    assert (s.alert_interval_s, s.alert_window_s, s.alert_baseline_windows, s.alert_sigma, s.alert_ratio,
            s.alert_min_events, s.alert_webhook) == (60.0, 300, 288, 3.0, 2.0, 5, "")
    s = load_settings({**env, "ARBITER_ALERT_WEBHOOK": "https://hooks.example.com/T0/B0", "ARBITER_ALERT_SIGMA": "2.5"})
    assert (s.alert_webhook, s.alert_sigma) == ("https://hooks.example.com/T0/B0", 2.5)
    with pytest.raises(ArbiterError) as exc:
        load_settings({**env, "ARBITER_ALERT_WEBHOOK": "hooks.example.com"})
    assert exc.value.code == "BAD_SETTING" and exc.value.details == {"setting": "ARBITER_ALERT_WEBHOOK"}
    with pytest.raises(ArbiterError, match="ARBITER_ALERT_RATIO"):
        load_settings({**env, "ARBITER_ALERT_RATIO": "0.5"})
