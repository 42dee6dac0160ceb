def spectral_radius(A):
    A = _square(A)
    return float(np.linalg.norm(A, 2))
