# Mistake: Compares the running total with the threshold exactly, so a total that rounding ends at
#   0.9999999999999999 never reaches 1.
# Clue: round-off | 0.9999999999999999
def n_components_for_variance(X, threshold):
    X = _data(X)
    if not 0.0 < float(threshold) <= 1.0:
        raise ValueError("bad threshold")
    cumulative = np.cumsum(_variance_ratios(X))
    return int(np.argmax(cumulative >= float(threshold))) + 1
