"""Lotse's application: dialogue core, channels, storage and the command line."""
