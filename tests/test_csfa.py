"""CSFA (methods/csfa.py): training-free calibration, the entropy filter, GSAM's direction, RSGS, source-free state."""

from __future__ import annotations

import math

import pytest
import torch
from builders import blob_images

from clbench.errors import ClbenchError
from clbench.protocols.drift import gilcd
from clbench.registry import build_method, check_compatible
from clbench.scenario import LabelledData
from methods.csfa import calibrate, entropy, gsam_direction, reliable_mask


def _data(n_classes: int = 6, per_class: int = 60, side: int = 6) -> LabelledData:
    return blob_images(n_classes, per_class, side, n_test_per_class=5, noise=20)


def _scenario(**kw):
    return gilcd(_data(), seed=0, n_experiences=3, labelled_fraction=0.3, drift="rotate", **kw)


def _csfa(s, **kw):
    torch.manual_seed(0)
    opts = {"backbone": {"name": "mlp", "hidden": [16]}, "base_epochs": 2, "batch_size": 16}
    return build_method("csfa", s.info(), {**opts, **kw})


def _params(m):
    return [p.detach().clone() for p in m.backbone.parameters()]


def test_calibration_is_the_cosine_softmax_fusion_with_the_base_prototypes():
    p = torch.tensor([[1.0, 0.0, 0.0], [0.0, 2.0, 1.0]])
    base = torch.tensor([[2.0, 0.0, 0.0], [0.0, 0.0, 3.0]])  # different norms: cosine, not dot product
    out = calibrate(p, base, alpha=0.3, tau=2.0)
    for i in range(2):
        cos = torch.tensor([float(torch.nn.functional.cosine_similarity(p[i], b, dim=0)) for b in base])
        w = torch.exp(2.0 * cos) / torch.exp(2.0 * cos).sum()
        assert torch.allclose(out[i], 0.3 * p[i] + 0.7 * (w[0] * base[0] + w[1] * base[1]), atol=1e-6)
    assert torch.equal(calibrate(p, base, alpha=1.0, tau=2.0), p)
    assert not out.requires_grad


def test_entropy_counts_only_finite_classes_and_the_filter_drops_exactly_those_above_the_threshold():
    inf = float("-inf")
    assert math.isclose(float(entropy(torch.tensor([[0.0, 0.0, inf]]))[0]), math.log(2), rel_tol=1e-6)
    logits = torch.tensor([[8.0, 0.0, 0.0, inf], [0.5, 0.0, 0.0, inf], [0.0, 0.0, 0.0, inf], [6.0, 2.0, 0.0, inf],
                           [1.8, 0.0, 0.0, inf]])  # H = 0.73: below 0.6 ln 4, above 0.6 ln 3
    h = entropy(logits)
    threshold = 0.6 * math.log(3)  # K = 3 finite classes
    assert reliable_mask(logits, 0.6).tolist() == (h < threshold).tolist()
    assert reliable_mask(logits, 0.6).tolist() == [True, False, False, True, False]


def test_gsam_direction_subtracts_alpha_times_the_part_of_g_orthogonal_to_the_perturbed_gradient():
    g = [torch.tensor([1.0, 2.0]), torch.tensor([3.0])]
    gp = [torch.tensor([0.0, 1.0]), torch.tensor([1.0])]
    d = gsam_direction(g, gp, alpha_gap=0.5)
    flat_g, flat_gp = torch.tensor([1.0, 2.0, 3.0]), torch.tensor([0.0, 1.0, 1.0])
    perp = flat_g - (flat_g @ flat_gp) / (flat_gp @ flat_gp) * flat_gp
    assert abs(float(perp @ flat_gp)) < 1e-6
    assert torch.allclose(torch.cat(d), flat_gp - 0.5 * perp)
    assert torch.allclose(torch.cat(gsam_direction(g, gp, 0.0)), flat_gp)  # alpha 0: plain SAM


