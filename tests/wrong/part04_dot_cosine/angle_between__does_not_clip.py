# Mistake: Applies arccos to an unclipped cosine, so rounding past 1 gives nan.
# Clue: 1.0000000000000002
def angle_between(u, v):
    u, v = _pair(u, v)
    nu, nv = np.linalg.norm(u), np.linalg.norm(v)
    if nu == 0 or nv == 0:
        raise ValueError("zero vector")
    with np.errstate(invalid="ignore"):
        return float(np.arccos(np.dot(u, v) / (nu * nv)))
