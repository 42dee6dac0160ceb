# Mistake: Returns zeros for a zero u instead of raising ValueError, and divides by u . u, which
#   underflows to 0 for entries near 1e-200.
# Clue: 1e-200
def project_onto_vector(v, u):
    v, u = _vector(v, "v"), _vector(u, "u")
    if v.shape != u.shape:
        raise ValueError("bad input")
    if not np.any(u):
        return np.zeros_like(v)
    return (v @ u) / (u @ u) * u
