"""The Qt desktop interface: the only package that imports PySide6.

Thin by design: Qt models adapt the core's objects, widgets are small and named
for what they show, and all work is done by the services, store and formats
below.
"""
