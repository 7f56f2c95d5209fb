"""LAKIP analysis kit: load a government agency's Excel exports, compute its
performance report (LAKIP) by the official rules, and render it."""

from importlib.metadata import PackageNotFoundError, version as _version

try:
    __version__ = _version("lakip-kit")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0+unknown"
