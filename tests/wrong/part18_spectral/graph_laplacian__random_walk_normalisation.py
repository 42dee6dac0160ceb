# Mistake: Normalises with D^-1 A (the random-walk Laplacian) instead of D^-1/2 A D^-1/2.
# Clue: on both sides
_solved_graph_laplacian = graph_laplacian


def graph_laplacian(A, normalized=False):
    if not normalized:
        return _solved_graph_laplacian(A)
    A = _adjacency(A)
    degrees = A.sum(axis=1)
    inverse = np.divide(1.0, degrees, out=np.zeros_like(degrees), where=degrees > 0)
    return np.diag((degrees > 0).astype(float)) - inverse[:, None] * A
