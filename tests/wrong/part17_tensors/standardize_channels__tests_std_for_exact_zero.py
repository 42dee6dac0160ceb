# Mistake: Treats a channel as constant only when its std is exactly 0, so rounding-level std is
#   divided by.
# Clue: rounding | constant channel
def standardize_channels(images):
    images = np.asarray(images, dtype=float)
    if images.ndim != 4 or images.size == 0:
        raise ValueError("bad images")
    mean = images.mean(axis=(0, 1, 2))
    std = images.std(axis=(0, 1, 2))
    return (images - mean) / np.where(std == 0, 1.0, std)
