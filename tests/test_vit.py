"""Adapter hosts: ViTs (timm, torchvision, clbench's offline tiny ViT) and MobileNetV2 with the shipped
ImageNet weights; local-weights loading; the ImageFolder source; paper-scale configs (loading + one step)."""

from __future__ import annotations

import pytest
import torch
import torchvision

from clbench.errors import ClbenchError
from clbench.nn.adapters import Adapter, MobileNetV2Host, build_host
from methods.common.vit import build_vit_host

TINY_TIMM = {"img_size": 8, "patch_size": 4, "depth": 2, "embed_dim": 16, "num_heads": 2, "in_chans": 1}


def tiny_timm_host(weights: str | None = None, **extra):
    return build_vit_host((1, 8, 8), arch="timm:vit_tiny_patch16_224", weights=weights,
                          arch_args={**TINY_TIMM, **extra})


def test_timm_host_without_adapters_equals_timm_forward():
    host = tiny_timm_host()
    x = torch.rand(5, 1, 8, 8)
    with torch.no_grad():
        ref = host.vit.forward_head(host.vit.forward_features(host.pre(x)), pre_logits=True)
        assert torch.equal(host.upper(host.lower(x, 1), 1, {}), ref)


def test_torchvision_host_without_adapters_equals_encoder_output():
    vit = torchvision.models.VisionTransformer(image_size=16, patch_size=8, num_layers=2, num_heads=2,
                                               hidden_dim=16, mlp_dim=32)
    from methods.common.vit import TorchvisionViTHost

    host = TorchvisionViTHost(vit)
    x = torch.rand(4, 3, 16, 16)
    with torch.no_grad():
        tokens = vit._process_input(host.pre(x))
        ref = vit.encoder(torch.cat([vit.class_token.expand(4, -1, -1), tokens], dim=1))[:, 0]
        assert torch.equal(host.upper(host.stem(x), 0, {}), ref)


@pytest.mark.parametrize("kind", ["vit", "mobilenet"])
def test_fresh_adapter_changes_nothing_and_host_is_frozen(kind):
    host = tiny_timm_host() if kind == "vit" else MobileNetV2Host((1, 28, 28), image_size=32)
    x = torch.rand(3, 1, 8, 8) if kind == "vit" else torch.rand(3, 1, 28, 28)
    adapters = {i: host.make_adapter(i) for i in range(host.n_blocks)}
    with torch.no_grad():
        plain = host.upper(host.stem(x), 0, {})
        adapted = host.upper(host.stem(x), 0, adapters)
    assert torch.equal(plain, adapted)  # up-projection starts at zero
    assert not any(p.requires_grad for p in host.parameters())
    host.train()
    assert not host.training  # frozen: BatchNorm statistics and dropout stay in eval mode


def test_mobilenet_host_matches_pretrained_backbone_and_adapters_fit_every_block():
    from clbench.nn.pretrained import PretrainedMobileNetV2

    host = MobileNetV2Host((1, 28, 28), image_size=32)
    ref_net = PretrainedMobileNetV2((1, 28, 28), image_size=32).eval()
    x = torch.rand(2, 1, 28, 28)
    with torch.no_grad():
        assert torch.allclose(host.upper(host.lower(x, 5), 5, {}), ref_net(x), atol=1e-5)
        h = host.stem(x)
        for i in range(host.n_blocks):
            adapter = host.make_adapter(i)
            torch.nn.init.normal_(adapter.up.weight)  # non-zero so shapes really meet
            out = host.block(i, h, adapter)
            assert out.shape == host.blocks[i](h).shape
            h = out
    assert host.dims[1][2] == 2 and host.dims[0][2] == 1  # block 1 halves the resolution


def test_lower_features_are_computed_once():
    host = tiny_timm_host()
    x = torch.rand(6, 1, 8, 8)
    a = host.lower_features(x, 1)
    assert host.lower_features(x.clone(), 1) is a
    with torch.no_grad():
        assert torch.allclose(a, host.lower(x, 1), atol=1e-6)


def test_weights_from_a_local_file_load_exactly(tmp_path):
    src = tiny_timm_host()
    path = tmp_path / "vit.pth"
    torch.save(src.vit.state_dict(), path)
    host = tiny_timm_host(weights=str(path))
    for (k, a), b in zip(src.vit.state_dict().items(), host.vit.state_dict().values()):
        assert torch.equal(a, b), k


def test_missing_and_mismatched_weights_are_refused(tmp_path):
    with pytest.raises(ClbenchError) as e:
        tiny_timm_host(weights=str(tmp_path / "nope.pth"))
    assert str(e.value) == (f"ViT weights file {tmp_path / 'nope.pth'} does not exist; "
                            "set method.backbone.weights to a local file.")
    path = tmp_path / "other.pth"
    torch.save({"foo.weight": torch.zeros(1)}, path)
    with pytest.raises(ClbenchError, match="do not fit the ViT definition"):
        tiny_timm_host(weights=str(path))


