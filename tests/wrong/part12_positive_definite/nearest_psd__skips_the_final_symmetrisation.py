# Mistake: Returns V diag(λ) V^T without symmetrising, so round-off leaves it slightly asymmetric.
# Clue: not exactly symmetric
def nearest_psd(A):
    A = _square(A)
    values, vectors = np.linalg.eigh((A + A.T) / 2)
    return vectors @ np.diag(np.maximum(values, 0.0)) @ vectors.T
