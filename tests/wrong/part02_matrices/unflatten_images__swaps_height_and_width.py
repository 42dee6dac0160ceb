# Mistake: Reshapes to (N, width, height) instead of (N, height, width).
# Clue: expected shape | height
def unflatten_images(X, height, width):
    X = np.array(X, dtype=float)
    if X.ndim != 2 or X.shape[0] == 0 or X.shape[1] != height * width:
        raise ValueError("bad X")
    return X.reshape(X.shape[0], width, height)
