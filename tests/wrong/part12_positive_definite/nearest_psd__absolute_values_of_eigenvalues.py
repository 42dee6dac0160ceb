# Mistake: Replaces the eigenvalues by their absolute values instead of clipping the negative ones
#   at zero.
# Clue: smallest change
def nearest_psd(A):
    A = _square(A)
    values, vectors = np.linalg.eigh((A + A.T) / 2)
    B = (vectors * np.abs(values)) @ vectors.T
    return (B + B.T) / 2
