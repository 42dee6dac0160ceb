# Mistake: Compares matrix ranks computed with numpy's default tolerance and never uses tol.
# Clue: compared with tol
def in_span(v, V, tol=1e-8):
    v = np.asarray(v, dtype=float)
    V = _vectors(V, "V")
    if v.ndim != 1 or v.size == 0 or v.shape[0] != V.shape[1]:
        raise ValueError("bad shapes")
    _tolerance(tol)
    return bool(np.linalg.matrix_rank(np.vstack([V, v])) == np.linalg.matrix_rank(V))
