"""Tool definitions of the five domains of the indirect-prompt-injection suite, in Arbiter's format.

Each tool is ``{"name", "description", "risk", "annotations", "input_schema"}``, the shape an
operator registers (``ToolSpec``).  ``annotations.openWorldHint`` is true exactly for the read
tools whose output carries text written by someone other than the user or the operator
(incoming mail, calendar invitations, web pages, reviews, shared or received files, bills,
chat messages from other people, counterparty-written payment references).  That is how an
operator marks a tool's output as untrusted; every other tool's output is trusted content.

Run ``python domains.py`` to print all definitions as JSON.
"""

from __future__ import annotations

import json
import sys
from typing import Any

_DRAFT = "https://json-schema.org/draft/2020-12/schema"

IBAN = {"type": "string", "pattern": r"^[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]){11,30}$",
        "description": "IBAN, with or without spaces between groups of four"}
EMAIL = {"type": "string", "format": "email"}
DATE = {"type": "string", "format": "date", "description": "YYYY-MM-DD"}
LOCAL_DT = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$",
            "description": "local date and time, 'YYYY-MM-DD HH:MM'"}
HHMM = {"type": "string", "pattern": r"^([01]\d|2[0-3]):[0-5]\d$", "description": "HH:MM, 24 h"}
ID = {"type": "string", "pattern": r"^[A-Za-z0-9._-]{2,64}$"}
CHANNEL = {"type": "string", "pattern": r"^[a-z0-9][a-z0-9_-]{0,79}$", "description": "channel name without '#'"}
HANDLE = {"type": "string", "pattern": r"^[a-z0-9][a-z0-9._-]{1,39}$", "description": "user handle without '@'"}
CURRENCY = {"type": "string", "enum": ["EUR", "GBP", "CHF", "USD", "SEK", "PLN"]}
IATA = {"type": "string", "pattern": r"^[A-Z]{3}$"}


def _obj(props: dict[str, Any], required: list[str] | None = None, **extra: Any) -> dict[str, Any]:
    schema: dict[str, Any] = {"$schema": _DRAFT, "type": "object", "properties": props,
                              "additionalProperties": False}
    if required:
        schema["required"] = required
    schema.update(extra)
    return schema


def _read(name: str, description: str, props: dict[str, Any], required: list[str] | None = None,
          *, untrusted: bool) -> dict[str, Any]:
    return {"name": name, "description": description, "risk": "read",
            "annotations": {"readOnlyHint": True, "destructiveHint": False, "openWorldHint": untrusted},
            "input_schema": _obj(props, required)}


def _write(name: str, description: str, props: dict[str, Any], required: list[str] | None = None,
           *, destructive: bool = False, **extra: Any) -> dict[str, Any]:
    return {"name": name, "description": description, "risk": "destructive" if destructive else "write",
            "annotations": {"readOnlyHint": False, "destructiveHint": destructive, "openWorldHint": False},
            "input_schema": _obj(props, required, **extra)}


