"""Two local channels registered with Apprise so the demo and offline installs see alerts without a chat
account: ``console://`` prints to standard output, ``alertlog:///abs/path.log`` appends to a file."""

from __future__ import annotations

import sys
import threading
from datetime import datetime
from pathlib import Path

from apprise.decorators import notify

_write_lock = threading.Lock()


@notify(on="console", name="Console")
def _console(body: str, title: str, notify_type: str, meta: dict, *args, **kwargs) -> bool:
    with _write_lock:
        print(f"\n━━━━ {title} ━━━━\n{body}\n", file=sys.stdout, flush=True)
    return True


@notify(on="alertlog", name="Alert log file")
def _alert_log(body: str, title: str, notify_type: str, meta: dict, *args, **kwargs) -> bool:
    path = Path("/" + (meta.get("host") or "") + (meta.get("fullpath") or ""))
    path.parent.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().astimezone().isoformat(timespec="seconds")
    with _write_lock, path.open("a", encoding="utf-8") as handle:
        handle.write(f"[{stamp}] {title}\n{body}\n\n")
    return True
