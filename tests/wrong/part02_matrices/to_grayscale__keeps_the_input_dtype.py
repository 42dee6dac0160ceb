# Mistake: Computes in the input's dtype and casts back, so integer pixels give an integer
#   (rounded) result.
# Clue: float64 | uint8
def to_grayscale(rgb):
    rgb = np.asarray(rgb)
    if rgb.ndim != 3 or rgb.shape[2] != 3 or 0 in rgb.shape:
        raise ValueError("bad image")
    return (rgb @ np.array([0.299, 0.587, 0.114])).astype(rgb.dtype)
