def angle_between(u, v):
    u, v = _pair(u, v)
    nu, nv = np.linalg.norm(u), np.linalg.norm(v)
    if nu == 0 or nv == 0:
        raise ValueError("zero vector")
    with np.errstate(invalid="ignore"):
        return float(np.arccos(np.dot(u, v) / (nu * nv)))
