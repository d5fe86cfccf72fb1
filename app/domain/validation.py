"""Rules for text that people type: what is refused, and what is only cleaned up."""

from __future__ import annotations

import re
import unicodedata

from app.errors import UserFacingError

MAX_NAME_LENGTH = 200
MAX_SHORT_TEXT = 500
MAX_LONG_TEXT = 100_000

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[0-9+()\-\s]{5,30}$")


class InvalidField(UserFacingError):
    """A field the user typed breaks a rule; `field` names it for the form."""

    def __init__(self, field: str, what: str, next_step: str) -> None:
        self.field = field
        super().__init__(what, next_step)


def clean_text(value: str) -> str:
    """Normalise to NFC, drop control characters (pasted rich text leaves some), trim."""
    return _CONTROL.sub("", unicodedata.normalize("NFC", value)).strip()


def required_name(field: str, value: str, *, max_length: int = MAX_NAME_LENGTH) -> str:
    text = clean_text(value)
    if not text:
        raise InvalidField(field, f"The {field} is empty.", f"Type a {field}.")
    if len(text) > max_length:
        raise InvalidField(
            field,
            f"The {field} has {len(text):,} characters; at most {max_length:,} are allowed.",
            f"Shorten the {field}.",
        )
    return text


def optional_text(field: str, value: str, *, max_length: int = MAX_SHORT_TEXT) -> str:
    text = clean_text(value)
    if len(text) > max_length:
        raise InvalidField(
            field,
            f"The {field} has {len(text):,} characters; at most {max_length:,} are allowed.",
            f"Shorten the {field}.",
        )
    return text


def optional_email(value: str) -> str:
    text = clean_text(value)
    if text and not _EMAIL.match(text):
        raise InvalidField("email", f"'{text}' is not an e-mail address.", "Correct it or leave it empty.")
    return text


def optional_phone(value: str) -> str:
    text = clean_text(value)
    if text and not _PHONE.match(text):
        raise InvalidField(
            "phone", f"'{text}' is not a phone number.", "Use digits, spaces, +, - or brackets."
        )
    return text
