# Mistake: Multiplies the caller's float image by the weights in place before summing.
# Clue: in place
def to_grayscale(rgb):
    rgb = np.asarray(rgb, dtype=float)  # no copy for a float64 array
    if rgb.ndim != 3 or rgb.shape[2] != 3 or 0 in rgb.shape:
        raise ValueError("bad image")
    rgb *= np.array([0.299, 0.587, 0.114])  # scales the caller's image
    return rgb.sum(axis=2)
