def center_kernel(K):
    K = _square(K, "K")
    n = K.shape[0]
    H = np.eye(n) - np.full((n, n), 1.0 / max(n - 1, 1))
    return H @ K @ H
