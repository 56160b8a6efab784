"""Application services: the work the command line and the app share.

Importing files, loading the starter library, locating bundled resources. Each
service takes plain arguments, reports progress through a callback and checks a
cancel flag, so the UI can run it on its background runner and the command line
can run it directly.
"""
