# Mistake: Uses np.linalg.eigvalsh, which assumes a symmetric matrix and reads only one triangle.
# Clue: not symmetric
def spectral_radius(A):
    A = _square(A)
    return float(np.max(np.abs(np.linalg.eigvalsh(A))))
