"""The team library: the same library on a PostgreSQL server.

- `schema.py`   the tables, search functions and migrations (under an advisory lock);
- `roles.py`    reader / editor / admin, enforced by the server with GRANTs;
- `connect.py`  where a team library is (URL or libpq service), credentials, errors;
- `notify.py`   changes made by others, as they are committed (LISTEN/NOTIFY).

Nothing here is needed for the embedded SQLite library; a user without a
server never meets it.
"""
