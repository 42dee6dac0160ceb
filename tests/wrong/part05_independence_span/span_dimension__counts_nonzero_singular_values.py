# Mistake: Counts the singular values that are not exactly zero, so rounding-level values count as
#   directions.
# Clue: 1e-16
def span_dimension(V, tol=1e-10):
    V = _vectors(V, "V")
    _tolerance(tol)
    return int(np.count_nonzero(np.linalg.svd(V, compute_uv=False)))
