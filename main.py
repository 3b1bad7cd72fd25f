"""Start the Redaksi desktop app (same as running `redaksi` with no sub-command)."""

import multiprocessing
import sys

from editor.cli import main

if __name__ == "__main__":
    # serve-lt's check workers are started by multiprocessing (forkserver/spawn): in a
    # frozen bundle the executable itself must answer as the worker.
    multiprocessing.freeze_support()
    sys.exit(main(sys.argv[1:]))
