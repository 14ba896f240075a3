"""Entry point of the bundled app (PyInstaller): the same as `python -m yunbei_gui`."""

from yunbei_gui.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
