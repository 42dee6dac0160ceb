def are_independent(V, tol=1e-10):
    V = _vectors(V, "V")
    return _rank(V, _tolerance(tol)) == V.shape[1]
