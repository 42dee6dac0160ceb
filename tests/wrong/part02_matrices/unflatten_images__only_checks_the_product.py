# Mistake: Checks only that height * width equals the number of columns, so a zero height or width
#   is accepted.
# Clue: integers >= 1 | at least 1
def unflatten_images(X, height, width):
    X = np.array(X, dtype=float)
    if X.ndim != 2 or X.shape[0] == 0:
        raise ValueError("bad X")
    if X.shape[1] != height * width:
        raise ValueError("the sizes do not match the number of columns")
    return X.reshape(X.shape[0], height, width)
