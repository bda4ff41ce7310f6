"""clbench/stats.py: the t interval and the paired test the board and `clbench compare` use."""

from __future__ import annotations

import math

import pytest
from scipy import stats as sps

from clbench import stats


def test_t_interval_is_the_student_t_interval_of_the_mean():
    vals = [0.5, 0.6, 0.8]
    m, s = sum(vals) / 3, math.sqrt(sum((v - sum(vals) / 3) ** 2 for v in vals) / 2)
    half = sps.t.ppf(0.975, 2) * s / math.sqrt(3)  # t quantile with n-1 degrees of freedom, sample std
    assert stats.t_interval(vals) == pytest.approx((m - half, m + half))
    assert stats.t_interval([0.5]) is None and stats.t_interval([None, 0.4]) is None
    assert stats.t_interval([0.3, 0.3, 0.3]) == (0.3, 0.3)


def test_paired_test_pairs_by_seed_not_by_position():
    a = {0: 0.5, 1: 0.7, 2: 0.9}
    b = {2: 0.88, 0: 0.49, 1: 0.695}  # just below a on every seed, listed in another order
    res = stats.paired(a, b)
    assert res.seeds == (0, 1, 2) and res.deltas == pytest.approx((-0.01, -0.005, -0.02))
    assert res.p == pytest.approx(sps.ttest_rel([0.49, 0.695, 0.88], [0.5, 0.7, 0.9]).pvalue)
    assert res.interval == pytest.approx(stats.t_interval([-0.01, -0.005, -0.02]))
    assert res.mean == pytest.approx(-0.035 / 3)


def test_fewer_than_three_shared_seeds_is_not_tested_and_missing_values_drop_a_seed():
    res = stats.paired({0: 0.5, 1: 0.6, 2: None}, {0: 0.4, 1: 0.5, 2: 0.1, 3: 0.2})
    assert res.seeds == (0, 1) and not res.tested and not res.significant and res.p is None
    assert stats.paired({0: 0.5}, {1: 0.5}).mean is None


def test_a_constant_difference_has_zero_variance():
    same = stats.paired({0: 0.5, 1: 0.6, 2: 0.7}, {0: 0.5, 1: 0.6, 2: 0.7})
    assert same.p == 1.0 and not same.significant
    shifted = stats.paired({0: 0.25, 1: 0.5, 2: 0.75}, {0: 0.5, 1: 0.75, 2: 1.0})  # exact in binary
    assert shifted.p == 0.0 and shifted.significant


def test_significance_is_at_the_stated_level():
    a = {0: 0.50, 1: 0.70, 2: 0.90, 3: 0.60}
    b = {0: 0.40, 1: 0.62, 2: 0.85, 3: 0.45}
    res = stats.paired(a, b)
    assert res.p < stats.ALPHA and res.significant
    b2 = {0: 0.60, 1: 0.50, 2: 0.88, 3: 0.61}
    assert not stats.paired(a, b2).significant
