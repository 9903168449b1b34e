"""Each secret format is found (and only the secret part), and key names are classified."""

from __future__ import annotations

import random
import re

import pytest

from arbiter.pii.engine import PiiEngine
from arbiter.pii.secrets import SECRET_RULES, SecretRule, Triggers, is_secret_key, literal_trie

# Token bodies below are made up for these tests (right layout and length, random characters).
AWS_SESSION = ("IQoJb3JpZ2luX2VjOvc3QgiD86eXr48vHZwvi8tam4v77QF1p6dEOeYRT+Njgf6+VG5JJKQHHuoB7GrJi8CIbpV9ILuLFQOw"
               "sUaFsq6dLTncGOukXcdeF0WRgQUwjsJlYY2KY3kG")
AZURE_ACCOUNT_KEY = "Sj7zzkzXywrX45T3/1kqm2DhCMZxVyuqTD4bttbuvLXhjgzatZx3YCZggwJO07yaSnsNWKOok3trb/4FauXpsU=="
PYPI_TOKEN = ("pypi-AgEIcHlwaS5vcmcnad4Me9bUHkMrXc6ZMPbsEm6z4fOAwCN7QtT3LUov-b9WSO5RZLi3B2TQhwC7605R8U3claDNn_"
              "zwM67enyslh45Jh3Bx9LExIuprHl-KB6GGy5AYvfmKVhDE4X3RLV0L_TSQmmzloQe7vdTS_5kf8")
TFC_TOKEN = "F83mCxNaPfMVM5.atlasv1.a3oci1p6PZmAhqcxIyCPnVYYGRA5fTvrFs6ozfxyXYjsofiZj_n94XUKRoyqdOSqHatWAB"
VAULT_TOKEN = "hvs.ngmxlyPYhu2D5MOwZyUhyV-ZrIG25hH_LrN7iDgdtIq6C0_wyoualC3omGOjNsnmjymJRSQc8FvE_-D557lCLUHIDmx"
AIRTABLE_PAT = "patdOIVsuHVQizIpn.921e1abe1ef4e1c775dd5b46e82136381b6f540ad5f18188d87b44489a39fc88"
SLACK_APP_TOKEN = "xapp-1-A0R2CNNFRZA-6617206554781-0e0dd2d79f0d9ca738784731ec7d7ad47ac2d1bcaea866db1e2a0c0819a0feb7"
DISCORD_WEBHOOK = ("https://discord.com/api/webhooks/3482819729518752021/"
                   "4Az30t9sav3aXG7lG6YiJfYF8vJhFzA7xCkW7HwU5yPzxameLqt8ydEOJBwDMGEuFN7V")
FCM_KEY = ("AAAAx1pMe25:APA91bqFVBc3lzkh6nJgBb7dXVfNyB4j9W4X4JG10BF3e5d_Qm6V3vBuK9cvHYrHMJhOMNiXB2uCAroGnrzfEoLzo4"
           "DCwFYoHyB-8A8rhxRmtr4R7PP2pXPnZvq6zdsIK-rPYS7EMlbL")
SENTRY_ORG_TOKEN = ("sntrys_LGua6viPHBitIyENGYVrrZaig3rkpEC9GlIUGIaMoFYgn83uNdClMOOfS2qG6Hb7mKQMJ9fhZj1gA0OiKChX61FNzx"
                    "zP24e5PDT1O2ADsdhwFmZCdq8JbTMW_16BegtqPoeVQTU8v2NbzStnDf3lixPDkt9Vs8AXQr0Q")
VAULT_BATCH_TOKEN = ("hvb.F6dIfIFwNwUgBPmTi_EkQr8jy47f3lUf1A4ysehpJncVMmhmd062HD9rxuWwTUAKyYrbYsxwBOjRg40u4KQMikYga"
                     "aE_HEGTONHAelT3uJID70OTFX9Eoizn8090AOZUA4")
GRAFANA_CLOUD_TOKEN = ("glc_eyJvIjoiNDMxMDc4IiwibiI6InN0YWNrLTgzNzU4OC1obS1yZWFkIiwiayI6IlhHNXdJcFN3dG5zN2dlMEw0VkhJb3F"
                       "qMSIsIm0iOnsiciI6InByb2QtZXUtd2VzdC0yIn19")
ATLASSIAN_TOKEN = ("ATATT3xFfGF0p24Fsgyf3YtAE9Y8zcXInFlZEkI3hTT4e57_zbClEypBvvAWzkhAREBYS7XgKv93-6_G9VgA7DGwBjRVvJ_0YT"
                   "vj7kyp9VzmBHIXoxUCjdoEkTATHN6-33Af9annchWMxXepfSeJr99VDWDMES0UKhIHejBy7mLYLDiirH5P_m=8051C74E")
OPENSSH_KEY = ("-----BEGIN OPENSSH PRIVATE KEY-----\n"
               "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
               "i/wfrveHKNBddU19EmjUvLqVsoed9DKdmQw7fmlOUV+n0+Uovwf57imC4Pr0g4uv\n"
               "E7pq9Xbx0GPFt4pyfxhxnGS9KQRwY82miRuZtS8VBdip9r+wVqj9tw2aTuEGazO2\n"
               "-----END OPENSSH PRIVATE KEY-----")
# base64 of a (made-up) "-----BEGIN RSA PRIVATE KEY-----" block, as in a kubeconfig.
KUBE_KEY_DATA = ("LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlFb3dJQkFBS0NBUUVBbG16MW85YUJOOHpDdC81M2NGRTlFUE1Ld"
                 "kVSUWw3VHptRzF5ZlU0MzhJL2hiN1BECmppYUN1VzVKTDhDcXA0MVFoSGNjenpOVTBuRzYzL0RYM3c1VEFPcWhVVFIxM1ZjU1R"
                 "YQTI3ajQ1aHNuVWQxdkcKLS0tLS1FTkQgUlNBIFBSSVZBVEUgS0VZLS0tLS0K")
