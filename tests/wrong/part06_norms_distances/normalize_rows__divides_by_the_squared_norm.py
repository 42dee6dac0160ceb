# Mistake: Divides each row by its squared norm instead of the norm.
# Clue: not squared
def normalize_rows(X, p=2):
    X = _matrix(X, "X")
    order = _order(p)
    norms = np.linalg.norm(X, ord=order, axis=1, keepdims=True)
    return np.divide(X, norms**2, out=np.zeros_like(X), where=norms > 0)
