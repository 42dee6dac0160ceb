# Mistake: Refuses u when its norm is below an absolute 1e-10, so a tiny but non-zero u that still
#   spans a line is rejected.
# Clue: tiny | u of size 1e-20
def project_onto_vector(v, u):
    v, u = _vector(v, "v"), _vector(u, "u")
    if v.shape != u.shape:
        raise ValueError("bad input")
    if np.linalg.norm(u) < 1e-10:
        raise ValueError("u is (numerically) zero")
    return (v @ u) / (u @ u) * u
