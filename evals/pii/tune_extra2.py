#!/usr/bin/env python3
# ruff: noqa: E501
"""A second set of extra TUNE-side credential documents, written apart from the corpus generator.

    .venv/bin/python evals/pii/tune_extra2.py          # writes secrets_tune_extra2.jsonl next to this script
    .venv/bin/python evals/pii/tune_extra2.py --check  # regenerate in memory, self-check, compare with the file
    .venv/bin/python bench/bench_pii.py --split tune-extra2 --quality-only

``secrets_tune.jsonl`` and ``secrets_tune_extra.jsonl`` are both at ~99% and share one set of value
generators (generate.py), so they no longer say much about credentials in layouts and formats
nobody tuned on. This generator is self-contained: its own value generators (provider formats
written from vendor documentation and public token layouts, including many providers the other
files do not have), its own slot syntax, 80+ templates in layouts the other tune files do not
use (tool output such as curl -v, httpie, HAR, Postman exports, nginx logs and requests reprs;
connection strings of many schemes; SQL, PowerShell, systemd, Ansible, Helm, kubectl, openssl,
keytool, ldapsearch, Windows net use; prose in six languages) and hard negatives next to the
secrets (UUIDs, hashes, digests, ids, public keys, masked and placeholder values, references).
It never reads the test split. Output is byte-for-byte deterministic (fixed seed, no Faker).

Labelling follows evals/pii/README.md: only the secret part of a URL, connection string, header or
``key=value``; a PEM/OpenSSH/PGP block from ``-----BEGIN`` to the end of its ``-----END …-----``
line; Slack/Discord webhook URLs whole.

Decisions documented here (they matter for what counts as a false positive):

- ``changeme``, ``********``, ``<your-token>``, ``YOUR_API_KEY``, ``xxxxxxxx``, ``REPLACE_ME`` and
  template references (``${DB_PASSWORD}``, ``{{ .Values.x }}``, ``$env:X``, ``process.env.X``)
  are hard negatives (``placeholder``/``env_reference``/``redacted``): they name or stand in for a
  credential, they do not hold one. A deployed default such as ``changeme`` is a weakness, but it
  is the placeholder of every example config, and flagging it would flag every template.
- Public identifiers next to secrets are hard negatives: AWS access key *ids* are secrets in this
  corpus (as in the other files) but account ids, ARNs, Twilio account SIDs, OAuth client ids,
  publishable keys (``pk_live_``, Mapbox ``pk.``), ``age1…``/``ssh-ed25519`` public keys are not.
- Password *hashes* (``$2b$…``) and encrypted blobs (Ansible Vault, SOPS ``ENC[…]``) are neither
  labelled nor used as negatives: whether to scrub them is a policy choice, not a detection error.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import itertools
import json
import os
import random
import re
import sys
import urllib.parse
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "secrets_tune_extra2.jsonl")
SEED = 20_251_203
TARGET_LABELS = 1800

UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DIG = "0123456789"
AN = UP + LO + DIG
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64 = AN + "+/"
B64U = AN + "-_"
B32 = UP + "234567"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


class G:
    """Random choices, all from one seeded generator."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def rs(self, n: int, alpha: str) -> str:
        return "".join(self.rng.choice(alpha) for _ in range(n))

    def choice(self, xs: Any) -> Any:
        return self.rng.choice(xs)

    def randint(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def random(self) -> float:
        return self.rng.random()

    def digits(self, n: int) -> str:
        return str(self.rng.randint(1, 9)) + self.rs(n - 1, DIG)

    def uuid4(self) -> str:
        h = self.rs(32, HEX)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.choice('89ab')}{h[17:20]}-{h[20:]}"

    def b64bytes(self, n: int, urlsafe: bool = False, pad: bool = True) -> str:
        raw = bytes(self.rng.getrandbits(8) for _ in range(n))
        s = (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()
        return s if pad else s.rstrip("=")


# ----------------------------------------------------------------------------------------------
# Secret values
# ----------------------------------------------------------------------------------------------

WORDS = ["harbor", "falcon", "maple", "cobalt", "tundra", "lantern", "orchid", "pepper", "saturn", "willow",
         "granite", "biscuit", "voyage", "tangerine", "walrus", "meadow", "quartz", "nebula", "puffin", "cactus",
         "Sonne", "Kater", "Nebel", "Fahrrad", "soleil", "fromage", "jardin", "gato", "playa", "luna", "fiets",
         "molen", "gelato", "strada", "praia", "saudade"]


def password(g: G, mode: str = "any") -> str:
    """A password as people and generators make them. ``mode``: ``any`` (quoted contexts),
    ``bare`` (unquoted values: no quotes, spaces, '#', ',' ';' or leading symbol), ``url``."""
    style = g.randint(0, 11)
    w = g.choice(WORDS)
    if style == 0:
        pw = w.capitalize() + str(g.randint(1960, 2026)) + g.choice("!?$%*.@#")
    elif style == 1:
        pw = w + g.choice(WORDS).capitalize() + g.digits(2)
    elif style == 2:
        pw = g.rs(g.randint(12, 20), AN + "!@#$%^&*()-_=+[]{}?.:")
    elif style == 3:
        pw = g.rs(g.randint(16, 32), AN)
    elif style == 4:
        base = g.choice(["P@ssw0rd", "S3cur3", "Adm1n", "W3lc0me", "Qwerty", "Summer", "Winter", "Spring"])
        pw = base + g.choice(["", "!", "#"]) + str(g.randint(1, 2026))
    elif style == 5:
        pw = "-".join(g.choice(WORDS).lower() for _ in range(g.randint(3, 4))) + str(g.randint(1, 99))
    elif style == 6:
        # memorable generator default (Bitwarden/1Password style): lower-case words only
        pw = g.choice(["-", "-", ".", "_"]).join(g.choice(WORDS).lower() for _ in range(4))
    elif style == 7:
        pw = g.rs(g.randint(8, 11), AN + "!#%&*+-=?@^_")
    elif style == 8:
        pw = w.capitalize() + g.choice("#@&_") + g.digits(g.randint(2, 4))
    elif style == 9:
        pw = g.rs(g.randint(20, 40), AN + "-_")
    elif style == 10:
        pw = g.b64bytes(g.randint(18, 33))
    else:
        pw = g.rs(4, UP) + g.rs(4, DIG) + g.rs(4, LO) + g.choice("!$%&")
    if mode == "url":
        pw = urllib.parse.quote(pw, safe="-_.~!*()") if g.random() < 0.3 else re.sub(r"[^A-Za-z0-9\-_.~]", "", pw)
        return pw if len(pw) >= 6 else g.rs(14, AN)
    if mode == "bare":
        pw = re.sub(r"[\"'`\s#,;\\{}\[\]()&|<>$=:]", "", pw)
        pw = pw.lstrip("!@%*^?&+=-_.")
        return pw if len(pw) >= 6 else w + g.digits(4)
    return re.sub(r"[\"'`\\]", "", pw)


def jwt(g: G) -> str:
    def b64(o: Any) -> str:
        return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
    iat = g.randint(1_710_000_000, 1_770_000_000)
    alg = g.choice(["RS256", "HS256", "ES384", "PS256", "EdDSA"])
    header: dict[str, Any] = {"alg": alg, "typ": g.choice(["JWT", "at+jwt"])}
    if g.random() < 0.5:
        header["kid"] = g.rs(g.choice([20, 27, 40]), B64U)
    payload: dict[str, Any] = g.choice([
        {"iss": f"https://login.{g.choice(['acme', 'corp', 'example'])}.com/{g.uuid4()}/v2.0", "aud": g.uuid4(),
         "oid": g.uuid4(), "roles": ["Reader"], "exp": iat + 3600, "nbf": iat, "iat": iat},
        {"sub": f"user_{g.rs(24, AN)}", "sid": f"sess_{g.rs(24, AN)}", "exp": iat + 600, "iat": iat},
        {"email": f"{g.choice(['ops', 'dev', 'svc'])}@{g.choice(['acme.io', 'example.org'])}",
         "scope": "openid profile offline_access", "azp": g.rs(32, AN), "exp": iat + 86400},
        {"aud": "authenticated", "role": "service_role", "iss": "supabase", "ref": g.rs(20, LO), "iat": iat},
        {"cid": g.rs(20, AN), "uid": g.digits(8), "tenant": g.choice(["eu1", "us2"]), "jti": g.uuid4()},
    ])
    sig = {"RS256": 342, "PS256": 342, "HS256": 43, "ES384": 128, "EdDSA": 86}[alg]
    return f"{b64(header)}.{b64(payload)}.{g.rs(sig, B64U)}"


def pem(g: G, label: str, head: str, rows: int, nl: str = "\n", indent: str = "") -> str:
    body = head + g.rs(64 * rows - len(head) - g.randint(0, 50), B64)
    body = body[: len(body) - len(body) % 4]
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    lines[-1] += g.choice(["", "=", "=="])
    sep = nl + indent
    return f"-----BEGIN {label}-----{sep}" + sep.join(lines) + f"{sep}-----END {label}-----"


def private_key(g: G, nl: str = "\n", indent: str = "") -> str:
    kind = g.randint(0, 5)
    if kind == 0:
        return pem(g, "RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA", g.randint(18, 25), nl, indent)
    if kind == 1:
        return pem(g, "EC PRIVATE KEY", "MHcCAQEEI", 3, nl, indent)
    if kind == 2:
        return pem(g, "PRIVATE KEY", g.choice(["MIIEvgIBADANBgkqhkiG9w0BAQEFAASC", "MC4CAQAwBQYDK2VwBCIEI",
                                              "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg"]),
                   g.randint(1, 26), nl, indent)
    if kind == 3:
        return pem(g, "OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAA" + g.choice(["BG5vbmUAAAAEbm9uZQ", "CmFlczI1Ni1jdHIAAAAGYmNyeXB0"]),
                   g.randint(4, 7), nl, indent)
    if kind == 4:
        return pem(g, "ENCRYPTED PRIVATE KEY", "MIIFLTBXBgkqhkiG9w0BBQ0wSjApBgkqhkiG9w0BBQwwHAQI", g.randint(10, 28), nl, indent)
    body = "lQVYBG" + g.rs(64 * g.randint(8, 16), B64)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    sep = nl + indent
    return (f"-----BEGIN PGP PRIVATE KEY BLOCK-----{sep}{sep}" + sep.join(lines) + f"{sep}={g.rs(4, B64)}"
            f"{sep}-----END PGP PRIVATE KEY BLOCK-----")


@dataclass
class Provider:
    subtype: str
    envs: list[str]
    names: list[str]
    make: Callable[[G], str]


def _p(subtype: str, envs: str, names: str, make: Callable[[G], str]) -> Provider:
    return Provider(subtype, envs.split(), names.split("|"), make)


PROVIDERS: list[Provider] = [
    _p("aws_access_key_id", "AWS_ACCESS_KEY_ID", "AWS access key id", lambda g: g.choice(["AKIA", "ASIA"]) + g.rs(16, B32)),
    _p("aws_secret_access_key", "AWS_SECRET_ACCESS_KEY", "AWS secret access key|AWS secret key", lambda g: g.rs(40, B64)),
    _p("gcp_api_key", "GOOGLE_MAPS_API_KEY GEMINI_API_KEY", "Google API key|Gemini API key", lambda g: "AIza" + g.rs(35, B64U)),
    _p("gcp_oauth_client_secret", "GOOGLE_CLIENT_SECRET", "Google OAuth client secret", lambda g: "GOCSPX-" + g.rs(28, B64U)),
    _p("gcp_oauth_access_token", "GOOGLE_ACCESS_TOKEN", "Google access token", lambda g: "ya29.a0" + g.rs(g.randint(120, 200), B64U)),
    _p("gcp_refresh_token", "GOOGLE_REFRESH_TOKEN", "Google refresh token", lambda g: "1//0" + g.rs(2, UP + LO) + g.rs(97, B64U)),
    _p("azure_client_secret", "AZURE_CLIENT_SECRET ARM_CLIENT_SECRET", "Azure client secret|Entra app secret",
       lambda g: g.rs(3, AN) + g.choice(DIG) + "Q~" + g.rs(34, AN + "_~.-")),
    _p("azure_devops_pat", "AZURE_DEVOPS_EXT_PAT AZDO_PAT", "Azure DevOps PAT", lambda g: g.rs(52, "abcdefghijklmnopqrstuvwxyz234567")),
    _p("azure_openai_key", "AZURE_OPENAI_API_KEY", "Azure OpenAI key", lambda g: g.rs(32, HEX)),
    _p("github_pat", "GITHUB_TOKEN GH_TOKEN", "GitHub token|GitHub PAT", lambda g: "ghp_" + g.rs(36, AN)),
    _p("github_oauth", "GITHUB_OAUTH_TOKEN", "GitHub OAuth token", lambda g: "gho_" + g.rs(36, AN)),
    _p("github_app", "GITHUB_INSTALLATION_TOKEN", "GitHub installation token", lambda g: g.choice(["ghs_", "ghu_", "ghr_"]) + g.rs(36, AN)),
    _p("github_fine_grained", "GH_PAT", "fine-grained GitHub token", lambda g: "github_pat_11" + g.rs(20, UP + DIG) + "_" + g.rs(59, AN)),
    _p("gitlab_token", "GITLAB_TOKEN CI_PUSH_TOKEN", "GitLab token|GitLab PAT",
       lambda g: g.choice(["glpat-", "glpat-", "gldt-", "glrt-", "glptt-", "glcbt-", "gloas-"]) + g.rs(20, B64U)
       + g.choice(["", "", f".01.{g.rs(2, LO + DIG)}{g.rs(7, LO + DIG)}"])),
    _p("slack_token", "SLACK_BOT_TOKEN SLACK_TOKEN", "Slack bot token|Slack token",
       lambda g: g.choice(["xoxb", "xoxp", "xoxe.xoxp-1"]) + f"-{g.digits(12)}-{g.digits(13)}-{g.rs(24, AN)}"),
    _p("slack_app_token", "SLACK_APP_TOKEN", "Slack app token", lambda g: f"xapp-1-A{g.rs(10, UP + DIG)}-{g.digits(13)}-{g.rs(64, HEX)}"),
    _p("stripe_secret", "STRIPE_SECRET_KEY STRIPE_KEY", "Stripe secret key|Stripe key",
       lambda g: g.choice(["sk_live_", "rk_live_", "sk_test_"]) + g.choice(["51", ""]) + g.rs(g.choice([24, 97]), AN)),
    _p("stripe_webhook", "STRIPE_WEBHOOK_SECRET", "Stripe webhook secret", lambda g: "whsec_" + g.rs(32, AN)),
    _p("twilio_auth_token", "TWILIO_AUTH_TOKEN", "Twilio auth token", lambda g: g.rs(32, HEX)),
    _p("twilio_api_key", "TWILIO_API_KEY_SID", "Twilio API key", lambda g: "SK" + g.rs(32, HEX)),
    _p("sendgrid", "SENDGRID_API_KEY", "SendGrid API key", lambda g: "SG." + g.rs(22, B64U) + "." + g.rs(43, B64U)),
    _p("mailgun", "MAILGUN_API_KEY", "Mailgun key", lambda g: g.choice(["key-" + g.rs(32, HEX), f"{g.rs(32, HEX)}-{g.rs(8, HEX)}-{g.rs(8, HEX)}"])),
    _p("brevo", "BREVO_API_KEY SENDINBLUE_API_KEY", "Brevo API key", lambda g: f"xkeysib-{g.rs(64, HEX)}-{g.rs(16, AN)}"),
    _p("openai", "OPENAI_API_KEY", "OpenAI key|OpenAI API key",
       lambda g: g.choice(["sk-proj-", "sk-svcacct-", "sk-admin-"]) + g.rs(g.randint(64, 80), B64U) + "T3BlbkFJ" + g.rs(g.randint(64, 80), B64U)),
    _p("anthropic", "ANTHROPIC_API_KEY CLAUDE_API_KEY", "Anthropic API key|Claude key",
       lambda g: g.choice(["sk-ant-api03-", "sk-ant-admin01-"]) + g.rs(93, B64U) + "AA"),
    _p("groq", "GROQ_API_KEY", "Groq API key", lambda g: "gsk_" + g.rs(52, AN)),
    _p("replicate", "REPLICATE_API_TOKEN", "Replicate token", lambda g: "r8_" + g.rs(37, AN)),
    _p("perplexity", "PERPLEXITY_API_KEY PPLX_API_KEY", "Perplexity key", lambda g: "pplx-" + g.rs(48, AN)),
    _p("xai", "XAI_API_KEY", "xAI key|Grok API key", lambda g: "xai-" + g.rs(80, AN)),
    _p("huggingface", "HF_TOKEN HUGGINGFACEHUB_API_TOKEN", "Hugging Face token", lambda g: "hf_" + g.rs(34, UP + LO)),
    _p("langsmith", "LANGSMITH_API_KEY LANGCHAIN_API_KEY", "LangSmith key", lambda g: f"lsv2_{g.choice(['pt', 'sk'])}_{g.rs(32, HEX)}_{g.rs(10, HEX)}"),
    _p("pinecone", "PINECONE_API_KEY", "Pinecone key", lambda g: f"pcsk_{g.rs(5, AN)}_{g.rs(63, AN)}"),
    _p("npm", "NPM_TOKEN NODE_AUTH_TOKEN", "npm token", lambda g: "npm_" + g.rs(36, AN)),
    _p("pypi", "PYPI_API_TOKEN TWINE_PASSWORD", "PyPI token", lambda g: "pypi-AgEIcHlwaS5vcmc" + g.rs(g.randint(140, 180), B64U)),
    _p("rubygems", "GEM_HOST_API_KEY", "RubyGems API key", lambda g: "rubygems_" + g.rs(48, HEX)),
    _p("nuget", "NUGET_API_KEY", "NuGet API key", lambda g: "oy2" + g.rs(43, "abcdefghijklmnopqrstuvwxyz234567")),
    _p("dockerhub", "DOCKERHUB_TOKEN", "Docker Hub token", lambda g: "dckr_pat_" + g.rs(27, B64U)),
    _p("shopify", "SHOPIFY_ADMIN_TOKEN SHOPIFY_API_SECRET", "Shopify admin token", lambda g: g.choice(["shpat_", "shpss_", "shpca_"]) + g.rs(32, HEX)),
    _p("atlassian", "JIRA_API_TOKEN CONFLUENCE_API_TOKEN", "Jira API token|Atlassian token",
       lambda g: g.choice(["ATATT3xFfGF0", "ATCTT3xFfGF0"]) + g.rs(g.randint(160, 180), B64U) + "=" + g.rs(8, HEXU)),
    _p("bitbucket", "BITBUCKET_APP_PASSWORD", "Bitbucket app password", lambda g: "ATBB" + g.rs(32, AN) + g.rs(8, HEXU)),
    _p("digitalocean", "DIGITALOCEAN_ACCESS_TOKEN", "DigitalOcean token", lambda g: g.choice(["dop_v1_", "doo_v1_"]) + g.rs(64, HEX)),
    _p("heroku", "HEROKU_API_KEY", "Heroku API key", lambda g: g.choice(["HRKU-AA" + g.rs(58, B64U), g.uuid4()])),
    _p("datadog_api", "DD_API_KEY DATADOG_API_KEY", "Datadog API key", lambda g: g.rs(32, HEX)),
    _p("datadog_app", "DD_APP_KEY DATADOG_APP_KEY", "Datadog application key", lambda g: g.rs(40, HEX)),
    _p("newrelic", "NEW_RELIC_API_KEY NEW_RELIC_LICENSE_KEY", "New Relic key",
       lambda g: g.choice(["NRAK-" + g.rs(27, UP + DIG), g.rs(36, HEX) + "NRAL", "NRII-" + g.rs(32, B64U)])),
    _p("sentry_token", "SENTRY_AUTH_TOKEN", "Sentry auth token",
       lambda g: g.choice(["sntrys_" + g.b64bytes(96, pad=False).replace("+", "").replace("/", "") + "_" + g.rs(43, AN),
                           "sntryu_" + g.rs(64, HEX)])),
    _p("doppler", "DOPPLER_TOKEN", "Doppler token", lambda g: g.choice(["dp.st.prd.", "dp.pt.", "dp.sa.", "dp.ct."]) + g.rs(43, AN)),
    _p("vault", "VAULT_TOKEN", "Vault token", lambda g: g.choice(["hvs.", "hvs.CAESI", "hvb.AAAAAQ"]) + g.rs(g.choice([24, 90]), B64U)),
    _p("linear", "LINEAR_API_KEY", "Linear API key", lambda g: "lin_api_" + g.rs(40, AN)),
    _p("notion", "NOTION_TOKEN", "Notion token", lambda g: g.choice(["secret_" + g.rs(43, AN), "ntn_" + g.digits(11) + g.rs(35, AN)])),
    _p("airtable", "AIRTABLE_PAT", "Airtable token", lambda g: "pat" + g.rs(14, AN) + "." + g.rs(64, HEX)),
    _p("discord_bot", "DISCORD_BOT_TOKEN", "Discord bot token",
       lambda g: base64.b64encode(g.digits(18).encode()).decode().rstrip("=") + "." + g.rs(6, B64U) + "." + g.rs(38, B64U)),
    _p("telegram", "TELEGRAM_BOT_TOKEN", "Telegram bot token", lambda g: g.digits(g.choice([9, 10])) + ":AA" + g.rs(33, B64U)),
    _p("square", "SQUARE_ACCESS_TOKEN", "Square access token", lambda g: g.choice(["EAAA" + g.rs(60, B64U), "sq0atp-" + g.rs(22, B64U), "sq0csp-" + g.rs(43, B64U)])),
    _p("braintree", "BRAINTREE_ACCESS_TOKEN", "Braintree access token", lambda g: f"access_token$production${g.rs(16, LO + DIG)}${g.rs(32, HEX)}"),
    _p("paypal_secret", "PAYPAL_CLIENT_SECRET", "PayPal client secret", lambda g: "E" + g.rs(79, B64U)),
    _p("okta", "OKTA_API_TOKEN", "Okta API token", lambda g: "00" + g.rs(40, B64U)),
    _p("databricks", "DATABRICKS_TOKEN", "Databricks token", lambda g: "dapi" + g.rs(32, HEX) + g.choice(["", "-2"])),
    _p("postman", "POSTMAN_API_KEY", "Postman API key", lambda g: f"PMAK-{g.rs(24, HEX)}-{g.rs(34, HEX)}"),
    _p("grafana", "GRAFANA_SERVICE_ACCOUNT_TOKEN GRAFANA_CLOUD_TOKEN", "Grafana token",
       lambda g: g.choice(["glsa_" + g.rs(32, AN) + "_" + g.rs(8, HEX),
                           "glc_" + base64.b64encode(json.dumps({"o": g.digits(6), "n": "stack-" + g.digits(6) + "-hm-write",
                                                                 "k": g.rs(24, AN), "m": {"r": "prod-eu-west-2"}}).encode()).decode().rstrip("=")])),
    _p("cloudflare", "CLOUDFLARE_API_TOKEN CF_API_TOKEN", "Cloudflare API token", lambda g: g.rs(40, B64U)),
    _p("cloudflare_global", "CLOUDFLARE_API_KEY", "Cloudflare global API key", lambda g: g.rs(37, HEX)),
    _p("supabase", "SUPABASE_ACCESS_TOKEN SUPABASE_SECRET_KEY", "Supabase access token|Supabase secret key",
       lambda g: g.choice(["sbp_" + g.rs(40, HEX), "sb_secret_" + g.rs(31, B64U)])),
    _p("vercel", "VERCEL_TOKEN", "Vercel token", lambda g: g.rs(24, AN)),
    _p("netlify", "NETLIFY_AUTH_TOKEN", "Netlify token", lambda g: "nfp_" + g.rs(36, AN)),
    _p("fastly", "FASTLY_API_TOKEN", "Fastly API token", lambda g: g.rs(32, B64U)),
    _p("mapbox", "MAPBOX_SECRET_TOKEN", "Mapbox secret token",
       lambda g: "sk.eyJ1Ijoi" + g.rs(g.randint(16, 24), B64U) + "IsImEiOiJ" + g.rs(25, B64U) + "." + g.rs(22, B64U)),
    _p("alibaba", "ALIBABA_CLOUD_ACCESS_KEY_ID", "Alibaba Cloud AccessKey", lambda g: "LTAI" + g.rs(g.choice([20, 21]), AN)),
    _p("tencent", "TENCENTCLOUD_SECRET_ID", "Tencent Cloud SecretId", lambda g: "AKID" + g.rs(32, AN)),
    _p("figma", "FIGMA_TOKEN", "Figma token", lambda g: "figd_" + g.rs(40, B64U)),
    _p("contentful", "CONTENTFUL_MANAGEMENT_TOKEN", "Contentful token", lambda g: "CFPAT-" + g.rs(43, B64U)),
    _p("dynatrace", "DT_API_TOKEN", "Dynatrace token", lambda g: f"dt0c01.{g.rs(24, UP + DIG)}.{g.rs(64, UP + DIG)}"),
    _p("sonar", "SONAR_TOKEN", "SonarQube token", lambda g: g.choice(["squ_", "sqp_", "sqa_"]) + g.rs(40, HEX)),
    _p("jfrog", "JFROG_ACCESS_TOKEN ARTIFACTORY_API_KEY", "Artifactory key", lambda g: g.choice(["AKCp8" + g.rs(68, AN), "cmVmdGtuOjAxOj" + g.rs(50, AN)])),
    _p("hubspot", "HUBSPOT_ACCESS_TOKEN", "HubSpot private app token", lambda g: f"pat-{g.choice(['na1', 'eu1'])}-{g.uuid4()}"),
    _p("shippo", "SHIPPO_API_KEY", "Shippo key", lambda g: "shippo_live_" + g.rs(40, HEX)),
    _p("flutterwave", "FLW_SECRET_KEY", "Flutterwave secret key", lambda g: "FLWSECK-" + g.rs(32, HEX) + "-X"),
    _p("onepassword", "OP_SERVICE_ACCOUNT_TOKEN", "1Password service account token",
       lambda g: "ops_eyJ" + g.rs(g.randint(300, 400), B64U)),
    _p("circleci", "CIRCLE_TOKEN", "CircleCI token", lambda g: f"CCIPAT_{g.rs(22, AN)}_{g.rs(40, HEX)}"),
    _p("flyio", "FLY_API_TOKEN", "Fly.io token", lambda g: "FlyV1 fm2_" + g.rs(g.randint(200, 260), B64) + "=="),
    _p("render", "RENDER_API_KEY", "Render API key", lambda g: "rnd_" + g.rs(32, AN)),
    _p("resend", "RESEND_API_KEY", "Resend API key", lambda g: "re_" + g.rs(8, AN) + "_" + g.rs(24, AN)),
    _p("facebook", "FB_ACCESS_TOKEN WHATSAPP_TOKEN", "Facebook access token|WhatsApp token",
       lambda g: g.choice(["EAAG", "EAAB", "EAAJ"]) + g.rs(g.randint(150, 200), AN)),
    _p("twitter_bearer", "TWITTER_BEARER_TOKEN X_BEARER_TOKEN", "X API bearer token",
       lambda g: "AAAAAAAAAAAAAAAAAAAAA" + g.rs(20, AN) + "%3D" + g.rs(50, AN)),
    _p("asana", "ASANA_PAT", "Asana PAT", lambda g: f"2/{g.digits(16)}/{g.digits(16)}:{g.rs(32, HEX)}"),
    _p("trello", "TRELLO_TOKEN", "Trello token", lambda g: "ATTA" + g.rs(64, HEX) + g.rs(8, HEXU)),
    _p("launchdarkly", "LD_SDK_KEY LAUNCHDARKLY_API_KEY", "LaunchDarkly key", lambda g: g.choice(["sdk-", "api-"]) + g.uuid4()),
    _p("terraform", "TFE_TOKEN", "Terraform Cloud token", lambda g: g.rs(14, AN) + ".atlasv1." + g.rs(67, AN)),
    _p("pulumi", "PULUMI_ACCESS_TOKEN", "Pulumi token", lambda g: "pul-" + g.rs(40, HEX)),
    _p("generic_hex", "API_SECRET SIGNING_SECRET", "API secret|signing secret", lambda g: g.rs(64, HEX)),
    _p("generic_b64", "APP_KEY ENCRYPTION_KEY", "app key|encryption key", lambda g: g.choice(["base64:", ""]) + g.b64bytes(32)),
    _p("generic_token", "SERVICE_TOKEN INTERNAL_API_TOKEN", "service token|internal API token",
       lambda g: g.choice([g.rs(40, AN), g.rs(48, B64U), "tok_" + g.rs(32, AN), g.rs(32, AN + "-._~")])),
]
PROVIDER = {p.subtype: p for p in PROVIDERS}


def basic_b64(g: G) -> str:
    user = g.choice(["admin", "api", "jenkins", "svc-report", "grafana", "ci", "elastic", "apikey", "token"])
    return base64.b64encode(f"{user}:{password(g)}".encode()).decode()


def url_password(g: G) -> str:
    return password(g, "url")


SECRETS: dict[str, Callable[[G], str]] = {
    "pw": password,
    "pw_bare": lambda g: password(g, "bare"),
    "pw_url": url_password,
    "basic": basic_b64,
    "jwt": jwt,
    "pem": private_key,
    "pem_escaped": lambda g: private_key(g, nl="\\n"),
    "pem_indented": lambda g: private_key(g, indent="  "),
    "opaque": lambda g: g.choice([g.rs(40, AN), g.rs(64, B64U), g.rs(32, HEX) + g.rs(8, AN), "at_" + g.rs(36, AN),
                                  g.rs(43, AN + "-._~")]),
    "azure_key": lambda g: g.b64bytes(64),
    "azure_sb_key": lambda g: g.b64bytes(32),
    "sas_sig": lambda g: urllib.parse.quote(g.b64bytes(32), safe=""),
    "hex64": lambda g: g.rs(64, HEX),
    "hex128": lambda g: g.rs(128, HEX),
    "b64_32": lambda g: g.b64bytes(32),
    "b64url_32": lambda g: g.b64bytes(32, urlsafe=True, pad=False),
    "confluent_secret": lambda g: g.rs(64, B64),
    "age": lambda g: "AGE-SECRET-KEY-1" + g.rs(58, BECH32.upper()),
    "slack_webhook": lambda g: f"https://hooks.slack.com/services/T{g.rs(10, UP + DIG)}/B{g.rs(10, UP + DIG)}/{g.rs(24, AN)}",
    "discord_webhook": lambda g: f"https://discord.com/api/webhooks/{g.digits(19)}/{g.rs(68, B64U)}",
    "sentry_key": lambda g: g.rs(32, HEX),
    "cloudinary_secret": lambda g: g.rs(27, B64U),
    **{p.subtype: p.make for p in PROVIDERS},
}
# Values whose subtype is not the slot name.
SUBTYPE = {"pw": "password", "pw_bare": "password", "pw_url": "url_password", "basic": "http_basic_auth",
           "opaque": "opaque_token", "pem_escaped": "pem_private_key", "pem": "pem_private_key",
           "pem_indented": "pem_private_key"}


# ----------------------------------------------------------------------------------------------
# Hard negatives and fillers
# ----------------------------------------------------------------------------------------------

def _ssh_pub(g: G) -> str:
    kind = g.choice(["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + g.rs(43, B64),
                     "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + g.rs(g.randint(300, 360), B64),
                     "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB" + g.rs(87, B64) + "="])
    return kind + f" {g.choice(['deploy', 'ci', 'jane', 'ops'])}@{g.choice(['laptop', 'build-01', 'bastion'])}"


NEGATIVES: dict[str, Callable[[G], str]] = {
    "uuid": lambda g: g.uuid4(),
    "git_sha": lambda g: g.rs(40, HEX),
    "git_sha_short": lambda g: g.rs(g.choice([7, 8, 12]), HEX),
    "order_number": lambda g: g.choice([f"ORD-{g.randint(2019, 2026)}-{g.digits(6)}", f"#{g.digits(8)}", f"PO{g.digits(7)}",
                                        f"A{g.digits(3)}-{g.digits(7)}-{g.digits(7)}"]),
    "timestamp": lambda g: g.choice([f"2025-{g.randint(1, 12):02d}-{g.randint(1, 28):02d}T{g.randint(0, 23):02d}:{g.randint(0, 59):02d}:{g.randint(0, 59):02d}.{g.digits(3)}Z",
                                     str(g.randint(1_700_000_000, 1_770_000_000)),
                                     f"{g.randint(1, 28):02d}/{g.choice(['Mar', 'Jul', 'Nov'])}/2025:{g.randint(0, 23):02d}:{g.randint(10, 59)}:{g.randint(10, 59)} +0000"]),
    "sha256_labelled": lambda g: g.choice(["sha256:", "SHA256=", "sha256 "]) + g.rs(64, HEX),
    "sha256_digest": lambda g: g.rs(64, HEX),
    "md5_labelled": lambda g: "md5:" + g.rs(32, HEX),
    "sha512_integrity": lambda g: "sha512-" + g.b64bytes(64),
    "base64_image": lambda g: "data:image/" + g.choice(["png", "jpeg", "webp"]) + ";base64," + g.choice(["iVBORw0KGgoAAAANSUhEUgAA", "/9j/4AAQSkZJRgABAQ", "UklGR"]) + g.b64bytes(g.randint(60, 140)),
    "ssh_public_key": _ssh_pub,
    "pem_public_key": lambda g: pem(g, "PUBLIC KEY", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", 6),
    "certificate": lambda g: pem(g, "CERTIFICATE", "MIIDdzCCAl+gAwIBAgIE", g.randint(8, 14)),
    "age_public_key": lambda g: "age1" + g.rs(58, BECH32),
    "placeholder": lambda g: g.choice(["********", "<your-token>", "YOUR_API_KEY", "changeme", "xxxxxxxxxxxxxxxx",
                                       "REPLACE_ME", "<password>", "your-secret-here", "[REDACTED]", "__PASSWORD__",
                                       "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "<insert key>", "•••••••••"]),
    "redacted": lambda g: g.choice(["******", "****************" + g.rs(4, UP + DIG), "[FILTERED]", "<redacted>", "***"]),
    "env_reference": lambda g: g.choice(["${DB_PASSWORD}", "${{ secrets.DEPLOY_TOKEN }}", "$env:API_KEY",
                                         "{{ .Values.db.password }}", "%(SMTP_PASSWORD)s", "${var.admin_password}",
                                         "{{ vault_db_password }}", "$(cat /run/secrets/api_token)", "${SECRET_KEY:?}",
                                         "process.env.STRIPE_KEY", "!Ref DbPassword", "@Microsoft.KeyVault(SecretUri=https://kv-prod.vault.azure.net/secrets/db/)"]),
    "file_name": lambda g: g.choice(["id_ed25519.pub", "credentials.json.example", "secrets.enc.yaml", ".env.sample",
                                     "token_refresh.py", "private_key_loader.go", "keystore.jks", "password-reset.html"]),
    "css_color": lambda g: "#" + g.rs(6, HEX),
    "request_id": lambda g: g.choice([f"req_{g.rs(14, AN)}", g.rs(16, HEXU), g.uuid4(), f"Root=1-{g.rs(8, HEX)}-{g.rs(24, HEX)}",
                                      f"00-{g.rs(32, HEX)}-{g.rs(16, HEX)}-01"]),
    "amz_id_2": lambda g: g.b64bytes(57),
    "b64url_32": lambda g: g.b64bytes(32, urlsafe=True, pad=False),
    "aws_account_id": lambda g: g.digits(12),
    "aws_arn": lambda g: f"arn:aws:iam::{g.digits(12)}:role/{g.choice(['deploy', 'ci-runner', 'lambda-exec'])}",
    "twilio_account_sid": lambda g: "AC" + g.rs(32, HEX),
    "oauth_client_id": lambda g: g.choice([f"{g.digits(12)}-{g.rs(32, LO + DIG)}.apps.googleusercontent.com", g.uuid4()]),
    "publishable_key": lambda g: g.choice(["pk_live_" + g.rs(24, AN), "pk.eyJ1Ijoi" + g.rs(20, B64U) + "." + g.rs(22, B64U)]),
    "object_id": lambda g: g.choice([f"cus_{g.rs(14, AN)}", f"pi_{g.rs(24, AN)}", f"chatcmpl-{g.rs(29, AN)}",
                                     f"msg_01{g.rs(22, AN)}", f"i-0{g.rs(16, HEX)}", f"sg-0{g.rs(16, HEX)}", f"file-{g.rs(22, AN)}"]),
    "version_string": lambda g: g.choice([f"{g.randint(1, 9)}.{g.randint(0, 40)}.{g.randint(0, 30)}", f"v{g.randint(1, 4)}.{g.randint(0, 9)}.{g.randint(0, 9)}-rc.{g.randint(1, 5)}"]),
    "pod_name": lambda g: f"{g.choice(['api', 'worker', 'billing'])}-{g.rs(10, LO + DIG)}-{g.rs(5, LO + DIG)}",
    "word_password": lambda g: g.choice(["password reset", "Forgot password?", "token expired", "invalid API key",
                                         "password must be at least 12 characters", "secret rotation", "key rotation policy"]),
}

PEOPLE = ["Ana", "Bjorn", "Chiara", "Dmitri", "Emeka", "Fatima", "Guillaume", "Hana", "Ines", "Jonas", "Kofi", "Lucia",
          "Mateus", "Noor", "Oskar", "Priya", "Quentin", "Rosa", "Sven", "Tomasz", "Uma", "Valentina", "Wei", "Yara"]
FILLERS: dict[str, Callable[[G], str]] = {
    "user": lambda g: g.choice(["app", "svc_orders", "admin", "etl_reader", "deploy", "root", "reporting", "backup", "jenkins", "sa"]),
    "host": lambda g: g.choice(["db01.corp.example", "10.20.3.14", "pg-main.internal", "mysql-primary.prod.svc",
                                "prod-db.c7x2kq.eu-central-1.rds.amazonaws.com", "sql01", "192.168.10.25"]),
    "db": lambda g: g.choice(["orders", "billing", "analytics", "crm", "app_prod", "inventory"]),
    "svc": lambda g: g.choice(["billing", "search", "notifier", "reports", "payments", "ingest"]),
    "date": lambda g: f"2025-{g.randint(1, 12):02d}-{g.randint(1, 28):02d}",
    "port": lambda g: str(g.choice([5432, 3306, 6379, 5672, 27017, 1433, 8080])),
    "acct": lambda g: g.choice(["acmeprod", "stfinance01", "datalakeweu", "backupsne"]),
    "email": lambda g: f"{g.choice(['j.doe', 'ops', 'noreply', 'it-admin'])}@{g.choice(['acme.io', 'example.com', 'contoso.de'])}",
}


# ----------------------------------------------------------------------------------------------
# Rendering
# ----------------------------------------------------------------------------------------------

@dataclass
class Doc:
    g: G
    pool: dict[str, Provider] = field(default_factory=dict)
    bound: dict[str, str] = field(default_factory=dict)
    people: list[str] = field(default_factory=list)

    def provider(self, name: str) -> Provider:
        if name not in self.pool:
            used = {p.subtype for p in self.pool.values()}
            self.pool[name] = self.g.choice([p for p in PROVIDERS if p.subtype not in used])
        return self.pool[name]

    def render(self, text: str) -> tuple[str, list[dict[str, Any]]]:
        """Fill «slots»: ``S:kind`` a labelled secret, ``N:kind`` a hard negative, ``F:kind`` a filler,
        ``K1``/``K1.env``/``K1.key``/``K1.name``/``K1.dash``/``K1.camel`` a provider secret of this
        document and its names, ``=S:kind#n`` the value bound by ``S:kind#n`` again, ``P1`` a person,
        ``a|b|c`` a choice (alternatives may hold slots)."""
        out: list[str] = []
        spans: list[dict[str, Any]] = []
        self._render_into(text, out, spans)
        return "".join(out), spans

    @staticmethod
    def _split(text: str) -> list[tuple[str, str]]:
        """Top-level pieces of ``text``: ("text", s) and ("slot", inner), with nesting kept inside."""
        pieces: list[tuple[str, str]] = []
        depth, start, buf = 0, 0, 0
        for i, ch in enumerate(text):
            if ch == "«":
                if depth == 0:
                    pieces.append(("text", text[buf:i]))
                    start = i + 1
                depth += 1
            elif ch == "»":
                depth -= 1
                assert depth >= 0, text
                if depth == 0:
                    pieces.append(("slot", text[start:i]))
                    buf = i + 1
        assert depth == 0, text
        pieces.append(("text", text[buf:]))
        return [p for p in pieces if p[1] or p[0] == "slot"]

    @staticmethod
    def _alternatives(inner: str) -> list[str]:
        alts, depth, last = [], 0, 0
        for i, ch in enumerate(inner):
            depth += ch == "«"
            depth -= ch == "»"
            if ch == "|" and depth == 0:
                alts.append(inner[last:i])
                last = i + 1
        alts.append(inner[last:])
        return alts

    def _render_into(self, text: str, out: list[str], spans: list[dict[str, Any]]) -> None:
        for what, piece in self._split(text):
            if what == "text":
                out.append(piece)
                continue
            alts = self._alternatives(piece)
            if len(alts) > 1 or "«" in piece:
                self._render_into(self.g.choice(alts), out, spans)
                continue
            value, label = self._slot(piece)
            if label is not None:
                n = sum(len(s) for s in out)
                spans.append({"type": label[0], "name": label[1], "start": n, "end": n + len(value)})
            out.append(value)

    def _slot(self, slot: str) -> tuple[str, tuple[str, str] | None]:
        if slot.startswith(("S:", "=S:")):
            kind, _, tag = slot.split(":", 1)[1].partition("#")
            key = f"{kind}#{tag}"
            if slot.startswith("=") and key in self.bound:
                value = self.bound[key]
            else:
                value = SECRETS[kind](self.g)
                if tag:
                    self.bound[key] = value
            return value, ("label", SUBTYPE.get(kind, kind))
        if slot.startswith("N:"):
            return NEGATIVES[slot[2:]](self.g), ("neg", slot[2:])
        if slot.startswith("F:"):
            return FILLERS[slot[2:]](self.g), None
        if re.fullmatch(r"K\d(\.\w+)?", slot):
            name, _, attr = slot.partition(".")
            p = self.provider(name)
            if not attr:
                key = f"K:{name}"
                if key not in self.bound:
                    self.bound[key] = p.make(self.g)
                return self.bound[key], ("label", p.subtype)
            env = self.bound.setdefault(f"K:{name}.env", self.g.choice(p.envs))
            if attr == "name":
                return self.bound.setdefault(f"K:{name}.name", self.g.choice(p.names)), None
            return {"env": env, "key": env.lower(), "dash": env.lower().replace("_", "-"),
                    "camel": re.sub(r"_(\w)", lambda mm: mm.group(1).upper(), env.lower())}[attr], None
        if re.fullmatch(r"P\d", slot):
            i = int(slot[1]) - 1
            while len(self.people) <= i:
                self.people.append(self.g.choice([p for p in PEOPLE if p not in self.people]))
            return self.people[i], None
        return slot, None


def _pointer(parts: list[str | int]) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def build_document(doc: Doc, body: Any) -> tuple[Any, list[dict[str, Any]]]:
    spans: list[dict[str, Any]] = []

    def walk(node: Any, path: list[str | int]) -> Any:
        if isinstance(node, str):
            text, anns = doc.render(node)
            for a in anns:
                a["path"] = _pointer(path)
                a["leaf"] = text
            spans.extend(anns)
            return text
        if isinstance(node, dict):
            out = {}
            for k, v in node.items():
                key, anns = doc.render(k) if "«" in k else (k, [])
                assert not anns, k
                out[key] = walk(v, [*path, key])
            return out
        if isinstance(node, list):
            return [walk(v, [*path, i]) for i, v in enumerate(node)]
        return node

    return walk(body, []), spans


@dataclass
class T:
    id: str
    kind: str      # ticket | email | chat | tool_args
    context: str
    body: Any
    lang: str = "en"


def _leaf(document: Any, path: str) -> str:
    node = document
    for part in path.split("/")[1:] if path else ():
        part = part.replace("~1", "/").replace("~0", "~")
        node = node[int(part)] if isinstance(node, list) else node[part]
    assert isinstance(node, str)
    return node


def make_record(idx: int, tpl: T, document: Any, spans: list[dict[str, Any]]) -> dict[str, Any]:
    labels, negatives = [], []
    for a in sorted(spans, key=lambda s: (s["path"], s["start"])):
        base = {"path": a["path"], "start": a["start"], "end": a["end"], }
        value = a["leaf"][a["start"]:a["end"]]
        if a["type"] == "label":
            labels.append({**base, "entity": "SECRET", "value": value, "subtype": a["name"]})
        else:
            negatives.append({**base, "kind": a["name"], "value": value})
    return {"id": f"tunex2-sec-{idx:04d}", "split": "tune", "set": "secrets", "template": tpl.id, "kind": tpl.kind,
            "lang": tpl.lang, "regions": [], "context": tpl.context, "document": document, "labels": labels,
            "negatives": negatives}


def check_record(rec: dict[str, Any]) -> None:
    per_leaf: dict[str, list[tuple[int, int]]] = {}
    for group in ("labels", "negatives"):
        for s in rec[group]:
            leaf = _leaf(rec["document"], s["path"])
            assert 0 <= s["start"] < s["end"] <= len(leaf), (rec["id"], s)
            assert leaf[s["start"]:s["end"]] == s["value"] == s["value"].strip(), (rec["id"], s)
            per_leaf.setdefault(s["path"], []).append((s["start"], s["end"]))
    for path, spans in per_leaf.items():
        spans.sort()
        for (_, e1), (s2, _) in itertools.pairwise(spans):
            assert e1 <= s2, (rec["id"], path, "overlapping spans")
    for s in rec["labels"]:
        assert len(s["value"]) >= 6, (rec["id"], s)


# ----------------------------------------------------------------------------------------------
# Templates
# ----------------------------------------------------------------------------------------------

sys.path.insert(0, HERE)
from templates_extra2 import TEMPLATE_ROWS, TEMPLATE_ROWS_B  # noqa: E402  (kept apart: it is long)

TEMPLATES = [T(*row) for row in TEMPLATE_ROWS + TEMPLATE_ROWS_B]


def build() -> list[dict[str, Any]]:
    g = G(SEED)
    out: list[dict[str, Any]] = []
    n_labels = 0
    idx = 0
    while n_labels < TARGET_LABELS:
        batch = list(TEMPLATES)
        g.rng.shuffle(batch)
        for tpl in batch:
            idx += 1
            doc = Doc(g)
            document, spans = build_document(doc, tpl.body)
            rec = make_record(idx, tpl, document, spans)
            check_record(rec)
            n_labels += len(rec["labels"])
            out.append(rec)
    return out


def dump(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def summary(records: list[dict[str, Any]]) -> str:
    labels = Counter(s["subtype"] for r in records for s in r["labels"])
    negs = Counter(s["kind"] for r in records for s in r["negatives"])
    ctx = Counter(r["context"] for r in records)
    lines = [f"{len(records)} records from {len({r['template'] for r in records})} templates, "
             f"{sum(labels.values())} secrets ({len(labels)} subtypes), {sum(negs.values())} hard negatives",
             "contexts: " + ", ".join(f"{k} {v}" for k, v in sorted(ctx.items())),
             "subtypes: " + ", ".join(f"{k} {v}" for k, v in sorted(labels.items())),
             "negatives: " + ", ".join(f"{k} {v}" for k, v in sorted(negs.items()))]
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="compare a fresh build with the file on disk")
    args = ap.parse_args()
    recs = build()
    text = dump(recs)
    # Values come from this file's own generators; whether one also occurs in the held-out split
    # is deliberately not checked (that would mean reading it).
    digest = hashlib.sha256(text.encode()).hexdigest()[:16]
    if args.check:
        with open(OUT, encoding="utf-8") as fh:
            same = fh.read() == text
        print(summary(recs))
        print(f"{'identical to' if same else 'DIFFERS from'} {OUT} (sha256 {digest})")
        return 0 if same else 1
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)
    print(summary(recs))
    print(f"wrote {OUT} (sha256 {digest})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
