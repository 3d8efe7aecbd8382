"""Credentials and the wire: passwords come from libpq's passfile, never from
the app's memory or display; sslmode and sslrootcert pass through to libpq."""

from __future__ import annotations

import psycopg
import pytest

from app.core.pg.address import is_team_location, without_password
from app.core.pg.connect import TeamLibraryError, describe, has_password, open_raw
from app.core.pg.library import PgLibrary
from app.core.pg.roles import init_team
from tests.pg_cluster import TempCluster


@pytest.mark.parametrize(
    ("location", "shown"),
    [
        ("postgresql://dana:s3cret@db.example/news", "postgresql://dana@db.example/news"),
        (
            "postgresql://dana@db.example/news?password=s3cret&sslmode=verify-full",
            "postgresql://dana@db.example/news?sslmode=verify-full",
        ),
        ("postgres://dana:s3cret@/news?host=/run/pg", "postgres://dana@/news?host=/run/pg"),
        ("service=office password=s3cret", "service=office"),
    ],
)
def test_passwords_never_shown_or_kept(location, shown):
    assert is_team_location(location)
    assert without_password(location) == shown
    assert "s3cret" not in describe(location)
    assert has_password(location)
    assert not has_password(without_password(location))


def test_files_are_not_team_locations(tmp_path):
    assert not is_team_location(tmp_path / "library.sqlite")
    assert not is_team_location("postgresql.sqlite")


def test_the_passfile_supplies_the_password(pg_cluster, team_url):
    # The URL carries no password: libpq found it through PGPASSFILE.
    assert not has_password(team_url)
    with PgLibrary(team_url) as library:
        assert library.count_sources() == 0


def test_missing_password_says_where_to_put_it(pg_cluster, team_url, monkeypatch, tmp_path):
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "empty"))
    with pytest.raises(TeamLibraryError) as refused:
        PgLibrary(team_url)
    message = str(refused.value)
    assert "no password was found" in message and "~/.pgpass" in message
    assert "never stores passwords" in message


def test_wrong_password_is_named_as_such(pg_cluster, team_url, tmp_path, monkeypatch):
    wrong = tmp_path / "pgpass"
    wrong.write_text("*:*:*:*:not-the-password\n")
    wrong.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(wrong))
    with pytest.raises(TeamLibraryError, match="password was refused"):
        PgLibrary(team_url)


def test_a_service_file_names_the_library(pg_cluster, team_url, tmp_path, monkeypatch):
    info = psycopg.conninfo.conninfo_to_dict(team_url)
    services = tmp_path / "pg_service.conf"
    services.write_text(
        "[newsdesk]\n"
        f"host={info['host']}\nport={info['port']}\ndbname={info['dbname']}\nuser={info['user']}\n"
    )
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    with PgLibrary("service=newsdesk") as library:
        assert library.count_sources() == 0
    assert describe("service=newsdesk") == "team library (service newsdesk)"


@pytest.fixture(scope="module")
def tls_cluster():
    cluster = TempCluster(tcp=True, tls=True).start()
    yield cluster
    cluster.stop()


def _tls_url(cluster, mode: str, host: str = "localhost", ca=None) -> str:
    ca = ca or cluster.ca_file
    return (
        f"postgresql://bb_test_super@{host}:{cluster.port}/tls_lib"
        f"?hostaddr=127.0.0.1&sslmode={mode}&sslrootcert={ca}"
    )


def _ssl_used(url: str) -> bool:
    with PgLibrary(url) as library:
        return library.db.raw.execute(
            "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
        ).fetchone()[0]


def test_sslmode_passes_through(tls_cluster, monkeypatch):
    monkeypatch.setenv("PGPASSFILE", str(tls_cluster.passfile))
    tls_cluster.create_database("tls_lib")
    init_team(_tls_url(tls_cluster, "verify-full"))
    assert _ssl_used(_tls_url(tls_cluster, "verify-full")) is True
    assert _ssl_used(_tls_url(tls_cluster, "require")) is True
    assert _ssl_used(_tls_url(tls_cluster, "disable")) is False


def test_verify_full_refuses_a_server_it_cannot_verify(tls_cluster, tmp_path, monkeypatch):
    monkeypatch.setenv("PGPASSFILE", str(tls_cluster.passfile))
    # The right server, but under a name its certificate does not carry.
    with pytest.raises(TeamLibraryError, match="secure connection failed.*sslmode"):
        open_raw(_tls_url(tls_cluster, "verify-full", host="wrong-name"))
    # No CA to check it against.
    with pytest.raises(TeamLibraryError, match="secure connection failed"):
        open_raw(_tls_url(tls_cluster, "verify-full", ca=tmp_path / "missing-ca.crt"))


def test_a_typed_password_serves_the_session_and_is_never_shown(
    pg_cluster, team_url, monkeypatch, tmp_path
):
    from app.core.pg import connect

    monkeypatch.setattr(connect, "_session_passwords", {})
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    typed = team_url.replace("bb_test_super@", f"bb_test_super:{pg_cluster.password}@")
    with PgLibrary(typed) as library:
        assert pg_cluster.password not in library.path
        assert pg_cluster.password not in library.name
        # Another connection (a worker, the writer) opens it by its shown address.
        with PgLibrary(library.path) as again:
            assert again.count_sources() == 0
    wrong = team_url.replace("bb_test_super@", "bb_test_super:wrong@")
    with pytest.raises(TeamLibraryError, match="refused"):
        PgLibrary(wrong)
    with pytest.raises(TeamLibraryError, match="no password"):
        PgLibrary(team_url)  # the refused password was not kept
