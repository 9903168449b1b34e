"""The console in a real headless Chromium (Debian's chromium and chromedriver, driven by Selenium):
sign in, filter, open a detail, follow the live tail, approve a held call, and nothing injected runs.

CI installs the browser (``.ci/run``) and sets ARBITER_REQUIRE_BROWSER=1, so there these tests cannot skip.
With ARBITER_SCREENSHOT_DIR set, they save screenshots of the main pages there (``docs/`` holds the
README's).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.select import Select
from selenium.webdriver.support.ui import WebDriverWait

from tests.api.controllers.test_approvals import BIG, REFUNDS
from tests.api.controllers.test_check import EMAIL_OK
from tests.conftest import Server
from tests.console.test_pages import XSS, new_operator

CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")
if not (CHROMIUM and CHROMEDRIVER):
    if os.environ.get("ARBITER_REQUIRE_BROWSER") == "1":
        raise RuntimeError("ARBITER_REQUIRE_BROWSER=1 but chromium/chromedriver are not installed "
                           "(apt-get install chromium chromium-driver)")
    pytest.skip("needs Debian's chromium and chromium-driver", allow_module_level=True)

# One database is enough here: the pages' queries run on both in test_pages.py.
pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


@pytest.fixture
def browser() -> Iterator[WebDriver]:
    opts = webdriver.ChromeOptions()
    opts.binary_location = str(CHROMIUM)
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1366,900", "--disable-extensions", "--no-first-run"):
        opts.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=opts)
    driver.implicitly_wait(0)
    try:
        yield driver
    finally:
        driver.quit()


def shot(driver: WebDriver, name: str) -> None:
    where = os.environ.get("ARBITER_SCREENSHOT_DIR")
    if where:
        Path(where).mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(Path(where) / f"console-{name}.png"))


def wait(driver: WebDriver, seconds: float = 10) -> WebDriverWait[Any]:
    return WebDriverWait(driver, seconds)


def sign_in(driver: WebDriver, server: Server, token: str, page: str = "/console/decisions") -> None:
    driver.get(server.url + page)
    wait(driver).until(ec.presence_of_element_located((By.ID, "token")))
    assert driver.current_url.startswith(server.url + "/console/login")
    driver.find_element(By.ID, "token").send_keys(token)
    driver.find_element(By.CSS_SELECTOR, "form.login button[type=submit]").click()
    wait(driver).until(lambda d: not d.current_url.startswith(server.url + "/console/login"))


def rows(driver: WebDriver) -> list[list[str]]:
    return [[td.text for td in tr.find_elements(By.TAG_NAME, "td")]
            for tr in driver.find_elements(By.CSS_SELECTOR, "#rows tr")]


def no_alert(driver: WebDriver) -> bool:
    try:
        _ = driver.switch_to.alert
    except NoAlertPresentException:
        return True
    return False


def test_sign_in_filter_detail_and_live_tail(server: Server, browser: WebDriver) -> None:
    _, key = server.add_agent()
    agent = server.agent_client(key)
    agent.post("/v1/check", json={"tool": "send_email", "arguments": EMAIL_OK})
    agent.post("/v1/check", json={"tool": "send_email", "arguments": {**EMAIL_OK, "to": "eve@evil.test",
                                                                       "subject": XSS}})
    evil_tool = '<img src=x onerror="document.title=1">'
    agent.post("/v1/check", json={"tool": evil_tool, "arguments": {"q": XSS}})  # an unknown tool: recorded

    browser.get(server.url + "/console/login")
    browser.find_element(By.ID, "token").send_keys("wrong-token")
    browser.find_element(By.CSS_SELECTOR, "form.login button[type=submit]").click()
    # The click returns before the answer page is parsed: wait for it rather than race it.
    error = wait(browser).until(ec.presence_of_element_located((By.CSS_SELECTOR, ".error")))
    assert "unknown or revoked key" in error.text
    shot(browser, "sign-in")

    sign_in(browser, server, "test-admin-token")
    # Newest first: the failed sign-in (audited), then the three calls.
    assert [(r[1], r[2]) for r in rows(browser)[:4]] == [("auth_failure", "DENY"), ("check", "DENY"),
                                                         ("check", "DENY"), ("check", "ALLOW")]
    assert rows(browser)[1][5] == evil_tool  # the attacker's tool name, shown as text
    assert browser.find_elements(By.CSS_SELECTOR, "main img") == [] and no_alert(browser)
    assert browser.title == "Decisions · Arbiter console"
    shot(browser, "decisions")

    Select(browser.find_element(By.NAME, "verdict")).select_by_value("deny")
    browser.find_element(By.NAME, "tool").send_keys("send_email")
    browser.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").click()
    wait(browser).until(lambda d: "verdict=deny" in d.current_url
                      and d.execute_script("return document.readyState") == "complete")
    found = rows(browser)
    assert len(found) == 1 and found[0][2] == "DENY" and found[0][5] == "send_email"

    browser.find_element(By.LINK_TEXT, "detail").click()
    wait(browser).until(ec.presence_of_element_located((By.CSS_SELECTOR, "dl.facts")))
    body = browser.find_element(By.TAG_NAME, "main").text
    assert "ALLOWLIST_CONSTRAINT" in body and "yes: the body hashes to this row" in body
    assert "<img src=x onerror=alert(1)>" in body and "<script>document.title=" in body  # shown as text...
    assert browser.title.endswith("· Arbiter console") and no_alert(browser)  # ...and never run
    assert browser.find_elements(By.CSS_SELECTOR, "main img") == []
    shot(browser, "detail")

    browser.get(server.url + "/console/decisions")
    before = len(rows(browser))
    browser.find_element(By.ID, "live").click()
    agent.post("/v1/check", json={"tool": "get_order", "arguments": {"order_id": "ORD-000042"}})
    wait(browser, 15).until(lambda d: len(rows(d)) == before + 1)
    assert rows(browser)[0][5] == "get_order"
    assert no_alert(browser)

    browser.get(server.url + "/console/trends")
    assert "Decisions per minute" in browser.find_element(By.TAG_NAME, "main").text
    shot(browser, "trends")

    # Replay a proposal that drops send_email: the allowed mail would now be denied.
    browser.get(server.url + "/console/replay?allowlist=support")
    area = browser.find_element(By.ID, "document")
    proposal = area.get_attribute("value") or ""
    assert "send_email" in proposal
    browser.execute_script("arguments[0].value = arguments[1];", area,
                           proposal.replace("send_email:", "send_email_removed:", 1))
    browser.find_element(By.CSS_SELECTOR, "form.replay button[type=submit]").click()
    wait(browser).until(ec.presence_of_element_located((By.CSS_SELECTOR, ".error")))
    assert "send_email_removed" in browser.find_element(By.CSS_SELECTOR, ".error").text  # not a registered tool
    browser.execute_script("arguments[0].value = arguments[1];", browser.find_element(By.ID, "document"),
                           "\n".join(line for line in proposal.splitlines() if "send_email" not in line))
    browser.find_element(By.CSS_SELECTOR, "form.replay button[type=submit]").click()
    report = wait(browser).until(ec.presence_of_element_located((By.CSS_SELECTOR,
                                                                  "section[aria-label='Replay report']")))
    assert "Newly denied" in report.text and "send_email" in report.text
    shot(browser, "replay")


def test_an_approver_approves_a_held_call(server: Server, browser: WebDriver) -> None:
    assert server.admin.put("/v1/allowlists/refunds", json=REFUNDS).status_code == 200
    _, key = server.add_agent("refunder", trust="privileged", allowlist="refunds")
    agent = server.agent_client(key)
    held = agent.post("/v1/check", json={"tool": "refund_order", "arguments": BIG}).json()
    assert held["verdict"] == "hold"

    sign_in(browser, server, new_operator(server, "ann", ["approver"], ["acme"]), "/console/approvals")
    section = browser.find_element(By.CSS_SELECTOR, "section.approval")
    assert "refund_order" in section.text and "APPROVAL_REQUIRED" in section.text
    shot(browser, "approvals")
    section.find_element(By.NAME, "comment").send_keys("customer called")
    section.find_element(By.CSS_SELECTOR, "button[value=approve]").click()
    wait(browser).until(ec.presence_of_element_located((By.CSS_SELECTOR, ".notice")))
    assert "Approved" in browser.find_element(By.CSS_SELECTOR, ".notice").text
    view = server.admin.get(f"/v1/approvals/{held['approval_id']}").json()
    assert (view["status"], view["comment"]) == ("approved", "customer called")
    # An approver has no decisions page: the console says so instead of showing it.
    browser.get(server.url + "/console/decisions")
    assert "ROLE_REQUIRED" in browser.find_element(By.CSS_SELECTOR, ".error").text
