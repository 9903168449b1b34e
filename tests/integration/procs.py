"""Run real ``arbiter serve`` processes for integration tests."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.conftest import EXAMPLE_ALLOWLISTS, EXAMPLE_TOOLS, free_port

ARBITER = str(Path(sys.executable).parent / "arbiter")


def env_for(data_dir: Path, db_url: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"ARBITER_DATA_DIR": str(data_dir), "ARBITER_DATABASE_URL": db_url,
                "ARBITER_ADMIN_TOKEN": "test-admin-token", "ARBITER_ALLOWLISTS": str(EXAMPLE_ALLOWLISTS),
                "ARBITER_REGISTRY_POLL_S": "0.2"})
    return env


def seed(env: dict[str, str]) -> None:
    subprocess.run([ARBITER, "migrate"], env=env, check=True, capture_output=True)
    subprocess.run([ARBITER, "tools", "add", "--file", str(EXAMPLE_TOOLS)], env=env, check=True, capture_output=True)


class ServerProcess:
    """One ``arbiter serve`` subprocess on a free port."""

    def __init__(self, env: dict[str, str]) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen([ARBITER, "serve", "--port", str(self.port)], env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while True:
            if self.proc.poll() is not None:
                out = self.proc.stdout.read().decode() if self.proc.stdout else ""
                raise RuntimeError(f"arbiter serve exited: {out}")
            try:
                if httpx.get(self.url + "/healthz", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("arbiter serve did not come up")
            time.sleep(0.1)

    def admin(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, headers={"Authorization": "Bearer test-admin-token"}, timeout=30)

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait(timeout=30)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()