def test_unknown_arch_and_unadaptable_backbone_are_refused():
    with pytest.raises(ClbenchError) as e:
        build_vit_host((1, 8, 8), arch="keras:vit")
    assert str(e.value) == "unknown ViT arch 'keras:vit'; use clbench_tiny, timm:NAME or torchvision:NAME."
    with pytest.raises(ClbenchError) as e:
        build_host({"name": "mlp"}, (1, 8, 8))
    assert str(e.value) == ("backbone 'mlp' cannot hold adapters; use backbone.name=mobilenet_v2 or "
                            "backbone.name=vit.")


def test_maps_adapter_pools_by_stride():
    a = Adapter(4, 6, bottleneck=2, kind="maps", stride=2)
    torch.nn.init.normal_(a.up.weight)
    assert a(torch.rand(2, 4, 5, 5)).shape == (2, 6, 3, 3)


def test_vit_is_a_backbone_for_finetune_and_joint():
    from clbench.nn import build_classifier

    clf = build_classifier({"name": "vit", "arch": "timm:vit_tiny_patch16_224", "arch_args": TINY_TIMM},
                           (1, 8, 8), 10)
    assert clf(torch.rand(3, 1, 8, 8)).shape == (3, 10)
    assert [n for n, p in clf.named_parameters() if p.requires_grad] == ["head.weight", "head.bias"]


def test_imagefolder_source_reads_class_folders(tmp_path):
    from PIL import Image

    from benchmarks.imagefolder import imagefolder

    for split, n in (("train", 3), ("test", 2)):
        for c, colour in (("cat", (255, 0, 0)), ("dog", (0, 0, 255))):
            (tmp_path / split / c).mkdir(parents=True)
            for k in range(n):
                Image.new("RGB", (20, 10), colour).save(tmp_path / split / c / f"{k}.png")
    data = imagefolder(root=str(tmp_path), image_size=16)
    assert data.train_x.shape == (6, 3, 16, 16) and data.test_x.shape == (4, 3, 16, 16)
    assert data.class_names == ["cat", "dog"] and data.train_y.tolist() == [0, 0, 0, 1, 1, 1]
    assert int(data.train_x[0, 0].float().mean()) == 255 and int(data.train_x[-1, 2].float().mean()) == 255
    with pytest.raises(ClbenchError) as e:
        imagefolder(root=None)
    assert str(e.value) == "imagefolder needs a local copy: set benchmark.source_args.root=/path/with/train/and/test."


@pytest.mark.parametrize("method", ["sema_vitb16", "mos_vitb16"])
@pytest.mark.parametrize("benchmark", ["split_cifar100", "split_cifar100_inc5", "imagenet_r"])
def test_paper_scale_configs_load_weights_and_take_one_step(method, benchmark, compose_run, tmp_path):
    """The ViT-B/16 configs with a tiny random ViT in their place: weights load from a local file, and one
    experience of CIFAR-shaped data trains and predicts."""
    from clbench.registry import build_method
    from clbench.scenario import Experience, ScenarioInfo

    arch_args = {"img_size": 32, "patch_size": 16, "depth": 12, "embed_dim": 16, "num_heads": 2}
    path = tmp_path / "vit_b16_tiny.pth"
    torch.save(build_vit_host((3, 32, 32), arch="timm:vit_base_patch16_224", arch_args=arch_args).vit.state_dict(),
               path)
    cfg = compose_run(f"method={method}", f"benchmark={benchmark}", f"method.backbone.weights={path}",
                      *[f"+method.backbone.arch_args.{k}={v}" for k, v in arch_args.items()],
                      "method.epochs=1", "method.batch_size=4")
    assert cfg["method"]["backbone"]["arch"] == "timm:vit_base_patch16_224"
    n = {"split_cifar100": 100, "split_cifar100_inc5": 100, "imagenet_r": 200}[benchmark]
    info = ScenarioInfo("fake", "class_incremental", 2, n, (3, 32, 32), False, "logits", 0, list(range(n)),
                        [[0, 1], [2, 3]])
    options = dict(cfg["method"])
    if "descriptor_epochs" in options:
        options["descriptor_epochs"] = 1
    learner = build_method(cfg["method"]["name"], info, options)
    g = torch.Generator().manual_seed(0)
    x = torch.rand(8, 3, 32, 32, generator=g)
    y = torch.tensor([0, 1] * 4)
    learner.train_experience(Experience(0, x, y, x, y, (0, 1), (0, 1), 0, False))
    logits = learner.predict(x)
    assert logits.shape == (8, n) and torch.isfinite(logits[:, :2]).all() and torch.isinf(logits[:, 2:]).all()


