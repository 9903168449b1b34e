"""``arbiter alerts``, run in-process against the SQLite store the detector wrote its alerts to."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from arbiter.alerts import Detector
from arbiter.service import Arbiter
from tests.clikit import Run, cli_env, runner
from tests.conftest import make_settings
from tests.test_alerts import BASELINE, CURRENT, NOW, W, baseline, record, write


@pytest.fixture
def db_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    return cli_env(tmp_path, monkeypatch)


@pytest.fixture
def run(svc: Arbiter, capsys: pytest.CaptureFixture[str]) -> Run:
    return runner(capsys)


def test_alerts_lists_what_the_detector_raised(svc: Arbiter, tmp_path: Path, db_url: str, run: Run) -> None:
    code, out, _ = run("alerts")
    assert code == 0 and out.split() == ["ID", "RAISED", "TENANT", "AGENT", "METRIC", "OBSERVED", "THRESHOLD",
                                         "STATUS", "WHY"]
    write(svc, baseline() + [record(CURRENT + 10 + i, verdict="deny", reasons=("TOOL_NOT_ALLOWED",))
                             for i in range(15)] + [record(CURRENT + 30, tool="send_email")])
    s = make_settings(tmp_path, db_url, ARBITER_ALERT_WINDOW_S=W, ARBITER_ALERT_BASELINE_WINDOWS=BASELINE)
    raised = Detector(svc.db, svc.audit, s).evaluate(now=NOW)
    assert len(raised) == 4

    code, out, _ = run("alerts", "--agent", "agt_a")
    rows = [line.split() for line in out.splitlines()[1:]]
    assert code == 0 and sorted(r[4] for r in rows) == ["deny_rate", "new_tools"]
    assert all(r[2:4] == ["acme", "agt_a"] and r[7] == "open" for r in rows)
    assert "deny rate 0.938 (15 denies of 16 decisions)" in out

    code, out, _ = run("alerts", "--json", "--metric", "new_tools")
    listed = json.loads(out)
    assert code == 0 and {a["agent_id"] for a in listed} == {"agt_a", None}
    assert all(a["details"]["tools"] == ["send_email"] for a in listed)

    code, _, err = run("alerts", "--since", "last week")
    assert code == 1 and "since must be an ISO 8601 time" in err
