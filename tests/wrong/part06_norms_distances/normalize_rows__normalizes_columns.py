# Mistake: Takes the norms along axis 0, one per column, instead of one per row.
# Clue: which axis
def normalize_rows(X, p=2):
    X = _matrix(X, "X")
    order = _order(p)
    norms = np.linalg.norm(X, ord=order, axis=0, keepdims=True)
    return np.divide(X, norms, out=np.zeros_like(X), where=norms > 0)
