# Mistake: Broadcasts u to the shape of v instead of checking the lengths, and divides by u . u,
#   which underflows to 0 for entries near 1e-200.
# Clue: 1e-200
def project_onto_vector(v, u):
    v, u = _vector(v, "v"), _vector(u, "u")
    if not np.any(u):
        raise ValueError("bad input")
    u = np.broadcast_to(u, v.shape)
    return (v @ u) / (u @ u) * u