# The same for a certificate: not a secret.
KUBE_CERT_DATA = ("LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUMvekNDQWVlZ0F3SUJBZ0lCWVNyNUczOGR4dE5ZOUoxRzEyRVMyc1B2c"
                  "mgxZVgxZXVUQW9laU1OU2dGZHkKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=")

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
    # --- cloud ---
    ("SECRET_AWS_ACCESS_KEY", "export AWS_ACCESS_KEY_ID=ASIACSRMR92TNG2UM8SD", "ASIACSRMR92TNG2UM8SD"),
    ("SECRET_AWS_SECRET_KEY", "[default]\naws_access_key_id = ASIACSRMR92TNG2UM8SD\n"
     "aws_secret_access_key = eVudubh1MlH2zj3jmrsA4WbHprxhbjUi+PeHeWp1\n",
     "eVudubh1MlH2zj3jmrsA4WbHprxhbjUi+PeHeWp1"),
    ("SECRET_AWS_SESSION_TOKEN", f"aws_session_token = {AWS_SESSION}\nregion = eu-west-1", AWS_SESSION),
    ("SECRET_GOOGLE_API_KEY", 'const firebaseConfig = {apiKey: "AIzaqJJH5h_TDKBMX4XQSyyj-Q58yqOZMO4ci12"};',
     "AIzaqJJH5h_TDKBMX4XQSyyj-Q58yqOZMO4ci12"),
    ("SECRET_GOOGLE_OAUTH_SECRET",
     '{"installed": {"client_id": "1234.apps.googleusercontent.com", '
     '"client_secret": "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"}}', "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"),
    ("SECRET_AZURE_KEY", f"AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=acmelogs;"
     f"AccountKey={AZURE_ACCOUNT_KEY};EndpointSuffix=core.windows.net", AZURE_ACCOUNT_KEY),
    ("SECRET_AZURE_KEY", "Endpoint=sb://acme-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;"
     "SharedAccessKey=8qJwQ0ZPTTYVIRCVuxqM9EAspy65oEEFuUbyDG1TdVY=", "8qJwQ0ZPTTYVIRCVuxqM9EAspy65oEEFuUbyDG1TdVY="),
    ("SECRET_AZURE_SAS_TOKEN", "curl -O 'https://acmelogs.blob.core.windows.net/exports/q3.csv?sv=2022-11-02&ss=b"
     "&srt=o&sp=r&se=2025-01-01T00:00:00Z&spr=https&sig=faqYayyS3jJbEoWY27FO%2BZ9DzEVE22BZ1oIg2D8%2FdeHt%3D'",
     "faqYayyS3jJbEoWY27FO%2BZ9DzEVE22BZ1oIg2D8%2FdeHt%3D"),
    ("SECRET_AZURE_CLIENT_SECRET", "AZURE_TENANT_ID=common\n"
     "AZURE_CLIENT_SECRET=Awo0Q~1857rzO1V4z9belX9KXssd9QgGJVxx0gRM",
     "Awo0Q~1857rzO1V4z9belX9KXssd9QgGJVxx0gRM"),
    # --- code hosting, registries, CI ---
    ("SECRET_GITHUB_TOKEN", 'git clone https://x-access-token:ghp_Qm7vR2kLp9XwT4nB8sY1cZ6dF3hJ0aEuKi5o@github.com/acme/api',
     "ghp_Qm7vR2kLp9XwT4nB8sY1cZ6dF3hJ0aEuKi5o"),
    ("SECRET_GITLAB_TOKEN",
     "git clone https://gitlab+deploy-token-41:gldt-BcVP1Klh5rYjcv2DOio8@gitlab.com/acme/infra.git",
     "gldt-BcVP1Klh5rYjcv2DOio8"),
    ("SECRET_NPM_TOKEN", "//registry.npmjs.org/:_authToken=npm_HRcprB2Yk99yUhcuIlU69ci8iPnBI0zoHPPn",
     "npm_HRcprB2Yk99yUhcuIlU69ci8iPnBI0zoHPPn"),
    ("SECRET_PYPI_TOKEN", f"[pypi]\n  username = __token__\n  password = {PYPI_TOKEN}\n", PYPI_TOKEN),
    ("SECRET_DOCKERHUB_TOKEN", "echo dckr_pat_WsJHVJ6dGvQtaxeo2Ivd1_dBNhQ | docker login -u acmeci --password-stdin",
     "dckr_pat_WsJHVJ6dGvQtaxeo2Ivd1_dBNhQ"),
    ("SECRET_BUILDKITE_TOKEN", "BUILDKITE_API_TOKEN=bkua_0692ac57cc4f454daf21c804f3ec624a1abc940c",
     "bkua_0692ac57cc4f454daf21c804f3ec624a1abc940c"),
    ("SECRET_TERRAFORM_TOKEN", f'{{"credentials": {{"app.terraform.io": {{"token": "{TFC_TOKEN}"}}}}}}', TFC_TOKEN),
    ("SECRET_PULUMI_TOKEN", "- run: pulumi up --yes\n  env:\n"
     "    PULUMI_ACCESS_TOKEN: pul-23b0b17db830222d9e491ab79b18cca2299b5ea4",
     "pul-23b0b17db830222d9e491ab79b18cca2299b5ea4"),
    ("SECRET_DOPPLER_TOKEN", "doppler run --token dp.st.prd.GqxwBkmnyfXphq4t7R3twXkxsHx0iADPtQ1qgU35H6b -- npm start",
     "dp.st.prd.GqxwBkmnyfXphq4t7R3twXkxsHx0iADPtQ1qgU35H6b"),
    ("SECRET_VAULT_TOKEN", f"$ export VAULT_ADDR=https://vault.acme.internal:8200\n$ export VAULT_TOKEN={VAULT_TOKEN}",
     VAULT_TOKEN),
    ("SECRET_VAULT_TOKEN", f'{{"auth": {{"client_token": "{VAULT_BATCH_TOKEN}", "renewable": false}}}}',
     VAULT_BATCH_TOKEN),
    ("SECRET_POSTMAN_KEY", "curl https://api.getpostman.com/collections "
     "-H 'X-Api-Key: PMAK-1d596c4b8a482c521b0650ce-5099a2b749d4a45909452bbf683e7fb4be'",
     "PMAK-1d596c4b8a482c521b0650ce-5099a2b749d4a45909452bbf683e7fb4be"),
    ("SECRET_DATABRICKS_TOKEN", "[DEFAULT]\nhost = https://adb-1234.5.azuredatabricks.net\n"
     "token = dapice614be008b374b9f1321a9d849aabac-2\n", "dapice614be008b374b9f1321a9d849aabac-2"),
    ("SECRET_HUGGINGFACE_TOKEN", "huggingface-cli login --token hf_Cx4rarODhz395kMuf7z65fmalHjV6Yi6A6",
     "hf_Cx4rarODhz395kMuf7z65fmalHjV6Yi6A6"),
    ("SECRET_GRAFANA_TOKEN", '{"grafana": {"url": "https://grafana.acme.io", '
     '"serviceAccountToken": "glsa_fzMdOCK34Khi3UmtM6L2jCDKwbXRRcRy_0e5dccae"}}',
     "glsa_fzMdOCK34Khi3UmtM6L2jCDKwbXRRcRy_0e5dccae"),
    ("SECRET_GRAFANA_TOKEN", f"GRAFANA_CLOUD_ACCESS_POLICY_TOKEN={GRAFANA_CLOUD_TOKEN}", GRAFANA_CLOUD_TOKEN),
    ("SECRET_ATLASSIAN_TOKEN", f"curl -u ana@acme.io:{ATLASSIAN_TOKEN} https://acme.atlassian.net/rest/api/3/myself",
     ATLASSIAN_TOKEN),
    ("SECRET_DIGITALOCEAN_TOKEN", "doctl auth init --access-token "
     "dop_v1_ab81ef1c80d30a88dd2341f22417dde9fd9d48034395cefdcdb85787665e00ce",
     "dop_v1_ab81ef1c80d30a88dd2341f22417dde9fd9d48034395cefdcdb85787665e00ce"),
    ("SECRET_HEROKU_API_KEY", "HEROKU_API_KEY=HRKU-AAuq4bxrWjbfT8MY2lYw_VrNclRPRlnOV8kaCtNGwwsNc_SkA8qncfCv0a2V",
     "HRKU-AAuq4bxrWjbfT8MY2lYw_VrNclRPRlnOV8kaCtNGwwsNc_SkA8qncfCv0a2V"),
    ("SECRET_LINEAR_KEY", "curl https://api.linear.app/graphql -H 'Authorization: "
     "lin_api_jBJr36Xn6oTVrBf6o6vacnzz41m00Qu0bO7IuUHe'", "lin_api_jBJr36Xn6oTVrBf6o6vacnzz41m00Qu0bO7IuUHe"),
    ("SECRET_AIRTABLE_TOKEN", f"AIRTABLE_TOKEN={AIRTABLE_PAT}", AIRTABLE_PAT),
    ("SECRET_NOTION_TOKEN", 'const notion = new Client({ auth: '
     '"secret_eTyLXDHzeViwpJ9o6aFKTunu0jy6dXBUJ4hTWAesfDb" });',
     "secret_eTyLXDHzeViwpJ9o6aFKTunu0jy6dXBUJ4hTWAesfDb"),
    ("SECRET_NOTION_TOKEN", "NOTION_TOKEN=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\nNOTION_DB=tasks",
     "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"),
    # --- messaging and SaaS ---
    ("SECRET_SLACK_TOKEN", f"SLACK_SIGNING_SECRET=\nSLACK_APP_TOKEN={SLACK_APP_TOKEN}", SLACK_APP_TOKEN),
    ("SECRET_SLACK_WEBHOOK", "curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"deployed\"}' "
     "https://hooks.slack.com/services/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",
     "https://hooks.slack.com/services/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"),
    ("SECRET_DISCORD_WEBHOOK", f'{{"alerts": {{"discord_webhook": "{DISCORD_WEBHOOK}"}}}}', DISCORD_WEBHOOK),
    ("SECRET_DISCORD_BOT_TOKEN", "# discord.py bot\n"
     "client.run('MvDN4SLBg0OZnzdmYJrkIqs6wc.8GnH1x.IyQpXGlPwxLiDhyVbW6wiwZQB9vf2K08cUmhLk')",
     "MvDN4SLBg0OZnzdmYJrkIqs6wc.8GnH1x.IyQpXGlPwxLiDhyVbW6wiwZQB9vf2K08cUmhLk"),
    ("SECRET_TELEGRAM_BOT_TOKEN", "TELEGRAM_BOT_TOKEN=8678496914:AAnEPJmSFt5iYvQsYRcOIWN1dvqd4EJdT6e",
     "8678496914:AAnEPJmSFt5iYvQsYRcOIWN1dvqd4EJdT6e"),
    ("SECRET_TELEGRAM_BOT_TOKEN",
     "curl https://api.telegram.org/bot8678496914:AAnEPJmSFt5iYvQsYRcOIWN1dvqd4EJdT6e/getMe",
     "8678496914:AAnEPJmSFt5iYvQsYRcOIWN1dvqd4EJdT6e"),
    ("SECRET_FCM_SERVER_KEY", f"curl https://fcm.googleapis.com/fcm/send -H 'Authorization: key={FCM_KEY}'", FCM_KEY),
    ("SECRET_STRIPE_KEY", "STRIPE_WEBHOOK_SECRET=whsec_z5DbRGaLbMkhwQaP2Y37G7AbiMJT1VHj",
     "whsec_z5DbRGaLbMkhwQaP2Y37G7AbiMJT1VHj"),
    # A shorter webhook signing secret in prose (other providers and test secrets use the prefix too).
    ("SECRET_STRIPE_KEY", "Partner notes: callback signing secret whsec_7Hq2LmX9vR4tBn3K.", "whsec_7Hq2LmX9vR4tBn3K"),
    ("SECRET_SQUARE_TOKEN", "curl https://connect.squareup.com/v2/locations "
     "-H 'Authorization: Bearer sq0atp-RpPz9lLf-88x2iU-ju0plK'", "sq0atp-RpPz9lLf-88x2iU-ju0plK"),
    ("SECRET_SQUARE_TOKEN", "square:\n  application_secret: sq0csp-KY7K41V7vDLa1uYseBcK1Ce6Qb95R9d7ko8tg_8ijLy",
     "sq0csp-KY7K41V7vDLa1uYseBcK1Ce6Qb95R9d7ko8tg_8ijLy"),
    ("SECRET_SQUARE_TOKEN",
     "client = Client(access_token='EAAAeBdy4C0NpBB8kKZLsgkgYpyjKkyO1_zk_Zbuv7uuZGMwXX6uj-gRgH907alz')",
     "EAAAeBdy4C0NpBB8kKZLsgkgYpyjKkyO1_zk_Zbuv7uuZGMwXX6uj-gRgH907alz"),
    ("SECRET_GITLAB_TOKEN",
     "GET /api/v4/projects?private_token=glpat-Xq7vB2nLp9Xw4T8sY1cZ6dF3hJ0aEuKi5o.01.0w1b6y3gm HTTP/1.1",
     "glpat-Xq7vB2nLp9Xw4T8sY1cZ6dF3hJ0aEuKi5o.01.0w1b6y3gm"),
    ("SECRET_BRAINTREE_TOKEN", "gateway = braintree.BraintreeGateway("
     "access_token='access_token$production$pi9eqg0i2em4mtzc$48a826e7c4acd6fbcb95fa2b34f8ee64')",
     "access_token$production$pi9eqg0i2em4mtzc$48a826e7c4acd6fbcb95fa2b34f8ee64"),
    ("SECRET_SHOPIFY_TOKEN", "curl https://acme.myshopify.com/admin/api/2024-01/shop.json "
     "-H 'X-Shopify-Access-Token: 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'", "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"),
    ("SECRET_SENDGRID_KEY", "SENDGRID_API_KEY='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'",
     "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"),
    ("SECRET_MAILGUN_KEY", "curl -s --user 'api:key-f62b719d99bd58d86f5f2b54d511de51' "
     "https://api.mailgun.net/v3/mg.acme.io/messages", "key-f62b719d99bd58d86f5f2b54d511de51"),
    ("SECRET_MAILGUN_KEY", "MAILGUN_DOMAIN=mg.acme.io\n"
     "MAILGUN_API_KEY=8c7b156e1b35a690e9658f35ca1476a3-71b6286e-abcc46fd",
     "8c7b156e1b35a690e9658f35ca1476a3-71b6286e-abcc46fd"),
    ("SECRET_TWILIO_KEY", "TWILIO_ACCOUNT_SID=AC0000\nTWILIO_API_KEY=SKadbadc84d6750bd3d0fa4762f3ea2fbc",
     "SKadbadc84d6750bd3d0fa4762f3ea2fbc"),
    ("SECRET_MAILCHIMP_KEY", '{"mailchimp": {"apiKey": "126291f427990692e95096a9ae1d7cc7-us14", "listId": "a1b2"}}',
     "126291f427990692e95096a9ae1d7cc7-us14"),
    ("SECRET_NEW_RELIC_KEY", "curl https://api.newrelic.com/graphql -H 'API-Key: NRAK-WI53ERPY88JU8S1O7KYL6T577ZP'",
     "NRAK-WI53ERPY88JU8S1O7KYL6T577ZP"),
    ("SECRET_NEW_RELIC_KEY", "common:\n  license_key: 05069baf8ae461e626f335fe2ae84c0dfedfNRAL\n  app_name: api",
     "05069baf8ae461e626f335fe2ae84c0dfedfNRAL"),
    ("SECRET_SENTRY_DSN", "SENTRY_DSN=https://24bd1adc8d11802e0f68c42178348f1d@o450123.ingest.sentry.io/4505871",
     "24bd1adc8d11802e0f68c42178348f1d"),
    ("SECRET_SENTRY_TOKEN", f"SENTRY_AUTH_TOKEN={SENTRY_ORG_TOKEN}", SENTRY_ORG_TOKEN),
    ("SECRET_SENTRY_TOKEN", "sentry-cli releases list --auth-token "
     "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",
     "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"),
    ("SECRET_MAPBOX_TOKEN", "MAPBOX_DOWNLOADS_TOKEN="
     "sk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6IcT3bEUvSVSVdg3M16K67.VaeJVt_l0IGuluD2895cSM",
     "sk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6IcT3bEUvSVSVdg3M16K67.VaeJVt_l0IGuluD2895cSM"),
    ("SECRET_OPENAI_KEY", 'curl https://api.openai.com/v1/models -H "Authorization: Bearer '
     'sk-svcacct-Xq83nLm2Pz7Rt5Vw9Ky4Hb6Jd1Fg0Cs"', "sk-svcacct-Xq83nLm2Pz7Rt5Vw9Ky4Hb6Jd1Fg0Cs"),
    ("SECRET_ANTHROPIC_KEY", 'client = anthropic.Anthropic('
     'api_key="sk-ant-api03-Rk4vN8qW2zLx7Tp5Jm3Hs9Bd6Yc1Gf0Ae-Xu_Q")',
     "sk-ant-api03-Rk4vN8qW2zLx7Tp5Jm3Hs9Bd6Yc1Gf0Ae-Xu_Q"),
    # --- keys and signed tokens ---
    ("SECRET_JWT", "the cookie was session=eyJhbGciOiJSUzI1NiIsImtpZCI6IjQ0In0.eyJzdWIiOiJ1XzgyMSIsImV4cCI6MX0"
     ".Qm9vN2xX4rTz8KpL1sDw; Path=/",
     "eyJhbGciOiJSUzI1NiIsImtpZCI6IjQ0In0.eyJzdWIiOiJ1XzgyMSIsImV4cCI6MX0.Qm9vN2xX4rTz8KpL1sDw"),
    ("SECRET_PRIVATE_KEY", f"cat ~/.ssh/id_ed25519\n{OPENSSH_KEY}\n$ ", OPENSSH_KEY),
    ("SECRET_PRIVATE_KEY", f"users:\n- name: admin\n  user:\n    client-key-data: {KUBE_KEY_DATA}\n", KUBE_KEY_DATA),
    ("SECRET_AGE_KEY", "# created: 2024-05-02T10:11:12Z\n# public key: age1qyqszqgpqyqszqgpqyqszqgpqyqszqgp\n"
     "AGE-SECRET-KEY-13WD52REKRM3UXVR5WPVAHSZL6YKFF6VQH47UM3VGGJPGSFLQQ3QQUFHDSQ",
     "AGE-SECRET-KEY-13WD52REKRM3UXVR5WPVAHSZL6YKFF6VQH47UM3VGGJPGSFLQQ3QQUFHDSQ"),
    ("SECRET_DJANGO_SECRET_KEY", "SECRET_KEY = 'django-insecure-*-im4mna5^%*)0%w@hkt^gm8t)%s*l(*q&@qnb_=p3nr^&g2^4'",
     "django-insecure-*-im4mna5^%*)0%w@hkt^gm8t)%s*l(*q&@qnb_=p3nr^&g2^4"),
    # --- passwords and authorization headers ---
    ("SECRET_URL_PASSWORD", "REDIS_URL=redis://:Vq7pL2xR9mKw@cache.internal:6379/0", "Vq7pL2xR9mKw"),
    ("SECRET_URL_PASSWORD", "DB_HOST=db.internal\nDB_PASSWORD=Mq4!vTz8wPl2\nDB_PORT=5432", "Mq4!vTz8wPl2"),
    ("SECRET_URL_PASSWORD", 'spring:\n  datasource:\n    username: app\n    password: "Rv8 q3T;z&9p"\n',
     "Rv8 q3T;z&9p"),
    ("SECRET_URL_PASSWORD", "jdbc:mysql://db.internal:3306/shop?user=shop&password=Kp3wZ7qNx2&useSSL=true",
     "Kp3wZ7qNx2"),
    ("SECRET_URL_PASSWORD", "curl -u admin:Tr0ub4dor3x https://jenkins.acme.io/api/json", "Tr0ub4dor3x"),
    ("SECRET_BEARER_TOKEN", "curl -H 'Authorization: Token 3dce14548b42c4316643240f103369b78ed12bf8' "
     "https://api.acme.io/v1/me", "3dce14548b42c4316643240f103369b78ed12bf8"),
    ("SECRET_BEARER_TOKEN", "GET /v1/repos HTTP/1.1\nAuthorization: Basic ZGVwbG95LWJvdDpuazFJcGtDM0tXMkJ4eHl1V3U=\n",
     "ZGVwbG95LWJvdDpuazFJcGtDM0tXMkJ4eHl1V3U="),
    ("SECRET_BEARER_TOKEN", 'headers = {"Authorization": '
     '"Bot MQTl30FR9NOiKaQfkwXiiiUD3m.leV-ab.m-sdxJ1q4qkyhxhEfXs_qydpmJ3LIdw1a_GBhs"}',
     "MQTl30FR9NOiKaQfkwXiiiUD3m.leV-ab.m-sdxJ1q4qkyhxhEfXs_qydpmJ3LIdw1a_GBhs"),
    ("SECRET_BEARER_TOKEN", '{"auths": {"https://index.docker.io/v1/": '
     '{"auth": "Y2ktcHVibGlzaGVyOlNIdW9WNE4yQnNLWGVRSWtvQmRo"}}}', "Y2ktcHVibGlzaGVyOlNIdW9WNE4yQnNLWGVRSWtvQmRo"),
    # --- generic ---
    ("SECRET_HIGH_ENTROPY", '{"grant_type": "refresh_token", '
     '"refresh_token": "GTpsCkvDMR5bxJTEMUxceqrrCj7SQPrxqH9QKUYK"}',
     "GTpsCkvDMR5bxJTEMUxceqrrCj7SQPrxqH9QKUYK"),
    ("SECRET_HIGH_ENTROPY", "ENCRYPTION_KEY=hrYEfZONGtCG3wNA1Ca6A1kaB70jdEtgjLJ8vQm5s9kZ",
     "hrYEfZONGtCG3wNA1Ca6A1kaB70jdEtgjLJ8vQm5s9kZ"),
    ("SECRET_HIGH_ENTROPY", "Marco: can you send me the Cloudflare API token for staging?\n"
     "Ana: sure, here it is:\nggjr8m6ilqRQBTthiFNEnAR8xtH9rHgd\nMarco: thanks!", "ggjr8m6ilqRQBTthiFNEnAR8xtH9rHgd"),
    # --- announced in prose: quoted, alone on a later line, hex keys, other languages ---
    ("SECRET_HIGH_ENTROPY", "Lea: what's the Algolia admin key?\nTom: `Qm9xR2tLpZ7wYh3Jd9FbGe6Ua0Tq5Xs1`",
     "Qm9xR2tLpZ7wYh3Jd9FbGe6Ua0Tq5Xs1"),
    ("SECRET_HIGH_ENTROPY",
     "can you DM me the service token?\nsent, use this one\nR7kPq2ZxWm9LtB4vYc8NdH3sJf6Ga1Ue\nok",
     "R7kPq2ZxWm9LtB4vYc8NdH3sJf6Ga1Ue"),
    ("SECRET_HIGH_ENTROPY", "the Twilio auth token for prod is 3f60b4936b18d25e1f7b028af050bd3e, rotate it monthly",
     "3f60b4936b18d25e1f7b028af050bd3e"),
    ("SECRET_HIGH_ENTROPY", "Der API-Schlüssel ist Zk3mQ9pL2xW7vR4tY8nB1cD6fG0hJ5sA.",
     "Zk3mQ9pL2xW7vR4tY8nB1cD6fG0hJ5sA"),
    ("SECRET_URL_PASSWORD", "Hallo Jens, das Passwort für den SFTP-Zugang lautet Sommer2024!. Gruß", "Sommer2024!"),
    ("SECRET_URL_PASSWORD", "ステージングのパスワードは kiwi#4821Luna です", "kiwi#4821Luna"),
    # --- names apart from values ---
    ("SECRET_HIGH_ENTROPY", "<server><id>nexus</id><password>Kaffee-4821-Zebra</password></server>",
     "Kaffee-4821-Zebra"),
    ("SECRET_HIGH_ENTROPY", '<add key="StripeWebhookSecret" value="Wm9xR2tLpZ7wYh3Jd9FbGe6Ua0Tq5Xs1" />',
     "Wm9xR2tLpZ7wYh3Jd9FbGe6Ua0Tq5Xs1"),
    ("SECRET_HIGH_ENTROPY", 'env:\n  - name: DD_APP_KEY\n    value: "a9082e3f6213267efe4cec29dedb5515e2ba9e84"',
     "a9082e3f6213267efe4cec29dedb5515e2ba9e84"),
    ("SECRET_HIGH_ENTROPY", "FROM python:3.11\nENV ALGOLIA_ADMIN_KEY 2fb008a06b45c7a4600bd64a7d8089e2\n",
     "2fb008a06b45c7a4600bd64a7d8089e2"),
    ("SECRET_HIGH_ENTROPY", "$ acme-cli login --api-key Qm9xR2tLpZ7wYh3Jd9FbGe6Ua0Tq5Xs1 --region eu",
     "Qm9xR2tLpZ7wYh3Jd9FbGe6Ua0Tq5Xs1"),
    ("SECRET_HIGH_ENTROPY", 'gh secret set CF_TOKEN_PROD_EU --body "Zk3mQ9pL2xW7vR4tY8nB1cD6fG0hJ5sA"',
     "Zk3mQ9pL2xW7vR4tY8nB1cD6fG0hJ5sA"),
    # --- passwords on command lines and in config files ---
    ("SECRET_URL_PASSWORD", "vpn-cli connect --password river2024% --host gw.internal", "river2024%"),
    ("SECRET_URL_PASSWORD", "docker login -u ci-bot -p Zebra.6519Zebra registry.internal", "Zebra.6519Zebra"),
    ("SECRET_URL_PASSWORD", "mysql -h legacy-db-02 -u root -pK3nBNa815y2tEa9 shop", "K3nBNa815y2tEa9"),
    ("SECRET_URL_PASSWORD", "sshpass -p 'otter1975?' ssh deploy@10.0.3.17", "otter1975?"),
    ("SECRET_URL_PASSWORD", "machine api.heroku.com\n  login deploy@acme.io\n  password Panda1988?x\n", "Panda1988?x"),
    ("SECRET_URL_PASSWORD", "bind 0.0.0.0\nrequirepass maple#9520Kiwi\n", "maple#9520Kiwi"),
    ("SECRET_URL_PASSWORD", 'r = requests.get(url, auth=("bot@acme.io", "luna-maple-soleil27"))',
     "luna-maple-soleil27"),
    ("SECRET_BEARER_TOKEN",
     "GET /api/v1/users HTTP/1.1\nAuthorization: SSWS 00Ful7jPrQSzbYP20WhxDoGVOCicIz9qeODjuaHrL9\n",
     "00Ful7jPrQSzbYP20WhxDoGVOCicIz9qeODjuaHrL9"),
    # --- key names in more layouts, found by the keyed rules ---
    ("SECRET_URL_PASSWORD", "define( 'DB_PASSWORD', 'Berlin1996%' );", "Berlin1996%"),
    ("SECRET_URL_PASSWORD", "PGPASSWORD='mMTNcFioMjAPmZS9j7g' psql -h db.internal", "mMTNcFioMjAPmZS9j7g"),
    ("SECRET_URL_PASSWORD", '    b.password("winter-monday-orange56");', "winter-monday-orange56"),
    ("SECRET_HIGH_ENTROPY", 'os.environ["ALGOLIA_ADMIN_KEY"] = "2fb008a06b45c7a4600bd64a7d8089e2"',
     "2fb008a06b45c7a4600bd64a7d8089e2"),
    ("SECRET_HIGH_ENTROPY", 'const DD_APP_KEY: &str = "32ed2ab1157481722ae07b681d437168ac188b0c";',
     "32ed2ab1157481722ae07b681d437168ac188b0c"),
    ("SECRET_HIGH_ENTROPY", 'curl -H "X-Api-Key: Qm9xR2tLpZ7wYh3Jd9FbGe6Ua0Tq5Xs1" https://api.acme.io',
     "Qm9xR2tLpZ7wYh3Jd9FbGe6Ua0Tq5Xs1"),
]


