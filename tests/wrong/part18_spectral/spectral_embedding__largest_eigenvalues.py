# Mistake: Takes the eigenvectors of the largest eigenvalues instead of the smallest non-zero ones.
# Clue: smallest or the largest
def spectral_embedding(A, k):
    A = _adjacency(A, min_nodes=2)
    if not _is_integer(k) or not 1 <= k <= A.shape[0] - 1:
        raise ValueError("bad k")
    _, vectors = np.linalg.eigh(np.diag(A.sum(axis=1)) - A)
    return np.column_stack([_fix_sign(vectors[:, -j]) for j in range(1, k + 1)])
