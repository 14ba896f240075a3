"""Typed errors of the core. Each carries a clear Chinese message for the user.

The window and the command line show `message`; `detail` is technical context for the log
and never contains OCR text.
"""

from __future__ import annotations


class YunbeiError(Exception):
    """Base of every error the core raises on purpose."""

    exit_code = 1

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class ImageLoadError(YunbeiError):
    """A file could not be opened as a screenshot."""


class UnreadablePathError(ImageLoadError):
    pass


class EmptyFileError(ImageLoadError):
    pass


class NotAnImageError(ImageLoadError):
    pass


class BrokenImageError(ImageLoadError):
    pass


class ImageTooLargeError(ImageLoadError):
    pass


class OcrError(YunbeiError):
    """Reading text from a screenshot failed."""


class TesseractNotFoundError(OcrError):
    exit_code = 3


class LanguageDataMissingError(OcrError):
    exit_code = 3


class OcrFailedError(OcrError):
    pass


class OutputError(YunbeiError):
    """Writing a result file failed (full disk, read-only folder, ...)."""


class CaseError(YunbeiError):
    """A saved case could not be read or written."""


class CaseNotFoundError(CaseError):
    pass


class CaseDamagedError(CaseError):
    pass


class CaseVersionError(CaseError):
    """The case was saved by a newer version of the app."""
