def add_bias(X, b):
    X, b = _matrix(X, "X"), _vector(b, "b")
    if b.shape[0] != X.shape[0]:
        raise ValueError("one bias per row")
    return X + b[:, np.newaxis]
