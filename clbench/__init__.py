"""clbench: a continual-learning benchmark harness.

The engine (this package) imports no method and no benchmark by name: it finds them through
:mod:`clbench.registry`.
"""

__version__ = "0.1.0"

from clbench.kernels import pin_default as _pin_mkl

# before anything calls MKL: its float code path is fixed at its first call (see clbench.kernels)
_pin_mkl()
