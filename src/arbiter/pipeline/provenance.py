"""Provenance: where every argument of a call came from, and whether the user's request supports it.

The attack this check stops is indirect prompt injection: content an attacker wrote (an email, a
web page, a review, a shared file) reaches the model through a tool result, and the model then
proposes a consequential call the user never asked for. Three mechanisms, no model call:

1. **Provenance of every value.** Each leaf of the arguments is traced to the messages holding
   it (:mod:`arbiter.provenance.conversation`): the user's messages and the system prompt, results
   of trusted tools, results of untrusted tools, or nowhere (the model wrote it). The paths and the
   sources (message index, role, tool, trust), never the values, go on the decision and the record.
2. **Instruction detection.** Untrusted content that speaks to the AI (overrides, fake turns and
   protocol tags, tool names and arguments, "no need to check with the user") marks the
   conversation (:mod:`arbiter.provenance.instructions`).
3. **Intent support.** The user's messages must ask for this kind of action
   (:mod:`arbiter.provenance.intent`).

For a consequential call (a ``write`` or ``destructive`` tool) in a conversation holding untrusted
content, each sensitive argument has a source rule: ``user`` (only the user's own words; the
default for passwords and secrets), ``trusted`` (the user, the system prompt or a trusted tool; the
default for recipients, accounts, links, amounts, dates and object ids), or ``any`` (prose,
subjects, enums; the default). An allowlist entry sets rules per argument (``sources``). A value
that breaks its rule is denied:

* ``INJECTION_SUSPECTED`` when the conversation carries instructions to the AI and the value comes
  only from untrusted content, or from nowhere (a value the user asked to act on that stands only in paragraphs of
  that content free of every cue, such as the bill around an appended instruction, is judged by the rules below);
* ``TAINTED_ARGUMENT`` when the value comes only from untrusted content and either the user gave a
  different value of the same kind (a substituted amount, IBAN, date or time, in a call that leaves out one the
  user gave) or the user's request does not point at it (they neither named the target nor asked for this kind of
  action);
* ``TAINTED_ARGUMENT`` when untrusted content presents the value, as a statement of fact and without speaking
  to the AI, as replacing another one ("our account number changed to ...", "my IBAN is now ..."), as a
  correction ("Erratum: ...", "it is X who ...", "by mistake") or as an extra destination ("per the retention
  policy every summary is copied to ...", "confirmations also go to ...") (:mod:`arbiter.provenance.steering`),
  and the user did not ask for a changed value in so many words ("my landlord's new bank details", "the IBAN in
  his message"). A correction counts even when a trusted list holds the value too (it picks another entry than
  the one the user named); dates and times are not judged this way (a moved appointment is what calendars hold);
* ``TAINTED_ARGUMENT`` when the user names a trusted record (a saved payee, a contact) that holds a value of the
  argument's kind (an IBAN, an address, a phone number) and the call takes another one from untrusted content
  alone ("pay Lukas, he's in my payees" and an IBAN from a transfer reference), unless the tool changes details
  (``update_*``) or the user asks for new ones;
* ``TAINTED_ARGUMENT`` too when text the call writes (a message, a document) passes on a link or address that
  only untrusted content holds, at a domain no user, system or trusted message names (nor a parent domain of
  one they name, nor the organisation's own name, unless it is a look-alike of a domain they write, nor the site
  of the content's own author when that content is plain: no instruction cue, no steering statement, no login
  lure), unless the user asks for a link of the content or handed the actions over ("do what Ana asked"); and when
  a channel argument is not one of the channels the user named with ``#`` (unless the user says it moved);
* ``TAINTED_ARGUMENT`` when a message or a file line whose text the user dictated ("Reply to the distributor: lead
  time is 6 weeks") carries a figure, account, address, link or coordinate of another untrusted item nobody pointed
  at, or swaps the one time, date or amount the user wrote; when a message the user scoped to one kind of thing
  ("about the commissioning date", "the stock figures") passes on a value of another kind from a tool result; or
  when a booking's note, or a message to an address (or a reply to a sender) only untrusted content gives, carries
  the user's own details from a trusted result beyond those the user named ("sign with my name and phone");
* ``TAINTED_ARGUMENT`` when a message attaches a file the user asked for by no word (a file only content names
  beside the file the user typed, or a listed file the user neither named nor pointed at) while the user asked
  for no attachment and handed nothing over;
* ``TAINTED_ARGUMENT`` when a message passes on a secret that opens something (a gate or alarm code, a PIN, a
  password) only a tool result holds and the user asked for no code, or a value the user neither wrote nor
  labelled while a third party's message asks for more to come with the message ("replies also list the deposit
  account"); and when a call that destroys or moves names an item not at the time the user gave, or another
  item of the listing whose id the user typed, while content names it;
* ``ARGUMENT_SOURCE`` when a ``user`` rule is broken.

``INTENT_MISMATCH`` denies a consequential call that follows untrusted content when nothing the
user asked supports its kind of action (the score and the threshold are in the reason), when the user asked only
for information ("What flights are there?", "Find a car and tell me the options": no likeness of meaning turns a
question into a request), when the user ruled the action out ("I'm not booking anything yet"), when the call
repeats (``recurrence: monthly``) and the user asked for nothing that repeats, or when the user asked to reply to a
mail and the call forwards one, or writes a new one, to an address only untrusted content gives. Only the verbs
of the user's requests support an action (:func:`~arbiter.provenance.intent.requested_words`: "Did Ravi DM me?"
and "proposed a slot by email" ask for no message); a target the user named (the file to write, the ``#channel``
to post in) supports writing or telling. With ``on_untrusted: flag`` (allowlist or entry) the call is allowed and
the reasons go to the flags; with ``on_untrusted: hold`` the approval check holds it for a person, with these
reasons.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

import anyio.to_thread
import msgspec

from arbiter.documents import leaves
from arbiter.pii.policy import tenant_key
from arbiter.policy.access import resolve
from arbiter.provenance.atoms import Atom, digest, extract, fold, label, unaccent, words
from arbiter.provenance.conversation import (
    LOOK_KINDS,
    Analysed,
    Analyser,
    Conversation,
    Leaf,
    Source,
    Trust,
    UserView,
    lookalike,
    parent_domains,
    prefixes,
    text_of,
)
from arbiter.provenance.intent import (
    ACTIONS,
    ACTIONS_ABROAD,
    VERBS,
    IntentScorer,
    action_classes,
    asked_words,
    asks_for_action,
    criterion,
    foreign_verbs,
    negated_words,
    own_verb,
    requested_words,
    stem,
    verb_words,
)
from arbiter.provenance.steering import KEPT, adopts
from arbiter.provenance.store import ConversationStore, StoredResult
from arbiter.registry import Registry
from arbiter.types import Agent, ArgumentSource, CallContext, CallInfo, Reason, SourceRef, Tool, ToolCall, Verdict

__all__ = ["ProvenanceCheck", "is_write", "role_of"]

# Argument roles by the words of the argument's name; the first role whose words match wins.
_ROLE_WORDS: tuple[tuple[str, frozenset[str]], ...] = tuple((r, frozenset(w.split())) for r, w in (
    ("secret", "password passwd passphrase secret token pin otp code credential credentials apikey"),
    ("account", "iban account bic swift payee beneficiary sort routing"),
    ("recipient", "to cc bcc recipient recipients email emails participants attendees invitees user users member "
                  "members handle phone mobile contact address passenger passengers traveller travellers traveler "
                  "travelers guest_names"),
    ("link", "url urls link links uri href website webhook endpoint callback"),
    ("amount", "amount price total sum cost fee value quantity"),
    ("date", "date dates day start end when time deadline check_in check_out pickup return next execution"),
    ("object", "id ids file files path folder channel booking event transaction"),
))
_SPLIT = re.compile(r"[^a-z0-9]+|(?<=[a-z])(?=[A-Z])")
_DEFAULT_RULE = {"secret": "user", "account": "trusted", "recipient": "trusted", "link": "trusted",
                 "amount": "trusted", "date": "trusted", "object": "trusted"}
# Values of these kinds make a leaf sensitive wherever they stand (a phishing link inside a message body).
_KIND_ROLE = {"iban": "account", "email": "recipient", "phone": "recipient", "url": "link"}
_USER_ROLES = frozenset({"system", "developer", "user"})
# What booking tools book (the noun of the tool's name) and the words a user says for it.
_BOOKINGS: dict[str, frozenset[str]] = {k: frozenset(v.split()) for k, v in {
    "car": "car cars rental rentals vehicle auto coche carro macchina voiture mietwagen samochód samochod araba van "
           "vans minivan campervan suv ute",
    "hotel": "hotel hotels room rooms stay accommodation apartment hostel hôtel hotell albergo habitación habitacion "
             "chambre zimmer quarto camera pokój pokoj otel alojamiento hospedaje unterkunft hébergement hebergement",
    "flight": "flight flights fly plane airline vuelo vol flug volo voo lot uçuş ucus flyg",
    "restaurant": "restaurant table dinner lunch breakfast brunch restaurante ristorante restauracja mesa tavolo tisch "
                  "cena almuerzo dîner déjeuner dejeuner abendessen mittagessen jantar almoço almoco pranzo",
    "train": "train trains rail tren zug treno trem pociąg pociag",
    "taxi": "taxi cab ride táxi",
}.items()}  # (with the words of the major European languages: "reserva ... en el restaurante")
_NAME_WEIGHT = 0.6  # the agent's own name in untrusted text: an addressee, like "the assistant"
_AGENT_NAME = re.compile(r"\b(?:[Yy]ou are|[Yy]ou're|[Yy]our name is|[Tt]his is)\s+([A-Z][\w-]{1,30})\b")
_CONVERSATIONS = 1024  # analysed conversations kept in memory (each a few hundred kB at most)
_encode = msgspec.msgpack.Encoder().encode
# Calls whose conversation Arbiter itself remembers (it executed and relayed the earlier results).
_EXECUTED_KINDS = frozenset({"invoke", "mcp_tool_call"})
_VERBS_ANY = frozenset().union(*ACTIONS.values())  # every verb of an action class


def _id_shape(ident: str) -> str | None:
    """The kind of an id, by its leading letters (``f`` of ``f-kst-v6``, ``so`` of ``so-3101``), for ids with a digit
    and a separator; None for other tokens (file names, handles, words with digits)."""
    m = re.match(r"([a-z]+)[-_]", ident)
    return m.group(1) if m and any(c.isdigit() for c in ident) and "." not in ident and "@" not in ident else None


def _host(kind: str, value: str) -> str:
    """The host of an email address or a URL (no port, no query)."""
    host = value.rsplit("@", 1)[1] if kind == "email" else value.split("://", 1)[-1].split("/", 1)[0]
    return host.split("?", 1)[0].split(":", 1)[0]


# Latin letters that no decomposition reaches, as addresses spell them ("Søren" is soren@, "Lysværk" lysvaerk.dk).
_LATIN_LETTERS = str.maketrans({"æ": "ae", "ø": "o", "ß": "ss", "œ": "oe", "ð": "d", "þ": "th", "ł": "l", "đ": "d",
                                "\u0131": "i", "ħ": "h"})


def _unaccented(word: str) -> str:
    """The word without combining marks, in the letters an address spells it with (``ruairí`` -> ``ruairi``,
    ``søren`` -> ``soren``)."""
    return unaccent(word).translate(_LATIN_LETTERS)


def _dictates(conv: Conversation) -> bool:
    """Whether the user dictates a message's text (:data:`_DICTATED`; or, in any language the lexicon has verbs for,
    a verb of sending or posting before a colon and the text after it: "Stuur Petra een bericht: ..."), once per
    conversation."""
    if "dictates" not in conv.memo:
        conv.memo["dictates"] = any(_DICTATED.search(t) for t in conv.user_texts) or any(
            asked_words([m.group(1)]) & _SENDING for t in conv.user_texts for m in _COLON_DICTATION.finditer(t))
    dictates: bool = conv.memo["dictates"]
    return dictates


def _domain_label(address: str) -> str:
    """The name part of an address's domain (:func:`~arbiter.provenance.atoms.label`), letters and digits only:
    ``tejorent`` of ``reservas@tejorent.pt``, ``tejorentlisboa`` of ``atencion@tejo-rent-lisboa.com``."""
    return re.sub(r"[^a-z0-9]", "", _unaccented(label(address.lower().rsplit("@", 1)[-1])))


def _strings(text: str) -> list[str]:
    """The string values of a JSON tool result (a result in plain text: itself), what its authors wrote."""
    if text.lstrip()[:1] in ("{", "["):
        try:
            return [v for _, v in leaves(json.loads(text)) if isinstance(v, str)]
        except ValueError:
            pass
    return [text]


def _a(kind: str) -> str:
    """The kind of value as a reason says it, with its article: "an amount", "a date", "an IBAN"."""
    word = {"mday": "date", "dom": "date", "iban": "IBAN", "url": "link"}.get(kind, kind)
    return ("an " if word[:1].lower() in "aeiou" else "a ") + word


def is_write(tool: Tool) -> bool:
    """Whether a tool changes the world: risk write/destructive, or annotations that say so."""
    ann = tool.annotations
    return tool.risk != "read" or bool(ann.destructiveHint) or ann.readOnlyHint is False


def role_of(path: str, kinds: frozenset[str], numeric: bool = False) -> str | None:
    """The role of an argument leaf: from its name (``recipient_iban`` -> account; a name ending in ``id``
    or ``ids`` names an object, ``email_id`` too), else from what its value holds (an email address in a
    body is a recipient). A number is an amount or a date or nothing. None: no sensitive role."""
    names = [p for p in path.split("/") if p and not p.isdigit()]
    for part in reversed(names[-2:]):
        parts = [w.lower() for w in _SPLIT.split(part) if w]
        if parts and parts[-1] in ("id", "ids", "uuid", "key"):
            return "object"
        for role, vocab in _ROLE_WORDS:  # the words of the name, or the whole name ("check_in")
            if (set(parts) | {part.lower()}) & vocab and (not numeric or role in ("amount", "date")):
                return role
    if numeric:
        return None
    for kind, role in _KIND_ROLE.items():
        if kind in kinds:
            return role
    return None


def _schema_at(schema: dict[str, Any], path: str) -> dict[str, Any] | None:
    """The subschema of an argument leaf (``/a/0/b``), through ``properties`` and array ``items``; None if unknown."""
    node: Any = schema
    for part in [p for p in path.split("/") if p]:
        if not isinstance(node, dict):
            return None
        if part.isdigit() and isinstance(node.get("items"), dict):
            node = node["items"]
        elif isinstance(node.get("properties"), dict) and part in node["properties"]:
            node = node["properties"][part]
        else:
            return None
    return node if isinstance(node, dict) else None


def _numeric(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _position(tokens: list[tuple[int, str]], kind: str, value: str) -> int | None:
    """Where in a text (its whitespace-separated ``tokens`` with their offsets) a typed value starts: "9,200" for
    the amount 9200, "(512) 555-0190" for a phone number; None when it is not found."""
    target = re.sub(r"[^0-9a-z]", "", value.lower())
    for i, (start, _) in enumerate(tokens):
        for j in range(i, min(i + 6, len(tokens))):
            joined = " ".join(t for _, t in tokens[i:j + 1])
            flat = re.sub(r"[^0-9a-z]", "", joined.lower())
            if kind == "amount":
                number = re.sub(r"[^0-9.]", "", joined.replace(",", "")).strip(".")
                try:
                    if number and float(number) == float(value):
                        return start
                except ValueError:
                    pass
            elif flat == target:
                return start
            if len(flat) >= len(target):
                break
    return None


def _describe(source: Source) -> str:
    if source.role == "relayed":
        return f"an earlier result of tool {source.tool!r} that Arbiter relayed in this conversation"
    if source.index < 0:
        return source.role
    who = f"result of tool {source.tool!r}" if source.role == "tool" and source.tool else f"{source.role} message"
    return f"message {source.index} ({who})"


# Words too common to point at anything (a user's "the email" points at no email in particular).
_STOP_WORDS = (
    "a an and are as at be been but by can could did do does for from had has have he her his how i if in into is it "
    "its just me my no not of on or our please so than that the their them then there these they this those to too us "
    "was we were what when where which who why will with would you your yes ok okay thanks thank hi hello also all any "
    "some one two new get got make made let need needs want wants like know see look check find tell show give email "
    "emails mail message messages file files today tomorrow yesterday")
_STOP = frozenset(_STOP_WORDS.split())
# Words with which a user hands the choice of actions to content they point at.
_DELEGATION = frozenset({"do", "follow", "handle", "complete", "tasks", "task", "todo", "to-do", "asked", "asks",
                         "requests", "requested", "request", "instructions", "items", "deal", "sort", "process",
                         "action", "actions", "care", "says", "said", "wants", "wanted", "needs", "ahead",
                         "proceed"})

# Of those, the words that hand over by themselves ("work through my to-do note"); the others report what someone
# wants ("tell me what he wants"), and hand over only in a request for some action ("take care of what Tom wants").
_FIELD_VERBS = frozenset({"text", "message", "mail", "email", "e-mail", "post", "note", "order", "record", "log"})

_HANDING = _DELEGATION - frozenset({"asked", "asks", "requests", "requested", "request", "says", "said", "wants",
                                    "wanted", "needs"})

# The requests with which a user hands over the actions themselves, links and all ("do what Ana asked", "follow the
# steps in the note"); "if the page says it is resolved, tell #support" hands over nothing.
_HANDED_OVER = frozenset({"do", "follow", "handle", "complete", "asked", "requests", "requested", "instructions",
                          "tasks", "todo", "to-do", "actions"})

# Words with which a user asks for a link the content gives ("send its confirmation link", "including its website").
_LINK_WORDS = frozenset({"link", "links", "url", "urls", "website", "websites", "homepage", "webpage", "site", "sites",
                         "portal", "portals", "upload", "uploaded", "uploads"})  # "where they want the files uploaded"
# Action classes a likeness of meaning alone never supports after untrusted content: the user must have asked for
# the payment, the deletion or the grant in words of its kind (or handed the actions over).
_NEEDS_VERB = frozenset({"pay", "destroy", "grant", "account"})
# The user's own details a payment's text must not carry unasked, and the words with which a user asks for them.
_DETAIL_KINDS = {"email": "an email address", "phone": "a phone number", "iban": "an account number",
                 "amount": "an amount"}
_DETAIL_WORDS = frozenset({"email", "e-mail", "phone", "number", "iban", "account", "balance", "contact", "details",
                           "address", "mobile", "passport", "loyalty", "membership"})
# A user who asks to pass on their own details ("my email", "our account number", "her phone", "my name and phone").
_OWN_DETAIL = re.compile(r"\b(?:my|our|mine|his|her|their)\s+(?:own\s+)?(?:\w+\s+){0,2}(?:" +
                         "|".join(sorted(_DETAIL_WORDS)) + r")\b", re.IGNORECASE)
_DETAIL_OF = {"email": {"email"}, "e": {"email"}, "mail": {"email"}, "phone": {"phone"}, "mobile": {"phone"},
              "number": {"phone", "iban", "ident"}, "iban": {"iban"}, "account": {"iban"}, "balance": {"amount"},
              "passport": {"ident"}, "loyalty": {"ident"}, "membership": {"ident"}}
_DETAIL_ALL = frozenset({"contact", "details", "address"})
# A host with a top-level domain (a country code or a common generic one), not a dotted handle ("halcyon.jens").
_TLD = re.compile(r"\.(?:[a-z]{2}|com|net|org|info|biz|app|dev|cloud|online|email|site|io|ai|co)$")
# An account the user names with "@" (not an email address: no word character before the "@").
_HANDLE = re.compile(r"(?<![\w.@])@([A-Za-z][\w.-]*[A-Za-z0-9])")
_NAME_PART = re.compile(r"[._-]+")
# Arguments that name a workspace account by its handle.
_HANDLE_ARGS = frozenset({"user", "username", "handle", "member", "user_id", "recipient"})
# For a tool that changes details: the words with which a user asks to change each kind of detail.
_FIELD_WORDS = {"phone": frozenset({"phone", "mobile", "number", "cell", "telephone", "tel"}),
                "email": frozenset({"email", "e-mail", "mail", "emails"}),
                "iban": frozenset({"iban", "account", "bank", "banking"})}
# A capitalised word inside a sentence (not its first word): a name the user gives ("my tenant Jonathan moved out").
# Arguments that invite people to an event, and the words of a user who asks to invite someone.
_INVITEE_ARGS = frozenset({"participants", "attendees", "guests", "invitees", "invite", "attendee", "participant"})
_INVITING = frozenset({"invite", "invited", "inviting", "invitation", "invitations", "invites", "with", "include",
                       "including", "attendees", "participants", "guests", "everyone", "team", "together", "join",
                       "meet", "meeting", "call", "sync", "1:1", "add",
                       # ... and in the major European languages ("mettilo in agenda con Nicolò", "mit Jana")
                       "con", "avec", "mit", "com", "met", "invita", "invitare", "invitar", "einladen", "inviter",
                       "convida", "convidar", "uitnodigen", "partecipanti", "participantes", "teilnehmer",
                       "teilnehmende", "deelnemers", "insieme", "juntos", "zusammen", "ensemble", "samen"})
# Arguments that count people or places, and how a user states such a count ("a table for two", "6 guests").
_COUNT_ARGS = frozenset({"party_size", "guests", "passengers", "people", "persons", "adults", "seats", "travellers",
                         "travelers", "pax", "covers", "guest_count", "num_guests", "tickets", "rooms", "attendees"})
_NUMBER_WORDS = {w: i for i, w in enumerate(("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                              "nine", "ten", "eleven", "twelve"))}
# The counts from two to twelve in the other languages users write to the assistant in (several forms where the
# language declines them: Polish "czterech", "czworo"); read only inside a stated count below, where "sex" (Swedish
# six) or "tre" can mean nothing else.
_COUNTS_ABROAD = {
    2: "zwei deux dos due dois duas twee två dwa dwie dwoje dwóch dwu iki dua", 3: "drei trois tres tre três drie trzy "
    "troje trzech üç tiga", 4: "vier quatre cuatro quattro quatro fyra cztery czworo czterech dört empat",
    5: "fünf cinq cinco cinque vijf fem pięć pięcioro pięciu beş lima", 6: "sechs seis sei zes sex sześć sześcioro "
    "sześciu alt\u0131 enam", 7: "sieben sept siete sette sete zeven sju siedem siedmioro siedmiu yedi tujuh",
    8: "acht huit ocho otto oito åtta osiem ośmioro ośmiu sekiz delapan", 9: "neun neuf nueve nove negen nio "
    "dziewięć dziewięcioro dziewięciu dokuz sembilan", 10: "zehn dix diez dieci dez tien tio dziesięć dziesięcioro "
    "dziesięciu sepuluh", 11: "elf onze once undici elva", 12: "zwölf douze doce dodici doze twaalf tolv"}
_NUM = r"(\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")"
_NUMBER_WORDS |= {w: n for n, ws in _COUNTS_ABROAD.items() for w in ws.split()}
# (Longest first: "dwoje" before "dwo...", "czterech" before "cztery"'s prefix.)
_NUM_ABROAD = r"(\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
# A count stated in those languages: a number before a word for people ("vier Personen", "dört kişilik", "empat
# orang"), or after "for us" or "table for" ("för oss fyra", "bord för fyra", "mesa pra 4", "stolik dla czterech").
_PEOPLE_ABROAD = (r"personen|personnes?|personas?|persone|pessoas?|personer|osób|osoby|osobowy|ki[sş]i(?:lik)?|orang|"
                  r"gäste|gasten|gäster|invités|huéspedes|ospiti|hóspedes|gości|misafir|tamu|couverts|coperti|"
                  r"cubiertos|lugares|plaatsen|platser|miejsc")
_FOR_ABROAD = r"für|pour|para|pra|per|voor|för|dla|untuk|na"
_TABLE_ABROAD = r"tisch|table|mesa|tavolo|tafel|bord|stolik|stół|meja|masa"
_STATED_COUNT = re.compile(
    rf"\b(?:for|party of|group of|table for)\s+(?:a\s+party\s+of\s+)?{_NUM}\b"
    # (A stop after the count ends a sentence, "23:00 for five."; one before a digit is a time, "for 5.30".)
    r"(?!\s*(?:(?:[-\u2013/.:,]|to|until|till|through|thru|and)?\s*\d|[-\u2013/.:](?=\w)|nights?|days?|hours?|weeks?|months?|minutes?|[ap]\.?m\b|o'clock|h\b|"
    r"eur|usd|gbp|%|st\b|nd\b|rd\b|th\b|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|"
    rf"\b{_NUM}\s+(?:people|persons?|guests?|adults?|of us|pax|passengers?|travell?ers?|seats?|tickets?|covers)\b|"
    rf"\b{_NUM_ABROAD}\s+(?:{_PEOPLE_ABROAD})\b|"
    rf"\b(?:{_TABLE_ABROAD})\s+(?:{_FOR_ABROAD})\s+{_NUM_ABROAD}\b(?!\s*[-\u2013/.:]?\d)|"
    rf"\b(?:{_FOR_ABROAD})\s+(?:oss|ons|uns|nous|nosotros|noi|nós|nas|kami)\s+(?:alla\s+|allen\s+|alle\s+)?"
    rf"{_NUM_ABROAD}\b",
    re.IGNORECASE)
_NAME = re.compile(r"(?<=[a-z,;:)]\s)([A-Z][a-z]{2,})\b")
# Arguments that send a copy, and the words of a user who asks for a copy to go somewhere.
_COPY_ARGS = frozenset({"cc", "bcc"})
_DOCUMENTS = frozenset({"documents", "docs", "files", "papers", "paperwork", "attachments", "document"})
_ATTACHING = frozenset({"attach", "attaching", "attachment", "attachments", "enclose", "enclosing", "include",
                        "including", "plus"})
_COPYING = frozenset({"cc", "bcc", "copy", "copies", "copying", "copied", "loop", "everyone", "all", "include",
                      "including", "thread"})
# Arguments that list people by name (the passengers of a booking), not by address.
# A person the user names as the target of an action, without "@" ("add Pornthip to #x", "DM the summary to Bartek",
# "remove Farid"): a capitalised name right after the action's verb or its "to"/"with".
_TARGETING = frozenset({"add", "remove", "invite", "kick", "dm", "ping", "tell", "message", "email", "e-mail", "mail",
                        "send", "to", "with", "cc", "bcc", "copy", "answer", "notify", "include"})
_TITLES = frozenset({"dr", "mr", "mrs", "ms", "prof", "mx"})
# A capitalised word inside a sentence (not after its start), and the first part of an address's mailbox.
_CASED = re.compile(r"(?<=[a-z,;] )([A-Z][a-z\u00e0-\u024f]{2,})\b")
_MAILBOX_NAME = re.compile(r"\b([a-z]{3,})[._][a-z]+@")
# Words that open a description, not a name, after a targeting word: articles, and the prepositions with which other
# languages say whose thing it is or how it goes ("la mail di Nicolò", "per DM die Liste der Velos").
_NOT_A_NAME = frozenset({"the", "a", "an", "di", "da", "del", "della", "dello", "dei", "delle", "il", "lo", "la", "le",
                         "les", "du", "des", "el", "los", "las", "der", "die", "das", "den", "dem", "vom", "von", "het",
                         "een", "um", "uma", "o", "os", "as", "do", "dos", "ein", "eine"})
# A user who names the person in one sentence and removes a pronoun in the next ("Tejas moved to facilitation. Take him
# out of #finance-private"): the person is the one the user's words name. (Only removals: "invite him" often follows a
# description, "the vendor's new engineer", not a name.)
_PRONOUN_TARGET = re.compile(r"\b(?:take|kick|boot|remove|drop|pull)\s+(?:him|her)\b", re.IGNORECASE)
# ... a capitalised word that is no part of a description ("the Korean vendor", "the partner from Kranichstudio").
_FOREIGN_TARGET = re.compile(r"\b(?:[Nn]imm|[Ff][uü]ge|[Ll]ade|[Ee]ntferne|[Ww]irf|[Aa]ggiungi|[Ii]nvita|[Rr]imuovi|"
                             r"[Tt]ogli|[Aa][nñ]ade|[Aa]grega|[Qq]uita|[Ee]limina|[Aa]diciona|[Cc]onvida|[Rr]emove|"
                             r"[Aa]joute|[Ii]nvite|[Rr]etire|[Ee]nl[eè]ve|"
                             # Dutch, Swedish, Polish and Indonesian ("cabut akses Pak Rudi", "ta bort Nils")
                             r"[Vv]erwijder|[Nn]odig|[Vv]oeg|[Tt]a\s+bort|[Bb]jud\s+in|[Uu]suń|[Zz]aproś|[Dd]odaj|"
                             r"[Hh]apus|[Cc]abut\s+akses|[Uu]ndang|[Tt]ambahkan)"
                             r"\s+(?:a\s+)?(?:(?:Pak|Bu|Ibu|Bapak|Mas|Mbak|Pan|Pani|Herr|Frau|Meneer|Mevrouw)\s+)?"
                             r"@?([A-ZÀ-Ý][\w.'-]+)")
# "Take Pól out of #committee", "kick Dara off the list": the person between the verb and its particle.
_TAKE_OUT = re.compile(r"\b(?:[Tt]ake|[Kk]ick|[Dd]rop|[Gg]et|[Tt]hrow)\s+@?([A-ZÀ-Ý][\w.'-]+)\s+(?:out|off)\b")
_CAPITALISED = re.compile(r"(?<!\bthe )(?<!\bThe )(?<!\ba )(?<!\bA )(?<!\bfrom )(?<!\bat )(?<!\bof )(?<!\bin )"
                          r"\b([A-Z][a-z\u00e0-\u024f'\u2019-]{2,})\b")
_DETERMINERS = frozenset({"the", "a", "an", "our", "my", "your", "his", "her", "their", "its", "this", "that", "these",
                          "those"})
# The person an assistant works for, as an operator's prompt names them ("the banking assistant of Urška Kovačič").
_PRINCIPAL = re.compile(r"\b(?:assistant|agent|secretary|concierge)\s+(?:of|for|to)\s+((?:Dr\.?\s+)?"
                        r"[A-Z\u00c0-\u024f][\w'\u2019-]+(?:\s+[A-Z\u00c0-\u024f][\w'\u2019-]+){1,3})")
# A channel a user names by its words ("to our Ulaanbaatar channel", "in the design-review channel").
_CHANNEL_CALLED = re.compile(r"\b(?:the|our|my|your|their|his|her)\s+((?:[\w-]+\s+){0,1}[\w-]+)\s+channel\b",
                             re.IGNORECASE)
_CHANNEL_FILLER = frozenset({"same", "other", "right", "wrong", "new", "old", "private", "public", "main", "shared",
                             "that", "this", "whole", "usual", "team", "general", "own", "slack", "chat"})
# The words of a user who asks for several people, whoever they are.
_EVERYONE = frozenset({"everyone", "everybody", "all", "people", "participants", "attendees", "both", "team", "group",
                       "guests", "invitees", "others"})
_NOT_PEOPLE = frozenset({"channel", "channels", "folder", "folders", "file", "files", "drive", "calendar", "group",
                         "groups", "list", "team", "workspace", "space", "board", "project", "page", "sheet", "inbox",
                         "thread"})
_PERSON_ARGS = _HANDLE_ARGS | _INVITEE_ARGS | _COPY_ARGS | frozenset({"to", "email", "recipients", "members", "emails"})
_TARGET_END = frozenset({"and", "or", "from", "about", "in", "on", "for", "that", "which", "who", "so", "as", "if",
                         "when", "but", "because", "then", "via"})
# ... and the words of a user who leaves the person to content ("at the address Boglarka gave", "whoever Jun names").
_PEOPLE_GIVEN = frozenset({"address", "addresses", "gave", "given", "gives", "mentioned", "mentions", "listed", "named",
                           "names", "suggested", "suggests", "whoever", "whomever", "contact", "contacts"})
# "Let Colorado River know we'll pay by the 28th": an answer to whoever wrote.
_LET_KNOW = re.compile(r"\blet\s+(?!me\b|us\b)(?:[\w.'\u2019&-]+\s+){1,4}know\b", re.IGNORECASE)
# The verbs of a user who asks for a message of their own, not for an existing one to be passed on.
_REPLYING_VERBS = frozenset({"reply", "answer", "respond", "say", "tell", "write", "thank", "confirm", "decline"})
_ANSWER_VERBS = frozenset({"reply", "answer", "respond", "confirm", "accept", "decline"})  # (confirming answers too)
_REPLY_TO_MAIL = re.compile(r"\b(?:reply|answer|respond)\s+(?:to\s+)?(?:[\w'\u2019.-]+\s+){0,3}"
                            r"(?:mail|email|e-mail|message|letter|note|thread|invitation|request|query)\b",
                            re.IGNORECASE)
_MAIL_TOOL = re.compile(r"e-?mail|(?:^|_)mail", re.IGNORECASE)
# A third party's message that asks, as a matter of course, for more to come with a message: "replies also list the
# deposit account", "the job description comes with the current salaries", "paste a couple of customer records".
_ASKS_TO_INCLUDE = re.compile(
    r"\b(?:comes?|arrives?|goes|go|sent|travels?)\s+(?:together\s+)?with\b|\btogether\s+with\b|\balong\s+with\b"
    r"|\b(?:also|as\s+well)\s+(?:\w+\s+){0,3}(?:list|lists|include|includes|state|states|give|quote|mention|paste|"
    r"attach|add)\b"
    r"|\b(?:list|include|paste|attach|add|mention|quote)\s+(?:\S+\s+){0,8}(?:also|as\s+well|too)\b"
    r"|\bcould\s+you\s+(?:also\s+)?(?:include|add|paste|attach|list)\b|\bpaste\s+(?:a|an|the|some|your|all)\b"
    r"|\bin\s+the\s+same\s+(?:message|mail|email|e-mail|dm|note|post)\b", re.IGNORECASE)
_EXTRA_KINDS = frozenset({"amount", "iban", "phone", "ident"})
# The user's words that ask for numbers to be copied ("with their account numbers", "add the IBANs", "my phone").
# The words that make a number or a date before which they stand personal.
_PERSONAL_LABEL = re.compile(
    r"\b(?:born|birth|dob|d\.o\.b|birthday|card|visa|mastercard|amex|maestro|passport|acct|iban|ssn|"
    r"personal\s+(?:no|number|code|id)|id\s+(?:no|number)|national\s+(?:id|insurance)|tax\s+(?:id|no|number))\b"
    r"[^\n.;]{0,14}$", re.IGNORECASE)
# A date's digits (day-month-year, month-day-year, year-month-day), which a phone number's shape can take.
_DATE_DIGITS = re.compile(r"(?:(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))"
                          r"(?:19|20)\d\d|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
_NUMBER_ASKED = frozenset({"number", "numbers", "account", "accounts", "iban", "ibans", "phone", "phones", "mobile",
                           "details", "everything", "all", "whatever", "anything"})
_EVERYTHING = frozenset({"everything", "all", "whatever", "anything"})
_WHOSOEVER = frozenset({"whoever", "whomever"})
# The tools whose results list people (a channel's members, contacts), whose handles a user's named person has.
_PEOPLE_TOOL = re.compile(r"member|contact|user|people|directory|team|staff", re.IGNORECASE)
# The person right after a verb that adds, removes or tells one: "add khalid", "DM tomek", "remove ana.k".
_VERB_OBJECT = re.compile(r"\b(?:add|remove|invite|kick|ban|dm|message|ping|cc|email|e-mail|mail)\s+@?"
                          r"([^\W_][\w.-]*[^\W_])", re.IGNORECASE)


def _verb_objects(conv: Conversation) -> frozenset[str]:
    """The words right after the user's verbs of adding, removing or telling someone, folded (once per conversation)."""
    if "verb_objects" not in conv.memo:
        conv.memo["verb_objects"] = frozenset(fold(m) for text in conv.user_texts for m in _VERB_OBJECT.findall(text))
    found: frozenset[str] = conv.memo["verb_objects"]
    return found


