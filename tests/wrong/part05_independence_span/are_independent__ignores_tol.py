# Mistake: Calls np.linalg.matrix_rank with its own default tolerance and ignores tol.
# Clue: compare with tol
def are_independent(V, tol=1e-10):
    V = _vectors(V, "V")
    _tolerance(tol)
    return bool(np.linalg.matrix_rank(V) == V.shape[0])
