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


# ---------------------------------------------------------------------- pinned steps (issue #15)
# A 4-experience matrix built so every step of every definition changes the number: the best earlier accuracy
# on task 0 sits in row 1 (neither row 0 nor the last row), task 1's in row 2, rows differ everywhere, and the
# untrained baseline differs from the accuracy of the previous row on every column.
R4 = [
    [0.50, 0.20, 0.10, 0.05],
    [0.90, 0.60, 0.30, 0.15],
    [0.70, 0.80, 0.40, 0.25],
    [0.30, 0.45, 0.35, 0.65],
]
B4 = [0.11, 0.07, 0.13, 0.02]


def test_forgetting_takes_the_max_over_every_step_from_the_tasks_own_on():
    # task 0: max(0.5, 0.9, 0.7) = 0.9 (row 1) → 0.6; task 1: max(0.6, 0.8) = 0.8 (row 2) → 0.35;
    # task 2: 0.4 → 0.05. A max from row 0 only, from the diagonal only, or including the last row all differ.
    assert M.forgetting(R4) == pytest.approx((0.6 + 0.35 + 0.05) / 3)


def test_bwt_is_last_row_minus_diagonal_over_the_first_t_minus_1_tasks():
    assert M.backward_transfer(R4) == pytest.approx(((0.30 - 0.50) + (0.45 - 0.60) + (0.35 - 0.40)) / 3)


def test_fwt_compares_the_row_before_each_task_with_that_tasks_baseline():
    # R[j-1][j] - b_j for j = 1..3: (0.20 - 0.07), (0.30 - 0.13), (0.25 - 0.02)
    assert M.forward_transfer(R4, B4) == pytest.approx(((0.20 - 0.07) + (0.30 - 0.13) + (0.25 - 0.02)) / 3)


def test_final_and_incremental_accuracy_on_four_experiences():
    assert M.final_average_accuracy(R4) == pytest.approx((0.30 + 0.45 + 0.35 + 0.65) / 4)
    rows = [0.50, (0.90 + 0.60) / 2, (0.70 + 0.80 + 0.40) / 3, (0.30 + 0.45 + 0.35 + 0.65) / 4]
    assert M.average_incremental_accuracy(R4) == pytest.approx(sum(rows) / 4)


def test_a_auc_weights_by_samples_and_drops_points_before_any_class():
    # uneven spacing: 100, 50, 250 samples between points; a NaN point is left out with its samples
    assert M.area_under_accuracy_curve([0.2, 0.8, 0.5], [100, 150, 400]) == pytest.approx(
        (0.2 * 100 + 0.8 * 50 + 0.5 * 250) / 400)
    assert M.area_under_accuracy_curve([float("nan"), 0.6, 0.9], [10, 40, 50]) == pytest.approx(
        (0.6 * 30 + 0.9 * 10) / 40)
    assert M.area_under_accuracy_curve([float("nan")]) is None
    m = M.all_metrics(R4, B4, [0.2, 0.8, 0.5], [100, 150, 400])
    assert m["a_auc"] == pytest.approx((0.2 * 100 + 0.8 * 50 + 0.5 * 250) / 400)
    assert "a_auc" not in M.all_metrics(R4, B4)  # offline streams have no anytime curve


def test_all_metrics_maps_every_key_to_its_function():
    m = M.all_metrics(R4, B4)
    assert m == {"final_average_accuracy": M.final_average_accuracy(R4),
                 "average_incremental_accuracy": M.average_incremental_accuracy(R4),
                 "forgetting": M.forgetting(R4), "bwt": M.backward_transfer(R4), "fwt": M.forward_transfer(R4, B4)}
    assert len(set(m.values())) == 5  # R4 makes every metric different: a swapped key cannot pass


def test_two_experiences_are_enough_for_transfer_metrics():
    R2 = [[0.8, 0.3], [0.5, 0.9]]
    assert M.forgetting(R2) == pytest.approx(0.3)
    assert M.backward_transfer(R2) == pytest.approx(-0.3)
    assert M.forward_transfer(R2, [0.0, 0.1]) == pytest.approx(0.2)


def test_si_blurry_class_forgetting_is_the_best_earlier_minus_final_per_class():
    # per-class accuracies at the end of 4 tasks; class 3 first exposed at the last task (nothing to forget),
    # class 2 exposed but never recognised before the end (best earlier 0: left out, as in the official code)
    points = [
        {0: 0.9, 1: 0.2},
        {0: 0.6, 1: 0.7, 2: 0.0},
        {0: 0.5, 1: 0.4, 2: 0.0},
        {0: 0.1, 1: 0.6, 2: 0.5, 3: 0.8},
    ]
    # class 0: best 0.9 (task 0, not the one before the end) → 0.8; class 1: best 0.7 (task 1) → 0.1
    assert M.class_forgetting(points) == pytest.approx((0.8 + 0.1) / 2)
    # a class absent from the last point scores 0 there; one point has no forgetting
    assert M.class_forgetting([{0: 0.5}, {}]) == pytest.approx(0.5)
    assert M.class_forgetting([{0: 0.5}]) is None
    assert M.class_forgetting([{0: 0.0}, {0: 0.3}]) is None  # nothing was ever known: undefined, not 0
    assert M.class_forgetting([{0: 0.4}, {0: 0.9}]) == pytest.approx(-0.5)  # a class may improve


def test_forgetting_ignores_accuracy_on_a_task_before_it_was_learnt_at_t3():
    # task 1 scores 0.95 by chance after task 0 (row 0), learns to 0.6, ends at 0.5: it forgot 0.1, not 0.45
    R3 = [[0.8, 0.95, 0.2], [0.7, 0.6, 0.3], [0.4, 0.5, 0.9]]
    assert M.forgetting(R3) == pytest.approx(((0.8 - 0.4) + (0.6 - 0.5)) / 2)
