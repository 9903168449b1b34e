import pytest

from arbiter.cache.text import content_words, for_embedding


def test_strips_punctuation_whitespace_and_politeness() -> None:
    assert for_embedding("  Password   reset. ") == "Password reset"
    assert for_embedding("Can you please show me the latest release notes?") == "latest release notes"
    assert for_embedding("refund policy, please") == "refund policy"
    assert for_embedding("Quick question: opening hours of the Lyon store?") == "opening hours of the Lyon store"
    assert for_embedding("If it's not too much trouble, churn by plan") == "churn by plan"


def test_keeps_meaningful_words_and_never_empties() -> None:
    assert for_embedding("how do I delete my account") == "how do I delete my account"
    assert for_embedding("show me") == "show me"
    assert for_embedding('search "red shoes"') == 'search "red shoes"'
    assert for_embedding("quick question") == "quick question"


@pytest.mark.parametrize(("a", "b"), [
    ("What's the refund policy?", "what is the refund policy"),
    ("hotel in Lyon for two adults", "hotel in Lyon for 2 adults"),
    ("I can't log in", "I cannot log in"),
    ("zwei Erwachsene", "2 Erwachsene"),
])
def test_content_words_read_alike(a: str, b: str) -> None:
    assert content_words(a) == content_words(b)


@pytest.mark.parametrize(("a", "b"), [
    ("hotel in Lyon for two adults", "hotel in Lyon for 3 adults"),
    ("I can log in", "I can't log in"),
    ("what will the weather be", "what is the weather"),
    ("where is my order", "when is my order"),
])
def test_content_words_keep_what_changes_the_question(a: str, b: str) -> None:
    assert content_words(a) != content_words(b)
