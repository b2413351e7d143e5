"""``python -m tagger``: the same as the ``tagger`` command."""

from .cli import main

if __name__ == "__main__":  # not when a spawned worker process imports this module
    main()
