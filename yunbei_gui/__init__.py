"""云贝申诉助手 (yunbei-gui): appeal helper for failed NetEase Cloud Music Yunbei redemptions."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("yunbei-gui")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

APP_NAME = "yunbei-gui"
