"""PII and secret scrubbing: the Presidio engine, secret recognizers, policy and the JSON scrubber.

Importing this package sets ``TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS`` to empty (unless set) before
Presidio imports tldextract, so its email recognizer never tries to fetch the Public Suffix List.
"""

import os

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
