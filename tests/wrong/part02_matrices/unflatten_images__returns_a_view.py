# Mistake: Returns the reshape of the input itself, a view that shares memory with the caller's
#   array.
# Clue: shares memory | copy
def unflatten_images(X, height, width):
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] == 0:
        raise ValueError("bad X")
    height, width = _positive_int(height, "height"), _positive_int(width, "width")
    if X.shape[1] != height * width:
        raise ValueError("bad sizes")
    return X.reshape(X.shape[0], height, width)
