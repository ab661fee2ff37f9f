"""The crisis spool: crisis messages that arrived while the database was away, kept in a
small local file until they are recorded in their conversation.

    var/spool/crisis-<pid>-<random>.spool    one file per running process, append-only
        one line per record: a Fernet token (AES-128-CBC + HMAC-SHA256) of JSON,
        either a message {"id", "at", "channel", "key", "text", "update_id"}
        or a marker {"done": id} once that message is in the database

Only what recording needs is kept: the hashed sender key (never a chat or sender id in
clear), the text, the time, a Telegram update's id. The file is encrypted with a key
derived from LOTSE_SECRET_KEY, so the words are not plain text on disk; when every
message in a file is recorded the file is deleted. A process holds an exclusive `flock`
on its own file; a file nobody holds (its process died) is taken over by the next replay.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import hashlib
import hmac
import json
import logging
import os
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from cryptography.fernet import Fernet, InvalidToken

log = logging.getLogger("lotse.spool")
PATTERN = "crisis-*.spool"
REPLAY_PAUSE = 0.01  # seconds between two replayed messages (the GIL goes to live turns)


@dataclass(frozen=True, slots=True)
class SpooledMessage:
    """One crisis message answered without the database."""

    id: str
    at: str  # ISO time it arrived
    channel: str
    key: str  # the sender hash the conversation is stored under
    text: str
    update_id: int | None = None  # the Telegram update (kept in the inbox as done)

    @classmethod
    def new(cls, *, channel: str, key: str, text: str, update_id: int | None = None,
            at: datetime | None = None) -> SpooledMessage:
        when = (at or datetime.now(UTC)).isoformat()
        return cls(secrets.token_hex(8), when, channel, key, text, update_id)


def spool_key(secret: bytes) -> bytes:
    """The spool's Fernet key, derived from the service's secret key."""
    digest = hmac.new(secret, b"lotse crisis spool v1", hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest)


class CrisisSpool:
    """Append crisis messages, mark them recorded, replay the rest (thread-safe)."""

    def __init__(self, folder: Path, secret: bytes) -> None:
        self.folder = folder
        self._fernet = Fernet(spool_key(secret))
        self._guard = threading.Lock()  # the files and the in-flight set (held briefly)
        self._replaying = threading.Lock()
        self._file: IO[bytes] | None = None
        self._path: Path | None = None  # this process's file
        self._in_flight: set[str] = set()  # still being stored by the turn that spooled them
        self._stored: set[str] = set()  # this file's messages their own turn stored meanwhile

    # --- writing ----------------------------------------------------------------------------

    def add(self, message: SpooledMessage, *, in_flight: bool = False) -> None:
        """Keep `message` on disk (flushed and synced) until it is recorded."""
        with self._guard:
            if in_flight:
                self._in_flight.add(message.id)
            self._append({k: v for k, v in asdict(message).items() if v is not None})

    def done(self, message_id: str) -> None:
        """`message_id` is in the database now."""
        with self._guard:
            self._in_flight.discard(message_id)
            self._stored.add(message_id)  # a replay that read the file before sees it
            self._append({"done": message_id})

    def landed(self, message_id: str) -> None:
        """The turn that spooled `message_id` ended without storing it: replay may take it."""
        with self._guard:
            self._in_flight.discard(message_id)

    def _append(self, record: dict[str, Any]) -> None:
        handle = self._own()
        handle.write(self._fernet.encrypt(json.dumps(record).encode()) + b"\n")
        handle.flush()
        os.fsync(handle.fileno())

    def _mark_done(self, path: Path, message_id: str) -> None:
        if self._is_own(path):
            self._append({"done": message_id})
            return
        line = self._fernet.encrypt(json.dumps({"done": message_id}).encode()) + b"\n"
        with path.open("ab") as handle:  # an orphan's file: the marker goes where it counts
            handle.write(line)
            handle.flush()
            os.fsync(handle.fileno())

    def _own(self) -> IO[bytes]:
        if self._file is None:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            path = self.folder / f"crisis-{os.getpid()}-{secrets.token_hex(4)}.spool"
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            handle = os.fdopen(fd, "ab")
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            self._file, self._path = handle, path
        return self._file

    # --- reading and replaying --------------------------------------------------------------

    def pending(self) -> list[SpooledMessage]:
        """Messages not yet recorded, from this process's file and orphaned ones."""
        with self._guard:
            return [m for path in self._files() for m in self._read(path)
                    if m.id not in self._in_flight]

    def replay(self, record: Callable[[SpooledMessage], bool], *,
               pause: float = REPLAY_PAUSE) -> int:
        """Record every pending message with `record` (True: stored); files whose messages
        are all recorded are deleted. Returns how many were recorded. The guard that crisis
        help takes to spool a message is held only for a file's reading and marking, never
        while `record` stores (a crisis answered while the spool is replayed after an outage
        does not wait for the replay); between two messages the replay pauses `pause`
        seconds, so live messages go first."""
        recorded = 0
        with self._replaying:  # one replay at a time in this process
            for path in self._files():
                with self._taken(path) as taken:
                    if not taken:
                        continue
                    done, complete = self._replay_file(path, record, pause)
                    recorded += done
                    with self._guard:  # nothing pending (new messages may have come meanwhile)
                        if complete and not self._read(path):
                            self._remove(path)
        return recorded

    def _replay_file(self, path: Path, record: Callable[[SpooledMessage], bool],
                     pause: float) -> tuple[int, bool]:
        """How many messages of `path` were recorded, and whether none is left behind."""
        with self._guard:
            messages = self._read(path)
        recorded, complete = 0, True
        waiting: set[str] = set()  # senders with a message still in flight: theirs keep order
        for message in messages:
            with self._guard:  # its own turn may have stored it since the file was read
                if message.id in self._stored:
                    continue
                busy = message.id in self._in_flight or message.key in waiting
            if busy:
                waiting.add(message.key)
                complete = False
                continue
            if not record(message):  # the database away again: the next replay goes on
                return recorded, False
            recorded += 1
            with self._guard:
                self._mark_done(path, message.id)
            time.sleep(pause)
        return recorded, complete

    def _files(self) -> list[Path]:
        return sorted(self.folder.glob(PATTERN)) if self.folder.exists() else []

    def _is_own(self, path: Path) -> bool:
        return self._path is not None and self._path.resolve() == path.resolve()

    @contextlib.contextmanager
    def _taken(self, path: Path) -> Iterator[bool]:
        """True while this process may replay `path` (its own, or one nobody holds)."""
        if self._is_own(path):
            yield True
            return
        try:
            handle = path.open("rb")
        except FileNotFoundError:
            yield False
            return
        with handle:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:  # a running process owns it
                yield False
                return
            yield True

    def _read(self, path: Path) -> list[SpooledMessage]:
        messages: dict[str, SpooledMessage] = {}
        finished: set[str] = set()
        try:
            lines = path.read_bytes().splitlines()
        except FileNotFoundError:
            return []
        for line in lines:
            try:
                record = json.loads(self._fernet.decrypt(line.strip()))
            except (InvalidToken, ValueError):
                log.warning("crisis spool: an unreadable line in %s is skipped", path.name)
                continue
            if "done" in record:
                finished.add(record["done"])
            else:
                message = SpooledMessage(**record)
                messages[message.id] = message
        return [m for key, m in messages.items() if key not in finished]

    def _remove(self, path: Path) -> None:
        if self._is_own(path) and self._file is not None:
            self._stored.clear()  # the ids of this file, which is gone
            fcntl.flock(self._file.fileno(), fcntl.LOCK_UN)
            self._file.close()
            self._file = self._path = None
        with contextlib.suppress(FileNotFoundError):
            size = path.stat().st_size
            with path.open("r+b") as handle:  # overwrite before unlinking (cheap: it is small)
                handle.write(b"\0" * size)
                handle.flush()
                os.fsync(handle.fileno())
            path.unlink()