# --- formats and layouts added for issue #11 (tune data: evals/pii/tune_extra2.py) ------------
# Bodies are repeated made-up characters of the right alphabet and length.
_A = "Qm9xR2tLpZ7wYh3J"  # 16 alphanumeric characters
_H = "3f9a1c2e7b4d8f60"  # 16 hex digits
CASES += [
    # newer vendor formats
    ("SECRET_GOOGLE_OAUTH_TOKEN", "Authorization: OAuth ya29.a0AfB_by" + _A * 4, "ya29.a0AfB_by" + _A * 4),
    ("SECRET_GOOGLE_OAUTH_TOKEN", "refresh token 1//0g" + _A * 5 + " saved", "1//0g" + _A * 5),
    ("SECRET_AI_PROVIDER_KEY", "GROQ gsk_" + _A * 3 + "Ab12", "gsk_" + _A * 3 + "Ab12"),
    ("SECRET_AI_PROVIDER_KEY", "r8_" + _A * 2 + "Zz9x1" + " (replicate)", "r8_" + _A * 2 + "Zz9x1"),
    ("SECRET_AI_PROVIDER_KEY", "key pplx-" + _A * 3, "pplx-" + _A * 3),
    ("SECRET_AI_PROVIDER_KEY", "xai-" + _A * 5, "xai-" + _A * 5),
    ("SECRET_AI_PROVIDER_KEY", "LANGSMITH lsv2_pt_" + _H * 2 + "_" + _H[:10], "lsv2_pt_" + _H * 2 + "_" + _H[:10]),
    ("SECRET_AI_PROVIDER_KEY", "pcsk_4Fq2x_" + _A * 4, "pcsk_4Fq2x_" + _A * 4),
    ("SECRET_REGISTRY_TOKEN", "GEM_HOST_API_KEY: rubygems_" + _H * 3, "rubygems_" + _H * 3),
    ("SECRET_REGISTRY_TOKEN", "dotnet nuget push -k oy2" + "abcdefgh234567" * 3 + "x",
     "oy2" + "abcdefgh234567" * 3 + "x"),
    ("SECRET_REGISTRY_TOKEN", "X-JFrog-Art-Api: AKCp8" + _A * 4 + "Ab1x", "AKCp8" + _A * 4 + "Ab1x"),
    ("SECRET_SUPABASE_KEY", "supabase login --token sbp_" + _H * 2 + "3f9a1c2e", "sbp_" + _H * 2 + "3f9a1c2e"),
    ("SECRET_SUPABASE_KEY", "sb_secret_" + _A * 2, "sb_secret_" + _A * 2),
    ("SECRET_NETLIFY_TOKEN", "netlify deploy --auth nfp_" + _A * 2 + "Ab12", "nfp_" + _A * 2 + "Ab12"),
    ("SECRET_RENDER_KEY", "RENDER rnd_" + _A * 2, "rnd_" + _A * 2),
    ("SECRET_FLY_TOKEN", "Authorization: FlyV1 fm2_" + _A * 4 + "==", "FlyV1 fm2_" + _A * 4 + "=="),
    ("SECRET_FIGMA_TOKEN", "X-Figma-Token: figd_" + _A * 2 + "Ab-_Cd12", "figd_" + _A * 2 + "Ab-_Cd12"),
    ("SECRET_CONTENTFUL_TOKEN", "CFPAT-" + _A * 2 + "Ab-_Cd12Ef3", "CFPAT-" + _A * 2 + "Ab-_Cd12Ef3"),
    ("SECRET_DYNATRACE_TOKEN", "Api-Token dt0c01.ABCDEFGHIJKLMNOPQRSTUVWX." + "A1B2C3D4" * 8,
     "dt0c01.ABCDEFGHIJKLMNOPQRSTUVWX." + "A1B2C3D4" * 8),
    ("SECRET_SONAR_TOKEN", "sonar.token squ_" + _H * 2 + "3f9a1c2e", "squ_" + _H * 2 + "3f9a1c2e"),
    ("SECRET_CIRCLECI_TOKEN", "Circle-Token: CCIPAT_" + _A + "Ab12Cd_" + _H * 2 + "3f9a1c2e",
     "CCIPAT_" + _A + "Ab12Cd_" + _H * 2 + "3f9a1c2e"),
    ("SECRET_1PASSWORD_TOKEN", "OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ" + _A * 8, "ops_eyJ" + _A * 8),
    ("SECRET_HUBSPOT_TOKEN", "Bearer-less pat-na1-3f1c9a7e-8b2d-4e6f-a1c3-5d7b9e0f2a48 in the script",
     "pat-na1-3f1c9a7e-8b2d-4e6f-a1c3-5d7b9e0f2a48"),
    ("SECRET_BREVO_KEY", "api-key: xkeysib-" + _H * 4 + "-" + _A, "xkeysib-" + _H * 4 + "-" + _A),
    ("SECRET_SHIPPO_TOKEN", "ShippoToken shippo_live_" + _H * 2 + "3f9a1c2e", "shippo_live_" + _H * 2 + "3f9a1c2e"),
    ("SECRET_FLUTTERWAVE_KEY", "FLWSECK-" + _H * 2 + "-X", "FLWSECK-" + _H * 2 + "-X"),
    ("SECRET_LAUNCHDARKLY_KEY", "ldclient.Config('sdk-3f1c9a7e-8b2d-4e6f-a1c3-5d7b9e0f2a48')",
     "sdk-3f1c9a7e-8b2d-4e6f-a1c3-5d7b9e0f2a48"),
    ("SECRET_FACEBOOK_TOKEN", "graph.facebook.com/me?access_token=EAAG" + _A * 7, "EAAG" + _A * 7),
    ("SECRET_TWITTER_TOKEN", "Bearer " + "A" * 21 + _A + "%3D" + _A * 3, "A" * 21 + _A + "%3D" + _A * 3),
    ("SECRET_ALIBABA_KEY", "AccessKeyId LTAI5t" + _A[:14], "LTAI5t" + _A[:14]),
    ("SECRET_TENCENT_KEY", "SecretId: AKID" + _A * 2, "AKID" + _A * 2),
    # changed vendor rules: more GitLab and Atlassian prefixes, New Relic insert keys, keys ending in '-'
    ("SECRET_GITLAB_TOKEN", "CI_JOB_TOKEN=glcbt-" + _A + "Ab12", "glcbt-" + _A + "Ab12"),
    ("SECRET_ATLASSIAN_TOKEN", "bitbucket app password ATBB" + _A * 2 + "3F9A1C2E", "ATBB" + _A * 2 + "3F9A1C2E"),
    ("SECRET_NEW_RELIC_KEY", "X-Insert-Key: NRII-" + _A * 2, "NRII-" + _A * 2),
    ("SECRET_SENDGRID_KEY", "SG." + _A + "Ab12Cd." + _A * 2 + "Ab12Cd3Ef4-\n",
     "SG." + _A + "Ab12Cd." + _A * 2 + "Ab12Cd3Ef4-"),
    # name and value apart: CLI tables, Markdown tables, *_PAT names
    ("SECRET_HIGH_ENTROPY", "Key            Value\n---            -----\ndb_password    Zebra1974!x\nversion        7",
     "Zebra1974!x"),
    ("SECRET_HIGH_ENTROPY", "| Name | Value |\n|---|---|\n| DB_PASSWORD | Zebra1974!x |\n| REGION | eu-west-1 |",
     "Zebra1974!x"),
    ("SECRET_HIGH_ENTROPY", "AZDO_PAT=k3v7qz2lx5m4n6p8r2t4w6y8b3c5d7f9h2j4kq7z",
     "k3v7qz2lx5m4n6p8r2t4w6y8b3c5d7f9h2j4kq7z"),
    ("SECRET_HIGH_ENTROPY", "APP_KEY=base64:UF+54CO7RZ/jPTeHunQKRmIbxPzhptD21l1mtcdBork=",
     "base64:UF+54CO7RZ/jPTeHunQKRmIbxPzhptD21l1mtcdBork="),
    ("SECRET_HIGH_ENTROPY",
     "az storage blob upload --account-name acme --account-key " + AZURE_ACCOUNT_KEY + " --file x",
     AZURE_ACCOUNT_KEY),
    ("SECRET_HIGH_ENTROPY", "wss://stream.acme.io/v1/ws?token=abcDEF123456ghiJKL789&client=web&v=2.37.15",
     "abcDEF123456ghiJKL789"),
    ("SECRET_HIGH_ENTROPY", "mc alias set prod https://minio.acme.io:9000 admin Zebra1974!x", "Zebra1974!x"),
    ("SECRET_HIGH_ENTROPY", "here's the staging key `Qm9xR2tLpZ7wYh3Jd9FbGe6Ua0Tq5Xs1` - will rotate after the demo",
     "Qm9xR2tLpZ7wYh3Jd9FbGe6Ua0Tq5Xs1"),
    ("SECRET_HIGH_ENTROPY",
     "can you paste the Datadog app key?\nBob: 32ed2ab1157481722ae07b681d437168ac188b0c\nAna: ty",
     "32ed2ab1157481722ae07b681d437168ac188b0c"),
    ("SECRET_PRIVATE_KEY", '{"kty": "EC", "crv": "P-256", "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU", '
     '"d": "jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI"}', "jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI"),
    # passwords: SQL, PowerShell, command-line options of common tools, protocol transcripts, pgpass
    ("SECRET_URL_PASSWORD", "ALTER USER 'repl'@'%' IDENTIFIED BY 'Zebra1974!x';", "Zebra1974!x"),
    ("SECRET_URL_PASSWORD", '$p = ConvertTo-SecureString "Zebra1974!x" -AsPlainText -Force', "Zebra1974!x"),
    ("SECRET_URL_PASSWORD", "keytool -list -keystore app.jks -storepass Zebra1974!x", "Zebra1974!x"),
    ("SECRET_URL_PASSWORD", "openssl pkcs12 -export -in c.pem -inkey k.pem -out b.p12 -passout pass:Zebra1974!x",
     "Zebra1974!x"),
    ("SECRET_URL_PASSWORD", 'ldapsearch -x -H ldaps://dc01 -D "cn=svc,dc=corp" -w Zebra1974!x -b "dc=corp"',
     "Zebra1974!x"),
    ("SECRET_URL_PASSWORD", "redis-cli -h cache.internal -a 'Zebra1974!x' --no-auth-warning INFO", "Zebra1974!x"),
    ("SECRET_URL_PASSWORD", "plink -ssh root@db01 -pw Zebra1974!x uptime", "Zebra1974!x"),
    ("SECRET_URL_PASSWORD", "lftp -u backup,Zebra1974!x sftp://files.acme.io", "Zebra1974!x"),
    ("SECRET_URL_PASSWORD", "http -a admin:Zebra1974!x GET https://jenkins.acme.io/api/json", "Zebra1974!x"),
    ("SECRET_URL_PASSWORD", "cmdkey /add:fs01 /user:CORP\\svc /pass:Zebra1974!x", "Zebra1974!x"),
    ("SECRET_URL_PASSWORD", "net use Z: \\\\fs01\\projects /user:CORP\\svc Zebra1974!x /persistent:yes", "Zebra1974!x"),
    ("SECRET_URL_PASSWORD", "USER backup\n331 Please specify the password.\nPASS Zebra1974!x\n230 Login successful.",
     "Zebra1974!x"),
    ("SECRET_URL_PASSWORD", "* OK Dovecot ready.\na1 LOGIN ops@acme.io Zebra1974!x\na1 OK Logged in", "Zebra1974!x"),
    ("SECRET_URL_PASSWORD", '1717171717.12 [0 10.0.4.7:51234] "AUTH" "default" "Zebra1974!x"', "Zebra1974!x"),
    ("SECRET_URL_PASSWORD", "db01.acme.io:5432:orders:app:Zebra1974!x", "Zebra1974!x"),
    ("SECRET_URL_PASSWORD", "Zugangsdaten: Benutzer deploy / Passwort Zebra1974!x", "Zebra1974!x"),
    ("SECRET_URL_PASSWORD", "login is admin / Zebra1974!x", "Zebra1974!x"),
    # the keyed password rule: escaped JSON quotes, Groovy-style values, psk/authtok, names ending in
    # an excluded word's letters (ADMIN_, REDIS_), generated passphrases, base64 starting with '/'
    ("SECRET_URL_PASSWORD", 'body="{\\"username\\":\\"bob\\",\\"password\\":\\"Zebra1974!x\\"}"', "Zebra1974!x"),
    ("SECRET_URL_PASSWORD", 'storePassword "Zebra1974!x"', "Zebra1974!x"),
    ("SECRET_URL_PASSWORD", 'network={\n    ssid="Office"\n    psk="Zebra1974!x"\n}', "Zebra1974!x"),
    ("SECRET_URL_PASSWORD", "ldap_default_authtok = Zebra1974!x", "Zebra1974!x"),
    ("SECRET_URL_PASSWORD", "ADMIN_PASSWORD=Zebra1974!x", "Zebra1974!x"),
    ("SECRET_URL_PASSWORD", 'environment=REDIS_PASSWORD="Zebra1974!x",LOG_LEVEL="info"', "Zebra1974!x"),
    ("SECRET_URL_PASSWORD", "password: maple-cobalt-voyage", "maple-cobalt-voyage"),
    ("SECRET_URL_PASSWORD", "//nexus.acme.io/npm/:_password=/s9h2IrUhvuSWpyCECu6EOllwxuMTWfAoEpTIgZuYEs=",
     "/s9h2IrUhvuSWpyCECu6EOllwxuMTWfAoEpTIgZuYEs="),
    ("SECRET_URL_PASSWORD", "define( 'DB_PASSWORD', 'a(D&m6KU4&JY8Mbf' );", "a(D&m6KU4&JY8Mbf"),
    ("SECRET_URL_PASSWORD", "mysql -h db -u root -p$WtE9W*gz6BuMs92%z shop", "$WtE9W*gz6BuMs92%z"),
    ("SECRET_URL_PASSWORD", "amqp://worker:meadow.cactus.lantern.soleil@mq.internal:5672/jobs",
     "meadow.cactus.lantern.soleil"),
    # prose: "pw", "password's"
    ("SECRET_URL_PASSWORD", "pw for the NAS admin is Lantern2083!", "Lantern2083!"),
    ("SECRET_URL_PASSWORD", "password's Zebra1974!x btw", "Zebra1974!x"),
]

