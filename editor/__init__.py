"""Redaksi: a desktop editorial workstation for Indonesian newsrooms.

Only :mod:`editor.ui` imports Qt; everything else is plain Python so it can be used from the
command line, the HTTP server and tests without a display.
"""

__version__ = "0.1.0"
