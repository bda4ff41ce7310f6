"""In-tree methods, one file each, and the table that registers them (docs/architecture.md, "One registry").

``TABLE`` is read by :mod:`clbench.registry` through the ``clbench.tables`` entry point declared in
``pyproject.toml`` (``methods = "methods:TABLE"``), the same path a plugin's table takes. Each entry is a
lazy ``"module:attr"`` target plus the method's declared :class:`~clbench.capabilities.Capabilities`, so
``clbench methods`` and the capability check read them without importing torch or any method module, and
``get_method(name)`` imports that method's module only. The capabilities here must equal the class's own
``capabilities`` attribute (tests/test_registry.py checks every entry).

Adding a method: write ``methods/<file>.py`` with ``@register_method("<name>")`` on the class, then add
``"<name>": _m("methods.<file>:<Class>", <the class's Capabilities keywords>)`` below.
This module imports nothing heavy: it is read by every listing.
"""

from clbench.capabilities import Capabilities
from clbench.registry import unlisted_modules


def _m(target: str, **capabilities) -> dict:
    return {"target": target, "capabilities": Capabilities(**capabilities)}


_AVL = ("class_incremental", "task_incremental", "domain_incremental", "few_shot_class_incremental")
_AVL_CLASS_SPLIT = ("class_incremental", "task_incremental", "few_shot_class_incremental")
_TIL_DIL = ("task_incremental", "domain_incremental")
_HNET = ("task_incremental", "domain_incremental", "class_incremental")
_HNET_TIL = "task-IL: the given task id picks the embedding; use hnet_entropy to infer it"
_FROZEN = ("vit", "mobilenet_v2")
_LORA = "LoRA adapters (peft) on a frozen causal LM"


def _avalanche(strategy: str, exemplars: bool = False, protocols: tuple[str, ...] = _AVL, **bound) -> dict:
    return _m(f"methods.avalanche_strategies:Avalanche{strategy}", protocols=protocols, exemplars=exemplars,
              notes=f"Avalanche {strategy} strategy on the clbench backbone", **bound)


