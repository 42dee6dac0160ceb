# Mistake: Multiplies u by v . u without dividing by u . u, which is right only for a unit u.
# Clue: by 2u
def project_onto_vector(v, u):
    v, u = _vector(v, "v"), _vector(u, "u")
    if v.shape != u.shape or not np.any(u):
        raise ValueError("bad input")
    return (v @ u) * u
