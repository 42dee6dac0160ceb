# Mistake: Takes columns 0 to k - 1, the constant eigenvector included, instead of 1 to k.
# Clue: smallest eigenvalue useless
def spectral_embedding(A, k):
    A = _adjacency(A, min_nodes=2)
    if not _is_integer(k) or not 1 <= k <= A.shape[0] - 1:
        raise ValueError("bad k")
    _, vectors = np.linalg.eigh(np.diag(A.sum(axis=1)) - A)
    return np.column_stack([_fix_sign(vectors[:, j]) for j in range(k)])
