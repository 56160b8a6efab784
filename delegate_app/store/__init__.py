"""The local store: SQLite (sqlite3, with sqlite-utils for bulk writes), migrations and full-text search.

It depends on the core's model only; readers, writers and the UI use it through
the functions in its modules, each of which takes the open Database.
"""
