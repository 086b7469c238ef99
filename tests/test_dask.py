"""Ingest on a Dask cluster: articles are prepared by the cluster's workers, and the store
ends up with the same events and wire copies as with local worker processes."""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Iterator
from concurrent.futures import Executor
from contextlib import contextmanager
from pathlib import Path

import pytest

from chorus import Store
from chorus.store.ingest import TASK_ARTICLES
from conftest import EXAMPLES, ROOT
from stream import article, write_stream
from test_store import event_sets

distributed = pytest.importorskip("distributed")

EVENTS = ROOT / "tests" / "data" / "events.jsonl"


@contextmanager
def local_cluster(workers: int) -> Iterator[distributed.LocalCluster]:
    """A cluster of ``workers`` processes on this machine. Starting it sets variables in this
    process's environment for its workers (a hash seed, one BLAS thread): they are put back
    afterwards, so that they cannot reach other tests."""
    environment = dict(os.environ)
    try:
        with distributed.LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster:
            yield cluster
    finally:
        os.environ.clear()
        os.environ.update(environment)


@pytest.fixture(scope="module")
def cluster() -> Iterator[distributed.LocalCluster]:
    with local_cluster(2) as started:
        yield started


@pytest.fixture
def small_parallel_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    """Send even a small test input to the workers (normally only 512 articles and more)."""
    monkeypatch.setattr("chorus.store.ingest.PARALLEL_FROM", 16)


def _contents(store: Store) -> tuple[list[set[str]], list[tuple[str, tuple[str, ...]]]]:
    groups = sorted((g.canonical, g.copies) for g in store.copy_groups())
    return event_sets(store), groups


def _failing_client(*args: object, **kwargs: object) -> distributed.Client:
    raise AssertionError


# Run before the module's cluster starts. Once (a full suite in session 11), with the cluster
# and earlier clients alive in this process, Dask failed to connect to the closed port with
# a bare AssertionError instead of its connection timeout: the last case stands for it.
@pytest.mark.parametrize(
    ("address", "message", "client"),
    [
        ("nonsense://somewhere", "unknown address scheme", distributed.Client),
        ("tcp://127.0.0.1:1", "", distributed.Client),  # Dask's words for it vary
        ("tcp://127.0.0.1:1", "AssertionError", _failing_client),
    ],
)
def test_an_unusable_scheduler_is_a_clear_error_and_stores_nothing(
    tmp_path: Path,
    run_cli,
    monkeypatch: pytest.MonkeyPatch,
    address: str,
    message: str,
    client: type[distributed.Client],
) -> None:
    monkeypatch.setattr("chorus.cli.CLUSTER_TIMEOUT_SECONDS", 1)
    monkeypatch.setattr(distributed, "Client", client)
    db = tmp_path / "news.db"
    result = run_cli("ingest", str(EVENTS), "--db", str(db), "--scheduler", address)
    assert result.code == 2
    prefix = f"chorus: error: cannot use the Dask scheduler at {address}: "
    assert result.err.startswith(prefix) and len(result.err) > len(prefix) + 1
    assert message in result.err and "Traceback" not in result.err
    assert not db.exists()


@pytest.mark.usefixtures("small_parallel_threshold")
def test_an_ingest_on_a_cluster_stores_what_local_workers_store(
    tmp_path: Path, cluster: distributed.LocalCluster
) -> None:
    inputs = [EVENTS, EXAMPLES, write_stream(tmp_path / "crawl.jsonl", 100)]
    with Store(tmp_path / "local.db", batch_size=40, workers=2) as store:
        store.ingest(inputs)
        local = _contents(store)
    with (
        distributed.Client(cluster) as client,
        Store(tmp_path / "cluster.db", batch_size=40, executor=client.get_executor()) as store,
        distributed.get_task_stream(client) as tasks,
    ):
        report = store.ingest(inputs)
        on_cluster = _contents(store)
    assert report.added == 113 and report.copies == 1, report.problems
    assert on_cluster == local
    assert _prepared_on_the_cluster(tasks) >= 100 / TASK_ARTICLES


def _prepared_on_the_cluster(tasks: distributed.get_task_stream) -> int:
    """How many tasks of preparing articles the cluster's workers ran."""
    return sum("prepare_all" in str(task["key"]) for task in tasks.data)


