def relu(Z):
    Z = np.asarray(Z)
    if Z.size == 0:
        raise ValueError("empty")
    return np.maximum(Z, 0)
