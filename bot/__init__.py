"""Briefbot application: configuration, storage, ingestion, Telegram handlers, jobs and CLI."""

__version__ = "0.1.0"
