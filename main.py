"""Start the Redaksi desktop app (same as running `redaksi` with no sub-command)."""

import sys

from editor.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
