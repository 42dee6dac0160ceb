# Mistake: Keeps the first three channels of any image, so an RGBA image is accepted instead of
#   raising ValueError.
# Clue: (H, W, 3)
def to_grayscale(rgb):
    rgb = np.asarray(rgb, dtype=float)
    if rgb.ndim != 3 or 0 in rgb.shape:
        raise ValueError("bad image")
    return rgb[..., :3] @ np.array([0.299, 0.587, 0.114])
