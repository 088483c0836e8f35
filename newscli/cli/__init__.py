"""The command line: parse options, call the pipeline, render, map errors to exit codes."""

from newscli.cli.app import main

__all__ = ["main"]
