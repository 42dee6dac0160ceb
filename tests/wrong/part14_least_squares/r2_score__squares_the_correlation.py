# Mistake: Returns the squared correlation, which equals R^2 only for a least-squares fit with an
#   intercept.
# Clue: baseline
def r2_score(y_true, y_pred):
    y_true, y_pred = np.asarray(y_true, dtype=float), np.asarray(y_pred, dtype=float)
    if y_true.ndim != 1 or y_true.shape != y_pred.shape or y_true.size == 0:
        raise ValueError("bad shapes")
    if np.all(y_true == y_true[0]):
        raise ValueError("constant")
    return float(np.corrcoef(y_true, y_pred)[0, 1] ** 2)