TABLE = {"method": {
    "finetune": _m("methods.finetune:Finetune", bound="lower", bound_rank=1),
    "joint": _m("methods.joint:Joint", exemplars=True,
                notes="stores every training sample: an upper bound, not a CL method", bound="upper", bound_rank=1),
    "er": _m("methods.er:ER", exemplars=True, notes="reservoir replay buffer of raw samples"),
    "wa": _m("methods.wa:WA", protocols=("class_incremental",), exemplars=True,
             notes="herding exemplars under a fixed total budget; KD + weight aligning of new-class FC rows"),
    "clr": _m("methods.clr:CLR", protocols=_TIL_DIL, needs_task_ids_at_test=True,
              notes="frozen pretrained anchor; per-task CLR layers, BatchNorm and head"),
    "dst": _m("methods.dst:DST", protocols=_TIL_DIL, needs_task_ids_at_test=True,
              notes="one sparse mask per task; biases, BatchNorm and head per task"),
    "supsup": _m("methods.supsup:SupSup", protocols=_TIL_DIL, needs_task_ids_at_test=True,
                 notes="one supermask per task over a fixed random network; zero forgetting by construction"),
    "exssnet": _m("methods.exssnet:ExSSNeT", protocols=_TIL_DIL, needs_task_ids_at_test=True,
                  notes="supermask per task, trains only weights no earlier mask uses; KKT mask init; zero forgetting"),
    "binary_vcl": _m("methods.binary_vcl:BinaryVCL", protocols=_TIL_DIL,
                     notes="binary weights in field space, mean-field Gaussian pre-activations, previous posterior "
                           "as prior"),
    "metaplastic_bnn": _m("methods.metaplastic_bnn:MetaplasticBNN", protocols=_TIL_DIL, needs_task_ids_at_test=True,
                          notes="binary weights; updates towards a sign flip attenuated by 1 - tanh^2(m |W_h|); BN "
                                "state per task"),
    "hnet": _m("methods.hnet:HNet", protocols=_HNET, needs_task_ids_at_test=True, notes=_HNET_TIL),
    "hnet_entropy": _m("methods.hnet:HNetEntropy", protocols=_HNET,
                       notes="infers the task by lowest predictive entropy; given task ids are ignored"),
    "hnet_rnn": _m("methods.hnet_rnn:HNetRNN", protocols=_HNET, needs_task_ids_at_test=True, notes=_HNET_TIL),
    "ibcl": _m("methods.ibcl:IBCL", protocols=("task_incremental",), needs_task_ids_at_test=True,
               backbones=("mobilenet_v2",), notes="Bayesian head on frozen MobileNetV2 features"),
    "gacil": _m("methods.gacil:GACIL", protocols=("class_incremental", "si_blurry", "online_class_incremental",
                                                  "few_shot_class_incremental", "domain_incremental", "cir", "gilcd"),
                notes="frozen backbone + random buffer + recursive ridge in float64; exemplar-free"),
    "sema": _m("methods.sema:SEMA", protocols=("class_incremental",), backbones=_FROZEN,
               notes="frozen pretrained backbone + self-expanding mixture of adapters; exemplar-free"),
    "mos": _m("methods.mos:MOS", protocols=("class_incremental",), backbones=_FROZEN,
              notes="frozen pretrained backbone + merged task adapters + self-refined retrieval; exemplar-free"),
    "probe_finetune": _m("methods.probe:ProbeFinetune", protocols=("class_incremental",), backbones=_FROZEN,
                         notes="linear head on a frozen pretrained backbone, current experience only: the lower "
                               "bound of SEMA/MOS", bound="lower"),
    "probe_joint": _m("methods.probe:ProbeJoint", protocols=("class_incremental",), exemplars=True, backbones=_FROZEN,
                      notes="linear head on a frozen pretrained backbone, every experience seen so far: the upper "
                            "bound of SEMA/MOS", bound="upper"),
    "csfa": _m("methods.csfa:CSFA", protocols=("gilcd",),
               notes="source model + training-free prototype calibration + RSGS (reliable-entropy GSAM) on the "
                     "unlabelled stream; stores one prototype per class, no raw sample; needs the unlabelled data "
                     "only gilcd hands over"),
    "dualmix": _m("methods.dualmix:DualMix", protocols=("online_class_incremental", "class_incremental", "cir"),
                  exemplars=True,
                  notes="ER (reservoir buffer of raw samples) + EnMix (augment then mixup) + AdpMix (old/new mix, "
                        "class-balanced label ratio); old vs new classes need a class-incremental stream"),
    "mamba_fscil": _m("methods.mamba_fscil:MambaFSCIL", protocols=("few_shot_class_incremental",), backbones=("cnn",),
                      unseen_classes_minus_inf=True,
                      notes="base-trained cnn trunk + dual selective-SSM projector + fixed ETF head; stores one mean "
                            "feature map per class (no raw sample); needs a base session followed by few-shot "
                            "sessions"),
    "lcia": _m("methods.lcia:LCIA", protocols=("instruction_stream",), output="text", notes=_LORA),
    "lora_seq": _m("methods.lora_seq:LoRASeq", protocols=("instruction_stream",), output="text", notes=_LORA,
                   bound="lower"),
    "lora_ema": _m("methods.lora_ema:LoRAEMA", protocols=("instruction_stream",), output="text", notes=_LORA),
    "lora_oracle": _m("methods.lora_oracle:LoRAOracle", protocols=("instruction_stream",), output="text",
                      needs_task_ids_at_test=True, notes="one LoRA per task, task id at test: an isolation bound",
                      bound="upper"),
    "lora_joint": _m("methods.lora_joint:LoRAJoint", protocols=("instruction_stream",), output="text", exemplars=True,
                     notes="one LoRA on the union of all tasks seen: the multitask bound", bound="upper", bound_rank=1),
    "lora_replay": _m("methods.lora_replay:LoRAReplay", protocols=("instruction_stream",), output="text",
                      exemplars=True, notes="one LoRA, a fixed replay sample of every earlier task"),
    "lm_zero_shot": _m("methods.lm_zero_shot:LMZeroShot", protocols=("instruction_stream",), output="text",
                       notes="the base LM untrained: the zero-shot row"),
    "mora": _m("methods.mora:MoRA", protocols=("instruction_stream",), output="text",
               notes="a pool of rank-one LoRA experts, top-k self-activated per token"),
    "adapt_inf": _m("methods.adapt_inf:AdaptInf", protocols=("instruction_stream",), output="text", exemplars=True,
                    notes="one LoRA on a selected subset of a bounded, pruned sample pool"),
    # Avalanche's strategies under the clbench contract (methods/avalanche_strategies.py)
    "avalanche": _m("methods.avalanche_strategies:AvalancheAny", protocols=_AVL, exemplars=True,
                    notes="exemplars depend on the chosen strategy"),
    "naive": _avalanche("Naive", bound="lower", bound_rank=2),
    "ewc": _avalanche("EWC"),
    "si": _avalanche("SynapticIntelligence"),
    "lwf": _avalanche("LwF"),
    "icarl": _avalanche("ICaRL", exemplars=True, protocols=_AVL_CLASS_SPLIT),
    "replay": _avalanche("Replay", exemplars=True),
    "gem": _avalanche("GEM", exemplars=True),
    "agem": _avalanche("AGEM", exemplars=True),
    "der": _avalanche("DER", exemplars=True),
    "gdumb": _avalanche("GDumb", exemplars=True),
}, "backbone": {
    # PyCIL's CIFAR ResNet-32, shipped beside the method that uses it (WA)
    "resnet32": "methods.common.resnet32:ResNet32",
    # the frozen ViT as a plain feature extractor (finetune/joint/gacil on SEMA's and MOS's backbone)
    "vit": "methods.common.vit:vit_backbone",
}, "adapter_host": {
    "vit": "methods.common.vit:build_vit_host",
}}


TABLE["modules"] = unlisted_modules(__file__, "methods", TABLE)
