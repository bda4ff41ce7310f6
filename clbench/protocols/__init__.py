"""Built-in protocols: functions from a :class:`~clbench.scenario.LabelledData` to a Scenario.

Importing this package registers them. Each module holds one family of protocols.
"""

from clbench.protocols import incremental  # noqa: F401
from clbench.protocols import blurry  # noqa: F401
from clbench.protocols import online  # noqa: F401
from clbench.protocols import text  # noqa: F401
