# Mistake: Takes the channels from the first axis, as channels-first frameworks store them, instead
#   of the last.
# Clue: which axis
def to_grayscale(rgb):
    rgb = np.asarray(rgb, dtype=float)
    if rgb.ndim != 3 or 0 in rgb.shape:
        raise ValueError("bad image")
    return 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2]
