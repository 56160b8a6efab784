"""The command line over the core, the store and the format readers."""
