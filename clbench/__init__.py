"""clbench: a continual-learning benchmark harness.

The engine (this package) imports no method and no benchmark by name: it finds them through
:mod:`clbench.registry`.
"""

__version__ = "0.1.0"
