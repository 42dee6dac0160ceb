# Mistake: Sets the negative entries of the caller's float array to 0 and returns that same array.
# Clue: shares memory | in place
def relu(Z):
    Z = np.asarray(Z, dtype=float)
    if Z.size == 0:
        raise ValueError("empty")
    Z[Z < 0] = 0.0
    return Z
