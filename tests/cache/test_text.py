from arbiter.cache.text import for_embedding


def test_strips_punctuation_whitespace_and_politeness() -> None:
    assert for_embedding("  Password   reset. ") == "Password reset"
    assert for_embedding("Can you please show me the latest release notes?") == "latest release notes"
    assert for_embedding("refund policy, please") == "refund policy"


def test_keeps_meaningful_words_and_never_empties() -> None:
    assert for_embedding("how do I delete my account") == "how do I delete my account"
    assert for_embedding("show me") == "show me"
    assert for_embedding('search "red shoes"') == 'search "red shoes"'
