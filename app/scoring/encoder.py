"""The multilingual sentence encoder (Universal Sentence Encoder, quantized ONNX).

Loaded lazily on first use (so that opening the app or saving an interview never waits for it),
once per process, and shared by threads: onnxruntime sessions are safe to call concurrently, and the
load itself is guarded by a lock. A missing or damaged file becomes a ScoringModelError that names
the file and says how to restore it.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from pathlib import Path

import numpy as np
import onnxruntime as ort

from app.scoring.errors import RESTORE_ENCODER, ScoringModelError
from app.scoring.paths import encoder_path

MAX_CHARS = 2000  # the encoder's cost grows with length; a longer text is encoded by sentences
_CACHE_SIZE = 4096


class SentenceEncoder:
    """Maps strings (Chinese, English, mixed) to unit vectors of 512 floats."""

    def __init__(self, path: Path | None = None, threads: int | None = None) -> None:
        self.path = Path(path) if path else encoder_path()
        self._threads = threads if threads is not None else min(2, os.cpu_count() or 1)
        self._session: ort.InferenceSession | None = None
        self._input = ""
        self._lock = threading.Lock()
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_lock = threading.Lock()

    def load(self) -> None:
        """Open the model now (otherwise done on the first encode)."""
        self._ensure_session()

    def _ensure_session(self) -> ort.InferenceSession:
        if self._session is not None:
            return self._session
        with self._lock:
            if self._session is None:
                self._session = self._open()
                self._input = self._session.get_inputs()[0].name
        return self._session

    def _open(self) -> ort.InferenceSession:
        if not self.path.is_file():
            raise ScoringModelError(self.path, "is missing", RESTORE_ENCODER)
        import onnxruntime_extensions

        options = ort.SessionOptions()
        options.register_custom_ops_library(onnxruntime_extensions.get_library_path())
        options.intra_op_num_threads = self._threads
        options.inter_op_num_threads = 1
        try:
            session = ort.InferenceSession(
                str(self.path), options, providers=["CPUExecutionProvider"]
            )
            probe = session.run(None, {session.get_inputs()[0].name: np.array(["probe"])})[0]
        except Exception as exc:  # onnxruntime raises several private types for a bad file
            raise ScoringModelError(
                self.path, f"cannot be loaded ({type(exc).__name__})", RESTORE_ENCODER
            ) from exc
        if probe.ndim != 2 or probe.shape[1] != 512:
            raise ScoringModelError(self.path, "is not the expected sentence encoder", RESTORE_ENCODER)
        return session

    def encode(self, texts: list[str], cache: bool = True) -> np.ndarray:
        """Unit vectors (n x 512) for texts; repeated texts (references, key points) are cached.

        ``cache=False`` for texts that will not come back (answers), so that a long batch run does
        not fill the cache with them. A batch is padded to its longest text, which moves a vector by a hair (cosine > 0.998), so
        a score can differ in the second decimal depending on what was encoded beside it.
        """
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        keys = [(t or "").strip()[:MAX_CHARS] for t in texts]
        if not cache:
            unique = list(dict.fromkeys(keys))     # a one-sentence answer is also the whole answer
            vectors = self._ensure_session().run(None, {self._input: np.array(unique, dtype=object)})[0]
            index = {key: i for i, key in enumerate(unique)}
            return _unit(vectors)[[index[k] for k in keys]]
        out = np.empty((len(keys), 512), dtype=np.float32)
        missing: dict[str, list[int]] = {}
        with self._cache_lock:
            for i, key in enumerate(keys):
                hit = self._cache.get(key)
                if hit is None:
                    missing.setdefault(key, []).append(i)
                else:
                    self._cache.move_to_end(key)
                    out[i] = hit
        if missing:
            todo = list(missing)
            session = self._ensure_session()
            vectors = session.run(None, {self._input: np.array(todo, dtype=object)})[0]
            vectors = _unit(vectors)
            with self._cache_lock:
                for key, vec in zip(todo, vectors, strict=True):
                    for i in missing[key]:
                        out[i] = vec
                    self._cache[key] = vec
                while len(self._cache) > _CACHE_SIZE:
                    self._cache.popitem(last=False)
        return out


def _unit(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    unit: np.ndarray = (vectors / np.maximum(norms, 1e-9)).astype(np.float32)
    return unit


_shared: SentenceEncoder | None = None
_shared_lock = threading.Lock()


def shared_encoder() -> SentenceEncoder:
    """The process-wide encoder (one 70 MB model in memory, whatever the number of callers)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = SentenceEncoder()
        return _shared
