"""Readers and writers of file formats (text, Markdown, Word, Excel).

They translate between files and the core's model; they never import Qt and
never touch the store.
"""
