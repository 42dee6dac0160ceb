# Mistake: Returns the reshape of the input itself, a view that shares memory with the caller's
#   array.
# Clue: share memory | shares memory
def flatten_images(images):
    images = np.asarray(images, dtype=float)
    if images.ndim != 3 or 0 in images.shape:
        raise ValueError("bad images")
    return images.reshape(images.shape[0], -1)
