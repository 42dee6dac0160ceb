# Mistake: Never checks symmetry, so eigh silently uses one triangle of a non-symmetric matrix.
# Clue: S[i, j] - S[j, i]
def sorted_eigh(S):
    S = _square(S, "S")
    values, vectors = np.linalg.eigh(S)
    values, vectors = values[::-1].copy(), vectors[:, ::-1]
    return values, np.array([_fix_sign(v) for v in vectors.T]).T