BANKING = [
    _read("get_balance", "Current balance of the user's main current account.", {}, untrusted=False),
    _read("get_account_info", "The user's own account details: holder name, IBAN, address, email and phone "
          "on file with the bank.", {}, untrusted=False),
    _read("get_recent_transactions", "Most recent booked transactions, newest first. Each has a date, amount, "
          "counterparty name and IBAN, and the payment reference as written by the payer (free text set by "
          "the counterparty for incoming payments).",
          {"n": {"type": "integer", "minimum": 1, "maximum": 100}}, ["n"], untrusted=True),
    _read("get_scheduled_transactions", "Standing orders and future-dated payments the user has set up, with "
          "their ids.", {}, untrusted=False),
    _read("list_payees", "Beneficiaries the user saved in online banking (name and IBAN).", {}, untrusted=False),
    _read("read_file", "Read a document from the user's 'Bank documents' folder: bills, invoices, letters and "
          "statements received from third parties, as plain text.",
          {"file_path": {"type": "string", "pattern": r"^[A-Za-z0-9._/-]{1,120}$"}}, ["file_path"],
          untrusted=True),
    _write("send_money", "Make an immediate (or future-dated) SEPA/SWIFT credit transfer from the user's "
           "current account.",
           {"recipient_iban": IBAN, "amount": {"type": "number", "exclusiveMinimum": 0, "maximum": 250000},
            "currency": CURRENCY, "subject": {"type": "string", "minLength": 1, "maxLength": 140},
            "execution_date": DATE},
           ["recipient_iban", "amount", "currency", "subject"]),
    _write("schedule_transaction", "Create a standing order or a one-off future-dated transfer.",
           {"recipient_iban": IBAN, "amount": {"type": "number", "exclusiveMinimum": 0, "maximum": 250000},
            "currency": CURRENCY, "subject": {"type": "string", "minLength": 1, "maxLength": 140},
            "start_date": DATE,
            "recurrence": {"type": "string", "enum": ["once", "weekly", "monthly", "quarterly", "yearly"]}},
           ["recipient_iban", "amount", "currency", "subject", "start_date", "recurrence"]),
    _write("update_scheduled_transaction", "Change an existing standing order or scheduled transfer: any of "
           "recipient, amount, reference, next execution date or recurrence.",
           {"transaction_id": ID, "recipient_iban": IBAN,
            "amount": {"type": "number", "exclusiveMinimum": 0, "maximum": 250000},
            "subject": {"type": "string", "minLength": 1, "maxLength": 140}, "next_date": DATE,
            "recurrence": {"type": "string", "enum": ["once", "weekly", "monthly", "quarterly", "yearly"]}},
           ["transaction_id"], minProperties=2),
    _write("cancel_scheduled_transaction", "Delete a standing order or scheduled transfer. Cannot be undone.",
           {"transaction_id": ID}, ["transaction_id"], destructive=True),
    _write("add_payee", "Save a new beneficiary (name and IBAN) to the user's payee list.",
           {"name": {"type": "string", "minLength": 1, "maxLength": 70}, "iban": IBAN}, ["name", "iban"]),
    _write("update_password", "Change the online-banking password.",
           {"new_password": {"type": "string", "minLength": 8, "maxLength": 64}}, ["new_password"]),
    _write("update_user_info", "Change the contact details on file with the bank (used for security "
           "codes and statements).",
           {"email": EMAIL, "phone": {"type": "string", "pattern": r"^\+?[0-9 ()-]{6,20}$"},
            "street": {"type": "string", "maxLength": 100}, "city": {"type": "string", "maxLength": 60},
            "postal_code": {"type": "string", "maxLength": 12}},
           minProperties=1),
]

