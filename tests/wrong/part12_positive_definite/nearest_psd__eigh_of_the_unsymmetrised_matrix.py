# Mistake: Calls eigh on A itself, which reads one triangle, instead of on its symmetric part.
# Clue: symmetric part
def nearest_psd(A):
    A = _square(A)
    values, vectors = np.linalg.eigh(A)  # eigh reads only the lower triangle of A
    B = (vectors * np.maximum(values, 0.0)) @ vectors.T
    return (B + B.T) / 2
