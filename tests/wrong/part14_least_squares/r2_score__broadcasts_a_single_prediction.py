# Mistake: Never compares the lengths, so one prediction broadcasts against every target.
# Clue: same length
def r2_score(y_true, y_pred):
    y_true, y_pred = np.asarray(y_true, dtype=float), np.asarray(y_pred, dtype=float)
    if y_true.ndim != 1 or y_true.size == 0 or np.all(y_true == y_true[0]):
        raise ValueError("bad y_true")
    ss_res = np.sum((y_true - y_pred) ** 2)
    return float(1.0 - ss_res / np.sum((y_true - y_true.mean()) ** 2))
