# Mistake: Divides the caller's float array in place and returns a copy of it.
# Clue: in place
def normalize_rows(X, p=2):
    X = _matrix(X, "X")
    order = _order(p)
    norms = np.linalg.norm(X, ord=order, axis=1, keepdims=True)
    np.divide(X, norms, out=X, where=norms > 0)
    return X.copy()
