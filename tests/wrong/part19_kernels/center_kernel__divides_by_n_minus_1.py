# Mistake: Builds the centring matrix with 1/(n - 1) instead of 1/n.
# Clue: 1/(n − 1)
def center_kernel(K):
    K = _square(K, "K")
    n = K.shape[0]
    H = np.eye(n) - np.full((n, n), 1.0 / max(n - 1, 1))
    return H @ K @ H
