"""Recognizers for credentials an agent must never pass on.

Formats follow the published token layouts used by well-known secret scanners (gitleaks,
GitHub secret scanning, vendor docs); the regexes are written here, not copied. Every secret
entity is named ``SECRET_<KIND>`` so a policy can treat them as one family (the key
``"SECRET"`` in a policy means all of them).

Formats covered (the reported span is the secret itself, never the key name or the URL around it):

- Cloud: AWS access key ids (``AKIA``/``ASIA``…), secret keys after an ``aws…secret/key`` name,
  session tokens (``FwoGZXIvYXdz``/``IQoJb3JpZ2luX2Vj``); Google API keys (``AIza``) and OAuth
  client secrets (``GOCSPX-``), OAuth access and refresh tokens (``ya29.``, ``1//0``); Azure
  connection strings (``AccountKey=``, ``SharedAccessKey=``), SAS signatures (``sig=``) and Entra
  ID client secrets (``…Q~…``); DigitalOcean (``dop_v1_``…); Alibaba Cloud (``LTAI``), Tencent
  Cloud (``AKID``); Supabase (``sbp_``, ``sb_secret_``), Netlify (``nfp_``), Render (``rnd_``),
  Fly.io (``FlyV1 fm2_``).
- Code and CI: GitHub (``ghp_``, ``gho_``, ``ghu_``, ``ghs_``, ``ghr_``, ``github_pat_``), GitLab
  (``glpat-``, ``gldt-``, ``glcbt-``…), npm (``npm_``), PyPI (``pypi-AgEIcHlwaS5vcmc``), RubyGems
  (``rubygems_``), NuGet (``oy2…``), JFrog (``AKCp``, ``cmVmdGtu…``), Docker Hub
  (``dckr_pat_``), Buildkite (``bkua_``), Terraform Cloud (``….atlasv1.…``), Pulumi (``pul-``),
  Doppler (``dp.st.``…), HashiCorp Vault (``hvs.``/``hvb.``), Postman (``PMAK-``), Databricks
  (``dapi``), Hugging Face (``hf_``), Grafana (``glsa_``, ``glc_``), Atlassian (``ATATT3``,
  ``ATCTT3``, Bitbucket ``ATBB``), Heroku (``HRKU-``), Airtable (``pat…``), Linear (``lin_api_``),
  Notion (``secret_``/``ntn_``), SonarQube (``squ_``…), CircleCI (``CCIPAT_``), 1Password service
  accounts (``ops_eyJ``), Figma (``figd_``), Contentful (``CFPAT-``), Dynatrace (``dt0c01.``),
  LaunchDarkly server SDK keys (``sdk-<uuid>``).
- Messaging and SaaS: Slack tokens (``xoxb-``, ``xapp-``…) and webhook URLs, Discord webhook URLs
  and bot tokens (near the word "discord"), Telegram bot tokens, Firebase (FCM) server keys,
  Stripe (``sk_``/``rk_`` live/test, ``whsec_``), Square (``sq0atp-``, ``sq0csp-``, ``EAAA``),
  Braintree (``access_token$production$…``), Shopify (``shpat_``…), SendGrid (``SG.``), Mailgun
  (``key-``, and newer keys after the word "mailgun"), Twilio (``SK…`` after the word "twilio"),
  Mailchimp (``…-us12``), New Relic (``NRAK-``, ``…NRAL``), Sentry DSN keys and
  ``sntrys_``/``sntryu_`` tokens, Mapbox secret tokens (``sk.eyJ``), OpenAI (``sk-``,
  ``sk-proj-``…), Anthropic (``sk-ant-``), Groq (``gsk_``), Replicate (``r8_``), Perplexity
  (``pplx-``), xAI (``xai-``), LangSmith (``lsv2_``), Pinecone (``pcsk_``); HubSpot
  (``pat-na1-``…), Brevo (``xkeysib-``), Shippo (``shippo_live_``), Flutterwave (``FLWSECK-``),
  Facebook/WhatsApp Graph tokens (``EAAG``…), X app bearer tokens (``AAAA…%3D…``), New Relic insert
  keys (``NRII-``).
- Keys and tokens: JWTs, PEM/OpenSSH/PGP private key blocks (also base64-encoded, as in a
  kubeconfig ``client-key-data``), the private ``"d"`` of a JSON Web Key in text, age secret keys,
  Django ``django-insecure-`` keys.
- Passwords: ``scheme://user:pass@`` URLs (also with an empty user), ``password=``/``passwd:``/
  ``pwd=``/``passphrase:`` in env files, YAML, JSON, INI, query strings, JDBC/ODBC strings;
  ``curl -u user:pass``; ``Authorization: Basic/Bearer/Token/Bot`` values; ``"auth"`` in Docker
  config files; names ending in ``_pass``/``_PAT``, ``psk=``, ``authtok``; JSON with escaped
  quotes inside a log line (``\"password\":\"…\"``); ``storePassword "…"`` (Groovy); SQL
  (``IDENTIFIED BY '…'``, ``WITH PASSWORD '…'``); PowerShell ``ConvertTo-SecureString "…"``;
  generated passphrases (``maple-cobalt-voyage``) after a password name.
- Names apart from values: XML elements and ``<add key= value=>``, ``name:``/``value:`` pairs, Dockerfile
  ``ENV NAME value``; CLI tables (``vault kv get``: name, two spaces, value) and Markdown tables
  (``| DB_PASSWORD | … |``); CLI flags (``--token``, ``--password``, ``--account-key``,
  ``docker login -p``, ``mysql -p…``, ``keytool -storepass``, ``openssl -passout pass:…``,
  ``ldapsearch -w``, ``redis-cli -a``, ``mongosh -p``, ``sqlcmd -P``, ``plink -pw``, ``lftp -u u,p``,
  ``smbclient -U u%p``, ``http -a u:p``, ``cmdkey /pass:``, ``net use … /user:X p``,
  ``mc alias set … KEY SECRET``), ``.netrc``, ``.pgpass``, ``requirepass``; protocol transcripts
  (FTP/POP3 ``USER``…``PASS``, IMAP ``LOGIN``, Redis/SMTP ``AUTH``); ``Authorization:`` with any
  scheme; passwords and keys announced in prose in several languages ("das Passwort lautet …",
  "la contraseña es …", "パスワードは …", "pw for the NAS is …", "password's …"), and user/password
  pairs ("Benutzer deploy / Passwort …", "login is admin / …").
- Generic: a high-entropy value right after a name that says secret (``*_SECRET``, ``*_TOKEN``,
  ``*_KEY``, ``*_AUTH``, ``credentials``…), and a high-entropy token announced in prose
  ("the new token is: …", "here it is: …" on the line after the word, "the staging key `…`"),
  and a hex key alone on one of the lines after the word ("the Datadog app key?" / "Bob: 32ed…").

Not reported: placeholders (``your-api-key-here``, ``xxxx``, ``<token>``, ``********``, ``**``,
``[REDACTED]``, ``changeme``), references (``${{ secrets.X }}``, ``process.env.X``, ``$VAR``,
``%VAR%``, ``env:X``, ``!Ref X``), code (``settings.DB_PASSWORD``, ``get_password(url)``),
paths, publishable and public keys (``pk_live_``, ``pk.eyJ``, ``ssh-rsa``, ``# public key: age1…``,
``BEGIN PUBLIC KEY``/``CERTIFICATE``), labelled hashes, UUIDs and ids (``*_id`` names), pagination
and usage counts (``page_token``, ``max_tokens``), names that merely end in ``PAT`` (``EMAIL_PAT``,
a pattern), test-runner ``PASS`` lines.

This module is plain data and regexes (no Presidio import, so policy code and the CLI load fast);
the Presidio recognizer that runs these rules is in :mod:`arbiter.pii.engine`.

Each rule also declares *trigger* literals: at least one of them (case-insensitively) occurs
in any text the rule can match. The scrubber uses them as a cheap pre-filter, so a leaf with
no trigger never reaches these regexes.
"""

from __future__ import annotations

import base64
import binascii
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

__all__ = [
    "KEYED_SECRET_ENTITY",
    "SECRET_ENTITIES",
    "SECRET_RULES",
    "SecretRule",
    "Triggers",
    "is_secret_key",
    "literal_trie",
    "shannon_entropy",
]

KEYED_SECRET_ENTITY = "SECRET_KEYED_FIELD"


def literal_trie(words: Iterable[str]) -> str:
    """A regex source matching the longest of ``words`` at a position, factored as a trie.

    ``re`` tries a flat alternation's branches one by one at every position; factored on shared
    prefixes ("pass(?:word)?"), most positions fail after one character test. On ~150 secret
    triggers over realistic leaves: ~7 us per leaf, against ~15 us for ``any(t in text ...)``
    and ~30 us for the flat alternation. No words: a pattern that never matches.
    """
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body  # a word ends here: the rest is optional

    return build(trie) if trie else "(?!)"


class Triggers:
    """Which of a set of literal key words occur in a lower-cased text.

    Non-ASCII words (other languages' key words) are looked for only in non-ASCII text.
    """

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(sorted(set(words)))
        ascii_src = literal_trie(w for w in self.words if w.isascii())
        all_src = literal_trie(self.words)
        self._any = (re.compile(ascii_src), re.compile(all_src))
        # A lookahead finds the longest word starting at *every* position, overlaps included;
        # the words inside each one found are then present too.
        self._at = (re.compile(f"(?=({ascii_src}))"), re.compile(f"(?=({all_src}))"))
        self._within = {w: frozenset(o for o in self.words if o in w) for w in self.words}

    def any(self, low: str) -> bool:
        """Whether some word occurs in ``low``."""
        return self._any[not low.isascii()].search(low) is not None

    def present(self, low: str) -> frozenset[str]:
        """Every word that occurs in ``low``."""
        found = self._at[not low.isascii()].findall(low)
        if not found:
            return frozenset()
        return frozenset().union(*(self._within[w] for w in found))


def shannon_entropy(s: str) -> float:
    """Bits per character of ``s``."""
    if not s:
        return 0.0
    n = len(s)
    return -sum(c / n * math.log2(c / n) for c in Counter(s).values())


