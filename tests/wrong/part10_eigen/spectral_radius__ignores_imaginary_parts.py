def spectral_radius(A):
    A = _square(A)
    return float(np.max(np.abs(np.linalg.eigvals(A).real)))
