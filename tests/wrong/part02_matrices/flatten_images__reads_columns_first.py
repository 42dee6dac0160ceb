# Mistake: Reshapes in column-major (Fortran) order, so each image is read down its columns.
# Clue: order | row-major
def flatten_images(images):
    images = np.array(images, dtype=float)
    if images.ndim != 3 or 0 in images.shape:
        raise ValueError("bad images")
    return images.reshape(images.shape[0], -1, order="F")
