# ruff: noqa: E501, RUF001
"""Templates of evals/pii/tune_extra2.py (TUNE side only): rows of (id, kind, context, body[, lang]).

Slots: «S:kind» a labelled secret (kinds in tune_extra2.SECRETS), «=S:kind#n» the value bound by
«S:kind#n» again, «N:kind» a hard negative, «F:kind» an unlabelled filler, «K1» a provider secret
with its names «K1.env» / «K1.key» / «K1.dash» / «K1.camel» / «K1.name», «P1» a first name,
«a|b|c» a choice. A JSON body's string leaves are rendered one by one (paths are JSON pointers).
"""

from __future__ import annotations

from typing import Any

TEMPLATE_ROWS: list[tuple[Any, ...]] = [
    # --- connection strings and URLs with embedded passwords -----------------------------------
    ("x2_compose_pg_url", "tool_args", "yaml", {
        "path": "docker-compose.override.yml",
        "content": "services:\n  api:\n    image: registry.internal/api@«N:sha256_labelled»\n    environment:\n      DATABASE_URL: «postgresql|postgres|postgresql+psycopg»://«F:user»:«S:pw_url»@«F:host»:5432/«F:db»?sslmode=«require|verify-full|disable»\n      LOG_LEVEL: info\n"}),
    ("x2_sqlalchemy_mysql", "ticket", "python", """Traceback (most recent call last):
  File "/srv/app/db.py", line 12, in <module>
    engine = create_engine("mysql+«pymysql|mysqldb|aiomysql»://«F:user»:«S:pw_url»@«F:host»:3306/«F:db»?charset=utf8mb4")
sqlalchemy.exc.OperationalError: (pymysql.err.OperationalError) (2003, "Can't connect to MySQL server")
(Background on this error at: https://sqlalche.me/e/20/e3q8) request «N:request_id»"""),
    ("x2_mongoose_srv", "chat", "code", """«P1»: still getting MongoServerSelectionError, this is my db.js
```js
await mongoose.connect("mongodb+srv://«F:user»:«S:pw_url»@cluster0.«ab12c|x9kq2|p0f3t».mongodb.net/«F:db»?retryWrites=true&w=majority&appName=Cluster0");
```
«P2»: whitelist your IP in Atlas, and please rotate that password now that it's in chat"""),
    ("x2_redis_cli", "tool_args", "shell", {
        "command": "«redis-cli -u rediss://default:«S:pw_url»@«F:host»:6380 --tls PING|redis-cli -h «F:host» -p 6379 -a '«S:pw»' --no-auth-warning INFO keyspace|redis-cli -h «F:host» -a «S:pw_bare» DBSIZE»",
        "timeout": 20}),
    ("x2_celery_amqp", "ticket", "python", """Workers cannot reach the broker since «F:date»:
    app = Celery("tasks", broker="«amqps|amqp»://«F:user»:«S:pw_url»@«F:host»:5671//")
[«N:timestamp»: ERROR/MainProcess] consumer: Cannot connect to amqps://«F:user»:**@b-…:5671//: timed out."""),
    ("x2_jdbc_sqlserver", "tool_args", "properties", {
        "path": "src/main/resources/application-«prod|staging».properties",
        "content": "spring.datasource.url=jdbc:sqlserver://«F:host»:1433;databaseName=ERP;user=«F:user»;password=«S:pw_bare»;encrypt=true;trustServerCertificate=true\nspring.jpa.open-in-view=false\nmanagement.endpoints.web.exposure.include=health\n"}),
    ("x2_adonet_appsettings", "ticket", "json", """appsettings.Production.json (attached to the incident):
{
  "ConnectionStrings": {
    "Main": "Server=tcp:«F:acct».database.windows.net,1433;Initial Catalog=«F:db»;Persist Security Info=False;User ID=«F:user»;Password=«S:pw_bare»;MultipleActiveResultSets=False;Encrypt=True;"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "BuildCommit": "«N:git_sha»"
}"""),
    ("x2_ftp_lftp", "ticket", "shell", """shell history on the backup box:
  201  lftp -u «F:user»,«S:pw_bare» sftp://files.partner.example
  202  curl -T dump-«F:date».sql.gz ftp://«F:user»:«S:pw_url»@ftp.partner.example/incoming/
  203  sha256sum dump-«F:date».sql.gz   # «N:sha256_digest»"""),
    ("x2_smb_mount", "chat", "shell", """«P1»: the scanner share won't mount after the reboot, fstab line:
//nas01/scans  /mnt/scans  cifs  username=svc_scan,password=«S:pw_bare»,domain=CORP,vers=3.0,uid=1000  0  0
«P2»: also tried smb://CORP;svc_scan:«S:pw_url»@nas01/scans from the file manager, same error"""),
    ("x2_ldapsearch", "ticket", "shell", """LDAP lookups fail from the new bastion:
$ ldapsearch -x -H ldaps://dc01.corp.example:636 -D "cn=svc_ldap,ou=Service,dc=corp,dc=example" -w «'«S:pw»'|«S:pw_bare»» -b "dc=corp,dc=example" "(sAMAccountName=jdoe)"
ldap_sasl_bind(SIMPLE): Can't contact LDAP server (-1)
sssd.conf has ldap_default_authtok = «S:pw_bare»"""),
    ("x2_azure_functions_settings", "ticket", "json", """local.settings.json of the function app:
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=«F:acct»;AccountKey=«S:azure_key»;EndpointSuffix=core.windows.net",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "APPINSIGHTS_INSTRUMENTATIONKEY": "«N:uuid»"
  }
}"""),
    ("x2_eventhub_cs", "tool_args", "json", {
        "name": "orders-consumer",
        "connection": "Endpoint=sb://«F:acct»-ns.servicebus.windows.net/;SharedAccessKeyName=«listen|RootManageSharedAccessKey|send»;SharedAccessKey=«S:azure_sb_key»;EntityPath=orders",
        "consumerGroup": "$Default", "checkpointStore": "«F:acct»"}),
    ("x2_sas_url_chat", "chat", "prose", """«P1»: the export is ready, download link (valid 7 days): https://«F:acct».blob.core.windows.net/exports/«F:db»-«F:date».parquet?sp=r&st=2025-06-01T08:00:00Z&se=2025-06-08T16:00:00Z&spr=https&sv=2022-11-02&sr=b&sig=«S:sas_sig»
«P2»: thanks! checksum matches («N:md5_labelled»)"""),
    ("x2_git_credentials", "tool_args", "netrc", {
        "path": "/home/runner/.git-credentials",
        "content": "https://«F:user»:«S:github_pat»@github.com\nhttps://oauth2:«S:gitlab_token»@gitlab.«corp.example|com»\nhttps://«F:user»:«S:pw_url»@bitbucket.org\n"}),
    ("x2_kafka_jaas", "tool_args", "properties", {
        "path": "client.properties",
        "content": "bootstrap.servers=pkc-«4r297|o3v8q|n9kd2».eu-west-1.aws.confluent.cloud:9092\nsecurity.protocol=SASL_SSL\nsasl.mechanisms=PLAIN\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"«F:user»\" password=\"«S:confluent_secret»\";\nclient.dns.lookup=use_all_dns_ips\n"}),
    ("x2_pip_conf", "ticket", "ini", """pip install fails behind the VPN, /etc/pip.conf:
[global]
index-url = https://pypi.org/simple
extra-index-url = https://«F:user»:«S:azure_devops_pat»@pkgs.dev.azure.com/acme/_packaging/internal/pypi/simple/
timeout = 60"""),
    ("x2_proxy_env", "tool_args", "shell", {
        "command": "export https_proxy=http://«F:user»:«S:pw_url»@proxy.corp.example:3128 && curl -sI https://pypi.org | head -1",
        "cwd": "/tmp"}),
    ("x2_cloudinary", "tool_args", "env_file", {
        "path": ".env.production",
        "content": "CLOUDINARY_URL=cloudinary://«F:port»«F:port»«F:port»:«S:cloudinary_secret»@«acme|shopfront|mediahub»\nNEXT_PUBLIC_SITE=https://shop.example\nPRIMARY_COLOR=«N:css_color»\n"}),
    # --- HTTP auth in tool output ---------------------------------------------------------------
    ("x2_curl_verbose", "ticket", "curl", """curl -v output, the API keeps answering 403:
*   Trying 203.0.113.10:443...
* Connected to api.«F:svc».example (203.0.113.10) port 443
> GET /v2/reports?since=«F:date» HTTP/2
> Host: api.«F:svc».example
> «authorization|Authorization»: Basic «S:basic»
> user-agent: curl/8.5.0
> accept: */*
>
< HTTP/2 403
< x-request-id: «N:request_id»
< content-type: application/json"""),
    ("x2_curl_verbose_bearer", "tool_args", "curl", {
        "stderr": "> POST /v1/messages HTTP/1.1\r\n> Host: api.«F:svc».example\r\n> Authorization: Bearer «S:jwt»\r\n> Content-Type: application/json\r\n> \r\n< HTTP/1.1 401 Unauthorized\r\n< Date: Tue, 03 Jun 2025 10:11:12 GMT\r\n< X-Amz-Cf-Id: «N:amz_id_2»\r\n",
        "exit_code": 22}),
    ("x2_httpie", "chat", "shell", """«P1»: with httpie it's simpler:
«http POST https://api.«F:svc».example/v1/jobs "Authorization:Bearer «S:opaque»" name=nightly|http -a «F:user»:«S:pw_bare» GET https://jenkins.corp.example/api/json|https GET api.«F:svc».example/v1/me X-API-Key:«K1»»
«P2»: nice, works"""),
    ("x2_postman_export", "tool_args", "json", {
        "info": {"name": "«F:svc» API", "_postman_id": "«N:uuid»", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "«S:opaque»", "type": "string"}]},
        "item": [{"name": "List orders", "request": {"method": "GET", "auth": {"type": "basic", "basic": [
            {"key": "password", "value": "«S:pw»", "type": "string"}, {"key": "username", "value": "«F:user»", "type": "string"}]},
            "url": {"raw": "{{baseUrl}}/orders?page=2"}}}],
        "variable": [{"key": "baseUrl", "value": "https://api.«F:svc».example"}, {"key": "«K1.camel»", "value": "«K1»"}]}),
    ("x2_postman_text", "ticket", "json", """Exported collection, the basic auth part:
"auth": {
    "type": "basic",
    "basic": [
        { "key": "password", "value": "«S:pw»", "type": "string" },
        { "key": "username", "value": "«F:user»", "type": "string" }
    ]
}"""),
    ("x2_har_entry", "tool_args", "json", {
        "log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "entries": [{
            "startedDateTime": "«N:timestamp»",
            "request": {"method": "GET", "url": "https://app.«F:svc».example/api/me", "httpVersion": "HTTP/2",
                        "headers": [{"name": "authorization", "value": "Bearer «S:jwt»"},
                                    {"name": "x-request-id", "value": "«N:uuid»"},
                                    {"name": "x-api-key", "value": "«K1»"}],
                        "queryString": [{"name": "include", "value": "teams"}]},
            "response": {"status": 200, "headers": [{"name": "etag", "value": "W/\"«N:git_sha_short»\""}]}}]}}),
    ("x2_har_text", "ticket", "json", """Pasting the failing request from the HAR file:
        "headers": [
          { "name": "Authorization", "value": "Bearer «S:opaque»" },
          { "name": "Cookie", "value": "theme=dark; lang=de" },
          { "name": "X-Trace-Id", "value": "«N:request_id»" }
        ],"""),
    ("x2_nginx_log", "ticket", "log", """nginx access log (we log $http_authorization for debugging, I know):
10.0.4.18 - - [«N:timestamp»] "GET /api/v1/invoices HTTP/1.1" 200 1834 "-" "python-requests/2.32.3" "Bearer «S:opaque»"
10.0.4.18 - - [«N:timestamp»] "GET /api/v1/export?«access_token|api_key|token»=«K1»&fmt=csv HTTP/1.1" 200 99120 "-" "curl/8.4.0" "-"
10.0.4.22 - - [«N:timestamp»] "POST /login HTTP/1.1" 302 0 "-" "Mozilla/5.0" "Basic «S:basic»\""""),
    ("x2_requests_repr", "ticket", "python", """>>> r = s.get(url)
>>> r.status_code
401
>>> r.request.headers
{'User-Agent': 'python-requests/2.32.3', 'Accept-Encoding': 'gzip, deflate', 'Accept': '*/*', 'Connection': 'keep-alive', '«Authorization': 'Bearer «S:opaque»|X-API-Key': '«K1»|Authorization': 'Token «S:opaque»»'}
>>> r.headers['x-request-id']
'«N:uuid»'"""),
    ("x2_wget", "tool_args", "shell", {
        "command": "«wget -q --header=\"PRIVATE-TOKEN: «S:gitlab_token»\" https://gitlab.corp.example/api/v4/projects/42/repository/archive.zip|wget --user=«F:user» --password='«S:pw»' https://repo.corp.example/releases/app-«N:version_string».tar.gz|wget --header='Authorization: token «S:github_pat»' https://api.github.com/repos/acme/infra/tarball»"}),
    ("x2_powershell_irm", "ticket", "powershell", """Script fails with (401) Unauthorized:
$headers = @{
    Authorization = "Basic «S:basic»"
    "Content-Type" = "application/json"
}
Invoke-RestMethod -Uri "https://«F:svc».corp.example/api/tickets" -Method Get -Headers $headers"""),
    ("x2_grpcurl", "chat", "shell", """«P1»: grpcurl -H 'authorization: Bearer «S:opaque»' -d '{"id": "«N:uuid»"}' api.«F:svc».example:443 orders.v1.Orders/Get
«P2»: returns PermissionDenied for me too"""),
    ("x2_websocket_url", "ticket", "log", """Browser console:
WebSocket connection to 'wss://stream.«F:svc».example/v1/ws?«token|access_token|auth»=«S:opaque»&client=web&v=«N:version_string»' failed: Error during WebSocket handshake: Unexpected response code: 403"""),
    ("x2_telegram_curl", "chat", "shell", """«P1»: alerts bot: curl -s "https://api.telegram.org/bot«S:telegram»/sendMessage" -d chat_id=-100«N:aws_account_id» -d text="deploy done"
«P2»: 👍"""),
    # --- key = value in many syntaxes --------------------------------------------------------
    ("x2_spring_yaml", "tool_args", "yaml", {
        "path": "config/application.yml",
        "content": "spring:\n  datasource:\n    url: jdbc:postgresql://«F:host»:5432/«F:db»\n    username: «F:user»\n    password: «S:pw_bare»\n  mail:\n    host: smtp.office365.com\n    password: '«S:pw»'\napp:\n  jwt:\n    secret: «S:hex64»\n    ttl: 3600\n"}),
    ("x2_toml", "tool_args", "toml", {
        "path": "config/«production|prod».toml",
        "content": "[database]\nurl = \"postgres://«F:user»:«S:pw_url»@«F:host»/«F:db»\"\npool_size = 10\n\n[auth]\njwt_secret = \"«S:b64_32»\"\n\n[smtp]\nuser = \"«F:email»\"\npassword = \"«S:pw»\"\n"}),
    ("x2_dotenv_export", "tool_args", "env_file", {
        "path": ".envrc",
        "content": "# rotated «F:date»\nexport DB_PASS=\"«S:pw»\"\nexport «K1.env»='«K1»'\nexport SESSION_SECRET=«S:hex64»\nexport PLACEHOLDER_TOKEN=«N:placeholder»\n"}),
    ("x2_mycnf", "chat", "ini", """«P1»: mysqldump prompts anyway, ~/.my.cnf is
[client]
user = «F:user»
password = «S:pw_bare»
host = «F:host»
[mysqldump]
password="«S:pw»"
«P2»: chmod 600 it, mysql ignores world-readable option files"""),
    ("x2_xml_attrs", "tool_args", "xml", {
        "path": "conf/tomcat-users.xml",
        "content": "<tomcat-users>\n  <role rolename=\"manager-gui\"/>\n  <user username=\"«F:user»\" password=\"«S:pw»\" roles=\"manager-gui,admin-gui\"/>\n</tomcat-users>\n"}),
    ("x2_xml_resource", "ticket", "xml", """context.xml from the WAR:
<Context>
  <Resource name="jdbc/app" auth="Container" type="javax.sql.DataSource"
            username="«F:user»" password="«S:pw»" driverClassName="org.postgresql.Driver"
            url="jdbc:postgresql://«F:host»:5432/«F:db»" maxTotal="20"/>
</Context>"""),
    ("x2_properties_colon", "tool_args", "properties", {
        "path": "gradle.properties",
        "content": "org.gradle.jvmargs=-Xmx2g\nossrhUsername=«F:user»\nossrhPassword=«S:pw_bare»\nsigning.keyId=«N:git_sha_short»\nsigning.password=«S:pw_bare»\nmail.smtp.password : «S:pw_bare»\n"}),
    ("x2_hcl", "ticket", "terraform", """terraform plan shows the password in clear, main.tf:
resource "aws_db_instance" "main" {
  identifier = "«F:db»-prod"
  username   = "«F:user»"
  password   = "«S:pw»"
}

provider "datadog" {
  api_key = "«S:datadog_api»"
  app_key = "«S:datadog_app»"
}"""),
    ("x2_powershell_env", "tool_args", "powershell", {
        "script": "$env:«K1.env» = \"«K1»\"\n$env:DB_PASSWORD=\"«S:pw»\"\n$securePass = ConvertTo-SecureString «\"«S:pw»\"|'«S:pw»'» -AsPlainText -Force\n$cred = New-Object System.Management.Automation.PSCredential (\"«F:user»\", $securePass)\n"}),
    ("x2_docker_run_e", "ticket", "shell", """Container exits with code 1:
docker run -d --name «F:svc» -e POSTGRES_PASSWORD=«S:pw_bare» -e "«K1.env»=«K1»" --env MINIO_ROOT_PASSWORD='«S:pw»' -p 8080:8080 registry.internal/«F:svc»:«N:git_sha_short»
docker logs shows: FATAL: password authentication failed"""),
    ("x2_kubectl_literal", "tool_args", "shell", {
        "command": "kubectl create secret generic «F:svc»-secrets -n prod --from-literal=«DB_PASSWORD|db-password|password»='«S:pw»' --from-literal=«K1.dash»=«K1» --dry-run=client -o yaml"}),
    ("x2_gha_hardcoded", "ticket", "yaml", """Why does the publish job still fail? .github/workflows/release.yml:
    env:
      NODE_AUTH_TOKEN: «S:npm»
      SONAR_TOKEN: «N:env_reference»
    steps:
      - uses: docker/login-action@v3
        with:
          username: «F:user»
          password: «S:pw_bare»"""),
    ("x2_helm_set", "tool_args", "shell", {
        "command": "helm upgrade --install «F:svc» ./charts/«F:svc» -n prod --set postgresql.auth.password=«S:pw_bare» --set-string «F:svc».«K1.camel»=«K1» --set image.tag=«N:git_sha_short»"}),
    ("x2_helm_values", "ticket", "yaml", """values-prod.yaml (committed by mistake):
image:
  tag: «N:version_string»
redis:
  auth:
    password: «S:pw_bare»
externalSecrets:
  «K1.camel»: «K1»
podAnnotations:
  checksum/config: «N:sha256_digest»"""),
    ("x2_ansible_inventory", "tool_args", "ini", {
        "path": "inventory/prod.ini",
        "content": "[db]\ndb01 ansible_host=10.0.2.11 ansible_user=«F:user» ansible_password=«S:pw_bare» ansible_become_pass=«S:pw_bare»\n\n[web]\nweb01 ansible_host=10.0.2.21\n"}),
    ("x2_ansible_vars", "ticket", "yaml", """group_vars/all.yml:
---
mysql_root_password: «S:pw_bare»
«K1.key»: «K1»
ntp_server: 0.pool.ntp.org
admin_password_hint: «N:placeholder»"""),
    ("x2_json_in_log", "ticket", "log", """«N:timestamp» ERROR [http] upstream call failed body="{\\"username\\":\\"«F:user»\\",\\"password\\":\\"«S:pw»\\",\\"remember\\":true}" status=500 req=«N:request_id»"""),
    ("x2_logfmt", "tool_args", "log", {
        "stream": "stderr",
        "line": "ts=«N:timestamp» level=debug caller=client.go:88 msg=\"auth config\" user=«F:user» password=«S:pw_bare» «token|api_key|secret»=«K1» retries=3"}),
    ("x2_python_dict_log", "ticket", "log", """DEBUG:app.db:connecting with {'host': '«F:host»', 'user': '«F:user»', 'password': '«S:pw»', 'port': 5432, 'sslmode': 'require'}
DEBUG:app.db:pool created id=«N:uuid»"""),
    ("x2_systemd", "tool_args", "ini", {
        "path": "/etc/systemd/system/«F:svc».service",
        "content": "[Unit]\nDescription=«F:svc» worker\n\n[Service]\nEnvironment=\"«K1.env»=«K1»\"\nEnvironment=DB_PASSWORD=«S:pw_bare»\nExecStart=/usr/local/bin/«F:svc» --config /etc/«F:svc».toml\nRestart=always\n"}),
    ("x2_supervisor", "ticket", "ini", """[program:«F:svc»]
command=/srv/«F:svc»/bin/run
environment=REDIS_PASSWORD="«S:pw»",SENTRY_DSN="https://«S:sentry_key»@o«F:port»«F:port».ingest.sentry.io/«F:port»"
autorestart=true"""),
    ("x2_nginx_conf", "chat", "nginx", """«P1»: the upstream wants basic auth, so I did
    location /metrics/ {
        proxy_pass http://prometheus:9090/;
        proxy_set_header Authorization "Basic «S:basic»";
        auth_basic_user_file /etc/nginx/.htpasswd;  # «N:sha256_labelled»
    }
«P2»: fine for now"""),
    ("x2_wpa", "tool_args", "ini", {
        "path": "/etc/wpa_supplicant/wpa_supplicant.conf",
        "content": "ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev\nnetwork={\n    ssid=\"Office-5G\"\n    psk=\"«S:pw»\"\n    key_mgmt=WPA-PSK\n}\n"}),
    ("x2_hostapd", "ticket", "ini", """hostapd.conf on the lab AP:
interface=wlan0
ssid=lab-iot
wpa=2
wpa_passphrase=«S:pw_bare»
wpa_key_mgmt=WPA-PSK"""),
    ("x2_npmrc_variants", "tool_args", "npmrc", {
        "path": "~/.npmrc",
        "content": "@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=«S:github_pat»\n//nexus.corp.example/repository/npm/:_password=«S:b64_32»\n//nexus.corp.example/repository/npm/:username=«F:user»\nalways-auth=true\n"}),
    ("x2_composer_auth", "ticket", "json", """auth.json in the repo root (should be gitignored):
{
    "http-basic": {
        "repo.packagist.com": { "username": "token", "password": "«S:pw»" }
    },
    "github-oauth": { "github.com": "«S:github_oauth»" },
    "gitlab-token": { "gitlab.corp.example": "«S:gitlab_token»" }
}"""),
    ("x2_windows_net_use", "ticket", "shell", """Logon script maps the drive like this:
net use Z: \\\\fs01\\projects /user:CORP\\«F:user» «S:pw_bare» /persistent:yes
cmdkey /add:fs01 /user:CORP\\«F:user» /pass:«S:pw_bare»"""),
    ("x2_mongosh", "chat", "shell", """«P1»: `mongosh "mongodb://«F:host»:27017/admin" -u «F:user» -p '«S:pw»' --authenticationDatabase admin`
«P2»: and for the dump: mongodump --uri "mongodb://«F:user»:«S:pw_url»@«F:host»:27017/«F:db»?authSource=admin" --gzip"""),
    ("x2_psql_conninfo", "tool_args", "shell", {
        "command": "psql \"host=«F:host» port=5432 dbname=«F:db» user=«F:user» password=«S:pw_bare» sslmode=verify-full\" -c '\\dt'"}),
    ("x2_cron_pgdump", "ticket", "shell", """crontab -l on db-backup:
0 3 * * * PGPASSWORD=«S:pw_bare» pg_dump -h «F:host» -U «F:user» «F:db» | gzip > /backups/«F:db»-$(date +\\%F).sql.gz
30 3 * * * /usr/local/bin/prune-backups --keep 14"""),
    ("x2_sql_users", "ticket", "sql", """Migration V42 creates the reporting users:
CREATE USER «F:user» WITH PASSWORD '«S:pw»';
ALTER USER 'repl'@'%' IDENTIFIED BY '«S:pw»';
CREATE LOGIN svc_reports WITH PASSWORD = '«S:pw»', CHECK_POLICY = OFF;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO «F:user»;"""),
    ("x2_openssl_keytool", "tool_args", "shell", {
        "command": "«openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:«S:pw_bare»|keytool -importkeystore -srckeystore bundle.p12 -srcstoretype PKCS12 -srcstorepass «S:pw_bare» -destkeystore app.jks -deststorepass «S:pw_bare»|openssl rsa -in enc.key -out plain.key -passin pass:«S:pw_bare»»"}),
    ("x2_az_sp_output", "ticket", "json", """Output of az ad sp create-for-rbac --name deploy-bot:
{
  "appId": "«N:uuid»",
  "displayName": "deploy-bot",
  "password": "«S:azure_client_secret»",
  "tenant": "«N:uuid»"
}"""),
    ("x2_aws_export_creds", "tool_args", "shell", {
        "stdout": "export AWS_ACCESS_KEY_ID=«S:aws_access_key_id»\nexport AWS_SECRET_ACCESS_KEY=«S:aws_secret_access_key»\nexport AWS_CREDENTIAL_EXPIRATION=«N:timestamp»\n",
        "command": "aws configure export-credentials --profile «prod|ci» --format env"}),
    ("x2_aws_configure_list", "tool_args", "shell", {
        "stdout": "      Name                    Value             Type    Location\n      ----                    -----             ----    --------\n   profile                     prod           manual    --profile\naccess_key     «N:redacted» shared-credentials-file\nsecret_key     «N:redacted» shared-credentials-file\n    region                eu-west-1      config-file    ~/.aws/config\n"}),
    ("x2_printenv", "tool_args", "shell", {
        "stdout": "HOME=/root\nHOSTNAME=«N:pod_name»\nPATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin\n«K1.env»=«K1»\nGIT_COMMIT=«N:git_sha»\n«K2.env»=«K2»\nTZ=UTC\n",
        "command": "printenv"}),
    ("x2_heroku_config", "ticket", "shell", """$ heroku config -a «F:svc»-prod
=== «F:svc»-prod Config Vars
DATABASE_URL:      postgres://«F:user»:«S:pw_url»@ec2-«F:port»-«F:port».compute-1.amazonaws.com:5432/«F:db»
«K1.env»:   «K1»
WEB_CONCURRENCY:   4"""),
    ("x2_vault_kv_get", "ticket", "shell", """$ vault kv get secret/«F:svc»/prod
====== Secret Path ======
secret/data/«F:svc»/prod

======= Metadata =======
Key                Value
---                -----
created_time       «N:timestamp»
version            7

====== Data ======
Key            Value
---            -----
db_password    «S:pw_bare»
«K1.key»       «K1»"""),
    ("x2_markdown_table", "chat", "markdown", """«P1»: here's what's set in the staging project:

| Name | Value |
|------|-------|
| «K1.env» | «K1» |
| DB_PASSWORD | «S:pw_bare» |
| SENTRY_RELEASE | «N:git_sha_short» |

«P2»: please move these into the secret manager"""),
    ("x2_jupyter_login", "tool_args", "python", {
        "cell_type": "code",
        "source": ["from huggingface_hub import login\n", "login(token=\"«S:huggingface»\")\n",
                   "«client = anthropic.Anthropic(api_key=\"«S:anthropic»\")|openai.api_key = \"«S:openai»\"|genai.configure(api_key=\"«S:gcp_api_key»\")|client = Groq(api_key=\"«S:groq»\")»\n"]}),
    ("x2_tfstate", "tool_args", "json", {
        "version": 4, "terraform_version": "«N:version_string»",
        "resources": [{"type": "aws_iam_access_key", "name": "ci", "instances": [{"attributes": {
            "id": "«S:aws_access_key_id»", "secret": "«S:aws_secret_access_key»", "user": "ci-deployer",
            "create_date": "«N:timestamp»"}}]}]}),
    ("x2_actuator_env_neg", "tool_args", "json", {
        "activeProfiles": ["prod"],
        "propertySources": [{"name": "applicationConfig: [classpath:/application-prod.yml]", "properties": {
            "spring.datasource.password": {"value": "«N:redacted»"}, "app.jwt.secret": {"value": "«N:redacted»"},
            "spring.datasource.username": {"value": "«F:user»"}, "build.commit": {"value": "«N:git_sha»"}}}]}),
    ("x2_k8s_secret_data", "ticket", "yaml", """kubectl get secret «F:svc» -o yaml:
apiVersion: v1
kind: Secret
metadata:
  name: «F:svc»
  uid: «N:uuid»
type: Opaque
data:
  password: «S:b64_32»
  username: YWRtaW4=
stringData:
  «K1.dash»: «K1»"""),
    ("x2_gitlab_ci", "tool_args", "yaml", {
        "path": ".gitlab-ci.yml",
        "content": "variables:\n  DOCKER_AUTH_CONFIG: '{\"auths\":{\"registry.corp.example\":{\"auth\":\"«S:basic»\"}}}'\n  SONAR_TOKEN: «S:sonar»\n  SONAR_HOST_URL: https://sonar.corp.example\n"}),
    # --- code -----------------------------------------------------------------------------------
    ("x2_go_code", "chat", "code", """«P1»: is this ok for the prototype?
```go
client := github.NewClient(nil).WithAuthToken("«S:github_fine_grained»")
db, err := sql.Open("postgres", "user=«F:user» password=«S:pw_bare» dbname=«F:db» sslmode=disable")
```
«P2»: no, read both from env"""),
    ("x2_java_code", "ticket", "code", """MailConfig.java:
    Properties props = new Properties();
    props.put("mail.smtp.host", "smtp.office365.com");
    props.put("mail.smtp.password", "«S:pw»");
    String «apiKey|API_KEY|secretKey» = "«K1»";"""),
    ("x2_ruby_code", "tool_args", "code", {
        "path": "config/initializers/stripe.rb",
        "content": "Stripe.api_key = \"«S:stripe_secret»\"\nRails.configuration.stripe = { publishable_key: \"«N:publishable_key»\" }\n"}),
    ("x2_php_code", "ticket", "code", """PHPMailer setup in contact.php:
$mail->Host = 'smtp.«F:svc».example';
$mail->Username = '«F:email»';
$mail->Password = '«S:pw»';
$mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;"""),
    ("x2_node_pool", "chat", "code", """«P1»: const pool = new Pool({ user: '«F:user»', host: '«F:host»', database: '«F:db»', password: '«S:pw»', port: 5432 })
«P2»: use PGPASSWORD instead"""),
    ("x2_swift_kotlin", "ticket", "code", """Found in the mobile repo:
«let apiKey = "«K1»"|private const val API_KEY = "«K1»"|static let secret = "«K1»"»
// TODO move to remote config («N:uuid»)"""),
    ("x2_csharp_smtp", "chat", "code", """«P1»: var client = new SmtpClient("smtp.office365.com", 587) { Credentials = new NetworkCredential("«F:email»", "«S:pw»"), EnableSsl = true };
«P2»: use an app password at least"""),
    ("x2_fetch_js_neg", "tool_args", "code", {
        "path": "src/api.ts",
        "content": "export async function me() {\n  const res = await fetch(`${BASE}/me`, { headers: { Authorization: `Bearer ${token}` } });\n  return res.json();\n}\nconst key = «N:env_reference»;\n"}),
    # --- tokens, keys, JWTs ---------------------------------------------------------------------
    ("x2_oauth_response", "ticket", "log", """Token endpoint response in the debug log:
{"access_token":"«S:gcp_oauth_access_token»","expires_in":3599,"refresh_token":"«S:gcp_refresh_token»","scope":"https://www.googleapis.com/auth/drive.readonly","token_type":"Bearer"}"""),
    ("x2_jwt_cookie", "ticket", "http", """Request headers copied from devtools:
GET /dashboard HTTP/2
Host: app.«F:svc».example
Cookie: theme=dark; «session|__Secure-next-auth.session-token|access_token»=«S:jwt»; _ga=GA1.1.«F:port»«F:port».«F:port»
Sec-Fetch-Mode: navigate"""),
    ("x2_jwt_fragment", "chat", "prose", """«P1»: after login I land on https://app.«F:svc».example/callback#access_token=«S:jwt»&token_type=Bearer&expires_in=3600&state=«N:git_sha_short»
«P2»: implicit flow, we should move to PKCE"""),
    ("x2_localstorage", "tool_args", "json", {
        "origin": "https://app.«F:svc».example",
        "localStorage": "{\"auth\":{\"id_token\":\"«S:jwt»\",\"user\":\"«F:email»\"},\"theme\":\"dark\"}"}),
    ("x2_sa_json_escaped_text", "ticket", "json", """Cloud Run can't read the key file, contents:
{"type": "service_account", "project_id": "«F:svc»-prod", "private_key_id": "«N:git_sha»", "private_key": "«S:pem_escaped»\\n", "client_email": "deployer@«F:svc»-prod.iam.gserviceaccount.com", "client_id": "«N:aws_account_id»«N:aws_account_id»"}"""),
    ("x2_sa_json_tool", "tool_args", "json", {
        "type": "service_account", "project_id": "«F:svc»-prod", "private_key_id": "«N:git_sha»",
        "private_key": "«S:pem»\n", "client_email": "ci@«F:svc»-prod.iam.gserviceaccount.com"}),
    ("x2_pem_ansible_block", "ticket", "yaml", """host_vars/bastion.yml:
deploy_user: «F:user»
deploy_private_key: |
  «S:pem_indented»
deploy_public_key: "«N:ssh_public_key»\""""),
    ("x2_pem_heredoc", "tool_args", "terraform", {
        "path": "modules/tls/main.tf",
        "content": "resource \"kubernetes_secret\" \"tls\" {\n  data = {\n    \"tls.key\" = <<-EOT\n«S:pem»\nEOT\n  }\n}\n"}),
    ("x2_pem_public_neg", "chat", "pem", """«P1»: is this the right key to add to the IdP?
«N:pem_public_key»
«P2»: yes that's the public half, and the cert is
«N:certificate»"""),
    ("x2_age_keys", "tool_args", "shell", {
        "path": "~/.config/sops/age/keys.txt",
        "content": "# created: «N:timestamp»\n# public key: «N:age_public_key»\n«S:age»\n"}),
    ("x2_webhooks", "ticket", "json", """alertmanager receivers:
  - name: ops
    slack_configs:
      - api_url: «S:slack_webhook»
        channel: '#ops-alerts'
  - name: community
    webhook_configs:
      - url: «S:discord_webhook»"""),
    ("x2_slack_export", "tool_args", "json", {
        "type": "message", "user": "«U04R7KX2B9L|U02J8QWE3RT|U07MNB5VC1X»", "ts": "«N:timestamp»",
        "text": "«here's the staging key `«K1»` - will rotate after the demo|new «K1.name»: «K1» (expires friday)|use «K1» for now, the old one is revoked»"}),
    ("x2_jira_markup", "ticket", "prose", """Steps to reproduce:
{code:bash}
export «K1.env»=«K1»
./sync --since «F:date»
{code}
Expected: sync completes. Actual: 401 (request id «N:request_id»)."""),
    ("x2_llm_paste", "chat", "prose", """«P1»: why does my app say invalid key? my .env:
```
«K1.env»=«K1»
«K2.env»=«K2»
NEXT_PUBLIC_SITE_URL=http://localhost:3000
```"""),
    ("x2_provider_bare_chat", "chat", "prose", """«P1»: «can you paste the «K1.name»?|what's the «K1.name» for prod?|need the «K1.name» real quick»
«P2»: «K1»
«P1»: thx"""),
    ("x2_provider_prose_email", "email", "prose", """Subject: «K1.name» for the «F:svc» integration

Hi «P1»,

as discussed, the «K1.name» is «K1». It is scoped to the «F:svc» project only; please keep it out of tickets.

Regards,
«P2»"""),
    ("x2_error_echo_neg", "ticket", "log", """The SDK prints:
AuthenticationError: Incorrect API key provided: «N:redacted». You can find your API key at https://platform.example.com/account/api-keys.
request_id=«N:request_id» at «N:timestamp»"""),
    ("x2_error_echo_live", "ticket", "log", """Logged by the worker on startup (debug level):
«N:timestamp» DEBUG config loaded: {'region': 'eu-west-1', 'api_base': 'https://api.«F:svc».example', '«K1.key»': '«K1»', 'timeout': 30}"""),
    # --- passwords announced in prose -----------------------------------------------------------
    ("x2_chat_pw_en", "chat", "prose", """«P1»: «the wifi password is «S:pw_bare»|pw for the NAS admin is «S:pw_bare»|login is admin / «S:pw_bare»|user: admin pass: «S:pw_bare»|root password on the new box: «S:pw_bare»|password's «S:pw_bare» btw»
«P2»: got it, thanks"""),
    ("x2_email_temp_pw", "email", "prose", """Subject: Your account on the «F:svc» portal

Hello «P1»,

an account has been created for you.
Username: «F:email»
Temporary password: «S:pw_bare»

Note: «N:word_password». You will be asked to change it at first login.

IT Service Desk"""),
    ("x2_de_prose", "chat", "prose", """«P1»: «Das Kennwort für den Router lautet «S:pw_bare»|Zugangsdaten: Benutzer «F:user» / Passwort «S:pw_bare»|das WLAN-Passwort ist «S:pw_bare»|Passwort für den Admin-Zugang: «S:pw_bare»»
«P2»: danke, und der «API-Schlüssel|Token»?
«P1»: «K1»""", "de"),
    ("x2_fr_prose", "email", "prose", """Objet : accès au serveur de recette

Bonjour «P1»,

«le mot de passe du compte admin est «S:pw_bare»|identifiant : «F:user», mot de passe : «S:pw_bare»|voici le mot de passe Wi-Fi : «S:pw_bare»».
La clé API est «K1».

Cordialement,
«P2»""", "fr"),
    ("x2_es_prose", "chat", "prose", """«P1»: «la contraseña del router es «S:pw_bare»|usuario: «F:user» / contraseña: «S:pw_bare»|te paso la contraseña: «S:pw_bare»»
«P2»: ¿y el token de la API?
«P1»: «aquí tienes el token: «K1»|la clave es «K1»»""", "es"),
    ("x2_nl_prose", "email", "prose", """Onderwerp: toegang testomgeving

Hoi «P1»,

«het wachtwoord is «S:pw_bare»|gebruikersnaam: «F:user», wachtwoord: «S:pw_bare»|het wachtwoord voor de NAS is «S:pw_bare»».
De API-sleutel is «K1».

Groet,
«P2»""", "nl"),
    ("x2_it_prose", "chat", "prose", """«P1»: «la password del server è «S:pw_bare»|utente: «F:user», password: «S:pw_bare»|ti mando la password: «S:pw_bare»»
«P2»: grazie, e la chiave API?
«P1»: «la chiave API è «K1»|ecco il token: «K1»»""", "it"),
    ("x2_pt_prose", "email", "prose", """Assunto: acesso ao banco

Olá «P1»,

«a senha do banco é «S:pw_bare»|usuário: «F:user» / senha: «S:pw_bare»|a palavra-passe é «S:pw_bare»».
A chave da API é «K1».

Abraços,
«P2»""", "pt"),
    # --- documents with negatives only ------------------------------------------------------------
    ("x2_release_neg", "email", "prose", """Subject: Release «N:version_string»

Build «N:git_sha» is live. Artifacts: app.tar.gz («N:sha256_labelled»), npm integrity «N:sha512_integrity».
Deploy id «N:uuid», order «N:order_number» closed. Colour token for the new badge: «N:css_color».
Reminder: «N:word_password» flows are unchanged; the signing key id is «N:git_sha_short» (public)."""),
    ("x2_public_ids_neg", "tool_args", "json", {
        "aws": {"account": "«N:aws_account_id»", "role": "«N:aws_arn»", "instance": "«N:object_id»"},
        "twilio": {"account_sid": "«N:twilio_account_sid»", "messaging_service": "MG«N:git_sha_short»"},
        "oauth": {"client_id": "«N:oauth_client_id»"}, "stripe": {"publishable": "«N:publishable_key»"},
        "avatar": "«N:base64_image»", "trace": "«N:request_id»", "pod": "«N:pod_name»"}),
    ("x2_placeholders_neg", "ticket", "env_file", """.env.example for new developers:
DB_PASSWORD=«N:placeholder»
«K1.env»=«N:placeholder»
SMTP_PASSWORD=«N:env_reference»
API_TOKEN=«N:env_reference»
# generate with: openssl rand -hex 32"""),
    ("x2_ssh_config_neg", "chat", "prose", """«P1»: added your key «N:ssh_public_key» to authorized_keys
«P2»: thanks, my ~/.ssh/config uses IdentityFile ~/.ssh/«N:file_name» and the host key is «N:sha256_labelled»"""),
    ("x2_request_ids_neg", "tool_args", "http_request", {
        "status": 500, "headers": {"x-amz-request-id": "«N:request_id»", "x-amz-id-2": "«N:amz_id_2»",
                                   "traceparent": "«N:request_id»", "etag": "\"«N:git_sha_short»\""},
        "body": "Internal error while processing «N:object_id» (order «N:order_number»), retry after «N:timestamp»"}),
]

