#!/usr/bin/env python3
# ruff: noqa: E501, RUF001
"""Extra TUNE-side credential documents: more layouts, languages and key spellings.

    .venv/bin/python evals/pii/tune_extra.py          # writes secrets_tune_extra.jsonl next to this script
    .venv/bin/python bench/bench_pii.py --split tune-extra --quality-only

The tune split's 30 secret templates cover only some of the contexts listed in README.md
(no .netrc, .properties, PHP or Go, few header names, English and German prose only), so a
recognizer tuned on them alone learns those layouts. These templates were written for tuning
only, from the README's list of contexts and public documentation of config formats, without
looking at the test split; they reuse the generator's value generators (same formats, new seed)
and its record format. This file is tune data: it is never part of the reported figures.
"""

from __future__ import annotations

import os
import sys
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import generate as gen  # noqa: E402


def S(id: str, kind: str, context: str, body: Any, pool: list[str] | None = None, lang: str = "en",
      **kw: Any) -> dict[str, Any]:
    return {"id": id, "kind": kind, "lang": lang, "context": context, "body": body, "pool": pool or ["token"], **kw}


EXTRA_TEMPLATES = [
    S("sx_netrc_1", "tool_args", "netrc", {
        "path": "/root/.netrc",
        "content": "machine «X:service».example.com\n  login deploy\n  password «S1»\nmachine github.com login ci-bot password «S2»\n"},
      pool=["token"]),
    S("sx_properties_2", "tool_args", "properties", {
        "path": "src/main/resources/application-prod.properties",
        "content": "server.port=8443\nspring.datasource.url=jdbc:postgresql://db.internal:5432/app\nspring.datasource.username=app\nspring.datasource.password=«SEC:password_value»\napp.integration.«S1.key»=«S1»\nbuild.revision=«N:git_sha:bare»\n"},
      pool=["token"]),
    S("sx_php_define_3", "ticket", "php", """wp-config.php on the staging host (please check the DB settings):
<?php
define( 'DB_NAME', 'wp_staging' );
define( 'DB_USER', 'wpuser' );
define( 'DB_PASSWORD', '«SEC:password_value»' );
define( '«S1.env»', '«S1»' );
$table_prefix = 'wp_';""", pool=["token"]),
    S("sx_php_array_4", "chat", "php", """«P1.first»: the Laravel config looks like this, is the mail part right?
```php
'mailers' => [
    'smtp' => [
        'host' => env('MAIL_HOST', 'smtp.mailgun.org'),
        'password' => env('MAIL_PASSWORD', '«SEC:password_value»'),
    ],
],
'services' => ['«S1.key»' => '«S1»'],
```
«P2.first»: don't commit defaults like that""", pool=["token"]),
    S("sx_go_struct_5", "tool_args", "go", {
        "file": "internal/clients/partner.go",
        "patch": "+func newClient() *partner.Client {\n+\treturn partner.New(partner.Config{\n+\t\tBaseURL: \"https://api.partner.example\",\n+\t\tAPIKey:  \"«S1»\",\n+\t\tTimeout: 10 * time.Second,\n+\t})\n+}\n"},
      pool=["token"]),
    S("sx_go_setenv_6", "ticket", "go", """Test helper leaks real creds, see main_test.go:
func TestMain(m *testing.M) {
	os.Setenv("«S1.env»", "«S1»")
	os.Setenv("REGION", "eu-west-1")
	os.Exit(m.Run())
}""", pool=["token"]),
    S("sx_java_setter_7", "ticket", "stacktrace", """NPE after the upgrade to «N:version_string». Config code:
    DataSourceBuilder b = DataSourceBuilder.create();
    b.url("jdbc:mysql://legacy-db-02:3306/shop");
    b.username("shop");
    b.password("«SEC:password_value»");
    client.setApiKey("«S1»");
Exception in thread "main" java.lang.NullPointerException
    at com.acme.Boot.main(Boot.java:42)""", pool=["token"]),
    S("sx_xml_settings_8", "tool_args", "xml", {
        "path": "~/.m2/settings.xml",
        "content": "<settings>\n  <servers>\n    <server>\n      <id>nexus-releases</id>\n      <username>deployer</username>\n      <password>«SEC:password_value»</password>\n    </server>\n  </servers>\n</settings>\n"}),
    S("sx_xml_appsettings_9", "ticket", "xml", """web.config from the old IIS box:
<appSettings>
  <add key="Environment" value="Production" />
  <add key="«S1.key»" value="«S1»" />
  <add key="BuildId" value="«N:uuid»" />
</appSettings>""", pool=["token"]),
    S("sx_headers_10", "tool_args", "http_request", {
        "method": "POST", "url": "https://api.«X:service».example.com/v2/events",
        "headers": {"X-Api-Key": "«S1»", "Content-Type": "application/json", "X-Request-Id": "«N:request_id»"},
        "body": {"event": "deploy", "version": "«N:version_string»"}}, pool=["token"]),
    S("sx_curl_header_11", "chat", "curl", """«P1.first»: this is what I ran:
curl -s https://api.«X:service».example.com/v1/metrics -H "«X-API-Key|x-api-key|X-Auth-Token|Api-Key|X-Access-Token|PRIVATE-TOKEN»: «S1»" -H 'Accept: application/json'
«P2.first»: 401 means the key was revoked""", pool=["token"]),
    S("sx_raw_http_12", "ticket", "http", """Request from the proxy log:
GET /v1/usage?from=«N:date» HTTP/2
Host: api.partner.example
Authorization: «Token|token|Api-Key|ApiKey|SSWS|Key» «S1»
User-Agent: exporter/«N:version_string»

HTTP/2 401""", pool=["token"]),
    S("sx_cli_flags_13", "ticket", "shell", """shell history from the build box:
  511  «X:service» login --token «S1»
  512  «X:service» deploy --env prod
  513  gh secret set «S2.env» --body "«S2»"
  514  history | grep token""", pool=["token"]),
    S("sx_cli_password_14", "chat", "shell", """«P1.first»: how do I connect from my laptop?
«P2.first»: `mysql -h legacy-db-02 -u root -p«SEC:password_value» shop` works, or `docker login -u ci-bot -p «SEC:password_value» registry.internal`""", pool=["token"]),
    S("sx_pgpass_15", "tool_args", "shell", {
        "command": "PGPASSWORD='«SEC:password_value»' psql -h db.internal -U etl -d analytics -c 'select 1'",
        "cwd": "/srv/etl"}),
    S("sx_python_env_16", "tool_args", "python", {
        "cell_type": "code",
        "source": ["import os\n", "os.environ[\"«S1.env»\"] = \"«S1»\"\n", "from «X:service» import Client\n",
                   "c = Client()\n"]}, pool=["token"]),
    S("sx_requests_auth_17", "ticket", "python", """Script that fails with 403:
import requests
r = requests.get("https://jira.internal/rest/api/2/myself", auth=("bot@acme.io", "«SEC:password_value»"))
print(r.status_code)""", pool=["token"]),
    S("sx_rust_const_18", "chat", "prose", """«P1.first»: found this in the repo, is it still valid?
```rust
const «S1.env»: &str = "«S1»";
```
«P2.first»: yes, rotating it now""", pool=["token"]),
    S("sx_ts_const_19", "tool_args", "python", {
        "path": "src/config.ts",
        "content": "export const config = {\n  region: 'eu-west-1',\n};\nexport const «S1.key»: string = '«S1»';\n"}, pool=["token"]),
    S("sx_dockerfile_20", "ticket", "shell", """Dockerfile from the PR:
FROM python:3.11-slim
ENV PYTHONUNBUFFERED=1
ENV «S1.env» «S1»
ARG «S2.env»=«S2»
RUN pip install -r requirements.txt""", pool=["token"]),
    S("sx_k8s_env_21", "ticket", "yaml", """Pod spec in the chart:
      containers:
        - name: api
          env:
            - name: «S1.env»
              value: "«S1»"
            - name: LOG_LEVEL
              value: info""", pool=["token"]),
    S("sx_ecs_env_22", "tool_args", "json", {
        "family": "billing-api",
        "containerDefinitions": [{"name": "api", "image": "billing-api:«N:version_string»",
                                  "environment": [{"name": "REGION", "value": "eu-west-1"},
                                                  {"name": "«S1.env»", "value": "«S1»"}]}]}, pool=["token"]),
    S("sx_prose_is_23", "email", "prose", """Subject: access for the «X:service» integration

Hi «P1.first»,

the «S1.name» for the production account is «S1» — please store it in the vault and not in the wiki.

Best,
«P2.first»""", pool=["token"]),
    S("sx_prose_backticks_24", "chat", "prose", """«P1.first»: what's the «S1.name» again?
«P2.first»: `«S1»`
«P1.first»: ty""", pool=["token"]),
    S("sx_fr_25", "chat", "prose", """«P1.first» : voici le mot de passe du compte admin : «SEC:password_value»
«P2.first» : merci, et le «S1.name» ?
«P1.first» : «S1»""", pool=["token"], lang="fr", pool_cultures=["FR", "BE", "CH"]),
    S("sx_es_26", "email", "prose", """Asunto: acceso al servidor

Hola «P1.first»,

la contraseña de la base de datos es «SEC:password_value» y la clave de API: «S1»

Saludos,
«P2.first»""", pool=["token"], lang="es", pool_cultures=["ES", "MX", "AR", "CO"]),
    S("sx_de_27", "ticket", "prose", """Hallo «P1.first»,

das Passwort für den SFTP-Zugang lautet «SEC:password_value». Der API-Schlüssel ist «S1».

Viele Grüße
«P2.first»""", pool=["token"], lang="de", pool_cultures=["DE", "AT", "CH"]),
    S("sx_pt_it_nl_28", "chat", "prose", """«P1.first»: «a senha é|la password è|het wachtwoord is|hasło to|lösenordet är» «SEC:password_value»
«P2.first»: 👍""", pool=["token"], lang="en"),
    S("sx_ja_29", "chat", "prose", """«P1.first»: ステージングのパスワードは «SEC:password_value» です
«P2.first»: APIキー：«S1»""", pool=["token"], lang="en"),
    S("sx_log_tokens_30", "ticket", "log", """«N:timestamp» DEBUG http client init api_key=«S1» timeout=30
«N:timestamp» DEBUG retrying request «N:request_id» (attempt 2)
«N:timestamp» INFO  «N:token_count»""", pool=["token"]),
    S("sx_query_string_31", "ticket", "log", """Access log line:
10.0.3.17 - - [«N:date»] "GET /api/v1/export?«api_key|access_token|apikey|token|key»=«S1»&format=csv HTTP/1.1" 200 5120""",
      pool=["token"]),
    S("sx_toml_32", "tool_args", "terraform", {
        "path": "config/prod.toml",
        "content": "[server]\nport = 8080\n\n[«X:service»]\n«S1.key» = \"«S1»\"\nrelease = \"«N:version_string»\"\n"}, pool=["token"]),
    S("sx_redis_conf_33", "tool_args", "ini", {
        "path": "/etc/redis/redis.conf",
        "content": "bind 0.0.0.0\nport 6379\nrequirepass «SEC:password_value»\nmaxmemory 2gb\n"}),
    S("sx_yaml_nested_34", "ticket", "yaml", """application.yml:
```
«X:service»:
  credentials:
    username: svc
    password: «SEC:password_value»
  «S1.key»: «S1»
  token_ttl: 3600
```""", pool=["token"]),
    S("sx_negatives_35", "tool_args", "json", {
        "release": {"version": "«N:version_string»", "commit": "«N:git_sha»", "checksum": "«N:sha256_labelled»"},
        "docs": "Set the Authorization header to «N:placeholder»; your key lives in «N:env_reference».",
        "auth": {"client_id": "«N:oauth_client_id»", "publishable": "«N:publishable_key»"},
        "trace": "request «N:request_id» for «N:object_id» at «N:timestamp»",
        "note": "«N:word_password», «N:token_count», masked value «N:redacted»"}),
    S("sx_negatives_prose_36", "chat", "prose", """«P1.first»: the release key fingerprint is «N:md5_labelled» and the package integrity «N:sha512_integrity»
«P2.first»: the session id is «N:uuid», commit «N:git_sha», api key should be «N:placeholder»
«P1.first»: the token is «N:env_reference», never hardcode it"""),
    S("sx_csharp_37", "ticket", "python", """appsettings.Development.json got committed:
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "«S1.key»": "«S1»",
  "ConnectionStrings": { "Default": "«S2»" }
}""", pool=["token", "url"]),
    S("sx_env_lower_38", "tool_args", "env_file", {
        "path": "deploy/.env.local",
        "content": "# local overrides\n«S1.key»=«S1»\n«S2.env»='«S2»'\nDEBUG=false\n"}, pool=["token", "url"]),
    S("sx_chat_plain_39", "chat", "prose", """«P1.first»: can you DM me the «S1.name»?
«P2.first»: sent. for the record it starts with «the same|abc» — no wait, just use this one
«S1»
«P1.first»: got it""", pool=["token"]),
    S("sx_pypirc_40", "tool_args", "ini", {
        "path": "~/.pypirc",
        "content": "[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = «SEC:pypi_token»\n"}),
]


