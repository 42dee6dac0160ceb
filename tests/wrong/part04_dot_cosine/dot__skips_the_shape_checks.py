def dot(u, v):
    result = np.dot(np.asarray(u, dtype=float), np.asarray(v, dtype=float))
    return float(result) if np.ndim(result) == 0 else result
