# Mistake: Takes the eigenvector of the normalised Laplacian instead of D - A.
# Clue: unnormalised
def fiedler_vector(A):
    A = _adjacency(A, min_nodes=2)
    d = A.sum(axis=1)
    inv_sqrt = np.divide(1.0, np.sqrt(d), out=np.zeros_like(d), where=d > 0)
    L = np.eye(len(d)) - inv_sqrt[:, None] * A * inv_sqrt
    _, vectors = np.linalg.eigh(L)
    return _fix_sign(vectors[:, 1])
