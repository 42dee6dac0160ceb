# Mistake: Transposes the result so that images are columns instead of rows.
# Clue: expected shape | one row
def flatten_images(images):
    images = np.array(images, dtype=float)
    if images.ndim != 3 or 0 in images.shape:
        raise ValueError("bad images")
    n, height, width = images.shape
    return images.reshape(n, height * width).T