# The user saying where their own side keeps the value: "address in the contacts", "his number is in our CRM".
_IN_KEPT = re.compile(r"\b(?:address|addresses|e-?mail|number|iban|account|details|handle)\b[^.;]{0,25}?\b"
                      rf"(?:in|from|on)\s+(?:the|my|our|his|her|their)\s+(?:\w+\s+)?{KEPT}\b", re.IGNORECASE)
# ... or the choice someone else made ("email whichever one he picked").
_PICKED_BY_OTHERS = frozenset({"whichever", "picked", "chose", "chosen", "picks", "chooses", "recommended",
                               "recommends", "suggested", "suggests", "preferred", "prefers"})
_WHOEVER = re.compile(r"\bwho(?:m?ever)\b[^.!?\n]{0,40}\b(?:says?|said|names?|named|mentions?|mentioned|gives?|gave|"
                      r"lists?|listed|suggests?|suggested|recommends?|recommended)\b", re.IGNORECASE)
# ... or says that content tells who the person is ("Devika DMed me who it is", "her mail says who's covering").
_WHO_GIVEN = re.compile(r"\bwho(?:\s+(?:it\s+is|it's|it\u2019s|they\s+are|that\s+is|is\s+covering|will\s+cover|"
                        r"to\s+add|to\s+invite|to\s+remove)|['\u2019]s\s+(?:covering|taking\s+over|replacing|on\s+call))"
                        r"\b", re.IGNORECASE)
# ... unless the address is one the user typed out: "the unit base address, 4100 Bayview St".
_TYPED_ADDRESS = re.compile(r"\baddress(?:es)?\b[\s,:]*(?:is\s+)?\d", re.IGNORECASE)
# ... and the words of a user who also means people content names ("add Kai and whoever Jun mentions").
# A user who says where the address is to be found ("his address is in the contractor's message", "the address
# Boglarka gave").
_GIVEN_ELSEWHERE = re.compile(r"\b(?:address|addresses|e-?mail|iban|account|number|handle)\b[^.;]{0,25}?\b(?:is|are|"
                              r"stands?)\s+(?:in|on)\s+(?:the|his|her|their|its|our)\b|\b(?:address|addresses|e-?mail|"
                              r"iban|account|number|handle)\s+(?:\w+\s+){1,2}(?:gave|gives|mentioned|mentions|listed|"
                              r"lists|sent|shared)\b", re.IGNORECASE)
# The words of a user who asks for the people an item lists ("the same participants").
_SAME_PEOPLE = frozenset({"participants", "attendees", "invitees", "guests", "people", "members", "recipients",
                          "group", "crowd", "team"})
# Words that name a kind of file, not one file ("the PDF", "the attachment").
_FILE_WORDS = frozenset({"pdf", "docx", "doc", "xlsx", "xls", "csv", "txt", "zip", "file", "files", "attachment",
                         "attachments", "document", "documents", "md", "pptx", "png", "jpg"})
_ITEM_ARGS = frozenset({"attachment_ids", "attachments", "file_ids", "files", "documents", "document_ids"})
_PEOPLE_ARGS = frozenset({"passengers", "travellers", "travelers", "guests", "guest_names", "names", "occupants",
                          "drivers", "passenger_names"})
# The words of a user who asks to answer someone: the answer goes to that person.
_REPLYING = frozenset({"answer", "reply", "respond", "replying", "answering", "responding"})
# ... or tells the sender of what they read something ("tell them Thursday is fine", "let her know it's fine").
_TELL_THEM = re.compile(r"\b(?:tell|let)\s+(?:them|her|him)\b", re.IGNORECASE)
# ... or someone the user describes rather than names ("answer whoever asked").
_ANSWERING = _REPLYING | frozenset({"whoever", "anyone", "everyone", "everybody", "those", "people", "them"})
# ... or accepts or turns down what someone offered ("confirm the time he offers").
_CONFIRMING = frozenset({"confirm", "accept", "decline"})
# The words of a user who asks for the replacing value itself ("the new status page", "wherever it moved").
_CURRENT = frozenset({"new", "newest", "latest", "current", "moved", "updated", "corrected", "replacement"})
# Arguments that name a place, and how a user names one for them ("with pickup at Bologna airport", "location:
# Room 4"): the keyword, then a place written with a capital or a digit (not "at the place they suggest").
_PLACES = {"pickup": r"pick[\s-]?ups?", "dropoff": r"drop[\s-]?offs?|returns?", "location": r"location|venue",
           "venue": r"location|venue", "address": r"address"}
_PLACE_NOUNS = frozenset({"place", "address", "location", "spot", "point", "one", "same", "venue"})
# A place named with a capital or a digit ("pickup at Bologna airport"), or any word after "the" ("pickup at the
# airport").
_PLACE_STATED = {k: re.compile(rf"\b(?:{v})\s*(?:at|in|from|:)\s+(?:the\s+([^\W\d_][\w'-]*(?:\s+[\w'-]+){{0,3}})|"
                               rf"([A-Z0-9][\w'-]*(?:\s+[\w'-]+){{0,3}}))")
                 for k, v in _PLACES.items()}
# The words of a user who asks to act on more than one item.
_SEVERAL = frozenset({"all", "every", "each", "any", "other", "others", "those", "these", "them", "both", "rest",
                      "also", "too", "everything", "duplicates", "older"})
# Words with which a user refers to things the content lists ("add her to those channels").
_DEFERRING = frozenset({"propose", "proposes", "proposed", "list", "lists", "listed", "suggest", "suggests",
                        "suggested", "name", "names", "named", "give", "gives", "gave", "mention", "mentions",
                        "mentioned", "say", "says", "said", "introduce", "introduces", "introduced", "recommend",
                        "recommends", "recommended", "asks", "requests", "requested"})
# The words of a user who reports content as an attack ("that 'invoice' looks like phishing").
_SUSPECT = frozenset({"phishing", "phish", "scam", "scams", "fraud", "fraudulent", "spam", "suspicious", "malicious",
                      "spoofed", "spoofing", "impersonation", "impersonating", "fake"})
# Arguments that make a call repeat, their one-off values, and the words of a user who asks for a repetition.
_REPEAT_ARGS = frozenset({"recurrence", "recurring", "frequency", "repeat", "repeats", "interval", "schedule_type",
                          "periodicity", "rrule"})
_ONCE = frozenset({"", "once", "none", "no", "false", "one-off", "single", "one_time", "one-time", "never"})
_REPEATING = frozenset({"monthly", "weekly", "daily", "yearly", "annually", "annual", "quarterly", "biweekly",
                        "fortnightly", "every", "each", "recurring", "recurrent", "recurrence", "repeat", "repeating",
                        "standing", "regular", "regularly", "subscription", "instalment", "instalments", "installment",
                        "installments", "month", "week", "year", "quarter", "ongoing", "automatic", "automatically",
                        # ... and in the major European languages ("a transferência trimestral", "Dauerauftrag")
                        "mensal", "mensual", "mensile", "mensuel", "monatlich", "maandelijks", "månedlig", "månatlig",
                        "miesięczny", "miesieczny", "trimestral", "trimestrale", "trimestriel", "vierteljährlich",
                        "quartalsweise", "kwartaal", "kwartalny", "semanal", "settimanale", "hebdomadaire",
                        "wöchentlich", "wekelijks", "ukentlig", "veckovis", "tygodniowy", "anual", "annuale", "annuel",
                        "jährlich", "jaarlijks", "årlig", "roczny", "diário", "diario", "quotidien", "täglich",
                        "dagelijks", "daglig", "cada", "chaque", "jeden", "jede", "jeder", "elke", "hver", "varje",
                        "każdy", "recorrente", "recurrente", "ricorrente", "récurrent", "wiederkehrend", "permanente",
                        "dauerauftrag", "prestações", "cuotas", "rate", "mensualité", "mensualites",
                        # instalment plans, and "al mes", "pro Woche", "par an" as "a month" is
                        "plazos", "aplazamiento", "fraccionamiento", "rateizzazione", "rateale", "raten",
                        "ratenzahlung", "échéancier", "échéances", "parcelas", "parcelamento", "termijnen",
                        "mensualidades", "mensilità", "mes", "mese", "monat", "mois", "mês", "maand", "semana",
                        "settimana", "woche", "semaine", "año", "anno", "jahr",
                        # Polish, Turkish, Swedish, Dutch and Indonesian: "600 zł miesięcznie", "zlecenie stałe",
                        # "her ay", "aylik", "varje månad", "månadsvis", "elke maand", "setiap bulan", "bulanan"
                        "miesięcznie", "miesiecznie", "tygodniowo", "rocznie", "stałe", "cykliczny",
                        "cykliczne", "ayl\u0131k", "aylik", "haftal\u0131k", "haftalik", "y\u0131ll\u0131k", "yillik",
                        "düzenli", "duzenli", "månadsvis", "månad", "månaden", "vecka", "veckan", "stående",
                        "setiap", "bulanan", "mingguan", "tahunan", "rutin",
                        # ... their instalments and "every month" adjectives ("na raty", "comiesięczne", "taksit")
                        "raty", "rata", "ratach", "comiesięczne", "comiesięczny", "comiesięcznie", "cotygodniowe",
                        "coroczne", "kwartalne", "taksit", "taksitle", "avbetalning", "avbetalningar", "cicilan",
                        "angsuran", "termijn"})
# The periods of the major European languages, as the options of a recurrence argument name them.
_PERIODS = {**dict.fromkeys(("mensal", "mensual", "mensile", "mensuel", "monatlich", "maandelijks", "månedlig",
                             "månatlig", "miesięczny", "miesieczny"), "monthly"),
            **dict.fromkeys(("trimestral", "trimestrale", "trimestriel", "vierteljährlich", "quartalsweise",
                             "kwartalny"), "quarterly"),
            **dict.fromkeys(("semanal", "settimanale", "hebdomadaire", "wöchentlich", "wekelijks", "ukentlig",
                             "veckovis", "tygodniowy"), "weekly"),
            **dict.fromkeys(("anual", "annuale", "annuel", "jährlich", "jaarlijks", "årlig", "roczny"), "yearly"),
            **dict.fromkeys(("diário", "diario", "quotidien", "täglich", "dagelijks", "daglig"), "daily"),
            # ... and in Polish, Turkish, Swedish and Indonesian adverbs ("miesięcznie", "månadsvis").
            **dict.fromkeys(("miesięcznie", "miesiecznie", "ayl\u0131k", "månadsvis", "bulanan"), "monthly"),
            **dict.fromkeys(("tygodniowo", "haftal\u0131k", "mingguan"), "weekly"),
            **dict.fromkeys(("kwartalnie", "kvartalsvis", "triwulanan"), "quarterly"),
            **dict.fromkeys(("rocznie", "y\u0131ll\u0131k", "årsvis", "tahunan"), "yearly")}
# A user who asks for another item than the one whose reviews were read ("book the place they recommend instead").
_ELSEWHERE = frozenset({"instead", "alternative", "alternatives", "another", "other", "elsewhere", "similar"})
# ... and "other" or "instead" in the other languages users write in ("reserva a outra casa", "stattdessen").
_ELSEWHERE_ABROAD = frozenset({"outra", "outro", "otra", "otro", "altra", "altro", "autre", "plutôt", "andere",
                               "anderen", "stattdessen", "annan", "annat", "istället", "inny", "inna", "inną",
                               "zamiast", "başka", "yerine", "lain", "gantinya", "invece"})
# Tools that tell about an item itself (its reviews, its details), not a document naming other items.
_ABOUT_ITEM = re.compile(r"reviews?|ratings?|details?|availability|_info\b|info_")
# "£620 a month", "twice per week": a period the user gives without its adverb.
_PER_PERIOD = re.compile(r"\b(?:a|per|each|every)\s+(month|week|year|quarter)\b", re.IGNORECASE)
# ... and as the major European languages say it ("85 € al mes", "pro Woche", "par an"): the English period.
_PER_PERIOD_ABROAD = tuple((re.compile(rx, re.IGNORECASE), period) for rx, period in (
    (r"\b(?:al|por|cada|ogni|pro|im|je|par|chaque|per|elke|todo)\s+(?:mes|mese|monat|mois|m[eê]s|maand)\b",
     "monthly"),
    (r"\b(?:a\s+la|por|cada|alla|ogni|pro|je|par|chaque|per|elke|toda)\s+(?:semana|settimana|woche|semaine|week)\b",
     "weekly"),
    (r"(?:\b(?:al|por|cada|ogni|pro|im|je|par|chaque|per|elk|todo)\s+|\ball')(?:año|anno|jahr|an|ano|jaar)\b",
     "yearly")))
# "view only", "can edit": a sharing role the user gives in words.
_ROLE_PHRASES = ((re.compile(r"\b(?:view|read)[- ]only\b|\bcan\s+(?:only\s+)?view\b|\bview(?:ing)?\s+access\b",
                           re.IGNORECASE), "viewer"),
               (re.compile(r"\bcan\s+edit\b|\bedit(?:ing)?\s+(?:access|rights)\b", re.IGNORECASE), "editor"),
               (re.compile(r"\bcan\s+comment\b|\bcomment(?:ing)?\s+(?:access|rights)\b", re.IGNORECASE),
                "commenter"),
               # Seat classes in the major European languages ("econômica", "clase turista", "classe affaires").
               # ... and in Swedish, Polish, Turkish and Indonesian ("ekonomi", "klasa ekonomiczna", "affärsklass").
               (re.compile(r"\becon[oóô]mic[ao]\b|\b[eé]conomique\b|\bturista\b|\btouriste\b|\beconomy\b|"
                           r"\bwirtschaftsklasse\b|\bekonomi(?:klass|k)?\b|\bekonomiczn\w*", re.IGNORECASE), "economy"),
               (re.compile(r"\bexecutiva\b|\bejecutiva\b|\baffaires\b|\bgesch[aä]ftsklasse\b|\bbusiness\b|"
                           r"\baff[aä]rsklass\b|\bbiznes\w*", re.IGNORECASE), "business"),
               # Room types ("familjerum", "Doppelzimmer", "camera doppia", "pokój jednoosobowy", "kamar keluarga").
               (re.compile(r"\bfamilj(?:e)?rum\b|\bfamilienzimmer\b|\bfamiliekamer\b|\bchambre\s+familiale\b|"
                           r"\bhabitaci[oó]n\s+familiar\b|\bcamera\s+familiare\b|\bquarto\s+familiar\b|"
                           r"\bpok[oó]j\s+rodzinny\b|\baile\s+odas[\u0131i]\b|\bkamar\s+keluarga\b", re.IGNORECASE),
                "family"),
               (re.compile(r"\bdubbelrum\b|\bdoppelzimmer\b|\btweepersoonskamer\b|\bchambre\s+double\b|"
                           r"\bhabitaci[oó]n\s+doble\b|\bcamera\s+(?:doppia|matrimoniale)\b|\bquarto\s+duplo\b|"
                           r"\bduplo\b|\bpok[oó]j\s+dwuosobowy\b", re.IGNORECASE), "double"),
               (re.compile(r"\benkelrum\b|\beinzelzimmer\b|\beenpersoonskamer\b|\bchambre\s+simple\b|"
                           r"\bhabitaci[oó]n\s+individual\b|\bcamera\s+singola\b|\bquarto\s+individual\b|"
                           r"\bpok[oó]j\s+jednoosobowy\b|\btek\s+ki[sş]ilik\b", re.IGNORECASE), "single"),
               # Workspace roles ("als Gast", "come ospite", "como invitado", "comme invité", "als lid").
               (re.compile(r"\bgast\b|\bospite\b|\binvitad[oa]\b|\binvitée?(?!\w)|\bconvidad[oa]\b",
                           re.IGNORECASE), "guest"),
               (re.compile(r"\bmitglied\b|\bmiembro\b|\bmembro\b|\bmembre\b|\blid\b", re.IGNORECASE), "member"))
# The words a user says for cancelling an event or an order, besides the verbs of cancelling.
_UNDOING = frozenset({"delete", "remove", "erase", "scrap", "kill"})
# A user who dictates a message: a verb of telling, then a colon or a quote with what to say ("Reply to the
# distributor: lead time is 6 weeks", "tell Ana 'see you at 10'").
# The text after the colon of a request to write or say something ("Write the summary as a new file: ...").
_DICTATED_TEXT = re.compile(r"(\b(?:reply|answer|respond|tell|write|say|message|email|e-mail|dm|post|text|inform|"
                            r"append|add|note|put)\b[^.:!?\n]{0,80}:)\s+[^\n]*", re.IGNORECASE)
# A request before a colon and the text it dictates after it ("Stuur Petra een bericht: ..."); not a link.
_COLON_DICTATION = re.compile(r"([^.:!?\n]{1,80}):\s+(?!https?://|www\.)\S")
_SENDING = ACTIONS["communicate"]
_DICTATED = re.compile(r"\b(?:reply|answer|respond|tell|write|say|message|email|e-mail|dm|post|text|inform|append|"
                       r"add|note|put)\b"
                       r"[^.:!?\n]{0,80}(?::\s+\S|\s[\"\u201c'\u2018])"
                       # ... or tells someone a clause ("tell her a technician can come on the 27th"), not what or
                       # about what ("tell him what the invoice says", "tell me about it").
                       r"|\b(?:tell|inform)\s+(?!me\b|us\b)[\w.-]+\s+(?:that\s+)?"
                       r"(?!about\b|what\b|how\b|which\b|when\b|where\b|why\b|whether\b|if\b|to\b)\w"
                       # ... or says that something is so ("DM @rahman.foods that we confirm Friday's order").
                       r"|\b(?:reply|answer|respond|write|message|email|e-mail|dm|text)\b[^.:!?\n]{0,60}\sthat\s+"
                       r"(?:we|i|you|he|she|they|it|the|our|my|there)\b"
                       # ... or says what to say ("reply to her and say £18,400 for the year").
                       r"|\b(?:reply|answer|respond|write|message|email|e-mail|dm|text)\b[^.:!?\n]{0,60}\sand\s+say\s+"
                       r"(?:that\s+)?(?!what\b|how\b|which\b|when\b|where\b|why\b|whether\b|if\b|something\b|"
                       r"so\b|yes\b|no\b)\S",
                       re.IGNORECASE)
# What the user dictated, to be left out of what points at content: the words after the colon, inside the quotes or
# after "tell her (that)" are the message's own, not a reference to a mail or a post. A link after the colon is a
# reference ("Post the root cause in #incidents: https://wiki/pm/4460").
_DICTATION_BODY = re.compile(r"(?<=:)\s+(?!https?://|www\.)[^\n]+|[\"\u201c'\u2018][^\"\u201d'\u2019\n]+[\"\u201d'\u2019]"
                             r"|(?<=\btell )(?:her|him|them)\s+(?:that\s+)?[^.!?\n]+"
                             r"|(?<=\band say )(?!what\b|how\b|which\b)[^.!?\n]+"
                             r"|(?<=\sthat )(?:we|i|you|he|she|they|it|the|our|my|there)\b[^.!?\n]+", re.IGNORECASE)
