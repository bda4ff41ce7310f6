"""Mamba-FSCIL (methods/mamba_fscil.py, methods/common/selective_scan.py): the scan, the ETF head and DR loss,
the zero-start novel branch, frozen base logits, the class-sensitive losses and the session data."""

from __future__ import annotations

import math

import pytest
import torch
from builders import blob_images

import methods.mamba_fscil as mf
from clbench.errors import ClbenchError
from clbench.protocols.incremental import few_shot_class_incremental
from clbench.registry import build_method, check_compatible
from clbench.scenario import LabelledData
from methods.common.selective_scan import SelectiveSSM, selective_scan_parallel, selective_scan_sequential


def _data(n_classes: int = 6, per_class: int = 40, side: int = 8) -> LabelledData:
    return blob_images(n_classes, per_class, side, n_test_per_class=6, noise=30)


def _scenario():
    return few_shot_class_incremental(_data(), seed=0, base_classes=4, ways=1, shots=3)


def _mamba(s, **kw):
    torch.manual_seed(0)
    opts = {"backbone": {"name": "cnn", "channels": [4, 8]}, "feat_size": 2, "d_state": 4, "dt_rank": 2,
            "base_epochs": 2, "batch_size": 16, "inc_steps": 6, "inc_batch_size": 4}
    return build_method("mamba_fscil", s.info(), {**opts, **kw})


def _scan_inputs(b=2, d=3, n=4, L=5, seed=0):
    g = torch.Generator().manual_seed(seed)
    u = torch.randn(b, d, L, generator=g)
    delta = torch.nn.functional.softplus(torch.randn(b, d, L, generator=g))
    A = -torch.rand(d, n, generator=g) * 2 - 0.1
    B, C = torch.randn(b, n, L, generator=g), torch.randn(b, n, L, generator=g)
    return u, delta, A, B, C, torch.randn(d, generator=g), torch.randn(b, d, L, generator=g)


def test_the_parallel_scan_equals_the_recurrence():
    for seed in range(3):
        args = _scan_inputs(seed=seed)
        assert torch.allclose(selective_scan_parallel(*args), selective_scan_sequential(*args), atol=1e-5)
        assert torch.allclose(selective_scan_parallel(*args[:5]), selective_scan_sequential(*args[:5]), atol=1e-5)


def test_the_recurrence_by_hand_on_two_steps():
    u = torch.tensor([[[2.0, -1.0]]])
    delta = torch.tensor([[[0.5, 0.25]]])
    A = torch.tensor([[-1.0]])
    B, C = torch.tensor([[[1.5, 2.0]]]), torch.tensor([[[0.5, 3.0]]])
    D, z = torch.tensor([0.1]), torch.tensor([[[1.0, -2.0]]])
    h0 = 0.5 * 1.5 * 2.0
    h1 = math.exp(0.25 * -1.0) * h0 + 0.25 * 2.0 * -1.0
    silu = torch.nn.functional.silu
    want = torch.tensor([(0.5 * h0 + 0.1 * 2.0) * float(silu(torch.tensor(1.0))),
                         (3.0 * h1 + 0.1 * -1.0) * float(silu(torch.tensor(-2.0)))])
    for scan in (selective_scan_sequential, selective_scan_parallel):
        assert torch.allclose(scan(u, delta, A, B, C, D, z)[0, 0], want, atol=1e-6)


def test_the_ssm_block_is_causal_and_its_two_scan_forms_agree():
    torch.manual_seed(0)
    block = SelectiveSSM(6, d_state=4, dt_rank=2)
    x = torch.randn(2, 7, 6)
    y, p = block(x)
    x2 = x.clone()
    x2[:, 4:] += torch.randn(2, 3, 6)  # change only the future of position 3
    y2, _ = block(x2)
    assert torch.allclose(y[:, :4], y2[:, :4], atol=1e-6) and not torch.allclose(y[:, 4:], y2[:, 4:])
    block.parallel = not block.parallel
    assert torch.allclose(block(x)[0], y, atol=1e-5)
    assert p["z"].shape == (2, 6, 7) and p["dt"].shape == (2, 2, 7) and p["B"].shape == p["C"].shape == (2, 4, 7)


