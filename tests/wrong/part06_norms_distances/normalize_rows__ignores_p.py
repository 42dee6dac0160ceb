# Mistake: Always takes the Euclidean norm, ignoring p.
# Clue: the p you are given
def normalize_rows(X, p=2):
    X = _matrix(X, "X")
    _order(p)
    norms = np.linalg.norm(X, axis=1, keepdims=True)
    return np.divide(X, norms, out=np.zeros_like(X), where=norms > 0)
