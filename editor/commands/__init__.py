"""Sub-command implementations of ``redaksi``; each module has ``run(args) -> int``."""
