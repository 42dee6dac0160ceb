# Mistake: Never converts to float, so integer vectors give an integer Gram matrix.
# Clue: float64
def gram_matrix(V):
    V = np.asarray(V)
    if V.ndim != 2 or V.size == 0:
        raise ValueError(f"V must be a non-empty 2-D array, got shape {V.shape}")
    return V @ V.T