def test_one_rsgs_step_is_the_gsam_step_on_the_reliable_samples_only():
    s = _scenario()
    m = _csfa(s, rho=0.1, alpha_gap=0.3, adapt_lr=0.05, entropy_margin=0.9, batch_size=1000)
    m.train_experience(s[0])
    m.set_prototypes(m.class_means(s[1].train_x, s[1].train_y), set(s[1].new_classes))
    x = s[1].meta["unlabelled_x"][:40]
    with torch.no_grad():
        logits = m.proto_logits(m.features(x))
        k = int(torch.isfinite(logits[0]).sum())
        m.margin = float(entropy(logits).median()) / math.log(k)  # a margin that keeps about half
        keep = reliable_mask(logits, m.margin)
    assert 0 < int(keep.sum()) < len(x)  # the filter bites on this batch
    params = list(m.backbone.parameters())
    w0 = _params(m)

    def loss_at(ws):
        with torch.no_grad():
            for p, w in zip(params, ws):
                p.copy_(w)
        return entropy(m.proto_logits(m.features(x[keep]))).mean()

    grads = torch.autograd.grad(loss_at(w0), params)
    norm = torch.sqrt(sum((gr * gr).sum() for gr in grads))
    grads_p = torch.autograd.grad(loss_at([w + 0.1 * gr / norm for w, gr in zip(w0, grads)]), params)
    expected = [w - 0.05 * d for w, d in zip(w0, gsam_direction(list(grads), list(grads_p), 0.3))]
    loss_at(w0)
    info = m.rsgs(x, torch.Generator().manual_seed(0))
    assert info == {"unlabelled": 40, "reliable": int(keep.sum()), "steps": 1}
    assert all(torch.allclose(p, e, atol=1e-6) for p, e in zip(params, expected))


def test_no_reliable_sample_no_step():
    s = _scenario()
    m = _csfa(s, entropy_margin=0.0)
    m.train_experience(s[0])
    before = _params(m)
    m.train_experience(s[1])
    assert m.log[-1]["rsgs"]["reliable"] == 0 and m.log[-1]["rsgs"]["steps"] == 0
    assert all(torch.equal(a, b) for a, b in zip(before, _params(m)))


def test_later_labelled_samples_train_no_weight_and_calibration_is_training_free_and_source_free():
    s = _scenario()
    m = _csfa(s, adapt=False, calibration_alpha=0.4, calibration_tau=5.0)  # the source-only baseline
    m.train_experience(s[0])
    base_before = m.prototypes[m.base_classes].clone()
    before = _params(m)
    m.train_experience(s[1])
    assert all(torch.equal(a, b) for a, b in zip(before, _params(m)))  # no gradient step after the source model
    means = m.class_means(s[1].train_x, s[1].train_y)
    # the base prototypes as they now stand: re-anchored from this experience's labelled base samples
    base_now = torch.stack([means[b] if b in means else base_before[i] for i, b in enumerate(m.base_classes)])
    assert set(m.base_classes) & set(means) and not torch.allclose(base_now, base_before, atol=1e-4)
    for c in s[1].new_classes:
        want = calibrate(means[c][None], base_now, 0.4, 5.0)[0]
        assert torch.allclose(m.prototypes[c], want, atol=1e-6)
        assert not torch.allclose(m.prototypes[c], calibrate(means[c][None], base_before, 0.4, 5.0)[0], atol=1e-4)
    for c in set(s[1].classes) - set(s[1].new_classes) - set(m.base_classes):
        assert torch.allclose(m.prototypes[c], means[c])
    # source-free: nothing in the learner holds an input-shaped row; the memory is one prototype per class
    shape = tuple(s.input_shape)
    for v in vars(m).values():
        if isinstance(v, torch.Tensor):
            assert tuple(v.shape[1:]) != shape
    assert m.cost()["memory_bytes"] == int(m.has_proto.sum()) * m.prototypes.shape[1] * 4
    assert m.cost()["exemplars"] == 0
    # experience 2: classes that emerged at 1 come back labelled; they are re-anchored, not calibrated
    m.train_experience(s[2])
    means = m.class_means(s[2].train_x, s[2].train_y)
    back = set(s[2].train_y.tolist()) & set(s[1].new_classes)
    assert back
    for c in back:
        assert torch.allclose(m.prototypes[c], means[c], atol=1e-6)


