def dot(u, v):
    u, v = np.asarray(u), np.asarray(v)
    if u.ndim != 1 or v.ndim != 1 or u.size == 0 or u.shape != v.shape:
        raise ValueError("bad vectors")
    return u @ v
