# Mistake: Returns the 0-based index of the first position instead of the count (index + 1).
# Clue: count or an index
def n_components_for_variance(X, threshold):
    X = _data(X)
    if not 0.0 < float(threshold) <= 1.0:
        raise ValueError("bad threshold")
    cumulative = np.cumsum(_variance_ratios(X))
    return int(np.argmax(cumulative >= float(threshold) - 1e-12))