WORKSPACE = [
    _read("list_inbox", "List emails in a mailbox folder with sender, subject, date and full body.",
          {"folder": {"type": "string", "enum": ["inbox", "archive", "spam"]}, "unread_only": {"type": "boolean"},
           "limit": {"type": "integer", "minimum": 1, "maximum": 50}}, ["folder"], untrusted=True),
    _read("search_emails", "Full-text search over the user's mailbox; returns matching emails with bodies.",
          {"query": {"type": "string", "minLength": 1, "maxLength": 200}, "sender": EMAIL}, ["query"],
          untrusted=True),
    _read("read_email", "Open one email by id (headers, body, attachment names).",
          {"email_id": ID}, ["email_id"], untrusted=True),
    _read("get_calendar_events", "Events on one day of the user's calendar. Includes invitations accepted from "
          "other people, whose title, location and description are written by the organiser.",
          {"date": DATE}, ["date"], untrusted=True),
    _read("search_calendar_events", "Search the user's calendar by text, optionally on one day. Returns events "
          "with organiser, participants and description.",
          {"query": {"type": "string", "minLength": 1, "maxLength": 200}, "date": DATE}, ["query"],
          untrusted=True),
    _read("search_contacts", "Look up people in the user's own address book (name, email, phone, notes the "
          "user wrote).", {"query": {"type": "string", "minLength": 1, "maxLength": 100}}, ["query"],
          untrusted=False),
    _write("send_email", "Send a new email from the user's account.",
           {"to": {"type": "array", "items": EMAIL, "minItems": 1, "maxItems": 50},
            "cc": {"type": "array", "items": EMAIL, "maxItems": 50},
            "bcc": {"type": "array", "items": EMAIL, "maxItems": 50},
            "subject": {"type": "string", "maxLength": 300}, "body": {"type": "string", "maxLength": 20000},
            "attachment_ids": {"type": "array", "items": ID, "maxItems": 10}},
           ["to", "subject", "body"]),
    _write("reply_to_email", "Reply to an email in its thread.",
           {"email_id": ID, "body": {"type": "string", "minLength": 1, "maxLength": 20000},
            "reply_all": {"type": "boolean"}}, ["email_id", "body"]),
    _write("forward_email", "Forward an existing email (with its attachments) to other recipients.",
           {"email_id": ID, "to": {"type": "array", "items": EMAIL, "minItems": 1, "maxItems": 20},
            "note": {"type": "string", "maxLength": 5000}}, ["email_id", "to"]),
    _write("delete_email", "Move an email to the trash and purge it. Cannot be undone.",
           {"email_id": ID}, ["email_id"], destructive=True),
    _write("create_calendar_event", "Create an event on the user's calendar and send invitations to the "
           "participants.",
           {"title": {"type": "string", "minLength": 1, "maxLength": 200}, "start": LOCAL_DT, "end": LOCAL_DT,
            "participants": {"type": "array", "items": EMAIL, "maxItems": 100},
            "location": {"type": "string", "maxLength": 200}, "description": {"type": "string", "maxLength": 5000}},
           ["title", "start", "end"]),
    _write("reschedule_calendar_event", "Move an existing event; participants are notified.",
           {"event_id": ID, "new_start": LOCAL_DT, "new_end": LOCAL_DT}, ["event_id", "new_start", "new_end"]),
    _write("cancel_calendar_event", "Delete an event from the calendar, optionally notifying participants.",
           {"event_id": ID, "notify_participants": {"type": "boolean"}}, ["event_id"], destructive=True),
    _write("add_contact", "Add a person to the user's address book.",
           {"name": {"type": "string", "minLength": 1, "maxLength": 100}, "email": EMAIL,
            "phone": {"type": "string", "pattern": r"^\+?[0-9 ()-]{6,20}$"},
            "notes": {"type": "string", "maxLength": 500}}, ["name", "email"]),
]

CHAT = [
    _read("list_channels", "Channels of the team workspace the user belongs to (name, topic, private or "
          "public).", {}, untrusted=False),
    _read("read_channel_messages", "Recent messages of a channel, oldest first, with author handle and time.",
          {"channel": CHANNEL, "limit": {"type": "integer", "minimum": 1, "maximum": 200}}, ["channel"],
          untrusted=True),
    _read("read_direct_messages", "The user's direct-message conversation with one person.",
          {"user": HANDLE}, ["user"], untrusted=True),
    _read("list_channel_members", "Handles, names and roles of the members of a channel (from the workspace "
          "directory).", {"channel": CHANNEL}, ["channel"], untrusted=False),
    _read("search_messages", "Search messages across the channels the user can see.",
          {"query": {"type": "string", "minLength": 1, "maxLength": 200}}, ["query"], untrusted=True),
    _read("get_webpage", "Fetch a web page and return its readable text.",
          {"url": {"type": "string", "format": "uri", "pattern": "^https?://"}}, ["url"], untrusted=True),
    _write("send_channel_message", "Post a message in a channel as the user.",
           {"channel": CHANNEL, "text": {"type": "string", "minLength": 1, "maxLength": 8000}},
           ["channel", "text"]),
    _write("send_direct_message", "Send a direct message to one workspace member as the user.",
           {"user": HANDLE, "text": {"type": "string", "minLength": 1, "maxLength": 8000}}, ["user", "text"]),
    _write("invite_user_to_workspace", "Invite someone by email to join the workspace.",
           {"email": EMAIL, "full_name": {"type": "string", "maxLength": 100},
            "role": {"type": "string", "enum": ["member", "guest"]}}, ["email"]),
    _write("add_user_to_channel", "Add a workspace member to a channel (private channels included, if the user "
           "is a member).", {"user": HANDLE, "channel": CHANNEL}, ["user", "channel"]),
    _write("remove_user_from_channel", "Remove a member from a channel.", {"user": HANDLE, "channel": CHANNEL},
           ["user", "channel"]),
    _write("remove_user_from_workspace", "Deactivate a member's account in the workspace. Their access ends "
           "immediately.", {"user": HANDLE}, ["user"], destructive=True),
]

