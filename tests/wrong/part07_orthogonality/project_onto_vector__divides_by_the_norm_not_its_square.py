# Mistake: Divides v . u by the norm of u instead of its square.
# Clue: by 2u
def project_onto_vector(v, u):
    v, u = _vector(v, "v"), _vector(u, "u")
    if v.shape != u.shape or not np.any(u):
        raise ValueError("bad input")
    return (v @ u) / np.linalg.norm(u) * u
