# Mistake: Returns the eigenvector with whatever sign eigh gives.
# Clue: which sign
def fiedler_vector(A):
    A = _adjacency(A, min_nodes=2)
    _, vectors = np.linalg.eigh(np.diag(A.sum(axis=1)) - A)
    return vectors[:, 1].copy()
