"""``tagger serve``: the tagger over HTTP, and a Label Studio ML backend (see :mod:`.app`)."""

from .app import DEFAULT_HOST, DEFAULT_PORT, ServeLimits, create_app

__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "ServeLimits", "create_app"]
