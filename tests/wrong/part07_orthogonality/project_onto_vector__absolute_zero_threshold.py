def project_onto_vector(v, u):
    v, u = _vector(v, "v"), _vector(u, "u")
    if v.shape != u.shape:
        raise ValueError("bad input")
    if np.linalg.norm(u) < 1e-10:
        raise ValueError("u is (numerically) zero")
    return (v @ u) / (u @ u) * u
