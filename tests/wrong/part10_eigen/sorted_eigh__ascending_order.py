# Mistake: Returns eigh's ascending order instead of descending.
# Clue: ascending
def sorted_eigh(S):
    S = _square(S, "S")
    if np.max(np.abs(S - S.T)) > 1e-10 * max(1.0, np.max(np.abs(S))):
        raise ValueError("S is not symmetric")
    values, vectors = np.linalg.eigh(S)
    return values, np.array([_fix_sign(v) for v in vectors.T]).T
