"""Package identity: one place for the version and the default model name."""

__title__ = "tagger"
__version__ = "0.1.0"
DEFAULT_MODEL = "zh_news_tagger"
