# Mistake: Returns the largest real part instead of the largest absolute value.
# Clue: "largest" mean
def spectral_radius(A):
    A = _square(A)
    return float(np.max(np.linalg.eigvals(A).real))
