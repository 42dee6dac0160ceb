# Mistake: Reshapes in column-major (Fortran) order, so each row fills the image down its columns.
# Clue: order | row-major
def unflatten_images(X, height, width):
    X = np.array(X, dtype=float)
    if X.ndim != 2 or X.shape[0] == 0 or X.shape[1] != height * width:
        raise ValueError("bad X")
    return X.reshape(X.shape[0], height, width, order="F")
