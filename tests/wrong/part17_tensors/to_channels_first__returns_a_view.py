# Mistake: Returns the transposed array itself, a view that shares memory with the input.
# Clue: shares memory
def to_channels_first(images):
    images = np.asarray(images, dtype=float)
    if images.ndim != 4:
        raise ValueError("images must be 4-D")
    return np.transpose(images, (0, 3, 1, 2))
