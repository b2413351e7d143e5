"""Training and evaluation: corpus readers, ``train``, ``evaluate``."""
