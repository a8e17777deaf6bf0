"""Checking batches of quotes, here or in worker processes.

``check_batches(make_batches, claims, cancelled)`` yields ``(index,
BatchResult)`` for each batch as it is done (not necessarily in order), or
yields None and stops once ``cancelled()`` is true.

From MIN_CLAIMS_FOR_WORKERS claims on, with two or more processors, the
batches go to worker processes (at most WORKERS), so that finding a million
quotes uses more than one core and never holds the GIL of the process that
shows the window. A worker is a fresh Python interpreter started with
``sys.executable -c`` (so it imports neither the caller's main module nor Qt,
nor pandas: only this module, numpy and pyarrow). It reads pickled Batches on
its stdin and answers each with a pickled BatchResult on its stdout. Per
worker, one thread sends batches (IN_FLIGHT ahead) and another receives the
answers, so that a full pipe never blocks both ends. A batch whose worker
fails is checked here instead; cancelling kills the workers. Where workers
cannot be started (a frozen application, a failure to start), every batch is
checked here, one after the other.
"""

from __future__ import annotations

import collections
import os
import pickle
import queue
import struct
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from .quotecheck import Batch, BatchResult, check_batch

WORKERS = 2
"""At most this many worker processes (the machine's processor count permitting)."""
MIN_CLAIMS_FOR_WORKERS = 50_000
"""Fewer claims than this are checked here: starting a worker (a few tenths of a second) costs more."""

_HEADER = struct.Struct("<Q")
_WORKER_CODE = "from viewer.model.checking.quoteworkers import serve; serve()"


def start_checking(make_batches: Callable[[], Sequence[Batch]], claims: int,
                   cancelled: Callable[[], bool] | None = None) -> Iterator[tuple[int, BatchResult] | None]:
    """check_batches, with the workers started and fed now: they work while the caller does
    something else, and the results wait for it (close the iterator if they are not wanted)."""
    results = check_batches(make_batches, claims, cancelled, primed=True)
    next(results)
    return results


def check_batches(make_batches: Callable[[], Sequence[Batch]], claims: int,
                  cancelled: Callable[[], bool] | None = None,
                  workers: int | None = None, primed: bool = False) -> Iterator[tuple[int, BatchResult] | None]:
    """Check the batches that ``make_batches`` gives (``claims`` claims in all);
    the workers are started first, so that they start while the batches are made.
    ``primed``: the first item is a None once the workers are fed (see start_checking)."""
    cancelled = cancelled or (lambda: False)
    if workers is None:
        workers = default_workers() if claims >= MIN_CLAIMS_FOR_WORKERS else 0
    pool = _Pool.start(workers) if workers >= 2 else None
    batches = make_batches()
    if pool is not None:
        yield from pool.run(batches, cancelled, primed)
        return
    if primed:
        yield None
    for index, batch in enumerate(batches):
        if cancelled():
            yield None
            return
        yield index, check_batch(batch)


def default_workers() -> int:
    if getattr(sys, "frozen", False) or not sys.executable:   # no Python to start (a frozen application)
        return 0
    return min(WORKERS, os.cpu_count() or 1)


EARLY_BYTES = 8 << 20
"""A claims table of at least this many bytes (about MIN_CLAIMS_FOR_WORKERS claims) starts the workers early."""
_early: list[subprocess.Popen] = []


def start_early(claims_file: str | os.PathLike) -> None:
    """Start the workers now if ``claims_file`` is large enough that checking it will want them.

    ``claims-atlas check`` calls this before it imports pandas and reads the
    tables: a worker takes a few tenths of a second to start (an interpreter,
    numpy, pyarrow), on the other processor while this one reads. The first
    check_batches takes them (take_early) rather than start its own;
    discard_early ends them if none did.
    """
    discard_early()
    try:
        size = os.stat(claims_file).st_size
    except (OSError, ValueError):
        return
    count = default_workers()
    if size >= EARLY_BYTES and count >= 2:
        pool = _Pool.start(count)
        _early.extend(pool.processes if pool is not None else [])


def take_early(count: int) -> list[subprocess.Popen] | None:
    """The workers started early, if ``count`` of them are still running; else None (and they are ended)."""
    if _early and len(_early) == count and all(process.poll() is None for process in _early):
        processes = list(_early)
        _early.clear()
        return processes
    discard_early()
    return None


def _end(processes) -> None:
    """Kill the worker processes still running, wait for each and close its pipes."""
    for process in processes:
        if process.poll() is None:
            process.kill()
    for process in processes:
        process.wait()
        for pipe in (process.stdin, process.stdout):
            try:
                pipe.close()
            except OSError:
                pass


def discard_early() -> None:
    """End the workers started early that were not taken."""
    _end(_early)
    _early.clear()


_TUNABLES = "glibc.malloc.mmap_threshold=67108864:glibc.malloc.trim_threshold=268435456"


