# Mistake: Tests SS_tot == 0 for constant targets, which rounding misses for targets like 0.1.
# Clue: all entries equal
def r2_score(y_true, y_pred):
    y_true, y_pred = np.asarray(y_true, dtype=float), np.asarray(y_pred, dtype=float)
    if y_true.ndim != 1 or y_true.shape != y_pred.shape or y_true.size == 0:
        raise ValueError("bad shapes")
    ss_tot = np.sum((y_true - y_true.mean()) ** 2)
    if ss_tot == 0:
        raise ValueError("constant")
    return float(1.0 - np.sum((y_true - y_pred) ** 2) / ss_tot)
