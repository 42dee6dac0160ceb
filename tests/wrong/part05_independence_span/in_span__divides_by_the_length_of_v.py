# Mistake: Compares the residual relative to the length of v with tol, so the zero vector (0/0) is
#   never in the span.
# Clue: not relative
def in_span(v, V, tol=1e-8):
    v = np.asarray(v, dtype=float)
    V = _vectors(V, "V")
    if v.ndim != 1 or v.size == 0 or v.shape[0] != V.shape[1]:
        raise ValueError("bad shapes")
    tol = _tolerance(tol)
    coeffs = np.linalg.lstsq(V.T, v, rcond=None)[0]
    relative = np.linalg.norm(V.T @ coeffs - v) / np.linalg.norm(v)
    return bool(relative <= tol)
