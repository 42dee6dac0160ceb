# Mistake: Sorts the eigenvalues by absolute value instead of by value.
# Clue: is -4 larger than 1 | descending-not-by-size
def sorted_eigh(S):
    S = _square(S, "S")
    if np.max(np.abs(S - S.T)) > 1e-10 * max(1.0, np.max(np.abs(S))):
        raise ValueError("S is not symmetric")
    values, vectors = np.linalg.eigh(S)
    order = np.argsort(-np.abs(values), kind="stable")
    values, vectors = values[order], vectors[:, order]
    return values, np.array([_fix_sign(v) for v in vectors.T]).T
