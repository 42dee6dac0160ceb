# Appended to the Part 2 solution: patch what judged "inputs unchanged" and "a new
# array" inside the sandbox in earlier versions, then change an input in place and
# return views. Both must still cost their tests.
import sys

import numpy as np

for name in list(sys.modules):
    if name.startswith("grader"):
        module = sys.modules[name]
        for attribute in ("_mutated", "_shared", "_snapshot"):
            if hasattr(module, attribute):
                setattr(module, attribute, lambda *args, **kwargs: {} if "mut" in attribute else [])
        if hasattr(module, "may_share_memory"):
            module.may_share_memory = lambda *args, **kwargs: False
np.may_share_memory = lambda *args, **kwargs: False
np.shares_memory = lambda *args, **kwargs: False


def flatten_images(images):
    images = np.asarray(images, dtype=float)
    if images.ndim != 3 or images.size == 0:
        raise ValueError(f"images must be a non-empty (N, H, W) array, got shape {images.shape}")
    return images.reshape(images.shape[0], -1)  # a view of the input


def to_grayscale(rgb):
    rgb = np.asarray(rgb, dtype=float)
    if rgb.ndim != 3 or rgb.shape[2] != 3 or rgb.size == 0:
        raise ValueError(f"rgb must be a non-empty (H, W, 3) array, got shape {rgb.shape}")
    rgb *= np.array([0.299, 0.587, 0.114])  # in place: the input changes
    return rgb.sum(axis=2)
