# Mistake: Takes the absolute value of the real parts only, so complex eigenvalues lose their size.
# Clue: complex number
def spectral_radius(A):
    A = _square(A)
    return float(np.max(np.abs(np.linalg.eigvals(A).real)))