# --- value checks --------------------------------------------------------------------------
# Masks and template text, anywhere in a value: a real random key does not contain them.
_MASKED = re.compile(r"[xX]{6,}|\*{3,}|•{2,}|#{6,}|^\*+$")
_PLACEHOLDER = re.compile(
    r"(?i)x{4,}|\*{3,}|^\*+$|•{2,}|\.\.\.|…|<[^>]*>|\{\{|\}\}"
    r"|\[(?:redacted|filtered|hidden|masked|removed|secret)\]"
    r"|(?:^|[_\-.])(?:your|my|example|sample|dummy|fake|placeholder|changeme|replace)(?:[_\-.]|$)"
    r"|[_\-.](?:here|goes[_\-]here)$"
    r"|^(?:change_?me|replace_?me|redacted|filtered|hidden|masked|none|null|nil|undefined|true|false"
    r"|todo|tbd|secret|password|passwd|pass|token|key|value|string|xxx+|!vault)$")
# References to a secret kept elsewhere: the value names it, it does not hold it.
_REFERENCE = re.compile(
    r"(?i)^(?:\$\{|\$\(|\$[a-z_]\w*(?:$|[/:.\-\]\"'])|%\(\w+\)|%[a-z_]\w*%|process\.env\b|import\.meta\.env|os\.environ|os\.getenv|getenv\("
    r"|env\(|env\[|deno\.env|system\.getenv|secrets\.|vault:|ssm:|arn:|file:|env:|fd:|stdin$|@microsoft\.keyvault"
    r"|ref\+|op://|!(?:ref|sub|getatt|importvalue|findinmap|join|select|if|base64)\b)")
# A variable, attribute or call ("settings.DB_PASSWORD", "get_secret()"), a path or a URL.
# Code segments are words (at most a trailing digit or two); a random token with a dot is not.
_CODE_OR_PATH = re.compile(r"^[A-Za-z_]+\d{0,2}(?:\.[A-Za-z_]+\d{0,2})+$|^[A-Za-z_][\w.]*\(.*\)$|://"
                           r"|^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+\([\w.,\[\]\"' ]*\)?$"
                           r"|^[a-z_][a-z0-9_]{2,}\([\w.,\[\] ]*\)?$")
# A path: starts like one and has no random segment (base64 keys start with '/' one time in 64,
# and usually end in '=').
_PATH = re.compile(r"(?:/|~/|\./|\.\./)[\w.\-/~@:+ ]*")
_PATH_SEGMENT = re.compile(r"[^/.\-_]+")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_HEX = re.compile(r"[0-9a-f]+|[0-9A-F]+")
# Id-like values with a short lower-case type prefix ("cus_…", "pi_…", "pk_live_…"): object ids
# and publishable keys. Secret prefixes of this shape have their own vendor rules above.
_OBJECT_ID = re.compile(r"[a-z]{1,6}_(?:(?:live|test)_)?[A-Za-z0-9]{6,28}|pk[_.]\S+")


def _not_masked(value: str) -> bool:
    """A vendor-format value that is not a mask like ``sk_live_xxxxxxxx`` or ``ghp_****``."""
    return not _MASKED.search(value)


_REL_PATH = re.compile(r"[\w.\-]+(?:/[\w.\-]+)+/?")


def _random_segment(value: str) -> bool:
    """A segment mixing lower case, upper case and digits (base64 of a key, not a directory name)."""
    return any(len(seg) >= 8 and all(_classes(seg)[:3]) for seg in _PATH_SEGMENT.findall(value))


def _is_path(value: str) -> bool:
    if not value.startswith(("/", "~/", "./", "../")):
        return _REL_PATH.fullmatch(value) is not None and not _random_segment(value)
    if not _PATH.fullmatch(value):
        return "=" not in value and "+" not in value  # "/run/secrets/x y" or a path with odd characters
    return not _random_segment(value)


def _plausible(value: str) -> bool:
    """Not a placeholder, a reference to a secret stored elsewhere, code or a path."""
    return not (_PLACEHOLDER.search(value) or _REFERENCE.match(value) or _CODE_OR_PATH.search(value)
                or _is_path(value))


def _classes(value: str) -> tuple[bool, bool, bool, bool]:
    """(lower, upper, digit, other symbol) present; ``_``, ``-`` and ``.`` are not symbols."""
    return (any(c.islower() for c in value), any(c.isupper() for c in value),
            any(c.isdigit() for c in value), any(not c.isalnum() and c not in "_-." for c in value))


def _entropy_ok(value: str) -> bool:
    """A random-looking key: mixed classes and enough bits per character.

    Hex digests carry at most 4 bits/char (3.0 is typical for 16+ random hex digits); base64-ish
    keys ~5-6. Words like "configuration_value" next to "token" do not count.
    """
    if not _plausible(value):
        return False
    if _HEX.fullmatch(value):
        return len(value) >= 16 and any(c.isdigit() for c in value) and not value.isdigit() \
            and shannon_entropy(value) >= 3.0
    lower, upper, digit, _ = _classes(value)
    return lower + upper + digit >= 2 and shannon_entropy(value) >= 3.3


def _weak_key_ok(value: str) -> bool:
    """A value under a plain ``*_key``/``*_auth`` name: long and random, and not a UUID."""
    return len(value) >= 20 and not _UUID.fullmatch(value) and _entropy_ok(value)


# A passphrase as password generators make them by default ("unlatch-brick-drowsily",
# "maple.cobalt.voyage.tundra"): three or more lower-case words and one separator. Not '_':
# snake_case names ("saved_assert_hooks") look the same.
_PASSPHRASE = re.compile(r"[a-z]{3,12}([-. ])[a-z]{3,12}(?:\1[a-z]{3,12})+\d{0,4}")
# Words of code and templates: "db_password_value", "config.get.secret", "not_set_yet" are names.
_CODE_WORDS = frozenset({
    "pass", "password", "passwd", "pwd", "secret", "secrets", "token", "key", "keys", "credential", "credentials",
    "auth", "login", "user", "users", "username", "db", "database", "config", "conf", "settings", "setting", "env",
    "environ", "self", "this", "value", "values", "get", "set", "not", "none", "null", "default", "defaults", "args",
    "kwargs", "opts", "options", "params", "form", "request", "data", "input", "field", "vault", "here", "your",
    "the", "goes", "enter", "change", "replace", "example", "sample", "test", "dummy", "placeholder", "string"})
# PowerShell cmdlets ("$securePass = ConvertTo-SecureString …"): a call, not a value.
_CMDLET = re.compile(r"(?:Get|Set|New|ConvertTo|ConvertFrom|Read|Import|Export|Invoke|Add|Remove|Out)-[A-Z][A-Za-z]+")


def _passphrase(value: str) -> bool:
    m = _PASSPHRASE.fullmatch(value)
    if m is None or len(value) < 14:
        return False
    return not any(w in _CODE_WORDS for w in re.split(r"[-_. \d]+", value) if w)


def _password_ok(value: str) -> bool:
    """A password: two character classes at least (``Zebra1974``, ``river2024%``) or a generated
    passphrase (``maple-cobalt-voyage``), no template, reference or cmdlet."""
    if len(value) < 4 or _CMDLET.fullmatch(value):
        return False
    if _passphrase(value):
        return True
    return _plausible(value) and sum(_classes(value)) >= 2


def _announced_ok(value: str) -> bool:
    """A credential pasted as a bare token in prose: random-looking, not a hash, id or UUID."""
    if not _plausible(value) or _HEX.fullmatch(value.replace("-", "")) or _OBJECT_ID.fullmatch(value) \
            or value.startswith(("ssh-", "AAAA", "sha", "SHA", "data:")) or "=" in value.rstrip("="):
        return False
    lower, upper, digit, symbol = _classes(value)
    n = len(value)
    if n >= 16 and lower and upper and digit:
        return shannon_entropy(value) >= 3.5
    # Short passwords only with all four classes; long symbol-rich keys (Django) without upper case.
    symbols = len({c for c in value if not c.isalnum() and c not in "_-."})
    return (n >= 8 and lower and upper and digit and symbol) or (n >= 32 and digit and symbols >= 3)


_DATEISH = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}:\d{2}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")


def _value_ok(value: str) -> bool:
    """A value under a name that says credential, in a layout without a type (XML, name/value
    pairs, CLI flags): a random key, or a password with a digit or symbol in it."""
    return _entropy_ok(value) or (_password_ok(value) and not value.isalpha()
                                  and not _DATEISH.match(value) and not _EMAIL.fullmatch(value))


def _protocol_password_ok(value: str) -> bool:
    """A password at the end of a protocol command line: a password with a letter in it."""
    return _password_ok(value) and any(c.isalpha() for c in value)


def _prose_password_ok(value: str) -> bool:
    """A password announced in prose ("the password is Zebra1974!", "das Passwort lautet …"):
    letters with digits or symbols, or a passphrase of four words or more; not a date, an e-mail
    address, a version or a word."""
    if _passphrase(value) and len(re.split(r"[-. ]", value)) >= 4:
        return True
    if len(value) < 6 or not _plausible(value) or _DATEISH.search(value) or _EMAIL.fullmatch(value):
        return False
    letters = sum(c.isalpha() for c in value)
    others = any(not c.isalpha() and c not in "-_." for c in value)
    return letters >= 2 and others and not re.fullmatch(r"v?\d+(?:\.\d+)+(?:[-+.][\w.]+)?", value)


def _hex_key_ok(value: str) -> bool:
    """A hex key (or a UUID-shaped one) announced after a key word: digits and letters both."""
    h = value.replace("-", "")
    return any(c.isdigit() for c in h) and any(c.isalpha() for c in h) and shannon_entropy(h) >= 3.0


def _b64decode(value: str) -> bytes:
    try:
        return base64.b64decode(value + "=" * (-len(value) % 4), validate=True)
    except (binascii.Error, ValueError):
        return b""


def _basic_ok(value: str) -> bool:
    """``Basic`` credentials: base64 of ``user:password`` (printable, with the colon)."""
    raw = _b64decode(value)
    return b":" in raw and all(32 <= b < 127 for b in raw) and _not_masked(value)


def _b64_private_key(value: str) -> bool:
    """Base64 of a PEM block whose header names a private key (not a certificate)."""
    head = value[:80]
    return b"PRIVATE KEY" in _b64decode(head[:len(head) - len(head) % 4])


def _openai_ok(value: str) -> bool:
    # "sk-" starts many words and slugs ("sk-learn-tutorial"): a key has digits.
    return sum(ch.isdigit() for ch in value) >= 2 and _not_masked(value)


