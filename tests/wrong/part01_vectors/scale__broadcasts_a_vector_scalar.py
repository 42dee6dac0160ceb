def scale(c, v):
    v = np.asarray(v, dtype=float)
    if v.ndim != 1:
        raise ValueError("bad input")
    return np.asarray(c, dtype=float) * v
