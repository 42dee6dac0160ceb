def relu(Z):
    return np.maximum(np.asarray(Z, dtype=float), 0.0)