SEED = 424_242


def build() -> list[dict[str, Any]]:
    g = gen.Gen("tune", SEED)
    out: list[dict[str, Any]] = []
    idx = 0
    n_labels = 0
    while n_labels < 1200:
        batch = list(EXTRA_TEMPLATES)
        g.rng.shuffle(batch)
        for tpl in batch:
            idx += 1
            doc = gen.Doc(g, tpl["lang"], tpl.get("pool_cultures"), tpl.get("pool", ["token"]))
            document, spans = gen.build_document(doc, tpl["body"])
            rec = gen.make_record("tune", idx, tpl, document, spans, doc, "secrets")
            rec["id"] = rec["id"].replace("tune-sec-", "tunex-sec-")
            gen.check_record(rec)
            n_labels += sum(1 for lab in rec["labels"] if lab["entity"] == "SECRET")
            out.append(rec)
    return out


def main() -> int:
    recs = build()
    path = os.path.join(HERE, "secrets_tune_extra.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(gen.dump(recs))
    labels = sum(1 for r in recs for lab in r["labels"] if lab["entity"] == "SECRET")
    negs = sum(len(r["negatives"]) for r in recs)
    print(f"wrote {path}: {len(recs)} records, {labels} secrets, {negs} hard negatives")
    return 0


if __name__ == "__main__":
    sys.exit(main())
