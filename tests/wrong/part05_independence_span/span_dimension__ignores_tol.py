# Mistake: Calls np.linalg.matrix_rank with its own default tolerance and ignores tol.
# Clue: compared with tol
def span_dimension(V, tol=1e-10):
    V = _vectors(V, "V")
    _tolerance(tol)
    return int(np.linalg.matrix_rank(V))
