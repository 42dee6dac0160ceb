def project_onto_vector(v, u):
    v, u = _vector(v, "v"), _vector(u, "u")
    if not np.any(u):
        raise ValueError("bad input")
    u = np.broadcast_to(u, v.shape)
    return (v @ u) / (u @ u) * u
