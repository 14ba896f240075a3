"""Qt widgets and windows (built in a later issue)."""
