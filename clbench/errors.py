"""User-facing errors: every one of them is a single sentence that names the problem and the fix."""


class ClbenchError(Exception):
    """An error caused by the user's input (config, names, files) rather than a bug.

    The CLI prints ``str(error)`` on one line and exits non-zero, without a traceback.
    """


class ContractError(ClbenchError):
    """A learner broke the learner contract (wrong logits shape, raised in a call, ...)."""


class DivergedError(ClbenchError):
    """Training produced a non-finite loss or non-finite predictions."""
