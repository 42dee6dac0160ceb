def as_vector(values):
    vector = np.array(values, dtype=float)
    if vector.ndim != 1 or vector.size == 0:
        raise ValueError("bad vector")
    return vector