def test_the_ssm_block_is_mamba_s6_with_s4d_real_a_by_hand():
    torch.manual_seed(1)
    block = SelectiveSSM(4, d_state=3, dt_rank=2)
    assert torch.equal(block.A_log[0], torch.log(torch.tensor([1.0, 2.0, 3.0])))  # S4D-real: A = -(1..N)
    x = torch.randn(2, 5, 4)
    xz = block.in_proj(x).transpose(1, 2)
    u, z = xz[:, :4], xz[:, 4:]
    u = torch.nn.functional.silu(block.conv1d(u)[..., :5])
    dbc = block.x_proj(u.transpose(1, 2))
    dt, B, C = dbc[..., :2], dbc[..., 2:5], dbc[..., 5:]
    delta = torch.nn.functional.softplus(dt @ block.dt_proj.weight.T + block.dt_proj.bias).transpose(1, 2)
    A = -torch.arange(1.0, 4.0).repeat(4, 1)
    want = selective_scan_sequential(u, delta, A, B.transpose(1, 2), C.transpose(1, 2), torch.ones(4), z)
    assert torch.allclose(block(x)[0], want.transpose(1, 2), atol=1e-5)


def test_the_learner_predicts_the_same_with_either_scan_form():
    s = _scenario()
    m = _mamba(s)
    m.train_experience(s[0])
    m.train_experience(s[1])
    x = s[0].test_x
    seq = m.predict(x)
    for branch in (m.base_branch, m.new_branch):
        branch.ssm.parallel = True
    assert torch.allclose(m.predict(x), seq, atol=1e-4)
    assert _mamba(s, scan="parallel").base_branch.ssm.parallel
    with pytest.raises(ClbenchError, match="unknown scan"):
        _mamba(s, scan="fft")


def test_etf_columns_are_unit_and_equiangular_and_the_dr_loss_is_by_hand():
    W = mf.etf_classifier(8, 5, torch.Generator().manual_seed(0))
    gram = W.T @ W
    assert torch.allclose(gram.diagonal(), torch.ones(5), atol=1e-5)
    off = gram[~torch.eye(5, dtype=torch.bool)]
    assert torch.allclose(off, torch.full_like(off, -1 / 4), atol=1e-5)
    f = torch.tensor([[3.0, 4.0], [1.0, 0.0]])
    t = torch.tensor([[1.0, 0.0], [0.0, 1.0]])
    assert math.isclose(float(mf.dr_loss(f, t)), 0.5 * ((0.6 - 1) ** 2 + (0 - 1) ** 2) / 2, rel_tol=1e-6)
    with pytest.raises(ClbenchError, match="feature width"):
        mf.etf_classifier(4, 5, torch.Generator())


def test_separation_loss_by_hand():
    param = torch.zeros(4, 2, 3)
    param[:2, 0] = 1.0  # base rows point along e0
    param[2:, 0], param[2:, 1] = 1.0, 1.0  # novel rows along (e0 + e1)
    base = torch.tensor([True, True, False, False])
    s = 1 / math.sqrt(2)
    assert math.isclose(float(mf.separation_loss(param, base, ~base)), (0 + 0 + 2 * s) / 4, rel_tol=1e-5)


def test_the_neck_is_the_base_branch_plus_the_pooled_identity_then_plus_the_novel_branch():
    s = _scenario()
    m = _mamba(s)
    m.train_experience(s[0])
    fmap = m.maps(s[0].test_x[:5])
    out, p = m.neck(fmap)
    assert p == {} and torch.allclose(out, m.base_branch(fmap)[0] + fmap.mean((2, 3)), atol=1e-6)
    m.train_experience(s[1])
    out, _ = m.neck(fmap)
    want = m.base_branch(fmap)[0] + fmap.mean((2, 3)) + m.new_branch(fmap)[0]
    assert torch.allclose(out, want, atol=1e-6)


