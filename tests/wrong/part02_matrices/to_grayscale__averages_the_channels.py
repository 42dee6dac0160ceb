# Mistake: Averages the three channels with equal weights instead of the luma weights.
# Clue: weighted | weight
def to_grayscale(rgb):
    rgb = np.asarray(rgb, dtype=float)
    if rgb.ndim != 3 or rgb.shape[2] != 3 or 0 in rgb.shape:
        raise ValueError("bad image")
    return rgb.mean(axis=2)