def test_a_feed_is_prepared_on_a_cluster_as_it_arrives(
    tmp_path: Path, cluster: distributed.LocalCluster, monkeypatch: pytest.MonkeyPatch
) -> None:
    feed = "".join(json.dumps(article(n)) + "\n" for n in range(60)).encode()
    stored = []
    for name in ("local", "cluster"):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(feed)))
        with distributed.Client(cluster) as client, distributed.get_task_stream(client) as tasks:
            executor = client.get_executor() if name == "cluster" else None
            with Store(tmp_path / f"{name}.db", batch_size=25, executor=executor) as store:
                assert store.ingest(["-"]).added == 60
                stored.append(event_sets(store))
        assert (_prepared_on_the_cluster(tasks) > 0) == (name == "cluster")
    assert stored[0] == stored[1]


def test_chorus_ingest_on_a_scheduler(
    tmp_path: Path, cluster: distributed.LocalCluster, run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "news.db"
    address = cluster.scheduler_address
    done = run_cli("ingest", str(EVENTS), str(EXAMPLES), "--db", str(db), "--scheduler", address)
    assert done.code == 0, done.err
    assert "13 articles added (1 wire copies)" in done.out


def test_chorus_export_on_a_scheduler_writes_what_local_workers_write(
    tmp_path: Path, cluster: distributed.LocalCluster, run_cli
) -> None:
    db = tmp_path / "news.db"
    with Store(db) as store:
        store.ingest([EVENTS, EXAMPLES])
    address = cluster.scheduler_address
    with distributed.Client(cluster) as client, distributed.get_task_stream(client) as tasks:
        done = run_cli("export", str(tmp_path / "cluster"), "--db", str(db), "--scheduler", address)
    assert done.code == 0, done.err
    assert done.out.startswith("5 briefings written")
    assert sum("rendered_briefing" in str(task["key"]) for task in tasks.data) == 5
    assert run_cli("export", str(tmp_path / "local"), "--db", str(db)).code == 0
    cluster_files, local_files = (
        {p.name: p.read_bytes() for p in (tmp_path / side).iterdir()}
        for side in ("cluster", "local")
    )
    assert cluster_files == local_files


def test_without_dask_installed_the_scheduler_option_says_what_to_install(
    tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed fails
    result = run_cli("ingest", str(EVENTS), "--db", str(tmp_path / "news.db"), "--scheduler", "x")
    assert result.code == 2
    assert "pip install 'chorus-news[dask]'" in result.err


class _ClosesTheCluster(Executor):
    """A cluster's executor that shuts its cluster down when asked for a fourth window of
    articles: by then the first batch has been stored, and the next ones never will be."""

    def __init__(self, executor: Executor, cluster: distributed.LocalCluster) -> None:
        self.executor, self.cluster, self.windows = executor, cluster, 0

    def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def]
        return self.executor.submit(fn, *args, **kwargs)

    def map(self, fn, *iterables, **kwargs):  # type: ignore[no-untyped-def]
        self.windows += 1
        if self.windows == 4:
            self.cluster.close()
        return self.executor.map(fn, *iterables, **kwargs)


@pytest.mark.usefixtures("small_parallel_threshold")
def test_a_cluster_lost_mid_ingest_keeps_what_was_stored(
    tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    crawl = write_stream(tmp_path / "crawl.jsonl", 200)
    db = tmp_path / "news.db"
    with local_cluster(1) as doomed:
        monkeypatch.setattr(
            distributed.Client,
            "get_executor",
            lambda client, **options: _ClosesTheCluster(
                distributed.client.ClientExecutor(client, **options), doomed
            ),
        )
        address = doomed.scheduler_address
        lost = run_cli(
            "ingest", str(crawl), "--db", str(db), "--scheduler", address, "--batch-size", "40"
        )
    assert lost.code == 5
    [message] = lost.err.strip().splitlines()
    assert message.startswith(f"chorus: error: lost the Dask cluster at {address} (")
    assert "run the same ingest again" in message
    with Store(db) as store:
        assert store.counts()["articles"] == 40
    again = run_cli("ingest", str(crawl), "--db", str(db), "--batch-size", "40")
    assert again.code == 0, again.err
    assert "160 articles added" in again.out and "40 already stored" in again.out
