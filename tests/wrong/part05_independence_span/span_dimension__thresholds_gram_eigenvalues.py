# Mistake: Compares the eigenvalues of the Gram matrix, the squared singular values, with tol.
# Clue: squares
def span_dimension(V, tol=1e-10):
    V = _vectors(V, "V")
    tol = _tolerance(tol)
    return int(np.count_nonzero(np.linalg.eigvalsh(V @ V.T) > tol))
