"""A Ctrl-C or SIGTERM that Python swallows (raised inside a weakref callback or a
finalizer) still stops the run, and its traceback is not printed."""

import os
import subprocess
import sys

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SCRIPT = """
import os, signal, sys, weakref
from tagger import interrupt
interrupt.install(on_terminate=lambda: print("terminating"))
class Thing: pass
thing = Thing()
ref = weakref.ref(thing, lambda r: os.kill(os.getpid(), signal.{sig}))
del thing  # the signal's exception is raised in the callback, where Python swallows it
print("still running")
try:
    interrupt.check()
except BaseException as stop:
    print(" ".join(filter(None, ["stopped by", type(stop).__name__, str(getattr(stop, "code", ""))])))
"""


@pytest.mark.parametrize("sig,stop", [("SIGINT", "stopped by KeyboardInterrupt"),
                                      ("SIGTERM", "stopped by SystemExit 143")])
def test_swallowed_stop_is_raised_again(sig, stop):
    proc = subprocess.run([sys.executable, "-c", SCRIPT.format(sig=sig)], capture_output=True,
                          text=True, env=dict(os.environ, PYTHONPATH=REPO), timeout=60)
    lines = proc.stdout.splitlines()
    assert lines[-2:] == ["still running", stop], proc.stdout
    assert ("terminating" in lines) == (sig == "SIGTERM")
    assert "Traceback" not in proc.stderr and "Exception ignored" not in proc.stderr, proc.stderr


def test_no_stop_means_check_does_nothing():
    from tagger import interrupt
    interrupt.reset()
    assert interrupt.check() is None
