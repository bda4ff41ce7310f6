"""Built-in protocols: functions from a :class:`~clbench.scenario.LabelledData` to a Scenario.

Each module holds one family of protocols. ``TABLE`` registers them with :mod:`clbench.registry` (through
the ``clbench.tables`` entry point ``protocols = "clbench.protocols:TABLE"``) as lazy targets, so naming a
protocol imports its module only, and this package's ``__init__`` imports nothing. ``task_ids_at_test``
is declared data: whether a benchmark of that protocol family gives task ids at test time unless its
``protocol_args.task_ids_at_test`` says otherwise.
"""

TABLE = {"protocol": {
    "class_incremental": "clbench.protocols.incremental:class_incremental",
    "task_incremental": {"target": "clbench.protocols.incremental:task_incremental", "task_ids_at_test": True},
    "domain_incremental": "clbench.protocols.incremental:domain_incremental",
    "few_shot_class_incremental": "clbench.protocols.incremental:few_shot_class_incremental",
    "online_class_incremental": "clbench.protocols.online:online_class_incremental",
    "si_blurry": "clbench.protocols.blurry:si_blurry",
    "cir": "clbench.protocols.repetition:cir",
    "gilcd": "clbench.protocols.drift:gilcd",
    "instruction_stream": "clbench.protocols.text:instruction_stream",
}}
