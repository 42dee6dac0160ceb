# Mistake: Uses the squared residuals that lstsq returns, which are empty when the rows are
#   dependent or zero.
# Clue: residuals that lstsq
def in_span(v, V, tol=1e-8):
    v = np.asarray(v, dtype=float)
    V = _vectors(V, "V")
    if v.ndim != 1 or v.size == 0 or v.shape[0] != V.shape[1]:
        raise ValueError("bad shapes")
    tol = _tolerance(tol)
    residuals = np.linalg.lstsq(V.T, v, rcond=None)[1]
    # lstsq's residuals are squared, and empty when V.T is rank-deficient or wide
    return bool(residuals.size == 0 or residuals[0] <= tol)
