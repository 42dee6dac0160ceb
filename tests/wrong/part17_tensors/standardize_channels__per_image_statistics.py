# Mistake: Computes the statistics per image over axes (1, 2) instead of per channel over axes (0,
#   1, 2).
# Clue: Over which axes
def standardize_channels(images):
    images = np.asarray(images, dtype=float)
    if images.ndim != 4 or images.size == 0:
        raise ValueError("bad images")
    mean = images.mean(axis=(1, 2), keepdims=True)
    std = images.std(axis=(1, 2), keepdims=True)
    constant = std <= 1e-12 * np.abs(images).max(axis=(1, 2), keepdims=True)
    return np.where(constant, 0.0, (images - mean) / np.where(constant, 1.0, std))
