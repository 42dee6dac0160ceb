# Mistake: Applies the weights in BGR order, giving blue the weight of red.
# Clue: which weight goes with | red, green and blue
def to_grayscale(rgb):
    rgb = np.asarray(rgb, dtype=float)
    if rgb.ndim != 3 or rgb.shape[2] != 3 or 0 in rgb.shape:
        raise ValueError("bad image")
    return rgb @ np.array([0.114, 0.587, 0.299])
