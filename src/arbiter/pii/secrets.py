"""Recognizers for credentials an agent must never pass on.

Formats follow the published token layouts used by well-known secret scanners (gitleaks,
GitHub secret scanning, vendor docs); the regexes are written here, not copied. Every secret
entity is named ``SECRET_<KIND>`` so a policy can treat them as one family (the key
``"SECRET"`` in a policy means all of them).

This module is plain data and regexes (no Presidio import, so policy code and the CLI load fast);
the Presidio recognizer that runs these rules is in :mod:`arbiter.pii.engine`.

Each rule also declares *trigger* literals: at least one of them (case-insensitively) occurs
in any text the rule can match. The scrubber uses them as a cheap pre-filter, so a leaf with
no trigger never reaches these regexes.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

__all__ = [
    "KEYED_SECRET_ENTITY",
    "SECRET_ENTITIES",
    "SECRET_RULES",
    "SecretRule",
    "is_secret_key",
    "shannon_entropy",
]

KEYED_SECRET_ENTITY = "SECRET_KEYED_FIELD"


def shannon_entropy(s: str) -> float:
    """Bits per character of ``s``."""
    if not s:
        return 0.0
    n = len(s)
    return -sum(c / n * math.log2(c / n) for c in Counter(s).values())


def _entropy_ok(value: str) -> bool:
    # Hex digests carry at most 4 bits/char; base64-ish keys ~5-6. Require mixed classes too,
    # so words like "configuration_value" next to "token" do not count.
    classes = sum(bool(re.search(p, value)) for p in (r"[a-z]", r"[A-Z]", r"\d"))
    return classes >= 2 and shannon_entropy(value) >= 3.3


@dataclass(frozen=True)
class SecretRule:
    """One secret format: the regex, which group is the secret, its score and triggers."""

    entity: str
    regex: str
    score: float
    triggers: tuple[str, ...]
    group: int = 0
    flags: int = 0
    check: Callable[[str], bool] | None = None


_KEYISH = (r"(?:secret|token|api[_-]?key|apikey|access[_-]?key|passw(?:or)?d|credential|auth[_-]?key"
           r"|private[_-]?key)")

SECRET_RULES: tuple[SecretRule, ...] = (
    SecretRule("SECRET_AWS_ACCESS_KEY", r"\b(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}\b", 0.95,
               ("akia", "asia", "abia", "acca", "a3t")),
    # A 40-char AWS secret key has no prefix: only with an aws/secret word just before it.
    SecretRule("SECRET_AWS_SECRET_KEY",
               r"(?i)\baws[\w\-. ]{0,24}?(?:secret|key)[\w\-. ]{0,16}?[\"']?\s*[:=]\s*[\"']?"
               r"(?-i:([A-Za-z0-9/+]{40}))(?![A-Za-z0-9/+])", 0.9, ("aws",), group=1),
    SecretRule("SECRET_GITHUB_TOKEN", r"\bgh[pousr]_[A-Za-z0-9]{36,255}\b", 0.95,
               ("ghp_", "gho_", "ghu_", "ghs_", "ghr_")),
    SecretRule("SECRET_GITHUB_TOKEN", r"\bgithub_pat_[A-Za-z0-9_]{40,255}\b", 0.95, ("github_pat_",)),
    SecretRule("SECRET_GITLAB_TOKEN", r"\bglpat-[A-Za-z0-9_\-]{20,}", 0.95, ("glpat-",)),
    SecretRule("SECRET_SLACK_TOKEN", r"\bxox[baprs]-[A-Za-z0-9-]{10,}", 0.95, ("xox",)),
    SecretRule("SECRET_STRIPE_KEY", r"\b[sr]k_(?:live|test)_[A-Za-z0-9]{10,247}\b", 0.95,
               ("k_live_", "k_test_")),
    SecretRule("SECRET_ANTHROPIC_KEY", r"\bsk-ant-[A-Za-z0-9_\-]{20,}", 0.95, ("sk-ant-",)),
    SecretRule("SECRET_OPENAI_KEY", r"\bsk-(?!ant-)(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{20,}", 0.9,
               ("sk-",), check=lambda v: sum(ch.isdigit() for ch in v) >= 2),
    SecretRule("SECRET_GOOGLE_API_KEY", r"\bAIza[0-9A-Za-z_\-]{35}(?![0-9A-Za-z_\-])", 0.95, ("aiza",)),
    SecretRule("SECRET_JWT", r"\beyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]*", 0.95,
               ("eyj",)),
    # A header without its END line (a truncated paste) is still a key: match to the end.
    SecretRule("SECRET_PRIVATE_KEY",
               r"-----BEGIN[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----"
               r"(?:[\s\S]*?-----END[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|[\s\S]*\Z)", 1.0,
               ("private key",)),
    SecretRule("SECRET_URL_PASSWORD", r"\b[a-zA-Z][a-zA-Z0-9+.\-]{1,20}://[^\s:/@]+:([^\s@/]+)@", 0.95,
               ("://",), group=1),
    SecretRule("SECRET_URL_PASSWORD",
               r"(?i)(?:^|[;\s\"'{,])(?:password|passwd|pwd)\s*=\s*([^;\s\"'&]{3,})", 0.9,
               ("password", "passwd", "pwd"), group=1),
    SecretRule("SECRET_BEARER_TOKEN", r"(?i)\b(?:bearer|basic|token)\s+([A-Za-z0-9\-._~+/]{16,}=*)", 0.9,
               ("bearer", "basic", "token"), group=1,
               check=lambda v: sum(ch.isdigit() for ch in v) >= 1 and shannon_entropy(v) >= 3.0),
    SecretRule("SECRET_HIGH_ENTROPY",
               rf"(?i)\b[\w\-]*{_KEYISH}[\w\-]*[\"']?\s*[:=]\s*[\"']?([A-Za-z0-9+/=_\-.]{{16,}})", 0.8,
               ("secret", "token", "key", "passw", "credential"), group=1, check=_entropy_ok),
)

SECRET_ENTITIES: tuple[str, ...] = tuple(
    dict.fromkeys([*(r.entity for r in SECRET_RULES), KEYED_SECRET_ENTITY]))


# Words that make a key name secret; "token" only when it is not a pagination/usage token.
_SECRET_WORDS = frozenset({"password", "passwd", "pwd", "passphrase", "secret", "apikey", "token",
                           "authorization", "credential", "credentials", "privatekey", "accesstoken",
                           "refreshtoken", "clientsecret", "cookie"})
_SECRET_PAIRS = frozenset({("api", "key"), ("private", "key"), ("access", "key"), ("secret", "key"),
                           ("auth", "key"), ("signing", "key"), ("encryption", "key")})
_NOT_SECRET = frozenset({"page", "next", "prev", "previous", "continuation", "pagination", "sync", "cursor",
                         "max", "min", "count", "limit", "type", "usage", "expires", "expiry", "ttl",
                         "length", "url", "uri", "endpoint", "name", "hint", "policy", "reset", "required",
                         "strength", "changed", "updated", "at", "id"})
_WORD_SPLIT = re.compile(r"[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])")


def is_secret_key(key: str) -> bool:
    """Whether a JSON key's *name* says its value is a credential (``api_key``, ``clientSecret``)."""
    words = [w.lower() for w in _WORD_SPLIT.split(key) if w]
    if not words:
        return False
    joined = "".join(words)
    hit = (any(w in _SECRET_WORDS for w in words) or joined in _SECRET_WORDS
           or any(p in _SECRET_PAIRS for p in itertools.pairwise(words)))
    if not hit:
        return False
    # "page_token", "max_tokens", "password_policy": the name mentions a secret but holds none.
    rest = [w for w in words if w not in _SECRET_WORDS]
    return not any(w in _NOT_SECRET for w in rest) and not any(w.endswith("tokens") for w in words)
