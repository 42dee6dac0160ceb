# Mistake: Clips the negative entries of the symmetric part instead of its negative eigenvalues.
# Clue: eigenvalues
def nearest_psd(A):
    A = _square(A)
    return np.maximum((A + A.T) / 2, 0.0)
