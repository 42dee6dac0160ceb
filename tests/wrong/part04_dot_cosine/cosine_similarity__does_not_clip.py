# Mistake: Divides by the plain norms, whose squares overflow for entries near 1e200, and never
#   clips the quotient into [-1, 1].
# Clue: overflow | 1e200 | [-1, 1]
def cosine_similarity(u, v):
    u, v = _pair(u, v)
    nu, nv = np.linalg.norm(u), np.linalg.norm(v)
    if nu == 0 or nv == 0:
        raise ValueError("zero vector")
    return float(np.dot(u, v) / (nu * nv))
