# Mistake: Divides the dot product by the norm of v only, ignoring the length of u.
# Clue: both lengths
def cosine_similarity(u, v):
    u, v = _pair(u, v)
    _unit(u, "u")
    return float(np.clip(u @ _unit(v, "v"), -1.0, 1.0))
