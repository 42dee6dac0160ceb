# Mistake: Subtracts the column means only, centring from one side.
# Clue: from the left
def center_kernel(K):
    K = _square(K, "K")
    return K - K.mean(axis=0)