# --- regex building blocks -----------------------------------------------------------------
# Key words are spelled out (lower, UPPER, Capitalized for camelCase) and each regex starts with
# those literals, so re scans for them fast; the word-start and "not a page_token" checks are
# lookbehinds *after* the literal, run only where a key word was found.
def _spellings(parts: tuple[str, ...], glue: bool = False) -> list[tuple[str, str]]:
    """(spelling, class of letters that must not precede it) for a key word of one or more parts.

    With ``glue`` the word may end a longer name written as one word (``PGPASSWORD``,
    ``dbpassword``, ``GITHUBTOKEN``): only for words that are never the tail of a common word.
    """
    low = [j.join(p.lower() for p in parts) for j in (("_", "-", "") if len(parts) > 1 else ("",))]
    up = [j.join(p.upper() for p in parts) for j in (("_", "-", "") if len(parts) > 1 else ("",))]
    camel = parts[0].lower() + "".join(p.capitalize() for p in parts[1:])
    pascal = "".join(p.capitalize() for p in parts)
    out = [(w, "[A-Z]" if glue else "[A-Za-z]") for w in (*low, camel)]
    out += [(w, "[a-z]" if glue else "[A-Za-z]") for w in up]
    out.append((pascal, "[A-Z]"))  # after a lower-case letter too: dbPassword, clientSecret
    if len(parts) > 1:
        # APIKey (an acronym, then Pascal case) and HTTP header style Api-Key, X-Auth-Token.
        out.append((parts[0].upper() + "".join(p.capitalize() for p in parts[1:]), "[A-Z]"))
        out.append(("-".join(p.capitalize() for p in parts), "[A-Za-z]"))
    return list(dict.fromkeys(out))


def _key_words(words: Iterable[tuple[str, ...]], not_after: Iterable[str] = (), glue: bool = False,
               spaced: Iterable[str] = ()) -> list[str]:
    """The spellings of ``words`` as alternatives, none glued to a preceding word or excluded prefix.

    ``spaced``: excluded prefixes that also exclude across one space ("public key: …")."""
    excluded = tuple(not_after)
    apart = tuple(spaced)
    alts = []
    for parts in words:
        for w, before in _spellings(parts, glue):
            checks = [f"(?<!{before}{re.escape(w)})"]
            # Not across a space: in "user=svc_sync token=…" the "sync" belongs to another value.
            # The excluded word starts a word itself: "MIN_PASSWORD" is excluded, "ADMIN_PASSWORD" is not.
            for x in excluded:
                if w.isupper():
                    prefixes = [(x.upper() + s, "[A-Za-z0-9]") for s in ("_", "-", ".", "")]
                elif w[0].isupper():
                    prefixes = [(x.lower(), "[A-Za-z0-9]"), (x.capitalize(), "[A-Z0-9]")]
                else:
                    prefixes = [(x.lower() + s, "[A-Za-z0-9]") for s in ("_", "-", ".", "")]
                checks += [f"(?<!(?<!{b}){re.escape(pre + w)})" for pre, b in prefixes]
            for x in apart:
                checks += [f"(?<!{re.escape(pre + ' ' + w)})" for pre in (x.lower(), x.capitalize(), x.upper())]
            alts.append(re.escape(w) + "".join(dict.fromkeys(checks)))
    return alts


def _any(*alternatives: list[str]) -> str:
    # One flat alternation: re finds the first characters of a flat one fast, not of nested ones.
    return "(?:" + "|".join(a for alts in alternatives for a in alts) + ")"


def _word_start(literal: str) -> str:
    """``literal`` not glued to a preceding word character: ``\\b`` as a lookbehind after it.

    A regex that starts with a literal is scanned for with a fast substring search; one that
    starts with ``\\b`` is tried at every position (20 times slower on long texts).
    """
    return re.escape(literal) + f"(?<![A-Za-z0-9_]{re.escape(literal)})"


# Name suffixes that keep the name a secret's ("SECRET_KEY_BASE", "API_TOKEN_PROD"); anything
# else after the key word ("private_key_id", "token_url", "password_policy") is not one.
_SUFFIX = (r"(?:[_.\-]?(?i:base|value|data|b64|base64|hex|str|string|plain|prod|production|live|staging|dev"
           r"|test|new|old|current|primary|secondary|v?\d{1,2}))?")
# After the name: an optional closing quote, the separator (= : => :=), an optional opening quote
# (also JSON-escaped), captured as group 1 so the value may hold ':' or spaces only when quoted.
# Also: a closing ']' (os.environ["API_KEY"] = …), ||= and ?=, a type annotation (Rust/TS/Python
# ``API_KEY: &str = "…"``, Go ``apiKey string = "…"``), a quoted name then a comma
# (define('DB_PASSWORD', '…'), os.Setenv("TOKEN", "…"), env('X', '…')) and a call
# (setPassword("…"), .password("…")); the last two only before a quoted value.
_TYPE = r"(?:[ \t]*:[ \t]*&?(?:'static[ \t]+)?(?:str|string|String)\b|[ \t]+(?:string|String)\b)?"
_ASSIGN = (r"(?:\\?[\"'])?\]?" + _TYPE + r"(?:[ \t]*(?:=>|:=|\|\|=|\?=|[:=])"
           r"|(?<=[\"'])[ \t]*,(?=[ \t]*[\"'][^\"'\n]*[\"'][ \t]*\))"
           r"|\((?=[ \t]*\\?[\"'`])|(?<=[A-Za-z0-9_])[ \t]+(?=[\"']))[ \t]*(?:\\?([\"'`]))?")
_END = r"(?(1)(?=\\?[\"'`])|(?![^\s\"'`<>,;:&\\]))"

# "page_token", "max_tokens", "publicKey"…: the name mentions a key word but holds no secret.
_NOT_SECRET_TOKENS = ("page", "next", "prev", "previous", "continuation", "pagination", "sync", "cursor",
                      "max", "min", "total", "input", "output", "prompt", "completion")
_NOT_SECRET_KEYS = ("public", "publishable", "pub", "idempotency", "cache", "partition", "sort", "primary",
                    "foreign", "routing", "host", "hash", "object")
_STRONG_WORDS: tuple[tuple[str, ...], ...] = (
    ("credential",), ("credentials",), ("apikey",), ("authtoken",),
    ("accesstoken",), ("api", "key"), ("access", "key"), ("secret", "key"), ("private", "key"),
    ("auth", "key"), ("app", "key"), ("admin", "key"), ("master", "key"), ("application", "key"),
    ("subscription", "key"), ("signing", "key"), ("encryption", "key"), ("license", "key"),
    ("server", "key"), ("account", "key"), ("client", "key"), ("api", "token"), ("auth", "token"),
    ("pre", "shared", "key"), ("preshared", "key"))
# Words that may end a name written as one word (PGPASSWORD, clientsecret, GITHUBTOKEN).
_GLUED_WORDS: tuple[tuple[str, ...], ...] = (("secret",), ("passphrase",))
# A plain "*_key" or "*_auth" name: only a long random value that is not a UUID.
_WEAK_WORDS: tuple[tuple[str, ...], ...] = (("key",), ("auth",))
# "authtok": sssd's ldap_default_authtok.
_PASSWORD_WORDS: tuple[tuple[str, ...], ...] = (("password",), ("passwd",), ("passphrase",), ("authtok",))
# "psk": a Wi-Fi or VPN pre-shared key (wpa_supplicant, NetworkManager, strongSwan).
_SHORT_PASSWORD_WORDS: tuple[tuple[str, ...], ...] = (("pwd",), ("pw",), ("psk",))
# "pass" alone is a word ("boarding pass: …"); only as the tail of a name (DB_PASS, smtp_pass, dbPass).
_PASS = [r"pass(?<=[A-Za-z0-9][_\-.]pass)", r"PASS(?<![A-Za-z]PASS)", r"Pass(?<=[a-z]Pass)"]
# "PAT" (personal access token) likewise only as the tail of a name (GH_PAT, AZDO_PAT, asana-pat).
_PAT = [r"pat(?<=[A-Za-z0-9][_\-.]pat)", r"PAT(?<=[A-Za-z0-9][_\-.]PAT)", r"Pat(?<=[a-z]Pat)"]
# "pat" alone is in "path" and "patch": the triggers are the name's tail before its separator.
_PAT_TRIGGERS = ("_pat", "-pat", ".pat", "pat:", "pat=", "pat\"", "pat'", "pat ")

_NAME_VALUE = _ASSIGN + r"((?:(?i:base64|b64|hex):)?(?(1)[^\"'`\s\\]|[^\s\"'`<>,;:&\\]){{{lo},{hi}}})" + _END
_STRONG_KEYED = (_any(_key_words(_STRONG_WORDS), _key_words(_GLUED_WORDS, glue=True),
                      _key_words([("token",)], _NOT_SECRET_TOKENS, glue=True))
                 + _SUFFIX + _NAME_VALUE.format(lo=12, hi=1000))
_PAT_KEYED = _any(_PAT) + _SUFFIX + _NAME_VALUE.format(lo=16, hi=1000)
_WEAK_KEYED = (_any(_key_words([("key",)], _NOT_SECRET_KEYS, spaced=("public", "publishable")),
                    _key_words([("auth",)]))
               + _SUFFIX + _NAME_VALUE.format(lo=20, hi=1000))
# Passwords may be short and hold any symbol; quoted ones may hold spaces, ';' and '&'; ODBC
# braces ({p@ss;word}) are kept whole.
_NOT_PASSWORDS = ("no", "reset", "forgot", "forgotten", "min", "max", "old", "new", "check", "verify", "validate",
                  "hash", "hashed", "change", "update", "set", "get", "generate", "random", "confirm", "compare",
                  "encrypted", "show", "has", "is", "require", "prompt", "ask")
_PASSWORD = (_any(_key_words(_PASSWORD_WORDS, _NOT_PASSWORDS, glue=True), _key_words(_SHORT_PASSWORD_WORDS), _PASS)
             + _SUFFIX + _ASSIGN
             + r"(\{[^}\s]{1,128}\}|(?(1)[^\"'`\n\\]|[^\s\"'`;,&<>\\]){3,128})"
             + r"(?(1)(?=\\?[\"'`])|(?![^\s\"'`;,&<>\\]))")

