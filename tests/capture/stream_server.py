"""A tiny IP camera for tests: serves an MPEG-TS stream over HTTP and can drop it mid-stream."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


@contextmanager
def dropping_camera(ts_file: Path, drop_after_s: float) -> Iterator[str]:
    """Yield a URL that streams ``ts_file`` in real time and hangs up after ``drop_after_s``."""
    data = ts_file.read_bytes()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            self.send_response(200)
            self.send_header("Content-Type", "video/mp2t")
            self.end_headers()
            start = time.monotonic()
            chunk = 188 * 64
            total_s = float(self.server.duration_s)  # type: ignore[attr-defined]
            for i in range(0, len(data), chunk):
                elapsed = time.monotonic() - start
                if elapsed > drop_after_s:
                    break  # the cable is pulled: connection closes mid-stream
                target = i / len(data) * total_s
                if target > elapsed:
                    time.sleep(target - elapsed)
                try:
                    self.wfile.write(data[i:i + chunk])
                except OSError:
                    return
            self.close_connection = True

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.duration_s = 12.0  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/camera.ts"
    finally:
        server.shutdown()
        server.server_close()
