"""PySide6 widgets. The only package that imports Qt; logic lives below it."""
