"""In-tree methods, one file each; every module registers its learner with ``@register_method``."""
