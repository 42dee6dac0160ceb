# Mistake: Accepts k = n (and silently returns n - 1 columns) instead of raising ValueError.
# Clue: 1 <= k <= n - 1
def spectral_embedding(A, k):
    A = _adjacency(A, min_nodes=2)
    k = int(k)
    if k < 1:
        raise ValueError("bad k")
    _, vectors = np.linalg.eigh(np.diag(A.sum(axis=1)) - A)
    return np.column_stack(
        [_fix_sign(vectors[:, j]) for j in range(1, min(k, A.shape[0] - 1) + 1)]
    )
