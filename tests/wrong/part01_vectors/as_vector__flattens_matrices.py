def as_vector(values):
    vector = np.array(values, dtype=float).ravel()
    if vector.size == 0 or not np.all(np.isfinite(vector)):
        raise ValueError("bad vector")
    return vector
