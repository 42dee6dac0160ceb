# Mistake: Uses the sample standard deviation (ddof=1) instead of the population one (ddof=0).
# Clue: ddof=0
def standardize_channels(images):
    images = np.asarray(images, dtype=float)
    if images.ndim != 4 or images.size == 0:
        raise ValueError("bad images")
    mean = images.mean(axis=(0, 1, 2))
    std = images.std(axis=(0, 1, 2), ddof=1)
    constant = ~(std > 1e-12 * np.abs(images).max(axis=(0, 1, 2)))
    return np.where(constant, 0.0, (images - mean) / np.where(constant, 1.0, std))
