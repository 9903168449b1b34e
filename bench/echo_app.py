"""The ceiling for ``bench/run.py``: a bare Litestar app whose ``POST /echo`` returns the JSON body it got.

It decodes and re-encodes the body with msgspec, as Arbiter's own handlers do, and is served by
uvicorn with the settings ``arbiter serve`` uses (uvloop, httptools, no access log, same worker
count), so the gap between the two is the cost of the decision itself: authentication, the check
chain and the durable audit write.

    python bench/echo_app.py --port 8099 [--workers 1]
"""

from __future__ import annotations

import argparse
from typing import Any

from litestar import Litestar, post


@post("/echo", status_code=200)
async def echo(data: dict[str, Any]) -> dict[str, Any]:
    """Return the body as it came."""
    return data


def create_app() -> Litestar:
    """The app factory uvicorn imports in each worker."""
    return Litestar(route_handlers=[echo], logging_config=None, openapi_config=None)


def main() -> None:
    import uvicorn

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8099)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    uvicorn.run("echo_app:create_app", factory=True, host=args.host, port=args.port, workers=args.workers,
                loop="uvloop", http="httptools", log_level="warning", access_log=False,
                app_dir=__file__.rsplit("/", 1)[0])


if __name__ == "__main__":
    main()
