# Mistake: Swaps the roles of the vectors and projects u onto v.
# Clue: points along u
def project_onto_vector(v, u):
    v, u = _vector(v, "v"), _vector(u, "u")
    if v.shape != u.shape or not np.any(u):
        raise ValueError("bad input")
    if not np.any(v):
        return np.zeros_like(v)
    return (u @ v) / (v @ v) * v
