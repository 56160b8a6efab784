"""Delegate: the desktop workbench for ITU delegations."""

__version__ = "0.1.0"
APP_NAME = "Delegate"
APP_ID = "delegate-app"
