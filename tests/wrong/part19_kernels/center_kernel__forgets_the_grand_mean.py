# Mistake: Subtracts the row and column means but never adds the grand mean back.
# Clue: grand mean
def center_kernel(K):
    K = _square(K, "K")
    return K - K.mean(axis=0) - K.mean(axis=1)[:, None]