# Prose that announces a credential, then a bare token after ':' or "is" on that line or the
# next ("…the Cloudflare API token?\nAmico: sure, here it is: <token>"). The word must not be
# directly followed by ':'/'=' (a key name: the keyed rules above decide those).
_ANNOUNCE_WORDS = (("password",), ("passphrase",), ("secret",), ("token",), ("credential",), ("key",))
_ANNOUNCE = (_any(_key_words(_ANNOUNCE_WORDS)) + r"s?(?![A-Za-z:=_\-\"'])"
             r"[^\n]{0,200}?(?:\n[^\n]{0,200}?)?(?::|(?<=[ \t])(?:is|are|was))"
             r"[ \t]*(?:\n[ \t]*){0,2}(?<=[\s:])"
             r"([^\s\"'`<>,]{7,1000}[^\s\"'`<>,.;:!?)])(?=[.,;:!?)]*(?:\s|$))")


# The same, with the value in quotes or backticks ("the token is `…`"), or alone on one of the
# next three lines after the sentence that names it.
_ANNOUNCE_QUOTED = (_any(_key_words(_ANNOUNCE_WORDS)) + r"s?(?![A-Za-z:=_\-\"'])"
                    r"[^\n]{0,200}?(?:\n[^\n]{0,200}?)?(?::|(?<=[ \t])(?:is|are|was))"
                    r"[ \t]*(?:\n[^\n`\"']{0,40}?)?[ \t]*[\"'`]([^\s\"'`<>,]{7,1000})[\"'`]")
_NOT_PEM = r"(?:(?!-----)[^\n])"
_ANNOUNCE_LINE = (_any(_key_words(_ANNOUNCE_WORDS)) + r"s?(?![A-Za-z:=_\-\"'])"
                  + _NOT_PEM + r"{0,200}(?:\n" + _NOT_PEM + r"{0,200}){0,2}?\n[ \t]*`{0,3}([^\s\"'`<>,]{16,1000})`{0,3}"
                  r"[ \t]*(?=\n|\Z)")
# "the staging key `…`", "token '…'": the value quoted right after the word, no verb.
_NAMED_QUOTED = _any(_key_words(_ANNOUNCE_WORDS)) + r"s?[ \t]+([`\"'])([^\s\"'`<>,]{16,1000})\1"
# Hex keys (Twilio, Datadog, Algolia …) and UUID-shaped keys (Heroku) announced after a key word;
# the words between must not say hash, digest, id or commit (those are labelled hashes and ids).
_HEX_ANNOUNCE = (_any(_key_words(_ANNOUNCE_WORDS), _key_words(_STRONG_WORDS)) + r"s?(?![A-Za-z_\-]|=[\"'])"
                 r"(?:(?!(?i:sha|md5|hash|digest|checksum|fingerprint|commit|uuid|request|trace|etag|\bids?\b))"
                 r"[^\n=]){0,80}?(?::|=|(?<=[ \t])(?:is|are|was))[ \t]*[\"'`]?"
                 r"(?<![0-9A-Fa-f\-])([0-9a-fA-F]{32,128}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                 r"[0-9a-fA-F]{12})(?![0-9A-Za-z_\-])")

_HEX_LINE = (_any(_key_words(_ANNOUNCE_WORDS), _key_words(_STRONG_WORDS)) + r"s?(?![A-Za-z_\-=])"
             r"(?:(?!(?i:sha|md5|hash|digest|checksum|fingerprint|commit|uuid|request|trace|etag|\bids?\b))[^\n]){0,200}"
             r"(?:\n[^\n]{0,200}){0,2}?\n[ \t]*(?:[\w .\-]{1,30}:[ \t]*)?`{0,3}"
             r"([0-9a-f]{32,128}|[0-9A-F]{32,128})`{0,3}"
             r"[ \t]*(?=\n|\Z)")
# Passwords and API keys announced in other languages (verb or colon, then the value).
_PW_WORDS_INTL = (r"(?:[Pp]asswor[dt]|PASSWOR[DT]|pw(?<![A-Za-z]pw)|PW(?<![A-Za-z]PW)|[Kk]ennwort|mot de passe"
                  r"|[Mm]ot de passe|contrase[ñn]a|Contrase[ñn]a"
                  r"|[Ss]enha|palavra-passe|[Ww]achtwoord|[Hh]asło|[Ll][öo]senord(?:et)?|[Aa]dgangskode(?:n)?"
                  r"|[Pp]assord(?:et)?|[Ss]alasana|[Şş]ifre|[Pp]arola|[Hh]eslo|[Jj]elsz[óo]|[Пп]ароль"
                  r"|パスワード|密码|密碼|口令|비밀번호|暗証番号)")
_KEY_WORDS_INTL = (r"(?:[Ss]chlüssel|[Cc]lé|[Cc]lave|[Cc]have|[Cc]hiave|[Ss]leutel|[Kk]lucz|[Nn]yckel(?:n)?"
                   r"|[Nn]øgle(?:n)?|[Nn]økkel(?:en)?|[Aa]nahtar(?:\u0131)?|[Jj]eton|[Tt]oken|[Zz]ugangsdaten"
                   r"|キー|トークン|密钥|密鑰|令牌|키|토큰|[Кк]люч|[Тт]окен)")
_VERBS_INTL = (r"(?:[:\uff1a=]|(?<=[A-Za-z])'s(?=[ \t])"
               r"|(?<=[ \t])(?:is|are|was|ist|lautet|lauten|est|es|son|è|é|sono|jest|to|är|er|on|olarak"
               r"|equals)(?=[ \t:])|は|是|为|為|는|은)")
_INTL_TAIL = (r"[^\n@/<>={}\[\]]{0,60}?" + _VERBS_INTL + r"[ \t:\uff1a]*(?:\n[ \t]*)?[\"'`]?"
              r"([^\s\"'`<>,\uff0c。]{5,999}[^\s\"'`<>,\uff0c。.;:)])[\"'`]?(?=[.,;:!?)。、]*(?:\s|$|です|で))")
_PW_ANNOUNCE_INTL = _PW_WORDS_INTL + r"(?![A-Za-z_\-=\"]|'(?!s[ \t]))" + _INTL_TAIL
_KEY_ANNOUNCE_INTL = _KEY_WORDS_INTL + r"(?![A-Za-z_\-=\"'])" + _INTL_TAIL

# A name that says credential, for layouts that carry the name apart from the value.
_CRED_NAME = (r"(?i:password|passwd|pwd|passphrase|secret|token|credentials?|(?:api|access|private|auth|app|admin"
              r"|master|signing|encryption|account|storage|client|license|server|shared|sas|subscription)[_\-.]?key)")
# The rest of the name: not one that names something else ("TOKEN_URL", "SECRET_NAME", "KEY_ID").
_CRED_TAIL = (r"[\w.\-]{0,20}(?<!(?i:id))(?<!(?i:url))(?<!(?i:uri))(?<!(?i:file))(?<!(?i:path))(?<!(?i:name))"
              r"(?<!(?i:type))(?<!(?i:ttl))(?<!(?i:expiry))(?<!(?i:expires))")
_NOT_CRED_PREFIX = (r"(?!(?i:page|next|prev|max|min|total|input|output|prompt|completion|sync|cursor"
                    r"|continuation|pagination|public|publishable)[\w.\-]*(?i:token|key))")
_CRED_SUFFIX = r"(?i:[_.\-]?(?:value|data|b64|base64|hex|str|string|plain|prod|production|live|staging|dev|v?\d{1,2}))?"
# <password>…</password>, <db:apiKey>…</db:apiKey>
_XML_ELEMENT = (r"<" + _NOT_CRED_PREFIX + r"[\w.:\-]{0,30}?" + _CRED_NAME + _CRED_SUFFIX
                + r"(?:[ \t][^<>\n]{0,100})?>[ \t]*([^<>\s]{3,1000})[ \t]*</")
# <add key="StripeSecretKey" value="…"/>, <entry name="api.token" value="…">
_XML_KEY_VALUE = (r"(?:key|name|Key|Name)=[\"']" + _NOT_CRED_PREFIX + r"[\w.:\-]{0,40}?" + _CRED_NAME + _CRED_TAIL
                  + r"[\"'][ \t]+(?:value|Value)=[\"']([^\"'\n]{3,1000})[\"']")
# k8s / ECS env entries as text: "- name: DB_PASSWORD\n  value: …", {"name": "X", "value": "…"}
_NAME_THEN_VALUE = (r"(?:name|Name|key|Key)[\"']?[ \t]*[:=][ \t]*[\"']?" + _NOT_CRED_PREFIX + r"[\w.\-]{0,40}?"
                    + _CRED_NAME + _CRED_TAIL + r"[\"']?[ \t]*(?:,[ \t]*|\r?\n[ \t]*)[\"']?(?:value|Value)[\"']?"
                    r"[ \t]*[:=][ \t]*[\"']?([^\s\"',}]{3,1000})")
# Dockerfile ENV/ARG, csh setenv and C #define with a space between name and value.
_SPACE_ASSIGN = (r"(?:^|(?<=\n))[ \t]*(?:ENV|ARG|setenv|#define|#[ \t]*define)[ \t]+" + _NOT_CRED_PREFIX
                 + r"[\w.\-]{0,40}?" + _CRED_NAME + _CRED_TAIL + r"[ \t]+[\"']?([^\s\"']{4,1000})")
# CLI flags: --token VALUE, --api-key=VALUE, --client-secret "…" (not --password-stdin, --token-file).
_CLI_SECRET_FLAG = (r"--(?:[a-z0-9]+-){0,3}(?:token|secret|(?:api|access|secret|private|auth|account|storage|master"
                    r"|shared|signing|encryption|license|client|admin|app|subscription|sas)-?key"
                    r"|auth-?token|access-?token|credentials?)(?=[ =])[ =]+[\"']?([^\s\"'`]{8,1000})")
_CLI_PASSWORD_FLAG = (r"--(?:[a-z0-9]+-){0,3}(?:password|passwd|pass|passphrase|pwd)(?=[ =])[ =]+[\"']?"
                      r"([^\s\"'`]{3,200})")
# gh secret set NAME --body "…"; docker/podman/helm login -p …; mysql -p…; sshpass -p …
_SECRET_SET = r"secret[ \t]+set[ \t]+[\w\-]+[ \t]+(?:--body|-b)[ =]+[\"']?([^\s\"'`]{6,1000})"
_LOGIN_P = (r"(?:docker|podman|helm|nerdctl|buildah|skopeo|oras|crane)[ \t]+(?:registry[ \t]+)?login\b"
            r"[^\n|;&`]{0,200}?[ \t]-p[ \t]+[\"']?([^\s\"'`]{3,200})")
