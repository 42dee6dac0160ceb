# Mistake: Calls np.linalg.qr, which the exercise forbids.
# Clue: forbids
def gram_schmidt(A):
    A = _matrix(A, "A")
    m, n = A.shape
    if n > m:
        raise np.linalg.LinAlgError("more columns than rows")
    Q, R = np.linalg.qr(A)
    diagonal = np.diag(R)
    if np.any(np.abs(diagonal) <= 1e-10 * np.linalg.norm(A, axis=0)):
        raise np.linalg.LinAlgError("dependent columns")
    return Q * np.sign(diagonal)
