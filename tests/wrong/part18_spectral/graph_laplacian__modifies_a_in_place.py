# Mistake: Builds the Laplacian in the caller's float array A.
# Clue: in place
def graph_laplacian(A, normalized=False):
    A = _adjacency(A)
    degrees = A.sum(axis=1)
    if normalized:
        inv_sqrt = np.divide(1.0, np.sqrt(degrees), out=np.zeros_like(degrees), where=degrees > 0)
        A *= -inv_sqrt[:, None] * inv_sqrt
        A[np.diag_indices_from(A)] += (degrees > 0).astype(float)
        return A
    A *= -1.0
    A[np.diag_indices_from(A)] += degrees
    return A