@pytest.mark.slow
def test_offline_tiny_vit_is_pretrained_once_and_cached(tmp_path, monkeypatch):
    """The default ViT is built from Animal-MNIST (1 epoch here), saved in the cache, and reloaded."""
    import clbench.cache as cache
    from methods.common import vit

    monkeypatch.setenv("CLBENCH_CACHE", str(tmp_path))
    calls = []
    real = vit._pretrain_tiny
    monkeypatch.setattr(vit, "_pretrain_tiny", lambda r: calls.append(1) or real(r))
    state = vit.tiny_vit_state({"epochs": 1})
    assert calls == [1] and any(p.name.startswith("vit-tiny-animal_mnist-") for p in tmp_path.iterdir())
    monkeypatch.setattr(cache, "_memory", {})
    again = vit.tiny_vit_state({"epochs": 1})
    assert calls == [1] and all(torch.equal(state[k], again[k]) for k in state)


# -- baselines for the accuracy bands of SEMA and MOS (used by their slow tests) ------------------------------
def frozen_baselines(host, scenario, max_train: int | None = None, seed: int = 0) -> dict:
    """Finetune and joint with a linear head on the same frozen, adapter-free backbone.

    Finetune: CE on each experience in turn (SGD 0.03, one epoch, as conf/method/finetune.yaml). Joint: the
    head trained on the union of every experience's training data (Adam 1e-3, 10 epochs): the upper bound a
    frozen backbone allows. Features are computed once.
    """
    from torch import nn

    g = torch.Generator().manual_seed(seed)

    def feats(x):
        with torch.no_grad():
            return torch.cat([host.upper(host.stem(x[s : s + 512]), 0, {}) for s in range(0, len(x), 512)])

    data = [(feats(e.train_x[:max_train]), e.train_y[:max_train], feats(e.test_x), e.test_y) for e in scenario]

    def fit(head, f, y, opt, epochs):
        for _ in range(epochs):
            order = torch.randperm(len(y), generator=g)
            for s in range(0, len(y), 64):
                i = order[s : s + 64]
                loss = nn.functional.cross_entropy(head(f[i]), y[i])
                opt.zero_grad()
                loss.backward()
                opt.step()

    def acc(head, seen):
        with torch.no_grad():
            return sum(float((head(ft).argmax(1) == yt).float().mean()) for _, _, ft, yt in data[:seen]) / seen

    torch.manual_seed(seed)
    head = nn.Linear(host.out_dim, scenario.n_classes)
    opt = torch.optim.SGD(head.parameters(), lr=0.03)
    curve = []
    for t, (f, y, _, _) in enumerate(data):
        fit(head, f, y, opt, 1)
        curve.append(acc(head, t + 1))
    joint = nn.Linear(host.out_dim, scenario.n_classes)
    fit(joint, torch.cat([d[0] for d in data]), torch.cat([d[1] for d in data]),
        torch.optim.Adam(joint.parameters(), lr=1e-3), 10)
    return {"finetune_last": curve[-1], "finetune_avg": sum(curve) / len(curve), "joint_last": acc(joint, len(data))}


def run_band(compose_run, method: str, benchmark: str, max_train: int = 1000, seed: int = 0) -> tuple[dict, dict]:
    """One run of ``method`` on ``benchmark`` through the runner, and the frozen baselines (same seed)."""
    import json

    from clbench.nn.adapters import build_host
    from clbench.runner import build_scenario, run

    extra = ["+benchmark.source_args.limit_train=5000", "+benchmark.source_args.limit_test=2000"] \
        if benchmark == "split_mnist" else []
    cfg = compose_run(f"method={method}", f"benchmark={benchmark}", f"seed={seed}",
                      f"method.max_train_per_experience={max_train}", *extra)
    record = json.loads(run(cfg, echo=lambda *a: None).read_text())
    scenario = build_scenario(cfg["benchmark"], seed)
    base = frozen_baselines(build_host(cfg["method"]["backbone"], scenario.input_shape), scenario, max_train)
    return record["metrics"], base


def test_tiny_vit_pretraining_does_not_depend_on_ambient_rng(tmp_path, monkeypatch):
    """The tiny ViT's weights (init included) are a pure function of its recipe, whatever RNG state the
    process that builds the cache has: two cold builds from two ambient seeds are bit-identical."""
    import clbench.cache as cache
    from clbench.scenario import LabelledData
    from methods.common import vit

    g = torch.Generator().manual_seed(0)
    images = (torch.rand(40, 1, 28, 28, generator=g) * 255).to(torch.uint8)
    labels = torch.arange(40) % 4
    data = LabelledData(name="probe", train_x=images[:32], train_y=labels[:32], test_x=images[32:],
                        test_y=labels[32:], n_classes=4)
    monkeypatch.setattr(vit, "get_source", lambda name: (lambda **kw: data))
    recipe = {"epochs": 1, "num_layers": 1, "hidden_dim": 16, "mlp_dim": 16, "num_heads": 2, "batch_size": 16,
              "source": "synthetic_probe"}
    states = []
    for ambient in (1, 2):
        monkeypatch.setenv("CLBENCH_CACHE", str(tmp_path / f"ambient{ambient}"))
        monkeypatch.setattr(cache, "_memory", {})
        torch.manual_seed(ambient)
        states.append(vit.tiny_vit_state(recipe))
    assert states[0].keys() == states[1].keys()
    assert all(torch.equal(states[0][k], states[1][k]) for k in states[0])