# ... and the words of a user who asks for some of the content itself to be passed on.
_PASSING_ON = frozenset({"summary", "summarise", "summarize", "summarised", "summarized", "details", "detail",
                         "include", "including", "forward", "quote", "figures", "numbers", "prices", "price", "amounts",
                         "amount", "total", "totals", "breakdown", "list", "overview", "recap", "attach", "copy",
                         "what", "which", "everything", "all"})
_DICTATION_KINDS = {"amount": "an amount", "iban": "an account", "email": "an address", "phone": "a phone number",
                    "url": "a link", "geo": "a location"}
# A message the user scopes to one kind of thing: "about the commissioning date", "with Otávio's work email", "with
# the milestone-3 date and payment": the head nouns of the phrase after "about" or "with".
_TOPIC_WORDS = {**dict.fromkeys(("date", "dates", "day", "time", "times", "deadline", "slot", "schedule"), "a date"),
                **dict.fromkeys(("email", "e-mail", "address"), "an address"),
                **dict.fromkeys(("phone", "number", "mobile"), "a phone number"),
                **dict.fromkeys(("price", "prices", "cost", "costs", "fee", "fees", "amount", "quote", "total",
                                 "rate", "rates", "payment", "payments"), "an amount"),
                **dict.fromkeys(("link", "url"), "a link")}
# A secret that opens something, as a message labels it: "gate code 7731#", "alarm PIN: 4402", "Wi-Fi password is
# ...", "código del portón 5521", "Torcode 1234". Booking and confirmation codes are not secrets: they are what a
# message about a booking passes on.
_SECRET_LABEL = re.compile(
    r"\b(?:(?:gate|door|front[- ]door|alarm|entry|access|lockbox|lock[- ]box|key[- ]?safe|keypad|building|garage|"
    r"wi-?fi|security|verification|one[- ]time|login|safe|padlock|lock)(?:\s+[a-z-]+)?\s*"
    r"(?:code|pin|passcode|combination|password)s?"
    # "server room keypad 1973#": a keypad's own number
    r"|keypad"
    r"|pin(?:\s*code)?|passcodes?|passwords?|passphrase|otp|cvv|cvc|"
    r"c[oó]digo\s+(?:de\s+(?:acceso|acesso|la\s+puerta|la\s+porta|entrada|seguran[cç]a|seguridad|alarma|alarme)|"
    r"del\s+port[oó]n|do\s+port[aã]o)|"
    r"code\s+(?:d['\u2019]acc[eè]s|de\s+la\s+porte|du\s+portail|de\s+l['\u2019]alarme|wifi)|mot\s+de\s+passe|"
    r"(?:tor|t[uü]r|alarm|zugangs|eingangs)code|passwort|wachtwoord|deurcode|poortcode|has[lł]o|"
    r"codice\s+(?:del\s+cancello|della\s+porta|d['\u2019]accesso|dell['\u2019]allarme)|parola\s+d['\u2019]ordine|"
    # A door's keypad code and a key box's ("Digicode 27B41, boîte à clés 0813", "Schlüsselbox 4471").
    r"digicode|bo[iî]te\s+[aà]\s+cl[eé]s|schl[uü]ssel(?:box|safe|tresor)|caja\s+de\s+llaves|"
    r"cassetta\s+(?:delle\s+|portachiavi\s+)?chiavi)"
    r"\b[^\w\n]{0,3}(?:(?:is|es|est|ist|er|är|=|now|this\s+week|today)\s*[^\w\n]{0,2})*"
    r"(?P<value>[^\s,.;:!?()\"\u201d]*\d[^\s,.;:!?()\"\u201d]*)",
    re.IGNORECASE)
# ... and the user's words that ask for such a secret to be passed on (or for everything that gets someone in).
# Arguments that name a place, which hold no personal numbers.
_PLACE_ARG = re.compile(r"location|pickup|dropoff|drop_off|address|place|venue|city", re.IGNORECASE)
_NOT_PLACE_ARG = re.compile(r"mail|url|web|link|ip_|_ip|phone|wallet|iban|account", re.IGNORECASE)
_SECRET_ASKED = frozenset({"code", "codes", "pin", "pins", "password", "passwords", "passcode", "passcodes", "otp",
                           "combination", "wifi", "wi-fi", "cvv", "cvc", "instructions",
                           "details", "dial", "dial-in", "dialin", "login", "credentials",
                           "everything", "codigo", "passwort", "wachtwoord", "haslo", "codice", "kod", "passe"})
_KIND_ASKED = {"figures": ("an amount",), "numbers": ("an amount", "a phone number"), "prices": ("an amount",),
               "price": ("an amount",), "amounts": ("an amount",), "amount": ("an amount",), "total": ("an amount",),
               "totals": ("an amount",)}
_TOPIC_KINDS = {"a date": frozenset(), "an address": frozenset({"email"}), "a phone number": frozenset({"phone"}),
                "an amount": frozenset({"amount"}), "a link": frozenset({"url"})}
_SCOPE_START = re.compile(r"\b(?:about|with|for)\s+(?=(?:the|her|his|their|its|our|my|[^\W\d_]+['\u2019]s)\s)",
                          re.IGNORECASE)
_HEAD_END = frozenset({"and", "or", "we", "you", "they", "i", "he", "she", "that", "which", "who", "she's", "he's"})
_SCOPE_END = re.compile(r"[.;:!?\n]|\s(?:from|in|for|to|so|because|but|then|if|when|which|that)\s", re.IGNORECASE)
# The words of a user who asks for a direct message, to whomever.
_DM_WORDS = frozenset({"dm", "dms", "privately", "private", "direct", "personally", "message", "ping", "notify", "tell",
                       "let", "inform", "remind"})
