"""The domain core: document model, structure parsers, vocabulary, numbering.

Nothing here imports Qt, SQLite or a file-format library; it is tested without a
display and shared by the store, the readers and writers, the command line and
the desktop app.
"""