_MYSQL_P = r"(?:mysql|mysqldump|mariadb|mysqladmin)\b[^\n|;&`]{0,200}?[ \t]-p[\"']?([^\s\"'`\-][^\s\"'`]{2,200})"
_SSHPASS = r"sshpass[ \t]+-p[ \t]*[\"']?([^\s\"'`]{3,200})"
# .netrc: "machine HOST login USER password PASS" on one line or several.
_NETRC = r"(?:machine|login|account)[ \t]+\S+\s+(?:login[ \t]+\S+\s+)?password[ \t]+([^\s]{3,200})"
# redis.conf requirepass / masterauth.
_REDIS_CONF = r"(?:requirepass|masterauth)[ \t]+[\"']?([^\s\"']{3,200})"
# A user/password pair passed to an auth helper: auth=("user", "pw"), HTTPBasicAuth('u', 'pw'),
# new NetworkCredential("u", "pw").
_CRED_PAIR = (r"(?:auth|Auth|HTTPBasicAuth|HTTPDigestAuth|BasicAuth|NetworkCredential|PasswordCredential"
              r"|UsernamePasswordCredentials?|PasswordAuthentication|Credentials?)[ \t]*[=(][ \t]*\(?[ \t]*"
              r"[\"'][^\"'\n]{1,100}[\"'][ \t]*,[ \t]*[\"']([^\"'\n]{3,200})[\"']")
# Authorization with any scheme (Token, Api-Key, SSWS, Key …) or none; Basic/Bearer have their own rules.
_AUTH_ANY = (r"(?i:(?:proxy-)?authorization)[\"']?[ \t]*[:=][ \t]*[\"']?"
             r"(?:(?![Bb]asic\b|BASIC\b|[Bb]earer\b|BEARER\b|[Dd]igest\b)[A-Za-z][A-Za-z0-9\-]{0,20}[ \t]+)?"
             r"([A-Za-z0-9\-._~+/:]{16,1000}=*)")

# --- more layouts: tables, SQL, PowerShell, command-line password flags, user/password pairs --
_CRED_NAME_PAT = "(?:" + _CRED_NAME + r"|(?<![A-Za-z])(?i:pat)(?![A-Za-z]))"
# CLI tables (vault kv get, kubectl custom columns, env listings): the name, two or more spaces,
# the value alone to the end of the line.
_TABLE_ROW = (r"(?m)^[ \t]*" + _NOT_CRED_PREFIX + r"[\w.\-]{0,40}?" + _CRED_NAME_PAT + _CRED_TAIL
              + r"[ \t]{2,}([^\s]{3,1000})[ \t]*$")
# Markdown and ASCII tables: | DB_PASSWORD | value |
_TABLE_CELLS = (r"\|[ \t]*`?" + _NOT_CRED_PREFIX + r"[\w.\-]{0,40}?" + _CRED_NAME_PAT + _CRED_TAIL
                + r"`?[ \t]*\|[ \t]*`?([^\s|`]{3,1000})`?[ \t]*\|")
# SQL: CREATE USER … WITH PASSWORD '…', IDENTIFIED BY '…', SET PASSWORD FOR … = '…', LOGIN PASSWORD '…'.
_SQL_PASSWORD = (r"(?:(?i:identified)[ \t]+(?:(?i:with)[ \t]+\w+[ \t]+)?(?i:by)(?:[ \t]+(?i:password))?"
                 r"|(?i:with|login|encrypted|unencrypted)[ \t]+(?i:password)[ \t]*=?"
                 r"|(?i:set[ \t]+password)(?:[ \t]+(?i:for)[ \t]+\S+)?[ \t]*=[ \t]*(?:(?i:password)\()?)"
                 r"[ \t]*'([^'\n]{3,128})'")
# PowerShell: ConvertTo-SecureString "…" -AsPlainText
_SECURE_STRING = r"(?i:convertto-securestring)[ \t]+(?:-String[ \t]+)?([\"'])([^\"'\n]{3,200})\1"
# Single-dash password options (keytool -storepass, openssl -passout pass:…, -password …).
_DASH_PASS_FLAG = (r"-(?<![\w\-]-)(?:[a-z]{1,12})?(?:pass|password|passwd)(?:in|out)?[ \t]+(?:pass:)?[\"']?"
                   r"([^\s\"'`\-][^\s\"'`]{2,200})")
# Tools whose password option is a letter: ldapsearch -w, redis-cli -a, mongosh -p, sqlcmd -P;
# lftp -u user,pass and smbclient -U user%pass.
_TOOL_PASS_FLAG = (r"(?:ldap(?:search|modify|add|delete|passwd|whoami|compare|exop)\b[^\n|;&]{0,300}?[ \t]-w"
                   r"|redis-cli\b[^\n|;&]{0,300}?[ \t]-a"
                   r"|mongo(?:sh|dump|restore|export|import|stat|top)?\b[^\n|;&]{0,300}?[ \t]-p"
                   r"|sqlcmd\b[^\n|;&]{0,300}?[ \t]-P"
                   r"|(?:plink|pscp|psftp|putty)\b[^\n|;&]{0,300}?[ \t]-pw)"
                   r"[ \t]+[\"']?([^\s\"'`\-][^\s\"'`]{2,200})")
# MinIO client: mc alias set NAME URL ACCESS_KEY SECRET_KEY (and the older mc config host add).
_MC_ALIAS = (r"mc[ \t]+(?:alias[ \t]+set|config[ \t]+host[ \t]+add)[ \t]+\S+[ \t]+\S+[ \t]+\S+[ \t]+[\"']?"
             r"([^\s\"'`]{3,200})")
# Protocol transcripts: FTP/POP3 "PASS …", IMAP "a1 LOGIN user …", Redis/SMTP "AUTH [user] …";
# the command is upper case, the value ends the line.
_PROTO_PASS = (r"(?m)USER(?<![\w\-]USER)[ \t]+\S+[ \t]*\r?\n(?:[^\n]*\n){0,3}?[ \t]*(?:[<>]+[ \t]*)?"
               r"PASS[ \t]+([^\s\"']{3,200})[ \t]*$")
_PROTO_LOGIN = r"(?m)LOGIN(?<=[ \t]LOGIN)[ \t]+[\"']?[^\s\"']+[\"']?[ \t]+[\"']?([^\s\"']{3,200})[\"']?[ \t]*$"
_PROTO_AUTH = (r"(?m)AUTH(?<![\w\-]AUTH)[\"']?[ \t]+(?:[\"']?[^\s\"']+[\"']?[ \t]+)?[\"']?([^\s\"']{3,200})[\"']?"
               r"[ \t]*$")
# A JSON Web Key's private part ("d", also "p", "q", "dp", "dq", "qi" of RSA keys), in text.
_JWK_PRIVATE = r"\"kty\"[\s\S]{0,600}?\"d\"[ \t]*:[ \t]*\"([A-Za-z0-9_\-]{32,})\""
# ~/.pgpass: host:port:database:user:password
_PGPASS = r"(?m)^[^\s:#]+:(?:\d{2,5}|\*):[^\s:]+:[^\s:]+:([^\s]{3,200})[ \t]*$"
_USER_SEP_PASS = (r"(?:lftp\b[^\n|;&]{0,200}?[ \t]-u[ \t]+[\"']?[^\s,\"']+,"
                  r"|smbclient\b[^\n|;&]{0,200}?[ \t]-U[ \t]+[\"']?[^\s%\"']+%)([^\s\"'`]{3,200})")
# httpie/xh: http -a user:pass …, --auth user:pass
_HTTPIE_AUTH = (r"(?:https?|xh|xhs)[ \t][^\n|;&]{0,200}?(?:-a +|--auth[ =]+)[\"']?[^\s:\"'/@]+:"
                r"([^\s\"']{3,200})")
# Windows: cmdkey /pass:…, net use … /user:DOMAIN\user PASSWORD, net user NAME PASSWORD /add
_WIN_PASS = r"/(?<=[ \t]/)(?i:pass(?:word)?|pwd)[:=]([^\s\"'/][^\s\"']{2,200})"
_NET_USE = (r"(?i:net use\b[^\n]{0,200}?[ \t]/user:[^\s]+|net user[ \t]+[^\s/]+)"
            r"[ \t]+([^\s\"'/*][^\s\"']{2,200})")
# A user name and a password side by side, in prose or notes: "user: admin / pass: …",
# "Benutzer deploy / Passwort …", "usuário: deploy / senha: …".
_USER_PASS_PAIR = (r"(?i:user(?:name)?|login|benutzer(?:name)?|utilisateur|identifiant|usuario|usuário|utente"
                   r"|gebruiker(?:snaam)?|użytkownik)[ \t]*[:=]?[ \t]*[^\s/,;|]{1,64}(?:[ \t]*[/,;|][ \t]*|[ \t]+)"
                   r"(?i:pass(?:word|wort)?|pwd|pw|kennwort|mot de passe|contrase[ñn]a|senha|wachtwoord|hasło)"
                   r"(?![\w\-])"
                   r"(?:[ \t]*[:=][ \t]*|[ \t]+)([^\s\"'`<>,()\[\]{}][^\s\"'`<>,]{1,126}[^\s\"'`<>,.;:!?)])")
_LOGIN_SLASH = (r"(?i:login|creds|credentials)(?:[ \t]+(?i:is|are))?[ \t]*:?[ \t]*[^\s/]{1,64}[ \t]+/[ \t]+"
                r"([^\s\"'`<>,]{2,127}[^\s\"'`<>,.;:!?)])")


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


def _vendor(entity: str, regex: str, triggers: tuple[str, ...], score: float = 0.95) -> SecretRule:
    """A prefixed vendor token: high score, masks such as ``xoxb-xxxxxxxx`` excluded."""
    return SecretRule(entity, regex, score, triggers, check=_not_masked)


def _webhook(entity: str, regex: str, triggers: tuple[str, ...]) -> SecretRule:
    # The whole URL is the credential and its layout is exact: 1.0, so an overlapping URL
    # finding (0.5-0.95 with context) never names the span.
    return SecretRule(entity, regex, 1.0, triggers, check=_not_masked)


_CRED_TRIGGERS = ("pass", "pwd", "secret", "token", "key", "credential")
_PW_TRIGGERS = ("passwor", "pw", "kennwort", "mot de passe", "contrase", "senha", "palavra-passe", "wachtwoord",
                "hasło",
                "senord", "adgangskode", "passord", "salasana", "şifre", "parola", "heslo", "jelsz",
                "пароль", "パスワード", "密码", "密碼", "口令", "비밀번호", "暗証番号")