# The dates of a stay, and how a user says how long it is ("for 2 nights", "three nights from ...").
_STAY_START = frozenset({"check_in", "checkin", "check_in_date", "arrival", "arrival_date", "start_date", "from_date"})
_STAY_END = frozenset({"check_out", "checkout", "check_out_date", "departure", "departure_date", "end_date", "to_date"})
_COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10}
# ("EUR 150 a night" is a price, not a stay.)
_NIGHTS = re.compile(r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+nights?\b", re.IGNORECASE)
# Words of a user who asks for more than one item ("the newsletter and the auto-replies", "the ones in spam").
_MORE_THAN_ONE = frozenset({"and", "ones", "plus", "et", "und", "y", "e", "i", "oraz", "ve", "en", "och", "og", "dan",
                            "ja", "és", "și", "a"})
_THOSE = frozenset({"those", "these", "them", "which", "listed", "named", "mentioned", "each", "all", "every"})
# The words of a user who asks for access to be given, whatever the verb.
_GRANTING = frozenset({"access", "permission", "permissions", "viewer", "editor", "commenter", "invite", "invitation",
                       "rights", "share", "sharing", "onboard"})
# A tool that saves a record of a payee, and the words of a user who asks for such a record.
_RECORDS = frozenset({"payee", "payees", "beneficiary", "beneficiaries"})
_SAVING = _RECORDS | frozenset({"add", "save", "store", "register", "create", "set", "new", "include",
                                # ... and the payees and saving verbs of the major European languages
                                "beneficiario", "beneficiarios", "beneficiari", "beneficiaire", "bénéficiaire",
                                "beneficiário", "empfänger", "zahlungsempfänger", "begunstigde", "destinatario",
                                "destinataire", "guarda", "guardar", "salva", "salvar", "salvare", "speichere",
                                "speichern", "enregistre", "enregistrer", "sauvegarde", "opslaan", "añade", "aggiungi",
                                "ajoute", "füge", "adiciona"})
# The address an item of a tool result comes from ("from": "Ana <ana@x.io>", "From: ana@x.io").
_SENDER = re.compile(r'"(?:from|sender|author|sender_email|from_email)"\s*:\s*"(?:[^"<@]{0,80}<)?'
                     r"([\w.+-]+@[\w-]+(?:\.[\w-]+)+)>?\"|(?:^|\n)\s*(?:from|sender)\s*:[^\n@]{0,80}?"
                     r"([\w.+-]+@[\w-]+(?:\.[\w-]+)+)", re.IGNORECASE)
# A user who has a whole listing gone through ("go through my unread mail and deal with whatever needs doing", "work
# through the open tickets"): every item of a listing read for it is pointed at.
_SWEEP = re.compile(r"\b(?:go|going|work|run|read|look)\s+through\s+(?:(?:my|our|the|all|every|her|his)\s+)?"
                    r"(?:\w+\s+){0,2}(?:mail|e-?mails?|inbox|messages|posts|tickets|requests|dms|notes|documents|files|channel|queue)\b"
                    # ... or hands over a queue ("handle the requests in the files people shared with me").
                    r"|\b(?:handle|deal\s+with|action|process|work\s+through|clear)\s+(?:all\s+)?(?:the\s+|my\s+|our\s+)?"
                    r"(?:open\s+|pending\s+|new\s+|outstanding\s+)?(?:requests|tickets|tasks|asks|items)\b",
                    re.IGNORECASE)
# A user who leaves the details of an action to what content says ("the way the letter says", "as the invoice asks").
_AS_SAYS = re.compile(r"\b(?:the\s+way|as|like|how)\s+(?:the|his|her|their|its|our|my)\s+(?:\w+\s+){0,2}"
                      r"(?:says|said|asks|asked|describes|described|specifies|specified|sets\s+out|lays\s+out|puts\s+it|states|stated)\b",
                      re.IGNORECASE)
# Roles that make someone an insider (more than a guest, a viewer or a commenter).
_INSIDER_ROLES = frozenset({"member", "editor", "admin", "administrator", "owner", "full", "writer", "manager",
                            "contributor", "organizer", "organiser", "co-owner"})
# A user who says who gave a value ("Rohan DMed me her email", "Ama sent the new IBAN"): the value is the one that
# person's message holds.
_GIVEN_BY = re.compile(r"\b([A-Z][a-z\u00e0-\u024f'\u2019-]{2,})\s+(?:has\s+|had\s+|just\s+|already\s+)?(?:DMed|DM'd|"
                       r"DM\u2019d|messaged|emailed|e-mailed|mailed|sent|gave|texted|posted|shared|forwarded|wrote)\s+"
                       r"(?:(?:me|us)\s+)?(?:(?:her|his|their|the|its|our)\s+)?(?:new\s+|correct\s+|right\s+|current\s+)?"
                       r"(email|e-mail|address|iban|account|bank\s+details|number|phone|mobile)\b")
_GIVEN_KINDS = {"email": {"email"}, "e-mail": {"email"}, "address": {"email"}, "iban": {"iban"},
                "account": {"iban"}, "number": {"phone", "iban"}, "phone": {"phone"}, "mobile": {"phone"}}
_LISTED_HANDLE = re.compile(r'"(?:handle|user|username|member)"\s*:\s*"@?([A-Za-z][\w.-]{1,60})"')
_CHAT_AUTHOR = re.compile(r'"(?:author|user|sender|from|posted_by)"\s*:\s*"@?([A-Za-z][\w.-]{1,60})"')  # a handle
_CHANNEL = re.compile(r"(?<![\w&/#])#([A-Za-z][\w.-]*[A-Za-z0-9])")  # a channel the user names: #eng, #it-help


class ProvenanceCheck:
    """Trace every argument to its sources; deny consequential calls that injected content drove."""

    name = "provenance"

    def __init__(self, registry: Registry, server_secret: bytes, scorer: IntentScorer, *,
                 store: ConversationStore | None = None, injection_threshold: float = 1.0,
                 intent_threshold: float = 0.3, analyser: Analyser | None = None) -> None:
        self.registry = registry
        self.server_secret = server_secret
        self.scorer = scorer
        self.store = store
        self.injection_threshold = injection_threshold
        self.intent_threshold = intent_threshold
        self.analyser = analyser or Analyser()
        self._keys: dict[str, bytes] = {}
        self._conversations: OrderedDict[bytes, Conversation] = OrderedDict()
        self._lock = threading.Lock()

    # -- the conversation --------------------------------------------------------------------
    def key(self, tenant: str) -> bytes:
        """The tenant's key for hashing conversation values (derived from the server secret)."""
        return self._key(tenant)

    def _key(self, tenant: str) -> bytes:
        key = self._keys.get(tenant)
        if key is None:
            key = self._keys[tenant] = tenant_key(self.server_secret, "provenance/" + tenant)
        return key

    def _untrusted_tool(self, tenant: str, name: str | None, allowlist: Any) -> bool:
        if not name:
            return True  # a tool result we cannot attribute: untrusted (fail closed)
        compiled = self.registry.snapshot.tools.get((tenant, name))
        if compiled is None:
            return True
        entry = allowlist.tools.get(name) if allowlist is not None else None
        return bool(compiled.tool.annotations.openWorldHint) or bool(getattr(entry, "untrusted_output", False))

    def conversation(self, ctx: CallContext, stored: list[StoredResult] = ()) -> Conversation:  # type: ignore[assignment]
        """The sources of the call's conversation: the results Arbiter executed and remembered for it
        (``stored``), then the declared messages (``context.messages``) and ``untrusted_values``.

        Cached by the conversation's content and the policy it is judged under: the calls of one model turn
        share their history, and a retried call is free.
        """
        assert ctx.agent is not None
        info = ctx.call.context
        tenant = ctx.agent.tenant
        key = self._key(tenant)
        snap = self.registry.snapshot
        ck = hashlib.blake2b(_encode((info.messages if info else None, info.untrusted_values if info else None,
                                      [i.seq for i in stored], snap.version, ctx.policy.revision)),
                             key=key[:64], digest_size=16).digest()
        with self._lock:
            hit = self._conversations.get(ck)
            if hit is not None:
                self._conversations.move_to_end(ck)
                return hit
        conv = self._build(ctx, stored, key)
        with self._lock:
            self._conversations[ck] = conv
            while len(self._conversations) > _CONVERSATIONS:
                self._conversations.popitem(last=False)
        return conv

    def prepare(self, agent: Agent, info: CallInfo, kind: str = "model_tool_call") -> None:
        """Work done ahead, from the conversation alone, before its calls are known: analyse the declared messages
        and compute what every write call of the conversation reads (the results carrying instructions, the items
        the user points at, the user's requests and their embeddings) into the caches the check reads.

        The model endpoints call it while the model is answering. Never a decision: the check then finds the work
        done, or does it itself, and decides the same either way. Only for declared histories (``stored`` results
        of executed kinds are loaded by the check itself).
        """
        if not (info.messages or info.untrusted_values) or kind in _EXECUTED_KINDS:
            return
        ctx = CallContext(decision_id="", started_ns=0, kind=kind, agent=agent,
                          call=ToolCall(tool="", arguments=None, context=info))
        # The policy a call is judged under is the agent's allowlist and its revision, whichever tool it names.
        ctx.policy = resolve(self.registry.snapshot, agent, "").policy
        conv = self.conversation(ctx)
        if not conv.untrusted:
            return  # nothing untrusted: the check stops after tracing
        self._carriers(conv)
        self._pointers(conv)
        _dictates(conv)
        _verb_objects(conv)
        for warm in (self._acts, self._channels, self._known, self._own_details, self._handles, self._authors,
                     self._authors_named, self._listed, self._several, self._cased_names, self._dictated_only,
                     self._asked_secret):
            warm(conv)
        self.scorer.prepare(conv.user_texts)

    def _build(self, ctx: CallContext, stored: list[StoredResult], key: bytes) -> Conversation:
        assert ctx.agent is not None
        info = ctx.call.context
        tenant = ctx.agent.tenant
        snap = self.registry.snapshot
        allowlist = snap.allowlists.get(ctx.policy.allowlist) if ctx.policy.allowlist else None
        sources: list[Source] = []
        for item in stored:
            trust: Trust = "untrusted" if self._untrusted_tool(tenant, item.tool, allowlist) else "trusted"
            sources += [Source(index=-1, role="relayed", trust=trust, tool=item.tool, analysed=a,
                               message=-1_000_000 + item.seq, part=n)
                        for n, a in enumerate(item.segments)]
        user_texts: list[str] = []
        known: list[int] = []  # the messages of the user, the operator and trusted tools
        users: list[UserView] = []
        producers: dict[str, Any] = {}
        messages = (info.messages if info else None) or ()
        contents = [text_of(msg.content) for msg in messages]  # (text, opaque), read once per message
        found: dict[int, frozenset[Atom]] = {}

        def values(i: int) -> frozenset[Atom]:
            # The typed values of message i's text, looked up once per build.
            got = found.get(i)
            if got is None:
                got = found[i] = self.analyser.values(key, contents[i][0])
            return got

        for i, msg in enumerate(messages):
            for call in msg.tool_calls or ():
                if call.id:
                    producers[call.id] = call
            if msg.role == "assistant":
                continue  # the model's own words are derived, never a source
            text, opaque = contents[i]
            if not text and not opaque:
                continue
            index = msg.index if isinstance(msg.index, int) else i if msg.index is None else -1
            producer = producers.get(msg.tool_call_id or "")
            tool = msg.name or (producer.name if producer else None)
            untrusted = bool(msg.untrusted) or (msg.role == "tool" and self._untrusted_tool(tenant, tool, allowlist))
            trust = "untrusted" if untrusted else "user" if msg.role in _USER_ROLES else "trusted"
            if not untrusted:
                known.append(i)
            if msg.role == "user" and not untrusted:
                user_texts.append(text)
                users.append(self.analyser.user(key, text, asked_words, requested_words, negated_words))
            made = self.analyser.producer(key, producer.arguments) if producer is not None else frozenset()
            for n, analysed in enumerate(self.analyser.analyse(key, text, untrusted=untrusted, opaque=opaque,
                                                               split=msg.role == "tool")):
                sources.append(Source(index=index, role=msg.role, trust=trust, analysed=analysed,
                                      tool=tool if msg.role == "tool" else None, message=i, part=n, producer=made))
        for i, value in enumerate((info.untrusted_values if info else None) or ()):
            if isinstance(value, str) and value:
                [analysed] = self.analyser.analyse(key, value, untrusted=True)[:1]
                sources.append(Source(index=-1, role=f"context.untrusted_values[{i}]", trust="untrusted", tool=None,
                                      analysed=analysed, message=-1 - i))
        conv = Conversation(key=key, sources=sources, user_texts=user_texts,
                            user_words=frozenset().union(*(u.words for u in users)),
                            user_atoms=frozenset().union(*(u.atoms for u in users)),
                            user_asked=frozenset().union(*(u.asked for u in users)),
                            user_requested=frozenset().union(*(u.requested for u in users)),
                            user_negated=frozenset().union(*(u.negated for u in users)))
        # What only this conversation knows about speaking to its agent: the agent's name in the system prompt
        # ("You are Relay, ...") and the names of the tools it holds.
        names = {m.group(1) for i, msg in enumerate(messages) if msg.role in ("system", "developer")
                 for m in _AGENT_NAME.finditer(contents[i][0])}
        conv.memo["agent_names"] = frozenset(digest(key, "phrase", fold(n)) for n in names)
        # The names of the domains the user and the operator write (``brightwave`` of ``lena@brightwave.io``): a
        # link at ``brightwave.co`` is a look-alike of theirs, not their own.
        org = frozenset(label(v) for i, msg in enumerate(messages) if msg.role in _USER_ROLES and not msg.untrusted
                        for k, v in values(i) if k == "domain")
        conv.memo["org_labels"] = frozenset(digest(key, "label", name) for name in org)
        conv.memo["org_names"] = frozenset(name for name in org if len(name) >= 4)  # in memory only
        # The name labels of every domain the conversation holds, whoever wrote it (in memory only): a recipient at
        # "atelier-wendling-fr.com" borrows the name of "atelier-wendling.fr" written elsewhere.
        conv.memo["all_labels"] = frozenset(
            label(v) for i in range(len(messages)) for k, v in values(i) if k == "domain" and _TLD.search(v))
        # The name labels of the domains the user, the operator and trusted tools write (in memory only): a sender at
        # "pemberlake-instr.co" borrows the name of "pemberlake-instr.com" in the system prompt or a contact card.
        conv.memo["trusted_labels"] = frozenset(
            digest(key, "label", label(v)) for i in known for k, v in values(i) if k == "domain")
        # The operator's own contact values (the principal's address in the system prompt): a record that holds
        # them is the user's own (a file they own), no record of someone else's address.
        conv.memo["principal"] = frozenset(
            digest(key, k, v) for i, msg in enumerate(messages) if msg.role in ("system", "developer")
            for k, v in values(i) if k in ("email", "iban", "phone"))
        # The people an item of the principal's own lists (the recipients of a mail they sent, the guests of an event
        # they organise, the people they shared their own file with) were chosen by the principal, whoever relays
        # the item: "forward it to the same people as January's" takes them as a trusted source would give them.
        own = [Source(index=s.index, role=s.role, trust="trusted", tool=s.tool, message=s.message, part=s.part,
                      producer=s.producer,
                      analysed=Analysed(atoms=s.analysed.listed, phrases=frozenset(), spans=frozenset(), detection=None,
                                        opaque=False, listed=s.analysed.listed, kinds=s.analysed.listed_kinds))
               for s in sources if s.trust == "untrusted" and s.analysed.listed and
               s.analysed.senders & conv.memo["principal"]]
        if own:
            conv.sources = [*own, *sources]
        # ... and the principal's name ("the banking assistant of Urška Kovačič"): a record holding all its words is
        # the user's own account, not a payee's (a daughter sharing the surname is someone else).
        conv.memo["principal_names"] = [
            frozenset(digest(key, "phrase", w) for w in words(fold(m.group(1))) if w not in _TITLES)
            for i, msg in enumerate(messages) if msg.role in ("system", "developer")
            for m in _PRINCIPAL.finditer(contents[i][0])]
        # The tool results' texts (in memory only), for the addresses their items come from, read only when a call
        # answers someone (:meth:`_not_the_sender`).
        conv.memo["tool_texts"] = tuple(contents[i][0] for i, msg in enumerate(messages) if msg.role == "tool")
        conv.memo["tool_text_at"] = {i: contents[i][0] for i, msg in enumerate(messages) if msg.role == "tool"}
        conv.memo["tool_names"] = frozenset(digest(key, "ident", name.lower()) for (t, name) in snap.tools
                                            if t == tenant and ("_" in name or "." in name))
        # The items of a listing that the user's own criterion picks ("the cheapest flight", "the best-rated hotel
        # under EUR 150"): the user singles those out as surely as by naming them.
        rule = criterion(user_texts)
        chosen: set[tuple[int, int]] = set()
        if rule is not None:
            for i, msg in enumerate(messages):
                if msg.role == "tool":
                    chosen |= {(i, n) for n in self.analyser.picked(key, contents[i][0], rule.order, rule.cap,
                                                                    rule.noun)}
        conv.memo["criterion"] = frozenset(chosen)
        conv.memo["criterion_order"] = rule.order if rule is not None else None
        return conv

    # -- the decision --------------------------------------------------------------------------
    def _mode(self, ctx: CallContext) -> str:
        snap = self.registry.snapshot
        allowlist = snap.allowlists.get(ctx.policy.allowlist) if ctx.policy.allowlist else None
        return (getattr(ctx.entry, "on_untrusted", None) or getattr(allowlist, "on_untrusted", None) or "deny")

    @staticmethod
    def _named(leaf: Leaf, conv: Conversation) -> bool:
        """Whether the user's words name the target of a value (``tariq`` for ``tariq.keller@...``)."""
        text = fold(leaf.value) if isinstance(leaf.value, str) else ""
        local = text.split("@", 1)[0] if "@" in text else text
        mine = {w for w in words(local) if len(w) >= 3 and w not in _STOP}
        if mine & conv.user_words:
            return True
        # Without accents: "Ruairí" names ruairi.doyle.
        plain: frozenset[str] | None = conv.memo.get("plain_words")
        if plain is None:
            plain = conv.memo["plain_words"] = frozenset(_unaccented(w) for w in conv.user_words)
        return bool({_unaccented(w) for w in mine} & plain)

    def _carriers(self, conv: Conversation) -> frozenset[int]:
        """The untrusted segments (their ids) that carry instructions to the AI: their own detection, plus what
        only this conversation knows: the agent's name from the system prompt addressed in them, or one of the
        tenant's tool names spelled in them. Unreadable segments (not text) count too. Once per conversation."""
        memo: frozenset[int] | None = conv.memo.get("carriers")
        if memo is not None:
            return memo
        names = conv.memo.get("agent_names", frozenset())
        tools = conv.memo.get("tool_names", frozenset())
        out = set()
        for s in conv.untrusted:
            a = s.analysed
            score = a.detection.score if a.detection else 0.0
            families = a.detection.families if a.detection else ()
            if "addressee" not in families and not a.phrases.isdisjoint(names):
                score += _NAME_WEIGHT
            if not a.atoms.isdisjoint(tools):
                # One of the tenant's own tool names is an instruction to the AI by itself; a generic code call the
                # scorer found (weight 0.5) already counts, so it is topped up to the family's full weight.
                score += 0.5 if "tools" in families else 1.0
            if a.opaque or score >= self.injection_threshold:
                out.add(id(s))
        # An instruction split over two items of one result ("details are in the note tagged #A7" ... "#A7: add
        # @guest to #leadership"): an item that shares with a carrier a value no other item of the result holds is
        # that carrier's continuation, and carries the instruction too.
        by_message: dict[int, list[Source]] = {}
        for s in conv.untrusted:
            by_message.setdefault(s.message, []).append(s)
        for parts in by_message.values():
            if len(parts) < 3 or not any(id(s) in out for s in parts):
                continue
            # Linking values only: two emails sent on the same day share a date, not an instruction.
            counts: dict[int, int] = {}
            for s in parts:
                for h in s.analysed.links or s.analysed.atoms:
                    counts[h] = counts.get(h, 0) + 1
            marks = [s.analysed.links or s.analysed.atoms for s in parts if id(s) in out]
            for s in parts:
                if id(s) not in out and any(counts.get(h) == 2 for m in marks
                                            for h in m & (s.analysed.links or s.analysed.atoms)):
                    out.add(id(s))
        # Parts of one instruction split over several results ("(Teil 1/2)" in one file, "(Teil 2/2)" in the next):
        # once one part carries instructions, every part marked as such carries them too.
        if any(id(s) in out and s.analysed.detection and "split" in s.analysed.detection.families
               for s in conv.untrusted):
            out |= {id(s) for s in conv.untrusted if s.analysed.detection and "split" in s.analysed.detection.families}
        conv.memo["carriers"] = frozenset(out)
        return conv.memo["carriers"]

    @staticmethod
    def _distinctive(conv: Conversation) -> set[int]:
        """The user's words (and their stems) that can point at something, hashed like the sources' words."""
        ws = {w for w in conv.user_words if len(w) >= 3 and w not in _STOP}
        return conv.word_hashes(ws | {stem(w) for w in ws})

    def _pointers(self, conv: Conversation) -> dict[tuple[int, int], bool]:
        """Which untrusted segments the user's request points at: every segment of a result whose call used the
        user's words, and a segment holding one of the user's words that not every segment of its message holds
        (a name, a subject, a file the user mentioned). Computed once per conversation."""
        if conv.memo.get("pointers") is not None:
            memo: dict[tuple[int, int], bool] = conv.memo["pointers"]
            return memo
        distinctive = ProvenanceCheck._distinctive(conv)
        # The typed values the user wrote point too ("the 07:10 flight", "the €74 payment"), except domains.
        distinctive |= {digest(conv.key, k, v) for k, v in conv.user_atoms if k != "domain"}
        # ... and the user's long words by their first letters, across inflections ("fakturę od biura rachunkowego"
        # and an invoice from "Biuro Rachunkowe").
        distinctive |= prefixes(conv.key, {w for w in conv.user_words if w not in _STOP})
        by_message: dict[int, list[Source]] = {}
        for s in conv.sources:
            if s.trust == "untrusted" or s.role in ("tool", "relayed"):
                by_message.setdefault(s.message, []).append(s)
        out: dict[tuple[int, int], bool] = {}
        singled: set[tuple[int, int]] = set()  # pointed at by the user's rare words, or the only item of its result
        # Words for the kind of thing booked ("flight", "hotel") and for actions ("book", "pay") pick no item out of a
        # list of such things, however rare: "book this flight" in one listing's text is no pick of the user's.
        kinds = conv.word_hashes(frozenset().union(*_BOOKINGS.values(), *ACTIONS.values()))
        kinds |= prefixes(conv.key, frozenset().union(*_BOOKINGS.values(), *ACTIONS.values()))
        names = conv.word_hashes({fold(m) for text in conv.user_texts for m in _NAME.findall(text)} - _STOP)
        carriers = self._carriers(conv)
        sweep = any(_SWEEP.search(text) for text in conv.user_texts)
        followed: set[int] = set()  # the links and ids of the items pointed at so far, free of instructions to the AI
        searched: list[frozenset[int]] = []  # ... and the words and values of each
        # (A trusted lookup beside it, an empty search of the contacts, is no second item to choose from.)
        untrusted_results = sum(any(s.trust == "untrusted" for s in parts) for parts in by_message.values())
        for parts in by_message.values():
            counts: dict[int, int] = {}
            holding = 0  # parts holding any of the user's words: a header without them makes no word rare
            # Text that speaks to the AI makes no word of the user's common: an injected item that mimics the one the
            # user means ("I found Rafferty's email") does not blur the user's pick.
            for s in parts:
                mine = (s.analysed.phrases | s.analysed.atoms | s.analysed.prefixes) & distinctive
                if id(s) in carriers:  # seen, but not counted
                    counts.update((h, counts.get(h, 0)) for h in mine)
                    continue
                holding += bool(mine)
                for h in mine:
                    counts[h] = counts.get(h, 0) + 1
            # A word is rare when not every part holding the user's words holds it, or when at most half the parts hold
            # it (two payments from "Joost" among four transactions pick those two out).
            rare = {h for h, c in counts.items() if c < holding or holding <= 1 or 2 * c <= len(parts)}
            # A result fetched with the user's own words ("the requests in #it-help", "the bill in bills/x.txt")
            # is pointed at as a whole.
            # So is a result fetched by following a link or id of an item the user pointed at ("invite her with the
            # address her lab page gives": the page whose link the DM the user pointed at gives).
            # ... or searched for with words all of which one such item gives ("add Bayu from the shipyard team", as
            # Putri's DM asks, and a search for "Bayu galangan").
            # The one item of the one untrusted result is what a user who defers or hands over points at ("the
            # photographer's share message asks for something about the captions. Do it.").
            whole = any(s.producer & (distinctive | followed) or (s.producer and any(
                s.producer <= item for item in searched)) for s in parts) or (
                len(parts) == 1 and parts[0].trust == "untrusted" and untrusted_results == 1 and bool(
                    conv.user_asked & _DEFERRING or self._handed_over(conv))) or (
                len(parts) > 1 and sweep)
            for s in parts:
                hit = bool((s.analysed.phrases | s.analysed.atoms | s.analysed.prefixes) & (rare - kinds))
                # A name the user gives points at every item holding it, however many do ("refund Jonathan's
                # deposit" and three of Jonathan's payments).
                out[(s.message, s.part)] = whole or hit or bool(s.analysed.phrases & names)
                if out[(s.message, s.part)] and id(s) not in carriers:
                    followed |= s.analysed.atoms
                    searched.append(s.analysed.phrases | s.analysed.atoms)
                if hit or (whole and len(parts) == 1):
                    singled.add((s.message, s.part))
        chosen = conv.memo.get("criterion", frozenset())
        if conv.memo.get("criterion_order") == "outgoing":
            # "Field rent, same as last time": of the payments that went out, those that hold the user's words.
            chosen = frozenset(k for k in chosen if any(
                (s.message, s.part) == k and (s.analysed.phrases | s.analysed.atoms) & (distinctive - kinds)
                for s in by_message.get(k[0], ())))
        out.update(dict.fromkeys(chosen, True))  # the user's criterion points at the items it picks
        conv.memo["pointers"] = out
        conv.memo["singled"] = frozenset(singled) | chosen
        conv.memo["distinctive"] = frozenset(distinctive - kinds)
        return out

    def _singled(self, conv: Conversation, source: Source) -> bool:
        """Whether the user's request picks out this item itself (by words or values only some items of its result
        hold, or as the only item of a result fetched with the user's words), not only the result it belongs to."""
        self._pointers(conv)
        return (source.message, source.part) in conv.memo["singled"]

    @staticmethod
    def _dictated_only(conv: Conversation) -> frozenset[str]:
        """Words of handing over that occur only in text the user dictates ("Write the summary as a new file: ...,
        K-07 needs a fence" reports what someone needs; it hands nothing over). Once per conversation."""
        if "dictated_only" not in conv.memo:
            rest = frozenset().union(*(words(fold(_DICTATED_TEXT.sub(r"\1", t))) for t in conv.user_texts))
            conv.memo["dictated_only"] = frozenset(
                w for t in conv.user_texts for m in _DICTATED_TEXT.finditer(t) for w in words(fold(m.group(0)))
                if w not in rest) & _DELEGATION
        dictated: frozenset[str] = conv.memo["dictated_only"]
        return dictated

    @staticmethod
    def _asked_secret(conv: Conversation) -> bool:
        """Whether the user's words ask for a code, PIN or password (:data:`_SECRET_ASKED`). Once per conversation."""
        if "asked_secret" not in conv.memo:
            conv.memo["asked_secret"] = bool(_SECRET_ASKED & {
                _unaccented(w) for t in conv.user_texts for w in words(fold(t))})
        asked: bool = conv.memo["asked_secret"]
        return asked

    def _delegated(self, tool: str, conv: Conversation, traced: Sequence[Leaf] = ()) -> bool:
        """Whether the user handed the choice of actions to content ("do what Ana asked in our DMs", "the tasks
        in my to-do note") and an item the user pointed at, free of instructions to the AI, asks for this kind
        of action: in a verb of the lexicon, or, written in a language it has no verbs for, by holding the call's
        targets (``traced``: "Naomba uniongeze kwenye #design-crit" and a call that adds its author to #design-crit)."""
        # "do" hands over only in a request ("do what Ana asked"), not in a question ("what do I need to do?"); and
        # a user who only asks what someone wants, and for no action at all ("read my DMs with Kai and tell me what he
        # wants"), hands over nothing.
        dictated = self._dictated_only(conv)
        requested, asked = conv.user_requested - dictated, conv.user_asked - dictated
        if not (requested & _DELEGATION or asked & (_DELEGATION - {"do"})):
            return False
        handing = requested & _HANDING or asked & (_HANDING - {"do"})
        if not handing and not self._acts(conv):
            return False
        classes = action_classes(tool)
        if not classes:
            return False
        # A user who reports what someone asked and then asks for their own action ("Lovisa asked which address to
        # use. Reply to her: ...") hands over no other kind of action than the ones they ask for.
        if not handing and (theirs := {c for c, vs in ACTIONS.items() if conv.user_requested & vs}) and \
                not theirs & set(classes):
            return False
        # The item may be written in another language than the user's request ("¿Podrías añadir ...?").
        verbs = conv.word_hashes({w for c in classes for w in ACTIONS[c] | ACTIONS_ABROAD.get(c, frozenset())})
        pointers = self._pointers(conv)
        carriers = self._carriers(conv)
        # (A day of the month is read off a full date or a written one alike: the date itself is the target.)
        targets = {digest(conv.key, k, v) for leaf in traced if "prose" not in leaf.kinds for k, v in leaf.atoms
                   if k not in ("domain", "mday", "dom")}
        # "Do not delete anything on the topic" asks for no deletion. An item whose instructions to the AI stand
        # only in a quote it warns of ("posts messages like: 'Assistant, ignore ...'. Admins: deactivate
        # @keti.admin-desk") still asks for what its own words ask, on the values outside the quote.
        if any(pointers.get((s.message, s.part)) and
               (id(s) not in carriers or (s.analysed.warning and targets and targets <= s.analysed.clean)) and
               (s.analysed.phrases & verbs) - s.analysed.negated for s in conv.untrusted):
            return True
        # ... or asks in a language or script the item's words are not matched in ("지우 씨를 #pilot-incheon 채널에
        # 추가해 주실 수 있나요?", "xoá em khỏi kênh #robot-fleet"): read as written, when every item of its result is
        # pointed at and free of instructions.
        texts: dict[int, str] = conv.memo.get("tool_text_at", {})
        asks: dict[int, frozenset[str]] = conv.memo.setdefault("foreign_asks", {})  # parsed once per conversation
        for i, text in texts.items():
            parts = [s for s in conv.untrusted if s.message == i]
            if not parts or not all(pointers.get((s.message, s.part)) and id(s) not in carriers for s in parts):
                continue
            if i not in asks:
                asks[i] = frozenset().union(*(foreign_verbs(value) for value in _strings(text)))
            if any(asks[i] & ACTIONS[c] for c in classes):
                return True
        # A target with no typed value (a channel "leadership") must be among the item's words.
        named = conv.word_hashes({w for leaf in traced if not leaf.atoms and isinstance(leaf.value, str)
                                  and role_of(leaf.path, leaf.kinds) is not None for w in words(fold(leaf.value))})
        if not targets:
            return False
        known: frozenset[int] | None = conv.memo.get("action_verbs")
        if known is None:
            # Less the verbs that are also a message's field names ("text", "email"): every JSON item holds those.
            known = conv.memo["action_verbs"] = frozenset(conv.word_hashes(frozenset().union(
                *ACTIONS.values(), *ACTIONS_ABROAD.values()) - _FIELD_VERBS))
        # A target another result gives (the event a calendar search found for "move our meeting to ...") need not
        # stand in the item; what only the item could have chosen must, and at least one target must.
        return any(pointers.get((s.message, s.part)) and id(s) not in carriers and not s.analysed.phrases & known
                   and targets & s.analysed.atoms and named <= s.analysed.phrases and
                   all(t in s.analysed.atoms or
                       any(t in o.analysed.atoms for o in conv.sources if o.message != s.message) for t in targets)
                   for s in conv.untrusted)

    @staticmethod
    def _acts(conv: Conversation) -> bool:
        """Whether the user's messages ask for any action at all (:func:`~arbiter.provenance.intent.asks_for_action`),
        once per conversation."""
        acts: bool | None = conv.memo.get("acts")
        if acts is None:
            acts = conv.memo["acts"] = asks_for_action(conv.user_texts)
        return acts

    def _targeted(self, traced: list[Leaf], conv: Conversation) -> bool:
        """Whether the user's own words name the target of a call: a file name or id the user wrote (traced to a
        user message), or a channel the user named with ``#``."""
        for leaf in traced:
            if leaf.path.count("/") != 1 or _numeric(leaf.value) or "prose" in leaf.kinds:
                continue  # a target is one value (a file name, a channel), not a body that mentions one
            if "ident" in leaf.kinds and leaf.trust() == "user" and \
                    not any(s.role == "system" for s in leaf.sources if s.trust == "user"):
                return True
            if "channel" in leaf.path.lower() and isinstance(leaf.value, str) and \
                    fold(leaf.value).lstrip("#") in self._channels(conv):
                return True
        return False

    @staticmethod
    def _channels(conv: Conversation) -> frozenset[str]:
        """The channels the user named (``#eng``)."""
        named: frozenset[str] | None = conv.memo.get("channels")
        if named is None:
            named = conv.memo["channels"] = frozenset(
                fold(m) for text in conv.user_texts for m in _CHANNEL.findall(text))
        return named

    def _posted_elsewhere(self, tool: str, leaf: Leaf, traced: Sequence[Leaf], conv: Conversation) -> bool:
        """For a direct message: whether its person comes from untrusted content alone while the user named only
        channels to post in ("summarise #incident-2231 and post it in #postmortems" and a DM to the guest whose
        message says the summary also goes to them). A user who names people, hands the choice over or asks for
        those content names is not held to the channels."""
        if "communicate" not in action_classes(tool) or any("channel" in x.path.lower() for x in traced) or \
                not self._channels(conv) or self._named(leaf, conv) or \
                conv.user_asked & (_ANSWERING | _THOSE | _PEOPLE_GIVEN | _DM_WORDS) or self._handed_over(conv):
            return False
        if any(k == "email" or (k == "ident" and v.startswith("@")) for k, v in conv.user_atoms):
            return False  # the user named a person too
        if conv.user_asked & _CONFIRMING and isinstance(leaf.value, str) and \
                fold(leaf.value).lstrip("@") in ProvenanceCheck._authors(conv):
            return False  # "confirm the time he offers": an answer to the one who offered it, who wrote what was read
        return leaf.trust() == "untrusted"

    @staticmethod
    def _wants_links(conv: Conversation) -> bool:
        """Whether the user asks for a link found in content ("send its confirmation link"): the user asks for a
        link and gave none themselves."""
        return bool(conv.user_asked & _LINK_WORDS) and not any(k == "url" for k, _ in conv.user_atoms)

    def _read_page(self, leaf: Leaf, conv: Conversation) -> bool:
        """Whether every link this text passes on is the address of a page read in this conversation, taken from an
        item the user pointed at that speaks not to the AI ("Marek recommended a restaurant in #food; read its web
        page and post the highlights"): the page the user asked about, named by its own address."""
        links = [v for k, v in leaf.atoms if k == "url"]
        if not links or any(k == "email" for k, _ in leaf.atoms):
            return False
        pointers = self._pointers(conv)
        carriers = self._carriers(conv)
        for value in links:
            h = digest(conv.key, "url", value)
            fetched = conv.word_hashes(frozenset(words(fold(value))))
            if not any(s.role == "tool" and fetched and fetched <= s.producer for s in conv.sources):
                return False
            if not any(h in s.analysed.atoms and pointers.get((s.message, s.part)) and id(s) not in carriers
                       for s in conv.untrusted):
                return False
        return True

    @staticmethod
    def _reported(tool: str, traced: Sequence[Leaf], conv: Conversation) -> bool:
        """Whether the call reports suspect content to someone the user named: the user calls it phishing, a scam or
        fraud, and every recipient of this message is one the user or the operator gave ("that 'invoice' looks like
        phishing; describe it to sec-desk@..."). Describing the lure's addresses to the user's own security desk
        passes nothing to the attacker."""
        if not conv.user_words & _SUSPECT or "communicate" not in action_classes(tool):
            return False
        recipients = [x for x in traced if role_of(x.path, frozenset()) == "recipient"]  # by name: a body is none
        return bool(recipients) and all(x.trust() == "user" for x in recipients)

    @staticmethod
    def _handed_over(conv: Conversation) -> bool:
        """Whether the user's requests hand the actions themselves to content ("do what Ana asked")."""
        return bool(conv.user_requested & _HANDED_OVER or conv.user_asked & {"asked", "requested"})

    @staticmethod
    def _other_channel(leaf: Leaf, conv: Conversation) -> str | None:
        """The channels the user named (``#eng``), when this value is a channel and none of them: a post, an
        invitation or a removal moved to another place than the one the user asked for."""
        name = leaf.path.rsplit("/", 1)[-1].lower()
        if "channel" not in name or not isinstance(leaf.value, str):
            return None
        named = ProvenanceCheck._channels(conv)
        value = fold(leaf.value).lstrip("#")
        if not named:
            # "our Ulaanbaatar channel": a channel named by its words, which the channel's name holds
            # (#site-ulaanbaatar).
            called = {frozenset(words(fold(m.group(1)))) - _CHANNEL_FILLER for text in conv.user_texts
                      for m in _CHANNEL_CALLED.finditer(text)} - {frozenset()}
            if called and not any(c & set(words(value)) for c in called):
                return ", ".join(sorted("the " + " ".join(sorted(c)) + " channel" for c in called))
            return None
        # "Jun posted in #localization which channels she needs; add her to those", "add people to the channels they
        # asked for": the channels are the content's.
        if conv.user_asked & {"channels"} and conv.user_asked & (_THOSE | {"asked", "requested", "need", "needs",
                                                                           "want", "wants", "wanted"}):
            return None
        # "Count the votes in #art and announce the winner": the verb of the request names #announcements (a verb,
        # not a name: #design-review-private beside the user's #design-review is another channel).
        if named and value not in named and not (
                any(len(w) >= 5 and value.startswith(w) for w in conv.user_requested & _VERBS_ANY) and
                not any(value.startswith(n) for n in named)):
            return ", ".join(f"#{c}" for c in sorted(named))
        return None

    @staticmethod
    def _known(conv: Conversation) -> frozenset[int]:
        """The hashed values the user, the operator and trusted tools hold (once per conversation; the user's phrases
        and the parent domains of those values are kept beside them)."""
        if "known_atoms" not in conv.memo:
            conv.memo["known_atoms"] = frozenset().union(
                *(s.analysed.atoms for s in conv.sources if s.trust != "untrusted"))
            conv.memo["user_phrases"] = frozenset().union(
                *(s.analysed.phrases for s in conv.sources if s.trust == "user"))
            conv.memo["known_parents"] = frozenset().union(
                *(s.analysed.parents for s in conv.sources if s.trust != "untrusted"))
        known: frozenset[int] = conv.memo["known_atoms"]
        return known

    @staticmethod
    def _foreign_link(leaf: Leaf, conv: Conversation) -> str | None:
        """A link or address inside written text (a message, a document) that only untrusted content holds, at a
        domain that no user, system or trusted message mentions: what a phishing post or an exfiltration address
        slipped into a summary looks like. Links to the page the user gave, or to its site, pass."""
        known: frozenset[int] | None = None
        names: frozenset[int] = frozenset()
        for kind, value in leaf.atoms:
            if kind not in ("url", "email"):
                continue
            h = digest(conv.key, kind, value)
            found = {s.trust for s in leaf.sources if h in s.analysed.atoms}
            if found != {"untrusted"}:
                continue
            if known is None:
                known, names = ProvenanceCheck._known(conv), conv.memo["user_phrases"]
            host = _host(kind, value)
            labels = host.split(".")
            # The host or a parent domain of it (docs.example.com is example.com's site) named by a trusted source.
            if any(digest(conv.key, "domain", ".".join(labels[i:])) in known for i in range(len(labels) - 1)):
                continue
            # Or the organisation above a host they name (support@pay.example for status.pay.example), or another
            # site of the organisation whose site they name (www.pulsar.example gave, status.pulsar.example passed on).
            if any(digest(conv.key, "domain", d) in conv.memo["known_parents"] for d in (host, *parent_domains(host))):
                continue
            # Or the organisation's own site when the user or the operator name it ("the finance assistant of ACME"
            # and acme.example), unless they write a domain of that name elsewhere (acme.com: acme.co mimics it).
            name = label(host)
            if digest(conv.key, "phrase", name) in names and \
                    digest(conv.key, "label", name) not in conv.memo.get("org_labels", frozenset()):
                continue
            # Or the site of the content's own author (a vendor's email pointing at the vendor's own page), when that
            # content states nothing of a change, a copy or a login to renew, and the site does not mimic the
            # organisation's own name.
            if ProvenanceCheck._authors_site(h, host, name, leaf, conv):
                continue
            return "a link" if kind == "url" else "an address"
        return None

    def _replaced_link(self, leaf: Leaf, conv: Conversation) -> str | None:
        """A link or address inside written text that only untrusted content holds, and that content presents as
        replacing or correcting another one ("Correction: the recording moved to https://..."), when the user asked
        for no changed one: "post her link" and another member's correction that swaps it."""
        if self._adopted(conv, "change") or self._adopted(conv, "correction") or conv.user_asked & _CURRENT:
            return None  # "the link to the *new* onboarding doc": the user asks for the replacement
        for kind, value in leaf.atoms:
            if kind not in ("url", "email", "iban"):
                continue
            h = digest(conv.key, kind, value)
            holders = [s for s in leaf.sources if h in s.analysed.atoms]
            if holders and all(s.trust == "untrusted" for s in holders) and \
                    any(h in s.analysed.changes or h in s.analysed.corrections for s in holders):
                return {"url": "a link", "email": "an address", "iban": "an account"}[kind]
        return None

    @staticmethod
    def _authors_site(h: int, host: str, name: str, leaf: Leaf, conv: Conversation) -> bool:
        """Whether the link (hash ``h``, at ``host``) stands in untrusted content whose author writes from that site
        (``from: compliance@x.io`` and ``https://x.io/...``), and that content is plain: no instruction cue, no
        steering statement, no login lure; and the site's name does not contain the organisation's own."""
        if any(org != name and org in name for org in conv.memo.get("org_names", ())):
            return False
        hosts = [digest(conv.key, "domain", host)] + [digest(conv.key, "domain", p) for p in parent_domains(host)]
        for s in leaf.sources:
            a = s.analysed
            if s.trust == "untrusted" and h in a.atoms and not a.authors.isdisjoint(hosts) and not a.lure and \
                    not (a.detection and a.detection.score) and not (a.changes or a.corrections or a.copies):
                return True
        return False

    def _substituted(self, leaf: Leaf, conv: Conversation, used: frozenset[Atom] = frozenset()) -> str | None:
        """A kind of value the user gave, of which this value (from untrusted content) is another one, in a call
        that leaves out one the user gave (``used``: the call's values; "move it to Friday, same time" keeps the
        user's start time, and the end time the event gives is no substitute for it)."""
        for kind in ("iban", "amount", "date", "mday", "dom", "time", "email", "url", "phone", "ident", "path"):
            if kind == "url" and conv.user_asked & _LINK_WORDS:
                continue  # "share the download link they give": the user asks for a link of the content
            mine = {v for k, v in conv.user_atoms if k == kind}
            theirs = {v for k, v in leaf.atoms if k == kind}
            if kind == "ident":
                # An id of the same kind as one the user typed ("f-kst-v7x" for the user's "f-kst-v6", "so-3102" for
                # "so-3101"): the same leading letters, digits in both. A file name the user gave and the id a listing
                # gives for it are of different kinds.
                # An id the user gave for a call to read ("do what note f-123 says") points at content, not at the
                # target of this one.
                # A tool that tells about the item itself (its reviews, its details) reads the item the user means to
                # act on: "book Hotel Vila Madalena (H-SP-3)" and its reviews, not a note naming other ids.
                # (A user who asks for the place a reviewer recommends "instead" reads reviews for another id.)
                elsewhere = bool(conv.user_asked & (_DEFERRING | _ELSEWHERE))
                made = [src.producer for src in conv.sources if src.producer and
                        (elsewhere or not _ABOUT_ITEM.search(src.tool or ""))]
                hashed = {v: conv.word_hashes(set(words(fold(v)))) for v in mine}  # once per value, not per call
                mine = {v for v in mine if not any(hashed[v] <= p for p in made)}
                shapes = {_id_shape(v) for v in mine} - {None}
                theirs = {v for v in theirs if _id_shape(v) in shapes}
            if kind == "email":
                # The address a trusted record gives of another person the user named ("with Petra and Yusuf",
                # beside "email Lucia at lucia@..."): no substitute for the one the user typed.
                theirs = {v for v in theirs if not (
                    {w for w in words(fold(v.split("@", 1)[0])) if len(w) >= 3} & conv.user_words and
                    any(s.trust == "trusted" and digest(conv.key, kind, v) in s.analysed.atoms for s in leaf.sources))}
            if mine and theirs and not theirs & mine and not mine <= {v for k, v in used if k == kind}:
                return kind
        return None

    def _adopted(self, conv: Conversation, kind: str) -> bool:
        """Whether the user asks for a changed value (``kind`` change or copy: "the landlord's new bank details") or
        a corrected one (``kind`` correction) themselves."""
        key = "adopted/" + ("correction" if kind == "correction" else "change")
        if key not in conv.memo:
            conv.memo[key] = adopts(conv.user_texts, kind)
        adopted: bool = conv.memo[key]
        return adopted

    _STEER = (("correction", "corrections", "correcting what was said or asked (a correction, an erratum, 'by "
                                            "mistake')"),
              ("change", "changes", "replacing another value (changed details, 'is now', a new account)"),
              ("copy", "copies", "an additional destination (a copy, a standing rule)"))

    def _steered(self, leaf: Leaf, conv: Conversation, role: str | None, tool: str) -> tuple[Source, str] | None:
        """The untrusted source that presents this value as correcting what was said, as replacing another value or
        as an extra destination (:mod:`arbiter.provenance.steering`), when the call must not follow it: the value
        comes from untrusted content alone; or a trusted source holds it too, and the statement is a correction,
        or picks an entry of a trusted list where the user's words name another entry. None when the user asked
        for the changed (or corrected) value, handed the actions to that content, or when the value is the own id
        of another untrusted item that says nothing of the kind and that the user picked out (the item the user chose,
        mentioned in passing)."""
        hashes = {digest(conv.key, k, v) for k, v in leaf.atoms if k not in ("domain", "date", "mday", "dom", "time")}
        if not hashes or role == "date" or any(s.role == "user" for s in leaf.sources):
            return None  # the user's own words (not the operator's prompt) hold the value
        untrusted = [s for s in leaf.sources if s.trust == "untrusted"]
        destroys = role == "object" and "destroy" in action_classes(tool)
        for kind, attribute, what in self._STEER:
            if kind == "copy" and destroys:
                continue  # "f-x is an exact duplicate (copy)": a copy to delete is the item, no extra destination
            source = next((s for s in untrusted if not hashes.isdisjoint(getattr(s.analysed, attribute))), None)
            if source is None or self._adopted(conv, kind):
                continue
            if self._handed_over(conv) and self._delegated(tool, conv) and id(source) not in self._carriers(conv):
                return None
            # "Share it with whoever Aoife's note says is acting for the landlord": the user leaves the person to
            # the note they point at, which says who it is now.
            if kind == "change" and role == "recipient" and any(_WHOEVER.search(t) for t in conv.user_texts) and \
                    self._singled(conv, source) and id(source) not in self._carriers(conv):
                return None
            if any(s is not source and not hashes.isdisjoint(s.analysed.own) and self._plain(s) and
                   self._singled(conv, s) for s in untrusted):
                return None
            if kind == "change" and source.analysed.lured and not hashes.isdisjoint(source.analysed.own) and \
                    self._singled(conv, source) and \
                    (source.analysed.phrases | source.analysed.atoms | source.analysed.prefixes) & \
                    conv.memo["distinctive"] - source.analysed.lured:
                continue  # "the cheapest car, a premium one": the user's words pick it, whatever it says of itself
            if leaf.trust() == "untrusted" or kind == "correction" or (
                    role in ("object", "recipient") and self._other_entry(leaf, conv)):
                return source, what
        return None

    @staticmethod
    def _lookalike(leaf: Leaf, conv: Conversation) -> Source | None:
        """A user, system or trusted source holding a look-alike (:func:`lookalike`) of a handle, address or domain of
        this value that it does not hold itself: "amara.d1allo" from a chat message when the member list says
        "amara.diallo"."""
        memo = conv.memo.get("looks")
        if memo is None:  # once per conversation: the trusted atoms, and which trusted source first holds each look
            trusted = [s for s in conv.sources if s.trust in ("user", "trusted")]
            looks: dict[int, Source] = {}
            for s in reversed(trusted):
                looks.update(dict.fromkeys(s.analysed.looks, s))
            memo = conv.memo["looks"] = (frozenset().union(*(s.analysed.atoms for s in trusted)), looks)
        atoms, looks = memo
        for k, v in leaf.atoms:
            if k in LOOK_KINDS and digest(conv.key, k, v) not in atoms:
                twin = looks.get(digest(conv.key, "look", lookalike(v)))
                if twin is not None:
                    return twin
        return None

    def _impostor(self, leaf: Leaf, conv: Conversation) -> str | None:
        """For an address: the name the user gave a business or person by ("Manda um e-mail pra Tejo Rent") when an
        address at that name's own domain is in the conversation (reservas@tejorent.pt) and this one only borrows the
        name, in its mailbox or beside other words of its domain (atencion@tejo-rent-lisboa.com,
        grupos.cervejariadocais@reservas-lisboa.net). None otherwise."""
        mine = [v for k, v in leaf.atoms if k == "email"]
        if not mine:
            return None
        if "named_labels" not in conv.memo:
            # The user's names as a domain spells them: one to four words run together ("tejorent").
            names: set[str] = set()
            for text in conv.user_texts:
                ws = [re.sub(r"[^a-z0-9]", "", _unaccented(w)) for w in words(fold(text))]
                for n in range(1, 5):
                    names |= {"".join(ws[i:i + n]) for i in range(len(ws) - n + 1)
                              if not (n == 1 and ws[i] in _STOP)}
            texts: dict[int, str] = conv.memo.get("tool_text_at", {})
            # The addresses the analyser found in the tool results and the user's messages (cached by text).
            seen = [v for t in texts.values() for k, v in self.analyser.values(conv.key, t) if k == "email"]
            own = {_domain_label(e) for e in (*seen, *(v for k, v in conv.user_atoms if k == "email"))}
            conv.memo["named_labels"] = frozenset(n for n in names if len(n) >= 6 and n in own)
        named: frozenset[str] = conv.memo["named_labels"]
        for address in mine:
            label = _domain_label(address)
            if label in named:
                continue
            whole = re.sub(r"[^a-z0-9]", "", _unaccented(address.lower().split("@")[0])) + label
            found = next((n for n in named if n in whole), None)
            if found is not None:
                return found
        return None

    def _leaked(self, tool: str, leaf: Leaf, traced: list[Leaf], conv: Conversation) -> str | None:
        """For a payment: the kinds of the user's own details (an email address, a phone number, an account, an
        amount such as a balance) that this argument's text carries while only trusted tool results hold them and no
        other argument of the call is them: "a verification" that asks for the email, phone and balance in the
        payment reference leaks them to the payee. None when the user asks for such details themselves."""
        classes = set(action_classes(tool))
        if not classes & {"pay", "communicate", "reserve"} or not isinstance(leaf.value, str) or \
                role_of(leaf.path, frozenset()) is not None:  # a text, not the account
            return None
        # The kinds the user asks to pass on ("sign with my name and phone"): those, and only those, may go.
        given = self._own_details(conv)
        if given is None:
            return None
        kinds = _DETAIL_KINDS
        if "reserve" in classes and not classes & {"pay", "communicate"}:
            # A booking's note goes to the venue: the passport and phone from the user's profile leak to it.
            kinds = {**_DETAIL_KINDS, "ident": "a document or account number"}
        elif "pay" not in classes:
            # A message leaks them only to an address untrusted content alone chose ("the agency that registers
            # foreign guests" and the passport number from the user's profile); a document number counts too.
            to = [x for x in traced if role_of(x.path, x.kinds) == "recipient" and x is not leaf]
            # A reply goes back to the author of the item it answers: an address only that untrusted item gives.
            answered = not to and own_verb(tool) == "reply" and any(
                role_of(x.path, x.kinds) == "object" and x.trust() == "untrusted" for x in traced if x is not leaf)
            if not answered and (not to or any(x.trust() != "untrusted" for x in to)):
                return None
            kinds = {**_DETAIL_KINDS, "ident": "a document or account number"}
        others = frozenset().union(*(x.atoms for x in traced if x is not leaf))
        found = []
        for kind, value in leaf.atoms:
            if kind not in kinds or (kind, value) in others or kind in given:
                continue
            if kind == "ident" and sum(ch.isdigit() for ch in value) < 6:
                continue  # a booking reference ("bk-h-6610") is what a message to the venue is about
            h = digest(conv.key, kind, value)
            holders = {s.trust for s in leaf.sources if h in s.analysed.atoms}
            if holders == {"trusted"}:
                found.append(kinds[kind])
        return " and ".join(sorted(set(found))) if found else None

    @staticmethod
    def _own_details(conv: Conversation) -> frozenset[str] | None:
        """The kinds of their own details the user asks to pass on ("put my email in the reference", "sign with my
        name and phone", "add our account number"): a detail word of the user's own, not "the confirmation with the
        payment details". None: all of them ("my contact details")."""
        if "own_details" not in conv.memo:
            kinds: set[str] = set()
            every = False
            for text in conv.user_texts:
                for m in _OWN_DETAIL.finditer(text):
                    theirs = m.group(0).split(None, 1)[0].lower() in ("his", "her", "their")
                    for w in words(fold(m.group(0))):
                        if w == "address" and theirs:
                            continue  # "their address is in the listing": where to write, not what to pass on
                        if w in _DETAIL_ALL:
                            every = True
                        kinds |= _DETAIL_OF.get(w, set())
            conv.memo["own_details"] = None if every else frozenset(kinds)
        given: frozenset[str] | None = conv.memo["own_details"]
        return given

    @staticmethod
    def _handles(conv: Conversation) -> frozenset[str]:
        """The accounts the user named with ``@`` (``@mei.lin``), folded; in memory only."""
        named: frozenset[str] | None = conv.memo.get("handles")
        if named is None:
            named = conv.memo["handles"] = frozenset(
                fold(m) for text in conv.user_texts for m in _HANDLE.findall(text))
        return named

    @staticmethod
    def _authors(conv: Conversation) -> frozenset[str]:
        """The author handles of the chat items the tool results hold, folded; once per conversation, in memory only."""
        found: frozenset[str] | None = conv.memo.get("authors")
        if found is None:
            found = conv.memo["authors"] = frozenset(
                fold(a) for text in conv.memo.get("tool_texts", ()) for a in _CHAT_AUTHOR.findall(text))
        return found

    @staticmethod
    def _authors_named(conv: Conversation) -> frozenset[str]:
        """The accounts of authors of chat items whose handle holds a name the user wrote ("DM Yael" and a DM whose
        author is ``yael.ks``): that person's own account, folded; in memory only."""
        found: frozenset[str] | None = conv.memo.get("authors_named")
        if found is None:
            found = conv.memo["authors_named"] = frozenset(
                a for a in ProvenanceCheck._authors(conv)
                if {w for w in _NAME_PART.split(a) if len(w) >= 3 and w not in _STOP} & conv.user_words)
        return found

    def _variant(self, leaf: Leaf, conv: Conversation) -> bool:
        """Whether this account, from untrusted content alone, is another account of a person the user named with
        ``@`` ("DM @mei.lin" and a message saying she is "@mei.lin.corvane now"), or by a name their own messages'
        author handle holds ("DM Yael" and Yael's DM from ``yael.ks`` that says she is @yael-lab from now on): it
        shares a name with that handle without being it. The user may ask for the new one ("if she moved, use her
        new account")."""
        if not isinstance(leaf.value, str) or "@" in leaf.value.strip("@"):
            return False
        # The handles the user gave with "@"; without any, those of the named person's own messages.
        named = self._handles(conv) or self._authors_named(conv)
        if not named:
            return False
        value = fold(leaf.value).lstrip("@")
        if self._adopted(conv, "change"):
            return False
        mine = {w for w in _NAME_PART.split(value) if len(w) >= 3}
        if value in named:
            # Two authors carry the named person's name ("imran.shaikh" pinned the steps, "imran.sk-admin" says it is
            # his new account): the one a trusted listing (the channel's member list) holds is theirs.
            listed = self._listed(conv)
            return not self._handles(conv) and value not in listed and any(
                h != value and h in listed and mine & {w for w in _NAME_PART.split(h) if len(w) >= 3} for h in named)
        return any(mine & {w for w in _NAME_PART.split(h) if len(w) >= 3} for h in named)

    def _beside_saved(self, leaf: Leaf, conv: Conversation) -> Source | None:
        """For an account from untrusted content alone: the untrusted item that gives it beside an account a trusted
        source holds (the saved payee's IBAN on the invoice, then a "group treasury" account that "also settles it"),
        unless the user asks for a changed account. Invoice redirection adds the second account; the saved one is
        the creditor's."""
        if any(s.trust in ("user", "trusted", "system", "developer") for s in leaf.sources) or \
                self._adopted(conv, "change"):
            return None
        saved: frozenset[int] | None = conv.memo.get("trusted_ibans")
        if saved is None:
            texts: dict[int, str] = conv.memo.get("tool_text_at", {})
            trusted = {s.message for s in conv.sources if s.trust == "trusted" and "iban" in s.analysed.kinds}
            saved = conv.memo["trusted_ibans"] = frozenset(digest(conv.key, k, v) for i in trusted if i in texts
                                                           for k, v in extract(fold(texts[i])) if k == "iban")
        # (An account number that fails its checksum or its country's length is still an account: read as an id.)
        mine = {digest(conv.key, k, v) for k, v in leaf.atoms if k == "iban" or (k == "ident" and len(v) >= 12)}
        if not saved or not mine or mine & saved:
            return None
        return next((s for s in leaf.sources if s.trust == "untrusted" and mine & s.analysed.atoms and
                     saved & s.analysed.atoms), None)

    def _not_the_tasks_recipient(self, tool: str, leaf: Leaf, traced: Sequence[Leaf], conv: Conversation) -> bool:
        """For a task the user handed over ("do the tasks on Isla's handover note"): whether this recipient comes from
        another item than the ones that ask for the action, and those neither hold it nor name its person ("Forward
        rev D to Kenna" in the note, and a reply from elsewhere saying that Hamish "receives every revision
        alongside Kenna"). The task's own words say whom it is for."""
        if not isinstance(leaf.value, str) or any(s.trust != "untrusted" for s in leaf.sources) or \
                self._named(leaf, conv) or not self._handed_over(conv) or not self._delegated(tool, conv, traced):
            return False
        classes = action_classes(tool)
        verbs = conv.word_hashes({w for c in classes for w in ACTIONS[c] | ACTIONS_ABROAD.get(c, frozenset())})
        pointers, carriers = self._pointers(conv), self._carriers(conv)
        asking = [s for s in conv.untrusted if pointers.get((s.message, s.part)) and id(s) not in carriers and
                  (s.analysed.phrases & verbs) - s.analysed.negated]
        # (An item the user's own words single out gives the recipient as well: "Kavya has a new volunteer starting"
        # and Kavya's DM with the volunteer's address, for a wiki page's "invite the volunteer".)
        if not asking or any(s in asking or self._singled(conv, s) for s in leaf.sources):
            return False
        local = fold(leaf.value).split("@", 1)[0]
        names = conv.word_hashes({w for w in words(local) if len(w) >= 3 and w not in _STOP})
        hashes = {digest(conv.key, k, v) for k, v in leaf.atoms}
        return not any(hashes & s.analysed.atoms or names & s.analysed.phrases for s in asking)

    def _outside_insider(self, tool: str, leaf: Leaf, arguments: Any, conv: Conversation) -> bool:
        """For a call that grants access: whether it makes an address at a domain that neither the user, the operator
        nor a trusted tool holds an insider (a member, an editor), on untrusted content's word alone and for no one
        the user named ("our grants reviewer has member access under clause 9 of the grant letter")."""
        if "grant" not in action_classes(tool) or not isinstance(arguments, dict) or \
                not isinstance(leaf.value, str) or "@" not in leaf.value:
            return False
        role = arguments.get("role")
        # A user who asks for the role ("as a member") or for a grant in words of its own ("invite the new production
        # accountant", "give them edit access") chose it; a user who hands over a queue of requests did not.
        if not isinstance(role, str) or fold(role) not in _INSIDER_ROLES or fold(role) in conv.user_words or \
                conv.user_requested & ACTIONS["grant"]:
            return False
        if any(s.trust != "untrusted" for s in leaf.sources) or self._named(leaf, conv):
            return False
        domains = {digest(conv.key, k, v) for k, v in leaf.atoms if k == "domain"}
        known = self._known(conv) | conv.memo.get("known_parents", frozenset())
        return bool(domains) and not domains & known

    @staticmethod
    def _not_the_giver(leaf: Leaf, conv: Conversation) -> str | None:
        """When the user says who gave this kind of value ("Rohan DMed me her email"): whether this value, from
        untrusted content alone, stands in no item of that person's while one of that person's items holds another
        value of its kind (the "address that works for her" a third party offers). The giver's name, or None."""
        given: list[tuple[str, str]] | None = conv.memo.get("given_by")
        if given is None:  # once per conversation
            given = conv.memo["given_by"] = [(m.group(1), m.group(2).split()[0].lower()) for text in conv.user_texts
                                             for m in _GIVEN_BY.finditer(text)]
        for name, noun in given:
            kinds = _GIVEN_KINDS.get(noun, set()) & {k for k, _ in leaf.atoms}
            if not kinds or fold(name) in _STOP:
                continue
            theirs = [s for s in conv.untrusted if conv.word_hashes({_unaccented(fold(name))}) & s.analysed.phrases]
            if theirs and not any(s in theirs for s in leaf.sources) and any(kinds & s.analysed.kinds for s in theirs):
                return name
        return None

    @staticmethod
    def _listed(conv: Conversation) -> frozenset[str]:
        """The handles trusted tools' results list (a channel's member list), folded; in memory only."""
        found: frozenset[str] | None = conv.memo.get("listed_handles")
        if found is None:
            trusted = {s.message for s in conv.sources if s.trust == "trusted"}
            texts: dict[int, str] = conv.memo.get("tool_text_at", {})
            found = conv.memo["listed_handles"] = frozenset(
                fold(h) for i in trusted if i in texts for h in _LISTED_HANDLE.findall(texts[i]))
        return found

    @staticmethod
    def _follows_untrusted(conv: Conversation) -> list[Source]:
        """The untrusted sources after the user's last message: the content this turn's calls follow; or, when the
        user spoke last, the untrusted content of earlier turns, which the model still reads ("OK, just pay the fair
        fee" after a bill whose note asks to cancel another standing order)."""
        last_user = max((s.message for s in conv.sources if s.role == "user"), default=-1)
        return [s for s in conv.untrusted if s.message > last_user] or list(conv.untrusted)

    def _other_object(self, tool: str, conv: Conversation) -> str | None:
        """For a booking tool (``reserve_car``): the other kind of thing the user asked to book (a hotel), when the
        user's words name that one and nothing this tool books. None when they name what it books, or no kind."""
        if "reserve" not in action_classes(tool):
            return None
        parts = set(_SPLIT.split(tool.lower()))
        mine = next((k for k in _BOOKINGS if k in parts), None)
        if mine is None or not _BOOKINGS[mine].isdisjoint(conv.user_asked):
            return None
        named = next((k for k, ws in _BOOKINGS.items() if k != mine and not ws.isdisjoint(conv.user_asked)), None)
        if named is not None or any(not ws.isdisjoint(conv.user_asked) for ws in _BOOKINGS.values()):
            return named
        # "Book Hanok Dalbit" names no kind, but the item it names came from a search for hotels ... unless an item
        # the user singled out came from a search of this tool's own kind ("Book American 2741" and the flights).
        if any(s.tool and self._singled(conv, s) and not _BOOKINGS[mine].isdisjoint(_SPLIT.split(s.tool.lower()))
               for s in conv.untrusted):
            return None
        return next((k for s in conv.untrusted if s.tool and self._singled(conv, s)
                     for k, ws in _BOOKINGS.items() if k != mine and not ws.isdisjoint(_SPLIT.split(s.tool.lower()))),
                    None)

    @staticmethod
    def _other_option(tool: Tool, leaf: Leaf, conv: Conversation) -> bool:
        """An argument with a fixed set of options (a JSON Schema ``enum``: a sharing role, a seat class) whose
        value only untrusted content names, while the user named another of its options ("share it as commenter"
        and a note saying reviewers need editor access)."""
        # The option may also be the model's own (no source at all) once untrusted content is in the conversation:
        # "share it as viewer" and a message explaining, in Italian, why only edit access works.
        # The operator's prompt may hold the option as a plain word ("managing editor at ..."): only the user's own
        # messages make it theirs; a trusted record that holds the same word for another item (a second standing
        # order paid "weekly") chose nothing for this call, where the user named another option ("40 a month").
        # ... and a word of the operator's prompt ("her business partner") is no option anyone chose.
        # (The schema first: most arguments have no fixed options, and a common word has many sources.)
        sub = _schema_at(tool.input_schema, leaf.path) if isinstance(leaf.value, str) else None
        options = sub.get("enum") if sub else None
        if not isinstance(options, list) or len(options) < 2:
            return False
        theirs = [s for s in leaf.sources if s.role not in ("system", "developer")]
        if any(s.trust == "user" for s in theirs) or \
                (not any(s.trust == "untrusted" for s in theirs) and (theirs or not conv.untrusted)):
            return False
        mine = conv.user_asked | {_PERIODS[w] for w in conv.user_asked if w in _PERIODS} | {  # "trimestral"
            m.group(1).lower() + "ly" for t in conv.user_texts for m in _PER_PERIOD.finditer(t)} | {  # "a month"
            period for t in conv.user_texts for rx, period in _PER_PERIOD_ABROAD if rx.search(t)} | {  # "al mes"
            role for t in conv.user_texts for rx, role in _ROLE_PHRASES if rx.search(t)}  # "view only"
        named = [o for o in options if isinstance(o, str) and o != leaf.value and o and set(words(fold(o))) <= mine]
        return bool(named) and not set(words(fold(leaf.value))) <= mine

    @staticmethod
    def _other_nights(leaf: Leaf, arguments: Any, conv: Conversation) -> tuple[int, int] | None:
        """For the end date of a stay (``check_out``): the nights the user asked for and the nights the call books,
        when they differ ("2 nights from 2028-06-08" and a check-out a listing's minimum stay moved a night later)."""
        if not isinstance(arguments, dict) or leaf.path.rsplit("/", 1)[-1].lower() not in _STAY_END or \
                not isinstance(leaf.value, str):
            return None
        start = next((arguments[k] for k in arguments if k.lower() in _STAY_START), None)
        asked = {_COUNT_WORDS.get(m.group(1).lower()) or int(m.group(1)) for text in conv.user_texts
                 for m in _NIGHTS.finditer(text) if m.group(1).isdigit() or m.group(1).lower() in _COUNT_WORDS}
        if len(asked) != 1 or not isinstance(start, str):
            return None
        try:
            booked = (datetime.date.fromisoformat(leaf.value[:10]) - datetime.date.fromisoformat(start[:10])).days
        except ValueError:
            return None
        [wanted] = asked
        return (wanted, booked) if booked != wanted else None

    @staticmethod
    def _other_count(leaf: Leaf, conv: Conversation) -> str | None:
        """A count of people or places (``party_size``, ``guests``) that untrusted content gives, where the user stated
        another one ("a table for two" and a listing's "tables for 8 minimum"): the count the user stated, or None."""
        name = leaf.path.rsplit("/", 1)[-1].lower()
        # The count may also be the model's own after untrusted content (a "4名様から" no digit rule reads apart from
        # its word): a count nobody gave, against the one the user stated.
        if name not in _COUNT_ARGS or not isinstance(leaf.value, int) or isinstance(leaf.value, bool) or \
                not (any(s.trust == "untrusted" for s in leaf.sources) or
                     (not leaf.sources and ProvenanceCheck._follows_untrusted(conv))):
            return None
        counts = {int(n) if n.isdigit() else _NUMBER_WORDS[n.lower()]
                  for text in conv.user_texts for m in _STATED_COUNT.finditer(text) for n in m.groups() if n}
        if counts and leaf.value not in counts:
            return " or ".join(str(c) for c in sorted(counts))
        return None

    @staticmethod
    def _plain(s: Source) -> bool:
        """Whether an untrusted source states no change, correction or copy of anything."""
        a = s.analysed
        return not (a.changes or a.corrections or a.copies)

    def _other_entry(self, leaf: Leaf, conv: Conversation) -> bool:
        """Whether every trusted list entry holding this value is one the user's words do not point at, while they
        point at another entry of the same list (the user named one standing order, the call picks another)."""
        pointers = self._pointers(conv)
        holders = [s for s in leaf.sources if s.trust == "trusted" and s.role in ("tool", "relayed")]
        if not holders or any(pointers.get((s.message, s.part), False) for s in holders):
            return False
        messages = {s.message for s in holders}
        return any(s.message in messages and pointers.get((s.message, s.part), False) for s in conv.sources
                   if s.trust == "trusted")

    def _mentioned_item(self, tool: str, leaf: Leaf, untrusted: list[Source], conv: Conversation) -> Source | None:
        """For a booking: the listed item the user singled out (by its words or by their criterion) whose text only
        mentions this id, when no result lists an item with it ("reserve Casa do Largo" and the sister house its
        listing says double rooms are lodged in; "the cheapest car that allows gravel" and the second vehicle its
        offer pairs with it). The user chose that item; the call books one it points to. None otherwise, and for a
        user who hands the choice to content or asks for another or several items."""
        # (A booking of another kind of thing than the user asked for, a car beside the hotel, is judged as that.)
        if "reserve" not in action_classes(tool) or conv.user_asked & (_ELSEWHERE | _ELSEWHERE_ABROAD | _SEVERAL) or \
                self._handed_over(conv) or self._other_object(tool, conv) is not None:
            return None
        ids = {digest(conv.key, k, v) for k, v in leaf.atoms if k == "ident"}
        if not ids or any(ids & s.analysed.own for s in conv.sources):
            return None
        chosen: frozenset[tuple[int, int]] = conv.memo.get("criterion", frozenset())
        picked = [s for s in conv.untrusted
                  if s.analysed.own and (self._singled(conv, s) or (s.message, s.part) in chosen)]
        return next((s for s in untrusted if ids & s.analysed.atoms and (
            (s.analysed.own and any(s is t for t in picked)) or
            # ... or that a result about the chosen item mentions: its reviews, its details ("the same chef now cooks
            # at Molo Nuovo (r-swa-5521), weekend tables are moved there" under the restaurant the user named).
            (_ABOUT_ITEM.search(s.tool or "") and any(t.analysed.own & s.producer for t in picked)))), None)

    def _not_picked(self, leaf: Leaf, untrusted: list[Source], conv: Conversation) -> Source | None:
        """The listing whose item this value is the own id of, when the user's criterion picks another item of it
        ("the cheapest compact car" and the id of a dearer one whose offer says the corporate rate applies only to
        it), and the user's words do not single that item out either."""
        chosen: frozenset[tuple[int, int]] = conv.memo.get("criterion", frozenset())
        if not chosen:
            return None
        hashes = {digest(conv.key, k, v) for k, v in leaf.atoms}
        for s in untrusted:
            if (s.message, s.part) in chosen or not hashes & s.analysed.own or self._singled(conv, s):
                return None
        owner = next((s for s in untrusted if hashes & s.analysed.own), None)
        if owner is None:
            return None
        # The criterion is applied to the whole list, not to the user's filters ("the cheapest *direct* flight"): it
        # speaks only when a picked item matches every word of the user's that this one matches, and more ("compact"
        # for "the cheapest compact car", which the dearer premium SUV lacks).
        mine = self._distinctive(conv) - conv.word_hashes(frozenset().union(*_BOOKINGS.values(), *ACTIONS.values()))
        theirs = owner.analysed.phrases & mine
        for s in conv.untrusted:
            if (s.message, s.part) in chosen and s.message == owner.message:
                picked_words = (s.analysed.phrases & mine) - s.analysed.negated  # "No gym on site" has no gym
                if theirs < picked_words:
                    return owner
        return None

    def _other_typed_item(self, tool: str, leaf: Leaf, untrusted: list[Source], conv: Conversation) -> bool:
        """For a call that destroys or grants access: whether this id is the own id of another item of a result than
        the one whose id the user typed ("delete f-riga-draft1" and a note calling f-riga-final the obsolete one). A
        user who asks for several items or hands the choice to content is not held to the one typed."""
        if not set(action_classes(tool)) & {"destroy", "grant"} or conv.user_asked & (_SEVERAL | _THOSE) or \
                self._handed_over(conv):
            return False
        ids = {digest(conv.key, k, v) for k, v in leaf.atoms if k == "ident"}
        typed = {digest(conv.key, k, v) for k, v in conv.user_atoms if k == "ident"}
        if not ids or ids & typed:
            return False
        owners = [s for s in untrusted if ids & s.analysed.own]
        # ... and the user typed the own id of another item of the same result.
        return any(o.message == s.message and s is not o and s.analysed.own & typed
                   for o in owners for s in conv.sources)

    @staticmethod
    def _several(conv: Conversation) -> bool:
        """Whether the user's words join more than one thing ("delete the newsletter and the auto-replies"): a word of
        joining, except one that only joins actions ("cancel his appointment and reply to him")."""
        if "several" not in conv.memo:
            joined = False
            if conv.user_words & _MORE_THAN_ONE:
                verbs = frozenset().union(*ACTIONS.values(), *ACTIONS_ABROAD.values())
                for text in conv.user_texts:
                    said = [w for w in words(fold(text)) if w not in ("then", "also")]
                    joined = joined or any(w in _MORE_THAN_ONE and (i + 1 == len(said) or said[i + 1] not in verbs)
                                           for i, w in enumerate(said))
            conv.memo["several"] = joined
        several: bool = conv.memo["several"]
        return several

    def _less_named(self, tool: str, leaf: Leaf, conv: Conversation) -> bool:
        """For a call that destroys: whether this id is the own id of a listed item that holds fewer of the user's
        words than another item of the same result, which holds every one of them this item holds ("delete the old
        september thesis draft" and "thesis_proposal_v3", where "thesis_proposal_v1 (September)" is listed too;
        "supprime le brouillon v1 du compromis" and the signed agreement): the user described the other one. Only
        after untrusted content, which may have steered the choice; a user who asks for several items is not held
        to one."""
        if "destroy" not in action_classes(tool) or not conv.untrusted or conv.user_asked & (_SEVERAL | _THOSE) or \
                self._several(conv) or self._handed_over(conv):
            return False  # ("delete the newsletter and the auto-replies", "the ones in my spam folder")
        ids = {digest(conv.key, k, v) for k, v in leaf.atoms if k == "ident"}
        if not ids:
            return False
        # (Not the words the user negates: "the KL one, not Jakarta".)
        mine = self._distinctive(conv) - conv.word_hashes(frozenset().union(*ACTIONS.values(), conv.user_negated))
        items = [s for s in conv.sources if s.role in ("tool", "relayed") and s.analysed.own]
        owners = [s for s in items if ids & s.analysed.own]
        if not owners:
            return False
        for owner in owners:
            theirs = owner.analysed.phrases & mine
            if not any(s.message == owner.message and not ids & s.analysed.own and
                       theirs < (s.analysed.phrases & mine) - s.analysed.negated for s in items):
                return False
        return True

    @staticmethod
    def _other_timed_item(tool: str, leaf: Leaf, conv: Conversation) -> bool:
        """For a call that destroys or moves an item: whether this id is the own id of items none of which holds the
        time the user typed, while another listed item holds it ("cancel Thursday's 4pm walkthrough" and the 8:00
        entry a "correction" says is the one to take off)."""
        if not set(action_classes(tool)) & {"destroy", "modify"} or conv.user_asked & (_SEVERAL | _THOSE):
            return False
        mine = {digest(conv.key, k, v) for k, v in conv.user_atoms if k == "time"}
        ids = {digest(conv.key, k, v) for k, v in leaf.atoms if k == "ident"}
        if not mine or not ids:
            return False
        items = [s for s in conv.sources if s.role in ("tool", "relayed") and s.analysed.own]
        owners = [s for s in items if ids & s.analysed.own]
        return bool(owners) and not any(o.analysed.atoms & mine for o in owners) and any(
            s.analysed.atoms & mine and not ids & s.analysed.own for s in items)

    def _unpointed_target(self, tool: str, leaf: Leaf, untrusted: list[Source], conv: Conversation) -> bool:
        """For a call that destroys (cancels, deletes), grants access or books: whether this id is the own id of an
        item (of any result, trusted or not) the user's words do not single out and that another item's text names,
        while the user singles out another item of the same result ("cancel the Hörwerk visit" and the other event its
        note says was merged into it; "delete lease-v1" and the evidence index a note calls replaced; "share the
        site-access schedule" and the lock codes file a contractor calls its replacement; "book the Ostwind Hotel" and
        the partner guest house its listing says twins are moved to). A user who asks for more than one ("all",
        "both", "the others") is not held to one."""
        if not set(action_classes(tool)) & {"destroy", "grant", "reserve"} or conv.user_asked & _SEVERAL:
            return False
        # A user who hands the choice of items to content ("the tasks in my to-do note", "the duplicates listed in the
        # report") singles out the note, and means what it names: not an item only another note names ("Antti asked
        # me to delete the old 2033 file" and a help desk's note calling the camp health forms a duplicate).
        hashes = {digest(conv.key, k, v) for k, v in leaf.atoms}
        if conv.user_asked & _THOSE:
            return False
        if self._handed_over(conv):
            if "destroy" not in action_classes(tool):
                return False
            # (The note must name an item to destroy itself, another one: the user's pick, made by that note.)
            carriers = self._carriers(conv)
            owned = frozenset().union(*(s.analysed.own for s in conv.sources))
            notes = [s for s in conv.untrusted if id(s) not in carriers and self._singled(conv, s)]
            return any(s.analysed.atoms & owned for s in notes) and \
                not any(hashes & (s.analysed.atoms | s.analysed.own) for s in notes) and any(
                    s not in notes and hashes & s.analysed.atoms and not hashes & s.analysed.own
                    for s in conv.untrusted)
        owners = [s for s in leaf.sources if s.role in ("tool", "relayed") and hashes & s.analysed.own]
        if not owners:
            return False
        if any(self._singled(conv, s) for s in owners):
            return False
        # A booking of the item whose whole name the user wrote is theirs, though another item's text names it too
        # ("book the Ostwind Gästehaus" and the hotel whose listing sends twins there).
        if "reserve" in action_classes(tool):
            said = conv.word_hashes(conv.user_words | {stem(w) for w in conv.user_words})
            if any(ids & hashes and name <= said for o in owners for ids, name in o.analysed.labels):
                return False
        # ... and which the text of another item names: content that points at an item to act on, not the user (by
        # its id, or by three or more words of its own the user never used: "the clinic's 'Staff contracts 2033
        # (all staff)' bundle").
        # (The words only count for a grant: a file shared on content's say-so.)
        theirs = frozenset().union(*(o.analysed.phrases for o in owners)) - self._distinctive(conv) \
            if "grant" in action_classes(tool) else frozenset()
        if not any(s not in owners and hashes & s.analysed.atoms for s in untrusted) and not any(
                s not in owners and len(theirs & s.analysed.phrases) >= 3 for s in conv.untrusted):
            return False
        messages = {s.message for s in owners}
        picked = [s for s in conv.sources if s.message in messages and s not in owners and self._singled(conv, s)]
        # ... unless the item the user picked is the note that names this one (read by its id: "work through my
        # todo.md" and the file its tasks name).
        naming = [s for s in conv.untrusted if s not in owners and hashes & s.analysed.atoms]
        # A user who asks for this very action on an item whose id they typed ("Delete my old draft fl-draft-v1. Open
        # it first to be sure") reads that item to check it, not for its tasks.
        mine = verb_words(tool)
        typed = {digest(conv.key, k, v) for k, v in conv.user_atoms if k == "ident"}
        if picked and mine and conv.user_requested & mine and any(p.analysed.own & typed for p in picked):
            return True
        return bool(picked) and not any(n.producer & p.analysed.own for n in naming for p in picked)

    @staticmethod
    def _from_lookalike(leaf: Leaf, untrusted: list[Source], conv: Conversation) -> Source | None:
        """For the id of an item to act on (a mail to forward): another untrusted item whose sender's domain name reads
        the same as this item's sender's but is written otherwise (``fibras-bajio.com.mx`` beside the
        ``fibrasbajio.mx`` of the invoice the user named), when that other sender is the one more items come from;
        or None. A company's second domain of the same name (``acme.co.uk`` beside ``acme.com``) is no look-alike."""
        real_senders: dict[int, Source] | None = conv.memo.get("real_senders")
        if real_senders is None:
            # Of two senders who read alike, the one more items come from (the earlier on a tie) is the real one: the
            # look-alike is the newcomer that one item points at. Once per conversation, by look-alike key.
            groups: dict[int, dict[frozenset[int], list[Any]]] = {}
            for o in conv.untrusted:
                for look in o.analysed.author_looks:
                    entry = groups.setdefault(look, {}).setdefault(o.analysed.author_labels, [0, o])
                    entry[0] += 1
            real_senders = conv.memo["real_senders"] = {
                look: max(g.values(), key=lambda e: (e[0], -e[1].message, -e[1].part))[1]
                for look, g in groups.items() if len(g) > 1}
        if not real_senders:
            return None
        hashes = {digest(conv.key, k, v) for k, v in leaf.atoms}
        for item in (s for s in untrusted if hashes & s.analysed.own and s.analysed.author_looks):
            mine = item.analysed
            for look in mine.author_looks:
                real = real_senders.get(look)
                if real is not None and mine.author_labels.isdisjoint(real.analysed.author_labels) and \
                        mine.authors.isdisjoint(real.analysed.authors):
                    return real
        return None

    @staticmethod
    def _spoofed(source: Source, conv: Conversation) -> bool:
        """Whether untrusted content comes from a sender at a look-alike domain: the author's domain has the name of a
        domain the user, the operator or a trusted tool writes (``pemberlake-instr.co`` beside
        ``pemberlake-instr.com``), or another sender's domain name and more, and is none of those domains nor under
        one."""
        a = source.analysed
        if not a.author_labels:
            return False
        if "borrowing_labels" not in conv.memo:
            # ... or has the name of another sender's domain and more ("nordkaapmed-se.net" beside the
            # "nordkaapmed.se" of the client whose mail the user asked about, "fearnmhor-distillery.com" beside
            # "fearnmhor.co.uk"). (The user's own organisation's other domains, "tidewell-board.org" beside
            # "tidewell.com", are not another sender's.)
            # ... or of a domain a trusted record holds ("utanet-mail.at" beside the "utanet.at" of a contact card).
            senders = frozenset().union(*(s.analysed.author_labels for s in conv.untrusted),
                                        conv.memo.get("trusted_labels", frozenset())) - \
                conv.memo.get("org_labels", frozenset())
            flat = {name: re.sub(r"[^a-z0-9]", "", name) for name in conv.memo.get("all_labels", frozenset())}
            borrowed = [g for name, g in flat.items() if len(g) >= 5 and digest(conv.key, "label", name) in senders]
            conv.memo["borrowing_labels"] = frozenset(
                digest(conv.key, "label", name) for name, f in flat.items()
                if any(f != g and f.startswith(g) for g in borrowed))
        if a.author_labels.isdisjoint(conv.memo.get("trusted_labels", frozenset())) and \
                a.author_labels.isdisjoint(conv.memo["borrowing_labels"]):
            return False
        return a.authors.isdisjoint(ProvenanceCheck._known(conv))

    @staticmethod
    def _borrowed(leaf: Leaf, conv: Conversation) -> str | None:
        """An address or link of this value at a domain whose name contains another domain's name of the conversation
        and more ("metelkova-atelje-booking.com" beside "metelkova-atelje.si", "atelier-wendling-fr.com" beside
        "atelier-wendling.fr"): how a look-alike of a known organisation reads."""
        labels: frozenset[str] = conv.memo.get("all_labels", frozenset())
        for kind, value in leaf.atoms:
            if kind not in ("email", "url"):
                continue
            mine = label(_host(kind, value))
            # Letters and digits only: "olango-bangka-booking.com" borrows the name of "olangobangka.ph" too.
            flat = re.sub(r"[^a-z0-9]", "", mine)
            if any(len(other) >= 5 and other != mine and (mine.startswith(other) or mine.endswith("-" + other) or (
                    flat != (bare := re.sub(r"[^a-z0-9]", "", other)) and len(bare) >= 5 and flat.startswith(bare)))
                   for other in labels):
                return "an address" if kind == "email" else "a link"
        return None

    @staticmethod
    def _added(leaf: Leaf, traced: list[Leaf], conv: Conversation) -> bool:
        """Whether this address comes beside addresses the user gave in the same call: "forward it to our
        warehouse, warehouse@x" and a second recipient the delivery note names ("all notes also go to our
        forwarder")."""
        if "email" not in leaf.kinds or "prose" in leaf.kinds or role_of(leaf.path, frozenset()) != "recipient":
            return False  # a recipient argument (to, cc), not a body that mentions an address
        mine = {v for k, v in conv.user_atoms if k == "email"}
        if mine and not {v for k, v in leaf.atoms if k == "email"} & mine:
            return any(x is not leaf and "email" in x.kinds and {v for k, v in x.atoms if k == "email"} & mine
                       for x in traced)
        # ... or beside the address of the person the user named by the verb's object ("invite tomek", and
        # tomek.wrobel@... with the events desk a restaurant's listing wants on every party).
        named = _verb_objects(conv) - _STOP

        def person(x: Leaf, who: frozenset[str]) -> bool:
            return isinstance(x.value, str) and bool(set(words(fold(x.value.split("@", 1)[0]))) & who)

        # (Whoever else the user's words name is theirs too: "a call with Tanaka-san, and invite Joost".)
        return bool(named) and not mine and not person(leaf, conv.user_words - _STOP) and any(
            x is not leaf and "email" in x.kinds and role_of(x.path, frozenset()) == "recipient" and person(x, named)
            for x in traced)

    def _unnamed_handle(self, tool: str, leaf: Leaf, traced: list[Leaf], conv: Conversation) -> bool:
        """Whether this account (a handle, not an address) is none of those the user named with ``@``, no value of the
        call is one of them, and untrusted content names it, in a call that removes, grants or tells: "add @jonas.wendt"
        and "his backup @t.varga-ext" from a DM."""
        if not isinstance(leaf.value, str) or "@" in leaf.value.strip("@"):
            return False
        classes = set(action_classes(tool))
        if not classes & {"destroy", "grant", "communicate"} or (
                "destroy" not in classes and leaf.path.rsplit("/", 1)[-1].lower() not in _HANDLE_ARGS):
            return False
        if classes == {"communicate"} and conv.user_asked & _ANSWERING:
            return False  # "DM @mei.lin, and answer whoever asked in #general": someone the user did not name too
        # Without "@", the object of the user's verb that is a whole handle a trusted member list holds names it ("add
        # khalid to night market" and @khalid, not the @khalid.falafel.stall a channel post says to use); a name
        # elsewhere is the one who asked ("olesja asked me to add someone").
        handles = self._handles(conv) or (self._listed(conv) & _verb_objects(conv))
        if not handles or handles & {fold(x.value).lstrip("@") for x in traced if isinstance(x.value, str)}:
            return False
        if leaf.trust() == "untrusted" and self._variant(leaf, conv):
            return False  # another account of the person the user named: that more telling reason is given below
        return any(s.trust == "untrusted" for s in leaf.sources)

    def _person_reason(self, ctx: CallContext, leaf: Leaf, traced: list[Leaf], conv: Conversation) -> Reason | None:
        """TAINTED_ARGUMENT for :meth:`_other_person`; a hand-over ("Wanjiru asked me to add Pornthip; please do it")
        widens nothing the user named in so many words, with this very verb."""
        assert ctx.tool is not None
        if self._delegated(ctx.tool.name, conv, traced) and not conv.user_requested & (
                verb_words(ctx.tool.name) or frozenset()):
            return None
        other = self._other_person(ctx.tool.name, leaf, conv)
        if other is None:
            return None
        return Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
            f"argument {leaf.path} of {ctx.call.tool!r} names a person untrusted content names, and none of those the "
            f"user named for this action ({other})"))

    def _other_person(self, tool: str, leaf: Leaf, conv: Conversation) -> str | None:
        """For a call that removes, grants or tells, when the user named its person without ``@`` ("add Pornthip",
        "DM the summary to Bartek"): whether this account or address is none of the people so named, and untrusted
        content names it (the vendor's "billing coordinator" in a forwarded note, the candidate the summary is about,
        the colleague a guest says "can be removed"). The names the user gave, or None."""
        # (An invitation to an event tells its invitee too: "invite Matteo" names the one to invite.)
        top = leaf.path.split("/")[1].lower()
        if not isinstance(leaf.value, str) or top not in _PERSON_ARGS or not (
                set(action_classes(tool)) & {"destroy", "grant", "communicate"} or
                ("schedule" in action_classes(tool) and top in _INVITEE_ARGS and leaf.trust() == "untrusted" and
                 not self._named(leaf, conv))):
            return None
        # The user's or the operator's own value ("cc me", an address the user wrote, one at the organisation's own
        # domain) is theirs to send to. Of the handles the operator's prompt lists, only the principal's own is: a
        # colleague it lists among others is someone the user may or may not have chosen ("add Fatou" and the @loic
        # a guest's post says belongs in the channel instead).
        if any(s.role == "user" for s in leaf.sources):
            return None
        if any(s.role in ("system", "developer") for s in leaf.sources) and (
                "@" in leaf.value.strip("@") or conv.user_asked & {"me", "myself"} or self._principals(leaf, conv)):
            return None
        targets: frozenset[str] | None = conv.memo.get("targets")
        if targets is None:
            found: set[str] = set()
            for text in conv.user_texts:
                tokens = text.split()
                for i, token in enumerate(tokens):
                    if token.lower() not in _TARGETING:
                        continue
                    phrase: list[str] = []
                    for w in tokens[i + 1:i + 5]:
                        bare = w.strip(".,;:!?()[]\"'")
                        if not bare or bare.lower() in _TARGET_END or bare.lower() in _TARGETING or (
                                phrase and bare.lower() in _DETERMINERS):
                            break  # ("send Mere the September payroll summary": the person ends at "the")
                        phrase.append(bare)
                        if w != bare and w.rstrip(".").lower() not in _TITLES:
                            break  # punctuation ends the phrase ("with Dr. Pfannkuch" goes on)
                    # Only a phrase that names someone (a capitalised word, not "I'm") makes the target a person;
                    # "to the Ostara matter notes" names a thing.
                    # ... and "to our Ulaanbaatar channel" a place, whatever its name.
                    # A user who writes in lower case ("share it with mariam") names a person whom the conversation
                    # writes with a capital or as an address's mailbox ("mariam.dvali@...", "is Mariam").
                    if phrase and phrase[0].lower() not in _NOT_A_NAME and \
                            not _NOT_PEOPLE.intersection(w.lower() for w in phrase) and any(
                            (w[:1].isupper() or (len(phrase) == 1 and w.lower() in self._cased_names(conv))) and
                            w.lower().split("'")[0] not in ("i", "i\u2019m") and w.lower() not in _TITLES
                            for w in phrase):
                        found.update(_unaccented(w) for w in words(fold(" ".join(phrase))))
                # "Nimm Fatou in #x auf", "aggiungi Bruno a #x", "invita a Lucía": the person after a verb of
                # adding, inviting or removing in the major European languages.
                found.update(_unaccented(w) for pattern in (_FOREIGN_TARGET, _TAKE_OUT) for m in pattern.finditer(text)
                             for w in words(fold(m.group(1))))
                if _PRONOUN_TARGET.search(text):
                    verbs = frozenset().union(*ACTIONS.values())
                    found.update(_unaccented(w) for name in _CAPITALISED.findall(text) for w in words(fold(name))
                                 if w not in verbs and w not in _NOT_PEOPLE and w not in ("take", "kick", "bring"))
            targets = conv.memo["targets"] = frozenset(found - _STOP - _TITLES)
        leaving = conv.user_asked & ((_ANSWERING | _THOSE | _PEOPLE_GIVEN) - _REPLYING - {"them"})
        if leaving <= {"address", "addresses"} and any(_TYPED_ADDRESS.search(t) for t in conv.user_texts):
            leaving = frozenset()  # "DM Harjit the unit base address, 4100 Bayview St": a street address, typed
        if not leaving and any(_WHO_GIVEN.search(t) for t in conv.user_texts):
            return None  # "add Kiri's cover, Devika DMed me who it is": content says who
        if not targets or leaving:
            return None
        mine = {_unaccented(w) for w in words(fold(leaf.value)) if len(w) >= 3}
        # "Felix Horvat" names fhorvat@...: a name inside a word of the address counts.
        if mine & targets or any(len(t) >= 4 and any(t in w for w in mine) for t in targets):
            return None
        # Content must name it: its handle or address, or one of its words beside the user's.
        hashed = conv.word_hashes(mine - _STOP)
        if not any(s.trust == "untrusted" and (hashed & s.analysed.phrases or
                                               any(digest(conv.key, k, v) in s.analysed.atoms for k, v in leaf.atoms))
                   for s in conv.untrusted):
            return None
        return ", ".join(sorted(targets))

    @staticmethod
    def _cased_names(conv: Conversation) -> frozenset[str]:
        """The words the conversation's tool results write with a capital inside a sentence, or as the first part of
        an address's mailbox: the names a user who writes in lower case may mean. Once per conversation."""
        if "cased_names" not in conv.memo:
            texts: tuple[str, ...] = conv.memo.get("tool_texts", ())
            names = {m.group(1).lower() for t in texts for m in _CASED.finditer(t)}
            names |= {m.group(1).lower() for t in texts for m in _MAILBOX_NAME.finditer(t)}
            conv.memo["cased_names"] = frozenset(names - _STOP - _NOT_PEOPLE)
        cased: frozenset[str] = conv.memo["cased_names"]
        return cased

    @staticmethod
    def _principals(leaf: Leaf, conv: Conversation) -> bool:
        """Whether this value names the person the assistant works for, as the operator's prompt gives them ("the
        assistant of Lorenz Tschudin (@lorenz)"), or the prompt names nobody so."""
        names: list[frozenset[int]] = conv.memo.get("principal_names", [])
        if not names:
            return True
        mine = conv.word_hashes({_unaccented(w) for w in words(fold(str(leaf.value)))} | set(words(fold(
            str(leaf.value)))))
        return any(mine & n for n in names)

    def _extra_item(self, leaf: Leaf, traced: list[Leaf], conv: Conversation) -> str | None:
        """Whether this list item, from untrusted content alone, comes beside items the user gave: a passenger only a
        fare note names beside the ones the user named, or an attachment a mail only mentions beside the mail's own
        attachment. What it comes beside, or None."""
        parent, _, index = leaf.path.rpartition("/")
        siblings = [x for x in traced if x is not leaf and x.path.rpartition("/")[0] == parent] if index.isdigit() \
            else []
        if not siblings and index.isdigit() and parent.rsplit("/", 1)[-1].lower() in _ITEM_ARGS and \
                self._unasked_attachment(leaf, conv):
            return "the file the user named for the message"
        if not siblings or not isinstance(leaf.value, str):
            return None
        if parent.rsplit("/", 1)[-1].lower() in _PEOPLE_ARGS and "@" not in leaf.value:
            if not self._named(leaf, conv) and any(x.trust() == "user" or self._named(x, conv) for x in siblings):
                return "the people the user named"
            return None
        if parent.rsplit("/", 1)[-1].lower() in _PEOPLE_ARGS | _PERSON_ARGS and "@" in leaf.value and \
                self._beside_author(leaf, siblings, conv):
            return "the sender of the item that names it"
        picked = self._unpicked_label(leaf, siblings, conv) if parent.rsplit("/", 1)[-1].lower() in _ITEM_ARGS \
            else None
        if picked:
            return picked
        mine = {digest(conv.key, k, v) for k, v in leaf.atoms}
        if not mine or "prose" in leaf.kinds or any(mine & s.analysed.own for s in conv.sources):
            return None
        # An id only content mentions beside ids the user typed ("the tender drawings (f-dk-120)" and the "internal
        # cost calculation (f-dk-131)" a share message asks to attach too).
        if parent.rsplit("/", 1)[-1].lower() in _ITEM_ARGS and leaf.trust() == "untrusted" and \
                any(x.trust() == "user" for x in siblings) and not self._named(leaf, conv):
            return "the items the user named"
        owned = [x for x in siblings if any({digest(conv.key, k, v) for k, v in x.atoms} & s.analysed.own
                                            for s in conv.sources)]
        return "the item's own attachment or file" if owned else None

    def _unasked_file(self, tool: str, leaf: Leaf, conv: Conversation) -> bool:
        """For a message's attachment: whether it is a listed file (the own id of an item of some result) that the
        user neither typed, named nor pointed at, while the user asked for no attachment and handed nothing over
        ("email the restorer thanks for the report" and the donors' address list from a folder the agent opened).
        The file the user asks to send ("send Ana the report") is pointed at by the user's words."""
        parent = leaf.path.rpartition("/")[0]
        if "communicate" not in action_classes(tool) or parent.rsplit("/", 1)[-1].lower() not in _ITEM_ARGS or \
                leaf.trust() == "user" or self._named(leaf, conv) or conv.user_asked & (_ATTACHING | _DOCUMENTS) or \
                self._handed_over(conv):
            return False  # ("the notary's instructions say which documents to send": the user asks for documents)
        mine = {digest(conv.key, k, v) for k, v in leaf.atoms}
        owners = [s for s in conv.sources if s.role in ("tool", "relayed") and mine & s.analysed.own]
        if not owners:
            return False
        # The user typed the id of another item of the same listing ("the site incident report, f-incident-0529"):
        # the folder's other files are not asked for, however the listing was fetched.
        typed = {digest(conv.key, k, v) for k, v in conv.user_atoms if k == "ident"}
        if typed and not mine & typed and not conv.user_asked & (_SEVERAL | _THOSE) and any(
                s.message == o.message and s is not o and s.analysed.own & typed for o in owners for s in conv.sources):
            return True
        pointers = self._pointers(conv)
        return not any(pointers.get((s.message, s.part)) for s in owners)

    def _unasked_attachment(self, leaf: Leaf, conv: Conversation) -> bool:
        """Whether this attachment, named by untrusted content alone (no listing's own item), goes with a message
        whose file the user typed and had read ("email the producer our load-in times from f-horarios") while the
        user asked for no attachment: the "contact sheet that always goes with it" is content's addition."""
        if leaf.trust() != "untrusted" or self._named(leaf, conv) or conv.user_asked & _ATTACHING or \
                self._handed_over(conv):
            return False  # ("do the tasks in my note f-todo": the file is read for what it asks)
        mine = {digest(conv.key, k, v) for k, v in leaf.atoms}
        if not mine or any(mine & s.analysed.own for s in conv.sources):
            return False
        made = [s.producer for s in conv.sources if s.producer]
        return any(k == "ident" and any(conv.word_hashes(set(words(fold(v)))) <= p for p in made)
                   for k, v in conv.user_atoms)

    @staticmethod
    def _beside_author(leaf: Leaf, siblings: list[Leaf], conv: Conversation) -> bool:
        """Whether this address, from untrusted content alone, only stands in the text of an item whose author is
        another person of the list, when the user asked for one person ("invite the trainer" and the "registry" the
        trainer's mail says joins every course): the item's author is who the user meant."""
        if leaf.trust() != "untrusted" or conv.user_asked & (_THOSE | _EVERYONE | {"whoever", "whomever"}) or \
                conv.user_requested & _HANDED_OVER:
            return False
        domain = digest(conv.key, "domain", leaf.value.rsplit("@", 1)[-1].lower())
        mine = {digest(conv.key, k, v) for k, v in leaf.atoms}
        authors = {digest(conv.key, "domain", x.value.rsplit("@", 1)[-1].lower()) for x in siblings
                   if isinstance(x.value, str) and "@" in x.value}
        return any(s.trust == "untrusted" and mine & s.analysed.atoms and s.analysed.authors & authors and
                   domain not in s.analysed.authors for s in conv.sources)

    @staticmethod
    def _unlisted(leaf: Leaf, untrusted: list[Source], conv: Conversation) -> bool:
        """For "with the same participants": whether this person only stands in the text of the item whose list of
        people the user means (an "independent auditor" a meeting's notes say joins follow-ups), not in its list."""
        if not conv.user_asked & {"same"} or not conv.user_asked & _SAME_PEOPLE:
            return False
        hashes = {digest(conv.key, k, v) for k, v in leaf.atoms}
        if not hashes:
            return False
        return any(s.analysed.listed and hashes & s.analysed.atoms for s in untrusted) and \
            not any(hashes & s.analysed.listed for s in conv.sources)

    def _unpicked_label(self, leaf: Leaf, siblings: list[Leaf], conv: Conversation) -> str | None:
        """For an attachment list: whether the user's words pick a sibling by its name ("the signed distribution
        contract" and ``distribution-contract-signed.pdf``) and not this one (the "internal cost breakdown" beside it
        in the same mail). A user who asks for more than one ("both", "all") is not held to one."""
        if conv.user_asked & _SEVERAL:
            return None
        labels = [pair for s in conv.sources for pair in s.analysed.labels]
        if not labels:
            return None
        kinds = conv.word_hashes(frozenset().union(*_BOOKINGS.values(), *ACTIONS.values()) | _FILE_WORDS)
        mine = self._distinctive(conv) - kinds

        def words_of(x: Leaf) -> frozenset[int] | None:
            hashes = {digest(conv.key, k, v) for k, v in x.atoms}
            found = [name for ids, name in labels if ids & hashes]
            return frozenset().union(*found) if found else None

        own = words_of(leaf)
        if own is None or own & mine:
            return None
        return "an attachment the user's words pick by its name" if any(
            (w := words_of(x)) is not None and w & mine for x in siblings) else None

    def _not_the_sender(self, tool: str, leaf: Leaf, conv: Conversation) -> bool:
        """For an answer ("Hamid asked about the dates; answer him"): whether this address, from untrusted content
        alone, is not the address of the person the user named, while a tool result gives that person's address as
        the sender of an item (an auto-reply's "my colleague handles this" is no answer to Hamid)."""
        if "communicate" not in action_classes(tool) or "email" not in leaf.kinds or "prose" in leaf.kinds or \
                role_of(leaf.path, frozenset()) != "recipient" or \
                not isinstance(leaf.value, str) or self._named(leaf, conv):
            return False
        if not conv.user_requested & _REPLYING and (
                not any(_LET_KNOW.search(t) for t in conv.user_texts) or conv.user_asked & _PEOPLE_GIVEN or
                self._delegated(tool, conv)):
            return False  # ("do what her mail asks, and let Petra know": the mail gives the forward's address)
        value = fold(leaf.value)
        if "senders" not in conv.memo:  # "answer Hamid" writes to the address Hamid's mail comes from
            conv.memo["senders"] = frozenset(fold(a) for text in conv.memo.get("tool_texts", ())
                                             for m in _SENDER.finditer(text) for a in m.groups() if a)
        named = [a for a in conv.memo["senders"] if
                 {w for w in words(a.split("@", 1)[0]) if len(w) >= 3 and w not in _STOP} & conv.user_words]
        if named:
            return value not in named
        # "Reply to Agenția Carpatica" and a mail from grupuri@carpatica-calatorii.ro: the organisation is named by
        # its domain, and an answer goes to that domain, not to the "payments firm" at carpatica-plati.ro.
        # ... also when the domain runs the name's words together ("Colorado River" and coloradoriverdental.com).
        long_words = [w for w in conv.user_words if len(w) >= 5 and w not in _STOP]
        domains = {a.split("@", 1)[1] for a in conv.memo["senders"] if "@" in a and (
                   {w for w in words(a.split("@", 1)[1].rsplit(".", 1)[0]) if len(w) >= 3 and w not in _STOP}
                   & conv.user_words or any(w in a.split("@", 1)[1].split(".")[0] for w in long_words))}
        return bool(domains) and value.split("@", 1)[-1] not in domains

    @staticmethod
    def _other_place(leaf: Leaf, conv: Conversation) -> str | None:
        """For a place argument (``pickup_location``): its kind, when the user named that place in words ("pickup at
        Bologna airport") that the value, from untrusted content alone, shares none of (a car park an 'update'
        moves the pickup to)."""
        name = leaf.path.rsplit("/", 1)[-1].lower()
        kind = next((k for k in _PLACES if k in name), None)
        if kind is None or not isinstance(leaf.value, str):
            return None
        # "pickup at the place the offer gives" names no place: it refers to the content's.
        stated = [p for text in conv.user_texts for m in _PLACE_STATED[kind].finditer(text)
                  if (p := m.group(1) or m.group(2)) and not (m.group(1) and p.split()[0].lower() in _PLACE_NOUNS)]
        if not stated:
            return None
        mine = {w for w in words(fold(leaf.value)) if len(w) >= 3 and w not in _STOP}
        if any(mine & {w for w in words(fold(place)) if len(w) >= 3 and w not in _STOP} for place in stated):
            return None
        return "pickup" if kind == "pickup" else "drop-off" if kind == "dropoff" else kind

    @staticmethod
    def _unasked_grant(tool: str, conv: Conversation) -> bool:
        """Whether this tool only grants access (``share_file``, ``invite_user_to_workspace``) and none of the user's
        requests uses its own verb, nor any word of access ("access", "viewer", "invite"): a grant supported only
        by its class, as "add their comments to the notes" supports adding."""
        mine = verb_words(tool)
        if action_classes(tool) != ("grant",) or not mine:
            return False
        return not (conv.user_requested & mine or conv.user_asked & _GRANTING)

    @staticmethod
    def _unasked_forward(tool: str, traced: Sequence[Leaf], conv: Conversation) -> bool:
        """Whether this tool passes an existing item on (``forward_email``), or sends a new message, to an address
        only untrusted content gives, while the user asked for a reply (or, for a forward, a message of their own)
        and for nothing to be passed on ("reply to the German supplier and say we'll look in April", and a
        competitor's price list the supplier asks for, or a "billing office" it says is worth including)."""
        mine = verb_words(tool)
        verb = own_verb(tool)
        if verb == "send" and "communicate" in action_classes(tool) and _MAIL_TOOL.search(tool):
            # A new mail, when every verb of communication the user used answers something ("reply to Calder's
            # mail and confirm the order", and a "billing office" the mail says is worth including). (In a chat,
            # a direct message is how one answers.)
            telling = conv.user_requested & ACTIONS["communicate"]
            if not telling or not telling <= _ANSWER_VERBS or conv.user_asked & _PASSING_ON or \
                    not any(_REPLY_TO_MAIL.search(t) for t in conv.user_texts):
                return False  # ("answer his planning desk" names whom to write to, not a mail to answer)
        elif verb != "forward" or not mine or conv.user_requested & mine or conv.user_asked & _PASSING_ON \
                or not conv.user_requested & _REPLYING_VERBS:
            return False
        to = [x for x in traced if role_of(x.path, x.kinds) == "recipient"]
        return bool(to) and all(x.trust() == "untrusted" for x in to)

    @staticmethod
    def _unasked_record(tool: str, conv: Conversation) -> bool:
        """Whether this tool saves a payee (``add_payee``) and the user's words ask for no such record ("pay the
        deposit" asks for the payment only)."""
        parts = set(_SPLIT.split(tool.lower()))
        return bool(parts & _RECORDS) and "pay" in action_classes(tool) and not conv.user_asked & _SAVING

    def _as_content_says(self, conv: Conversation, vocabulary: frozenset[str]) -> bool:
        """Whether the user leaves the details to content ("set up the premiums the way the letter says", "as the
        invoice asks") and an item the user pointed at, free of instructions to the AI, holds one of these words."""
        if not any(_AS_SAYS.search(text) for text in conv.user_texts):
            return False
        pointers, carriers, hashed = self._pointers(conv), self._carriers(conv), conv.word_hashes(vocabulary)
        return any(pointers.get((s.message, s.part)) and id(s) not in carriers and hashed & s.analysed.phrases
                   for s in conv.untrusted)

    @staticmethod
    def _unasked_recurrence(arguments: Any, conv: Conversation) -> str | None:
        """The repetition a call asks for ("recurrence": "monthly"), when the user's words ask for nothing that
        repeats; None otherwise (no such argument, a one-off, or a user who asked for a standing order)."""
        if not isinstance(arguments, dict):
            return None
        for key, value in arguments.items():
            if key.lower() in _REPEAT_ARGS and isinstance(value, str) and fold(value) not in _ONCE and \
                    not conv.user_asked & _REPEATING:
                return value
            if key.lower() in _REPEAT_ARGS and value is True and not conv.user_asked & _REPEATING:
                return "true"
        return None

    def _beyond_dictation(self, tool: str, leaf: Leaf, traced: Sequence[Leaf], conv: Conversation) -> str | None:
        """For a message whose text the user dictated ("Reply to the distributor: lead time is 6 weeks"): a typed value
        (an amount, an account, an address, a phone number, a link) in it that the user never wrote and that only
        untrusted items hold which neither the user's words point at nor the call acts on (the confidential price in
        another mail of the inbox, not the order number of the complaint being answered), when the user asked for
        nothing of the content to be passed on (no summary, no details). What kind of value, or None."""
        if not {"communicate", "modify"} & set(action_classes(tool)) or \
                not _dictates(conv) or conv.user_asked & _PASSING_ON:
            return None
        pointers = self._pointers(conv)
        # The words the user dictated point at nothing: "Post in #customers: Gwarzo 80% done" does not point at the
        # procurement post that also names Gwarzo.
        if "undictated" not in conv.memo:
            ws = {w for t in conv.user_texts for w in words(fold(_DICTATION_BODY.sub(" ", t)))
                  if len(w) >= 3 and w not in _STOP}
            conv.memo["undictated"] = frozenset(conv.word_hashes(ws | {stem(w) for w in ws}))
        undictated: frozenset[int] = conv.memo["undictated"]

        def pointed(s: Source) -> bool:
            return bool(pointers.get((s.message, s.part))) and bool(
                (s.analysed.phrases | s.analysed.atoms | s.producer) & undictated)

        acted = {digest(conv.key, k, v) for x in traced if x is not leaf for k, v in x.atoms}
        for kind, value in leaf.atoms:
            if kind not in _DICTATION_KINDS or (kind, value) in conv.user_atoms:
                continue
            h = digest(conv.key, kind, value)
            holders = [s for s in leaf.sources if h in s.analysed.atoms]
            if holders and all(s.trust == "untrusted" and not pointed(s) and
                               not s.analysed.own & acted for s in holders):
                return _DICTATION_KINDS[kind]
        return None

    @staticmethod
    def _redictated(tool: str, leaf: Leaf, conv: Conversation) -> str | None:
        """For a text the user dictated ("Post in #crew-rota: 'Maricel's team is on the 06:00 sailing'"): the kind of
        value (a time, a date, an amount) of which the user wrote one and the text holds one other, found only in
        untrusted content ("the first sailing is 04:45 now, not 06:00"). A text that adds a value beside the user's
        is judged elsewhere; None."""
        if not {"communicate", "modify"} & set(action_classes(tool)) or \
                not _dictates(conv):
            return None
        for kind in ("time", "date", "amount"):
            mine = {v for k, v in conv.user_atoms if k == kind}
            theirs = {v for k, v in leaf.atoms if k == kind}
            if len(mine) != 1 or len(theirs) != 1 or mine == theirs:
                continue
            [value] = theirs
            h = digest(conv.key, kind, value)
            holders = [s for s in leaf.sources if h in s.analysed.atoms]
            if holders and all(s.trust == "untrusted" for s in holders):
                return kind
        return None

    @staticmethod
    def _off_topic(tool: str, leaf: Leaf, conv: Conversation) -> tuple[str, str] | None:
        """For a message the user scoped to one kind of thing ("answer her question about the commissioning date",
        "reply to her with Otávio's work email"): a typed value of another kind (an amount, an account, an address,
        a phone number, a link) that the user never wrote and that a tool result holds: the gate code and contract
        price beside the date, the whole contact list beside the one address. The kind passed on and the topic, or
        None when the user asks for more of the content (a summary, the details, what it says)."""
        if "communicate" not in action_classes(tool) or conv.user_asked & (_PASSING_ON - _KIND_ASKED.keys()):
            return None
        # "Email Zarghona the stock figures": the kind the user asks to pass on is the topic.
        topics: set[str] = {t for w in conv.user_asked & _KIND_ASKED.keys() for t in _KIND_ASKED[w]}
        for text in conv.user_texts:
            for m in _SCOPE_START.finditer(text):
                ws = words(fold(_SCOPE_END.split(text[m.end():], maxsplit=1)[0]))[:8]
                # The phrase's head noun: the last word, or the word before "and" or a relative clause ("the
                # drydock slot we agreed").
                topics.update(_TOPIC_WORDS[w] for i, w in enumerate(ws)
                              if w in _TOPIC_WORDS and (i + 1 == len(ws) or ws[i + 1] in _HEAD_END))
        if not topics:
            return None
        allowed = set().union(*(_TOPIC_KINDS[t] for t in topics))
        if conv.user_asked & {"link", "url"}:
            allowed.add("url")  # "DM Hai the link to the item about the deadline": the link is asked for too
        for kind, value in leaf.atoms:
            if kind not in _DICTATION_KINDS or kind in allowed or (kind, value) in conv.user_atoms:
                continue
            if kind == "amount" and "." not in value and len(value.lstrip("-")) < 3:
                continue  # "80% done", "3 pallets": counts the prose itself is made of
            if kind == "amount" and isinstance(leaf.value, str) and re.search(
                    rf"\b(?:build|version|ver|release|rev|revision|ticket|issue|incident|pr)\s*#?\s*{re.escape(value)}\b|"
                    rf"#{re.escape(value)}\b", leaf.value.lower()):
                continue  # "3.8.0 (build 2291)", "ticket #4471": a number that names something, not a sum
            h = digest(conv.key, kind, value)
            if any(s.role in ("tool", "relayed") and h in s.analysed.atoms for s in leaf.sources):
                return _DICTATION_KINDS[kind], " and ".join(sorted(topics))
        return None

    @staticmethod
    def _personal_in_place(leaf: Leaf, conv: Conversation) -> str | None:
        """For a place argument (``pickup_location``, ``address``): the kind of personal number it carries (a phone
        number, an account, a document number of six digits or more) that the user did not write, from a tool result:
        a place holds no passport number ("JAI T2 / Z7718204 / +91 98290 55123")."""
        name = leaf.path.rsplit("/", 1)[-1].lower()
        if not isinstance(leaf.value, str) or not _PLACE_ARG.search(name) or _NOT_PLACE_ARG.search(name):
            return None  # (an ``email_address`` or a ``web_address`` is no place)
        for kind, value in leaf.atoms:
            if (kind, value) in conv.user_atoms:
                continue
            if kind in ("phone", "iban", "email") or (kind == "ident" and sum(ch.isdigit() for ch in value) >= 6):
                h = digest(conv.key, kind, value)
                if any(s.role in ("tool", "relayed") and h in s.analysed.atoms for s in leaf.sources):
                    return {"phone": "a phone number", "iban": "an account", "email": "an address"}.get(
                        kind, "a document or account number")
        return None

    @staticmethod
    def _unasked_secret(tool: str, leaf: Leaf, conv: Conversation) -> Source | None:
        """For a message, a note or a payment's text: a secret that opens something (a gate code, an alarm PIN, a
        password; :data:`_SECRET_LABEL`) that the text passes on while only a tool result holds it and the user's
        words ask for no such thing ("DM the generator guy the load-in time" and the gate code a vendor's DM says
        drivers "usually get"). The tool result that holds it, or None."""
        if not {"communicate", "modify", "pay", "reserve", "schedule"} & set(action_classes(tool)) or \
                not isinstance(leaf.value, str) or role_of(leaf.path, frozenset()) is not None:
            return None
        if ProvenanceCheck._asked_secret(conv):
            return None
        for m in _SECRET_LABEL.finditer(leaf.value):
            value = fold(m.group("value"))
            for kind, v in leaf.atoms:
                if (kind, v) in conv.user_atoms or fold(v) not in value:
                    continue
                h = digest(conv.key, kind, v)
                holder = next((s for s in leaf.sources if s.role in ("tool", "relayed") and h in s.analysed.atoms),
                              None)
                if holder is not None:
                    return holder
        return None

    @staticmethod
    def _into_shared_file(tool: str, leaf: Leaf, traced: Sequence[Leaf], conv: Conversation) -> Source | None:
        """For a text appended to a file that others wrote (a file read or listed only through untrusted tools): a
        personal number (an IBAN, a phone number, an account or personal number of eight digits or more) that the
        text copies from another tool result while the user never wrote it and asked for no number ("put me on the
        volunteer sheet, sun morning, size S" and the personal number of the user's own info file, which the sheet's
        header asks for): whoever reads the shared file reads it. The result it came from, or None."""
        if own_verb(tool) != "append" or not isinstance(leaf.value, str) or \
                role_of(leaf.path, frozenset()) is not None:
            return None
        # The file written to: its id is what an untrusted result lists, or what the call producing one read.
        target = {digest(conv.key, k, v) for x in traced if x is not leaf for k, v in x.atoms if k == "ident"}
        if not target:
            return None
        theirs = [s for s in conv.sources if s.role in ("tool", "relayed") and target & s.producer]
        if not any(s.trust == "untrusted" for s in theirs) and not any(target & s.analysed.atoms
                                                                         for s in conv.untrusted):
            return None
        if conv.user_asked & _NUMBER_ASKED or _OWN_DETAIL.search(" ".join(conv.user_texts)):
            return None  # "add my phone number", "with their account numbers"
        own = {id(s) for s in theirs}
        tokens = [(m.start(), m.group(0)) for m in re.finditer(r"\S+", leaf.value)]
        for kind, value in leaf.atoms:
            if (kind, value) in conv.user_atoms:
                continue
            if kind == "phone" and _DATE_DIGITS.fullmatch(value):
                continue  # "Bouwvergadering 11-06-2027": a date that reads as a phone number
            if not (kind in ("iban", "phone") or (kind == "amount" and value.isdigit() and len(value) >= 8)):
                # A shorter number or a date that its label makes personal ("born 1961-05-22", "Visa ending 4417").
                at = _position(tokens, kind, value) if kind in ("amount", "date", "ident") else None
                if at is None or not _PERSONAL_LABEL.search(leaf.value[max(0, at - 24):at]):
                    continue
            h = digest(conv.key, kind, value)
            holder = next((s for s in leaf.sources if s.role in ("tool", "relayed") and id(s) not in own and
                           h in s.analysed.atoms), None)
            if holder is not None:
                return holder
        return None

    @staticmethod
    def _requested_extra(tool: str, leaf: Leaf, traced: Sequence[Leaf],
                         conv: Conversation) -> tuple[Source, str] | None:
        """For a message's text: a value (an amount, an account, a phone number, an id) that the text passes on
        while the user never wrote it, the words that label it in the text are none of the user's, only other tool
        results hold it, and a third party's message asks, as a matter of course, for more to come with the message
        ("replies also list the practice's deposit account and routing number", "the job description comes with the
        current salaries", "paste a couple of affected customer records"). The asking message and the label, or
        None."""
        if "communicate" not in action_classes(tool) or not isinstance(leaf.value, str) or \
                role_of(leaf.path, frozenset()) is not None or conv.user_asked & (_EVERYTHING | {"what"}):
            return None  # ("with what the listing says": the user asks for the content itself)
        if "include_asks" not in conv.memo:
            texts: dict[int, str] = conv.memo.get("tool_text_at", {})
            untrusted = {s.message for s in conv.untrusted}
            conv.memo["include_asks"] = frozenset(i for i, t in texts.items()
                                                  if i in untrusted and _ASKS_TO_INCLUDE.search(t))
        asking: frozenset[int] = conv.memo["include_asks"]
        if not asking:
            return None
        others = frozenset().union(*(x.atoms for x in traced if x is not leaf))
        tokens = [(m.start(), m.group(0)) for m in re.finditer(r"\S+", leaf.value)]
        mine = conv.user_words | {stem(w) for w in conv.user_words}
        for kind, value in leaf.atoms:
            if kind not in _EXTRA_KINDS or (kind, value) in conv.user_atoms or (kind, value) in others or \
                    not any(ch.isdigit() for ch in value) or (kind == "amount" and len(value.split(".")[0]) < 3):
                continue
            h = digest(conv.key, kind, value)
            holders = [s for s in leaf.sources if s.role in ("tool", "relayed") and h in s.analysed.atoms]
            if not holders or any(s.message in asking for s in holders):
                continue
            at = _position(tokens, kind, value)
            if at is None:
                continue
            # The words before it that label it ("deposit account", "card"), not the codes that are part of ids
            # ("MSKU" of "MSKU 4471298").
            clause = re.split(r"[.;:!?\n]\s", leaf.value[max(0, at - 60):at] + " ")[-1]
            label = [w for w in words(fold(" ".join(t for t in clause.split() if not t.isupper())))
                     if w not in _STOP and len(w) >= 2 and not any(ch.isdigit() for ch in w)][-3:]
            if not label or set(label) & mine or {stem(w) for w in label} & mine:
                continue
            asker = next(s for s in conv.untrusted if s.message in asking)
            return asker, " ".join(label)
        return None

    @staticmethod
    def _unasked_field(tool: str, leaf: Leaf, conv: Conversation) -> str | None:
        """For a tool that changes details (``update_user_info``): the kind of detail this argument changes (a phone
        number, an email address, an account) when the user's words never ask about that kind ("update my address"
        and a phone number a letter gives). None otherwise."""
        if own_verb(tool) not in ("update", "change", "set", "edit"):
            return None
        name = leaf.path.rsplit("/", 1)[-1].lower()
        for kind, asked in _FIELD_WORDS.items():
            if kind in name and not conv.user_asked & asked:
                return {"phone": "phone number", "email": "email address", "iban": "account"}[kind]
        return None

    def _record(self, leaf: Leaf, conv: Conversation, tool: str, role: str | None = None,
                traced: Sequence[Leaf] = ()) -> tuple[Source, str] | None:
        """A trusted record the user's words point at (a saved payee, a contact) that holds a value of this
        argument's kind, when the argument takes another one from untrusted content alone: "pay Lukas, he's in my
        payees" and an IBAN from a transfer reference. An account argument (``recipient_iban``) is of the IBAN kind
        even when its value is no valid IBAN. Tools that change details (``update_*``) and users who ask for new
        details are exempt."""
        if "prose" in leaf.kinds:
            return None  # a summary that quotes a complainant's phone number sends to nobody at it
        kinds = leaf.kinds & {"iban", "email", "phone"} or (frozenset({"iban"}) if role == "account" else frozenset())
        if not kinds and role == "recipient" and isinstance(leaf.value, str) and "@" not in leaf.value.strip("@") \
                and leaf.path.rsplit("/", 1)[-1].lower() in _HANDLE_ARGS and "communicate" in action_classes(tool):
            kinds = frozenset({"ident"})  # "DM Piotr": the member list's handle, not one a guest's message gives
        if not kinds or own_verb(tool) in ("update", "change", "set", "edit") or self._adopted(conv, "change"):
            return None
        if kinds == {"ident"} and (conv.user_asked & _WHOSOEVER or any(_WHO_GIVEN.search(t) for t in conv.user_texts)):
            return None  # "add whoever it is and DM them": the person is the one content names
        if conv.memo.get("criterion_order") in ("incoming", "duplicate") and conv.memo.get("criterion"):
            return None  # "send the duplicate back to the account it came from": the statement's, not the payee's
        if "kept" not in conv.memo:
            conv.memo["kept"] = any(_IN_KEPT.search(t) for t in conv.user_texts)
            conv.memo["given_elsewhere"] = not conv.memo["kept"] and any(_GIVEN_ELSEWHERE.search(t)
                                                                         for t in conv.user_texts)
        if conv.memo["given_elsewhere"]:
            return None  # "his address is in the contractor's message": the user points at content for it
        pointers = self._pointers(conv)
        # The user's words this address holds ("tanaka" of m.tanaka@...): a name of someone the user named.
        theirs = frozenset(w for w in words(fold(leaf.value.split("@", 1)[0])) if len(w) >= 3 and w not in _STOP) \
            if isinstance(leaf.value, str) and "email" in leaf.kinds else frozenset()
        mine = theirs & conv.user_words
        # The person the call is about, by the name or address beside this value ("Harvey Quinlan" on a new card).
        theirs = theirs | frozenset(
            w for x in traced if x is not leaf and isinstance(x.value, str) and
            x.path.rsplit("/", 1)[-1].lower() == "name"
            for w in words(fold(x.value.split("@", 1)[0])) if len(w) >= 3 and w not in _STOP)
        for s in conv.sources:
            if s.trust == "trusted" and s.role in ("tool", "relayed") and pointers.get((s.message, s.part), False):
                if "ident" in kinds and (not self._singled(conv, s) or not _PEOPLE_TOOL.search(s.tool or "")):
                    continue  # any record holds some id: only a list of people the user's words pick out counts
                if s.analysed.atoms & conv.memo.get("principal", frozenset()) or any(
                        len(n) >= 2 and n <= s.analysed.phrases for n in conv.memo.get("principal_names", ())):
                    continue  # the user's own record (a file whose owner is the user): not the recipient's
                if mine and not conv.word_hashes(mine) & s.analysed.phrases:
                    continue  # the card of another person the user named ("with Tanaka-san, and invite Joost too")
                # ... unless the user said the value is in such a record ("address in the contacts").
                if not mine and theirs and (conv.user_asked & (_PEOPLE_GIVEN | _PICKED_BY_OTHERS) or
                                            self._delegated(tool, conv)) and \
                        not conv.word_hashes(theirs) & s.analysed.phrases and \
                        not (conv.memo["kept"] and _PEOPLE_TOOL.search(s.tool or "")):
                    # "add the colleague she mentions", "email whichever one he picked", "do what her mail asks":
                    # Yusuf's card is for another part of the request.
                    continue
                common = kinds & (s.analysed.kinds | {"ident"})
                if common:
                    kind = sorted(common)[0]
                    return s, {"iban": "an account", "email": "an address", "phone": "a phone number",
                               "ident": "an account handle"}[kind]
        return None

    async def __call__(self, ctx: CallContext) -> Verdict | None:
        info = ctx.call.context
        if info is None or ctx.tool is None or ctx.agent is None:
            return None
        stored: list[StoredResult] = []
        if self.store is not None and info.conversation_id and ctx.kind in _EXECUTED_KINDS:
            agent, store, conversation = ctx.agent, self.store, info.conversation_id
            stored = await anyio.to_thread.run_sync(lambda: store.load(agent.tenant, agent.id, conversation))
        if not (info.messages or info.untrusted_values or stored):
            return None
        conv = self.conversation(ctx, stored)
        traced = conv.trace(ctx.call.arguments)  # raw arguments: scrubbing must not hide an attacker's value
        # Sources by message (the records of one tool result are one message), at most three per argument.
        ctx.provenance = [ArgumentSource(path=leaf.path, trust=leaf.trust() or "none", sources=[
            SourceRef(message=i, role=r, trust=t, tool=n) for i, r, t, n in list(dict.fromkeys(
                (s.index, s.role, s.trust, s.tool) for s in leaf.sources))[:3]])
            for leaf in traced if leaf.sources]
        if not conv.untrusted:
            return None
        reasons = self._judge(ctx, conv, traced) if is_write(ctx.tool) else self._judge_read(ctx, conv, traced)
        if not reasons:
            return None
        mode = self._mode(ctx)
        if mode == "flag":
            ctx.flags.extend(reasons)
            return None
        if mode == "hold":  # a person decides: the approval check holds the call with these reasons
            ctx.hold_reasons.extend(reasons)
            return None
        return Verdict(verdict="deny", reasons=reasons)

    def _judge_read(self, ctx: CallContext, conv: Conversation, traced: list[Leaf]) -> list[Reason]:
        """A read call only leaks: a link or address taken from content that speaks to the AI is denied."""
        out = []
        for leaf in traced:
            carriers = self._carriers(conv)
            carrier = next((s for s in leaf.sources if id(s) in carriers), None)
            if carrier is not None and leaf.trust() == "untrusted" and role_of(leaf.path, leaf.kinds,
                                                                               _numeric(leaf.value)) in (
                    "link", "recipient", "account"):
                out.append(self._injection(ctx, leaf, carrier, "only in untrusted content"))
        return out

    @staticmethod
    def _less_named_reason(ctx: CallContext, leaf: Leaf) -> Reason:
        return Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
            f"argument {leaf.path} of {ctx.call.tool!r} names an item that holds fewer of the user's words than "
            "another item of the same result, which holds all of them: the user described the other one, for a call "
            "that destroys"))

    @staticmethod
    def _steer_reason(ctx: CallContext, leaf: Leaf, steer: tuple[Source, str]) -> Reason:
        return Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
            f"argument {leaf.path} of {ctx.call.tool!r} takes a value that {_describe(steer[0])} presents as "
            f"{steer[1]}, a statement of fact rather than a request to the AI; the user did not ask for a changed or "
            "additional one"))

    def _injection(self, ctx: CallContext, leaf: Leaf, carrier: Source, found: str) -> Reason:
        detection = carrier.analysed.detection
        cues = "unreadable: not text" if carrier.analysed.opaque or detection is None else ", ".join(detection.families)
        return Reason(code="INJECTION_SUSPECTED", path=leaf.path, message=(
            f"{_describe(carrier)} carries instructions to the AI ({cues}); argument {leaf.path} of "
            f"{ctx.call.tool!r} must then come from the user or a trusted source, and its value is found {found}"))

    def _judge(self, ctx: CallContext, conv: Conversation, traced: list[Leaf]) -> list[Reason]:
        assert ctx.tool is not None
        carriers = self._carriers(conv)
        instructed = [s for s in conv.untrusted if id(s) in carriers]
        instructed_messages = {s.message: s for s in instructed}
        rules = dict(getattr(ctx.entry, "sources", None) or {})
        pointers: dict[tuple[int, int], bool] | None = None
        support = self.scorer.support(conv.user_asked, conv.user_texts, ctx.tool.name, ctx.tool.description,
                                      conv.user_requested)
        asked = support.signal.startswith("verb:") or self._delegated(ctx.tool.name, conv, traced)
        if asked and instructed:
            # With instructions to the AI in the conversation, the user must have asked for this very verb (or for a
            # payment in so many words: "move EUR 150 to my savings").
            mine = verb_words(ctx.tool.name)
            if mine is not None and own_verb(ctx.tool.name) == "cancel":
                mine = mine | _UNDOING  # "delete the meeting from my calendar", "remove the standing order"
            asked = mine is None or bool(conv.user_requested & mine) or support.signal == "verb:pay" or \
                self._delegated(ctx.tool.name, conv, traced) or (
                    own_verb(ctx.tool.name) == "reply" and any(_TELL_THEM.search(t) for t in conv.user_texts))
        # The user named the call's target: the file to write ("summarise X into notes.md"), the channel to post
        # in ("... for #support"). That asks for a call that creates, writes or tells, not one that pays,
        # grants or destroys.
        targeted = not asked and bool(set(action_classes(ctx.tool.name)) & {"communicate", "modify"}) and not \
            set(action_classes(ctx.tool.name)) & {"pay", "grant", "destroy", "account"} and \
            self._targeted(traced, conv)
        asked = asked or targeted
        # Calls Arbiter executes on behalf of an agent whose user it never sees (MCP, invoke without a
        # declared history): there is no request to hold the call to, only the relayed content.
        blind = not conv.user_texts and ctx.kind in _EXECUTED_KINDS
        used = frozenset().union(*(leaf.atoms for leaf in traced))  # every typed value the call holds
        reasons: list[Reason] = []
        for leaf in traced:
            top = leaf.path.split("/")[1] if leaf.path.count("/") >= 1 else ""
            role = role_of(leaf.path, leaf.kinds, numeric=_numeric(leaf.value))
            rule = rules.get(top) or (_DEFAULT_RULE.get(role, "any") if role else "any")
            if not blind and self._other_option(ctx.tool, leaf, conv):
                given = [s for s in leaf.sources if s.trust == "untrusted"]
                where = (f"from untrusted content ({_describe(given[0])})" if given else
                         "that nobody in the conversation gave, after untrusted content "
                         f"({_describe(conv.untrusted[0])})")
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} takes one of its options {where} where the user "
                    "named another option of the same argument")))
                continue
            nights = self._other_nights(leaf, ctx.call.arguments, conv) if not blind else None
            if nights is not None:
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} makes a stay of {nights[1]} nights where the user "
                    f"asked for {nights[0]}")))
                continue
            stated = self._other_count(leaf, conv) if not blind else None
            if stated is not None:
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} takes a count "
                    + (f"from untrusted content ({_describe(next(s for s in leaf.sources if s.trust == 'untrusted'))})"
                       if leaf.sources else "that nobody gave, after untrusted content")
                    + f" where the user stated {stated}")))
                continue
            leaked = self._leaked(ctx.tool.name, leaf, traced, conv) if not blind else None
            if leaked is not None:
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} passes on {leaked} that only a trusted tool result "
                    "holds (the user's own details), in "
                    + ("a payment's text that goes to the payee" if "pay" in action_classes(ctx.tool.name) else
                       "a message to an address only untrusted content gives"
                       if "communicate" in action_classes(ctx.tool.name) else "a booking's text that goes to the venue")
                    + "; the user did not ask to pass them on")))
                continue
            added = self._beyond_dictation(ctx.tool.name, leaf, traced, conv) if "prose" in leaf.kinds and not blind \
                else None
            if added is not None:
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} adds to the text the user dictated {added} that only "
                    "untrusted content holds, which the user did not ask to pass on")))
                continue
            swapped_in = self._redictated(ctx.tool.name, leaf, conv) if "prose" in leaf.kinds and not blind else None
            if swapped_in is not None:
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} replaces the {swapped_in} the user dictated with one "
                    "only untrusted content gives")))
                continue
            if not blind and self._unasked_file(ctx.tool.name, leaf, conv):
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} attaches a file the user's request neither names nor "
                    "points at, to a message the user asked no attachment for")))
                continue
            personal = self._personal_in_place(leaf, conv) if not blind else None
            if personal is not None:
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} is a place, and carries {personal} that the user did "
                    "not write there")))
                continue
            secret = self._unasked_secret(ctx.tool.name, leaf, conv) if not blind else None
            if secret is not None:
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} passes on a code or password from a tool result "
                    f"({_describe(secret)}) that the user did not ask to pass on")))
                continue
            shared = self._into_shared_file(ctx.tool.name, leaf, traced, conv) if not blind else None
            if shared is not None:
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} copies a personal number from a tool result "
                    f"({_describe(shared)}) into a file that others wrote, where the user asked for no such number")))
                continue
            more = self._requested_extra(ctx.tool.name, leaf, traced, conv) if "prose" in leaf.kinds and not blind \
                else None
            if more is not None:
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} passes on a value labelled '{more[1]}' that the "
                    f"user neither wrote nor asked for, which {_describe(more[0])} asks to come with the message")))
                continue
            off = self._off_topic(ctx.tool.name, leaf, conv) if "prose" in leaf.kinds and not blind else None
            if off is not None:
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} passes on {off[0]} from a tool result, where the user "
                    f"asked for a message about {off[1]} only")))
                continue
            if rule == "any":
                continue
            trust = leaf.trust()
            if rule == "user":
                if trust != "user":
                    reasons.append(Reason(code="ARGUMENT_SOURCE", path=leaf.path, message=(
                        f"argument {leaf.path} of {ctx.call.tool!r} must come from the user's own messages; "
                        f"it comes from {'nowhere in the conversation' if trust is None else trust + ' content'}")))
                continue
            # "I think the channel moved": the user expects another channel than the one they named.
            # (A word of the operator's prompt, "the flat and building use a chat", names no channel the user chose.)
            moved = self._other_channel(leaf, conv) if not any(s.role == "user" for s in leaf.sources) and \
                not blind and not self._adopted(conv, "change") else None
            # A hand-over widens nothing the user named in so many words with this very verb ("Batbayar asked me
            # to add his engineer to our Ulaanbaatar channel. Do that.").
            if moved is not None and not (self._handed_over(conv) and self._delegated(ctx.tool.name, conv, traced) and
                                          not conv.user_requested & (verb_words(ctx.tool.name) or frozenset())):
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} names a channel the user did not name; the user's "
                    f"request names {moved}")))
                continue
            foreign = (self._foreign_link(leaf, conv) if "prose" in leaf.kinds and trust and not blind
                       and not (self._handed_over(conv) and self._delegated(ctx.tool.name, conv))
                       and not self._wants_links(conv) and not self._reported(ctx.tool.name, traced, conv)
                       and not self._read_page(leaf, conv) else None)
            if foreign is not None:
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} passes on {foreign} taken from untrusted content, at "
                    "a domain no user, system or trusted message mentions")))
                continue
            if role == "recipient" and not blind and self._unnamed_handle(ctx.tool.name, leaf, traced, conv):
                # "Remove @temp.lorenz" and a call that removes another account, which untrusted content names: the
                # user's target was swapped, or one was added ("add @jonas.wendt" and his "backup" from the DM).
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} takes, from untrusted content "
                    f"({_describe(next(s for s in leaf.sources if s.trust == 'untrusted'))}), another account than "
                    "the one the user named for this action (with '@', or by the handle itself)")))
                continue
            # A text argument (a message, a body: no role by its name) that passes on a link content swapped in.
            swapped = self._replaced_link(leaf, conv) if trust and not blind and (
                "prose" in leaf.kinds or role_of(leaf.path, frozenset()) is None) else None
            if swapped is not None:
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} passes on {swapped} that untrusted content "
                    f"({_describe(next(s for s in leaf.sources if s.trust == 'untrusted'))}) presents as replacing or "
                    "correcting another one; the user did not ask for a changed one")))
                continue
            # Statements of fact that steer a value (:mod:`arbiter.provenance.steering`), judged on arguments whose
            # name gives them a role (an invoice number in a subject is no phone). Values the user or a trusted source
            # holds too are judged here; values from untrusted content alone after the instruction checks below.
            named_role = role_of(leaf.path, frozenset(), numeric=_numeric(leaf.value))
            if trust in ("user", "trusted"):
                steer = self._steered(leaf, conv, named_role, ctx.tool.name) if named_role and not blind \
                    and "prose" not in leaf.kinds else None
                if steer is not None:
                    reasons.append(self._steer_reason(ctx, leaf, steer))
                    continue
                if trust == "trusted" and role == "object" and not blind and self._other_typed_item(
                        ctx.tool.name, leaf, [x for x in conv.sources if x.role in ("tool", "relayed")], conv) and \
                        any(x.trust == "untrusted" for x in leaf.sources):
                    # "Delete f-fire-memo-draft1" and a comment saying the final is the one to delete: another item
                    # of the listing whose id the user typed, which untrusted content names.
                    reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                        f"argument {leaf.path} of {ctx.call.tool!r} names an item of a listing other than the one "
                        "whose id the user typed, which untrusted content names, for a call that destroys or grants "
                        "access")))
                    continue
                if trust == "trusted" and role == "object" and not blind and self._unpointed_target(
                        ctx.tool.name, leaf, [x for x in leaf.sources if x.trust == "untrusted"], conv):
                    reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                        f"argument {leaf.path} of {ctx.call.tool!r} names an item the user's words do not single out, "
                        "which untrusted content names, while they single out another item of the same result")))
                    continue
                if trust == "trusted" and role == "object" and not blind and \
                        self._less_named(ctx.tool.name, leaf, conv):
                    reasons.append(self._less_named_reason(ctx, leaf))
                    continue
                # (A colleague the operator's prompt lists is a value of theirs, but not one the user chose.)
                person = self._person_reason(ctx, leaf, traced, conv) if (trust == "trusted" or (
                    trust == "user" and not any(s.role == "user" for s in leaf.sources))) and \
                    role == "recipient" and not blind else None
                if person is not None:
                    reasons.append(person)
                    continue
                # A value made of parts ("2028-03-29 16:00"): the user's time, and a date only untrusted content gives
                # where the user gave another one.
                kind = self._substituted(leaf, conv, used) if named_role and not blind and "prose" not in leaf.kinds \
                    else None
                related = {"date", "mday", "dom"} if kind in ("date", "mday", "dom") else {kind}
                if kind is not None and any(
                        k in related and (k, v) not in conv.user_atoms and
                        any(s.trust == "untrusted" and digest(conv.key, k, v) in s.analysed.atoms for s in leaf.sources)
                        for k, v in leaf.atoms):
                    reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                        f"argument {leaf.path} of {ctx.call.tool!r} takes {_a(kind)} from untrusted content "
                        f"({_describe(next(s for s in leaf.sources if s.trust == 'untrusted'))}) where the user gave a "
                        "different one")))
                continue
            if trust is None:  # the model wrote it
                # ... which is the user's own target when the user named that person ("DM Ruairí" -> ruairi.doyle):
                # a value no content holds is none an injection chose.
                if instructed and role in ("recipient", "account", "link") and not self._named(leaf, conv):
                    reasons.append(self._injection(ctx, leaf, instructed[-1], "nowhere in the conversation"))
                elif role == "recipient" and not blind and set(action_classes(ctx.tool.name)) & {"destroy", "grant"} \
                        and (person := self._person_reason(ctx, leaf, traced, conv)) is not None:
                    # ... but a removal or a grant of someone else than the person the user named, whom untrusted
                    # content names ("remove Femi as he asked", and @deepa.m for a post saying Deepa has left).
                    reasons.append(person)
                continue
            untrusted = [s for s in leaf.sources if s.trust == "untrusted"]
            if role == "recipient" and self._variant(leaf, conv):
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} takes, from untrusted content alone "
                    f"({_describe(untrusted[0])}), another account of a person the user named, not the one the user "
                    "gave with '@' or the one that person's own messages come from")))
                continue
            if role == "recipient" and self._not_the_tasks_recipient(ctx.call.tool, leaf, traced, conv):
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} takes a recipient from untrusted content "
                    f"({_describe(untrusted[0])}) that the items asking for this task neither give nor name: the "
                    "user handed over their task, not whatever other content adds to it")))
                continue
            if role == "recipient" and self._outside_insider(ctx.call.tool, leaf, ctx.call.arguments, conv):
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} makes an address at a domain no user, operator or "
                    f"trusted source holds an insider (role {ctx.call.arguments.get('role')!r}) on untrusted "
                    f"content's word alone ({_describe(untrusted[0])}), for no one the user named")))
                continue
            beside = self._beside_saved(leaf, conv) if role == "account" else None
            if beside is not None:
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} takes an account that {_describe(beside)} gives beside "
                    "one a trusted source holds (a saved payee's), and the user asked for no changed account")))
                continue
            giver = self._not_the_giver(leaf, conv) if role in ("recipient", "account") and \
                not any(s.trust in ("user", "trusted") for s in leaf.sources) else None
            if giver is not None:
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} takes a value from untrusted content "
                    f"({_describe(untrusted[0])}) that is not in what {giver} sent, though the user said {giver} gave "
                    "it, and that person's message holds another one")))
                continue
            twin = self._lookalike(leaf, conv) if role in ("recipient", "account", "link") else None
            if twin is not None:
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} takes a value from untrusted content "
                    f"({_describe(untrusted[0])}) that looks like, but is not, one in {_describe(twin)}")))
                continue
            if blind:
                # No user message to judge intent by (MCP: the server never sees the user's prompt): only a
                # value taken from content that speaks to the AI is refused.
                carrier = next((s for s in untrusted if id(s) in carriers), None)
                if carrier is not None:
                    reasons.append(self._injection(ctx, leaf, carrier, "in that content"))
                continue
            if pointers is None:
                pointers = self._pointers(conv)
            pointed = any(pointers.get((s.message, s.part), False) for s in untrusted) or self._named(leaf, conv)
            destination = role in ("recipient", "account", "link")
            carrier = next((s for s in untrusted if id(s) in carriers), None)
            # A destination (who gets it, where it goes) taken from content that speaks to the AI is the
            # injection's own; a parameter (which item, how much, when) may come from the very item the user
            # asked to act on, even when that item carries an injection (forward *this* email), but an item it
            # names is another matter (the id of a different file, mentioned in the injected text).
            # The item carrying the instructions may itself be the one to act on ("forward this email") only when the
            # user picked that item out: "book the cheapest flight" does not pick the listing that says "book this".
            own = carrier is not None and any(digest(conv.key, k, v) in carrier.analysed.own for k, v in leaf.atoms) \
                and self._singled(conv, carrier)
            # A parameter that is the own id of an item the user picked out, free of instructions, names that item,
            # even when an injected item next to it mentions it too ("I found Rafferty's email (em-6160)").
            chosen = not destination and asked and carrier is not None and any(
                self._singled(conv, s) and id(s) not in carriers and
                any(digest(conv.key, k, v) in s.analysed.own for k, v in leaf.atoms) for s in untrusted)
            # ... unless the user named that target and an item the user pointed at, free of instructions, holds it
            # too (the author of a DM thread whose last message is injected is still the one to answer).
            clean = asked and self._named(leaf, conv) and any(
                pointers.get((s.message, s.part), False) and id(s) not in carriers for s in untrusted)
            # ... or an item the user singled out ("the 60 EUR deposit they sent by mistake"), free of instructions,
            # holds it as its own: the account of the payment to return, whatever the cent payments beside it say.
            clean = clean or (asked and any(self._singled(conv, s) and id(s) not in carriers and
                                            {digest(conv.key, k, v) for k, v in leaf.atoms} & s.analysed.atoms
                                            for s in untrusted))
            # ... or the value stands, in every such item, only in paragraphs free of any cue, and the user asked for
            # this action on an item they pointed at: the bill around an appended instruction (its own IBAN and amount).
            kept = {digest(conv.key, k, v) for k, v in leaf.atoms if k != "domain"}
            apart = asked and pointed and bool(kept) and all(
                kept & s.analysed.atoms <= s.analysed.clean for s in untrusted if id(s) in carriers)
            # ... or the user asked to answer (a reply to the recruiter's mail, to Sandrine's DM): the mail carrying
            # the instructions is the one answered (its own id), or its author, the account the user named, is; an
            # answer goes back to whoever wrote it, and its text is judged on its own.
            # A reply tool answers too when the user asked to tell the sender something ("check the latest from
            # Wharfedale and tell them Thursday is fine").
            answering = bool(conv.user_asked & _REPLYING) or (
                own_verb(ctx.tool.name) == "reply" and any(_TELL_THEM.search(t) for t in conv.user_texts))
            replied = carrier is not None and answering and \
                "communicate" in action_classes(ctx.tool.name) and (
                    (not destination and any(digest(conv.key, k, v) in carrier.analysed.own for k, v in leaf.atoms))
                    or (role == "recipient" and isinstance(leaf.value, str) and "@" not in leaf.value.strip("@")
                        and self._named(leaf, conv)))
            if carrier is not None and not clean and not apart and not chosen and not replied and \
                    (destination or not (asked and pointed and (own or role != "object"))):
                reasons.append(self._injection(ctx, leaf, carrier, "in that content"))
                continue
            neighbour = next((instructed_messages[s.message] for s in untrusted if s.message in instructed_messages),
                             None)
            if neighbour is not None and destination and not pointed:
                reasons.append(self._injection(ctx, leaf, neighbour, "only beside it, in a part the user did not "
                                                                     "point at"))
                continue
            steer = self._steered(leaf, conv, named_role, ctx.tool.name) if named_role and \
                "prose" not in leaf.kinds else None
            if steer is not None:
                reasons.append(self._steer_reason(ctx, leaf, steer))
                continue
            borrowed = self._borrowed(leaf, conv) if role in ("recipient", "link") else None
            if borrowed:
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} takes, from untrusted content alone "
                    f"({_describe(untrusted[0])}), {borrowed} at a domain that borrows the name of another domain in "
                    "the conversation (a look-alike)")))
                continue
            impostor = self._impostor(leaf, conv) if role == "recipient" else None
            if impostor is not None:
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} takes an address from untrusted content "
                    f"({_describe(untrusted[0])}) that borrows the name the user gave while another address in the "
                    "conversation is at that name's own domain")))
                continue
            listing = self._not_picked(leaf, untrusted, conv) if role == "object" else None
            if listing is not None:
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} names an item of {_describe(listing)} that the user's "
                    "criterion (the cheapest, the best rated, the most of something) does not pick, and that the "
                    "user's words do not single out; the criterion picks another item")))
                continue
            host = self._mentioned_item(ctx.tool.name, leaf, untrusted, conv) if role == "object" else None
            if host is not None:
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} books an item that no result lists and that only the "
                    f"text of the item the user chose mentions ({_describe(host)}); the user chose that item")))
                continue
            twin = self._from_lookalike(leaf, untrusted, conv) if role == "object" else None
            if twin is not None:
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} names an item whose sender's domain looks like, but "
                    f"is not, the domain of the sender of {_describe(twin)} (a look-alike)")))
                continue
            if role == "object" and self._other_timed_item(ctx.tool.name, leaf, conv):
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} names an item not at the time the user gave, while "
                    "another listed item is")))
                continue
            if role == "object" and self._other_typed_item(ctx.tool.name, leaf, untrusted, conv):
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} names an item of {_describe(untrusted[0])} other than "
                    "the one whose id the user typed, for a call that destroys or grants access")))
                continue
            if role == "object" and self._unpointed_target(ctx.tool.name, leaf, untrusted, conv):
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} names an item of {_describe(untrusted[0])} that the "
                    "user's words do not single out, for a call that destroys, grants access or books, while they "
                    "single out another item of it")))
                continue
            if role == "object" and self._less_named(ctx.tool.name, leaf, conv):
                reasons.append(self._less_named_reason(ctx, leaf))
                continue
            if untrusted and all(self._spoofed(s, conv) for s in untrusted):
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} takes a value that only content from a sender at a "
                    f"look-alike domain holds ({_describe(untrusted[0])}): its domain has the name of one the user, "
                    "the operator or a trusted tool writes, or another sender's domain name and more, and is not "
                    "that domain")))
                continue
            if role == "recipient" and top.lower() in _INVITEE_ARGS and "schedule" in action_classes(ctx.tool.name) \
                    and not conv.user_asked & _INVITING and not self._named(leaf, conv):
                # "Put the dinner in my calendar": nobody to invite, whatever the restaurant's page says.
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} invites someone only untrusted content names "
                    f"({_describe(untrusted[0])}); the user asked to invite nobody")))
                continue
            if role == "recipient" and self._posted_elsewhere(ctx.tool.name, leaf, traced, conv):
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} sends to a person only untrusted content names "
                    f"({_describe(untrusted[0])}), while the user named the channel to post in and no person")))
                continue
            if role == "recipient" and self._unlisted(leaf, untrusted, conv):
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} adds someone the text of {_describe(untrusted[0])} "
                    "mentions, while the user asked for the same people that item lists, and it does not list them")))
                continue
            if role == "recipient" and self._added(leaf, traced, conv):
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} adds, beside the addresses the user gave or the people "
                    f"they named, one that only untrusted content holds ({_describe(untrusted[0])})")))
                continue
            if role == "recipient" and top.lower() in _COPY_ARGS and not conv.user_asked & _COPYING and \
                    not self._named(leaf, conv):
                # "Email the hotel and ask for an extra bed": no copy, whoever the listing says should be in copy.
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} sends a copy to an address only untrusted content "
                    f"gives ({_describe(untrusted[0])}); the user asked for no copy")))
                continue
            extra = self._extra_item(leaf, traced, conv)
            if extra is not None:
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} adds, beside {extra}, one that only untrusted content "
                    f"mentions ({_describe(untrusted[0])})")))
                continue
            if self._not_the_sender(ctx.tool.name, leaf, conv):
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} answers at an address only untrusted content gives "
                    f"({_describe(untrusted[0])}), not at the address of the person the user asked to answer")))
                continue
            place = self._other_place(leaf, conv)
            if place is not None:
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} takes a place from untrusted content "
                    f"({_describe(untrusted[0])}) where the user named the {place} place themselves")))
                continue
            field = self._unasked_field(ctx.tool.name, leaf, conv)
            if field is not None:
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} changes the {field} to a value from untrusted content "
                    f"({_describe(untrusted[0])}) alone, and the user did not ask to change the {field}")))
                continue
            record = self._record(leaf, conv, ctx.tool.name, named_role, traced) \
                if role in ("account", "recipient") else None
            if record is not None:
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} takes {record[1]} that only untrusted content holds, "
                    f"while the record the user names ({_describe(record[0])}) holds another one")))
                continue
            person = self._person_reason(ctx, leaf, traced, conv) if role == "recipient" else None
            if person is not None:
                reasons.append(person)
                continue
            where = _describe(untrusted[0])
            kind = self._substituted(leaf, conv, used) if "prose" not in leaf.kinds else None
            if kind is not None:
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} takes {_a(kind)} from untrusted content ({where}) "
                    "where the user gave a different one")))
            elif (destination and not (asked and pointed)) or (not destination and not (asked or pointed)):
                reasons.append(Reason(code="TAINTED_ARGUMENT", path=leaf.path, message=(
                    f"argument {leaf.path} of {ctx.call.tool!r} uses a value found in untrusted content ({where}) "
                    "and in no user or system message, and the user's request does not point at it")))
        if blind:
            return reasons
        verb = own_verb(ctx.tool.name)
        refused = (conv.user_negated & VERBS[verb]) if verb else frozenset()
        if not reasons and not asked and refused:
            # "I'm not booking anything yet": the user ruled this action out; no likeness of meaning overrides that.
            reasons.append(Reason(code="INTENT_MISMATCH", message=(
                f"the user's messages rule out a call of {ctx.call.tool!r} (a negated "
                f"{'/'.join(sorted(refused))}) and ask for no other of its kind")))
        elif not reasons and not asked and instructed:
            # With instructions to the AI in the conversation, only an action the user asked for in so many
            # words may run: an embedding's vague likeness is not enough.
            reasons.append(Reason(code="INJECTION_SUSPECTED", message=(
                f"{_describe(instructed[-1])} carries instructions to the AI, and the user did not ask for a call "
                f"of {ctx.call.tool!r} (no verb of its kind in the user's messages)")))
        elif not reasons and self._unasked_grant(ctx.tool.name, conv) and \
                not self._delegated(ctx.tool.name, conv, traced) \
                and (following := self._follows_untrusted(conv)):
            # "Add their comments to the notes" asks to write, not to share a file a message asks for.
            reasons.append(Reason(code="INTENT_MISMATCH", message=(
                f"the user asked to share or grant nothing ({ctx.call.tool!r} grants access, and no word of the "
                f"user's requests asks for that: 'add' in another sense does not); it follows untrusted content "
                f"({_describe(following[0])})")))
        elif not reasons and (every := self._unasked_recurrence(ctx.call.arguments, conv)) is not None and \
                not self._delegated(ctx.tool.name, conv, traced) and not self._as_content_says(conv, _REPEATING) and \
                (following := self._follows_untrusted(conv)):
            # "Pay the final invoice" asks for one payment, not the standing order the invoice's footer proposes.
            reasons.append(Reason(code="INTENT_MISMATCH", message=(
                f"the call repeats ({every!r}) and the user asked for nothing that repeats (no 'monthly', 'every', "
                f"'standing order' or the like); it follows untrusted content ({_describe(following[0])})")))
        elif not reasons and self._unasked_forward(ctx.tool.name, traced, conv) and \
                not self._delegated(ctx.tool.name, conv, traced) and (following := self._follows_untrusted(conv)):
            # "Reply to the supplier and say ..." asks for a reply, not for the price list it asks to be sent.
            reasons.append(Reason(code="INTENT_MISMATCH", message=(
                f"the user asked for a reply or a message of their own, and {ctx.call.tool!r} "
                + ("passes an existing item on" if own_verb(ctx.tool.name) == "forward" else "sends a new message")
                + f" to an address only untrusted content gives ({_describe(following[0])})")))
        elif not reasons and self._unasked_record(ctx.tool.name, conv) and (following := self._follows_untrusted(conv)):
            # "Pay the deposit" asks for a payment, not for a saved payee the confirmation suggests.
            reasons.append(Reason(code="INTENT_MISMATCH", message=(
                f"the user asked for no saved record of a payee, and {ctx.call.tool!r} saves one; it follows "
                f"untrusted content ({_describe(following[0])})")))
        elif not reasons and (other := self._other_object(ctx.tool.name, conv)) is not None \
                and (following := self._follows_untrusted(conv)):
            # "Book Hotel Isarblick" supports booking, but not the car a listing asks for.
            reasons.append(Reason(code="INTENT_MISMATCH", message=(
                f"the user asked to book a {other}, and nothing they asked names what {ctx.call.tool!r} books; it "
                f"follows untrusted content ({_describe(following[0])})")))
        elif not reasons and not asked and (support.score < self.intent_threshold or (
                support.signal == "embedding" and set(action_classes(ctx.tool.name)) & _NEEDS_VERB)):
            after = self._follows_untrusted(conv)
            if after:
                why = ("the user's messages ask only for information, no action at all"
                       if support.signal == "information"
                       else f"intent score {support.score:.2f} < {self.intent_threshold:.2f}"
                       if support.score < self.intent_threshold
                       else f"intent score {support.score:.2f} from likeness of meaning alone, and a call that pays, "
                            "destroys or grants access needs a verb of its kind in the user's request")
                reasons.append(Reason(code="INTENT_MISMATCH", message=(
                    f"nothing the user asked supports a call of {ctx.call.tool!r} ({why}); it follows untrusted "
                    f"content ({_describe(after[0])})")))
        return reasons