@pytest.mark.parametrize(("entity", "text", "secret"), CASES)
def test_secret_found_exactly(engine: PiiEngine, entity: str, text: str, secret: str) -> None:
    res = engine.analyze(text, frozenset({entity}), [])
    assert [(r.entity_type, text[r.start:r.end]) for r in res] == [(entity, secret)]


def test_every_secret_entity_has_a_case() -> None:
    """A new rule's entity fails here until CASES holds an example of it."""
    assert {r.entity for r in SECRET_RULES} - {entity for entity, _, _ in CASES} == set()


@pytest.mark.parametrize("rule", SECRET_RULES, ids=lambda r: r.entity)
def test_every_rule_finds_one_of_the_cases(rule: SecretRule) -> None:
    """Each rule on its own (not only its entity: several rules share one) finds a case's secret."""
    rx = re.compile(rule.regex, rule.flags)
    found = {
        (text, m.group(rule.group))
        for entity, text, _ in CASES if entity == rule.entity
        for m in rx.finditer(text)
        if m.group(rule.group) and (rule.check is None or rule.check(m.group(rule.group)))
    }
    assert any((text, secret) in found for entity, text, secret in CASES if entity == rule.entity)


@pytest.mark.parametrize("text", [
    "token: configuration_value_for_the_app",  # low entropy next to a key name
    "the task-list is at sk-learn docs",  # "sk-" without a key body
    "Bearer of bad news",  # "bearer" without a token
    "commit 3f9a1c2 on main",
    # placeholders and masks
    "OPENAI_API_KEY=your-api-key-here",
    "STRIPE_SECRET_KEY=sk_live_xxxxxxxx",
    "STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx",
    "GITHUB_TOKEN=ghp_************************************",
    "curl -H 'Authorization: Bearer <token>' https://api.acme.io/v1/me",
    '{"username": "admin", "password": "********"}',
    "api_key: [REDACTED]\nclient_secret: [REDACTED]",
    "DATABASE_URL=postgres://app:<password>@db.internal:5432/app",
    # names apart from values, command lines and prose: placeholders, ids, hashes, words
    '<add key="BuildId" value="b10f79c3-8a88-4347-96b1-a07e7ccb5492" />',
    "<next_page_token>CiAKGjBpZGFmZ2hqa2xtbm9wcXJzdHV2d3h5ejAx</next_page_token>",
    "<password>${DB_PASSWORD}</password>",
    "- name: API_TOKEN_URL\n  value: https://auth.acme.io/oauth/token",
    "docker login -u ci-bot --password-stdin registry.internal",
    "acme-cli deploy --token-file /run/secrets/token --env prod",
    "the release key fingerprint is sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    "the session id is 9f86d081884c7d659a2feaa0c55ad015, token expired",
    "das Passwort ist abgelaufen, bitte Passwort vergessen klicken",
    "la contraseña es Incorrecta",
    "the password was reset on 2024-03-01T10:00:00Z",
    "send the password to maria@example.com please",
    # references to a secret kept elsewhere
    "      - run: ./deploy.sh\n        env:\n          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}",
    "const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });",
    "export PGPASSWORD=$DB_PASSWORD",
    "password: ${POSTGRES_PASSWORD}",
    # publishable and public keys, certificates
    "STRIPE_PUBLISHABLE_KEY=pk_live_51NcQm2Kx8vRt4LpZ7wYh3Jd9FbGe6Ua0Tq5Xs1Mo",
    "Add this key to ~/.ssh/authorized_keys:\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ"
    "/L5pCGpj0e8dLlL3EBS9ty2ZHm2Gx9lsqgH3rB8dhGZZCYdY7z7V+kBCwUkS deploy@ci",
    "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAlmz1o9aBN8zCt53cFE9EPMKvERQl7Tzm\n"
    "-----END PUBLIC KEY-----",
    "-----BEGIN CERTIFICATE-----\nMIIC/zCCAeegAwIBAgIBYSr5G38dxtNY9J1G12ES2sPvrh1eX1euTAoeiMNSgFdy\n"
    "-----END CERTIFICATE-----",
    f"clusters:\n- cluster:\n    certificate-authority-data: {KUBE_CERT_DATA}\n    server: https://10.0.0.1:6443",
    # labelled hashes, UUIDs and ids
    "Token hash: sha256:9f2c4e1b7a3d5f8e0c6b2a9d4e7f1c3b5a8d0e2f4c6b8a1d3e5f7a9c0b2d4e6f",
    '{"api_key_id": "3f1c9a7e-8b2d-4e6f-a1c3-5d7b9e0f2a48", "name": "ci"}',
    "AZURE_CLIENT_ID=7d2e9b41-5c8a-4f36-b0e2-1a9c7f4d3e58\nAZURE_TENANT_ID=c4a8e2f1-9b3d-47e5-8a6c-2f0d1b9e7a34",
    # pagination and usage counts
    "GET /v1/files?page_size=100&page_token=Cg9hY21lX2ZpbGVzXzEyMzQSBwiA8LmJBhAB",
    '{"next_page_token": "CiAKGjBpNDd2Nmp2Zml2cXRsYjAwMDAwMBIHCgUxMjM0NQ", "items": []}',
    '{"model": "gpt-4o-mini", "max_tokens": 4096, "temperature": 0.2}',
    '"usage": {"prompt_tokens": 1523, "completion_tokens": 412, "total_tokens": 1935}',
])
def test_secret_negatives(engine: PiiEngine, text: str) -> None:
    secrets = frozenset(r.entity for r in SECRET_RULES)
    assert engine.analyze(text, secrets, []) == []