_KEY_TRIGGERS = ("schlüssel", "clé", "clave", "chave", "chiave", "sleutel", "klucz", "nyckel",
                 "nøgle", "nøkkel", "anahtar", "jeton", "token", "zugangsdaten", "キー", "トークン",
                 "密钥", "密鑰", "令牌", "키", "토큰", "ключ", "токен")


SECRET_RULES: tuple[SecretRule, ...] = (
    # --- cloud ---
    _vendor("SECRET_AWS_ACCESS_KEY", r"(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])(?<![A-Za-z0-9_].{4})[A-Z0-9]{16}\b",
            ("akia", "asia", "abia", "acca", "a3t")),
    # A 40-char AWS secret key has no prefix: only with an aws/secret word just before it.
    SecretRule("SECRET_AWS_SECRET_KEY",
               r"(?i)aws(?<![a-z0-9_]aws)[\w\-. ]{0,24}?(?:secret|key)[\w\-. ]{0,16}?[\"']?\s*[:=]\s*[\"']?"
               r"(?-i:([A-Za-z0-9/+]{40}))(?![A-Za-z0-9/+])", 0.9, ("aws",), group=1, check=_not_masked),
    # STS session tokens are base64 protobuf with a fixed header.
    _vendor("SECRET_AWS_SESSION_TOKEN", r"(?<![A-Za-z0-9+/])(?:FwoGZXIvYXdz|IQoJb3JpZ2luX2Vj)[A-Za-z0-9+/]{80,}={0,2}",
            ("fwogzxivyxdz", "iqojb3jpz2lux2vj")),
    _vendor("SECRET_GOOGLE_API_KEY", _word_start("AIza") + r"[0-9A-Za-z_\-]{35}(?![0-9A-Za-z_\-])", ("aiza",)),
    _vendor("SECRET_GOOGLE_OAUTH_SECRET", _word_start("GOCSPX-") + r"[A-Za-z0-9_\-]{28}(?![A-Za-z0-9_\-])",
            ("gocspx-",)),
    SecretRule("SECRET_AZURE_KEY", r"(?i:AccountKey|SharedAccessKey|SharedSecretValue)=([A-Za-z0-9+/]{20,}={0,2})",
               0.95, ("key=", "secretvalue="), group=1, check=_not_masked),
    # A SAS URL's signature: base64 of an HMAC-SHA256, often URL-encoded.
    SecretRule("SECRET_AZURE_SAS_TOKEN", r"[?&;]sig=([A-Za-z0-9%+/=]{30,200})(?![A-Za-z0-9%+/=])", 0.9,
               ("sig=",), group=1, check=_not_masked),
    SecretRule("SECRET_AZURE_CLIENT_SECRET",
               r"(?<![A-Za-z0-9_~.\-])([A-Za-z0-9_~.\-]{3}\dQ~[A-Za-z0-9_~.\-]{31,34})(?![A-Za-z0-9_~.\-])", 0.9,
               ("q~",), group=1, check=_not_masked),
    # --- code hosting, registries, CI ---
    _vendor("SECRET_GITHUB_TOKEN", _word_start("gh") + r"[pousr]_[A-Za-z0-9]{36,255}\b",
            ("ghp_", "gho_", "ghu_", "ghs_", "ghr_")),
    _vendor("SECRET_GITHUB_TOKEN", _word_start("github_pat_") + r"[A-Za-z0-9_]{40,255}\b", ("github_pat_",)),
    # Personal, deploy, pipeline-trigger and runner tokens.
    # Routable tokens carry a ".01.<crc>" tail.
    _vendor("SECRET_GITLAB_TOKEN",
            _word_start("gl") + r"(?:pat|dt|ptt|rt|cbt|oas)-[A-Za-z0-9_\-]{20,}(?:\.[0-9a-z]{2}\.[0-9a-z]{7,9})?",
            ("glpat-", "gldt-", "glptt-", "glrt-", "glcbt-", "gloas-")),
    _vendor("SECRET_NPM_TOKEN", _word_start("npm_") + r"[A-Za-z0-9]{36}\b", ("npm_",)),
    _vendor("SECRET_PYPI_TOKEN", _word_start("pypi-AgE") + r"(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)[A-Za-z0-9_\-]{50,}",
            ("pypi-age",)),
    _vendor("SECRET_DOCKERHUB_TOKEN", _word_start("dckr_") + r"(?:pat|oat)_[A-Za-z0-9_\-]{20,}", ("dckr_",)),
    _vendor("SECRET_BUILDKITE_TOKEN", _word_start("bkua_") + r"[a-f0-9]{40}\b", ("bkua_",)),
    _vendor("SECRET_TERRAFORM_TOKEN", r"\b[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_\-=]{60,}", ("atlasv1",)),
    _vendor("SECRET_PULUMI_TOKEN", _word_start("pul-") + r"[a-f0-9]{40}\b", ("pul-",)),
    _vendor("SECRET_DOPPLER_TOKEN",
            _word_start("dp") + r"\.(?:st|ct|sa|scim|audit|pt)\.(?:[a-z0-9_\-]{1,40}\.)?[A-Za-z0-9]{40,44}\b",
            ("dp.",)),
    _vendor("SECRET_VAULT_TOKEN", _word_start("hv") + r"[sb]\.[A-Za-z0-9_\-]{24,}", ("hvs.", "hvb.")),
    _vendor("SECRET_POSTMAN_KEY", _word_start("PMAK-") + r"[a-f0-9]{24}-[a-f0-9]{34}\b", ("pmak-",)),
    _vendor("SECRET_DATABRICKS_TOKEN", _word_start("dapi") + r"[a-f0-9]{32}(?:-\d)?\b", ("dapi",)),
    _vendor("SECRET_HUGGINGFACE_TOKEN", _word_start("hf_") + r"[A-Za-z0-9]{34,40}\b", ("hf_",)),
    _vendor("SECRET_GRAFANA_TOKEN", _word_start("glsa_") + r"[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}\b|"
            + _word_start("glc_") + r"[A-Za-z0-9+/]{32,400}={0,2}", ("glsa_", "glc_")),
    _vendor("SECRET_ATLASSIAN_TOKEN", _word_start("AT") + r"(?:ATT3|CTT3)[A-Za-z0-9_\-=]{100,}|"
            + _word_start("ATBB") + r"[A-Za-z0-9]{32}[A-F0-9]{8}\b", ("atatt3", "atctt3", "atbb")),
    _vendor("SECRET_DIGITALOCEAN_TOKEN", _word_start("do") + r"[por]_v1_[a-f0-9]{64}\b",
            ("dop_v1_", "doo_v1_", "dor_v1_")),
    _vendor("SECRET_HEROKU_API_KEY", _word_start("HRKU-") + r"[A-Za-z0-9_\-]{58,}", ("hrku-",)),
    _vendor("SECRET_LINEAR_KEY", _word_start("lin_") + r"(?:api|oauth)_[A-Za-z0-9]{40}\b", ("lin_api_", "lin_oauth_")),
    _vendor("SECRET_AIRTABLE_TOKEN", _word_start("pat") + r"[A-Za-z0-9]{14}\.[a-f0-9]{64}\b", ("pat",)),
    _vendor("SECRET_NOTION_TOKEN", _word_start("secret_") + r"[A-Za-z0-9]{43}\b|"
            + _word_start("ntn_") + r"[A-Za-z0-9]{40,50}\b", ("secret_", "ntn_")),
    # --- newer vendor formats ---
    # Google OAuth access tokens (ya29.) and refresh tokens (1//0…).
    _vendor("SECRET_GOOGLE_OAUTH_TOKEN", _word_start("ya29.") + r"[A-Za-z0-9_\-.]{50,}|"
            r"1//0(?<![A-Za-z0-9/]1//0)[A-Za-z0-9_\-]{60,}", ("ya29.", "1//0")),
    # AI providers: Groq, Replicate, Perplexity, xAI, LangSmith, Pinecone.
    _vendor("SECRET_AI_PROVIDER_KEY", _word_start("gsk_") + r"[A-Za-z0-9]{48,56}\b|" + _word_start("r8_")
            + r"[A-Za-z0-9]{37,40}\b|" + _word_start("pplx-") + r"[A-Za-z0-9]{40,56}\b|" + _word_start("xai-")
            + r"[A-Za-z0-9]{60,100}\b|" + _word_start("lsv2_") + r"(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}\b|"
            + _word_start("pcsk_") + r"[A-Za-z0-9]{4,8}_[A-Za-z0-9]{50,80}\b",
            ("gsk_", "r8_", "pplx-", "xai-", "lsv2_", "pcsk_")),
    # Package registries: RubyGems, NuGet, JFrog Artifactory (API keys and reference tokens).
    _vendor("SECRET_REGISTRY_TOKEN", _word_start("rubygems_") + r"[a-f0-9]{48}\b|" + _word_start("oy2")
            + r"[a-z2-7]{43}\b|" + _word_start("AKCp") + r"[A-Za-z0-9]{69,73}\b|" + _word_start("cmVmdGtuOjAxOj")
            + r"[A-Za-z0-9]{40,70}\b", ("rubygems_", "oy2", "akcp", "cmvmdgtuojaxoj")),
    # Hosting, CMS, observability and dev tools.
    _vendor("SECRET_SUPABASE_KEY", _word_start("sbp_") + r"[a-f0-9]{40}\b|" + _word_start("sb_secret_")
            + r"[A-Za-z0-9_\-]{24,}", ("sbp_", "sb_secret_")),
    _vendor("SECRET_NETLIFY_TOKEN", _word_start("nfp_") + r"[A-Za-z0-9]{36,40}\b", ("nfp_",)),
    _vendor("SECRET_RENDER_KEY", _word_start("rnd_") + r"[A-Za-z0-9]{32}\b", ("rnd_",)),
    _vendor("SECRET_FLY_TOKEN", r"FlyV1 fm[12][a-z]?_[A-Za-z0-9+/=,_\-]{50,}", ("flyv1 fm",)),
    _vendor("SECRET_FIGMA_TOKEN", _word_start("figd_") + r"[A-Za-z0-9_\-]{40,}", ("figd_",)),
    _vendor("SECRET_CONTENTFUL_TOKEN", _word_start("CFPAT-") + r"[A-Za-z0-9_\-]{43}(?![A-Za-z0-9_\-])",
            ("cfpat-",)),
    _vendor("SECRET_DYNATRACE_TOKEN", _word_start("dt0") + r"[a-z]\d{2}\.[A-Z0-9]{24}\.[A-Z0-9]{64}\b", ("dt0",)),
    _vendor("SECRET_SONAR_TOKEN", _word_start("sq") + r"[upa]_[a-f0-9]{40}\b", ("squ_", "sqp_", "sqa_")),
    _vendor("SECRET_CIRCLECI_TOKEN", _word_start("CCIPAT_") + r"[A-Za-z0-9]{20,24}_[a-f0-9]{40}\b", ("ccipat_",)),
    _vendor("SECRET_1PASSWORD_TOKEN", _word_start("ops_eyJ") + r"[A-Za-z0-9_\-]{100,}", ("ops_eyj",)),
    # CRM, e-mail, shipping and payments.
    _vendor("SECRET_HUBSPOT_TOKEN", _word_start("pat-") + r"(?:na|eu|ap)\d-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}"
            r"-[a-f0-9]{4}-[a-f0-9]{12}\b", ("pat-na", "pat-eu", "pat-ap")),
    _vendor("SECRET_BREVO_KEY", _word_start("xkeysib-") + r"[a-f0-9]{64}-[A-Za-z0-9]{16}\b", ("xkeysib-",)),
    _vendor("SECRET_SHIPPO_TOKEN", _word_start("shippo_") + r"(?:live|test)_[a-f0-9]{40}\b", ("shippo_",)),
    _vendor("SECRET_FLUTTERWAVE_KEY", _word_start("FLWSECK") + r"(?:_TEST)?-[a-f0-9]{32}-X\b", ("flwseck",)),
    # LaunchDarkly server-side SDK keys (mobile keys are meant to ship in apps).
    _vendor("SECRET_LAUNCHDARKLY_KEY", _word_start("sdk-") + r"[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}"
            r"-[a-f0-9]{4}-[a-f0-9]{12}\b", ("sdk-",)),
    # Social: Facebook/WhatsApp Graph API tokens, X (Twitter) app bearer tokens.
    _vendor("SECRET_FACEBOOK_TOKEN", _word_start("EAA") + r"[B-Z][A-Za-z0-9]{100,}\b", ("eaa",)),
    _vendor("SECRET_TWITTER_TOKEN", _word_start("A" * 20) + r"[A-Za-z0-9%]{40,}", ("a" * 20,)),
    # Chinese clouds: Alibaba Cloud AccessKey ids (LTAI…), Tencent Cloud SecretIds (AKID…).
    _vendor("SECRET_ALIBABA_KEY", _word_start("LTAI") + r"[A-Za-z0-9]{12,30}\b", ("ltai",)),
    _vendor("SECRET_TENCENT_KEY", _word_start("AKID") + r"[A-Za-z0-9]{32,36}\b", ("akid",)),
    # --- messaging and SaaS ---
    _vendor("SECRET_SLACK_TOKEN", _word_start("xox") + r"(?:[abeoprs]|e\.xox[bp])-[A-Za-z0-9-]{10,}|"
            + _word_start("xapp-") + r"\d-[A-Za-z0-9\-]{20,}", ("xox", "xapp-")),
    # Incoming-webhook URLs are credentials as a whole: the whole URL is the span.
    _webhook("SECRET_SLACK_WEBHOOK", r"https?://hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9_/+\-]{20,}",
            ("hooks.slack.com",)),
    _webhook("SECRET_DISCORD_WEBHOOK",
            r"(?i:https?://(?:(?:ptb|canary)\.)?discord(?:app)?\.com/api/(?:v\d+/)?webhooks/)\d{15,21}/"
            r"[A-Za-z0-9_\-]{40,100}", ("discord",)),
    # Bot tokens have no literal prefix (base64 of the bot's id, a timestamp, an HMAC): only
    # within a few lines after the word "discord".
    SecretRule("SECRET_DISCORD_BOT_TOKEN",
               r"(?i:discord)[\s\S]{0,600}?(?<![A-Za-z0-9_.\-])"
               r"([MNO][A-Za-z0-9_\-]{23,27}\.[A-Za-z0-9_\-]{6}\.[A-Za-z0-9_\-]{27,40})(?![A-Za-z0-9_.\-])",
               0.9, ("discord",), group=1, check=_not_masked),
    # Also inside the bot API URL: "https://api.telegram.org/bot<token>/getMe".
    _vendor("SECRET_TELEGRAM_BOT_TOKEN", r"(?:(?<=/bot)|\b)\d{8,10}:AA[A-Za-z0-9_\-]{32,33}(?![A-Za-z0-9_\-])",
            (":aa",)),
    _vendor("SECRET_FCM_SERVER_KEY", _word_start("AAAA") + r"[A-Za-z0-9_\-]{7}:APA91b[A-Za-z0-9_\-]{100,}",
            ("apa91b",)),
    _vendor("SECRET_STRIPE_KEY", r"[sr]k_(?:live|test)_(?<![A-Za-z0-9_].{8})[A-Za-z0-9]{10,247}\b|"
            + _word_start("whsec_") + r"[A-Za-z0-9+/=]{16,}", ("k_live_", "k_test_", "whsec_")),
    _vendor("SECRET_SQUARE_TOKEN", _word_start("sq0") + r"(?:atp|csp|idp)-[A-Za-z0-9_\-]{22,60}(?![A-Za-z0-9_\-])|"
            + _word_start("EAAA") + r"[A-Za-z0-9_\-]{60}(?![A-Za-z0-9_\-])", ("sq0", "eaaa")),
    _vendor("SECRET_BRAINTREE_TOKEN",
            _word_start("access_token") + r"\$(?:production|sandbox)\$[a-z0-9]{16}\$[a-f0-9]{32}\b",
            ("access_token$",)),
    _vendor("SECRET_SHOPIFY_TOKEN", _word_start("shp") + r"(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\b",
            ("shp",)),
    _vendor("SECRET_SENDGRID_KEY", _word_start("SG") + r"\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}(?![A-Za-z0-9_\-])",
            ("sg.",)),
    _vendor("SECRET_MAILGUN_KEY", _word_start("key-") + r"[a-f0-9]{32}\b", ("key-",)),
    # Newer Mailgun keys and Twilio API key sids have no distinctive prefix: only after the vendor's name.
    SecretRule("SECRET_MAILGUN_KEY", r"(?i:mailgun)[\s\S]{0,600}?\b([a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8})\b", 0.9,
               ("mailgun",), group=1),
    SecretRule("SECRET_TWILIO_KEY", r"(?i:twilio)[\s\S]{0,600}?\b(SK[a-fA-F0-9]{32})\b", 0.9, ("twilio",), group=1),
    _vendor("SECRET_MAILCHIMP_KEY", r"\b[a-f0-9]{32}-us\d{1,2}\b", ("-us",)),
    _vendor("SECRET_NEW_RELIC_KEY", _word_start("NR")
            + r"(?:A[AK]-[A-Z0-9]{27}|II-[A-Za-z0-9_\-]{32}(?![A-Za-z0-9_\-]))"
            r"|\b[a-fA-F0-9]{36}NRAL\b", ("nra", "nrii-")),
    # A DSN's user part is the project's key ("https://<32 hex>@o1.ingest.sentry.io/42").
    SecretRule("SECRET_SENTRY_DSN", r"://(?:(?<=http://)|(?<=https://))([a-f0-9]{32})(?::[a-f0-9]{32})?@[A-Za-z0-9.\-]+(?::\d+)?/[\w.\-/]*\d",
               0.9, ("://",), group=1),
    _vendor("SECRET_SENTRY_TOKEN", _word_start("sntry") + r"[su]_[A-Za-z0-9+/=_\-]{40,}", ("sntry",)),
    _vendor("SECRET_MAPBOX_TOKEN", _word_start("sk") + r"\.eyJ[A-Za-z0-9_\-]{20,}\.[A-Za-z0-9_\-]{20,}", ("sk.eyj",)),
    SecretRule("SECRET_OPENAI_KEY", _word_start("sk-") + r"(?!ant-)(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{20,}", 0.9,
               ("sk-",), check=_openai_ok),
    _vendor("SECRET_ANTHROPIC_KEY", _word_start("sk-ant-") + r"[A-Za-z0-9_\-]{20,}", ("sk-ant-",)),
    # --- keys and signed tokens ---
    SecretRule("SECRET_JWT", _word_start("eyJ") + r"[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]*", 0.95,
               ("eyj",)),
    # A header without its END line (a truncated paste) is still a key: match to the end.
    SecretRule("SECRET_PRIVATE_KEY",
               r"-----BEGIN[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----"
               r"(?:[\s\S]*?-----END[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|[\s\S]*\Z)", 1.0,
               ("private key",)),
    # The same block base64-encoded ("LS0tLS1CRUdJTi" is "-----BEGIN"), as in kubeconfig
    # client-key-data; the decoded header must name a private key, so certificates stay out.
    SecretRule("SECRET_PRIVATE_KEY", _word_start("LS0tLS1CRUdJTi") + r"[A-Za-z0-9+/]{40,}={0,2}", 0.95,
               ("ls0tls1crudjti",),
               check=_b64_private_key),
    _vendor("SECRET_AGE_KEY", _word_start("AGE-SECRET-KEY-1") + r"[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}\b",
            ("age-secret-key-1",)),
    _vendor("SECRET_DJANGO_SECRET_KEY", _word_start("django-insecure-") + r"[^\s\"'`]{30,}", ("django-insecure-",)),
    # --- passwords and authorization headers ---
    SecretRule("SECRET_URL_PASSWORD", r"://(?<=[A-Za-z0-9+.\-]://)[^\s:/@]*:([^\s@/]+)@", 0.95,
               ("://",), group=1, check=lambda v: not (_PLACEHOLDER.search(v) or _REFERENCE.match(v))
               and v.lower() not in ("pass", "pwd", "pw")),
    SecretRule("SECRET_URL_PASSWORD", _PASSWORD, 0.9, ("pass", "pwd", "pw", "psk", "authtok"), group=2,
               check=_password_ok),
    SecretRule("SECRET_URL_PASSWORD",
               r"(?<![\w\-])(?:-u +|--user[ =]+)[\"']?[^\s:\"'/@]+:([^\s\"']{3,200})", 0.9,
               ("-u ", "--user"), group=1, check=_password_ok),
    SecretRule("SECRET_BEARER_TOKEN",
               r"(?:(?:[Bb]earer|BEARER)(?<![A-Za-z0-9_].{6})|(?:[Tt]oken|TOKEN)(?<![A-Za-z0-9_].{5}))"
               r"[ \t]+([A-Za-z0-9\-._~+/]{16,}=*)", 0.9,
               ("bearer", "token"), group=1,
               check=lambda v: sum(ch.isdigit() for ch in v) >= 1 and shannon_entropy(v) >= 3.0 and _plausible(v)),
    SecretRule("SECRET_BEARER_TOKEN",
               r"(?:[Bb]asic|BASIC)(?<![A-Za-z0-9_].{5})[ \t]+([A-Za-z0-9+/]{6,}={0,2})(?![A-Za-z0-9+/=])",
               0.9,
               ("basic",), group=1, check=_basic_ok),
    # Discord bots authenticate with "Authorization: Bot <token>".
    SecretRule("SECRET_BEARER_TOKEN", r"(?i:authorization)[\"']?[ \t]*[:=][ \t]*[\"']?Bot[ \t]+([A-Za-z0-9\-._]{40,})",
               0.9, ("authorization",), group=1, check=_not_masked),
    # Docker's config.json: "auth" is base64 of user:password.
    SecretRule("SECRET_BEARER_TOKEN", r"\"auth\"[ \t]*:[ \t]*\"([A-Za-z0-9+/]{6,}={0,2})\"", 0.9, ("\"auth\"",),
               group=1, check=_basic_ok),
    # --- generic: a random value right after a name that says secret, or announced in prose ---
    SecretRule("SECRET_HIGH_ENTROPY", _STRONG_KEYED, 0.8,
               ("secret", "credential", "key", "passphrase", "token"), group=2, check=_entropy_ok),
    # "PAT" is also short for "pattern" (EMAIL_PAT = "[a-z]+@…"): a token's characters only.
    SecretRule("SECRET_HIGH_ENTROPY", _PAT_KEYED, 0.8, _PAT_TRIGGERS, group=2,
               check=lambda v: re.fullmatch(r"[A-Za-z0-9_\-.~+/=:]+", v) is not None and _entropy_ok(v)),
    SecretRule("SECRET_HIGH_ENTROPY", _WEAK_KEYED, 0.8, ("key", "auth"), group=2, check=_weak_key_ok),
    SecretRule("SECRET_HIGH_ENTROPY", _ANNOUNCE, 0.7,
               ("pass", "secret", "token", "credential", "key"), group=1, check=_announced_ok),
    SecretRule("SECRET_HIGH_ENTROPY", _ANNOUNCE_QUOTED, 0.7,
               ("pass", "secret", "token", "credential", "key"), group=1, check=_announced_ok),
    SecretRule("SECRET_HIGH_ENTROPY", _ANNOUNCE_LINE, 0.7,
               ("pass", "secret", "token", "credential", "key"), group=1, check=_announced_ok),
    SecretRule("SECRET_HIGH_ENTROPY", _HEX_LINE, 0.7, ("pass", "secret", "token", "credential", "key"), group=1,
               check=_hex_key_ok),
    SecretRule("SECRET_HIGH_ENTROPY", _HEX_ANNOUNCE, 0.7,
               ("pass", "secret", "token", "credential", "key"), group=1, check=_hex_key_ok),
    # A password in prose after "password is/:" (English) or its equivalent in other languages.
    SecretRule("SECRET_URL_PASSWORD", _PW_ANNOUNCE_INTL, 0.7, _PW_TRIGGERS, group=1, check=_prose_password_ok),
    SecretRule("SECRET_HIGH_ENTROPY", _KEY_ANNOUNCE_INTL, 0.7, _KEY_TRIGGERS, group=1,
               check=lambda v: _announced_ok(v) or (len(v) >= 32 and _HEX.fullmatch(v) is not None
                                                    and _hex_key_ok(v))),
    # --- names apart from values: XML, name/value pairs, space-separated and command lines ---
    SecretRule("SECRET_HIGH_ENTROPY", _XML_ELEMENT, 0.85, _CRED_TRIGGERS, group=1, check=_value_ok),
    SecretRule("SECRET_HIGH_ENTROPY", _XML_KEY_VALUE, 0.85, _CRED_TRIGGERS, group=1, check=_value_ok),
    SecretRule("SECRET_HIGH_ENTROPY", _NAME_THEN_VALUE, 0.85, _CRED_TRIGGERS, group=1, check=_value_ok),
    SecretRule("SECRET_HIGH_ENTROPY", _SPACE_ASSIGN, 0.85, _CRED_TRIGGERS, group=1, check=_value_ok),
    SecretRule("SECRET_HIGH_ENTROPY", _CLI_SECRET_FLAG, 0.85, _CRED_TRIGGERS, group=1, check=_entropy_ok),
    SecretRule("SECRET_URL_PASSWORD", _CLI_PASSWORD_FLAG, 0.85, ("pass", "pwd"), group=1, check=_password_ok),
    SecretRule("SECRET_HIGH_ENTROPY", _SECRET_SET, 0.85, ("secret",), group=1, check=_value_ok),
    SecretRule("SECRET_URL_PASSWORD", _LOGIN_P, 0.85, (" -p ",), group=1, check=_password_ok),
    SecretRule("SECRET_URL_PASSWORD", _MYSQL_P, 0.85, ("mysql", "mariadb"), group=1, check=_password_ok),
    SecretRule("SECRET_URL_PASSWORD", _SSHPASS, 0.9, ("sshpass",), group=1, check=_password_ok),
    SecretRule("SECRET_URL_PASSWORD", _NETRC, 0.9, ("pass",), group=1, check=_password_ok),
    SecretRule("SECRET_URL_PASSWORD", _REDIS_CONF, 0.9, ("requirepass", "masterauth"), group=1, check=_password_ok),
    SecretRule("SECRET_URL_PASSWORD", _CRED_PAIR, 0.85, ("auth", "credential"), group=1, check=_password_ok),
    SecretRule("SECRET_HIGH_ENTROPY", _TABLE_ROW, 0.8, (*_CRED_TRIGGERS, "pat"), group=1, check=_value_ok),
    SecretRule("SECRET_HIGH_ENTROPY", _TABLE_CELLS, 0.8, (*_CRED_TRIGGERS, "pat"), group=1, check=_value_ok),
    SecretRule("SECRET_URL_PASSWORD", _SQL_PASSWORD, 0.85, ("identified", "password"), group=1, check=_password_ok),
    SecretRule("SECRET_URL_PASSWORD", _SECURE_STRING, 0.9, ("convertto-securestring",), group=2,
               check=_password_ok),
    SecretRule("SECRET_URL_PASSWORD", _DASH_PASS_FLAG, 0.85, ("pass",), group=1, check=_password_ok),
    SecretRule("SECRET_URL_PASSWORD", _TOOL_PASS_FLAG, 0.85, ("ldap", "redis-cli", "mongo", "sqlcmd", "-pw"),
               group=1, check=_password_ok),
    SecretRule("SECRET_URL_PASSWORD", _USER_SEP_PASS, 0.85, ("lftp", "smbclient"), group=1, check=_password_ok),
    SecretRule("SECRET_HIGH_ENTROPY", _MC_ALIAS, 0.85, ("mc alias", "mc config"), group=1, check=_password_ok),
    SecretRule("SECRET_URL_PASSWORD", _PROTO_PASS, 0.8, ("pass",), group=1, check=_password_ok),
    SecretRule("SECRET_URL_PASSWORD", _PROTO_LOGIN, 0.8, ("login",), group=1, check=_protocol_password_ok),
    SecretRule("SECRET_URL_PASSWORD", _PROTO_AUTH, 0.8, ("auth",), group=1, check=_protocol_password_ok),
    SecretRule("SECRET_PRIVATE_KEY", _JWK_PRIVATE, 0.9, ("kty",), group=1),
    SecretRule("SECRET_URL_PASSWORD", _PGPASS, 0.8, (":5432:", ":6432:", ":5433:", "*:"), group=1, check=_password_ok),
    SecretRule("SECRET_URL_PASSWORD", _HTTPIE_AUTH, 0.85, ("-a ", "--auth"), group=1, check=_password_ok),
    SecretRule("SECRET_URL_PASSWORD", _WIN_PASS, 0.85, ("/pass", "/pwd"), group=1, check=_password_ok),
    SecretRule("SECRET_URL_PASSWORD", _NET_USE, 0.85, ("net use", "net user"), group=1, check=_password_ok),
    SecretRule("SECRET_URL_PASSWORD", _USER_PASS_PAIR, 0.75,
               ("pass", "pwd", "pw", "kennwort", "mot de passe", "contrase", "senha", "wachtwoord", "hasło"), group=1,
               check=lambda v: _password_ok(v) and not _DATEISH.match(v) and not _EMAIL.fullmatch(v)),
    SecretRule("SECRET_URL_PASSWORD", _LOGIN_SLASH, 0.75, ("login", "creds", "credentials"), group=1,
               check=lambda v: _password_ok(v) and not _DATEISH.match(v) and not _EMAIL.fullmatch(v)),
    SecretRule("SECRET_HIGH_ENTROPY", _NAMED_QUOTED, 0.7, ("pass", "secret", "token", "credential", "key"), group=2,
               check=_announced_ok),
    SecretRule("SECRET_BEARER_TOKEN", _AUTH_ANY, 0.85, ("authorization",), group=1,
               check=lambda v: any(ch.isdigit() for ch in v) and shannon_entropy(v) >= 3.0 and _plausible(v)
               and _not_masked(v)),
)

SECRET_ENTITIES: tuple[str, ...] = tuple(
    dict.fromkeys([*(r.entity for r in SECRET_RULES), KEYED_SECRET_ENTITY]))


# Words that make a key name secret; "token" only when it is not a pagination/usage token.
_SECRET_WORDS = frozenset({"password", "passwd", "pwd", "passphrase", "secret", "apikey", "token",
                           "authorization", "credential", "credentials", "privatekey", "accesstoken",
                           "refreshtoken", "clientsecret", "cookie"})
_SECRET_PAIRS = frozenset({("api", "key"), ("private", "key"), ("access", "key"), ("secret", "key"),
                           ("auth", "key"), ("signing", "key"), ("encryption", "key"), ("app", "key"),
                           ("account", "key"), ("storage", "key"), ("license", "key"), ("server", "key"),
                           ("master", "key"), ("admin", "key"), ("shared", "key"), ("sas", "key")})
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