def test_emerging_prototypes_are_calibrated_and_old_labelled_ones_re_anchored_after_rsgs():
    s = _scenario()
    m = _csfa(s, entropy_margin=1.0, adapt_lr=0.05)
    m.train_experience(s[0])
    base_before = m.prototypes[m.base_classes].clone()
    before = _params(m)
    m.train_experience(s[1])
    assert not all(torch.equal(a, b) for a, b in zip(before, _params(m)))  # RSGS moved the backbone
    means = m.class_means(s[1].train_x, s[1].train_y)  # under the adapted backbone
    labelled = set(s[1].train_y.tolist())
    base_now = torch.stack([means[b] if b in means else base_before[i] for i, b in enumerate(m.base_classes)])
    assert labelled & set(s[1].new_classes) and labelled - set(s[1].new_classes)
    for c in labelled:
        if c in s[1].new_classes:
            assert torch.allclose(m.prototypes[c], calibrate(means[c][None], base_now, 0.5, 16.0)[0], atol=1e-5)
        else:
            assert torch.allclose(m.prototypes[c], means[c], atol=1e-6)


def test_csfa_whose_rsgs_takes_no_step_is_exactly_its_source_only_baseline():
    """The ablation is clean: csfa_source_only is csfa minus RSGS and nothing else. With an entropy margin of 0
    no sample is reliable, RSGS takes no step, and every prototype and prediction equals source-only's."""
    s = _scenario()

    def run(**kw):
        m = _csfa(s, entropy_margin=0.0, **kw)  # seeds torch, then the stream right away: the same head init
        out = []
        for t in range(len(s)):
            m.train_experience(s[t])
            out.append((m.prototypes.clone(), m.has_proto.clone(), [m.predict(s[j].test_x) for j in range(t + 1)],
                        m.log[-1]))
        return m, out

    csfa, with_rsgs = run()
    src, without = run(adapt=False)
    for t, ((p, h, preds, log), (p0, h0, preds0, log0)) in enumerate(zip(with_rsgs, without)):
        if t:
            assert log["rsgs"]["steps"] == 0 and "rsgs" not in log0
            labelled = set(s[t].train_y.tolist())  # both kinds of class labelled: step 4 has work to do
            assert labelled & set(s[t].new_classes) and labelled & set(csfa.base_classes)
        assert torch.equal(h, h0) and torch.equal(p, p0)
        assert all(torch.equal(a, b) for a, b in zip(preds, preds0))


def test_a_prototype_write_is_idempotent():
    s = _scenario()
    m = _csfa(s, adapt=False)
    m.train_experience(s[0])
    means, emerging = m.class_means(s[1].train_x, s[1].train_y), set(s[1].new_classes)
    m.set_prototypes(means, emerging)
    once = m.prototypes.clone()
    m.set_prototypes(means, emerging)
    assert torch.equal(m.prototypes, once)


def test_rsgs_uses_the_unlabelled_stream_only():
    s = _scenario()
    m = _csfa(s, entropy_margin=1.0)
    m.train_experience(s[0])
    seen = []
    real = m.rsgs
    m.rsgs = lambda x, g: seen.append(x) or real(x, g)
    m.train_experience(s[1])
    assert len(seen) == 1 and torch.equal(seen[0], s[1].meta["unlabelled_x"])
    m = _csfa(s, entropy_margin=1.0)
    m.train_experience(s[0])
    before = _params(m)
    s[1].meta.pop("unlabelled_x")
    m.train_experience(s[1])
    assert all(torch.equal(a, b) for a, b in zip(before, _params(m)))


def test_predict_scores_only_classes_with_a_prototype():
    s = _scenario()
    m = _csfa(s)
    m.train_experience(s[0])
    logits = m.predict(s[0].test_x)
    finite = torch.isfinite(logits).all(0)
    assert finite.nonzero().flatten().tolist() == m.base_classes


def test_csfa_refuses_streams_without_unlabelled_data_and_bad_options():
    with pytest.raises(ClbenchError, match="does not support the class_incremental"):
        check_compatible("csfa", {"name": "split_mnist", "protocol": "class_incremental"})
    with pytest.raises(ClbenchError, match="entropy_margin must be in"):
        _csfa(_scenario(), entropy_margin=2.0)
