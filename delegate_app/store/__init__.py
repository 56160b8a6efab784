"""The local store: SQLite through sqlite-utils, with migrations and full-text search.

It depends on the core's model only; readers, writers and the UI use it through
the functions in its modules, each of which takes the open Database.
"""
