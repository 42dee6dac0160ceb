def unflatten_images(X, height, width):
    X = np.array(X, dtype=float)
    if X.ndim != 2 or X.shape[0] == 0:
        raise ValueError("bad X")
    return X.reshape(-1, height, width)
