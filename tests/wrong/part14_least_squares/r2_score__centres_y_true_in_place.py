# Mistake: Subtracts the mean from the caller's float array y_true in place.
# Clue: in place
def r2_score(y_true, y_pred):
    y_true, y_pred = np.asarray(y_true, dtype=float), np.asarray(y_pred, dtype=float)
    if y_true.ndim != 1 or y_true.shape != y_pred.shape or y_true.size == 0:
        raise ValueError("bad shapes")
    if np.all(y_true == y_true[0]):
        raise ValueError("constant")
    ss_res = np.sum((y_true - y_pred) ** 2)
    y_true -= y_true.mean()
    return float(1.0 - ss_res / np.sum(y_true**2))
