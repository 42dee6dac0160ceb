# Mistake: Rebuilds the matrix as V diag(λ) V instead of V diag(λ) V^T.
# Clue: their transpose
def nearest_psd(A):
    A = _square(A)
    values, vectors = np.linalg.eigh((A + A.T) / 2)
    B = (vectors * np.maximum(values, 0.0)) @ vectors
    return (B + B.T) / 2
