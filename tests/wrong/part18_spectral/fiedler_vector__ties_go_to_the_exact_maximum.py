# Mistake: Fixes the sign by np.argmax of the absolute values, so entries tied up to rounding are
#   decided by rounding noise.
# Clue: tie
def fiedler_vector(A):
    A = _adjacency(A, min_nodes=2)
    _, vectors = np.linalg.eigh(np.diag(A.sum(axis=1)) - A)
    f = vectors[:, 1]
    return -f if f[np.argmax(np.abs(f))] < 0 else f
