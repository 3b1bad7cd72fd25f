"""Entry point of the frozen bundle: the same as the `redaksi` console script.

Kept out of the repository root so PyInstaller freezes the *installed* package (the wheel in
the build virtualenv), not the checkout beside it.
"""

import multiprocessing
import sys

from editor.cli import main

if __name__ == "__main__":
    # serve-lt's check workers are started by multiprocessing (forkserver/spawn): in a
    # frozen bundle the executable itself must answer as the worker.
    multiprocessing.freeze_support()
    sys.exit(main(sys.argv[1:]))
