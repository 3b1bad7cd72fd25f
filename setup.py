"""Package discovery that pyproject.toml alone cannot express.

``editor`` and its sub-packages are found automatically; the data folder ``resources/`` is
added as the package ``redaksi_resources`` (mapped in pyproject.toml's ``package-dir``).
Everything else about the build lives in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["editor", "editor.*"]), "redaksi_resources"])
