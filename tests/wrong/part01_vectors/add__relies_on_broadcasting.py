def add(u, v):
    return np.asarray(u, dtype=float) + np.asarray(v, dtype=float)