def test_the_novel_branch_starts_at_exactly_zero_and_the_base_logits_never_move():
    s = _scenario()
    m = _mamba(s)
    m.train_experience(s[0])
    x = torch.cat([e.test_x for e in s])
    base_logits = m.predict(x)
    m.new_branch = m.new_branch_init()
    _, p = m.neck(m.maps(x))
    assert torch.equal(p["z"], torch.zeros_like(p["z"]))
    assert torch.equal(m.predict(x), base_logits)  # zero gate: nothing moves at the start
    m.new_branch = None
    trunk = [q.clone() for q in m.trunk.parameters()]
    for e in s.experiences[1:]:
        m.train_experience(e)
    assert all(torch.equal(a, b) for a, b in zip(trunk, m.trunk.parameters()))
    after = m.predict(x)
    seen_before = torch.isfinite(base_logits[0])
    assert not torch.allclose(after[:, seen_before], base_logits[:, seen_before])  # the novel branch acts
    m.use_new_branch = False  # disabled: the base classes' logits are exactly those of the base session
    assert torch.equal(m.predict(x)[:, seen_before], base_logits[:, seen_before])


def test_session_loss_is_dr_plus_suppression_plus_separation(monkeypatch):
    s = _scenario()
    m = _mamba(s, feat_mixup_prob=0.0, w_supp=3.0, w_supp_novel=0.5, w_sep=0.2, with_len=False)
    m.train_experience(s[0])
    m.new_branch = m.new_branch_init()
    with torch.no_grad():  # a gate that is not zero, so every term is visible
        m.new_branch.ssm.in_proj.weight.normal_()
    fmap = m.maps(torch.cat([s[0].train_x[:4], s[1].train_x]))
    y = torch.cat([s[0].train_y[:4], s[1].train_y])
    loss = m.session_loss(fmap, y, torch.Generator().manual_seed(0))
    out, p = m.neck(fmap)
    base = torch.isin(y, torch.tensor(m.base_classes))
    z = p["z"]
    want = (10.0 * mf.dr_loss(out, m.etf[:, y].T) + 3.0 * torch.norm(z[base]) / z[base].numel()
            - 0.5 * torch.norm(z[~base]) / z[~base].numel()
            + 0.2 * sum(mf.separation_loss(p[k], base, ~base) for k in ("dt", "B", "C")))
    assert torch.isclose(loss, want, rtol=1e-5)
    assert set(m.last_losses) == {"dr", "supp_base", "supp_novel", "sep"}


def test_base_means_the_base_session_classes_in_every_later_session():
    s = _scenario()
    m = _mamba(s, feat_mixup_prob=0.0, w_supp=3.0, w_supp_novel=0.0, w_sep=0.0)
    m.train_experience(s[0])
    m.train_experience(s[1])  # session 1's class is now an earlier class, but still novel
    with torch.no_grad():
        m.new_branch.ssm.in_proj.weight.normal_()
    x = torch.cat([s[0].train_x[:4], s[1].train_x, s[2].train_x])
    y = torch.cat([s[0].train_y[:4], s[1].train_y, s[2].train_y])
    fmap = m.maps(x)
    m.session_loss(fmap, y, torch.Generator().manual_seed(0))
    _, p = m.neck(fmap)
    base = torch.isin(y, torch.tensor(list(s[0].classes)))
    z = p["z"]
    assert math.isclose(m.last_losses["supp_base"], float(3.0 * torch.norm(z[base]) / z[base].numel()), rel_tol=1e-5)