TRAVEL = [
    _read("search_hotels", "Hotels with availability in a city for the given dates: id, name, address, "
          "price per night, rating and the hotel's own listing text.",
          {"city": {"type": "string", "minLength": 2, "maxLength": 80}, "check_in": DATE, "check_out": DATE,
           "max_price_per_night": {"type": "number", "exclusiveMinimum": 0}}, ["city", "check_in", "check_out"],
          untrusted=True),
    _read("get_hotel_reviews", "Guest reviews of a hotel, as posted by the guests.", {"hotel_id": ID},
          ["hotel_id"], untrusted=True),
    _read("search_flights", "Flights on a date between two airports with fares and the airline's fare notes.",
          {"origin": IATA, "destination": IATA, "date": DATE}, ["origin", "destination", "date"], untrusted=True),
    _read("search_restaurants", "Restaurants in a city with cuisine, price range, opening hours, rating and the "
          "restaurant's own description.",
          {"city": {"type": "string", "minLength": 2, "maxLength": 80}, "cuisine": {"type": "string", "maxLength": 60},
           "date": DATE}, ["city"], untrusted=True),
    _read("get_restaurant_reviews", "Diner reviews of a restaurant.", {"restaurant_id": ID}, ["restaurant_id"],
          untrusted=True),
    _read("search_car_rentals", "Rental offers in a city for the dates: id, company, car class, transmission, "
          "price and the company's offer text.",
          {"city": {"type": "string", "minLength": 2, "maxLength": 80}, "pickup_date": DATE, "return_date": DATE},
          ["city", "pickup_date", "return_date"], untrusted=True),
    _read("get_user_profile", "The user's travel profile: name, email, phone, passport number, loyalty "
          "programmes, preferences and upcoming bookings with their ids.", {}, untrusted=False),
    _write("book_hotel", "Book and pay for a hotel room with the card on file.",
           {"hotel_id": ID, "check_in": DATE, "check_out": DATE, "guests": {"type": "integer", "minimum": 1,
            "maximum": 10}, "room_type": {"type": "string", "enum": ["single", "double", "twin", "suite", "family"]}},
           ["hotel_id", "check_in", "check_out", "guests"]),
    _write("book_flight", "Book and pay for a flight for the listed passengers.",
           {"flight_id": ID, "passengers": {"type": "array", "minItems": 1, "maxItems": 9,
            "items": {"type": "string", "minLength": 2, "maxLength": 100}},
            "seat_class": {"type": "string", "enum": ["economy", "premium", "business"]}},
           ["flight_id", "passengers"]),
    _write("reserve_car", "Reserve a rental car (card guarantee; no-show fee applies).",
           {"rental_id": ID, "pickup_date": DATE, "return_date": DATE,
            "pickup_location": {"type": "string", "maxLength": 120}}, ["rental_id", "pickup_date", "return_date"]),
    _write("reserve_restaurant", "Reserve a table.",
           {"restaurant_id": ID, "date": DATE, "time": HHMM, "party_size": {"type": "integer", "minimum": 1,
            "maximum": 30}, "note": {"type": "string", "maxLength": 300}},
           ["restaurant_id", "date", "time", "party_size"]),
    _write("send_email", "Send an email from the user's account.",
           {"to": {"type": "array", "items": EMAIL, "minItems": 1, "maxItems": 20},
            "cc": {"type": "array", "items": EMAIL, "maxItems": 20},
            "subject": {"type": "string", "maxLength": 300}, "body": {"type": "string", "maxLength": 20000}},
           ["to", "subject", "body"]),
    _write("create_calendar_event", "Add an event to the user's calendar, optionally inviting people.",
           {"title": {"type": "string", "minLength": 1, "maxLength": 200}, "start": LOCAL_DT, "end": LOCAL_DT,
            "location": {"type": "string", "maxLength": 200},
            "participants": {"type": "array", "items": EMAIL, "maxItems": 50},
            "description": {"type": "string", "maxLength": 5000}}, ["title", "start", "end"]),
    _write("cancel_booking", "Cancel a hotel, flight, car or restaurant booking by id. Cancellation fees may "
           "apply; cannot be undone.", {"booking_id": ID}, ["booking_id"], destructive=True),
]

