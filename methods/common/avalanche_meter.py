"""Counting an Avalanche strategy's training through clbench's compute meter (:mod:`clbench.compute`).

An Avalanche strategy trains in its own loop (``strategy.train``), whose algorithm lives in plugin callbacks,
so the engine's loop helper cannot wrap its batches. Two plugins bracket every training iteration instead:
:class:`MeterOpen`, placed *first* in ``strategy.plugins``, opens a :meth:`ComputeMeter.counting` block in
``before_training_iteration``; :class:`MeterClose`, placed *last*, closes it in ``after_training_iteration``.
Everything between — every plugin's ``before_training_iteration`` (GEM's and A-GEM's gradients on memory), the
forward (DER's replayed logits batch concatenated in ``before_forward``), LwF's teacher, the backward, the
gradient projections, the update — is one counted batch, measured under ``FlopCounterMode`` on the first
batch of each shape per experience like the engine's own batches; the experience's first iteration is always
measured on its own (one-time work in a callback, such as iCaRL's extra forward that reads the sizes, must not
be multiplied by the batches that follow).

Work a strategy does once per experience outside its iterations is training compute too: EWC's Fisher pass,
iCaRL's herding and class means, DER's stored logits, GDumb's and GEM's buffer updates. It is counted by a
:class:`clbench.compute_passes.PassCounter` (each outermost call of the model, of a submodule or of the
criterion is a cost class measured once per pass: the same count a plain ``FlopCounterMode`` over every op
gives, ``exact_passes=True``, without Python dispatch of every op) from the start of ``train`` to the first
iteration and from each ``after_training_epoch`` (``MeterOpen`` first) to the next iteration or the end, and is
added as FLOPs only (no batch, sample or step). Between two iterations of an
epoch only the data loader runs (indexing and stacking: no counted FLOPs), so no counter is open there: a
counter would put each of those ops through Python dispatch.

``samples`` of an iteration is the mini-batch the strategy's loop formed, ``len(strategy.mb_x)`` at
``before_training_iteration``: the experience's samples, and for Replay (Avalanche's ``ReplayDataLoader``
concatenates a memory batch into each batch) and iCaRL (exemplars concatenated to the experience's data) the
replayed exemplars mixed into it; GDumb's batches are its buffer. DER, GEM and A-GEM draw memory outside the
batch (later callbacks), so theirs are the experience's samples only. A ``benchmark.budget=samples:N``
therefore holds Replay and iCaRL to a stricter cap than clbench's own ER, whose memory samples are not
counted; a FLOPs budget counts every strategy alike.
"""

from __future__ import annotations

from avalanche.core import SupervisedPlugin

from clbench.compute import ComputeMeter, shape_key
from clbench.compute_passes import PassCounter


class StrategyMeter:
    """The open counting state of one ``strategy.train`` call (see the module docstring)."""

    def __init__(self, meter: ComputeMeter, exact_passes: bool = False):
        self.meter = meter
        self.exact_passes = exact_passes  # count the passes op by op (the reference the tests compare with)
        self.iteration = None  # the open ComputeMeter.counting block of one iteration
        self.background: PassCounter | None = None  # the open counter of once-per-experience work
        self.background_flops = 0

    def open_iteration(self, strategy) -> None:
        self.close_background()
        # the first iteration of an experience is a cost class of its own: a plugin may do one-time work in
        # it (iCaRL's before_forward runs one extra forward on the very first batch to learn the sizes)
        first = strategy.clock.train_exp_iterations == 0
        block = self.meter.counting("train", key=(*shape_key(strategy.mb_x, strategy.mb_y), first),
                                    samples=len(strategy.mb_x))
        block.__enter__()  # raises BudgetExceeded before the batch runs when it would overrun
        self.iteration = block

    def close_iteration(self, error: BaseException | None = None) -> None:
        block, self.iteration = self.iteration, None
        if block is not None:  # an iteration that raised is not counted
            block.__exit__(*((type(error), error, error.__traceback__) if error else (None, None, None)))

    def open_background(self) -> None:
        if self.background is None:
            self.background = PassCounter(exact=self.exact_passes).__enter__()

    def close_background(self) -> None:
        counter, self.background = self.background, None
        if counter is not None:
            counter.__exit__(None, None, None)
            self.background_flops += counter.flops


class MeterOpen(SupervisedPlugin):
    """First plugin: opens each iteration's counted batch; after an epoch, counts once-per-experience work."""

    def __init__(self, state: StrategyMeter):
        super().__init__()
        self.state = state

    def before_training_iteration(self, strategy, **kwargs) -> None:
        self.state.open_iteration(strategy)

    def after_training_epoch(self, strategy, **kwargs) -> None:
        self.state.open_background()


class MeterClose(SupervisedPlugin):
    """Last plugin: closes the iteration's counted batch after every other plugin's callback ran."""

    def __init__(self, state: StrategyMeter):
        super().__init__()
        self.state = state

    def after_training_iteration(self, strategy, **kwargs) -> None:
        self.state.close_iteration()


def train_metered(strategy, meter: ComputeMeter | None, train, exact_passes: bool = False) -> None:
    """Run ``train()`` (which calls ``strategy.train``) with its iterations and once-per-experience work counted
    by ``meter``; without a meter just run it. The two plugins are removed afterwards, whatever happens, so a
    checkpoint never holds them and a failed step leaves no counter open."""
    if meter is None:
        train()
        return
    state = StrategyMeter(meter, exact_passes)
    opener, closer = MeterOpen(state), MeterClose(state)
    strategy.plugins.insert(0, opener)
    strategy.plugins.append(closer)
    state.open_background()
    try:
        train()
    except BaseException as e:
        state.close_iteration(e)
        raise
    finally:
        state.close_iteration()
        state.close_background()
        strategy.plugins[:] = [p for p in strategy.plugins if p is not opener and p is not closer]
    meter.add("train", state.background_flops, samples=0, optimizer_steps=0, batches=0)
