"""The entity names Arbiter's PII engine can report (plain data: no Presidio import)."""

from __future__ import annotations

from arbiter.pii.secrets import KEYED_SECRET_ENTITY, SECRET_ENTITIES

# Pattern and checksum entities of the default, model-free engine.
PATTERN_ENTITIES: tuple[str, ...] = (
    "CREDIT_CARD", "CRYPTO", "EMAIL_ADDRESS", "IBAN_CODE", "IP_ADDRESS", "MAC_ADDRESS", "URL",
    "US_BANK_NUMBER", "US_ITIN", "US_DRIVER_LICENSE", "US_PASSPORT", "US_SSN", "PHONE_NUMBER",
)
# Off by default: their checksums pass for ~1 in 10 random digit strings.
OPTIONAL_ENTITIES: tuple[str, ...] = ("UK_NHS", "MEDICAL_LICENSE")
# Only with the optional spaCy NER model.
NER_ENTITIES: tuple[str, ...] = ("PERSON", "LOCATION", "ORGANIZATION", "NRP")

__all__ = ["KEYED_SECRET_ENTITY", "NER_ENTITIES", "OPTIONAL_ENTITIES", "PATTERN_ENTITIES", "SECRET_ENTITIES"]
