def project_onto_vector(v, u):
    v, u = _vector(v, "v"), _vector(u, "u")
    if v.shape != u.shape:
        raise ValueError("bad input")
    if not np.any(u):
        return np.zeros_like(v)
    return (v @ u) / (u @ u) * u
