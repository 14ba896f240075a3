"""The desktop window (PySide6). A thin shell over `yunbei_gui.core`: no logic of its own."""
