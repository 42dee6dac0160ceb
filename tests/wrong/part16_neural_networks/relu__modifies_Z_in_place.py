def relu(Z):
    Z = np.asarray(Z, dtype=float)
    if Z.size == 0:
        raise ValueError("empty")
    Z[Z < 0] = 0.0
    return Z