@pytest.mark.parametrize("text", [
    # "PAT" is also "pattern"; tables and SQL with no value, placeholders or words
    '_HEX_PAT = "[0-9A-Fa-f]{1,4}"\n_LS32_PAT = "(?:{hex}:{hex}|{ipv4})"',
    "| password | string | The user's password |\n| token | required | An API token |",
    "password_last_set   2024-01-01T00:00:00Z\npassword_policy     default",
    "-- run: ALTER USER app IDENTIFIED BY '<password>';",
    "resource \"random_password\" \"db_admin2\" {\n  length = 24\n}",
    # command lines that prompt or read the password elsewhere, and look-alike options
    "$securePass = ConvertTo-SecureString $plain -AsPlainText -Force",
    "openssl rsa -in enc.key -out plain.key -passin env:KEY_PASSPHRASE",
    "openssl rsa -in enc.key -passin file:/run/secrets/key_pass",
    "ldapsearch -x -W -D cn=admin,dc=corp -b dc=corp",
    'redis-cli -h cache -a "$REDIS_PASSWORD" PING',
    "msbuild app.sln /p:Configuration=Release /p:Platform=x64",
    "net use Z: \\\\fs01\\share /user:CORP\\bob *",
    # test runner output is no FTP session; "AUTH LOGIN" has no password
    " PASS  src/components/Button.test.tsx\n PASS  src/app.test.js\nTests: PASS 3/3",
    "AUTH LOGIN\n334 VXNlcm5hbWU6",
    # code: calls and names, not values
    "req = HTTPBasicAuth(username, password)(req)",
    "username/password authentication is disabled",
    "login: admin / admin",
    "pw = urllib.parse.unquote(pw)\npassword = self._get_password(url)\npassword = str(password)",
    "util._assertion_pass = saved_assert_hooks",
    "password: not-set-yet",
    # quoted names, hashes on the next line, public keys, publishable keys, masks and references
    "the token `GITHUB_TOKEN` must be set in the repository settings",
    "what was the commit sha?\nBob: 46f53fe379348ab059f5b1e57906c5aafeabed82",
    "the token list:\nGIT_COMMIT=46f53fe379348ab059f5b1e57906c5aafeabed82",
    "# created: 2025-01-01T00:00:00Z\n# public key: age1n7xyx30hj6ewh0kn0hqp8gzvr96dwmjfw8cgrkxvkdkkmnkem74ngysgze",
    "is this the right key to add to the IdP?\n-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAkZ1hpzkVOzUxKOiFSScF\n-----END PUBLIC KEY-----",
    'Stripe.api_key = ENV.fetch("STRIPE_KEY")\n'
    'Rails.configuration.stripe = { publishable_key: "pk.eyJ1IjoiIksIG5WaqgezlHJEIwMr.ANf6_ilpbU5sPZ3Vb0MPfH" }',
    "[ERROR] Cannot connect to amqps://guest:**@b-1.mq.acme.io:5671//: timed out",
    "MasterUserPassword: !Ref DbPassword\nDB_PASSWORD=%DB_PASSWORD%\n$env:API_KEY",
    "api.post(json={'password': 'x'}) status=500 req=3f1c9a7e-8b2d-4e6f-a1c3-5d7b9e0f2a48",
    # vendor look-alikes: mobile keys ship in apps, LaunchDarkly "api-" ids, object ids
    "mob-3f1c9a7e-8b2d-4e6f-a1c3-5d7b9e0f2a48 is the mobile key (public)",
    "the customer is cus_NffrFeUfNV2Hib, the payment pi_3MtwBwLkdIwHu7ix28a3tqPa",
])
def test_secret_negatives_issue_11(engine: PiiEngine, text: str) -> None:
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


def test_trigger_index_finds_exactly_the_words_a_substring_test_finds() -> None:
    words = sorted({t for r in SECRET_RULES for t in r.triggers})
    index = Triggers(words)
    rng = random.Random(7)
    alphabet = "abcdefghijklmnopqrstuvwxyz:/-_ .0123é密码"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        for w in rng.sample(words, 3):  # planted, sometimes overlapping others
            if rng.random() < 0.5:
                k = rng.randint(0, len(text))
                text = text[:k] + w + text[k:]
        want = {w for w in words if w in text and (w.isascii() or not text.isascii())}
        assert index.present(text) == want and index.any(text) == bool(want), text
    assert re.compile(literal_trie([])).search("anything") is None  # no words: never a match
