# Mistake: Solves V c = v, combining the columns of V, instead of V^T c = v with the rows as the
#   vectors.
# Clue: V^T c
def in_span(v, V, tol=1e-8):
    v = np.asarray(v, dtype=float)
    V = _vectors(V, "V")
    if v.ndim != 1 or v.size == 0 or v.shape[0] != V.shape[1]:
        raise ValueError("bad shapes")
    tol = _tolerance(tol)
    coeffs = np.linalg.lstsq(V, v, rcond=None)[0]
    return bool(np.linalg.norm(V @ coeffs - v) <= tol)
