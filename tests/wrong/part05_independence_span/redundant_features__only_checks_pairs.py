# Mistake: Only compares each column with one earlier column at a time, missing a column that is a
#   combination of several.
# Clue: combination of the earlier columns
def redundant_features(X, tol=1e-10):
    X = _vectors(X, "X")
    tol = _tolerance(tol)
    redundant = []
    for j in range(X.shape[1]):
        column = X[:, j]
        if np.linalg.norm(column) <= tol:
            redundant.append(j)
            continue
        for i in range(j):
            if _rank(np.column_stack([X[:, i], column]), tol) < 2 and np.any(X[:, i]):
                redundant.append(j)
                break
    return np.array(redundant, dtype=np.int64)
