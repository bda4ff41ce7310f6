"""Data sources. Each module registers its sources with :func:`clbench.registry.register_source`;
benchmarks themselves are Hydra configs (``conf/benchmark/*.yaml``): a source plus a protocol."""
