"""Data sources, and the table that registers them (docs/architecture.md, "One registry").

Benchmarks themselves are Hydra configs (``conf/benchmark/*.yaml``): a source plus a protocol. ``TABLE`` is
read by :mod:`clbench.registry` through the ``clbench.tables`` entry point ``benchmarks = "benchmarks:TABLE"``
(the path a plugin's table takes too); each source is a lazy ``"module:function"`` target, so a run imports
its own source's module only. Adding a source: ``@register_source("<name>")`` on the function in
``benchmarks/<file>.py`` and ``"<name>": "benchmarks.<file>:<function>"`` below.
"""

from clbench.registry import unlisted_modules

TABLE = {"source": {
    "digits": "benchmarks.digits:digits",
    "mnist": "benchmarks.mnist:mnist",
    "animal_mnist": "benchmarks.animal_mnist:animal_mnist",
    "imagefolder": "benchmarks.imagefolder:imagefolder",
    "torchvision": "benchmarks.torchvision_sets:torchvision_source",
    "instructions": "benchmarks.instructions:instructions",
    "llm_instructions": "benchmarks.instructions:llm_instructions",
    "avalanche": "benchmarks.avalanche_import:avalanche",
}, "protocol": {
    # a stream built by Avalanche, replayed under clbench's contract (its protocol_args.kind is the family)
    "avalanche": "benchmarks.avalanche_import:avalanche_protocol",
}}


TABLE["modules"] = unlisted_modules(__file__, "benchmarks", TABLE)
