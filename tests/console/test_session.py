"""Console sessions: signed, expiring, ended by revocation or rotation, and bound CSRF tokens."""

from __future__ import annotations

import time

from arbiter.console import session
from arbiter.service import Arbiter


def test_admin_and_operator_sessions_resolve_until_they_expire(svc: Arbiter) -> None:
    now = time.time()
    cookie, who = session.sign_in(svc, "test-admin-token", now=now) or ("", None)
    assert who is not None and who.actor == "admin-token"
    assert session.resolve(svc, cookie, now=now) == who
    assert session.resolve(svc, cookie, now=now + session.LIFETIME_S + 1) is None
    op, key = svc.operators.add(name="aud", roles=["auditor"], actor="test")
    signed = session.sign_in(svc, key, now=now)
    assert signed is not None and signed[1].actor == f"operator:{op.id}" and signed[1].roles == {"auditor"}
    assert session.resolve(svc, signed[0], now=now) == signed[1]
    assert session.sign_in(svc, "opk_unknown") is None and session.sign_in(svc, "") is None


def test_forged_or_malformed_cookies_are_no_session(svc: Arbiter) -> None:
    cookie, _ = session.sign_in(svc, "test-admin-token") or ("", None)
    parts = cookie.split(".")
    longer = ".".join([*parts[:3], str(int(parts[3]) + 3600), parts[4]])  # extended lifetime, old MAC
    for bad in (None, "", "garbage", cookie + "0", longer, cookie.replace("v1.", "v2.", 1),
                ".".join([parts[0], "op_x", *parts[2:]])):
        assert session.resolve(svc, bad) is None, bad


def test_revoking_or_rotating_ends_the_session(svc: Arbiter) -> None:
    op, key = svc.operators.add(name="ann", roles=["approver"], actor="test")
    first = (session.sign_in(svc, key) or ("", None))[0]
    _, new_key = svc.operators.rotate_key(op.id, actor="test")
    assert session.resolve(svc, first) is None
    second = (session.sign_in(svc, new_key) or ("", None))[0]
    assert session.resolve(svc, second) is not None
    svc.operators.revoke(op.id, actor="test")
    assert session.resolve(svc, second) is None


def test_csrf_tokens_belong_to_one_session(svc: Arbiter) -> None:
    a = (session.sign_in(svc, "test-admin-token", now=1e9) or ("", None))[0]
    b = (session.sign_in(svc, "test-admin-token", now=1e9 + 1) or ("", None))[0]
    token = session.csrf_token(svc, a)
    assert session.csrf_ok(svc, a, token)
    assert not session.csrf_ok(svc, b, token)
    assert not session.csrf_ok(svc, a, None) and not session.csrf_ok(svc, None, token)