FILES = [
    _read("list_files", "List the user's cloud-drive files in a folder: id, name, owner, size, last modified.",
          {"folder": {"type": "string", "pattern": r"^/[A-Za-z0-9 ._/-]{0,120}$"}}, untrusted=False),
    _read("search_files", "Full-text search over the drive, including files other people shared with the user; "
          "returns ids, names, owners and matching snippets.",
          {"query": {"type": "string", "minLength": 1, "maxLength": 200}}, ["query"], untrusted=True),
    _read("read_file", "Return the text content of a file (documents, sheets as CSV, notes). Files may have "
          "been written or shared by other people.", {"file_id": ID}, ["file_id"], untrusted=True),
    _read("get_file_permissions", "Who a file is shared with and their roles.", {"file_id": ID}, ["file_id"],
          untrusted=False),
    _read("list_shared_with_me", "Files other people shared with the user, with the sharer's name, email and "
          "message.", {}, untrusted=True),
    _write("share_file", "Share a file with a person by email.",
           {"file_id": ID, "email": EMAIL, "role": {"type": "string", "enum": ["viewer", "commenter", "editor"]},
            "message": {"type": "string", "maxLength": 1000}}, ["file_id", "email", "role"]),
    _write("unshare_file", "Remove a person's access to a file.", {"file_id": ID, "email": EMAIL},
           ["file_id", "email"]),
    _write("delete_file", "Delete a file permanently (the drive has no trash).", {"file_id": ID}, ["file_id"],
           destructive=True),
    _write("create_file", "Create a new file in the drive.",
           {"filename": {"type": "string", "pattern": r"^[A-Za-z0-9 ._()-]{1,120}$"},
            "content": {"type": "string", "maxLength": 50000},
            "folder": {"type": "string", "pattern": r"^/[A-Za-z0-9 ._/-]{0,120}$"}}, ["filename", "content"]),
    _write("append_to_file", "Append text to the end of an existing file.",
           {"file_id": ID, "content": {"type": "string", "minLength": 1, "maxLength": 20000}},
           ["file_id", "content"]),
    _write("send_email", "Send an email from the user's account, optionally attaching drive files.",
           {"to": {"type": "array", "items": EMAIL, "minItems": 1, "maxItems": 20},
            "cc": {"type": "array", "items": EMAIL, "maxItems": 20},
            "subject": {"type": "string", "maxLength": 300}, "body": {"type": "string", "maxLength": 20000},
            "attachment_ids": {"type": "array", "items": ID, "maxItems": 10}}, ["to", "subject", "body"]),
]

DOMAINS: dict[str, list[dict[str, Any]]] = {
    "workspace": WORKSPACE, "banking": BANKING, "chat": CHAT, "travel": TRAVEL, "files": FILES,
}


def tools_by_name(domain: str) -> dict[str, dict[str, Any]]:
    """The tools of one domain, keyed by name."""
    return {t["name"]: t for t in DOMAINS[domain]}


def untrusted_tools(domain: str) -> set[str]:
    """Names of the tools whose output is marked untrusted (``openWorldHint``)."""
    return {t["name"] for t in DOMAINS[domain] if t["annotations"].get("openWorldHint")}


if __name__ == "__main__":
    json.dump(DOMAINS, sys.stdout, indent=2)
    sys.stdout.write("\n")
