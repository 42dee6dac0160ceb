def center_kernel(K):
    K = _square(K, "K")
    return K - K.mean(axis=0)
