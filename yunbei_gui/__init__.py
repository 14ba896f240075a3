"""云贝申诉助手 (yunbei-gui): appeal helper for failed NetEase Cloud Music Yunbei redemptions."""

APP_NAME = "yunbei-gui"


def __getattr__(name: str) -> str:
    # `__version__` is looked up on first use: importlib.metadata costs ~30 ms at start,
    # before the first screenshot can be read
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        value = version("yunbei-gui")
    except PackageNotFoundError:  # running from a source tree that was never installed
        value = "0.0.0+unknown"
    globals()["__version__"] = value
    return value
