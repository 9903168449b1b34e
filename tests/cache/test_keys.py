from arbiter.cache.keys import PartitionKey, exact_digest, split_arguments
from arbiter.types import Agent, Tool, Trust


def test_partition_has_every_component() -> None:
    tool = Tool(tenant="acme", name="search", input_schema={}, version=3)
    agent = Agent(id="a", name="a", tenant="acme", trust=Trust.PRIVILEGED, allowlist="main")
    key = PartitionKey.for_call(tool, agent, "rev1", "m")
    assert key == PartitionKey("acme", "search", 3, "rev1", 2, "m")
    others = [PartitionKey("other", "search", 3, "rev1", 2, "m"), PartitionKey("acme", "search", 4, "rev1", 2, "m"),
              PartitionKey("acme", "search", 3, "rev2", 2, "m"), PartitionKey("acme", "search", 3, "rev1", 1, "m"),
              PartitionKey("acme", "search", 3, "rev1", 2, "n")]
    assert len({key.digest, *(o.digest for o in others)}) == 6


def test_exact_arguments_are_canonical() -> None:
    e1, s1 = split_arguments({"q": "hi", "limit": 10, "filters": {"a": 1, "b": [1.0, "x"]}}, ["q"])
    e2, s2 = split_arguments({"filters": {"b": [1, "x"], "a": 1}, "limit": 10.0, "q": "hello"}, ["q"])
    assert s1 == {"q": "hi"} and s2 == {"q": "hello"}
    assert exact_digest(e1, list(s1)) == exact_digest(e2, list(s2))
    assert exact_digest(e1, list(s1)) != exact_digest({**e1, "limit": 11}, list(s1))


def test_non_string_or_empty_semantic_values_are_exact() -> None:
    exact, semantic = split_arguments({"q": "", "r": 5, "s": "text"}, ["q", "r", "s", "missing"])
    assert semantic == {"s": "text"}
    assert exact == {"q": "", "r": 5}