# Part B: written after the recognizers were first adjusted on part A, and measured once before any
# further change (see README.md), as a check of how well those changes carry over to new layouts.
TEMPLATE_ROWS_B: list[tuple[Any, ...]] = [
    ("x2b_jenkinsfile", "ticket", "groovy", """Jenkinsfile stage that leaks in the console log:
stage('Smoke') {
    steps {
        sh 'curl -fsS -u «F:user»:«S:pw_bare» https://jenkins.corp.example/job/«F:svc»/lastBuild/api/json'
    }
}"""),
    ("x2b_compose_requirepass", "tool_args", "yaml", {
        "path": "docker-compose.yml",
        "content": "services:\n  cache:\n    image: redis:7-alpine\n    command: redis-server --requirepass «S:pw_bare» --appendonly yes\n    ports: [\"6379:6379\"]\n"}),
    ("x2b_rclone", "tool_args", "ini", {
        "path": "~/.config/rclone/rclone.conf",
        "content": "[backup]\ntype = s3\nprovider = AWS\naccess_key_id = «S:aws_access_key_id»\nsecret_access_key = «S:aws_secret_access_key»\nregion = eu-central-1\n"}),
    ("x2b_boto3", "chat", "code", """«P1»: quick script for the migration:
s3 = boto3.client("s3", aws_access_key_id="«S:aws_access_key_id»", aws_secret_access_key="«S:aws_secret_access_key»", region_name="eu-west-1")
«P2»: use a profile instead pls"""),
    ("x2b_tf_provider_aws", "ticket", "terraform", """providers.tf in the legacy repo:
provider "aws" {
  region     = "us-east-1"
  access_key = "«S:aws_access_key_id»"
  secret_key = "«S:aws_secret_access_key»"
}"""),
    ("x2b_django_settings", "tool_args", "python", {
        "path": "project/settings/production.py",
        "content": "EMAIL_HOST = 'smtp.sendgrid.net'\nEMAIL_HOST_USER = 'apikey'\nEMAIL_HOST_PASSWORD = '«S:sendgrid»'\nEMAIL_PORT = 587\nDATABASES['default']['PASSWORD'] = '«S:pw»'\n"}),
    ("x2b_laravel_env", "tool_args", "env_file", {
        "path": ".env",
        "content": "APP_ENV=production\nAPP_KEY=«S:generic_b64»\nDB_PASSWORD=«S:pw_bare»\nMAIL_PASSWORD=null\nPUSHER_APP_SECRET=«S:hex64»\n"}),
    ("x2b_grafana_datasource", "tool_args", "yaml", {
        "path": "provisioning/datasources/prom.yaml",
        "content": "apiVersion: 1\ndatasources:\n  - name: Prometheus\n    type: prometheus\n    url: https://prom.corp.example\n    basicAuth: true\n    basicAuthUser: grafana\n    secureJsonData:\n      basicAuthPassword: «S:pw_bare»\n"}),
    ("x2b_prometheus_scrape", "ticket", "yaml", """prometheus.yml scrape job:
  - job_name: '«F:svc»'
    scheme: https
    basic_auth:
      username: prometheus
      password: «S:pw_bare»
  - job_name: 'k8s-api'
    bearer_token: «S:opaque»"""),
    ("x2b_elastic_curl", "chat", "shell", """«P1»: curl -k -u elastic:«S:pw_bare» "https://localhost:9200/_cat/indices?v"
«P2»: returns 401, did the bootstrap password change?"""),
    ("x2b_minio_mc", "tool_args", "shell", {
        "command": "mc alias set «F:svc» https://minio.corp.example:9000 «F:user» «S:pw_bare» && mc ls «F:svc»/backups"}),
    ("x2b_pgpass", "tool_args", "shell", {
        "path": "~/.pgpass",
        "content": "«F:host»:5432:«F:db»:«F:user»:«S:pw_bare»\n*:5432:*:replicator:«S:pw_bare»\n"}),
    ("x2b_docker_login_long", "ticket", "shell", """CI step:
$ docker login registry.corp.example --username «F:user» --password «S:pw_bare»
WARNING! Using --password via the CLI is insecure. Use --password-stdin.
Login Succeeded"""),
    ("x2b_jwk_private", "tool_args", "json", {
        "keys": [{"kty": "EC", "crv": "P-256", "kid": "«N:git_sha_short»", "use": "sig",
                  "x": "«N:b64url_32»", "y": "«N:b64url_32»", "d": "«S:b64url_32»"}]}),
    ("x2b_tf_output", "tool_args", "shell", {
        "stdout": "Outputs:\n\nadmin_password = \"«S:pw»\"\ndb_endpoint = \"«F:host»:5432\"\ndb_password = <sensitive>\n"}),
    ("x2b_kubeconfig_token", "ticket", "yaml", """kubeconfig of the CI service account:
users:
- name: ci
  user:
    token: «S:jwt»
contexts:
- context: {cluster: prod, user: ci}
  name: prod"""),
    ("x2b_yarnrc", "tool_args", "yaml", {
        "path": ".yarnrc.yml",
        "content": "nodeLinker: node-modules\nnpmScopes:\n  acme:\n    npmRegistryServer: https://npm.pkg.github.com\n    npmAuthToken: «S:github_pat»\n"}),
    ("x2b_maven_passphrase", "tool_args", "xml", {
        "path": "~/.m2/settings.xml",
        "content": "<servers>\n  <server>\n    <id>gpg.passphrase</id>\n    <passphrase>«S:pw»</passphrase>\n  </server>\n  <server>\n    <id>ossrh</id>\n    <privateKey>${user.home}/.ssh/id_ed25519</privateKey>\n  </server>\n</servers>\n"}),
    ("x2b_gradle_signing", "ticket", "groovy", """build.gradle, signing config for the release build:
signingConfigs {
    release {
        storeFile file("release.jks")
        storePassword "«S:pw»"
        keyAlias "upload"
        keyPassword "«S:pw»"
    }
}"""),
    ("x2b_rails_database_yml", "tool_args", "yaml", {
        "path": "config/database.yml",
        "content": "production:\n  adapter: postgresql\n  username: «F:user»\n  password: «S:pw_bare»\ndevelopment:\n  adapter: postgresql\n  password: <%= ENV[\"DEV_DB_PASSWORD\"] %>\n"}),
    ("x2b_az_storage_cli", "ticket", "shell", """Upload script:
az storage blob upload --account-name «F:acct» --account-key «S:azure_key» --container-name backups --file db.bak --name db-«F:date».bak"""),
    ("x2b_putty", "chat", "shell", """«P1»: from Windows I use plink -ssh «F:user»@«F:host» -pw «S:pw_bare» "systemctl status nginx"
«P2»: and pscp -pw «S:pw_bare» report.csv «F:user»@«F:host»:/tmp/"""),
    ("x2b_oc_login", "tool_args", "shell", {
        "command": "oc login --token=sha256~«S:generic_token» --server=https://api.ocp.corp.example:6443"}),
    ("x2b_curl_oauth2_bearer", "ticket", "curl", """curl --oauth2-bearer «S:opaque» https://api.«F:svc».example/v1/accounts -s | jq ."""),
    ("x2b_makefile_env", "tool_args", "shell", {
        "path": "Makefile",
        "content": "deploy:\n\tDEPLOY_TOKEN=«S:opaque» ./scripts/deploy.sh --env prod\n\nlint:\n\truff check .\n"}),
    ("x2b_actions_masked_neg", "ticket", "log", """GitHub Actions log (secrets are masked):
Run curl -H "Authorization: Bearer ***" https://api.«F:svc».example/deploy
  env:
    API_TOKEN: ***
    DB_PASSWORD: ***
Deploy «N:uuid» finished at «N:timestamp»"""),
    ("x2b_aiohttp_basic", "chat", "code", """«P1»: async with aiohttp.ClientSession(auth=aiohttp.BasicAuth("«F:user»", "«S:pw»")) as s:
«P2»: looks fine"""),
    ("x2b_dotnet_user_secrets", "ticket", "shell", """Setup steps from the wiki:
dotnet user-secrets set "Stripe:SecretKey" "«S:stripe_secret»"
dotnet user-secrets set "ConnectionStrings:Db" "Server=«F:host»;Database=«F:db»;User Id=«F:user»;Password=«S:pw_bare»;"
"""),
    ("x2b_redis_auth_log", "ticket", "log", """redis-cli MONITOR output:
1717171717.123456 [0 10.0.4.7:51234] "AUTH" "default" "«S:pw_bare»"
1717171717.223456 [0 10.0.4.7:51234] "GET" "session:«N:uuid»\""""),
    ("x2b_mongo_create_user", "chat", "code", """«P1»: db.createUser({ user: "«F:user»", pwd: "«S:pw»", roles: [ { role: "readWrite", db: "«F:db»" } ] })
«P2»: 👍"""),
    ("x2b_ftp_transcript", "ticket", "log", """FTP session from the scanner's debug log:
220 (vsFTPd 3.0.5)
USER «F:user»
331 Please specify the password.
PASS «S:pw_bare»
230 Login successful."""),
    ("x2b_imap_login", "ticket", "log", """IMAP trace:
* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] Dovecot ready.
a1 LOGIN «F:email» «S:pw_bare»
a1 OK Logged in"""),
    ("x2b_proxy_authorization", "tool_args", "http_request", {
        "raw": "CONNECT api.«F:svc».example:443 HTTP/1.1\r\nHost: api.«F:svc».example:443\r\nProxy-Authorization: Basic «S:basic»\r\n\r\n"}),
    ("x2b_markdown_link_token", "chat", "prose", """«P1»: dashboard for the incident: [Grafana](https://grafana.corp.example/d/«N:git_sha_short»/api?orgId=1&auth_token=«S:opaque»)
«P2»: thanks"""),
    ("x2b_webhook_signature_neg", "tool_args", "http_request", {
        "headers": {"X-Hub-Signature-256": "sha256=«N:sha256_digest»", "X-GitHub-Delivery": "«N:uuid»", "X-GitHub-Event": "push"},
        "body": "{\"ref\": \"refs/heads/main\", \"after\": \"«N:git_sha»\"}"}),
    ("x2b_stripe_cli", "chat", "shell", """«P1»: > Ready! You are using Stripe API Version [2024-06-20]. Your webhook signing secret is «S:stripe_webhook» (^C to quit)
«P2»: put it in .env.local"""),
    ("x2b_vendor_email", "email", "prose", """Subject: Your API credentials

Hi «P1»,

your account has been provisioned.

Client ID: «N:uuid»
Client secret: «S:opaque»

Keep the secret safe; it will not be shown again.
The «F:svc» team"""),
    ("x2b_pt_it_ticket", "ticket", "prose", """«Senha provisória: «S:pw_bare»|Credenziali: utente «F:user», password «S:pw_bare»|Tymczasowe hasło: «S:pw_bare»»
(«N:order_number»)"""),
    ("x2b_ja_ticket", "chat", "prose", """«P1»: 本番DBのパスワード：«S:pw_bare»
«P2»: 了解、トークンは «K1» ですね"""),
    ("x2b_env_in_yaml_list", "tool_args", "yaml", {
        "path": "k8s/deployment.yaml",
        "content": "        args:\n          - --metrics-addr=:8080\n          - --api-key=«K1»\n          - --db-password=«S:pw_bare»\n"}),
]
