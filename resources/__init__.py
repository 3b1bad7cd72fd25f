"""Redaksi's data files (rules, word lists, house style, themes, translations, icons).

This folder stays beside ``editor/`` in the source tree and is installed as the importable
package ``redaksi_resources`` (``package-dir`` in pyproject.toml), so wheels, sdists, editable
installs and frozen bundles all ship it. Read it through :mod:`editor.resources`, never by a
path relative to the code.
"""
