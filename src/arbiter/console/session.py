"""Console sign-in: a signed, expiring session cookie that names the operator, never holds its key.

The cookie is ``v1.<who>.<key>.<expires>.<mac>``: ``who`` is an operator id or ``admin``, ``key`` the
operator's public key id (or a fingerprint of the admin token), and ``mac`` an HMAC of the rest with the
server secret. Each page load looks the operator up again, so revoking an operator or rotating its key
(or the admin token) ends its console sessions at once. Forms carry a CSRF token derived from the cookie.
"""

from __future__ import annotations

import hashlib
import hmac
import time

from arbiter.operators import BOOTSTRAP, Principal
from arbiter.service import Arbiter

COOKIE = "arbiter_console"
LIFETIME_S = 8 * 3600


def _mac(secret: bytes, payload: str) -> str:
    return hmac.new(secret, b"console-session\n" + payload.encode(), hashlib.sha256).hexdigest()


def _admin_key(svc: Arbiter) -> str:
    return hashlib.sha256(b"console-admin\n" + svc.settings.admin_token.encode()).hexdigest()[:16]


def sign_in(svc: Arbiter, token: str, now: float | None = None) -> tuple[str, Principal] | None:
    """A session cookie value and its principal for an operator key or the admin token; None if unknown."""
    expires = int((now if now is not None else time.time()) + LIFETIME_S)
    if svc.is_admin(f"Bearer {token}"):
        who, key, principal = "admin", _admin_key(svc), BOOTSTRAP
    else:
        op = svc.operators.authenticate(token)
        if op is None or op.key_id is None:
            return None
        who, key, principal = op.id, op.key_id, Principal.of(op)
    payload = f"v1.{who}.{key}.{expires}"
    return f"{payload}.{_mac(svc.settings.secret, payload)}", principal


def resolve(svc: Arbiter, cookie: str | None, now: float | None = None) -> Principal | None:
    """The principal of a session cookie: None when missing, forged, expired, revoked or rotated."""
    if not cookie:
        return None
    parts = cookie.split(".")
    if len(parts) != 5 or parts[0] != "v1" or not parts[3].isdigit():
        return None
    payload = ".".join(parts[:4])
    if not hmac.compare_digest(parts[4], _mac(svc.settings.secret, payload)):
        return None
    if int(parts[3]) < (now if now is not None else time.time()):
        return None
    who, key = parts[1], parts[2]
    if who == "admin":
        return BOOTSTRAP if hmac.compare_digest(key, _admin_key(svc)) else None
    op = svc.operators.active(who)
    if op is None or op.key_id != key:
        return None
    return Principal.of(op)


def csrf_token(svc: Arbiter, cookie: str) -> str:
    """The token a form must send back: bound to the session, so another site cannot forge it."""
    return hmac.new(svc.settings.secret, b"console-csrf\n" + cookie.encode(), hashlib.sha256).hexdigest()[:32]


def csrf_ok(svc: Arbiter, cookie: str | None, sent: str | None) -> bool:
    """Whether a form's CSRF token belongs to this session."""
    return bool(cookie and sent) and hmac.compare_digest(csrf_token(svc, cookie or ""), sent or "")
