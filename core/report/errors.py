"""The one error the printout raises; kept apart so the command line can catch it without ReportLab."""


class ReportError(Exception):
    """The printout could not be made; the message says so in plain words, and nothing was written."""
