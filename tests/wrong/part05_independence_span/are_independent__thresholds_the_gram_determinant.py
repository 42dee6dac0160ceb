def are_independent(V, tol=1e-10):
    V = _vectors(V, "V")
    tol = _tolerance(tol)
    return bool(abs(np.linalg.det(V @ V.T)) > tol)
