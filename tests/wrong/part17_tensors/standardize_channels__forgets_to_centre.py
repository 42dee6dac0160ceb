# Mistake: Divides by the standard deviation without subtracting the mean.
# Clue: subtract the mean
def standardize_channels(images):
    images = np.asarray(images, dtype=float)
    if images.ndim != 4 or images.size == 0:
        raise ValueError("bad images")
    std = images.std(axis=(0, 1, 2))
    constant = std <= 1e-12 * np.abs(images).max(axis=(0, 1, 2))
    return np.where(constant, 0.0, images / np.where(constant, 1.0, std))
