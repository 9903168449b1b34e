import json

from sqlalchemy import Engine, inspect

from arbiter.cache.store import CacheStore


def _row(**kw: object) -> dict:
    row = {"partition": "p" * 64, "tenant": "acme", "tool": "search", "tool_version": 1, "allowlist_revision": "r",
           "trust": 1, "model_id": "m", "semantic_fields": "[]", "exact_digest": "d" * 64, "arguments": "{}",
           "semantic_text": "{}", "embedding": None, "result": json.dumps({"ok": 1}), "decision_id": "dec-1",
           "created_at": 100.0, "expires_at": 200.0, "last_used_at": 100.0}
    return row | kw


def test_insert_read_expire_delete(store: CacheStore) -> None:
    a = store.insert(_row())
    b = store.insert(_row(result="null", expires_at=150.0, embedding=b"\x00" * 8))
    assert store.get_result(a, 120.0).value == {"ok": 1}  # type: ignore[union-attr]
    found = store.get_result(b, 120.0)
    assert found is not None and found.value is None
    assert store.get_result(b, 150.0) is None  # expired
    assert [r.id for r in store.live(120.0)] == [a, b]
    assert next(iter(store.live(120.0))).embedding is None
    store.touch({a: 130.0})
    assert [r.id for r in store.live(120.0)] == [b, a]  # least recently used first
    assert store.delete_where(expired_at=160.0) == [b]
    store.delete([a])
    assert store.count() == 0


def test_delete_entry_needs_the_storing_decision(store: CacheStore) -> None:
    a = store.insert(_row(decision_id="dec-a"))
    # SQLite may give a deleted last row's id to the next insert: an id alone is not enough.
    assert store.delete_entry(a, "dec-other") is False and store.get_result(a, 120.0) is not None
    assert store.delete_entry(a, "dec-a") is True and store.get_result(a, 120.0) is None
    assert store.delete_entry(a, "dec-a") is False


def test_filters_and_replacement(store: CacheStore) -> None:
    ids = [store.insert(r) for r in (_row(), _row(tenant="other"), _row(tool="get_order"), _row(tool_version=2))]
    assert store.delete_where(tenant="acme", tool="search", below_version=2) == [ids[0]]
    assert store.delete_where(tenant="other") == [ids[1]]
    new = store.insert(_row(), replace_ids=[ids[2]])
    assert sorted(r.id for r in store.live(0)) == [ids[3], new]


def test_migration_creates_the_same_table(engine: Engine, tmp_path: object) -> None:
    import importlib.util
    from pathlib import Path

    from alembic.migration import MigrationContext
    from alembic.operations import Operations
    from sqlalchemy import create_engine

    spec = importlib.util.spec_from_file_location(
        "m0002", Path(__file__).resolve().parents[2] / "migrations" / "versions" / "0002_cache.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert (mod.revision, mod.down_revision) == ("0002", "0001")
    other = create_engine(f"sqlite:///{tmp_path}/migrated.db")
    with other.begin() as conn:
        ops = Operations(MigrationContext.configure(conn))
        mod.op = ops  # run the revision's upgrade() on this connection
        mod.upgrade()
    want = {c["name"] for c in inspect(engine).get_columns("cache_entries")}
    assert {c["name"] for c in inspect(other).get_columns("cache_entries")} == want
    store = CacheStore(other)
    assert store.get_result(store.insert(_row()), 0).value == {"ok": 1}  # type: ignore[union-attr]
    with other.begin() as conn:
        mod.op = Operations(MigrationContext.configure(conn))
        mod.downgrade()
    assert "cache_entries" not in inspect(other).get_table_names()
