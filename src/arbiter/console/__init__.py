"""The web console at ``/console``: server-rendered pages over the audit trail, approvals and policy."""

from arbiter.console.pages import ConsolePages, static_files

__all__ = ["ConsolePages", "static_files"]
