"""Small dynamic int8 weight quantiser for the exported graphs (numpy + onnx only).

Debian has no `onnxruntime` Python package, so `onnxruntime.quantization.quantize_dynamic` is not
available. This reproduces the core of what it does for a transformer, producing the `_quantized`
files transformers.js loads for `dtype: 'q8'`:

* `MatMul(x, W)` with a constant 2-D weight W becomes
      DynamicQuantizeLinear(x) -> x_q (uint8), x_scale, x_zero_point
      MatMulInteger(x_q, W_q, x_zero_point, W_zero_point) -> int32
      Cast(float) * (x_scale * W_scale)
* `Gather(W, ids)` on a constant 2-D table (token / position embeddings) becomes
      Gather(W_q, ids) -> DequantizeLinear(W_scale, W_zero_point)

Weights are quantised per tensor, asymmetric, to **uint8** (U8U8 MatMulInteger). Signed int8
weights (ORT's default QInt8) can saturate in the AVX2 U8S8 kernels; uint8 avoids that at no cost
for these sizes. Activations are quantised at run time by DynamicQuantizeLinear (uint8).
"""

from __future__ import annotations

import os
from typing import Dict, List, Tuple

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper


def _quantize_weight(w: np.ndarray) -> Tuple[np.ndarray, np.float32, np.uint8]:
    rmin = min(float(w.min()), 0.0)
    rmax = max(float(w.max()), 0.0)
    scale = (rmax - rmin) / 255.0 or 1.0
    zero_point = int(np.clip(np.round(-rmin / scale), 0, 255))
    q = np.clip(np.round(w / scale) + zero_point, 0, 255).astype(np.uint8)
    return q, np.float32(scale), np.uint8(zero_point)


def quantize_model(model: onnx.ModelProto) -> Tuple[onnx.ModelProto, Dict[str, int]]:
    graph = model.graph
    inits = {t.name: t for t in graph.initializer}

    def is_matrix(name: str) -> bool:
        t = inits.get(name)
        return t is not None and t.data_type == TensorProto.FLOAT and len(t.dims) == 2

    quantized: Dict[str, Tuple[str, str, str]] = {}
    new_inits: List[TensorProto] = []

    def weight(name: str) -> Tuple[str, str, str]:
        if name not in quantized:
            q, scale, zp = _quantize_weight(numpy_helper.to_array(inits[name]))
            names = (f"{name}_quantized", f"{name}_scale", f"{name}_zero_point")
            new_inits.append(numpy_helper.from_array(q, names[0]))
            new_inits.append(numpy_helper.from_array(np.array(scale, dtype=np.float32), names[1]))
            new_inits.append(numpy_helper.from_array(np.array(zp, dtype=np.uint8), names[2]))
            quantized[name] = names
        return quantized[name]

    dynamic_inputs: Dict[str, Tuple[str, str, str]] = {}
    nodes = []
    stats = {"MatMul": 0, "Gather": 0}
    for node in graph.node:
        if node.op_type == "MatMul" and is_matrix(node.input[1]) and not is_matrix(node.input[0]):
            x = node.input[0]
            wq, ws, wzp = weight(node.input[1])
            if x not in dynamic_inputs:
                dynamic_inputs[x] = (f"{x}_quantized", f"{x}_scale", f"{x}_zero_point")
                nodes.append(helper.make_node(
                    "DynamicQuantizeLinear", [x], list(dynamic_inputs[x]), name=f"{x}_QuantizeLinear"))
            xq, xs, xzp = dynamic_inputs[x]
            base = node.name or node.output[0]
            nodes += [
                helper.make_node("MatMulInteger", [xq, wq, xzp, wzp], [f"{base}_int32"], name=f"{base}_quant"),
                helper.make_node("Cast", [f"{base}_int32"], [f"{base}_float"], name=f"{base}_cast",
                                 to=TensorProto.FLOAT),
                helper.make_node("Mul", [xs, ws], [f"{base}_scale"], name=f"{base}_scale_mul"),
                helper.make_node("Mul", [f"{base}_float", f"{base}_scale"], [node.output[0]],
                                 name=f"{base}_output_mul"),
            ]
            stats["MatMul"] += 1
        elif node.op_type == "Gather" and is_matrix(node.input[0]):
            wq, ws, wzp = weight(node.input[0])
            base = node.name or node.output[0]
            attrs = {a.name: helper.get_attribute_value(a) for a in node.attribute}
            nodes += [
                helper.make_node("Gather", [wq, node.input[1]], [f"{base}_quantized"], name=f"{base}_quant",
                                 **attrs),
                helper.make_node("DequantizeLinear", [f"{base}_quantized", ws, wzp], [node.output[0]],
                                 name=f"{base}_dequant"),
            ]
            stats["Gather"] += 1
        else:
            nodes.append(node)

    used = {i for n in nodes for i in n.input} | {o.name for o in graph.output}
    kept = [t for t in graph.initializer if t.name in used]
    del graph.node[:]
    graph.node.extend(nodes)
    del graph.initializer[:]
    graph.initializer.extend(kept + new_inits)
    return model, stats


def quantize_file(src: str, dst: str) -> Dict[str, int]:
    model, stats = quantize_model(onnx.load(src))
    onnx.save(model, dst)
    onnx.checker.check_model(dst, full_check=True)
    return stats


def quantize_package(out_dir: str) -> List[str]:
    """Write onnx/<name>_quantized.onnx next to each fp32 graph; returns log lines."""
    lines = []
    for name in ("encoder_model", "decoder_model_merged"):
        src = os.path.join(out_dir, "onnx", f"{name}.onnx")
        dst = os.path.join(out_dir, "onnx", f"{name}_quantized.onnx")
        stats = quantize_file(src, dst)
        lines.append(
            f"onnx/{name}_quantized.onnx: {stats['MatMul']} MatMul + {stats['Gather']} Gather quantised, "
            f"checked ({os.path.getsize(dst)} bytes)"
        )
    return lines
