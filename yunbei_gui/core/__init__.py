"""Qt-free core: reading, understanding and redacting screenshots."""
