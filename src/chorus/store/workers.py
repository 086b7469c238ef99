"""The processes a store's work is spread over: the executor the store was given (a Dask
cluster's, say), or worker processes of this machine."""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager


@contextmanager
def worker_pool(workers: int, executor: Executor | None) -> Iterator[Executor | None]:
    """``executor`` when one is given (the store does not shut it down), else ``workers``
    processes, or None with a single worker. Worker processes are forked, so that they start
    at once with the models loaded; they never touch the database (a forked worker leaves
    with os._exit, closing nothing of the parent's)."""
    if executor is not None:
        yield executor
        return
    if workers < 2:
        yield None
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=_exit_with_parent, initargs=(os.getpid(),)
    ) as pool:
        yield pool


def _exit_with_parent(parent: int) -> None:
    """In a worker: leave when the process that started it is gone. A killed parent closes
    nothing, and the workers, holding each other's ends of the task queue, would otherwise
    wait for work forever."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()
