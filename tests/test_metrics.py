"""Metrics against hand-computed matrices."""

import pytest

from clbench import metrics as M

R = [
    [0.9, 0.1, 0.0],
    [0.6, 0.8, 0.2],
    [0.5, 0.7, 0.9],
]
BASE = [0.1, 0.05, 0.1]


def test_final_and_average_incremental():
    assert M.final_average_accuracy(R) == pytest.approx((0.5 + 0.7 + 0.9) / 3)
    assert M.average_incremental_accuracy(R) == pytest.approx((0.9 + (0.6 + 0.8) / 2 + (0.5 + 0.7 + 0.9) / 3) / 3)


def test_forgetting_uses_the_best_past_accuracy():
    # task 0: best of R[0][0], R[1][0] = 0.9 → 0.4; task 1: best R[1][1] = 0.8 → 0.1
    assert M.forgetting(R) == pytest.approx((0.4 + 0.1) / 2)
    improved = [[0.5, 0.0], [0.9, 0.9]]
    assert M.forgetting(improved) == pytest.approx(-0.4)  # negative forgetting: the task got better
    before = [[0.9, 0.95], [0.9, 0.5]]  # accuracy on task 1 *before* learning it is not counted
    assert M.forgetting(before) == pytest.approx(0.0)


def test_bwt_and_fwt():
    assert M.backward_transfer(R) == pytest.approx(((0.5 - 0.9) + (0.7 - 0.8)) / 2)
    assert M.forward_transfer(R, BASE) == pytest.approx(((0.1 - 0.05) + (0.2 - 0.1)) / 2)
    assert M.forward_transfer(R, None) is None


def test_single_experience_has_no_transfer_metrics():
    m = M.all_metrics([[0.7]], [0.1])
    assert m["final_average_accuracy"] == 0.7 and m["forgetting"] is None and m["bwt"] is None and m["fwt"] is None


def test_a_auc_is_the_mean_of_the_anytime_curve_ignoring_nan():
    assert M.area_under_accuracy_curve([0.2, 0.4, float("nan"), 0.6]) == pytest.approx(0.4)
    assert M.all_metrics(R, BASE, [0.5, 0.7])["a_auc"] == pytest.approx(0.6)


def test_non_square_matrix_is_rejected():
    with pytest.raises(ValueError, match="square"):
        M.final_average_accuracy([[0.1, 0.2]])