class _Pool:
    """Worker processes, each with a thread that feeds it batches from a shared queue."""

    def __init__(self, processes: list[subprocess.Popen]):
        self.processes = processes

    @classmethod
    def start(cls, count: int) -> _Pool | None:
        early = take_early(count)
        if early is not None:
            return cls(early)
        package_root = str(Path(__file__).resolve().parents[2])
        env = dict(os.environ)
        env["PYTHONPATH"] = package_root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        # glibc (elsewhere ignored): a batch's arrays of a few megabytes each are made and freed a hundred
        # times over; kept by malloc for the next batch rather than mapped afresh and given back, they
        # cost a third fewer page faults (a second of system time at a million claims).
        env.setdefault("GLIBC_TUNABLES", _TUNABLES)
        processes = []
        try:
            for _ in range(count):
                processes.append(subprocess.Popen(
                    [sys.executable, "-c", _WORKER_CODE],
                    stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env,
                    creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0)))
        except (OSError, ValueError):
            for process in processes:
                process.kill()
            return None
        return cls(processes)

    def run(self, batches: Sequence[Batch], cancelled: Callable[[], bool], primed: bool = False):
        todo: queue.Queue = queue.Queue()
        for index in range(len(batches)):
            todo.put(index)
        done: queue.Queue = queue.Queue()
        threads = [threading.Thread(target=_feed, args=(process, batches, todo, done), daemon=True,
                                    name="quote-worker-feeder") for process in self.processes]
        for thread in threads:
            thread.start()
        received = 0
        failed: list[int] = []
        try:
            if primed:   # fed: the caller goes on with other work (closing the iterator here ends the workers)
                yield None
            while received < len(batches):
                if cancelled():
                    yield None
                    return
                try:
                    item = done.get(timeout=0.05)
                except queue.Empty:
                    if not any(t.is_alive() for t in threads) and done.empty():
                        break   # every worker died: the rest is checked here, below
                    continue
                index, result = item
                if result is None:   # its worker failed: check that batch here
                    failed.append(index)
                    continue
                received += 1
                yield index, result
        finally:
            _end(self.processes)
        while not todo.empty():   # left over by workers that died
            failed.append(todo.get())
        for index in sorted(failed):
            if cancelled():
                yield None
                return
            yield index, check_batch(batches[index])


IN_FLIGHT = 2
"""Batches sent to a worker ahead of its answers, so that it never waits for the next one."""


def _feed(process: subprocess.Popen, batches: Sequence[Batch], todo: queue.Queue, done: queue.Queue) -> None:
    """Keep one worker busy: a sender thread sends batches (IN_FLIGHT ahead), this thread
    passes the answers on. Whatever was sent to a worker that fails is passed on as failed
    (None), to be checked by the caller instead."""
    slots = threading.Semaphore(IN_FLIGHT)
    sent: collections.deque[int] = collections.deque()
    lock = threading.Lock()

    def send() -> None:
        try:
            while slots.acquire() and process.poll() is None:
                try:
                    index = todo.get_nowait()
                except queue.Empty:
                    break
                with lock:
                    sent.append(index)
                _send(process.stdin, batches[index])
            _send(process.stdin, None)   # tell the worker to stop once it has answered
        except Exception:   # the batch could not be made or sent: end the worker, so that the answers stop
            process.kill()

    sender = threading.Thread(target=send, daemon=True, name="quote-worker-sender")
    sender.start()
    while True:
        try:
            result = _receive(process.stdout)
        except Exception:   # the worker ended (told to, or failed)
            break
        with lock:
            index = sent.popleft()
        done.put((index, result))
        slots.release()
    for _ in range(IN_FLIGHT + 1):   # wake the sender if it waits: it finds the worker gone
        slots.release()
    sender.join()
    for index in sent:   # sent but never answered
        done.put((index, None))


def _send(pipe, obj) -> None:
    try:
        data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
        pipe.write(_HEADER.pack(len(data)))
        pipe.write(data)
        pipe.flush()
    except (OSError, ValueError):
        if obj is not None:
            raise


def _receive(pipe):
    size = _HEADER.unpack(_read_exactly(pipe, _HEADER.size))[0]
    return pickle.loads(_read_exactly(pipe, size))


def _read_exactly(pipe, size: int) -> bytes:
    data = pipe.read(size)
    if len(data) != size:
        raise EOFError("the worker ended")
    return data


class _WithoutPandas:
    """An import hook that makes pandas unavailable.

    pyarrow imports pandas on first use if it can; a worker has no use for it,
    and importing it would cost more than checking a batch. pyarrow works
    without pandas (it is an optional dependency), so a worker hides it.
    """

    @staticmethod
    def find_spec(name, path=None, target=None):
        if name == "pandas" or name.startswith("pandas."):
            raise ModuleNotFoundError(f"No module named {name!r} (not used by quote workers)", name=name)
        return None


def serve() -> None:
    """A worker's main loop: read a Batch, answer its BatchResult, until told to stop."""
    if "pandas" not in sys.modules:
        sys.meta_path.insert(0, _WithoutPandas())
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr   # nothing printed may get into the answers
    while True:
        try:
            batch = _receive(stdin)
        except EOFError:
            return
        if batch is None:
            return
        data = pickle.dumps(check_batch(batch), protocol=pickle.HIGHEST_PROTOCOL)
        stdout.write(_HEADER.pack(len(data)))
        stdout.write(data)
        stdout.flush()
