"""The tests' throwaway PostgreSQL server: started unprivileged, reachable only
through its own socket with a password from the passfile, removed at the end."""

from __future__ import annotations

import os

import psycopg
import pytest

from tests.pg_cluster import SUPERUSER, TempCluster


def test_session_server_answers_on_its_socket(pg_cluster):
    with psycopg.connect(pg_cluster.url()) as conn:
        user, listen = conn.execute(
            "SELECT current_user, current_setting('listen_addresses')"
        ).fetchone()
        owner = conn.execute(
            "SELECT usename FROM pg_stat_activity WHERE pid = pg_backend_pid()"
        ).fetchone()[0]
    assert user == owner == SUPERUSER
    assert listen == ""  # no TCP at all: only the socket in the temporary folder
    assert (pg_cluster.socket_dir / f".s.PGSQL.{pg_cluster.port}").exists()


def test_server_runs_as_an_unprivileged_user(pg_cluster):
    pid = int((pg_cluster.data / "postmaster.pid").read_text().split()[0])
    assert os.stat(f"/proc/{pid}").st_uid != 0


def test_password_is_required(pg_cluster, monkeypatch):
    monkeypatch.delenv("PGPASSFILE")
    monkeypatch.setenv("PGPASSFILE", str(pg_cluster.folder / "no-such-file"))
    with pytest.raises(psycopg.OperationalError, match="password"):
        psycopg.connect(pg_cluster.url(), connect_timeout=5)


def test_cluster_folder_is_removed_when_stopped():
    cluster = TempCluster().start()
    assert (cluster.data / "PG_VERSION").exists()
    cluster.stop()
    assert cluster.wait_gone()
