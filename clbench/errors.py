"""User-facing errors: every one of them is a single sentence that names the problem and the fix."""


class ClbenchError(Exception):
    """An error caused by the user's input (config, names, files) rather than a bug.

    The CLI prints ``str(error)`` on one line and exits non-zero, without a traceback.
    """


class ContractError(ClbenchError):
    """A learner broke the learner contract (wrong logits shape, raised in a call, ...)."""


class DivergedError(ClbenchError):
    """Training produced a non-finite loss or non-finite predictions."""


class Terminated(KeyboardInterrupt):
    """SIGTERM, turned into what Ctrl-C raises: the run stops where it is, its last checkpoint stays and
    a re-run resumes from it (the same path as an interrupt, with its own sentence)."""


def _extra_for(module: str) -> tuple[str, str] | None:
    """(extra, requirement) of clbench's optional dependencies that provides ``module``, by name."""
    import re
    from importlib.metadata import PackageNotFoundError, requires

    try:
        reqs = requires("clbench") or []
    except PackageNotFoundError:
        return None
    top = module.split(".")[0].lower().replace("_", "-")
    for req in reqs:
        m = re.match(r"^\s*([A-Za-z0-9_.\-]+)[^;]*;\s*extra\s*==\s*['\"]([^'\"]+)['\"]", req)
        if not m:
            continue
        name = m.group(1).lower().replace("_", "-")
        if name == top or name.startswith(top + "-") or name.endswith("-" + top):
            return m.group(2), m.group(1)
    return None


def missing_dependency(e: ModuleNotFoundError) -> ClbenchError:
    """One sentence naming the package to install for an optional dependency that is not installed."""
    text = str(e)
    module = e.name or (text.split("'")[1] if text.count("'") >= 2 else "?")
    found = _extra_for(module)
    if found:
        extra, req = found
        return ClbenchError(f"this needs the optional package '{module}', which is not installed; install it with "
                            f"pip install 'clbench[{extra}]' (or pip install {req}).")
    return ClbenchError(f"this needs the Python package '{module}', which is not installed; install it with pip "
                        f"install {module.split('.')[0]} (or pick a method and benchmark that do not use it).")


def as_user_error(e: BaseException) -> ClbenchError | None:
    """The user-facing sentence for an exception that is the user's environment's doing, else None."""
    if isinstance(e, ModuleNotFoundError):
        return missing_dependency(e)
    cause = e.__cause__ or e.__context__
    if isinstance(cause, ModuleNotFoundError):  # wrapped by a plugin (or the contract check) around its import
        return missing_dependency(cause)
    if isinstance(e, ClbenchError):
        return e
    return None


def install_sigterm_handler() -> None:
    """SIGTERM (a scheduler's kill, ``kill PID``) ends a run like Ctrl-C: one sentence, resumable."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return

    def handler(signum, frame):  # noqa: ARG001 - the signal API's signature
        raise Terminated()

    try:
        signal.signal(signal.SIGTERM, handler)
    except (ValueError, OSError):  # not the main thread of the main interpreter
        pass
