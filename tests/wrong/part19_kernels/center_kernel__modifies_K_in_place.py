# Mistake: Subtracts the means from the caller's float array in place.
# Clue: in place
def center_kernel(K):
    if not isinstance(K, np.ndarray):
        K = _square(K, "K")
    _square(K, "K")
    K -= K.mean(axis=0)
    K -= K.mean(axis=1)[:, None]
    return K