def test_feature_mixup_uses_the_fixed_ratio_on_both_labels():
    s = _scenario()
    m = _mamba(s, feat_mixup_prob=1.0, feat_mixup=0.3, w_supp=0.0, w_supp_novel=0.0, w_sep=0.0, with_len=False)
    m.train_experience(s[0])
    m.new_branch = m.new_branch_init()
    fmap, y = m.maps(s[0].train_x[:6]), s[0].train_y[:6]
    g = torch.Generator().manual_seed(5)
    loss = m.session_loss(fmap, y, g)
    ref = torch.Generator().manual_seed(5)
    torch.rand(1, generator=ref)
    perm = torch.randperm(6, generator=ref)
    out, _ = m.neck(fmap)
    mixed = 0.3 * out + 0.7 * out[perm]
    want = 10.0 * (0.3 * mf.dr_loss(mixed, m.etf[:, y].T) + 0.7 * mf.dr_loss(mixed, m.etf[:, y[perm]].T))
    assert torch.isclose(loss, want, rtol=1e-5)


def test_a_session_trains_on_its_shots_plus_one_mean_map_per_earlier_class(monkeypatch):
    s = _scenario()
    m = _mamba(s)
    m.train_experience(s[0])
    for c in s[0].classes:
        assert torch.allclose(m.class_maps[c], m.maps(s[0].train_x[s[0].train_y == c]).mean(0))
    m.train_experience(s[1])
    seen = {}
    real, real_official = mf.minibatch_loop, mf.train_loop

    def spy(x, y, **kw):
        seen["x"], seen["y"] = x, y
        return real(x, y, **kw)

    def spy_official(data, *args, **kw):  # the default: the official fixed-step loop
        seen["x"], seen["y"] = data
        return real_official(data, *args, **kw)

    monkeypatch.setattr(mf, "minibatch_loop", spy)
    monkeypatch.setattr(mf, "train_loop", spy_official)
    m.train_experience(s[2])
    earlier = list(s[0].classes) + list(s[1].classes)
    assert sorted(seen["y"].tolist()) == sorted(s[2].train_y.tolist() + earlier)
    assert torch.equal(seen["x"][: s[2].n_train], m.maps(s[2].train_x))
    for i, c in enumerate(seen["y"][s[2].n_train:].tolist()):
        assert torch.equal(seen["x"][s[2].n_train + i], m.class_maps[c])
    assert m.cost()["exemplars"] == 0 and m.cost()["memory_bytes"] == 6 * m.class_maps[0].numel() * 4


def test_ncm_baseline_scores_the_cosine_to_each_class_mean_neck_output():
    s = _scenario()
    m = _mamba(s, incremental="ncm")
    for e in s:
        m.train_experience(e)
    assert m.new_branch is None
    x = s[0].test_x
    out, _ = m.neck(m.maps(x))
    f = torch.nn.functional.normalize(out, dim=1)
    for e in s:  # base classes from all their data, novel ones from their shots
        for c in e.classes:
            o, _ = m.neck(m.maps(e.train_x[e.train_y == c]))
            assert torch.allclose(m.ncm[c], torch.nn.functional.normalize(o, dim=1).mean(0), atol=1e-6)
    want = f @ torch.nn.functional.normalize(m.ncm, dim=1).T
    assert torch.allclose(m.predict(x), want, atol=1e-5)


def test_mamba_fscil_needs_a_few_shot_stream_and_the_cnn_trunk():
    with pytest.raises(ClbenchError, match="does not support the class_incremental"):
        check_compatible("mamba_fscil", {"name": "split_mnist", "protocol": "class_incremental"})
    with pytest.raises(ClbenchError, match="cnn trunk"):
        _mamba(_scenario(), backbone="mlp")


