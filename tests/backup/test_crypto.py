from __future__ import annotations

import io
import os
import zlib

import pytest

from backup import crypto
from backup.crypto import EncryptingWriter, KeyRing, decrypt_chunks
from backup.stored import DecodeError, read_plain

CHUNK = 1000


def _encrypt(plain: bytes, password: str = "密码 pw") -> bytes:
    out = io.BytesIO()
    w = EncryptingWriter(out, KeyRing(password).new_key(), chunk_size=CHUNK)
    for i in range(0, len(plain), 333):
        w.write(plain[i : i + 333])
    w.close()
    return out.getvalue()


def _decrypt(blob: bytes, password: str = "密码 pw") -> bytes:
    return b"".join(decrypt_chunks(io.BytesIO(blob), KeyRing(password)))


@pytest.mark.parametrize("size", [0, 1, CHUNK, CHUNK + 1, 5 * CHUNK, 7 * CHUNK + 13])
def test_round_trip_over_chunk_boundaries(size: int) -> None:
    plain = os.urandom(size)
    blob = _encrypt(plain)
    assert size < 16 or plain not in blob  # a few random bytes can occur in any ciphertext
    assert _decrypt(blob) == plain


def test_wrong_password_is_told_apart_from_damage() -> None:
    blob = _encrypt(os.urandom(3000))
    with pytest.raises(crypto.WrongKey):
        _decrypt(blob, "wrong")


@pytest.mark.parametrize("where", [crypto.HEADER.size + 5, -1, -(CHUNK + 20)])
def test_one_flipped_byte_fails(where: int) -> None:
    blob = bytearray(_encrypt(os.urandom(3 * CHUNK + 7)))
    blob[where] ^= 0x01
    with pytest.raises(crypto.Damaged):
        _decrypt(bytes(blob))


def test_dropped_last_chunk_and_swapped_chunks_fail() -> None:
    blob = _encrypt(os.urandom(3 * CHUNK + 7))
    h, size = crypto.HEADER.size, CHUNK + crypto.TAG_LEN
    chunks = [blob[h + i : h + i + size] for i in range(0, len(blob) - h, size)]
    with pytest.raises(crypto.Damaged):
        _decrypt(blob[:h] + b"".join(chunks[:-1]))
    with pytest.raises(crypto.Damaged):
        _decrypt(blob[:h] + chunks[1] + chunks[0] + b"".join(chunks[2:]))


def test_decompression_bomb_stops_at_declared_size() -> None:
    bomb = zlib.compress(b"\0" * (200 << 20), 9)  # 200 MB of zeros in ~200 KB
    pieces = read_plain(io.BytesIO(bomb), compressed=True, encrypted=False,
                        keyring=KeyRing(None), plain_size=1000)
    with pytest.raises(DecodeError, match="expands beyond"):
        for _ in pieces:
            pass


def test_trailing_garbage_after_compressed_stream_fails() -> None:
    data = zlib.compress(b"hello") + b"junk"
    with pytest.raises(DecodeError):
        list(read_plain(io.BytesIO(data), compressed=True, encrypted=False,
                        keyring=KeyRing(None), plain_size=5))
