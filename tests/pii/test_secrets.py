"""Each secret format is found (and only the secret part), and key names are classified."""

from __future__ import annotations

import pytest

from arbiter.pii.engine import PiiEngine
from arbiter.pii.secrets import SECRET_RULES, is_secret_key

CASES = [
    ("SECRET_AWS_ACCESS_KEY", "key AKIAIOSFODNN7EXAMPLE here", "AKIAIOSFODNN7EXAMPLE"),
    ("SECRET_AWS_SECRET_KEY", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
     "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    ("SECRET_GITHUB_TOKEN", "ghp_" + "A1b2" * 9, "ghp_" + "A1b2" * 9),
    ("SECRET_GITHUB_TOKEN", "x gho_" + "Zz09" * 9, "gho_" + "Zz09" * 9),
    ("SECRET_GITHUB_TOKEN", "ghu_" + "Zz09" * 9 + " ghs_", "ghu_" + "Zz09" * 9),
    ("SECRET_GITHUB_TOKEN", "ghr_" + "Q7" * 18, "ghr_" + "Q7" * 18),
    ("SECRET_GITHUB_TOKEN", "github_pat_11ABCDEFG0" + "x9" * 35, "github_pat_11ABCDEFG0" + "x9" * 35),
    ("SECRET_GITLAB_TOKEN", "GITLAB=glpat-abcDEF1234567890xyzQ", "glpat-abcDEF1234567890xyzQ"),
    ("SECRET_SLACK_TOKEN", "xoxb-123456789012-abcdefABCDEF", "xoxb-123456789012-abcdefABCDEF"),
    ("SECRET_SLACK_TOKEN", "xoxp-1234-5678-abcdef", "xoxp-1234-5678-abcdef"),
    ("SECRET_STRIPE_KEY", "sk_live_4eC39HqLyjWDarjtT1zdp7dc", "sk_live_4eC39HqLyjWDarjtT1zdp7dc"),
    ("SECRET_STRIPE_KEY", "rk_live_4eC39HqLyjWDarjtT1zdp7dc", "rk_live_4eC39HqLyjWDarjtT1zdp7dc"),
    ("SECRET_STRIPE_KEY", "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "sk_test_4eC39HqLyjWDarjtT1zdp7dc"),
    ("SECRET_OPENAI_KEY", "sk-proj-Ab12Cd34Ef56Gh78Ij90Kl12Mn34", "sk-proj-Ab12Cd34Ef56Gh78Ij90Kl12Mn34"),
    ("SECRET_OPENAI_KEY", "sk-Ab12Cd34Ef56Gh78Ij90Kl12", "sk-Ab12Cd34Ef56Gh78Ij90Kl12"),
    ("SECRET_ANTHROPIC_KEY", "sk-ant-api03-Ab12Cd34Ef56Gh78Ij90Kl12", "sk-ant-api03-Ab12Cd34Ef56Gh78Ij90Kl12"),
    ("SECRET_GOOGLE_API_KEY", "AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY", "AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY"),
    ("SECRET_JWT", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
     "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"),
    ("SECRET_PRIVATE_KEY", "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIB\n-----END RSA PRIVATE KEY-----",
     "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIB\n-----END RSA PRIVATE KEY-----"),
    ("SECRET_PRIVATE_KEY", "-----BEGIN PRIVATE KEY-----\nMIIEv (truncated",
     "-----BEGIN PRIVATE KEY-----\nMIIEv (truncated"),
    ("SECRET_URL_PASSWORD", "postgres://app:s3cr3tPass@db:5432/x", "s3cr3tPass"),
    ("SECRET_URL_PASSWORD", "Server=db;User Id=sa;Password=Hunter2!x;", "Hunter2!x"),
    ("SECRET_BEARER_TOKEN", "Authorization: Bearer abcDEF1234567890xyzTOKEN", "abcDEF1234567890xyzTOKEN"),
    ("SECRET_HIGH_ENTROPY", "client_secret: 9f8e7d6c5b4a39281716aBcD", "9f8e7d6c5b4a39281716aBcD"),
]


@pytest.mark.parametrize(("entity", "text", "secret"), CASES)
def test_secret_found_exactly(engine: PiiEngine, entity: str, text: str, secret: str) -> None:
    res = engine.analyze(text, frozenset({entity}), [])
    assert [(r.entity_type, text[r.start:r.end]) for r in res] == [(entity, secret)]


@pytest.mark.parametrize("text", [
    "token: configuration_value_for_the_app",  # low entropy next to a key name
    "the task-list is at sk-learn docs",  # "sk-" without a key body
    "Bearer of bad news",  # "bearer" without a token
    "commit 3f9a1c2 on main",
])
def test_secret_negatives(engine: PiiEngine, text: str) -> None:
    secrets = frozenset(r.entity for r in SECRET_RULES)
    assert engine.analyze(text, secrets, []) == []


@pytest.mark.parametrize("key", [
    "password", "passwd", "api_key", "apiKey", "X-API-Key", "token", "access_token", "Authorization",
    "client_secret", "clientSecret", "private_key", "aws_secret_access_key", "refresh_token", "db_password"])
def test_secret_key_names(key: str) -> None:
    assert is_secret_key(key)


@pytest.mark.parametrize("key", [
    "page_token", "next_token", "max_tokens", "token_count", "password_policy", "api_key_id", "subject", "body",
    "keyword", "author", "monkey", "secretary_name"])
def test_non_secret_key_names(key: str) -> None:
    assert not is_secret_key(key)
