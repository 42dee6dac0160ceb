# Mistake: Returns the eigenvectors with whatever signs eigh gives, ignoring the sign convention.
# Clue: negated
def sorted_eigh(S):
    S = _square(S, "S")
    if np.max(np.abs(S - S.T)) > 1e-10 * max(1.0, np.max(np.abs(S))):
        raise ValueError("S is not symmetric")
    values, vectors = np.linalg.eigh(S)
    return values[::-1].copy(), vectors[:, ::-1].copy()
