# Mistake: Divides every row by its norm, so a zero row becomes NaN instead of staying zero.
# Clue: NaN
def normalize_rows(X, p=2):
    X = _matrix(X, "X")
    order = _order(p)
    with np.errstate(invalid="ignore", divide="ignore"):
        return X / np.linalg.norm(X, ord=order, axis=1, keepdims=True)
