"""Built-in protocols: functions from a :class:`~clbench.scenario.LabelledData` to a Scenario.

Importing this package registers them. Each module holds one family of protocols.
"""

from clbench.protocols import (
    blurry,  # noqa: F401
    drift,  # noqa: F401
    incremental,  # noqa: F401
    online,  # noqa: F401
    repetition,  # noqa: F401
    text,  # noqa: F401
)