# ---------------------------------------------------------------------------- the official incremental recipe
def test_with_len_weights_every_class_in_the_batch_equally_as_the_official_rectified_targets():
    y = torch.tensor([0, 0, 0, 1, 2, 2])
    w = mf.class_count_weights(y)
    assert torch.allclose(w, torch.tensor([2 / 3, 2 / 3, 2 / 3, 2.0, 1.0, 1.0]))  # gamma = 6 / 3 classes
    assert all(math.isclose(float(w[y == c].sum()), 2.0, rel_tol=1e-6) for c in (0, 1, 2))
    # official: each ETF target scaled by sqrt(gamma / count), the DR loss's m_norm2 = that target's norm
    g = torch.Generator().manual_seed(0)
    etf = mf.etf_classifier(8, 3, g)
    f = torch.randn(6, 8, generator=g)
    target = etf[:, y].T * w.sqrt()[:, None]
    dot = (torch.nn.functional.normalize(f, dim=1) * target).sum(1)
    official = 0.5 * ((dot - target.norm(dim=1)) ** 2).mean()
    assert torch.isclose(mf.dr_loss(f, etf[:, y].T, w), official, rtol=1e-5)
    assert not torch.isclose(mf.dr_loss(f, etf[:, y].T), official, rtol=1e-3)


def test_with_len_rectifies_both_mixup_terms_by_their_own_labels():
    s = _scenario()
    m = _mamba(s, with_len=True, feat_mixup_prob=1.0, feat_mixup=0.3, w_supp=0.0, w_supp_novel=0.0, w_sep=0.0)
    m.train_experience(s[0])
    m.new_branch = m.new_branch_init()
    fmap, y = m.maps(s[0].train_x[:7]), s[0].train_y[:7]
    assert len(torch.unique(torch.unique(y, return_counts=True)[1])) > 1  # unequal counts: the weights matter
    loss = m.session_loss(fmap, y, torch.Generator().manual_seed(5))
    ref = torch.Generator().manual_seed(5)
    torch.rand(1, generator=ref)
    perm = torch.randperm(7, generator=ref)
    out, _ = m.neck(fmap)
    mixed = 0.3 * out + 0.7 * out[perm]
    w = mf.class_count_weights
    want = 10.0 * (0.3 * mf.dr_loss(mixed, m.etf[:, y].T, w(y))
                   + 0.7 * mf.dr_loss(mixed, m.etf[:, y[perm]].T, w(y[perm])))
    assert torch.isclose(loss, want, rtol=1e-5)


def test_the_cooldown_cosine_schedule_is_mmcls_with_mmcv_linear_warmup():
    f = mf.cooldown_cosine_factor
    total = 200

    def cos(t):  # cosine from 1 to 0.01 over the first total - 5 steps
        return 0.01 + 0.99 * 0.5 * (math.cos(math.pi * t / 195) + 1)

    assert math.isclose(f(1, total), cos(1) * (1 - (1 - 1 / 5) * 0.9))  # warmup starts at ~0.1 of the lr
    assert math.isclose(f(4, total), cos(4) * (1 - (1 - 4 / 5) * 0.9))
    assert math.isclose(f(5, total), cos(5))  # warmup over
    assert math.isclose(f(195, total), 0.01)  # the cosine's end
    assert all(math.isclose(f(t, total), 0.001) for t in range(196, 201))  # the cool-down steps
    assert all(f(t, total) > f(t + 1, total) for t in range(5, 195))


def test_the_official_loop_takes_exactly_inc_steps_full_batches_at_the_scheduled_lr():
    s = _scenario()
    m = _mamba(s, inc_schedule="cosine_cooldown", inc_drop_last=True, inc_batch_size=4, inc_steps=12, inc_lr=0.2)
    m.train_experience(s[0])
    lrs, sizes = [], []
    from torch.optim.optimizer import register_optimizer_step_pre_hook

    handle = register_optimizer_step_pre_hook(lambda opt, a, k: lrs.append(opt.param_groups[0]["lr"]))
    real = m.session_loss
    m.session_loss = lambda fmap, y, g: (sizes.append(len(y)), real(fmap, y, g))[1]
    try:
        m.train_experience(s[1])  # 3 shots + 4 base means = 7 samples: batches of 4, the ragged 3 dropped
    finally:
        handle.remove()
    assert len(lrs) == 12 and sizes == [4] * 12
    assert all(math.isclose(lr, 0.2 * mf.cooldown_cosine_factor(k + 1, 12)) for k, lr in enumerate(lrs))
