# Mistake: Takes row 1 of the eigenvector matrix, which is not an eigenvector, instead of column 1.
# Clue: as columns
def fiedler_vector(A):
    A = _adjacency(A, min_nodes=2)
    _, vectors = np.linalg.eigh(np.diag(A.sum(axis=1)) - A)
    return _fix_sign(vectors[1].copy())
