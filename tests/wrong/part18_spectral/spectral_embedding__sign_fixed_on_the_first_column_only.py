# Mistake: Applies the sign convention to the first column only.
# Clue: each column
def spectral_embedding(A, k):
    A = _adjacency(A, min_nodes=2)
    if not _is_integer(k) or not 1 <= k <= A.shape[0] - 1:
        raise ValueError("bad k")
    _, vectors = np.linalg.eigh(np.diag(A.sum(axis=1)) - A)
    Y = vectors[:, 1 : k + 1].copy()
    Y[:, 0] = _fix_sign(Y[:, 0])
    return Y
