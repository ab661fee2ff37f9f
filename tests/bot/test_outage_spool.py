"""The crisis spool: not plain text on disk, replayed once, deleted when all is recorded,
an orphaned file (its process died) taken over, a failed recording kept."""

from __future__ import annotations

import string
import threading
import time
from pathlib import Path

from bot.spool import CrisisSpool, SpooledMessage

SECRET = b"spool-test-secret-key"


def message(text: str, key: str = "k1") -> SpooledMessage:
    return SpooledMessage.new(channel="web", key=key, text=text)


def test_the_words_are_not_plain_text_on_disk(tmp_path: Path) -> None:
    spool = CrisisSpool(tmp_path, SECRET)
    spool.add(message("ich will nicht mehr leben"))
    (file,) = tmp_path.glob("crisis-*.spool")
    # only Fernet tokens (URL-safe base64), one per line: no word and no sender id in the clear
    # (a check for b"k1" failed once by chance: random base64 can hold those two characters)
    tokens = string.ascii_letters + string.digits + "-_=\n"
    assert set(file.read_text("ascii")) <= set(tokens)
    assert [m.text for m in spool.pending()] == ["ich will nicht mehr leben"]
    assert CrisisSpool(tmp_path, b"another-key-entirely").pending() == []  # unreadable


def test_replay_records_each_once_then_deletes_the_file(tmp_path: Path) -> None:
    spool = CrisisSpool(tmp_path, SECRET)
    spool.add(message("eins"))
    spool.add(message("zwei"))
    recorded: list[str] = []
    assert spool.replay(lambda m: recorded.append(m.text) or True) == 2
    assert recorded == ["eins", "zwei"] and list(tmp_path.iterdir()) == []
    assert spool.replay(lambda m: recorded.append(m.text) or True) == 0
    spool.add(message("drei"))  # the spool goes on after its file was deleted
    assert [m.text for m in spool.pending()] == ["drei"]


def test_a_failed_recording_stays_for_the_next_replay(tmp_path: Path) -> None:
    spool = CrisisSpool(tmp_path, SECRET)
    spool.add(message("eins"))
    spool.add(message("zwei"))
    assert spool.replay(lambda m: m.text == "eins") == 1
    assert [m.text for m in spool.pending()] == ["zwei"]
    assert spool.replay(lambda m: True) == 1 and spool.pending() == []


def test_a_message_still_being_stored_is_not_replayed_and_done_ends_it(tmp_path: Path) -> None:
    spool = CrisisSpool(tmp_path, SECRET)
    late = message("eins")
    spool.add(late, in_flight=True)
    assert spool.replay(lambda m: True) == 0  # its own turn may still commit it
    spool.done(late.id)
    assert spool.pending() == []


def test_a_message_stored_by_its_own_turn_during_a_replay_is_not_recorded_again(
        tmp_path: Path) -> None:
    # the replay read the file while the turn was still in flight; the turn commits while the
    # replay records the message before it: the replay must not store it a second time
    spool = CrisisSpool(tmp_path, SECRET)
    first, late = message("eins", key="a"), message("zwei", key="b")
    spool.add(first)
    spool.add(late, in_flight=True)
    recorded: list[str] = []

    def record(m: SpooledMessage) -> bool:
        recorded.append(m.text)
        spool.done(late.id)  # meanwhile the turn of "zwei" committed
        return True

    assert spool.replay(record) == 1
    assert recorded == ["eins"] and spool.pending() == []


def test_a_message_in_flight_holds_back_only_its_own_sender(tmp_path: Path) -> None:
    spool = CrisisSpool(tmp_path, SECRET)
    busy, after_busy, other = message("eins", key="a"), message("zwei", key="a"), message("drei", key="b")
    spool.add(busy, in_flight=True)
    spool.add(after_busy)
    spool.add(other)
    recorded: list[str] = []
    assert spool.replay(lambda m: recorded.append(m.text) or True) == 1
    assert recorded == ["drei"]  # "zwei" waits: it came after "eins", which is still in flight
    spool.landed(busy.id)  # its turn ended without storing it
    assert spool.replay(lambda m: recorded.append(m.text) or True) == 2
    assert recorded == ["drei", "eins", "zwei"] and list(tmp_path.iterdir()) == []


def test_an_orphaned_file_is_taken_over(tmp_path: Path) -> None:
    dead = CrisisSpool(tmp_path, SECRET)
    dead.add(message("vom toten prozess"))
    assert dead._file is not None
    alive = CrisisSpool(tmp_path, SECRET)
    assert alive.replay(lambda m: True) == 0  # its owner still holds it
    dead._file.close()  # the process died: its lock is gone
    dead._file = None
    recorded: list[str] = []
    assert alive.replay(lambda m: recorded.append(m.text) or True) == 1
    assert recorded == ["vom toten prozess"] and list(tmp_path.iterdir()) == []


def test_a_crisis_is_spooled_at_once_while_a_replay_waits_for_the_database(
        tmp_path: Path) -> None:
    spool = CrisisSpool(tmp_path, SECRET)
    spool.add(message("vom ausfall"))
    storing, go_on = threading.Event(), threading.Event()

    def slow_record(_m: SpooledMessage) -> bool:  # a database that answers late
        storing.set()
        return go_on.wait(timeout=30)

    replay = threading.Thread(target=spool.replay, args=(slow_record,))
    replay.start()
    assert storing.wait(timeout=10)
    started = time.monotonic()
    spool.add(message("neu in der krise"))  # crisis help spools without waiting for the replay
    assert time.monotonic() - started < 0.5
    go_on.set()
    replay.join(timeout=10)
    # the replay recorded its message and kept the new one (its file is not deleted under it)
    assert [m.text for m in spool.pending()] == ["neu in der krise"]
    assert spool.replay(lambda m: True) == 1 and list(tmp_path.iterdir()) == []
