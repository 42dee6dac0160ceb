# Mistake: Uses the axis order (0, 3, 2, 1), which also swaps height and width.
# Clue: height and width
def to_channels_first(images):
    images = np.asarray(images, dtype=float)
    if images.ndim != 4:
        raise ValueError("images must be 4-D")
    return np.transpose(images, (0, 3, 2, 1)).copy()
