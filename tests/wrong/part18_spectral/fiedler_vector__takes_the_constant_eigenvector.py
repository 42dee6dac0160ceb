# Mistake: Takes column 0, the constant eigenvector of eigenvalue 0, instead of column 1.
# Clue: Which column
def fiedler_vector(A):
    A = _adjacency(A, min_nodes=2)
    _, vectors = np.linalg.eigh(np.diag(A.sum(axis=1)) - A)
    return _fix_sign(vectors[:, 0])
