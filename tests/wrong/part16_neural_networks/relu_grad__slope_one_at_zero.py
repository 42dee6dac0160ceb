def relu_grad(Z):
    Z = np.asarray(Z, dtype=float)
    if Z.size == 0:
        raise ValueError("empty")
    return (Z >= 0).astype(float)
