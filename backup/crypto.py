"""Chunked AES-256-GCM for backup files.

Why chunked: a 2 GB interview video must be encrypted and checked with a bounded amount of memory.
Each file carries its own header (magic, scrypt salt, random nonce prefix, chunk size and a key
check), so any single file can be decrypted with the password alone. Every chunk is sealed with
nonce = prefix | counter | last-flag and the header as associated data, so reordering, truncation
or a flipped byte all fail authentication, and a wrong password is told apart from damage by the
key check.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from backup.files import Readable

MAGIC = b"HRDKENC1"
SALT_LEN = 16
PREFIX_LEN = 7
CHECK_LEN = 16
TAG_LEN = 16
HEADER = struct.Struct(f">8s{SALT_LEN}s{PREFIX_LEN}sI{CHECK_LEN}s")
DEFAULT_CHUNK = 1 << 20
SCRYPT_N = 2**15


class DecryptError(Exception):
    """Base for problems reading an encrypted file (mapped to user errors by the caller)."""


class NotEncrypted(DecryptError):
    pass


class WrongKey(DecryptError):
    pass


class Damaged(DecryptError):
    pass


@dataclass(frozen=True)
class Key:
    salt: bytes
    aead: AESGCM = field(repr=False)
    check: bytes = field(repr=False)


def derive_key(password: str, salt: bytes) -> Key:
    material = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=8, p=1, maxmem=64 << 20, dklen=64
    )
    check = hmac.new(material[32:], b"hrdesk-backup-key-check", "sha256").digest()[:CHECK_LEN]
    return Key(salt=salt, aead=AESGCM(material[:32]), check=check)


class KeyRing:
    """The backup password plus every key derived from it so far (scrypt is slow on purpose)."""

    def __init__(self, password: str | None) -> None:
        self.password = password
        self._keys: dict[bytes, Key] = {}

    def key_for(self, salt: bytes) -> Key:
        if self.password is None:
            raise WrongKey("no password")
        if salt not in self._keys:
            self._keys[salt] = derive_key(self.password, salt)
        return self._keys[salt]

    def new_key(self) -> Key:
        return self.key_for(os.urandom(SALT_LEN))


class _Sink(Protocol):
    def write(self, data: bytes, /) -> int | None: ...


class EncryptingWriter:
    """Write plaintext in, sealed chunks out. `close()` seals the last chunk (always call it)."""

    def __init__(self, out: _Sink, key: Key, chunk_size: int = DEFAULT_CHUNK) -> None:
        self._out = out
        self._key = key
        self._chunk = chunk_size
        self._prefix = os.urandom(PREFIX_LEN)
        self._header = HEADER.pack(MAGIC, key.salt, self._prefix, chunk_size, key.check)
        out.write(self._header)
        self._buf = bytearray()
        self._counter = 0

    def write(self, data: bytes) -> None:
        self._buf += data
        while len(self._buf) > self._chunk:
            self._seal(bytes(self._buf[: self._chunk]), last=False)
            del self._buf[: self._chunk]

    def close(self) -> None:
        self._seal(bytes(self._buf), last=True)
        self._buf.clear()

    def _seal(self, plain: bytes, last: bool) -> None:
        nonce = _nonce(self._prefix, self._counter, last)
        self._out.write(self._key.aead.encrypt(nonce, plain, self._header))
        self._counter += 1


def decrypt_chunks(f: Readable, keyring: KeyRing) -> Iterator[bytes]:
    """Yield the plaintext of an encrypted file chunk by chunk; raise on any tampering."""
    header = f.read(HEADER.size)
    if len(header) < HEADER.size:
        raise Damaged("the encryption header is cut short")
    magic, salt, prefix, chunk_size, check = HEADER.unpack(header)
    if magic != MAGIC:
        raise NotEncrypted("not an HR Desk encrypted file")
    if not 0 < chunk_size <= 64 << 20:
        raise Damaged("the encryption header is invalid")
    key = keyring.key_for(salt)
    if not hmac.compare_digest(key.check, check):
        raise WrongKey("the password does not match")
    size = chunk_size + TAG_LEN
    counter = 0
    current = f.read(size)
    while True:
        following = f.read(size)
        last = not following
        if len(current) < TAG_LEN or (not last and len(current) != size):
            raise Damaged(f"chunk {counter} is cut short")
        try:
            yield key.aead.decrypt(_nonce(prefix, counter, last), current, header)
        except InvalidTag:
            raise Damaged(f"chunk {counter} does not authenticate") from None
        if last:
            return
        current = following
        counter += 1


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    return prefix + counter.to_bytes(4, "big") + (b"\x01" if last else b"\x00")
