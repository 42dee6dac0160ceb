# Mistake: Reshapes (N, H, W, C) to (N, C, H, W), which relabels the axes without moving the
#   numbers.
# Clue: Reshaping
def to_channels_first(images):
    images = np.asarray(images, dtype=float)
    if images.ndim != 4:
        raise ValueError("images must be 4-D")
    n, h, w, c = images.shape
    return images.reshape(n, c, h, w)
