def nearest_psd(A):
    A = _square(A)
    return np.maximum((A + A.T) / 2, 0.0)
